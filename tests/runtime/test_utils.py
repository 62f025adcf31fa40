"""Pure helpers: sentinels (`_types`), request building (`_utils`), query strings (`_qs`), uploads (`_files`)."""

import copy
import io
from datetime import date, datetime, timezone
from typing import List, Optional

import anthropic
import anyio
import pytest
from anthropic import _files, _qs, _types, _utils
from anthropic._models import BaseModel
from typing_extensions import Annotated, Required, TypedDict


def test_sentinels_are_falsy_with_stable_reprs():
    assert not _types.NOT_GIVEN and not _types.omit and not _types.not_given
    assert repr(_types.NOT_GIVEN) == "NOT_GIVEN" and repr(_types.omit) == "omit"
    assert copy.deepcopy(_types.NOT_GIVEN) is _types.NOT_GIVEN


def test_is_given_and_strip_not_given_treat_both_sentinels_alike():
    assert not _utils.is_given(_types.NOT_GIVEN) and not _utils.is_given(_types.omit) and _utils.is_given(None)
    assert _utils.strip_not_given({"a": 1, "b": _types.NOT_GIVEN, "c": _types.omit, "d": None}) == {"a": 1, "d": None}


def test_build_body_drops_omitted_and_normalises_values():
    class Tool(BaseModel):
        name: str
        description: Optional[str] = None

    body = _utils.build_body(
        {
            "a": _types.NOT_GIVEN,
            "b": _types.omit,
            "tool": Tool(name="x"),
            "gen": (i for i in range(3)),
            "tup": (1, 2),
            "when": datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
            "day": date(2024, 1, 2),
            "nested": {"keep": None, "drop": _types.omit, "list": [Tool(name="y", description=None)]},
            "extra_key": "kept",
        }
    )
    assert body == {
        "tool": {"name": "x"},
        "gen": [0, 1, 2],
        "tup": [1, 2],
        "when": "2024-01-02T03:04:05+00:00",
        "day": "2024-01-02",
        "nested": {"keep": None, "list": [{"name": "y", "description": None}]},
        "extra_key": "kept",
    }


def test_build_query_drops_omitted_and_spells_booleans():
    assert _utils.build_query({"limit": 2, "a": _types.NOT_GIVEN, "b": _types.omit, "flag": True, "off": False}) == {
        "limit": 2,
        "flag": "true",
        "off": "false",
    }


def test_path_param_rejects_empty_values():
    with pytest.raises(ValueError, match=r"Expected a non-empty value for `message_batch_id` but received ''"):
        _utils.path_param("message_batch_id", "")
    with pytest.raises(ValueError, match=r"received None"):
        _utils.path_param("model_id", None)


def test_path_param_percent_encodes_separators():
    assert _utils.path_param("id", "a/b") == "a%2Fb"
    assert _utils.path_param("id", "x?y#z") == "x%3Fy%23z"
    assert _utils.path_param("id", "plain-id_1") == "plain-id_1"


def test_maybe_transform_applies_aliases_from_typeddicts():
    class Params(TypedDict, total=False):
        max_tokens: Required[int]
        api_name: Annotated[str, _utils.PropertyInfo(alias="apiName")]
        tags: List[str]

    out = _utils.maybe_transform(
        {"max_tokens": 5, "api_name": "n", "tags": ("a", "b"), "skip": _types.NOT_GIVEN}, Params
    )
    assert out == {"max_tokens": 5, "apiName": "n", "tags": ["a", "b"]}
    assert _utils.maybe_transform(None, Params) is None


def test_required_args_names_the_missing_argument():
    @_utils.required_args(["model", "messages"], ["model", "messages", "stream"])
    def create(*, model=None, messages=None, stream=None):
        return model

    assert create(model="m", messages=[]) == "m"
    with pytest.raises(TypeError, match="messages"):
        create(model="m")


def test_querystring_nested_and_array_formats():
    q = _qs.Querystring()
    assert q.stringify({"a": {"b": 1, "c": True}}) == "a%5Bb%5D=1&a%5Bc%5D=true"
    assert q.stringify({"ids": ["x", "y"]}) == "ids=x&ids=y"
    assert q.stringify({"ids": ["x", "y"]}, array_format="comma") == "ids=x%2Cy"
    assert q.stringify({"ids": ["x", "y"]}, array_format="brackets") == "ids%5B%5D=x&ids%5B%5D=y"
    assert q.stringify({"ids": ["x", "y"]}, array_format="indices") == "ids%5B0%5D=x&ids%5B1%5D=y"
    assert q.stringify({"a": {"b": 1}}, nested_format="dots") == "a.b=1"
    assert q.stringify({"skip": None, "keep": 0}) == "keep=0"


def test_client_querystring_defaults_to_comma_lists():
    client = anthropic.Anthropic(api_key="sk-test-secret", base_url="http://x")
    assert client.qs.stringify({"beta": ["a", "b"]}) == "beta=a%2Cb"


def test_files_accept_all_supported_shapes(tmp_path):
    p = tmp_path / "doc.txt"
    p.write_bytes(b"hello")
    buf = io.BytesIO(b"io")
    out = _files.to_httpx_files(
        {
            "path": p,
            "raw": b"bytes",
            "fileobj": buf,
            "pair": ("n.txt", b"c"),
            "triple": ("n.pdf", p, "application/pdf"),
        }
    )
    assert out == [
        ("path", ("doc.txt", b"hello")),
        ("raw", b"bytes"),
        ("fileobj", buf),
        ("pair", ("n.txt", b"c")),
        ("triple", ("n.pdf", b"hello", "application/pdf")),
    ]


def test_files_reject_unsupported_values_naming_the_type():
    with pytest.raises(TypeError, match=r"received an instance of int"):
        _files.to_httpx_files({"file": 42})
    with pytest.raises(TypeError, match=r"mapping or a sequence"):
        _files.to_httpx_files(42)


def test_async_files_read_paths(tmp_path):
    p = tmp_path / "a.bin"
    p.write_bytes(b"\x00\x01")
    out = anyio.run(_files.async_to_httpx_files, [("f", p), ("g", ("x", p, "application/octet-stream"))])
    assert out == [("f", ("a.bin", b"\x00\x01")), ("g", ("x", b"\x00\x01", "application/octet-stream"))]


def test_file_from_path(tmp_path):
    p = tmp_path / "z.txt"
    p.write_bytes(b"zz")
    assert _utils.file_from_path(str(p)) == ("z.txt", b"zz")
