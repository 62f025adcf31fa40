"""Copy every ```python block of the seed documents into tests/seeds/blocks/ and keep the manifest in step.

    python tests/seeds/extract.py [SEEDS_DIR]      # default: ../shared/seeds beside the repository

Each block becomes ``blocks/<seed stem>_<NN>.py``: a one-line header naming the seed file and the line
of its opening fence, then the block exactly as the seed has it. One seed (003) is a scraped web page
whose code listings carry the page's line-number gutter: every source line is preceded by its number
on a line of its own and followed by a blank line. The gutter is not code, so it is removed (the
header says so); nothing else is changed, not even the indentation the scrape lost.

``blocks/manifest.json`` classifies each block (see tests/seeds/README.md). Re-extraction rewrites the
blocks and the location fields of the manifest, and keeps each entry's hand-written classification
for a block whose text is unchanged (matched by hash, so a block that moves keeps it). A new or changed
block gets ``"status": "unclassified"``, which fails tests/seeds/test_seed_blocks.py until someone
decides what it is.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional

HERE = Path(__file__).resolve().parent
BLOCKS_DIR = HERE / "blocks"
MANIFEST_PATH = BLOCKS_DIR / "manifest.json"
DEFAULT_SEEDS_DIR = HERE.parents[2] / "shared" / "seeds"

# An opening fence of a Python block, with or without an info string after the language ("{ .api }").
_OPEN = re.compile(r"^```python(?:\s.*)?$")
_CLOSE = "```"
_NUMBER = re.compile(r"^\d+$")

# Fields the extractor owns; everything else in a manifest entry is classification, kept by hand.
LOCATION_FIELDS = ("id", "file", "seed", "line", "fence", "gutter_removed", "sha256")


@dataclass(frozen=True)
class Block:
    seed: str  # the seed's file name
    index: int  # 1-based, in the order the seed has them
    line: int  # 1-based line of the opening fence in the seed
    fence: str  # the opening fence line, e.g. "```python { .api }"
    text: str  # the code, newline-terminated
    gutter_removed: bool

    @property
    def id(self) -> str:
        return f"{Path(self.seed).stem}_{self.index:02d}"

    @property
    def file_name(self) -> str:
        return f"{self.id}.py"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def header(self) -> str:
        note = "; the page's line-number gutter removed" if self.gutter_removed else ""
        return f"# seed: {self.seed}, line {self.line} ({self.fence}){note}\n"

    def file_text(self) -> str:
        return self.header() + self.text


def _strip_gutter(lines: List[str]) -> Optional[List[str]]:
    """The source lines of a gutter listing, or None when ``lines`` is not one.

    A gutter listing is: blank, N, blank, code, blank, N+1, blank, [code, blank,] N+2 ... where an
    empty source line has no code line. The numbers must run consecutively, which is what tells a
    gutter number from a line of code that happens to be an integer.
    """
    meaningful = [(i, line) for i, line in enumerate(lines) if line.strip()]
    if not meaningful or not _NUMBER.match(meaningful[0][1].strip()):
        return None
    out: List[str] = []
    expected = int(meaningful[0][1].strip())
    current: Optional[List[str]] = None
    for _, line in meaningful:
        stripped = line.strip()
        if stripped == str(expected):
            if current is not None:
                out.append(current[0] if current else "")
            current = []
            expected += 1
            continue
        if current is None or current:
            return None  # code before the first number, or two code lines under one number
        current.append(line)
    if current:
        out.append(current[0])
    # The last number is the closing fence's own line in the original page; it carries no code.
    return out


def extract_blocks(seed_path: Path) -> List[Block]:
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    blocks: List[Block] = []
    i = 0
    while i < len(lines):
        if not _OPEN.match(lines[i].strip()):
            i += 1
            continue
        start = i
        i += 1
        body: List[str] = []
        while i < len(lines) and lines[i].strip() != _CLOSE:
            body.append(lines[i])
            i += 1
        if i == len(lines):
            raise ValueError(f"{seed_path.name}:{start + 1}: code block is never closed")
        i += 1
        stripped = _strip_gutter(body)
        code = stripped if stripped is not None else body
        blocks.append(
            Block(
                seed=seed_path.name,
                index=len(blocks) + 1,
                line=start + 1,
                fence=lines[start].strip(),
                text="\n".join(code).rstrip("\n") + "\n",
                gutter_removed=stripped is not None,
            )
        )
    return blocks


def extract_all(seeds_dir: Path) -> List[Block]:
    blocks: List[Block] = []
    for seed_path in sorted(seeds_dir.glob("*.txt")):
        blocks.extend(extract_blocks(seed_path))
    return blocks


def load_manifest(path: Path = MANIFEST_PATH) -> Dict[str, Any]:
    if not path.exists():
        return {"blocks": []}
    return json.loads(path.read_text(encoding="utf-8"))


def merge_manifest(blocks: List[Block], old: Dict[str, Any]) -> Dict[str, Any]:
    """The manifest for ``blocks``: location fields fresh, classification carried over by hash."""
    by_hash = {entry.get("sha256"): entry for entry in old.get("blocks", [])}
    entries = []
    for block in blocks:
        previous = by_hash.get(block.sha256)
        classification = {k: v for k, v in (previous or {}).items() if k not in LOCATION_FIELDS}
        if previous is None:
            classification = {"status": "unclassified"}
        entry: Dict[str, Any] = {
            "id": block.id,
            "file": block.file_name,
            "seed": block.seed,
            "line": block.line,
            "fence": block.fence,
            "gutter_removed": block.gutter_removed,
            "sha256": block.sha256,
        }
        entry.update(classification)
        entries.append(entry)
    manifest = {k: v for k, v in old.items() if k != "blocks"}
    manifest["blocks"] = entries
    return manifest


def dump_manifest(manifest: Dict[str, Any]) -> str:
    return json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"


def write(seeds_dir: Path, blocks_dir: Path = BLOCKS_DIR) -> List[Block]:
    blocks = extract_all(seeds_dir)
    if not blocks:
        raise SystemExit(f"no ```python blocks found under {seeds_dir}")
    blocks_dir.mkdir(parents=True, exist_ok=True)
    wanted = {block.file_name for block in blocks}
    for stale in blocks_dir.glob("*.py"):
        if stale.name not in wanted:
            stale.unlink()
    for block in blocks:
        (blocks_dir / block.file_name).write_text(block.file_text(), encoding="utf-8")
    manifest_path = blocks_dir / MANIFEST_PATH.name
    manifest = merge_manifest(blocks, load_manifest(manifest_path))
    manifest_path.write_text(dump_manifest(manifest), encoding="utf-8")
    return blocks


def main(argv: List[str]) -> int:
    seeds_dir = Path(argv[0]) if argv else DEFAULT_SEEDS_DIR
    blocks = write(seeds_dir)
    unclassified = [b.id for b, e in zip(blocks, load_manifest()["blocks"]) if e.get("status") == "unclassified"]
    print(f"{len(blocks)} blocks written to {BLOCKS_DIR}")
    if unclassified:
        print("unclassified (edit blocks/manifest.json):", ", ".join(unclassified))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
