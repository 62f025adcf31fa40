"""generated/api.md lists every resource, method (with its HTTP verb and path), helper and type of the IR."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, Tuple

from generator.config import load_config
from generator.diagnostics import Report
from generator.ir import model as ir
from generator.ir.build import Builder
from generator.load import load_spec

ROOT = Path(__file__).resolve().parents[2]
API_MD = ROOT / "generated" / "api.md"


@lru_cache(maxsize=None)
def _package() -> ir.Package:
    report = Report()
    spec = load_spec(ROOT / "spec" / "openapi.yaml", report)
    config = load_config(ROOT / "spec" / "sdk.yml", report)
    assert spec is not None and config is not None, report.render()
    return Builder(spec, config, report).build()


def _sections() -> Dict[str, str]:
    """``## heading`` → the text under it, up to the next heading of level one or two."""
    text = API_MD.read_text(encoding="utf-8")
    parts = re.split(r"^(#{1,2} .+)$", text, flags=re.MULTILINE)
    return {parts[i].lstrip("#").strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def _row(section: str, name: str) -> Tuple[str, ...]:
    for line in section.splitlines():
        if line.startswith(f"| `{name}("):
            return tuple(cell.strip() for cell in line.strip("|").split("|"))
    raise AssertionError(f"no row for {name}")


def test_every_resource_method_and_helper_is_listed():
    sections = _sections()
    for resource in _package().all_resources():
        if not resource.methods and not resource.helpers:
            continue
        section = sections[f"client.{resource.attr_path}"]
        for method in resource.methods:
            cells = _row(section, method.name)
            assert cells[1] == f"`{method.http_method.upper()} {method.api_path}`", (resource.attr_path, method.name)
            assert method.summary in cells[3]
        for helper in resource.helpers:
            if helper.wraps:
                assert f".{helper.sync}`" in _row(section, helper.name)[3]
            else:
                assert _row(section, helper.name)[1] == "helper"


def test_the_helpers_users_look_for_are_listed():
    sections = _sections()
    for name in ("stream", "parse"):
        _row(sections["client.messages"], name)
        _row(sections["client.beta.messages"], name)
    _row(sections["client.beta.messages"], "tool_runner")
    top = sections["Helpers at the top level"]
    for name in ("beta_tool", "beta_async_tool", "MessageStream", "transform_schema"):
        assert f"`anthropic.{name}`" in top


def test_every_exported_type_is_listed_with_its_kind():
    sections = _sections()
    package = _package()
    kinds = {m.public_name: m.decls[-1] for m in package.type_modules}
    for types in package.type_packages:
        if not types.exports:
            continue
        section = sections[f"`{package.name}.{types.module}`"]
        for _, name in types.exports:
            line = next((ln for ln in section.splitlines() if ln.startswith(f"| `{name}` |")), None)
            assert line is not None, name
            decl = kinds.get(name)
            if isinstance(decl, ir.ModelDecl) and decl.to_param is not None:
                assert f"`to_param()` → `{decl.to_param.name}`" in line
            elif isinstance(decl, ir.TypedDictDecl):
                assert "request `TypedDict`" in line
