"""Every public name of the official 0.79 package's `anthropic` and `anthropic.types…` modules exists here.

`data/exported_names_0_79.json` lists those names: for each module, the public names `dir()` shows on the
0.79 release (for `anthropic` this includes what its helper modules put at the top level: streams,
platform clients), minus `typing` leftovers (`TypeAlias`) and subscripted generics (`X[object]`).
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

REFERENCE = json.loads((Path(__file__).parent / "data" / "exported_names_0_79.json").read_text())


@pytest.mark.parametrize("module_name", sorted(REFERENCE))
def test_module_exports_every_0_79_name(module_name: str):
    module = importlib.import_module(module_name)
    missing = set(REFERENCE[module_name]) - set(dir(module))
    assert not missing, f"{module_name} lacks {sorted(missing)}"
    # dir() lists lazily loaded names too; each must also resolve
    unresolved = [name for name in REFERENCE[module_name] if not hasattr(module, name)]
    assert not unresolved, f"{module_name} lists but cannot load {unresolved}"
