"""sdk.yml `types.param_accepts`: a request-side node also takes a response model, so what a call
returned can be sent back as it came (0.79's `MessageParam.content` takes `ContentBlock`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from gen_helpers import SPECS, imported

from generator import generate
from generator.diagnostics import GenerationError

STAMP = "#/components/schemas/"
DRAFT_ITEMS = STAMP + "Draft/properties/blocks/items"


def _spec(tmp_path: Path, accepts: dict) -> Path:
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPECS / "mini", spec_dir)
    doc = yaml.safe_load((spec_dir / "openapi.yaml").read_text())
    # A request schema holding blocks, as a conversation turn holds content blocks.
    doc["components"]["schemas"]["Draft"] = {
        "type": "object",
        "required": ["blocks"],
        "properties": {"blocks": {"type": "array", "items": {"$ref": STAMP + "Block"}}},
    }
    body = doc["paths"]["/v1/notes"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["draft"] = {"$ref": STAMP + "Draft"}
    (spec_dir / "openapi.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    config = yaml.safe_load((spec_dir / "sdk.yml").read_text())
    config["types"]["param_accepts"] = accepts
    (spec_dir / "sdk.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    return spec_dir


def test_the_param_annotation_takes_the_response_model_too(tmp_path):
    spec_dir = _spec(tmp_path, {DRAFT_ITEMS: "Block"})
    out = tmp_path / "out"
    generate(spec_dir / "openapi.yaml", spec_dir / "sdk.yml", out, overrides=None, formatter="none")
    text = (out / "src" / "mininotes" / "types" / "draft_param.py").read_text()
    assert "blocks: Required[Iterable[Union[BlockParam, Block]]]" in text
    assert "from .block import Block" in text
    # Only the named node is widened: the body's own `body` items stay params.
    resource = (out / "src" / "mininotes" / "resources" / "notes.py").read_text()
    assert "body: Iterable[BlockParam]" in resource

    with imported(out, "mininotes") as package:
        from mininotes._utils import build_body

        block = package.types.TextBlock.model_validate({"type": "text", "text": "hi"})
        # A model inside the param is sent as its JSON.
        assert build_body({"draft": {"blocks": [block]}}) == {"draft": {"blocks": [{"type": "text", "text": "hi"}]}}


def test_naming_a_schema_the_spec_lacks_is_an_error(tmp_path):
    spec_dir = _spec(tmp_path, {DRAFT_ITEMS: "NoSuchBlock"})
    with pytest.raises(GenerationError) as caught:
        generate(spec_dir / "openapi.yaml", spec_dir / "sdk.yml", tmp_path / "out", overrides=None, formatter="none")
    errors = [d for d in caught.value.report.diagnostics if "NoSuchBlock" in d.message]
    assert len(errors) == 1
    assert errors[0].pointer.startswith("#/types/param_accepts/")
    assert "schema 'NoSuchBlock' is not in the spec" in errors[0].message
