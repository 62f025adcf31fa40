"""Streaming benchmarks: this SDK against the official anthropic==0.79.0, printed as ratios.

    .venv/bin/python bench/streaming.py [--runs 3] [--quick]

Both SDKs run in their own interpreter (ours from this venv, 0.79 from
/tmp/ref079 or bench/.venv-079, created with pip if missing) against the same
loopback server started here. Figures are medians over ``--runs`` runs (a single
run for 0.79 cases that take seconds):

1. raw stream events/s: `messages.create(stream=True)` over 10,000 events;
2. `messages.stream(...).get_final_message()` over the same stream;
3. tool-input accumulation, 16 KiB -> 1 MiB of JSON in 16-byte `input_json_delta`s
   (0.79 only up to 128 KiB: it re-parses the whole buffer per delta), with the
   log-log slope of time against size;
4. one 16 MiB event arriving in 1 KiB chunks through the SSE decoder.

Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import OURS_PYTHON, LoopbackServer, median, reference_python, run_worker  # noqa: E402

N_EVENTS = 10_000
TOOL_SIZES = [16 << 10, 32 << 10, 64 << 10, 128 << 10, 256 << 10, 512 << 10, 1 << 20]
REF_MAX_TOOL = 128 << 10
HUGE = 16 << 20
CHUNK = 1 << 10
PARAMS = {"max_tokens": 1024, "messages": [{"role": "user", "content": "Say hello there!"}], "model": "claude-opus-4-6"}


# -- what the server sends ----------------------------------------------------------


def _frame(event: Dict[str, Any]) -> str:
    return f"event: {event['type']}\ndata: {json.dumps(event, separators=(',', ':'))}\n\n"


def message_stream_body(n_events: int) -> bytes:
    start = {
        "type": "message_start",
        "message": {
            "id": "msg_bench",
            "type": "message",
            "role": "assistant",
            "model": "claude-opus-4-6",
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 10, "output_tokens": 1},
        },
    }
    frames = [
        _frame(start),
        _frame({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
    ]
    for i in range(n_events - 5):
        frames.append(
            _frame({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": f"w{i} "}})
        )
    frames.append(_frame({"type": "content_block_stop", "index": 0}))
    frames.append(
        _frame(
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": n_events},
            }
        )
    )
    frames.append(_frame({"type": "message_stop"}))
    return "".join(frames).encode()


# -- measurements, run inside each SDK's interpreter --------------------------------


def _tool_events(size: int) -> List[Dict[str, Any]]:
    # many small values, like real tool input (a list of records), rather than one long string
    items: List[Dict[str, Any]] = []
    length = 12
    while length < size:
        item = {"id": len(items), "name": f"item-{len(items)}", "ok": True}
        items.append(item)
        length += len(json.dumps(item)) + 2
    text = json.dumps({"payload": items})
    events: List[Dict[str, Any]] = [
        {
            "type": "message_start",
            "message": {
                "id": "msg_tool",
                "type": "message",
                "role": "assistant",
                "model": "claude-opus-4-6",
                "content": [],
                "stop_reason": None,
                "stop_sequence": None,
                "usage": {"input_tokens": 1, "output_tokens": 1},
            },
        },
        {
            "type": "content_block_start",
            "index": 0,
            "content_block": {
                "type": "tool_use",
                "id": "toolu_1",
                "name": "t",
                "input": {},
                "caller": {"type": "direct"},
            },
        },
    ]
    for i in range(0, len(text), 16):
        events.append(
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "input_json_delta", "partial_json": text[i : i + 16]},
            }
        )
    events.append({"type": "content_block_stop", "index": 0})
    return events


def worker(base_url: str, runs: int, quick: bool) -> Dict[str, Any]:
    import anthropic

    ours = _is_ours()
    client = anthropic.Anthropic(api_key="bench", base_url=base_url, max_retries=0)
    out: Dict[str, Any] = {"version": anthropic.__version__, "ours": ours}

    def raw_stream() -> float:
        t0 = time.perf_counter()
        count = sum(1 for _ in client.messages.create(**PARAMS, stream=True))
        elapsed = time.perf_counter() - t0
        assert count == N_EVENTS, count
        return elapsed

    def final_message() -> float:
        t0 = time.perf_counter()
        with client.messages.stream(**PARAMS) as stream:
            message = stream.get_final_message()
        elapsed = time.perf_counter() - t0
        assert message.usage.output_tokens == N_EVENTS
        return elapsed

    raw_stream()  # warm-up: connection, lazy imports, validators
    final_message()
    out["raw_events_per_s"] = N_EVENTS / median(raw_stream, runs)
    out["final_message_s"] = median(final_message, runs)

    sizes = [s for s in TOOL_SIZES if ours or s <= REF_MAX_TOOL]
    if quick:
        sizes = sizes[:3]
    out["tool_input_s"] = {}
    for size in sizes:
        events = _tool_events(size)
        accumulate = _accumulator(anthropic, ours, events)
        out["tool_input_s"][size] = median(accumulate, runs)

    from anthropic._streaming import SSEDecoder

    payload = b"event: big\ndata: " + b"y" * (HUGE if not quick else HUGE // 16) + b"\n\n"

    def decode() -> float:
        chunks = [payload[i : i + CHUNK] for i in range(0, len(payload), CHUNK)]
        t0 = time.perf_counter()
        events = list(SSEDecoder().iter_bytes(iter(chunks)))
        elapsed = time.perf_counter() - t0
        assert len(events) == 1 and len(events[0].data) == len(payload) - 19
        return elapsed

    out["decode_16mib_s"] = median(decode, runs)
    return out


def _is_ours() -> bool:
    try:
        import anthropic.lib.streaming._accumulator  # noqa: F401
    except ImportError:
        return False
    return True


def _accumulator(anthropic: Any, ours: bool, events: List[Dict[str, Any]]) -> Callable[[], float]:
    """Time to fold already-decoded events into a message, in each SDK's own way."""
    if ours:
        from anthropic.lib.streaming._accumulator import MessageAccumulator
        from anthropic.lib.streaming._messages import _spec

        flavour = _spec().flavour

        def run() -> float:
            t0 = time.perf_counter()
            acc = MessageAccumulator(flavour)
            for event in events:
                acc.feed(event)
            message = acc.snapshot()
            elapsed = time.perf_counter() - t0
            assert len(message.content[0].input["payload"]) > 0
            return elapsed

        return run

    from anthropic._models import construct_type
    from anthropic.lib.streaming._messages import accumulate_event
    from anthropic.types import RawMessageStreamEvent

    typed = [construct_type(type_=RawMessageStreamEvent, value=event) for event in events]

    def run_ref() -> float:
        t0 = time.perf_counter()
        snapshot = None
        for event in typed:
            snapshot = accumulate_event(event=event, current_snapshot=snapshot)
        elapsed = time.perf_counter() - t0
        assert snapshot is not None and len(snapshot.content[0].input["payload"]) > 0
        return elapsed

    return run_ref


