"""Uploads, downloads, batch results (JSON Lines) and list pagination of the Files/Skills/Batches APIs.

Everything runs against the scripted loopback server, so the tests can look at the exact
multipart body that was sent, stream a body in timed chunks, and serve arbitrarily long
JSON Lines bodies without building them in memory first.
"""

from __future__ import annotations

import email.parser
import email.policy
import gc
import io
import json
import pathlib
import time
import tracemalloc
from typing import Any, Dict, Iterator, List, Optional

import anthropic
import pytest
from anthropic._response import (
    AsyncBinaryAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    BinaryAPIResponse,
    StreamedBinaryAPIResponse,
)
from anthropic.types.beta import FileMetadata
from anthropic.types.messages import MessageBatchIndividualResponse
from servers.scripted import Reply, jsonl

FILES_BETA = "files-api-2025-04-14"
SKILLS_BETA = "skills-2025-10-02"


# -- helpers ---------------------------------------------------------------------------------


def _file_metadata(file_id: str = "file_1", filename: str = "a.txt") -> Dict[str, Any]:
    return {
        "id": file_id,
        "type": "file",
        "filename": filename,
        "mime_type": "text/plain",
        "size_bytes": 5,
        "created_at": "2025-04-14T00:00:00Z",
        "downloadable": False,
    }


def _skill(skill_id: str) -> Dict[str, Any]:
    return {
        "id": skill_id,
        "type": "skill",
        "source": "custom",
        "display_title": skill_id,
        "latest_version": "1",
        "created_at": "2025-10-02T00:00:00Z",
        "updated_at": "2025-10-02T00:00:00Z",
    }


def _batch(server, batch_id: str = "b1") -> Dict[str, Any]:
    return {
        "id": batch_id,
        "type": "message_batch",
        "processing_status": "ended",
        "request_counts": {"processing": 0, "succeeded": 0, "errored": 0, "canceled": 2, "expired": 0},
        "created_at": "2025-01-01T00:00:00Z",
        "expires_at": "2025-01-02T00:00:00Z",
        "ended_at": "2025-01-01T01:00:00Z",
        "archived_at": None,
        "cancel_initiated_at": None,
        "results_url": f"{server.base_url}/v1/messages/batches/{batch_id}/results",
    }


class Part:
    def __init__(self, name: Optional[str], filename: Optional[str], content_type: str, data: bytes) -> None:
        self.name = name
        self.filename = filename
        self.content_type = content_type
        self.data = data

    def __repr__(self) -> str:
        return f"Part({self.name!r}, {self.filename!r}, {self.content_type!r}, {self.data!r})"


