"""`import anthropic` stays cheap: helpers, types, resources and optional transports load on first use.

Each check runs in a fresh interpreter, since this test process has long since imported everything.
"""

from __future__ import annotations

import json
import subprocess
import sys

# 32 today; the headroom is for one or two new core modules, not for a resource or types module.
MODULE_BUDGET = 40

# Loaded only when something asks for them: a platform client, the aiohttp transport, the streaming
# and tool helpers, generated types and resources, and the async machinery sync programs never use.
LAZY_PREFIXES = (
    "anyio",
    "asyncio",
    "anthropic.lib",
    "anthropic.types",
    "anthropic.resources",
    "boto3",
    "botocore",
    "google.auth",
    "aiohttp",
    "httpx_aiohttp",
)


def _modules_after(code: str) -> list[str]:
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _loaded(modules: list[str], prefix: str) -> list[str]:
    return [m for m in modules if m == prefix or m.startswith(prefix + ".")]


def test_import_loads_no_helper_types_resources_or_optional_transport():
    modules = _modules_after("import anthropic")
    eager = {prefix: _loaded(modules, prefix) for prefix in LAZY_PREFIXES}
    assert not any(eager.values()), {k: v for k, v in eager.items() if v}


def test_import_stays_within_the_module_budget():
    own = _loaded(_modules_after("import anthropic"), "anthropic")
    assert len(own) <= MODULE_BUDGET, f"{len(own)} anthropic modules: {own}"


def test_constructing_a_client_loads_no_resource_until_it_is_used():
    modules = _modules_after("import anthropic\nanthropic.Anthropic(api_key='k')")
    assert not _loaded(modules, "anthropic.resources")
    modules = _modules_after("import anthropic\nanthropic.Anthropic(api_key='k').models")
    assert "anthropic.resources.models" in modules and not _loaded(modules, "anthropic.resources.beta")


def test_lazy_names_load_their_module_on_first_access():
    modules = _modules_after("import anthropic\nanthropic.MessageStream")
    assert "anthropic.lib.streaming._messages" in modules