# -- driver --------------------------------------------------------------------------


def run_sdk(python: str, base_url: str, runs: int, quick: bool) -> Dict[str, Any]:
    return run_worker(
        python, Path(__file__).resolve(), [base_url, "--runs", str(runs)] + (["--quick"] if quick else [])
    )


def slope(points: Dict[int, float]) -> float:
    xs = [math.log(int(size)) for size in points]
    ys = [math.log(max(t, 1e-9)) for t in points.values()]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument("--worker", metavar="BASE_URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.runs, args.quick)))
        return

    server = LoopbackServer(message_stream_body(N_EVENTS), content_type="text/event-stream")
    ours = run_sdk(OURS_PYTHON, server.base_url, args.runs, args.quick)
    ref = run_sdk(reference_python(), server.base_url, args.runs, args.quick)

    print(f"ours {ours['version']} vs official {ref['version']} (medians of {args.runs} runs)\n")
    print(
        f"raw stream, {N_EVENTS:,} events:  ours {ours['raw_events_per_s']:,.0f} ev/s, "
        f"0.79 {ref['raw_events_per_s']:,.0f} ev/s  -> ratio ours/0.79 = {ours['raw_events_per_s'] / ref['raw_events_per_s']:.2f}x"
    )
    print(
        f"get_final_message, same stream: ours {ours['final_message_s'] * 1e3:.1f} ms, 0.79 {ref['final_message_s'] * 1e3:.1f} ms"
        f"  -> speed ratio ours/0.79 = {ref['final_message_s'] / ours['final_message_s']:.2f}x"
    )
    print("tool-input accumulation, 16-byte deltas:")
    for size, seconds in ours["tool_input_s"].items():
        ref_s = ref["tool_input_s"].get(size)
        extra = f", 0.79 {ref_s * 1e3:9.1f} ms -> {ref_s / seconds:8.1f}x" if ref_s else ""
        print(f"  {int(size) >> 10:5d} KiB: ours {seconds * 1e3:8.2f} ms{extra}")
    print(f"  log-log slope: ours {slope(ours['tool_input_s']):.2f}, 0.79 {slope(ref['tool_input_s']):.2f}")
    huge = "16 MiB" if not args.quick else "1 MiB"
    print(
        f"one {huge} event in 1 KiB chunks through the SSE decoder: ours {ours['decode_16mib_s'] * 1e3:.1f} ms, "
        f"0.79 {ref['decode_16mib_s'] * 1e3:.1f} ms -> {ref['decode_16mib_s'] / ours['decode_16mib_s']:.1f}x"
    )


if __name__ == "__main__":
    main()
