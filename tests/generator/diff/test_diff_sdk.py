"""The SDK surface before and after, each change traced to the spec change behind it (or to sdk.yml)."""

from __future__ import annotations

from typing import Any, Callable, Dict, List

import pytest
from diff_helpers import notes_side, with_config, with_spec

from generator.diff import diff_sides
from generator.diff.rules import BREAKING as B
from generator.diff.rules import POSSIBLY as P
from generator.diff.rules import RULES
from generator.diff.rules import SAFE as S

LIST = "/v1/notes"
ONE = "/v1/notes/{note_id}"


def schemas(doc: Dict[str, Any]) -> Dict[str, Any]:
    return doc["components"]["schemas"]


def note(doc: Dict[str, Any]) -> Dict[str, Any]:
    return schemas(doc)["Note"]


def list_params(doc: Dict[str, Any]) -> List[Dict[str, Any]]:
    return doc["paths"][LIST]["get"]["parameters"]


def resources(cfg: Dict[str, Any]) -> Dict[str, Any]:
    return cfg["resources"]


def _add_drafts(cfg):
    resources(cfg)["drafts"] = {"methods": {"list": {"operation": "notes_list", "paginated": "page"}}}


def _drop_retrieve(doc):
    del doc["paths"][ONE]


def _drop_retrieve_config(cfg):
    del resources(cfg)["notes"]["methods"]["retrieve"]


def _add_helper(cfg):
    resources(cfg)["notes"]["helpers"] = {
        "summarize": {"module": "lib.summaries", "sync": "summarize", "async": "asummarize"}
    }


def _rename_retrieve(cfg):
    methods = resources(cfg)["notes"]["methods"]
    methods["get"] = methods.pop("retrieve")


def _revisions(doc):
    op = doc["paths"].pop(ONE)["get"]
    op["parameters"].append({"name": "rev", "in": "path", "required": True, "schema": {"type": "string"}})
    doc["paths"]["/v1/notes/{note_id}/revisions/{rev}"] = {"get": op}


def _streaming_spec(doc):
    schemas(doc)["NoteCreateParams"]["properties"]["stream"] = {"type": "boolean"}
    content = doc["paths"][LIST]["post"]["responses"]["200"]["content"]
    content["text/event-stream"] = {"schema": {"$ref": "#/components/schemas/Note"}}


def _streaming_config(cfg):
    resources(cfg)["notes"]["methods"]["create"]["stream"] = {"param": "stream", "event": "Note"}


def _tags(doc):
    note(doc)["properties"]["tags"] = {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}
    schemas(doc)["Tag"] = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}


def _rename_kind(doc):
    schemas(doc)["NoteKind"] = schemas(doc).pop("Kind")
    for holder in (note(doc), schemas(doc)["NoteCreateParams"]):
        holder["properties"]["kind"] = {"$ref": "#/components/schemas/NoteKind"}


def _require_title(doc):
    schemas(doc)["NoteCreateParams"]["properties"]["title"] = {"type": "string"}
    schemas(doc)["NoteCreateParams"]["required"].append("title")


def _kind_module(cfg):
    cfg["types"]["names"]["Kind"]["module"] = "types.extra"


def _reexport_extra(cfg):
    _kind_module(cfg)
    cfg["types"]["reexport"] = {"types": ["types.extra"]}


def spec_edit(fn: Callable[[Dict[str, Any]], None]) -> Callable[[Any], Any]:
    return lambda base: with_spec(base, fn)


def config_edit(fn: Callable[[Dict[str, Any]], None]) -> Callable[[Any], Any]:
    return lambda base: with_config(base, fn)


def both(spec_fn, config_fn) -> Callable[[Any], Any]:
    return lambda base: with_config(with_spec(base, spec_fn), config_fn)


