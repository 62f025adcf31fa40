"""Client benchmarks: this SDK against the official anthropic==0.79.0 and raw httpx, printed as ratios.

    .venv/bin/python bench/client.py [--runs 5] [--quick]

Measured, each SDK in its own interpreter against the same loopback server (medians of ``--runs``):

1. cold `import anthropic` in a fresh process: wall time, `-X importtime` total, the time it adds on
   top of `import httpx, pydantic`, modules imported, RSS;
2. `Anthropic()` construction;
3. a sync `messages.create` round trip, with a small and a large JSON response, against the same
   request made with raw httpx (headers and JSON body built by hand, response decoded with `.json()`);
4. async throughput (`AsyncAnthropic`) at 1, 10 and 50 concurrent requests;
5. `with_options()` called in a loop: memory growth.

Not part of the test suite: timings on a shared 2-core machine are only comparable within one run.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import OURS_PYTHON, LoopbackServer, median, reference_python, run_worker  # noqa: E402

PARAMS: Dict[str, Any] = {
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Say hello there!"}],
    "model": "claude-opus-4-6",
}
LARGE_BLOCKS = 400
CONCURRENCY = (1, 10, 50)


def message_body(blocks: int) -> bytes:
    content = [{"type": "text", "text": f"block {i} " + "lorem ipsum " * 50, "citations": None} for i in range(blocks)]
    message = {
        "id": "msg_bench",
        "type": "message",
        "role": "assistant",
        "model": "claude-opus-4-6",
        "content": content,
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 10, "output_tokens": 20, "cache_creation_input_tokens": None},
    }
    return json.dumps(message).encode()


def large_params() -> Dict[str, Any]:
    turns = [{"role": "user" if i % 2 == 0 else "assistant", "content": "word " * 200} for i in range(101)]
    return {**PARAMS, "messages": turns}


# -- measurements, run inside each SDK's interpreter --------------------------------


def _rss_kib() -> int:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    import resource

    return pages * resource.getpagesize() // 1024


def worker(small_url: str, large_url: str, runs: int, quick: bool) -> Dict[str, Any]:
    import asyncio

    import anthropic
    import httpx

    out: Dict[str, Any] = {"version": anthropic.__version__}
    n_construct = 20 if quick else 100

    def construct() -> float:
        t0 = time.perf_counter()
        for _ in range(n_construct):
            anthropic.Anthropic(api_key="bench-key", base_url=small_url)
        return (time.perf_counter() - t0) / n_construct

    construct()
    out["construct_s"] = median(construct, runs)

    headers = {"x-api-key": "bench-key", "anthropic-version": "2023-06-01", "content-type": "application/json"}

    def round_trips(url: str, params: Dict[str, Any], n: int) -> Dict[str, float]:
        client = anthropic.Anthropic(api_key="bench-key", base_url=url, max_retries=0)
        raw = httpx.Client(base_url=url)
        # The SDK sends a dozen telemetry headers, and httpx's cost grows with the header count; a
        # second raw baseline sends exactly the SDK's headers, so the ratio to it is the SDK's own work.
        seen: List[httpx.Headers] = []
        spy = anthropic.Anthropic(
            api_key="bench-key",
            base_url=url,
            max_retries=0,
            http_client=httpx.Client(event_hooks={"request": [lambda request: seen.append(request.headers)]}),
        )
        spy.messages.create(**params)
        sdk_headers = {k: v for k, v in seen[0].items() if k.lower() not in ("content-length", "host")}

        def sdk() -> float:
            t0 = time.perf_counter()
            for _ in range(n):
                message = client.messages.create(**params)
            assert message.id == "msg_bench"
            return (time.perf_counter() - t0) / n

        def plain(sent: Dict[str, str] = headers) -> float:
            t0 = time.perf_counter()
            for _ in range(n):
                response = raw.post("/v1/messages", json=params, headers=sent)
                response.raise_for_status()
                data = response.json()
            assert data["id"] == "msg_bench"
            return (time.perf_counter() - t0) / n

        sdk()
        plain()
        # interleave the two so drift on a busy machine hits both alike
        sdk_times: List[float] = []
        raw_times: List[float] = []
        same_times: List[float] = []
        for _ in range(max(runs, 3)):
            sdk_times.append(sdk())
            raw_times.append(plain())
            same_times.append(plain(sdk_headers))
        client.close()
        raw.close()
        return {
            "sdk_s": statistics.median(sdk_times),
            "raw_s": statistics.median(raw_times),
            "raw_same_headers_s": statistics.median(same_times),
        }

    out["small"] = round_trips(small_url, PARAMS, 50 if quick else 300)
    out["large"] = round_trips(large_url, large_params(), 10 if quick else 60)

    async def throughput(concurrency: int, total: int, raw: bool = False) -> float:
        client = anthropic.AsyncAnthropic(api_key="bench-key", base_url=small_url, max_retries=0)
        plain = httpx.AsyncClient(base_url=small_url, limits=httpx.Limits(max_connections=1000))
        gate = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with gate:
                if raw:
                    (await plain.post("/v1/messages", json=PARAMS, headers=headers)).json()
                else:
                    await client.messages.create(**PARAMS)

        await asyncio.gather(*(one() for _ in range(concurrency)))  # open the connections
        t0 = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(total)))
        elapsed = time.perf_counter() - t0
        await client.close()
        await plain.aclose()
        return total / elapsed

    out["async_rps"] = {}
    for concurrency in CONCURRENCY:
        total = 100 if quick else 400
        rates = [asyncio.run(throughput(concurrency, total)) for _ in range(max(1, runs // 2))]
        out["async_rps"][concurrency] = statistics.median(rates)
        # the same load through raw httpx: the ceiling the loopback server allows
        raw_rates = [asyncio.run(throughput(concurrency, total, raw=True)) for _ in range(max(1, runs // 2))]
        out.setdefault("async_raw_rps", {})[concurrency] = statistics.median(raw_rates)

    import gc

    client = anthropic.Anthropic(api_key="bench-key", base_url=small_url)
    for i in range(200):
        client.with_options(timeout=float(i % 7 + 1))
    gc.collect()
    before = _rss_kib()
    for i in range(2000 if quick else 10_000):
        client.with_options(timeout=float(i % 7 + 1), max_retries=i % 3)
    gc.collect()
    out["with_options_growth_kib"] = _rss_kib() - before
    return out


# -- import, measured from outside ---------------------------------------------------

_PROBE = (
    "import json, resource, sys, time; t0 = time.perf_counter(); import anthropic; "
    "t = time.perf_counter() - t0; "
    "print(json.dumps({'s': t, 'own': sum(1 for m in sys.modules if m == 'anthropic' or m.startswith('anthropic.')), "
    "'all': len(sys.modules), 'rss_kib': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))"
)
_BASE_PROBE = (
    "import json, time; t0 = time.perf_counter(); import httpx, pydantic; "
    "print(json.dumps({'s': time.perf_counter() - t0}))"
)
# `import pydantic` defers its model machinery to the first model class; every pydantic-based SDK
# pays for that, so the second baseline includes one model definition.
_MODEL_PROBE = (
    "import json, time; t0 = time.perf_counter(); import httpx, pydantic\n"
    "class M(pydantic.BaseModel):\n    x: int\n"
    "print(json.dumps({'s': time.perf_counter() - t0}))"
)


def import_figures(python: str, runs: int) -> Dict[str, float]:
    def probe(code: str, *flags: str) -> subprocess.CompletedProcess:
        return subprocess.run([python, *flags, "-c", code], capture_output=True, text=True, cwd="/tmp", check=True)

    probe(_PROBE)  # warm the OS file cache and any bytecode compilation
    samples = [json.loads(probe(_PROBE).stdout) for _ in range(runs)]
    base = [json.loads(probe(_BASE_PROBE).stdout)["s"] for _ in range(runs)]
    with_model = [json.loads(probe(_MODEL_PROBE).stdout)["s"] for _ in range(runs)]
    importtime = []
    for _ in range(runs):
        stderr = probe("import anthropic", "-X", "importtime").stderr
        # the last line naming the package itself carries the cumulative time of the whole import
        totals = [int(m.group(1)) for m in re.finditer(r"\|\s*(\d+)\s*\|\s*anthropic\s*$", stderr, re.M)]
        importtime.append(totals[-1] / 1e6)
    return {
        "wall_s": statistics.median(s["s"] for s in samples),
        "importtime_s": statistics.median(importtime),
        "on_top_s": statistics.median(s["s"] for s in samples) - statistics.median(base),
        "on_top_model_s": statistics.median(s["s"] for s in samples) - statistics.median(with_model),
        "own_modules": samples[0]["own"],
        "all_modules": samples[0]["all"],
        "rss_kib": statistics.median(s["rss_kib"] for s in samples),
    }


# -- driver --------------------------------------------------------------------------


def _row(label: str, ours: float, ref: float, unit: str, scale: float = 1.0, lower_is_better: bool = True) -> str:
    ratio = ours / ref if ref else float("nan")
    better = "lower is better" if lower_is_better else "higher is better"
    return f"  {label:<44} {ours * scale:>10.3f} {ref * scale:>10.3f} {unit:<6} {ratio:>7.2f}x  ({better})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="fewer requests, for a smoke run")
    parser.add_argument("--worker", nargs=2, metavar=("SMALL_URL", "LARGE_URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(*args.worker, args.runs, args.quick)))
        return

    reference = reference_python()
    small = LoopbackServer(message_body(1))
    large = LoopbackServer(message_body(LARGE_BLOCKS))
    script = Path(__file__).resolve()
    worker_args = [small.base_url, large.base_url, "--runs", str(args.runs)] + (["--quick"] if args.quick else [])
    imp_ours, imp_ref = import_figures(OURS_PYTHON, args.runs), import_figures(reference, args.runs)
    ours = run_worker(OURS_PYTHON, script, worker_args)
    ref = run_worker(reference, script, worker_args)

    print(f"ours {ours['version']} vs official {ref['version']}; medians of {args.runs} runs\n")
    print(f"  {'':<44} {'ours':>10} {'0.79':>10} {'':<6} {'ours/0.79':>8}")
    print(_row("import anthropic, wall", imp_ours["wall_s"], imp_ref["wall_s"], "ms", 1e3))
    print(_row("import anthropic, -X importtime total", imp_ours["importtime_s"], imp_ref["importtime_s"], "ms", 1e3))
    print(_row("  on top of import httpx, pydantic", imp_ours["on_top_s"], imp_ref["on_top_s"], "ms", 1e3))
    print(
        _row("  on top of httpx + one pydantic model", imp_ours["on_top_model_s"], imp_ref["on_top_model_s"], "ms", 1e3)
    )
    print(_row("  anthropic.* modules", imp_ours["own_modules"], imp_ref["own_modules"], ""))
    print(_row("  all modules", imp_ours["all_modules"], imp_ref["all_modules"], ""))
    print(_row("  max RSS after import", imp_ours["rss_kib"], imp_ref["rss_kib"], "MiB", 1 / 1024))
    print(_row("Anthropic() construction", ours["construct_s"], ref["construct_s"], "ms", 1e3))
    for size in ("small", "large"):
        o, r = ours[size], ref[size]
        print(_row(f"sync create round trip, {size} body", o["sdk_s"], r["sdk_s"], "ms", 1e3))
        print(
            f"  {'  vs raw httpx in the same process':<44} {o['sdk_s'] / o['raw_s']:>9.2f}x {r['sdk_s'] / r['raw_s']:>9.2f}x"
        )
        o_same, r_same = o["sdk_s"] / o["raw_same_headers_s"], r["sdk_s"] / r["raw_same_headers_s"]
        print(f"  {'  vs raw httpx sending the SDK headers':<44} {o_same:>9.2f}x {r_same:>9.2f}x")
    for concurrency in CONCURRENCY:
        key = str(concurrency)
        label = f"async throughput, {concurrency} concurrent"
        print(_row(label, ours["async_rps"][key], ref["async_rps"][key], "req/s", lower_is_better=False))
        o_raw, r_raw = ours["async_raw_rps"][key], ref["async_raw_rps"][key]
        print(f"  {'  raw httpx, same load (server ceiling)':<44} {o_raw:>10.1f} {r_raw:>10.1f} req/s")
    print(
        _row("with_options() loop, RSS growth", ours["with_options_growth_kib"], ref["with_options_growth_kib"], "KiB")
    )


if __name__ == "__main__":
    main()
