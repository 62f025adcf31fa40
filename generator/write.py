"""Write an emitted tree atomically and copy hand-written overrides into it."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Dict, Iterable, List


def write_files(root: Path, files: Dict[str, bytes]) -> None:
    for rel, data in sorted(files.items()):
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def copy_overrides(overrides: Path, root: Path, package: str, allowed: Iterable[str] = ()) -> List[str]:
    """Copy ``overrides/<package>/...`` into ``root/src/<package>/...``.

    An override may not replace a generated file unless its path is in ``allowed``: hand-written
    code must not hide a template change by accident.
    """
    copied: List[str] = []
    source_root = overrides / package
    if not source_root.is_dir():
        return copied
    allowed_set = set(allowed)
    for source in sorted(p for p in source_root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        rel = "src/" + package + "/" + source.relative_to(source_root).as_posix()
        target = root / rel
        if target.exists() and rel not in allowed_set:
            raise FileExistsError(f"override {source} would replace generated file {rel}")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        copied.append(rel)
    return copied


def replace_tree(staging: Path, out_dir: Path) -> None:
    """Swap ``staging`` into ``out_dir``; the old tree is removed only after the new one is in place."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    old = None
    if out_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-old-", dir=out_dir.parent))
        os.rmdir(old)
        os.replace(out_dir, old)
    try:
        os.replace(staging, out_dir)
    except OSError:
        if old is not None:
            os.replace(old, out_dir)
        raise
    if old is not None:
        shutil.rmtree(old)


def tree_bytes(root: Path) -> Dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and "__pycache__" not in p.parts
        and not p.name.endswith(".pyc")
        and ".egg-info" not in p.as_posix()
    }
