"""Every description in spec/ reaches the generated package as a docstring.

Two walks. From the spec to the IR: each operation's summary and description, and the description of
each of its parameters (path, query, header, body property), belong to the method sdk.yml maps it to;
each schema's description to the classes built from it, and each property's to the field of that name,
in the response model and the request ``TypedDict`` alike. From the IR to the code: a method's
docstring (sync and async, read at run time) holds its summary, description and one ``name: text``
entry per parameter; a class's docstring is its description; the string literal under a field is the
field's description (read from the source with ``ast``: attribute docstrings do not exist at run time).
"""

from __future__ import annotations

import ast
import importlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import pytest

from generator.config import load_config
from generator.diagnostics import Report
from generator.ir import model as ir
from generator.ir.build import Builder
from generator.ir.types import ref_name
from generator.load import Spec, load_spec

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "generated" / "src" / "anthropic"


def _norm(text: Optional[str]) -> str:
    return " ".join((text or "").split())


@lru_cache(maxsize=None)
def _build() -> Tuple[Spec, ir.Package]:
    report = Report()
    spec = load_spec(ROOT / "spec" / "openapi.yaml", report)
    config = load_config(ROOT / "spec" / "sdk.yml", report)
    assert spec is not None and config is not None, report.render()
    return spec, Builder(spec, config, report).build()


def _methods() -> List[Tuple[ir.Resource, ir.Method]]:
    _, package = _build()
    return [(r, m) for r in package.all_resources() for m in r.methods]


