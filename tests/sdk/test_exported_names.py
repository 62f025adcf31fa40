"""Every public name of the official 0.79 package's `anthropic` and `anthropic.types…` modules exists here.

`data/exported_names_0_79.json` lists those names: for each module, the public names `dir()` shows on the
0.79 release (for `anthropic` this includes what its helper modules put at the top level: streams,
platform clients), minus `typing` leftovers (`TypeAlias`) and subscripted generics (`X[object]`). A name that is known not
to exist yet is listed below with the issue that brings it; the list may only shrink.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

REFERENCE = json.loads((Path(__file__).parent / "data" / "exported_names_0_79.json").read_text())

KNOWN_GAPS = {
    "anthropic": {
        "AnthropicBedrock",
        "AsyncAnthropicBedrock",
        "AnthropicVertex",
        "AsyncAnthropicVertex",
        "AnthropicFoundry",
        "AsyncAnthropicFoundry",  # platform clients
    },
}


@pytest.mark.parametrize("module_name", sorted(REFERENCE))
def test_module_exports_every_0_79_name(module_name: str):
    module = importlib.import_module(module_name)
    ours = set(dir(module))
    missing = set(REFERENCE[module_name]) - ours - KNOWN_GAPS.get(module_name, set())
    assert not missing, f"{module_name} lacks {sorted(missing)}"


@pytest.mark.parametrize("module_name", sorted(KNOWN_GAPS))
def test_known_gaps_are_still_gaps(module_name: str):
    # When a gap closes, drop it from KNOWN_GAPS so the list keeps telling the truth.
    module = importlib.import_module(module_name)
    closed = KNOWN_GAPS[module_name] & set(dir(module))
    assert not closed, f"remove {sorted(closed)} from KNOWN_GAPS"
