"""What changed between two versions of the spec, in the API and in the SDK generated from it.

Library API: :func:`diff_sides` (two loaded :class:`Side` s) and :func:`diff_paths` (whatever a user
types: directories, files, git refs). ``python -m generator diff`` is a thin shell over them.

Modules, one job each: ``sides`` reads the inputs, ``reach`` finds which operations reach what,
``schemas`` reads JSON Schema, ``schema_diff`` and ``spec_diff`` compare the documents, ``surface``
and ``sdk_diff`` compare the SDKs the generator builds from them, ``rules`` names and classes every
change, ``report`` writes Markdown and JSON.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

from .changes import DiffResult, SdkChange, SpecChange
from .reach import sdk_roots
from .report import to_json, to_markdown
from .rules import CLASSES, RULES, Settings, SettingsError, load_settings, parse_override
from .sdk_diff import SdkDiff, classify, link
from .sides import DiffInputError, Side, from_path, load_side, working_tree
from .spec_diff import SpecDiff
from .surface import SurfaceError, build_surface

__all__ = [
    "CLASSES",
    "RULES",
    "DiffInputError",
    "DiffResult",
    "SdkChange",
    "Settings",
    "SettingsError",
    "Side",
    "SpecChange",
    "diff_paths",
    "diff_sides",
    "from_path",
    "load_settings",
    "load_side",
    "parse_override",
    "to_json",
    "to_markdown",
    "working_tree",
]


def diff_sides(old: Side, new: Side, settings: Optional[Settings] = None, *, sdk: bool = True) -> DiffResult:
    settings = settings or Settings()
    spec_diff = SpecDiff(old.spec, new.spec, sdk_roots(old.config, old.spec), sdk_roots(new.config, new.spec))
    spec_changes = spec_diff.run()
    for change in spec_changes:
        change.severity = settings.severity(change.rule, change.directions, change.unreached)
    notes: List[str] = []
    sdk_changes: List[SdkChange] = []
    compared = False
    if sdk:
        try:
            old_surface, new_surface = build_surface(old), build_surface(new)
        except SurfaceError as exc:
            notes.append(f"SDK surface not compared: {exc}")
        else:
            compared = True
            sdk_changes = SdkDiff(old_surface, new_surface, spec_diff.renames, spec_diff.moves).run()
            link(sdk_changes, spec_changes, old.config_raw != new.config_raw)
            classify(sdk_changes, settings)
    kept_spec = [c for c in spec_changes if not settings.ignored(c.rule, c.pointers)]
    dropped = {id(c) for c in spec_changes} - {id(c) for c in kept_spec}
    kept_sdk = [
        c
        for c in sdk_changes
        if not settings.ignored(c.rule, (c.symbol, *c.sources))
        and not (c.caused_by and all(id(cause) in dropped for cause in c.caused_by))
    ]
    ignored = len(spec_changes) - len(kept_spec) + len(sdk_changes) - len(kept_sdk)
    kept_spec.sort(key=SpecChange.sort_key)
    kept_sdk.sort(key=SdkChange.sort_key)
    for index, change in enumerate(kept_spec, 1):
        change.id = f"S{index}"
    for index, change in enumerate(kept_sdk, 1):
        change.id = f"K{index}"
        change.caused_by = [c for c in change.caused_by if id(c) not in dropped]
        change.caused_by.sort(key=SpecChange.sort_key)
        for cause in change.caused_by:
            cause.sdk.append(change)
    return DiffResult(old.label, new.label, kept_spec, kept_sdk, notes, ignored, compared)


def diff_paths(
    old: str, new: str, settings: Optional[Settings] = None, *, repo: Optional[Path] = None, sdk: bool = True
) -> DiffResult:
    """Compare two inputs, each a spec file, a directory holding one, or a git ref (``REF[:path]``)."""
    hint = repo or Path.cwd()
    return diff_sides(load_side(old, hint), load_side(new, hint), settings, sdk=sdk)
