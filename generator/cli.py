"""``python -m generator generate|check|diff``: argument parsing only; the work is in the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional, Tuple

from . import ROOT, GenerationError, check, generate
from .diagnostics import Report, Severity
from .format import FORMATTERS

DEFAULT_SPEC = ROOT / "spec" / "openapi.yaml"


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI document (3.0 or 3.1)")
    parser.add_argument(
        "--config",
        type=Path,
        help="sdk.yml; by default spec/sdk.yml for spec/openapi.yaml, an sdk.yml beside any other spec, "
        "or else one derived from the spec alone",
    )
    parser.add_argument("--no-config", action="store_true", help="derive the SDK from the spec alone")
    parser.add_argument(
        "--out", type=Path, help="output directory (generated/ for spec/openapi.yaml, else ./<spec name>-sdk)"
    )
    parser.add_argument("--templates", type=Path, default=ROOT / "templates")
    parser.add_argument("--overrides", type=Path, default=ROOT / "overrides")
    parser.add_argument("--formatter", choices=FORMATTERS, default="ruff")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="also list info diagnostics (each naming rule's choices)"
    )


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Generate the SDK from spec/.")
    commands = parser.add_subparsers(dest="command", required=True)
    _common(commands.add_parser("generate", help="regenerate the output directory"))
    _common(commands.add_parser("check", help="fail when the output directory is stale"))
    _diff_arguments(commands.add_parser("diff", help="what changed in the API and the SDK between two specs"))
    args = parser.parse_args(argv)
    if args.command == "diff":
        return _diff(parser, args)
    options = dict(templates=args.templates, overrides=args.overrides, formatter=args.formatter)
    args.config, args.out = _resolve_paths(args)
    try:
        if args.command == "generate":
            result = generate(args.spec, args.config, args.out, **options)
            _print_report(result.report, args)
            print(f"generated {len(result.files)} files into {args.out}")
            return 0
        outcome = check(args.spec, args.config, args.out, **options)
    except GenerationError as exc:
        print(exc.report.render(), file=sys.stderr)
        print(f"{len(exc.report.errors)} error(s); {args.out} was left untouched", file=sys.stderr)
        return 1
    _print_report(outcome.report, args)
    if outcome.fresh:
        print(f"{args.out} is up to date")
        return 0
    for label, paths in (("changed", outcome.changed), ("missing", outcome.added), ("extra", outcome.removed)):
        for path in paths:
            print(f"{label}: {path}", file=sys.stderr)
    print(f"{args.out} is stale: run `make generate` and commit the result", file=sys.stderr)
    return 1


def _resolve_paths(args: argparse.Namespace) -> Tuple[Optional[Path], Path]:
    """The sdk.yml (None: derive one) and output directory a command works with."""
    own_spec = args.spec.resolve() == DEFAULT_SPEC.resolve()
    config = args.config
    if config is None and not args.no_config:
        beside = args.spec.parent / "sdk.yml"
        config = beside if beside.is_file() else None
    if config is not None and args.no_config:
        raise SystemExit("give --config or --no-config, not both")
    out = args.out or (ROOT / "generated" if own_spec else Path.cwd() / f"{args.spec.stem}-sdk")
    if config is None and not args.quiet:
        print(f"no sdk.yml: deriving the SDK from {args.spec.name} alone", file=sys.stderr)
    return config, out


def _diff_arguments(parser: argparse.ArgumentParser) -> None:
    where = "a spec file, a directory holding openapi.yaml (or spec/openapi.yaml), or a git ref: REF or REF:path"
    parser.add_argument("old", nargs="?", help=f"the earlier version: {where}")
    parser.add_argument("new", nargs="?", help="the later version, same forms; with --base, defaults to spec/")
    parser.add_argument("--base", metavar="REF", help="compare the working tree's spec/ with this git ref")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument("-o", "--output", type=Path, help="write the report to this file instead of stdout")
    parser.add_argument(
        "--fail-on",
        choices=("breaking", "possibly-breaking"),
        help="exit 1 when a change of this class or worse is found",
    )
    parser.add_argument(
        "--severity", action="append", default=[], metavar="RULE=CLASS", help="class a rule differently (repeatable)"
    )
    parser.add_argument(
        "--ignore", type=Path, metavar="FILE", help="YAML file of ignored changes and severity overrides"
    )
    parser.add_argument("--no-sdk", action="store_true", help="compare the specs only, not the SDKs they generate")
    parser.add_argument("--list-rules", action="store_true", help="print every rule with its classes and exit")


def _diff(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from . import diff

    if args.list_rules:
        for rule in diff.RULES.values():
            print(f"{rule.name:34} request: {rule.request:18} response: {rule.response:18} {rule.summary}")
        return 0
    if args.base and args.new:
        parser.error("diff: give --base REF and at most one other argument (the new side)")
    if not args.base and not (args.old and args.new):
        parser.error("diff: give OLD and NEW, or --base REF")
    try:
        settings = diff.load_settings(args.ignore, [diff.parse_override(text) for text in args.severity])
        if args.base:
            new_side = diff.load_side(args.old, Path.cwd()) if args.old else diff.working_tree(Path.cwd(), ROOT)
            result = diff.diff_sides(diff.load_side(args.base, Path.cwd()), new_side, settings, sdk=not args.no_sdk)
        else:
            result = diff.diff_paths(args.old, args.new, settings, sdk=not args.no_sdk)
    except (diff.DiffInputError, diff.SettingsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    text = diff.to_json(result) if args.format == "json" else diff.to_markdown(result)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if args.fail_on:
        threshold = diff.CLASSES.index(args.fail_on)
        if result.worst_rank() <= threshold:
            print(f"diff: changes classed {args.fail_on} or worse were found", file=sys.stderr)
            return 1
    return 0


def _print_report(report: Report, args: argparse.Namespace) -> None:
    """Errors and warnings in full; info diagnostics (the choices rules made) with ``--verbose``, else counted."""
    if args.quiet:
        return
    shown = [d for d in report.diagnostics if args.verbose or d.severity is not Severity.INFO]
    text = Report(shown).render()
    if text:
        print(text, file=sys.stderr)
    hidden = len(report.diagnostics) - len(shown)
    if hidden:
        print(
            f"{hidden} info diagnostic(s): the choices naming and other rules made; --verbose lists them",
            file=sys.stderr,
        )
