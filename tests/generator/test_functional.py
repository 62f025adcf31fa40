"""Generate small specs, import the result, and drive it over HTTP against the scripted server."""

from __future__ import annotations

import shutil

import pytest
import yaml
from gen_helpers import SPECS, generate_spec, imported
from servers.scripted import Reply

NOTE = {
    "id": "n1",
    "type": "note",
    "kind": "plain",
    "tags": ["a"],
    "body": [{"type": "text", "text": "hi"}, {"type": "image", "url": "u", "size": {"width": 2, "height": 3}}],
}


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    out = generate_spec("mini", tmp_path_factory.mktemp("mini") / "out")
    with imported(out, "mininotes") as package:
        yield package


def test_response_union_members_are_parsed_by_discriminator(mini, scripted_server):
    scripted_server.add("GET", "/v1/notes/n1", Reply(body=NOTE))
    note = mini.Notes(api_key="k", base_url=scripted_server.base_url).notes.retrieve("n1")
    text, image = note.body
    assert type(text).__name__ == "TextBlock" and text.text == "hi"
    assert type(image).__name__ == "ImageBlock" and image.size.width == 2
    assert note.archived_at is None and "archived_at" not in note.model_fields_set


def test_request_body_and_configured_headers_are_sent(mini, scripted_server):
    scripted_server.add("POST", "/v1/notes", Reply(body=NOTE))
    client = mini.Notes(api_key="secret", base_url=scripted_server.base_url)
    client.notes.create(body=[{"type": "text", "text": "hi"}], tags=("x", "y"))
    (sent,) = scripted_server.requests
    assert sent.json == {"body": [{"type": "text", "text": "hi"}], "tags": ["x", "y"]}
    assert sent.headers["x-notes-key"] == "secret"
    assert sent.headers["notes-version"] == "1"


def test_configured_error_classes_map_statuses(mini, scripted_server):
    scripted_server.add(
        "GET",
        "/v1/notes/zz",
        Reply(status=404, body={"type": "error", "error": {"type": "not_found_error", "message": "no"}}),
    )
    with pytest.raises(mini.NotFoundError):
        mini.Notes(api_key="k", base_url=scripted_server.base_url, max_retries=0).notes.retrieve("zz")


def test_list_paginates_with_configured_scheme(mini, scripted_server):
    scripted_server.add(
        "GET", "/v1/notes", Reply(body={"data": [NOTE], "has_more": True, "first_id": "n1", "last_id": "n1"})
    )
    scripted_server.add("GET", "/v1/notes?after_id=n1", Reply(body={"data": [dict(NOTE, id="n2")], "has_more": False}))
    ids = [n.id for n in mini.Notes(api_key="k", base_url=scripted_server.base_url).notes.list()]
    assert ids == ["n1", "n2"]


