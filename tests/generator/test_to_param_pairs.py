"""Which response models get `to_param()`, on a small spec: the pairing rules, what a pair that does not
hold reports, and what the generated method returns."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from gen_helpers import SPECS, imported

from generator import generate
from generator.diagnostics import Severity

STAMP = "#/components/schemas/"


def _edit(tmp_path: Path, declare: dict | None = None) -> Path:
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPECS / "mini", spec_dir)
    doc = yaml.safe_load((spec_dir / "openapi.yaml").read_text())
    schemas = doc["components"]["schemas"]
    # A response/request pair the naming rule finds (ResponseStamp, RequestStamp → Stamp / StampParam):
    # the response has a field the request lacks, and a nullable one the request takes only as a string.
    schemas["ResponseStamp"] = {
        "type": "object",
        "required": ["code", "issued_at", "label"],
        "properties": {
            "code": {"type": "string"},
            "issued_at": {"type": "string", "format": "date-time"},
            "label": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "shape": {"$ref": STAMP + "TextBlock"},
        },
    }
    schemas["RequestStamp"] = {
        "type": "object",
        "required": ["code"],
        "properties": {"code": {"type": "string"}, "label": {"type": "string"}, "shape": {"$ref": STAMP + "TextBlock"}},
        "additionalProperties": False,
    }
    # A pair by name that does not hold: the request requires what the response may not have.
    schemas["ResponseBadge"] = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
    schemas["RequestBadge"] = {
        "type": "object",
        "required": ["name", "color"],
        "properties": {"name": {"type": "string"}, "color": {"type": "string"}},
    }
    schemas["Note"]["properties"]["stamp"] = {"$ref": STAMP + "ResponseStamp"}
    schemas["Note"]["properties"]["badge"] = {"$ref": STAMP + "ResponseBadge"}
    body = doc["paths"]["/v1/notes"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["stamp"] = {"$ref": STAMP + "RequestStamp"}
    body["properties"]["badge"] = {"$ref": STAMP + "RequestBadge"}
    (spec_dir / "openapi.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    config = yaml.safe_load((spec_dir / "sdk.yml").read_text())
    config["types"]["strip_prefixes"] = ["Request", "Response"]
    if declare:
        config["types"]["to_param"] = declare
    (spec_dir / "sdk.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    return spec_dir


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pairs")
    spec_dir = _edit(tmp)
    out = tmp / "out"
    result = generate(spec_dir / "openapi.yaml", spec_dir / "sdk.yml", out, overrides=None, formatter="none")
    with imported(out, "mininotes") as package:
        yield package, result.report, out


def test_a_pair_found_by_name_converts_and_drops_what_the_request_lacks(generated):
    package, _, _ = generated
    from mininotes.types import Stamp

    stamp = Stamp.model_validate(
        {"code": "A1", "issued_at": "2025-01-01T00:00:00Z", "label": None, "shape": {"type": "text", "text": "x"}}
    )
    # issued_at: the request has no such field; label: null, which the request does not take.
    assert stamp.to_param() == {"code": "A1", "shape": {"type": "text", "text": "x"}}
    assert Stamp.model_validate({"code": "A1", "issued_at": "2025-01-01T00:00:00Z", "label": "ok"}).to_param() == {
        "code": "A1",
        "label": "ok",
    }


def test_the_same_schema_on_both_sides_pairs_with_itself(generated):
    from mininotes.types import TextBlock

    assert TextBlock(type="text", text="hi").to_param() == {"type": "text", "text": "hi"}


def test_a_pair_that_does_not_hold_gets_no_method_and_says_why(generated):
    _, report, out = generated
    from mininotes.types import Badge, Note

    assert not hasattr(Badge, "to_param")
    assert not hasattr(Note, "to_param")  # no request schema pairs with it
    infos = [d for d in report.diagnostics if d.pointer == STAMP + "ResponseBadge"]
    assert [d.severity for d in infos] == [Severity.INFO]
    assert "`color` is required in RequestBadge" in infos[0].message
    text = (out / "src" / "mininotes" / "types" / "stamp.py").read_text()
    assert "def to_param(self) -> StampParam:" in text and "if TYPE_CHECKING:" in text


def test_a_declared_pair_that_does_not_hold_is_a_warning(tmp_path):
    spec_dir = _edit(tmp_path, declare={"ResponseBadge": "RequestBadge"})
    result = generate(
        spec_dir / "openapi.yaml", spec_dir / "sdk.yml", tmp_path / "out", overrides=None, formatter="none"
    )
    found = [d for d in result.report.diagnostics if d.pointer == "#/types/to_param/ResponseBadge"]
    assert [(d.severity, d.source) for d in found] == [(Severity.WARNING, "config")]


def test_a_declared_pair_naming_no_request_schema_is_an_error(tmp_path):
    spec_dir = _edit(tmp_path, declare={"ResponseBadge": "Missing"})
    with pytest.raises(Exception) as info:
        generate(spec_dir / "openapi.yaml", spec_dir / "sdk.yml", tmp_path / "out", overrides=None, formatter="none")
    assert "'Missing' is not an object schema used in a request" in str(info.value)
