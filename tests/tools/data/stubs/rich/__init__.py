"""Stand-in for the `rich` package, which one seed example prints with; only `rich.print` is needed."""

from __future__ import annotations

import builtins
from typing import Any


def print(*objects: Any, **kwargs: Any) -> None:  # noqa: A001 - mirrors rich.print
    builtins.print(*objects, **kwargs)
