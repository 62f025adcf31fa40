"""Split spec/openapi.yaml into a plain and a beta spec, one per Prism.

The spec keeps beta operations under their own path keys ending in
``?beta=true``, like the upstream API. Prism 5 drops the query part of a path
key, so a beta key either shadows nothing (``/v1/files?beta=true`` -> 404) or
loses to its plain twin. Each half gets its own Prism instead; the beta half
has the suffix removed so Prism can match it (servers/beta_router.py strips
``beta=true`` from the request to suit).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, Tuple

import yaml

__all__ = ["BETA_SUFFIX", "split_spec", "write_split_specs"]

BETA_SUFFIX = "?beta=true"


# libyaml when available: the pure-Python loader takes seconds on our spec.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[misc, valid-type]
    """Safe loader that keeps unquoted dates as strings: JSON cannot hold a datetime,
    and re-formatting one would change the example Prism serves."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}


def split_spec(spec: Dict[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    """Return ``(plain, beta)``: the spec without the ``?beta=true`` paths, and
    only those paths with the suffix removed. Everything else (components,
    security, servers...) is shared, so ``$ref``s resolve in both."""
    paths = spec.get("paths") or {}
    plain = {key: item for key, item in paths.items() if not key.endswith(BETA_SUFFIX)}
    beta = {key[: -len(BETA_SUFFIX)]: item for key, item in paths.items() if key.endswith(BETA_SUFFIX)}
    return {**spec, "paths": plain}, {**spec, "paths": beta}


def write_split_specs(spec_path: Path, out_dir: Path) -> Tuple[Path, Path]:
    """Write ``openapi.plain.json`` and ``openapi.beta.json`` into ``out_dir``.

    JSON rather than YAML: Prism reads both, and json.dumps cannot quietly
    re-type a value the way a YAML round trip can.
    """
    spec = yaml.load(Path(spec_path).read_text(encoding="utf-8"), Loader=_Loader)
    written = []
    for name, part in zip(("plain", "beta"), split_spec(spec)):
        path = Path(out_dir) / f"openapi.{name}.json"
        path.write_text(json.dumps(part), encoding="utf-8")
        written.append(path)
    return written[0], written[1]
