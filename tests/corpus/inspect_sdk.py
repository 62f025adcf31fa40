"""Run in a fresh interpreter: import a generated SDK whole and describe it as JSON.

``python inspect_sdk.py SRC PACKAGE`` prints ``{"modules", "methods", "types", "numbered", "fallback"}``:
every module imported, the methods of its sync resource classes (one per operation), the names its
types packages export, names that look like numbered collisions (``Assignee2`` beside ``Assignee``) and
names that only a last-resort rule gave (a trailing underscore).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import pkgutil
import re
import sys
from pathlib import Path


def main(src: str, name: str) -> None:
    sys.path.insert(0, src)
    package = importlib.import_module(name)
    resource_base = importlib.import_module(f"{name}._resource").SyncAPIResource
    modules = 0
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(info.name)
        modules += 1
    methods = []
    for module_name, module in sorted(sys.modules.items()):
        if not module_name.startswith(f"{name}.resources"):
            continue
        for obj in vars(module).values():
            if inspect.isclass(obj) and issubclass(obj, resource_base) and obj.__module__ == module_name:
                methods.extend(
                    f"{obj.__name__}.{key}"
                    for key, value in vars(obj).items()
                    if inspect.isfunction(value) and not key.startswith("_")
                )
    declared = set()
    exported = set()
    root = Path(src) / name / "types"
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                declared.add(node.name)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                declared.add(node.target.id)
            elif isinstance(node, ast.Assign):
                declared.update(t.id for t in node.targets if isinstance(t, ast.Name) and t.id != "__all__")
            elif isinstance(node, ast.ImportFrom) and path.name == "__init__.py":
                exported.update(alias.asname or alias.name for alias in node.names)
    numbered = sorted(n for n in declared if (m := re.fullmatch(r"(.*[A-Za-z_])\d+", n)) and m.group(1) in declared)
    fallback = sorted(n for n in declared if n.endswith("_") and not n.startswith("_"))
    print(
        json.dumps(
            {
                "modules": modules,
                "methods": sorted(methods),
                "types": len(exported),
                "declared": sorted(declared),
                "numbered": numbered,
                "fallback": fallback,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
