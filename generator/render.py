"""Render ``templates/`` against the IR into an in-memory tree of files.

``templates/package/`` mirrors the output tree: ``*.jinja`` files are rendered once with the whole
package, other files are copied as they are; ``__pkg__`` in a path becomes the package name.
``templates/per/`` holds the templates rendered once per type module, resource and types package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict

import jinja2

from .ir.model import Package
from .ir.naming import relative_import, snake

PACKAGE_PLACEHOLDER = "__pkg__"


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["snake"] = snake
    env.filters["docstring"] = _docstring
    env.filters["relimport"] = relative_import
    return env


def _docstring(text: str | None, indent: int = 4) -> str:
    """Format prose as the body of a triple-quoted docstring."""
    if not text:
        return ""
    body = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        # A closing quote would run into the docstring's own.
        body = body[:-1] + '\\"'
    pad = " " * indent
    return "\n".join((pad + line) if line.strip() else "" for line in body.splitlines())


def _module_path(package: Package, dotted: str) -> str:
    return f"src/{package.name}/" + dotted.replace(".", "/") + ".py"


def render(package: Package, templates: Path) -> Dict[str, bytes]:
    env = environment(templates)
    files: Dict[str, bytes] = {}

    def put(path: str, text: str) -> None:
        if path in files:
            raise RuntimeError(f"two templates write {path}")
        files[path] = text.encode("utf-8")

    root = templates / "package"
    for source in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = source.relative_to(root).as_posix().replace(PACKAGE_PLACEHOLDER, package.name)
        if source.suffix == ".jinja":
            template = env.get_template(source.relative_to(templates).as_posix())
            put(rel[: -len(".jinja")], template.render(package=package, errors=package.errors))
        else:
            files[rel] = source.read_bytes()

    type_template = env.get_template("per/type_module.py.jinja")
    for module in package.type_modules:
        put(_module_path(package, module.module), type_template.render(package=package, module=module))
    init_template = env.get_template("per/types_init.py.jinja")
    for types_package in package.type_packages:
        put(
            _module_path(package, types_package.module + ".__init__"),
            init_template.render(package=package, types=types_package),
        )
    resource_template = env.get_template("per/resource.py.jinja")
    resource_init = env.get_template("per/resource_init.py.jinja")
    for resource in package.all_resources():
        put(_module_path(package, resource.module), resource_template.render(package=package, resource=resource))
        if resource.is_package:
            put(
                _module_path(package, resource.package_module + ".__init__"),
                resource_init.render(package=package, resource=resource),
            )
    test_template = env.get_template("per/test_resource.py.jinja")
    test_dirs = set()
    for resource in package.all_resources():
        if not resource.methods:
            continue
        parts = resource.attr_path.split(".")
        directory = "/".join(["tests", "api_resources", *parts[:-1]])
        put(f"{directory}/test_{parts[-1]}.py", test_template.render(package=package, resource=resource))
        for depth in range(2, len(parts) + 2):
            test_dirs.add("/".join(["tests", "api_resources", *parts[: depth - 2]]))
    # Test packages keep same-named modules (tests/api_resources/test_messages.py and
    # tests/api_resources/beta/test_messages.py) apart.
    for directory in sorted(test_dirs):
        put(f"{directory}/__init__.py", "")
    return files