def test_new_operation_in_spec_needs_no_generator_change(tmp_path, scripted_server):
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPECS / "mini", spec_dir)
    doc = yaml.safe_load((spec_dir / "openapi.yaml").read_text())
    doc["paths"]["/v1/notes/{note_id}/archive"] = {
        "post": {
            "operationId": "notes_archive",
            "summary": "Archive a note",
            "parameters": [{"name": "note_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "requestBody": {
                "content": {
                    "application/json": {"schema": {"type": "object", "properties": {"reason": {"type": "string"}}}}
                }
            },
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Note"}}},
                }
            },
        }
    }
    (spec_dir / "openapi.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    config = yaml.safe_load((spec_dir / "sdk.yml").read_text())
    config["resources"]["notes"]["methods"]["archive"] = {"operation": "notes_archive"}
    # Its own package name, so it cannot be confused with the module-scoped `mini` import.
    config["package"]["name"] = "mininotes_grown"
    (spec_dir / "sdk.yml").write_text(yaml.safe_dump(config, sort_keys=False))

    out = generate_spec(spec_dir, tmp_path / "out")
    scripted_server.add("POST", "/v1/notes/n1/archive", Reply(body=dict(NOTE, archived_at="2026-01-02T03:04:05Z")))
    with imported(out, "mininotes_grown") as package:
        note = package.Notes(api_key="k", base_url=scripted_server.base_url).notes.archive("n1", reason="done")
    assert note.archived_at.year == 2026
    assert scripted_server.requests[0].json == {"reason": "done"}


@pytest.mark.anyio
async def test_async_client_of_generated_package(mini, scripted_server):
    scripted_server.add("GET", "/v1/notes/n1", Reply(body=NOTE))
    async with mini.AsyncNotes(api_key="k", base_url=scripted_server.base_url) as client:
        note = await client.notes.retrieve("n1")
    assert note.kind == "plain"


def test_sdk_yml_names_inline_schemas_and_adds_aliases(mini, scripted_server):
    scripted_server.add("GET", "/v1/notes/n1", Reply(body=NOTE))
    note = mini.Notes(api_key="k", base_url=scripted_server.base_url).notes.retrieve("n1")
    assert type(note.body[1].size).__name__ == "ImageSize"
    assert mini.types.Memo is mini.types.Note
    assert mini.types.ImageSize is type(note.body[1].size)


def test_helper_method_from_overrides_is_attached_to_its_resource(tmp_path, scripted_server):
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPECS / "mini", spec_dir)
    config = yaml.safe_load((spec_dir / "sdk.yml").read_text())
    config["package"]["name"] = "mininotes_helped"
    config["resources"]["notes"]["helpers"] = {"shout": {"module": "lib.loud", "sync": "shout", "async": "async_shout"}}
    (spec_dir / "sdk.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    overrides = tmp_path / "overrides" / "mininotes_helped" / "lib"
    overrides.mkdir(parents=True)
    (overrides / "__init__.py").write_text("")
    (overrides / "loud.py").write_text(
        "def shout(self, note_id):\n"
        "    return self.retrieve(note_id).id.upper()\n\n\n"
        "async def async_shout(self, note_id):\n"
        "    return (await self.retrieve(note_id)).id.upper()\n"
    )
    from generator import generate

    out = tmp_path / "out"
    generate(spec_dir / "openapi.yaml", spec_dir / "sdk.yml", out, overrides=tmp_path / "overrides")
    scripted_server.add("GET", "/v1/notes/n1", Reply(body=NOTE))
    with imported(out, "mininotes_helped") as package:
        assert package.Notes(api_key="k", base_url=scripted_server.base_url).notes.shout("n1") == "N1"


def _generate_with_helpers(tmp_path, package_name, helpers, module_source):
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPECS / "mini", spec_dir)
    config = yaml.safe_load((spec_dir / "sdk.yml").read_text())
    config["package"]["name"] = package_name
    config["resources"]["notes"]["helpers"] = helpers
    (spec_dir / "sdk.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    overrides = tmp_path / "overrides" / package_name / "lib"
    overrides.mkdir(parents=True)
    (overrides / "__init__.py").write_text("")
    (overrides / "extra.py").write_text(module_source)
    from generator import generate

    out = tmp_path / "out"
    generate(spec_dir / "openapi.yaml", spec_dir / "sdk.yml", out, overrides=tmp_path / "overrides")
    return out


def test_wrapping_helper_takes_the_method_name_and_calls_the_generated_one(tmp_path, scripted_server):
    out = _generate_with_helpers(
        tmp_path,
        "mininotes_wrapped",
        {
            "retrieve": {"module": "lib.extra", "sync": "wrap", "async": "async_wrap", "wraps": True},
            "shout": {"module": "lib.extra", "sync": "shout", "async": "async_shout", "raw_response": True},
        },
        "def wrap(self, note_id, *, loud=False, **kwargs):\n"
        "    note = self._retrieve(note_id, **kwargs)\n"
        "    return note.id.upper() if loud else note\n\n\n"
        "async def async_wrap(self, note_id, **kwargs):\n"
        "    return await self._retrieve(note_id, **kwargs)\n\n\n"
        "def shout(self, note_id, **kwargs):\n"
        "    return self.retrieve(note_id, **kwargs)\n\n\n"
        "async def async_shout(self, note_id):\n"
        "    return note_id\n",
    )
    scripted_server.add("GET", "/v1/notes/n1", [Reply(body=NOTE), Reply(body=NOTE), Reply(body=NOTE)])
    with imported(out, "mininotes_wrapped") as package:
        notes = package.Notes(api_key="k", base_url=scripted_server.base_url).notes
        assert notes.retrieve("n1", loud=True) == "N1"
        raw = notes.with_raw_response.retrieve("n1")  # the wrappers see the wrapped method
        assert raw.http_response.status_code == 200
        assert notes.with_raw_response.shout("n1").parse().id == "n1"


@pytest.mark.parametrize(
    "helper,message",
    [
        ({"retrieve": {"module": "lib.extra", "sync": "f", "async": "g"}}, "would hide the generated method"),
        ({"shout": {"module": "lib.extra", "sync": "f", "async": "g", "wraps": True}}, "wraps a method"),
    ],
)
def test_helper_names_are_checked_against_the_generated_methods(tmp_path, helper, message):
    from generator import GenerationError

    with pytest.raises(GenerationError) as info:
        _generate_with_helpers(tmp_path, "mininotes_clash", helper, "")
    assert any(message in d.message for d in info.value.report.errors)
    assert [d.pointer for d in info.value.report.errors] == [f"#/resources/notes/helpers/{next(iter(helper))}"]
