"""Small documents for diff tests, built in code so each test shows exactly what differs."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from generator.diff import Side, diff_sides, from_path
from generator.diff.changes import DiffResult, SpecChange

SPECS = Path(__file__).parent / "specs"
GOLDEN = Path(__file__).parent / "golden"


def document(
    schemas: Optional[Dict[str, Any]] = None,
    paths: Optional[Dict[str, Any]] = None,
    *,
    version: Optional[str] = "1",
    webhooks: Optional[Dict[str, Any]] = None,
) -> Dict[str, Any]:
    info: Dict[str, Any] = {"title": "Things"}
    if version is not None:
        info["version"] = version
    doc: Dict[str, Any] = {"openapi": "3.1.0", "info": info, "paths": paths or {}}
    if schemas is not None:
        doc["components"] = {"schemas": schemas}
    if webhooks is not None:
        doc["webhooks"] = webhooks
    return doc


def json_body(schema: Any) -> Dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def ref(name: str) -> Dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def operation(op_id: str, *, body: Any = None, returns: Any = None, parameters: Any = None) -> Dict[str, Any]:
    node: Dict[str, Any] = {"operationId": op_id, "responses": {"200": {"description": "ok"}}}
    if returns is not None:
        node["responses"]["200"] = {"description": "ok", **json_body(returns)}
    if body is not None:
        node["requestBody"] = {"required": True, **json_body(body)}
    if parameters is not None:
        node["parameters"] = parameters
    return node


def thing_api(thing: Any, *, request: bool = False, response: bool = False, **extra: Any) -> Dict[str, Any]:
    """``Thing`` = ``thing``, sent by ``POST /things`` (``request``) and/or read by ``GET /things``."""
    item: Dict[str, Any] = {}
    if request:
        item["post"] = operation("things_create", body=ref("Thing"))
    if response:
        item["get"] = operation("things_get", returns=ref("Thing"))
    return document({"Thing": thing, **extra}, {"/things": item})


def side(doc: Dict[str, Any], label: str = "side") -> Side:
    return Side(label, doc, f"{label}.yaml")


def run(old: Dict[str, Any], new: Dict[str, Any], **kwargs: Any) -> DiffResult:
    return diff_sides(side(old, "old"), side(new, "new"), sdk=False, **kwargs)


def spec_changes(old: Dict[str, Any], new: Dict[str, Any]) -> List[SpecChange]:
    return run(old, new).spec_changes


def summary(changes: List[SpecChange]) -> List[tuple]:
    """(rule, class, pointer) of each change, the facts most tests assert."""
    return [(c.rule, c.severity, c.pointer) for c in changes]


def edited(doc: Dict[str, Any], edit: Callable[[Dict[str, Any]], None]) -> Dict[str, Any]:
    out = copy.deepcopy(doc)
    edit(out)
    return out


def notes_side(version: str) -> Side:
    """The notes API pair used by the golden report (spec and sdk.yml)."""
    return from_path(SPECS / f"notes-{version}", f"notes-{version}")


def with_spec(base: Side, edit: Callable[[Dict[str, Any]], None], label: str = "edited") -> Side:
    """``base`` with its spec changed by ``edit`` (sdk.yml kept)."""
    return Side(label, edited(base.spec, edit), base.spec_name, base.config, base.config_raw)


def with_config(base: Side, edit: Callable[[Dict[str, Any]], None], label: str = "edited") -> Side:
    """``base`` with its sdk.yml changed by ``edit``."""
    from generator.config import SdkConfig

    raw = edited(base.config_raw, edit)
    return Side(label, base.spec, base.spec_name, SdkConfig.model_validate(raw), raw)
