from __future__ import annotations

import json
from pathlib import Path

import yaml
from support.prism_specs import BETA_SUFFIX, split_spec, write_split_specs

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"

SPEC = {
    "openapi": "3.1.0",
    "paths": {
        "/v1/messages": {"post": {"operationId": "plain"}},
        "/v1/messages?beta=true": {"post": {"operationId": "beta"}},
        "/v1/files?beta=true": {"get": {"operationId": "beta_files"}},
    },
    "components": {"schemas": {"Thing": {"type": "object"}}},
}


def test_split_puts_beta_keys_without_suffix_in_the_second_spec():
    plain, beta = split_spec(SPEC)

    assert plain["paths"] == {"/v1/messages": {"post": {"operationId": "plain"}}}
    assert beta["paths"] == {
        "/v1/messages": {"post": {"operationId": "beta"}},
        "/v1/files": {"get": {"operationId": "beta_files"}},
    }
    # Everything but paths is shared, so $refs into components resolve in both.
    for part in (plain, beta):
        assert {k: v for k, v in part.items() if k != "paths"} == {k: v for k, v in SPEC.items() if k != "paths"}
    assert len(SPEC["paths"]) == 3  # the input is left alone


def test_write_split_specs_keeps_every_operation_and_unquoted_dates(tmp_path):
    source = tmp_path / "openapi.yaml"
    spec = {**SPEC, "info": {"title": "t", "version": "1"}}
    text = yaml.safe_dump(spec) + "x-example: {created_at: 2024-02-29T12:00:00Z}\n"
    source.write_text(text)

    plain_path, beta_path = write_split_specs(source, tmp_path)
    plain, beta = json.loads(plain_path.read_text()), json.loads(beta_path.read_text())

    assert set(plain["paths"]) == {"/v1/messages"}
    assert set(beta["paths"]) == {"/v1/messages", "/v1/files"}
    # A YAML timestamp would have come back as a datetime json cannot encode.
    assert beta["x-example"] == {"created_at": "2024-02-29T12:00:00Z"}


def test_our_spec_splits_into_two_halves_without_suffixes(tmp_path):
    plain_path, beta_path = write_split_specs(SPEC_PATH, tmp_path)
    plain, beta = json.loads(plain_path.read_text()), json.loads(beta_path.read_text())
    original = yaml.load(SPEC_PATH.read_text(), Loader=yaml.CSafeLoader)["paths"]

    assert not any("?" in key for key in [*plain["paths"], *beta["paths"]])
    assert len(plain["paths"]) + len(beta["paths"]) == len(original)
    assert beta["paths"]["/v1/files"] == original["/v1/files" + BETA_SUFFIX]
