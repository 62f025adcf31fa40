"""The Markdown and JSON reports for a realistic change set are byte-compared with golden records.

The notes pair differs by: a response field removed, a new optional query parameter, an enum value
added, an endpoint added (with sdk.yml placing it), and a request parameter's type narrowed.
"""

from __future__ import annotations

import json

import pytest
from diff_helpers import GOLDEN, notes_side
from refresh_report import RECORDS, render

from generator.diff import diff_sides, to_markdown


@pytest.mark.parametrize("record", sorted(RECORDS))
def test_report_matches_golden_record(record):
    expected = (GOLDEN / record).read_text(encoding="utf-8")
    assert render(record) == expected, "run `make golden` (tests/generator/diff/refresh_report.py) if intended"


def test_each_edit_of_the_notes_pair_is_listed_once_with_its_sdk_consequence():
    result = diff_sides(notes_side("v1"), notes_side("v2"))
    facts = [(c.rule, c.severity, c.pointer, sorted(s.symbol for s in c.sdk)) for c in result.spec_changes]
    assert facts == [
        ("property-removed", "breaking", "#/components/schemas/Note/properties/pinned", ["notes.types.Note.pinned"]),
        (
            "type-narrowed",
            "breaking",
            "#/paths/~1v1~1notes/get/parameters/0/schema",
            ["client.notes.list(limit)", "notes.types.NoteListParams.limit"],
        ),
        (
            "enum-value-added",
            "possibly-breaking",
            "#/components/schemas/Kind",
            ["notes.types.Kind", "notes.types.KindParam"],
        ),
        (
            "parameter-added",
            "non-breaking",
            "#/paths/~1v1~1notes/get/parameters/2",
            ["client.notes.list(order)", "notes.types.NoteListParams.order"],
        ),
        (
            "operation-added",
            "non-breaking",
            "#/paths/~1v1~1notes~1{note_id}/delete",
            ["client.notes.delete", "notes.types.NoteDeleted"],
        ),
    ]
    assert result.unlinked_sdk_changes == []


def test_json_report_links_both_ways():
    data = json.loads(render("notes-report.json"))
    spec = {c["id"]: c for c in data["spec_changes"]}
    for sdk in data["sdk_changes"]:
        assert sdk["caused_by"], sdk
        assert all(sdk["id"] in spec[cause]["sdk"] for cause in sdk["caused_by"])
    assert data["summary"]["spec"] == {"breaking": 2, "possibly-breaking": 1, "non-breaking": 2}


def test_report_is_stable_across_runs():
    first = to_markdown(diff_sides(notes_side("v1"), notes_side("v2")))
    second = to_markdown(diff_sides(notes_side("v1"), notes_side("v2")))
    assert first == second


def test_no_changes_report():
    side = notes_side("v1")
    assert (
        to_markdown(diff_sides(side, side))
        == "## API diff: `notes-v1` → `notes-v1`\n\nNo changes to the API or the SDK.\n"
    )
