"""The SSE decoder (`anthropic._sse`) fed byte chunks the way a network delivers them."""

import anyio
import pytest
from anthropic._sse import SSEDecoder


def decode(chunks):
    return list(SSEDecoder().iter_bytes(iter(chunks)))


def as_tuples(events):
    return [(e.event, e.data, e.id, e.retry) for e in events]


STREAM = "event: a\ndata: 1\n\ndata: x\ndata: y\n\n"


@pytest.mark.parametrize("eol", ["\n", "\r", "\r\n"])
def test_every_line_ending_kind_yields_the_same_events(eol):
    payload = STREAM.replace("\n", eol).encode()
    assert as_tuples(decode([payload])) == [("a", "1", None, None), (None, "x\ny", None, None)]


@pytest.mark.parametrize("eol", ["\n", "\r", "\r\n"])
def test_byte_by_byte_chunks_decode_like_one_chunk(eol):
    payload = STREAM.replace("\n", eol).encode()
    assert as_tuples(decode([payload[i : i + 1] for i in range(len(payload))])) == as_tuples(decode([payload]))


def test_cr_at_chunk_end_and_lf_at_next_chunk_start_is_one_line_break():
    events = decode([b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"])
    assert as_tuples(events) == [(None, "a\nb", None, None)]


def test_comments_are_ignored_and_id_retry_are_reported():
    events = decode([b": keep-alive\nid: 7\nretry: 1500\nevent: e\ndata: d\n\n: bye\n"])
    assert as_tuples(events) == [("e", "d", "7", 1500)]


def test_last_event_id_persists_and_bad_retry_is_ignored():
    events = decode([b"id: 1\ndata: a\n\nretry: soon\ndata: b\n\n"])
    assert as_tuples(events) == [(None, "a", "1", None), (None, "b", "1", None)]


def test_leading_bom_is_stripped_even_when_split():
    events = decode([b"\xef", b"\xbb", b"\xbfdata: x\n\n"])
    assert as_tuples(events) == [(None, "x", None, None)]


def test_field_without_space_and_colon_in_value():
    events = decode([b"data:a: b\n\n"])
    assert events[0].data == "a: b"


def test_multibyte_utf8_split_across_chunks():
    raw = "data: héllo ✓\n\n".encode()
    events = decode([raw[i : i + 1] for i in range(len(raw))])
    assert events[0].data == "héllo ✓"


def test_unterminated_final_event_is_discarded():
    assert as_tuples(decode([b"data: a\n\ndata: partial"])) == [(None, "a", None, None)]


def test_json_helper_parses_data():
    (event,) = decode([b'data: {"a": [1, 2]}\n\n'])
    assert event.json() == {"a": [1, 2]}


def test_four_mib_single_event_in_1kib_chunks_is_decoded_intact():
    body = b"x" * (4 * 1024 * 1024)
    payload = b"event: big\ndata: " + body + b"\n\n"
    chunks = [payload[i : i + 1024] for i in range(0, len(payload), 1024)]
    (event,) = decode(chunks)
    assert event.event == "big"
    assert len(event.data) == len(body)
    assert event.data == body.decode()


def test_many_data_lines_are_joined_with_newlines():
    lines = b"".join(b"data: %d\n" % i for i in range(20000)) + b"\n"
    chunks = [lines[i : i + 1000] for i in range(0, len(lines), 1000)]
    (event,) = decode(chunks)
    assert event.data.split("\n") == [str(i) for i in range(20000)]


def test_decode_line_api():
    decoder = SSEDecoder()
    assert decoder.decode("event: ping") is None
    assert decoder.decode("data: {}") is None
    event = decoder.decode("")
    assert (event.event, event.data) == ("ping", "{}")


async def _collect_async(chunks):
    async def gen():
        for c in chunks:
            yield c

    return [e async for e in SSEDecoder().aiter_bytes(gen())]


def test_async_decoding_matches_sync():
    payload = STREAM.replace("\n", "\r\n").encode()
    chunks = [payload[i : i + 3] for i in range(0, len(payload), 3)]
    events = anyio.run(_collect_async, chunks)
    assert as_tuples(events) == as_tuples(decode([payload]))


def test_mixed_line_endings_in_one_chunk_keep_every_event_in_order():
    # The decoder remembers where the next CR and LF are; lines of one kind must not hide the other.
    body = b"data: a\n\ndata: b\n\ndata: c\r\rdata: d\r\n\r\ndata: e\n\n"
    events = list(SSEDecoder().iter_bytes([body]))
    assert [e.data for e in events] == ["a", "b", "c", "d", "e"]


def test_mixed_line_endings_split_across_chunks_after_compaction():
    # Enough bytes before the interesting part that the buffer is compacted between chunks.
    body = b"".join(b"data: %d\n\n" % i for i in range(2000)) + b"data: x\r\rdata: y\r\n\r\n"
    chunks = [body[i : i + 97] for i in range(0, len(body), 97)]
    events = list(SSEDecoder().iter_bytes(chunks))
    assert [e.data for e in events][-3:] == ["1999", "x", "y"]
    assert len(events) == 2002
