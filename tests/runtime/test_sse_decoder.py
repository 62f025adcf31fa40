import importlib

import pytest


@pytest.fixture(scope="module")
def sse(rt):
    return importlib.import_module(f"{rt.__name__}._sse")


def decode(sse, chunks):
    return list(sse.SSEDecoder().iter_bytes(iter(chunks)))


def as_tuples(events):
    return [(e.event, e.data, e.id, e.retry) for e in events]


STREAM = "event: a\ndata: 1\n\ndata: x\ndata: y\n\n"


@pytest.mark.parametrize("eol", ["\n", "\r", "\r\n"])
def test_every_line_ending_kind_yields_the_same_events(sse, eol):
    payload = STREAM.replace("\n", eol).encode()
    assert as_tuples(decode(sse, [payload])) == [("a", "1", None, None), (None, "x\ny", None, None)]


@pytest.mark.parametrize("eol", ["\n", "\r", "\r\n"])
def test_byte_by_byte_chunks_decode_like_one_chunk(sse, eol):
    payload = STREAM.replace("\n", eol).encode()
    assert as_tuples(decode(sse, [payload[i : i + 1] for i in range(len(payload))])) == as_tuples(
        decode(sse, [payload])
    )


def test_cr_at_chunk_end_and_lf_at_next_chunk_start_is_one_line_break(sse):
    events = decode(sse, [b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"])
    assert as_tuples(events) == [(None, "a\nb", None, None)]


def test_comments_are_ignored_and_id_retry_are_reported(sse):
    events = decode(sse, [b": keep-alive\nid: 7\nretry: 1500\nevent: e\ndata: d\n\n: bye\n"])
    assert as_tuples(events) == [("e", "d", "7", 1500)]


def test_last_event_id_persists_and_bad_retry_is_ignored(sse):
    events = decode(sse, [b"id: 1\ndata: a\n\nretry: soon\ndata: b\n\n"])
    assert as_tuples(events) == [(None, "a", "1", None), (None, "b", "1", None)]


def test_leading_bom_is_stripped_even_when_split(sse):
    events = decode(sse, [b"\xef", b"\xbb", b"\xbfdata: x\n\n"])
    assert as_tuples(events) == [(None, "x", None, None)]


def test_field_without_space_and_colon_in_value(sse):
    events = decode(sse, [b"data:a: b\n\n"])
    assert events[0].data == "a: b"


def test_multibyte_utf8_split_across_chunks(sse):
    raw = "data: héllo ✓\n\n".encode()
    events = decode(sse, [raw[i : i + 1] for i in range(len(raw))])
    assert events[0].data == "héllo ✓"


def test_unterminated_final_event_is_discarded(sse):
    assert as_tuples(decode(sse, [b"data: a\n\ndata: partial"])) == [(None, "a", None, None)]


def test_json_helper_parses_data(sse):
    (event,) = decode(sse, [b'data: {"a": [1, 2]}\n\n'])
    assert event.json() == {"a": [1, 2]}


def test_four_mib_single_event_in_1kib_chunks_is_decoded_intact(sse):
    body = b"x" * (4 * 1024 * 1024)
    payload = b"event: big\ndata: " + body + b"\n\n"
    chunks = [payload[i : i + 1024] for i in range(0, len(payload), 1024)]
    (event,) = decode(sse, chunks)
    assert event.event == "big"
    assert len(event.data) == len(body)
    assert event.data == body.decode()


def test_many_data_lines_are_joined_with_newlines(sse):
    lines = b"".join(b"data: %d\n" % i for i in range(20000)) + b"\n"
    chunks = [lines[i : i + 1000] for i in range(0, len(lines), 1000)]
    (event,) = decode(sse, chunks)
    assert event.data.split("\n") == [str(i) for i in range(20000)]


def test_decode_line_api(sse):
    decoder = sse.SSEDecoder()
    assert decoder.decode("event: ping") is None
    assert decoder.decode("data: {}") is None
    event = decoder.decode("")
    assert (event.event, event.data) == ("ping", "{}")


async def _collect_async(sse, chunks):
    async def gen():
        for c in chunks:
            yield c

    return [e async for e in sse.SSEDecoder().aiter_bytes(gen())]


def test_async_decoding_matches_sync(sse):
    import anyio

    payload = STREAM.replace("\n", "\r\n").encode()
    chunks = [payload[i : i + 3] for i in range(0, len(payload), 3)]
    events = anyio.run(_collect_async, sse, chunks)
    assert as_tuples(events) == as_tuples(decode(sse, [payload]))