def _set(path: List[Any], value: Any) -> Callable[[Dict[str, Any]], None]:
    def edit(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return edit


def _delete(path: List[Any]) -> Callable[[Dict[str, Any]], None]:
    def edit(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return edit


NOTE = ["components", "schemas", "Note"]
CREATE = ["components", "schemas", "NoteCreateParams"]
OPTIONAL_QUERY = {"name": "q", "in": "query", "schema": {"type": "string"}}
REQUIRED_QUERY = {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}


def case(rule, make_old, make_new, symbol, cls, causes, name=""):
    """``causes``: the rules of the spec changes the SDK change is traced to, or ``sdk.yml``."""
    return pytest.param(rule, make_old, make_new, symbol, cls, causes, id=name or rule)


SAME = lambda base: base  # noqa: E731

CASES = [
    case("sdk-resource-added", SAME, config_edit(_add_drafts), "client.drafts", S, "sdk.yml"),
    case("sdk-resource-removed", config_edit(_add_drafts), SAME, "client.drafts", B, "sdk.yml"),
    case(
        "sdk-method-removed",
        SAME,
        both(_drop_retrieve, _drop_retrieve_config),
        "client.notes.retrieve",
        B,
        ["operation-removed"],
    ),
    case(
        "sdk-method-added",
        both(_drop_retrieve, _drop_retrieve_config),
        SAME,
        "client.notes.retrieve",
        S,
        ["operation-added"],
    ),
    case(
        "sdk-method-added",
        SAME,
        config_edit(_add_helper),
        "client.notes.summarize",
        S,
        "sdk.yml",
        name="sdk-method-added-helper",
    ),
    case("sdk-method-renamed", SAME, config_edit(_rename_retrieve), "client.notes.retrieve", B, "sdk.yml"),
    case(
        "sdk-export-added",
        SAME,
        config_edit(_set(["exports"], {".": {"lib.helpers": ["Helper"]}})),
        "notes.Helper",
        S,
        "sdk.yml",
        name="sdk-export-added-top-level",
    ),
    case(
        "sdk-export-removed",
        config_edit(_set(["exports"], {".": {"lib.helpers": ["Helper"]}})),
        SAME,
        "notes.Helper",
        B,
        "sdk.yml",
        name="sdk-export-removed-top-level",
    ),
    case(
        "sdk-param-removed",
        SAME,
        spec_edit(lambda d: list_params(d).pop(1)),
        "client.notes.list(after_id)",
        B,
        ["parameter-removed"],
    ),
    case(
        "sdk-param-added",
        SAME,
        spec_edit(lambda d: list_params(d).append(OPTIONAL_QUERY)),
        "client.notes.list(q)",
        S,
        ["parameter-added"],
    ),
    case(
        "sdk-param-added-required",
        SAME,
        spec_edit(lambda d: list_params(d).append(REQUIRED_QUERY)),
        "client.notes.list(q)",
        B,
        ["parameter-added-required"],
    ),
    case(
        "sdk-param-became-required",
        SAME,
        spec_edit(lambda d: list_params(d)[0].update(required=True)),
        "client.notes.list(limit)",
        B,
        ["parameter-became-required"],
    ),
    case(
        "sdk-param-became-optional",
        SAME,
        spec_edit(_set([*CREATE, "required"], [])),
        "client.notes.create(text)",
        S,
        ["property-became-optional"],
    ),
    case(
        "sdk-param-kind-changed", SAME, spec_edit(_revisions), "client.notes.retrieve(note_id)", B, ["operation-moved"]
    ),
    case(
        "sdk-param-type-changed",
        SAME,
        spec_edit(lambda d: list_params(d)[0].update(schema={"type": "integer"})),
        "client.notes.list(limit)",
        B,
        ["type-narrowed"],
    ),
    case(
        "sdk-return-type-changed",
        SAME,
        spec_edit(
            _set(
                ["paths", ONE, "get", "responses", "200", "content", "application/json", "schema"],
                {"$ref": "#/components/schemas/Kind"},
            )
        ),
        "client.notes.retrieve",
        B,
        ["type-changed"],
    ),
    case(
        "sdk-streaming-added",
        spec_edit(_streaming_spec),
        both(_streaming_spec, _streaming_config),
        "client.notes.create",
        S,
        "sdk.yml",
    ),
    case(
        "sdk-streaming-removed",
        both(_streaming_spec, _streaming_config),
        spec_edit(_streaming_spec),
        "client.notes.create",
        B,
        "sdk.yml",
    ),
    case(
        "sdk-pagination-changed",
        SAME,
        config_edit(_delete(["resources", "notes", "methods", "list", "paginated"])),
        "client.notes.list",
        B,
        "sdk.yml",
    ),
    case("sdk-type-added", SAME, spec_edit(_tags), "notes.types.Tag", S, ["property-added"]),
    case("sdk-type-removed", spec_edit(_tags), SAME, "notes.types.Tag", B, ["property-removed"]),
    case("sdk-type-renamed", SAME, spec_edit(_rename_kind), "notes.types.Kind", B, ["schema-renamed"]),
    case(
        "sdk-type-kind-changed",
        SAME,
        spec_edit(
            _set(["components", "schemas", "Kind"], {"type": "object", "properties": {"name": {"type": "string"}}})
        ),
        "notes.types.Kind",
        B,
        ["type-changed"],
    ),
    case(
        "sdk-alias-changed",
        SAME,
        spec_edit(_set(["components", "schemas", "Kind", "enum"], ["plain", "checklist", "reminder"])),
        "notes.types.Kind",
        P,
        ["enum-value-added"],
    ),
    case(
        "sdk-field-removed",
        SAME,
        spec_edit(_delete([*NOTE, "properties", "pinned"])),
        "notes.types.Note.pinned",
        B,
        ["property-removed"],
    ),
    case(
        "sdk-field-added",
        SAME,
        spec_edit(_set([*NOTE, "properties", "color"], {"type": "string"})),
        "notes.types.Note.color",
        S,
        ["property-added"],
    ),
    case(
        "sdk-field-added-required",
        SAME,
        spec_edit(_require_title),
        "notes.types.NoteCreateParams.title",
        B,
        ["property-added-required"],
    ),
    case(
        "sdk-field-became-required",
        SAME,
        spec_edit(lambda d: note(d)["required"].append("pinned")),
        "notes.types.Note.pinned",
        S,
        ["property-became-required"],
    ),
    case(
        "sdk-field-became-optional",
        SAME,
        spec_edit(lambda d: note(d)["required"].remove("text")),
        "notes.types.Note.text",
        B,
        ["property-became-optional"],
    ),
    case(
        "sdk-field-type-changed",
        SAME,
        spec_edit(_set([*NOTE, "properties", "pinned"], {"type": ["boolean", "null"]})),
        "notes.types.Note.pinned",
        P,
        ["nullable-added"],
    ),
    case("sdk-export-added", config_edit(_kind_module), config_edit(_reexport_extra), "notes.types.Kind", S, "sdk.yml"),
    case(
        "sdk-export-removed", config_edit(_reexport_extra), config_edit(_kind_module), "notes.types.Kind", B, "sdk.yml"
    ),
]


@pytest.fixture(scope="module")
def base():
    return notes_side("v1")


@pytest.mark.parametrize("rule, make_old, make_new, symbol, cls, causes", CASES)
def test_sdk_rule_with_its_class_and_cause(base, rule, make_old, make_new, symbol, cls, causes):
    result = diff_sides(make_old(base), make_new(base))
    assert result.sdk_compared, result.notes
    found = [c for c in result.sdk_changes if c.rule == rule and c.symbol == symbol]
    assert len(found) == 1, [(c.rule, c.symbol, c.message) for c in result.sdk_changes]
    (change,) = found
    assert change.severity == cls
    if causes == "sdk.yml":
        assert (change.caused_by, change.cause) == ([], "sdk.yml")
    else:
        assert sorted({c.rule for c in change.caused_by}) == causes


def test_every_sdk_rule_has_a_case():
    covered = {p.values[0] for p in CASES}
    assert {name for name in RULES if name.startswith("sdk-")} - covered == set()


def test_annotation_changes_take_their_cause_class(base):
    """Widening a request parameter's type is as safe in the SDK as in the API."""
    widened = with_spec(base, lambda d: list_params(d)[1].update(schema={"type": ["string", "integer"]}))
    result = diff_sides(base, widened)
    (sdk,) = [c for c in result.sdk_changes if c.rule == "sdk-param-type-changed"]
    assert (sdk.severity, [c.rule for c in sdk.caused_by]) == (S, ["type-widened"])


def test_spec_change_lists_its_sdk_consequences(base):
    result = diff_sides(base, with_spec(base, _delete([*NOTE, "properties", "pinned"])))
    (spec,) = result.spec_changes
    assert [(s.rule, s.symbol) for s in spec.sdk] == [("sdk-field-removed", "notes.types.Note.pinned")]


def test_sdk_level_is_skipped_with_a_note_without_sdk_yml(base):
    from generator.diff import Side

    bare = Side("bare", base.spec, "bare.yaml")
    result = diff_sides(bare, base)
    assert not result.sdk_compared
    assert result.notes == ["SDK surface not compared: no sdk.yml beside bare.yaml"]


def test_sdk_level_reports_generator_errors_as_a_note(base):
    broken = with_config(base, lambda cfg: resources(cfg)["notes"]["methods"].update(gone={"operation": "missing_op"}))
    result = diff_sides(base, broken)
    assert not result.sdk_compared
    assert "operation 'missing_op' is not in the spec" in result.notes[0]


def _drop_property(name, prop):
    return lambda doc: schemas(doc)[name]["properties"].pop(prop)


def test_standalone_schema_is_reached_through_sdk_yml(base):
    def add_command(doc):
        schemas(doc)["Command"] = {
            "type": "object",
            "properties": {"path": {"type": "string"}, "mode": {"type": "string"}},
        }

    old = with_config(with_spec(base, add_command), lambda cfg: cfg["types"].update(standalone=["Command"]))
    result = diff_sides(old, with_spec(old, _drop_property("Command", "mode")))
    (change,) = result.spec_changes
    assert (change.rule, change.severity, change.unreached) == ("property-removed", B, False)
    assert [(r.operation, r.direction) for r in change.reach] == [("sdk.yml standalone types", "response")]
    assert [s.symbol for s in change.sdk] == ["notes.types.Command.mode"]


def test_stream_event_schema_is_read_by_the_streaming_operation(base):
    def add_events(doc):
        _streaming_spec(doc)
        doc["paths"][LIST]["post"]["responses"]["200"]["content"]["text/event-stream"] = {"schema": {"type": "string"}}
        schemas(doc)["NoteEvent"] = {
            "type": "object",
            "properties": {"type": {"type": "string"}, "seq": {"type": "integer"}},
        }

    def stream_events(cfg):
        resources(cfg)["notes"]["methods"]["create"]["stream"] = {"param": "stream", "event": "NoteEvent"}

    old = with_config(with_spec(base, add_events), stream_events)
    result = diff_sides(old, with_spec(old, _drop_property("NoteEvent", "seq")))
    (change,) = result.spec_changes
    assert (change.rule, change.severity) == ("property-removed", B)
    assert [(r.operation, r.direction) for r in change.reach] == [("POST /v1/notes", "response")]
