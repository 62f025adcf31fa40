"""``python -m generator generate|check``: argument parsing only; the work is in the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional

from . import ROOT, GenerationError, check, generate
from .format import FORMATTERS


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spec", type=Path, default=ROOT / "spec" / "openapi.yaml", help="OpenAPI document")
    parser.add_argument("--config", type=Path, default=ROOT / "spec" / "sdk.yml", help="sdk.yml")
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="output directory")
    parser.add_argument("--templates", type=Path, default=ROOT / "templates")
    parser.add_argument("--overrides", type=Path, default=ROOT / "overrides")
    parser.add_argument("--formatter", choices=FORMATTERS, default="ruff")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Generate the SDK from spec/.")
    commands = parser.add_subparsers(dest="command", required=True)
    _common(commands.add_parser("generate", help="regenerate the output directory"))
    _common(commands.add_parser("check", help="fail when the output directory is stale"))
    args = parser.parse_args(argv)
    options = dict(templates=args.templates, overrides=args.overrides, formatter=args.formatter)
    try:
        if args.command == "generate":
            result = generate(args.spec, args.config, args.out, **options)
            _print_report(result.report.render(), args.quiet)
            print(f"generated {len(result.files)} files into {args.out}")
            return 0
        outcome = check(args.spec, args.config, args.out, **options)
    except GenerationError as exc:
        print(exc.report.render(), file=sys.stderr)
        print(f"{len(exc.report.errors)} error(s); {args.out} was left untouched", file=sys.stderr)
        return 1
    _print_report(outcome.report.render(), args.quiet)
    if outcome.fresh:
        print(f"{args.out} is up to date")
        return 0
    for label, paths in (("changed", outcome.changed), ("missing", outcome.added), ("extra", outcome.removed)):
        for path in paths:
            print(f"{label}: {path}", file=sys.stderr)
    print(f"{args.out} is stale: run `make generate` and commit the result", file=sys.stderr)
    return 1


def _print_report(text: str, quiet: bool) -> None:
    if text and not quiet:
        print(text, file=sys.stderr)