def _class_docs(path: Path) -> Dict[str, Tuple[Optional[str], Dict[str, Optional[str]]]]:
    """class name → (class docstring, attribute → the string literal right under it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: Dict[str, Tuple[Optional[str], Dict[str, Optional[str]]]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields: Dict[str, Optional[str]] = {}
        body = node.body
        for index, stmt in enumerate(body):
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                after = body[index + 1] if index + 1 < len(body) else None
                is_doc = isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
                fields[stmt.target.id] = after.value.value if is_doc else None  # type: ignore[union-attr]
        out[node.name] = (ast.get_docstring(node, clean=False), fields)
    return out


def _module_path(module: str) -> Path:
    return PACKAGE_DIR.joinpath(*module.split(".")).with_suffix(".py")


# -- spec → IR ----------------------------------------------------------------------------------------


def _operation(spec: Spec, method: ir.Method) -> Dict[str, Any]:
    return spec.raw["paths"][method.api_path][method.http_method]


def _spec_param_descriptions(spec: Spec, method: ir.Method) -> Dict[str, str]:
    """API name → description, for the operation's parameters and its JSON or multipart body's properties."""
    op = _operation(spec, method)
    out: Dict[str, str] = {}
    item = spec.raw["paths"][method.api_path]
    for param in [*item.get("parameters", []), *op.get("parameters", [])]:
        param = spec.resolve(param["$ref"]) if "$ref" in param else param
        if param.get("description"):
            out[param["name"]] = param["description"]
    for media in op.get("requestBody", {}).get("content", {}).values():
        schema = media.get("schema", {})
        schema = spec.resolve(schema["$ref"]) if "$ref" in schema else schema
        for name, prop in schema.get("properties", {}).items():
            if isinstance(prop, dict) and prop.get("description"):
                out[name] = prop["description"]
    return out


def test_every_operation_description_reaches_its_method():
    spec, _ = _build()
    missing = []
    for resource, method in _methods():
        op = _operation(spec, method)
        where = f"client.{resource.attr_path}.{method.name}"
        if _norm(op.get("summary")) != _norm(method.summary):
            missing.append(f"{where}: summary")
        if _norm(op.get("description")) != _norm(method.description):
            missing.append(f"{where}: description")
        params = {p.api_name: p for p in (*method.path_params, *method.params)}
        for api_name, text in _spec_param_descriptions(spec, method).items():
            param = params.get(api_name)
            if param is not None and _norm(param.description) != _norm(text):
                missing.append(f"{where}: parameter {api_name}")
    assert missing == []


def _schema_modules() -> List[Tuple[str, ir.TypeModule]]:
    _, package = _build()
    out = []
    for module in package.type_modules:
        name = ref_name(module.source)
        if name is not None and isinstance(module.decls[-1], (ir.ModelDecl, ir.TypedDictDecl)):
            out.append((name, module))
    return out


def test_every_schema_and_property_description_reaches_its_types():
    spec, _ = _build()
    missing = []
    for schema, module in _schema_modules():
        node = spec.schemas[schema]
        decl = module.decls[-1]
        if node.get("description") and _norm(decl.description) != _norm(node["description"]):
            missing.append(f"{decl.name}: class description")
        fields = {f.api_name: f for f in decl.fields}
        for prop, sub in node.get("properties", {}).items():
            if isinstance(sub, dict) and sub.get("description"):
                field = fields.get(prop)
                if field is None or _norm(field.description) != _norm(sub["description"]):
                    missing.append(f"{decl.name}.{prop}")
    assert missing == []


# -- IR → code ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_every_method_docstring_holds_its_descriptions(is_async: bool):
    _, package = _build()
    problems = []
    for resource, method in _methods():
        module = importlib.import_module(f"{package.name}.{resource.module}")
        cls = getattr(module, ("Async" if is_async else "") + resource.class_name)
        wrapped = any(h.wraps and h.name == method.name for h in resource.helpers)
        func = getattr(cls, ("_" if wrapped else "") + method.name)
        doc = _norm(func.__doc__)
        where = f"{cls.__name__}.{func.__name__}"
        for label, text in (("summary", method.summary), ("description", method.description)):
            if text and _norm(text) not in doc:
                problems.append(f"{where}: {label}")
        for param in (*method.path_params, *method.params):
            if param.description and _norm(f"{param.name}: {param.description}") not in doc:
                problems.append(f"{where}: {param.name}")
    assert problems == []


def test_every_type_and_field_description_is_a_docstring():
    _, package = _build()
    problems = []
    for module in package.type_modules:
        classes = _class_docs(_module_path(module.module))
        for decl in module.decls:
            if isinstance(decl, ir.AliasDecl):
                continue
            doc, fields = classes[decl.name]
            if decl.description and _norm(doc) != _norm(decl.description):
                problems.append(f"{module.module}.{decl.name}")
            for field in decl.fields:
                attribute = field.name if isinstance(decl, ir.ModelDecl) else field.api_name
                if field.description and _norm(fields.get(attribute)) != _norm(field.description):
                    problems.append(f"{module.module}.{decl.name}.{attribute}")
    assert problems == []


def test_alias_descriptions_are_docstrings():
    _, package = _build()
    problems = []
    for module in package.type_modules:
        for decl in module.decls:
            if not isinstance(decl, ir.AliasDecl) or not decl.description:
                continue
            tree = ast.parse(_module_path(module.module).read_text(encoding="utf-8"))
            body = tree.body
            found = None
            for index, stmt in enumerate(body[:-1]):
                target = stmt.target if isinstance(stmt, ast.AnnAssign) else None
                if isinstance(target, ast.Name) and target.id == decl.name:
                    after = body[index + 1]
                    if isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant):
                        found = after.value.value
            if _norm(found) != _norm(decl.description):
                problems.append(f"{module.module}.{decl.name}")
    assert problems == []


def test_the_spec_has_descriptions_to_check():
    """A guard against the walks passing vacuously (a spec or IR change that loses every description)."""
    _, package = _build()
    fields = sum(1 for m in package.type_modules for d in m.decls for f in getattr(d, "fields", ()) if f.description)
    params = sum(1 for _, m in _methods() for p in (*m.path_params, *m.params) if p.description)
    assert fields > 100 and params > 100 and all(m.summary for _, m in _methods())
