"""Record what the official anthropic 0.79 `transform_schema` returns for each case in transform_cases.py.

Run with the Python of an environment that has anthropic==0.79.0 installed (not this repository's):

    /path/to/venv-with-0.79/bin/python tests/parse/data/record_transform_cases.py

It rewrites ``transform_schema_0_79.json`` beside this file: for each case either ``{"output": ...}``
or ``{"error": "<exception class name>"}``. test_transform_schema.py compares ours with it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import anthropic  # noqa: E402
from anthropic import transform_schema  # noqa: E402
from transform_cases import CASES  # noqa: E402

assert anthropic.__version__ == "0.79.0", f"needs anthropic 0.79.0, found {anthropic.__version__}"

recorded = {}
for name, schema in CASES.items():
    try:
        recorded[name] = {"output": transform_schema(schema)}
    except Exception as err:  # the class is what the comparison needs
        recorded[name] = {"error": type(err).__name__}

(HERE / "transform_schema_0_79.json").write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")
print(f"recorded {len(recorded)} cases")
