"""A spec split over several files is bundled into one document before anything else reads it."""

from __future__ import annotations

import pytest
import yaml
from gen_helpers import imported

from generator import GenerationError, generate

MAIN = {
    "openapi": "3.0.3",
    "info": {"title": "Split", "version": "1"},
    "paths": {
        "/pets": {
            "get": {
                "operationId": "listPets",
                "parameters": [{"$ref": "common.yaml#/components/parameters/Limit"}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "schemas/pet.yaml"}}},
                    },
                    "default": {
                        "description": "error",
                        "content": {"application/json": {"schema": {"$ref": "common.yaml#/components/schemas/Error"}}},
                    },
                },
            }
        },
        "/owners": {
            "get": {
                "operationId": "listOwners",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    }
                },
            }
        },
    },
    "components": {"schemas": {"Error": {"type": "object", "properties": {"local": {"type": "boolean"}}}}},
}
COMMON = {
    "components": {
        "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}},
        "schemas": {
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            "Tag": {"type": "object", "properties": {"label": {"type": "string"}}},
        },
    }
}
PET = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "tag": {"$ref": "../common.yaml#/components/schemas/Tag"}},
}


@pytest.fixture
def split_spec(tmp_path):
    (tmp_path / "schemas").mkdir()
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(MAIN))
    (tmp_path / "common.yaml").write_text(yaml.safe_dump(COMMON))
    (tmp_path / "schemas" / "pet.yaml").write_text(yaml.safe_dump(PET))
    return tmp_path / "openapi.yaml"


def test_refs_across_files_are_bundled_and_generated(split_spec, tmp_path):
    out = tmp_path / "out"
    result = generate(split_spec, None, out, overrides=None, formatter="none")
    with imported(out, "split") as package:
        pet = package.types.Pet.model_validate({"name": "rex", "tag": {"label": "good"}})
        assert pet.tag.label == "good"
        assert set(package.types.CommonError.model_fields) == {"message"}
        assert set(package.types.Error.model_fields) == {"local"}
    messages = [(d.pointer, d.message) for d in result.report.diagnostics]
    assert ("#/components/schemas/pet", "bundled from pet.yaml#") in messages
    assert any(p == "#/components/schemas/CommonError" and "rule: file-prefix" in m for p, m in messages)
    assert "def list(" in (out / "src" / "split" / "resources" / "pets.py").read_text()
    assert "limit: int | Omit = omit" in (out / "src" / "split" / "resources" / "pets.py").read_text()


def test_missing_file_is_an_error_at_the_ref(split_spec, tmp_path):
    (tmp_path / "common.yaml").unlink()
    with pytest.raises(GenerationError) as info:
        generate(split_spec, None, tmp_path / "out", overrides=None, formatter="none")
    pointers = [d.pointer for d in info.value.report.errors]
    assert "#/paths/~1pets/get/parameters/0" in pointers
    assert "common.yaml" in str(info.value)
