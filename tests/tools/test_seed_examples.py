"""The seeds' weather-tool examples, run unchanged against scripted model turns.

The code blocks are copied verbatim into data/*.txt (the .txt keeps formatters away from them); the
scripts find the server through ANTHROPIC_BASE_URL and ANTHROPIC_API_KEY, as a user's would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from servers.model_turns import text, tool_results, tool_use, turn

DATA = Path(__file__).parent / "data"
PATH = "/v1/messages"


def _run_script(name: str, server, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith("ANTHROPIC_")}
    env.update(
        ANTHROPIC_BASE_URL=server.base_url,
        ANTHROPIC_API_KEY="sk-ant-seed-example-key",
        PYTHONPATH=os.pathsep.join([str(DATA / "stubs"), env.get("PYTHONPATH", "")]),
        PYTHONIOENCODING="utf-8",
    )
    return subprocess.run(
        [sys.executable, str(DATA / name)], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )


def _script_weather_turns(server) -> None:
    server.add(
        "POST",
        PATH,
        [
            turn(
                text("Let me look that up."), tool_use("get_weather", {"location": "San Francisco, CA"}, id="toolu_sf")
            ),
            turn(text("It is 68°F and sunny in San Francisco.")),
        ],
    )


def test_tool_helpers_example_from_the_sdk_docs(scripted_server, tmp_path):
    _script_weather_turns(scripted_server)
    done = _run_script("seed_weather_tool_runner.txt", scripted_server, tmp_path)
    assert done.returncode == 0, done.stderr

    first, second = scripted_server.requests
    assert first.headers["x-api-key"] == "sk-ant-seed-example-key"
    assert first.json["model"] == "claude-opus-4-6" and first.json["max_tokens"] == 1024
    assert first.json["tools"] == [
        {
            "name": "get_weather",
            "description": "Get the weather for a given location.",
            "input_schema": {
                "additionalProperties": False,
                "properties": {
                    "location": {
                        "description": "The city and state, e.g. San Francisco, CA",
                        "title": "Location",
                        "type": "string",
                    }
                },
                "required": ["location"],
                "type": "object",
            },
        }
    ]
    (result,) = tool_results(second)
    assert result["tool_use_id"] == "toolu_sf"
    assert json.loads(result["content"]) == {
        "location": "San Francisco, CA",
        "temperature": "68Â°F",
        "condition": "Sunny",
    }
    printed = done.stdout.strip().splitlines()
    assert len(printed) == 2
    assert "toolu_sf" in printed[0] and "It is 68°F and sunny in San Francisco." in printed[1]


def test_beta_tool_example_from_the_release_overview(scripted_server, monkeypatch, capsys):
    # In this process (a second interpreter start would double the file's run time).
    _script_weather_turns(scripted_server)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", scripted_server.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-seed-example-key")
    monkeypatch.delenv("ANTHROPIC_AUTH_TOKEN", raising=False)
    monkeypatch.syspath_prepend(str(DATA / "stubs"))
    code = (DATA / "seed_beta_tool_weather.txt").read_text(encoding="utf-8")
    exec(compile(code, "seed_beta_tool_weather.py", "exec"), {"__name__": "__main__"})

    first, second = scripted_server.requests
    (tool,) = first.json["tools"]
    assert tool["description"] == "Lookup the weather for a given city in either celsius or fahrenheit"
    assert json.loads(tool_results(second)[0]["content"])["temperature"] == "68°F"
    assert "It is 68°F and sunny in San Francisco." in capsys.readouterr().out
