"""Record the requests the official anthropic 0.79 sends for the scripts in parse_examples.py.

Run with the Python of an environment that has anthropic==0.79.0 installed (not this repository's):

    /path/to/venv-with-0.79/bin/python tests/parse/data/record_parse_requests.py

It rewrites ``parse_requests_0_79.json`` beside this file: for each script, the request target, the
headers the helper sets, and the JSON body. test_parse_requests.py sends the same scripts with ours.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent.parent)]

import anthropic  # noqa: E402
from parse_examples import SCRIPTS, STREAM_SCRIPTS, person_reply, recorded_request  # noqa: E402
from servers.scripted import Reply, ScriptedServer  # noqa: E402
from servers.sse_server import message_events, sse_reply  # noqa: E402

assert anthropic.__version__ == "0.79.0", f"needs anthropic 0.79.0, found {anthropic.__version__}"

recorded = {}
with ScriptedServer() as server:
    client = anthropic.Anthropic(api_key="k", base_url=server.base_url, max_retries=0)
    for name, script in {**SCRIPTS, **STREAM_SCRIPTS}.items():
        server.reset()
        body = {"input_tokens": 3} if "count_tokens" in name else person_reply()
        reply = sse_reply(message_events(body)) if name in STREAM_SCRIPTS else Reply(body=body)
        for target in ("/v1/messages", "/v1/messages/count_tokens"):
            server.add("POST", target, reply)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            result = script(client)
            if name in STREAM_SCRIPTS:
                with result as stream:
                    stream.until_done()
        recorded[name] = recorded_request(server.requests[0])

(HERE / "parse_requests_0_79.json").write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")
print(f"recorded {len(recorded)} requests")
