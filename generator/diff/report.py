"""A diff as Markdown for a pull-request comment, or as JSON for machines.

Markdown: counts first, then breaking and possibly breaking changes (open), then non-breaking ones
and SDK changes no spec change explains (folded). Each spec change lists the operations that reach
it and the SDK changes it causes; entries that say the same thing at several places are one line.
"""

from __future__ import annotations

import json
from typing import Dict, List, Sequence, Tuple

from .changes import DiffResult, Reach, SdkChange, SpecChange
from .rules import BREAKING, CLASS_TITLES, CLASSES, SAFE, worst

_MAX_PLACES = 8
_MAX_OPERATIONS = 4


def to_json(result: DiffResult) -> str:
    return json.dumps(result.to_json(), indent=2, ensure_ascii=False, default=str) + "\n"


def to_markdown(result: DiffResult) -> str:
    lines = [f"## API diff: `{result.old_label}` → `{result.new_label}`", ""]
    if not result.spec_changes and not result.sdk_changes:
        lines.append("No changes to the API" + (" or the SDK." if result.sdk_compared else "."))
    else:
        lines.extend(_summary(result))
    # A spec change is listed under the worse of its own class and its SDK consequences' (a rename is
    # harmless on the wire but breaks imports), so nothing breaking hides in the folded section.
    groups = _groups(result.spec_changes)
    for severity in CLASSES:
        entries = [g for g in groups if _effective(g) == severity]
        if not entries:
            continue
        count = sum(len(g) for g in entries)
        if severity == SAFE:
            lines.extend(["", "<details>", f"<summary>{CLASS_TITLES[severity]} ({count})</summary>", ""])
        else:
            lines.extend(["", f"### {CLASS_TITLES[severity]} ({count})", ""])
        for group in entries:
            lines.extend(_entry(group, severity))
        if severity == SAFE:
            lines.extend(["", "</details>"])
    unlinked = result.unlinked_sdk_changes
    if unlinked:
        title = f"SDK changes no spec change explains ({len(unlinked)})"
        folded = all(c.severity == SAFE for c in unlinked)
        lines.extend(["", "<details>", f"<summary>{title}</summary>"] if folded else ["", f"### {title}"])
        lines.append("")
        lines.extend(_sdk_line(c, "") for c in unlinked)
        if folded:
            lines.extend(["", "</details>"])
    footer = [*result.notes]
    if result.ignored:
        footer.append(f"{result.ignored} change(s) left out by the ignore file.")
    if footer:
        lines.append("")
        lines.extend(f"> {note}" for note in footer)
    return "\n".join(_squeeze(lines)) + "\n"


def _summary(result: DiffResult) -> List[str]:
    rows = [("API (spec)", result.counts(result.spec_changes))]
    if result.sdk_compared:
        rows.append(("SDK", result.counts(result.sdk_changes)))
    head = "| | " + " | ".join(CLASS_TITLES[c] for c in CLASSES) + " |"
    rule = "| --- | " + " | ".join("---:" for _ in CLASSES) + " |"
    body = ["| " + label + " | " + " | ".join(_count(counts[c], c) for c in CLASSES) + " |" for label, counts in rows]
    return [head, rule, *body]


def _count(n: int, severity: str) -> str:
    return f"**{n}**" if n and severity == BREAKING else str(n)


def _groups(changes: Sequence[SpecChange]) -> List[List[SpecChange]]:
    """Changes saying the same thing (rule and message) at several places, as one entry each."""
    groups: Dict[Tuple[str, str, str], List[SpecChange]] = {}
    for change in changes:
        groups.setdefault((change.severity, change.rule, change.message), []).append(change)
    return list(groups.values())


def _primary_sdk(group: Sequence[SpecChange]) -> List[SdkChange]:
    """The SDK changes whose first cause is in the group (each SDK change is listed once)."""
    found = [s for m in group for s in m.sdk if s.caused_by and s.caused_by[0] is m]
    return list({id(s): s for s in found}.values())


def _effective(group: Sequence[SpecChange]) -> str:
    return worst([group[0].severity, *(s.severity for s in _primary_sdk(group))])


def _entry(group: Sequence[SpecChange], section: str) -> List[str]:
    first = group[0]
    where = f"`{first.pointer}`" if len(group) == 1 else f"{len(group)} places"
    directions = " and ".join(sorted({d for m in group for d in m.directions}))
    notes = [directions] if directions else []
    if first.severity != section:
        notes.append(f"API: {CLASS_TITLES[first.severity].lower()}")
    suffix = f" ({'; '.join(notes)})" if notes else ""
    lines = [f"- **{first.rule}** {where}: {first.message}{suffix}"]
    if len(group) > 1:
        shown = ", ".join(f"`{m.pointer}`" for m in group[:_MAX_PLACES])
        more = f" and {len(group) - _MAX_PLACES} more" if len(group) > _MAX_PLACES else ""
        lines.append(f"  - at {shown}{more}")
    elif first.old_pointer:
        lines.append(f"  - was `{first.old_pointer}`")
    lines.extend(f"  - {detail}" for detail in dict.fromkeys(d for m in group for d in m.details))
    reach = _reach(sorted({r for m in group for r in m.reach}))
    if reach:
        lines.append(f"  - reached by {reach}")
    lines.extend(_sdk_line(sdk, "  ") for sdk in _primary_sdk(group))
    return lines


def _reach(reach: List[Reach]) -> str:
    by_direction: Dict[str, List[str]] = {}
    for r in reach:
        by_direction.setdefault(r.direction, []).append(r.operation)
    parts = []
    for direction, ops in sorted(by_direction.items()):
        shown = ", ".join(f"`{op}`" for op in ops[:_MAX_OPERATIONS])
        more = f" and {len(ops) - _MAX_OPERATIONS} more" if len(ops) > _MAX_OPERATIONS else ""
        parts.append(f"{shown}{more} ({direction})")
    return "; ".join(parts)


def _sdk_line(change: SdkChange, indent: str) -> str:
    cause = "" if change.caused_by else f"; cause: {change.cause}"
    severity = CLASS_TITLES[change.severity].lower()
    return f"{indent}- SDK, {severity}: `{change.symbol}` {change.message} ({change.rule}{cause})"


def _squeeze(lines: List[str]) -> List[str]:
    """No leading blank lines and never two blank lines in a row."""
    out: List[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out
