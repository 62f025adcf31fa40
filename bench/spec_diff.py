"""How long `python -m generator diff` takes on our spec (the issue asks for under 2 s).

    .venv/bin/python bench/spec_diff.py [--runs 5] [OLD NEW]

Without arguments it compares spec/ with a copy carrying a handful of edits (written to a temporary
directory); with two arguments, those. Prints the end-to-end time of the command (a fresh interpreter:
imports, parsing both sides, both SDK surfaces, the report), wall and CPU (CPU is the steadier figure on
a busy machine), and, in-process, each phase. Figures are medians. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from generator.diff import diff_sides, from_path, to_markdown  # noqa: E402
from generator.diff.reach import sdk_roots  # noqa: E402
from generator.diff.spec_diff import SpecDiff  # noqa: E402
from generator.diff.surface import build_surface  # noqa: E402


def edited_copy(target: Path) -> Path:
    shutil.copytree(ROOT / "spec", target)
    doc = yaml.safe_load((target / "openapi.yaml").read_text(encoding="utf-8"))
    schemas = doc["components"]["schemas"]
    del schemas["Usage"]["properties"]["inference_geo"]
    schemas["StopReason"]["enum"].append("context_exhausted")
    schemas["CreateMessageParams"]["properties"]["max_tokens"]["maximum"] = 64000
    doc["paths"]["/v1/models"]["get"]["parameters"].append(
        {"name": "family", "in": "query", "schema": {"type": "string"}}
    )
    text = json.dumps(doc).replace('"#/components/schemas/ModelInfo"', '"#/components/schemas/ModelDescription"')
    doc = json.loads(text)
    schemas = doc["components"]["schemas"]
    schemas["ModelDescription"] = schemas.pop("ModelInfo")
    (target / "openapi.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return target


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("sides", nargs="*")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old, new = args.sides if len(args.sides) == 2 else (str(ROOT / "spec"), str(edited_copy(Path(tmp) / "spec")))
        command = [sys.executable, "-m", "generator", "diff", old, new, "-o", str(Path(tmp) / "report.md")]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = timed(lambda: subprocess.run(command, cwd=ROOT, check=False), args.runs)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) / args.runs
        a, b = from_path(Path(old)), from_path(Path(new))
        load = timed(lambda: (from_path(Path(old)), from_path(Path(new))), args.runs)
        spec = timed(
            lambda: SpecDiff(a.spec, b.spec, sdk_roots(a.config, a.spec), sdk_roots(b.config, b.spec)).run(), args.runs
        )
        sdk = timed(lambda: (build_surface(a), build_surface(b)) if a.config and b.config else None, args.runs)
        whole = timed(lambda: to_markdown(diff_sides(a, b)), args.runs)
        changes = diff_sides(a, b)
    print(f"{old} -> {new}: {len(changes.spec_changes)} spec changes, {len(changes.sdk_changes)} SDK changes")
    print(f"  python -m generator diff (end to end)  {wall:6.2f} s wall, {cpu:.2f} s CPU (mean)")
    print(f"  reading both sides                     {load:6.2f} s")
    print(f"  spec comparison                        {spec:6.2f} s")
    print(f"  both SDK surfaces (IR builds)          {sdk:6.2f} s")
    print(f"  diff_sides + Markdown                  {whole:6.2f} s")


if __name__ == "__main__":
    main()
