"""Run one seed block after its preludes, as the page around it implies.

    python run_block.py BLOCK.py [--prelude NAME ...] [--top-level-await]

Some seed blocks continue the page rather than stand alone: they use the ``client`` an earlier block
made, or ``await`` at top level as in an asyncio REPL or a notebook. The block's text is run unchanged;
preludes (tests/seeds/preludes/NAME.py) first define what it takes from its context, in the same
globals, and ``--top-level-await`` compiles it the way ``python -m asyncio`` does. A block that needs
neither is run directly (``python BLOCK.py``) instead.
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import inspect
import sys
from pathlib import Path
from typing import Any, Dict

PRELUDES_DIR = Path(__file__).resolve().parent / "preludes"


def _exec(path: Path, namespace: Dict[str, Any], *, top_level_await: bool = False) -> None:
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT if top_level_await else 0
    code = compile(path.read_text(encoding="utf-8"), str(path), "exec", flags=flags, dont_inherit=True)
    if code.co_flags & inspect.CO_COROUTINE:
        asyncio.run(eval(code, namespace))
    else:
        exec(code, namespace)


def main(argv: list) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("block", type=Path)
    parser.add_argument("--prelude", action="append", default=[])
    parser.add_argument("--top-level-await", action="store_true")
    args = parser.parse_args(argv)

    namespace: Dict[str, Any] = {"__name__": "__main__", "__file__": str(args.block), "__builtins__": __builtins__}
    for name in args.prelude:
        _exec(PRELUDES_DIR / f"{name}.py", namespace)
    _exec(args.block, namespace, top_level_await=args.top_level_await)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