def _multipart_parts(request) -> List[Part]:
    """Parse a recorded multipart/form-data body into its parts (stdlib email parser)."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary="), content_type
    raw = f"Content-Type: {content_type}\r\n\r\n".encode() + request.body
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    assert message.is_multipart()
    parts = []
    for part in message.iter_parts():
        disposition = part.get("content-disposition")
        parts.append(
            Part(
                name=disposition.params.get("name"),
                filename=disposition.params.get("filename"),
                content_type=part.get_content_type(),
                data=part.get_payload(decode=True),
            )
        )
    return parts


def _script_upload(server, count: int = 1) -> None:
    server.add("POST", "/v1/files", [Reply(body=_file_metadata()) for _ in range(count)])


def _results_route(server, batch_id: str = "b1") -> str:
    # 0.79 first retrieves the batch and then follows its `results_url`; scripting both
    # lets these tests describe the results behaviour whichever way the URL is found.
    server.add("GET", f"/v1/messages/batches/{batch_id}", Reply(body=_batch(server, batch_id)))
    return f"/v1/messages/batches/{batch_id}/results"


def _results_request(server):
    (sent,) = [r for r in server.requests if r.path.endswith("/results")]
    return sent


def _result_line(i: int) -> Dict[str, Any]:
    return {"custom_id": f"r{i}", "result": {"type": "canceled"}}


def _jsonl_chunks(lines: int, per_chunk: int = 200) -> Iterator[bytes]:
    """A JSON Lines body made lazily, a few KB at a time, so the server never holds all of it."""
    for start in range(0, lines, per_chunk):
        stop = min(lines, start + per_chunk)
        yield "".join(f'{{"custom_id":"r{i}","result":{{"type":"canceled"}}}}\n' for i in range(start, stop)).encode()


@pytest.fixture
def client(scripted_server) -> Iterator[anthropic.Anthropic]:
    with anthropic.Anthropic(api_key="sk-test", base_url=scripted_server.base_url, max_retries=0) as client:
        yield client


@pytest.fixture
def async_client(scripted_server) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key="sk-test", base_url=scripted_server.base_url, max_retries=0)


# -- 1. uploads ------------------------------------------------------------------------------


def _upload_inputs(tmp_path: pathlib.Path) -> Dict[str, Any]:
    (tmp_path / "notes.txt").write_bytes(b"hello")
    (tmp_path / "page.pdf").write_bytes(b"%PDF-1")
    return {
        "bytes": (b"hello", "upload", "application/octet-stream", b"hello"),
        "bytesio": (io.BytesIO(b"hello"), "upload", "application/octet-stream", b"hello"),
        "open_file": ((tmp_path / "notes.txt").open("rb"), "notes.txt", "text/plain", b"hello"),
        "path": (tmp_path / "page.pdf", "page.pdf", "application/pdf", b"%PDF-1"),
        "tuple": (("data.csv", b"a,b\n", "text/csv"), "data.csv", "text/csv", b"a,b\n"),
        "file_from_path": (anthropic.file_from_path(str(tmp_path / "notes.txt")), "notes.txt", "text/plain", b"hello"),
    }


UPLOAD_KINDS = ["bytes", "bytesio", "open_file", "path", "tuple", "file_from_path"]


@pytest.mark.parametrize("kind", UPLOAD_KINDS)
def test_upload_sends_one_multipart_file_part_with_filename_and_content_type(client, scripted_server, tmp_path, kind):
    file, filename, content_type, data = _upload_inputs(tmp_path)[kind]
    _script_upload(scripted_server)
    try:
        metadata = client.beta.files.upload(file=file, betas=[FILES_BETA])
    finally:
        if hasattr(file, "close"):
            file.close()

    assert isinstance(metadata, FileMetadata)
    assert metadata.id == "file_1"
    (sent,) = scripted_server.requests
    assert sent.method == "POST"
    assert FILES_BETA in sent.headers["anthropic-beta"].split(",")
    parts = _multipart_parts(sent)
    assert [(p.name, p.filename, p.content_type, p.data) for p in parts] == [("file", filename, content_type, data)]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", UPLOAD_KINDS)
async def test_async_upload_sends_one_multipart_file_part_with_filename_and_content_type(
    async_client, scripted_server, tmp_path, kind
):
    file, filename, content_type, data = _upload_inputs(tmp_path)[kind]
    _script_upload(scripted_server)
    try:
        async with async_client:
            metadata = await async_client.beta.files.upload(file=file, betas=[FILES_BETA])
    finally:
        if hasattr(file, "close"):
            file.close()

    assert isinstance(metadata, FileMetadata)
    (sent,) = scripted_server.requests
    assert FILES_BETA in sent.headers["anthropic-beta"].split(",")
    parts = _multipart_parts(sent)
    assert [(p.name, p.filename, p.content_type, p.data) for p in parts] == [("file", filename, content_type, data)]


@pytest.mark.parametrize("bad", [42, 4.5, "notes.txt", {"a": 1}])
def test_upload_of_a_non_file_raises_type_error_naming_the_type(client, scripted_server, bad):
    with pytest.raises(TypeError) as info:
        client.beta.files.upload(file=bad, betas=[FILES_BETA])
    assert type(bad).__name__ in str(info.value)
    assert "file" in str(info.value)
    assert scripted_server.requests == []


@pytest.mark.anyio
async def test_async_upload_of_a_non_file_raises_type_error_naming_the_type(async_client, scripted_server):
    async with async_client:
        with pytest.raises(TypeError, match=r"\bint\b"):
            await async_client.beta.files.upload(file=42, betas=[FILES_BETA])
    assert scripted_server.requests == []


def _version_created() -> Dict[str, Any]:
    return {
        "id": "v1",
        "type": "skill_version",
        "skill_id": "s",
        "version": "1",
        "name": "s",
        "description": "d",
        "directory": "s",
        "created_at": "2025-10-02T00:00:00Z",
    }


def _skill_files(tmp_path: pathlib.Path) -> List[Any]:
    (tmp_path / "helper.py").write_bytes(b"print(1)\n")
    return [("s/SKILL.md", b"# Skill\n", "text/markdown"), tmp_path / "helper.py", b"raw"]


def _assert_each_skill_file_is_its_own_part(sent) -> None:
    parts = _multipart_parts(sent)
    assert [(p.name, p.filename, p.data) for p in parts] == [
        ("files[]", "s/SKILL.md", b"# Skill\n"),
        ("files[]", "helper.py", b"print(1)\n"),
        ("files[]", "upload", b"raw"),
    ]
    assert parts[0].content_type == "text/markdown"
    assert SKILLS_BETA in sent.headers["anthropic-beta"].split(",")


def test_skill_version_create_sends_each_file_as_its_own_part(client, scripted_server, tmp_path):
    scripted_server.add("POST", "/v1/skills/s/versions", Reply(body=_version_created()))
    client.beta.skills.versions.create(skill_id="s", files=_skill_files(tmp_path), betas=[SKILLS_BETA])
    _assert_each_skill_file_is_its_own_part(scripted_server.requests[0])


@pytest.mark.anyio
async def test_async_skill_version_create_sends_each_file_as_its_own_part(async_client, scripted_server, tmp_path):
    scripted_server.add("POST", "/v1/skills/s/versions", Reply(body=_version_created()))
    async with async_client:
        await async_client.beta.skills.versions.create(skill_id="s", files=_skill_files(tmp_path), betas=[SKILLS_BETA])
    _assert_each_skill_file_is_its_own_part(scripted_server.requests[0])


def test_multipart_files_sends_each_item_of_a_file_list_as_its_own_part(client, scripted_server, tmp_path):
    # The runtime half of skill uploads, independent of how the method is generated.
    from anthropic._utils import multipart_files

    scripted_server.add("POST", "/v1/skills/s/versions", Reply(body=_version_created()))
    client.post(
        "/v1/skills/s/versions",
        cast_to=object,
        body={},
        files=multipart_files({"files": iter(_skill_files(tmp_path))}),
        options={"headers": {"anthropic-beta": SKILLS_BETA}},
    )
    _assert_each_skill_file_is_its_own_part(scripted_server.requests[0])


def test_file_content_in_a_multipart_form_field_raises_type_error_naming_the_field(client, scripted_server):
    # What a method that leaves its files in the body would otherwise send: b'...' reprs as text.
    with pytest.raises(TypeError, match=r"form field `files\[\]` holds file content \(bytes\)"):
        client.post("/v1/skills/s/versions", cast_to=object, body={"files": [b"raw"]}, files=[])
    assert scripted_server.requests == []


def test_multipart_request_without_file_parts_still_sends_form_data(client, scripted_server):
    scripted_server.add("POST", "/v1/skills", Reply(body={"id": "s"}))
    client.post("/v1/skills", cast_to=object, body={"display_title": "T"}, files=[])
    parts = _multipart_parts(scripted_server.requests[0])
    assert [(p.name, p.filename, p.data) for p in parts] == [("display_title", None, b"T")]


# -- 2. downloads ----------------------------------------------------------------------------

DOWNLOAD_PATH = "/v1/files/file_1/content"
BINARY = {"content-type": "application/octet-stream"}


def test_download_returns_a_binary_response_with_the_body_loaded(client, scripted_server, tmp_path):
    scripted_server.add("GET", DOWNLOAD_PATH, Reply(body=b"\x00\x01binary\xff", headers=BINARY))
    response = client.beta.files.download("file_1", betas=[FILES_BETA])

    assert type(response) is BinaryAPIResponse
    assert response.http_response.is_stream_consumed  # read up front, as in 0.79
    assert response.read() == b"\x00\x01binary\xff"
    assert b"".join(response.iter_bytes()) == b"\x00\x01binary\xff"
    target = tmp_path / "out.bin"
    response.write_to_file(target)
    assert target.read_bytes() == b"\x00\x01binary\xff"
    (sent,) = scripted_server.requests
    assert FILES_BETA in sent.headers["anthropic-beta"].split(",")


@pytest.mark.anyio
async def test_async_download_returns_a_binary_response_with_the_body_loaded(async_client, scripted_server, tmp_path):
    scripted_server.add("GET", DOWNLOAD_PATH, Reply(body=b"abc", headers=BINARY))
    async with async_client:
        response = await async_client.beta.files.download("file_1", betas=[FILES_BETA])
        assert type(response) is AsyncBinaryAPIResponse
        assert await response.read() == b"abc"
        assert [chunk async for chunk in response.iter_bytes()] == [b"abc"]
        target = tmp_path / "out.bin"
        await response.write_to_file(target)
    assert target.read_bytes() == b"abc"


def test_streaming_download_yields_the_first_chunk_before_the_last_is_sent(client, scripted_server):
    scripted_server.add("GET", DOWNLOAD_PATH, Reply(chunks=[b"first", b"second"], delay=0.6, headers=BINARY))
    started = time.monotonic()
    with client.beta.files.with_streaming_response.download("file_1", betas=[FILES_BETA]) as response:
        assert type(response) is StreamedBinaryAPIResponse
        assert not response.http_response.is_stream_consumed
        assert not response.is_closed
        chunks = response.iter_bytes()
        assert next(chunks) == b"first"
        first_at = time.monotonic() - started
        assert list(chunks) == [b"second"]
        last_at = time.monotonic() - started
    assert response.is_closed
    assert first_at < 0.5 <= last_at


@pytest.mark.anyio
async def test_async_streaming_download_yields_the_first_chunk_before_the_last_is_sent(async_client, scripted_server):
    scripted_server.add("GET", DOWNLOAD_PATH, Reply(chunks=[b"first", b"second"], delay=0.6, headers=BINARY))
    started = time.monotonic()
    async with async_client:
        async with async_client.beta.files.with_streaming_response.download("file_1") as response:
            assert not response.http_response.is_stream_consumed
            chunks = response.iter_bytes()
            assert await chunks.__anext__() == b"first"
            first_at = time.monotonic() - started
            assert [c async for c in chunks] == [b"second"]
            last_at = time.monotonic() - started
        assert response.is_closed
    assert first_at < 0.5 <= last_at


def test_streaming_download_is_a_streamed_binary_response_that_streams_to_file(client, scripted_server, tmp_path):
    scripted_server.add("GET", DOWNLOAD_PATH, Reply(chunks=[b"ab", b"cd"], headers=BINARY))
    target = tmp_path / "streamed.bin"
    with client.beta.files.with_streaming_response.download("file_1") as response:
        assert type(response) is StreamedBinaryAPIResponse
        response.stream_to_file(target)
    assert target.read_bytes() == b"abcd"


@pytest.mark.anyio
async def test_async_streaming_download_is_an_async_streamed_binary_response(async_client, scripted_server, tmp_path):
    scripted_server.add("GET", DOWNLOAD_PATH, Reply(chunks=[b"ab", b"cd"], headers=BINARY))
    target = tmp_path / "streamed.bin"
    async with async_client:
        async with async_client.beta.files.with_streaming_response.download("file_1") as response:
            assert type(response) is AsyncStreamedBinaryAPIResponse
            await response.stream_to_file(target)
    assert target.read_bytes() == b"abcd"


def test_raw_download_is_a_binary_response_that_parses_to_bytes(client, scripted_server):
    scripted_server.add("GET", DOWNLOAD_PATH, Reply(body=b"\xffraw", headers=BINARY))
    response = client.beta.files.with_raw_response.download("file_1")
    assert type(response) is BinaryAPIResponse
    assert response.parse() == b"\xffraw"


# -- 3. batch results (JSON Lines) -----------------------------------------------------------

JSONL = {"content-type": "application/x-jsonl"}
TWO_RESULTS = [
    {
        "custom_id": "ok",
        "result": {
            "type": "succeeded",
            "message": {
                "id": "msg_1",
                "type": "message",
                "role": "assistant",
                "model": "claude-opus-4-6",
                "content": [{"type": "text", "text": "Hi", "citations": None}],
                "stop_reason": "end_turn",
                "stop_sequence": None,
                "usage": {"input_tokens": 1, "output_tokens": 1},
            },
        },
    },
    {"custom_id": "gone", "result": {"type": "expired"}},
]


def _assert_two_results(results: List[Any], item_type: type) -> None:
    assert [type(r) for r in results] == [item_type, item_type]
    assert [r.custom_id for r in results] == ["ok", "gone"]
    assert [r.result.type for r in results] == ["succeeded", "expired"]
    assert results[0].result.message.content[0].text == "Hi"


def _split(body: bytes, size: int) -> List[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)]


def test_batch_results_yield_one_typed_response_per_jsonl_line(client, scripted_server):
    path = _results_route(scripted_server)
    # 7-byte chunks: lines arrive split across chunk boundaries.
    scripted_server.add("GET", path, Reply(chunks=_split(jsonl(*TWO_RESULTS), 7), headers=JSONL))
    results = list(client.messages.batches.results("b1"))
    _assert_two_results(results, MessageBatchIndividualResponse)
    assert "x-api-key" in _results_request(scripted_server).headers


def test_beta_batch_results_yield_beta_typed_responses(client, scripted_server):
    from anthropic.types.beta.messages import BetaMessageBatchIndividualResponse

    path = _results_route(scripted_server)
    scripted_server.add("GET", path, Reply(chunks=[jsonl(*TWO_RESULTS)], headers=JSONL))
    results = list(client.beta.messages.batches.results("b1", betas=["message-batches-2024-09-24"]))
    _assert_two_results(results, BetaMessageBatchIndividualResponse)
    assert "message-batches-2024-09-24" in _results_request(scripted_server).headers["anthropic-beta"].split(",")


@pytest.mark.anyio
async def test_async_batch_results_yield_one_typed_response_per_jsonl_line(async_client, scripted_server):
    path = _results_route(scripted_server)
    scripted_server.add("GET", path, Reply(chunks=_split(jsonl(*TWO_RESULTS), 7), headers=JSONL))
    async with async_client:
        decoder = await async_client.messages.batches.results("b1")
        results = [r async for r in decoder]
    _assert_two_results(results, MessageBatchIndividualResponse)


@pytest.mark.anyio
async def test_async_beta_batch_results_yield_beta_typed_responses(async_client, scripted_server):
    from anthropic.types.beta.messages import BetaMessageBatchIndividualResponse

    path = _results_route(scripted_server)
    scripted_server.add("GET", path, Reply(chunks=[jsonl(*TWO_RESULTS)], headers=JSONL))
    async with async_client:
        results = [r async for r in await async_client.beta.messages.batches.results("b1")]
    _assert_two_results(results, BetaMessageBatchIndividualResponse)


def test_batch_results_are_requested_as_a_stream_not_read_up_front(client, scripted_server):
    path = _results_route(scripted_server)
    scripted_server.add("GET", path, Reply(chunks=[jsonl(TWO_RESULTS[0]), jsonl(TWO_RESULTS[1])], delay=0.6))
    started = time.monotonic()
    decoder = client.messages.batches.results("b1")
    returned_at = time.monotonic() - started
    assert not decoder.http_response.is_stream_consumed
    assert next(iter(decoder)).custom_id == "ok"
    assert returned_at < 0.5
    assert [r.custom_id for r in decoder] == ["gone"]
    assert decoder.http_response.is_closed


def test_malformed_batch_result_line_raises_a_typed_error_naming_the_line_number(client, scripted_server):
    path = _results_route(scripted_server)
    body = jsonl(_result_line(1), _result_line(2)) + b'{"custom_id": "r3", oops}\n' + jsonl(_result_line(4))
    scripted_server.add("GET", path, Reply(chunks=_split(body, 10), headers=JSONL))
    results = client.messages.batches.results("b1")
    seen = []
    with pytest.raises(anthropic.AnthropicError) as info:
        for result in results:
            seen.append(result.custom_id)
    assert isinstance(info.value, anthropic.APIResponseValidationError)
    assert seen == ["r1", "r2"]
    assert "line 3" in str(info.value)
    assert "not valid JSON" in str(info.value)
    assert results.http_response.is_closed


@pytest.mark.anyio
async def test_async_malformed_batch_result_line_raises_a_typed_error_naming_the_line_number(
    async_client, scripted_server
):
    path = _results_route(scripted_server)
    body = jsonl(_result_line(1)) + b"\n" + b"not json\n"
    scripted_server.add("GET", path, Reply(chunks=[body], headers=JSONL))
    async with async_client:
        results = await async_client.messages.batches.results("b1")
        with pytest.raises(anthropic.APIResponseValidationError, match=r"line 3\b"):
            async for _ in results:
                pass


def test_truncated_batch_results_name_the_last_line(client, scripted_server):
    path = _results_route(scripted_server)
    body = jsonl(_result_line(1)) + b'{"custom_id": "r2", "res'
    scripted_server.add("GET", path, Reply(chunks=[body], headers=JSONL))
    with pytest.raises(anthropic.APIResponseValidationError, match=r"line 2\b.*truncated|truncated.*line 2\b"):
        list(client.messages.batches.results("b1"))


def _peak_while_iterating(client, scripted_server, lines: int) -> int:
    path = _results_route(scripted_server)
    scripted_server.add("GET", path, Reply(chunks=_jsonl_chunks(lines), headers=JSONL))
    gc.collect()
    tracemalloc.reset_peak()
    baseline = tracemalloc.get_traced_memory()[0]
    count = 0
    last = None
    for result in client.messages.batches.results("b1"):
        count += 1
        last = result
    peak = tracemalloc.get_traced_memory()[1] - baseline
    assert count == lines
    assert isinstance(last, MessageBatchIndividualResponse)
    assert last.custom_id == f"r{lines - 1}"
    scripted_server.reset()
    return peak


def test_batch_results_memory_does_not_grow_with_the_number_of_lines(client, scripted_server):
    small_lines, big_lines = 10_000, 100_000
    big_body_size = sum(len(chunk) for chunk in _jsonl_chunks(big_lines))
    tracemalloc.start()
    try:
        _peak_while_iterating(client, scripted_server, 1_000)  # warm up imports, pools, caches
        small_peak = _peak_while_iterating(client, scripted_server, small_lines)
        big_peak = _peak_while_iterating(client, scripted_server, big_lines)
    finally:
        tracemalloc.stop()
    assert big_peak < 2 * small_peak, (small_peak, big_peak)
    assert big_peak < big_body_size / 10, (big_peak, big_body_size)


# -- 4. pagination ---------------------------------------------------------------------------


def _files_page(ids: List[str], has_more: bool) -> Dict[str, Any]:
    return {"data": [_file_metadata(i) for i in ids], "has_more": has_more, "first_id": ids[0], "last_id": ids[-1]}


def _script_file_pages(server) -> None:
    server.add(
        "GET", "/v1/files", [Reply(body=_files_page(["f1", "f2"], True)), Reply(body=_files_page(["f3"], False))]
    )


def _assert_file_page_requests(server) -> None:
    first, second = server.requests
    assert "after_id" not in first.query
    assert second.query["after_id"] == "f2"
    assert second.query["limit"] == "2"
    assert FILES_BETA in second.headers["anthropic-beta"].split(",")


def test_files_list_auto_paginates_with_after_id(client, scripted_server):
    _script_file_pages(scripted_server)
    files = list(client.beta.files.list(limit=2, betas=[FILES_BETA]))
    assert [f.id for f in files] == ["f1", "f2", "f3"]
    assert all(isinstance(f, FileMetadata) for f in files)
    _assert_file_page_requests(scripted_server)


@pytest.mark.anyio
async def test_async_files_list_auto_paginates_with_after_id(async_client, scripted_server):
    _script_file_pages(scripted_server)
    async with async_client:
        files = [f async for f in async_client.beta.files.list(limit=2, betas=[FILES_BETA])]
    assert [f.id for f in files] == ["f1", "f2", "f3"]
    assert all(isinstance(f, FileMetadata) for f in files)
    _assert_file_page_requests(scripted_server)


def _skills_page(ids: List[str], next_page: Optional[str]) -> Dict[str, Any]:
    return {"data": [_skill(i) for i in ids], "has_more": next_page is not None, "next_page": next_page}


def _script_skill_pages(server) -> None:
    first, last = _skills_page(["s1", "s2"], "cursor_2"), _skills_page(["s3"], None)
    server.add("GET", "/v1/skills", [Reply(body=first), Reply(body=last)])


def _assert_skill_page_requests(server) -> None:
    first, second = server.requests
    assert "page" not in first.query
    # SyncPageCursor in 0.79 sends the `next_page` token back as `page`.
    assert second.query["page"] == "cursor_2"
    assert second.query["limit"] == "2"


def test_skills_list_auto_paginates_with_the_page_cursor(client, scripted_server):
    _script_skill_pages(scripted_server)
    page = client.beta.skills.list(limit=2, betas=[SKILLS_BETA])
    assert type(page).__name__.startswith("SyncPageCursor")
    assert [s.id for s in page] == ["s1", "s2", "s3"]
    _assert_skill_page_requests(scripted_server)


@pytest.mark.anyio
async def test_async_skills_list_auto_paginates_with_the_page_cursor(async_client, scripted_server):
    first, last = _skills_page(["s1", "s2"], "cursor_2"), _skills_page(["s3"], None)
    scripted_server.add("GET", "/v1/skills", [Reply(body=first), Reply(body=first), Reply(body=last)])
    async with async_client:
        first = await async_client.beta.skills.list(limit=2)
        assert type(first).__name__.startswith("AsyncPageCursor")
        assert first.next_page == "cursor_2"
        skills = [s async for s in async_client.beta.skills.list(limit=2)]
    assert [s.id for s in skills] == ["s1", "s2", "s3"]
    requests = scripted_server.requests
    assert [r.query.get("page") for r in requests] == [None, None, "cursor_2"]


def test_download_body_is_never_json_decoded(client, scripted_server):
    # Sanity: a binary body is never JSON-decoded, even if it happens to be valid JSON.
    scripted_server.add(
        "GET", DOWNLOAD_PATH, Reply(body=json.dumps({"a": 1}), headers={"content-type": "application/json"})
    )
    response = client.beta.files.download("file_1")
    assert response.read() == b'{"a": 1}'
