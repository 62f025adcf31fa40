"""pyright (strict) and mypy (strict) over the generated package and over user code.

Three inputs, each checked by both tools:

- ``generated/src``: the package itself, with the settings the generator writes into
  ``generated/pyproject.toml`` (``[tool.pyright]``, ``[tool.mypy]``). Must report nothing.
- ``pass/``: hand-written user code, plus every seed block (tests/seeds/blocks, joined to its
  preludes, wrapped in ``async def`` when it awaits at top level) that the manifest does not
  ``skip``. Must report nothing under strict settings; ``assert_type`` lines pin the exact types.
- ``fail/``: one mistake per file. Each file names what each checker must report, as
  ``# expect: pyright RULE "message part"`` and ``# expect: mypy CODE "message part"``, and marks
  the line(s) it may be reported on with a trailing ``# E``. The checker must report exactly
  those errors, so a type that had decayed to ``Any`` makes the test fail.

A seed block that cannot type-check as written says why in its manifest entry:
``"typecheck": {"skip": "reason"}``, or ``{"relax": {"pyright": [rules], "mypy": [codes]}, "reason": ...}``
to turn off rules about the block's own code (never about the SDK's types). A block whose ``status`` is
``skip`` (not a program) is left out, unless ``"typecheck": {"check": "reason"}`` says it is a whole
program all the same (one that cannot run here only for, say, a placeholder path).

The four checker runs start together the first time a test asks for a result (pyright on the
package is the long one); each test then reads its own file's diagnostics.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GENERATED = ROOT / "generated"
PASS_DIR = HERE / "pass"
FAIL_DIR = HERE / "fail"
SEEDS_DIR = ROOT / "tests" / "seeds"
MANIFEST = json.loads((SEEDS_DIR / "blocks" / "manifest.json").read_text(encoding="utf-8"))

# What user code is held to. pythonVersion 3.9: the oldest Python the package supports.
CORPUS_PYRIGHT_CONFIG: Dict[str, Any] = {
    "typeCheckingMode": "strict",
    "pythonVersion": "3.9",
    "reportMissingModuleSource": "none",  # boto3 and google-auth ship no stubs; not the SDK's business
}
# mypy cannot take python_version 3.9 here: the installed pydantic and anyio use `match`, which mypy
# then refuses to parse. pyright covers 3.9; mypy checks with the interpreter's version.
CORPUS_MYPY_CONFIG = """\
[mypy]
strict = True
warn_unreachable = True
cache_dir = {cache_dir}

[mypy-boto3.*,botocore.*,google.*]
ignore_missing_imports = True
"""
TIMEOUT = 600.0

EXPECT_RE = re.compile(r'^# expect: (pyright|mypy) (\S+)(?: "(.*)")?\s*$')
MARK_RE = re.compile(r"#\s*E\s*$")


@dataclass(frozen=True)
class Diagnostic:
    tool: str
    file: str  # name inside the corpus directory, or the path under generated/
    line: int  # 1-based
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.tool} {self.file}:{self.line} [{self.rule}] {self.message}"


# -- the corpora --------------------------------------------------------------------------------------


def _checked(entry: Dict[str, Any]) -> bool:
    typecheck = entry.get("typecheck", {})
    if entry.get("status") == "skip":
        return "check" in typecheck
    return entry.get("status") in ("run", "pending") and "skip" not in typecheck


def _seed_entries() -> Iterator[Dict[str, Any]]:
    for entry in MANIFEST["blocks"]:
        if _checked(entry):
            yield entry


def seed_module(entry: Dict[str, Any]) -> str:
    """A seed block as a module: its preludes, then the block, in an ``async def`` if it awaits."""
    parts = [(SEEDS_DIR / "preludes" / f"{name}.py").read_text(encoding="utf-8") for name in entry.get("prelude", [])]
    block = (SEEDS_DIR / "blocks" / entry["file"]).read_text(encoding="utf-8")
    if entry.get("top_level_await"):
        block = "async def seed_block() -> None:\n" + textwrap.indent(block, "    ")
    header = []
    relax = entry.get("typecheck", {}).get("relax", {})
    if relax.get("pyright"):
        header.append("# pyright: " + ", ".join(f"{rule}=false" for rule in relax["pyright"]))
    if relax.get("mypy"):
        header.append("# mypy: disable-error-code=" + '"' + ",".join(relax["mypy"]) + '"')
    return "\n".join(header + parts + [block])


def corpus_files() -> Dict[str, str]:
    """Every file the corpus checks run on, by its name in the corpus directory."""
    files = {}
    for path in sorted(PASS_DIR.glob("*.py")):
        files[f"pass_{path.stem}.py"] = path.read_text(encoding="utf-8")
    for path in sorted(FAIL_DIR.glob("*.py")):
        files[f"fail_{path.stem}.py"] = path.read_text(encoding="utf-8")
    for entry in _seed_entries():
        files[f"seed_{entry['id']}.py"] = seed_module(entry)
    return files


# -- running the checkers -----------------------------------------------------------------------------


def _pyright_diagnostics(stdout: str, base: Path) -> List[Diagnostic]:
    report = json.loads(stdout)
    found = []
    for item in report.get("generalDiagnostics", []):
        if item["severity"] != "error":
            continue
        path = Path(item["file"])
        name = str(path.relative_to(base)) if path.is_relative_to(base) else str(path)
        line = item.get("range", {}).get("start", {}).get("line", 0) + 1
        found.append(Diagnostic("pyright", name, line, item.get("rule", ""), item["message"]))
    return found


def _mypy_diagnostics(stdout: str, base: Path) -> List[Diagnostic]:
    found = []
    for raw in stdout.splitlines():
        if not raw.startswith("{"):
            continue
        item = json.loads(raw)
        if item["severity"] != "error":
            continue
        path = (base / item["file"]).resolve()
        name = str(path.relative_to(base)) if path.is_relative_to(base) else item["file"]
        found.append(Diagnostic("mypy", name, item["line"], item.get("code") or "", item["message"]))
    return found


class Checks:
    """The four checker runs, started at once and read when first needed."""

    def __init__(self, workdir: Path) -> None:
        self.corpus = workdir / "corpus"
        self.corpus.mkdir()
        for name, text in corpus_files().items():
            (self.corpus / name).write_text(text, encoding="utf-8")
        (self.corpus / "pyrightconfig.json").write_text(json.dumps(CORPUS_PYRIGHT_CONFIG), encoding="utf-8")
        # Kept in the venv between runs (one per run: they go at once): a repeat run takes seconds.
        cache = Path(sys.prefix) / ".mypy_cache"
        corpus_ini = CORPUS_MYPY_CONFIG.format(cache_dir=cache / "corpus")
        (workdir / "mypy.ini").write_text(corpus_ini, encoding="utf-8")
        pyright = [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable]
        mypy = [sys.executable, "-m", "mypy", "--output", "json", "--no-error-summary"]
        self._runs: Dict[str, Tuple[subprocess.Popen, Path]] = {}
        self._start("pyright-package", pyright + ["-p", str(GENERATED)], GENERATED, GENERATED)
        self._start("pyright-corpus", pyright + ["-p", str(self.corpus)], self.corpus, self.corpus)
        self._start("mypy-package", mypy + ["--cache-dir", str(cache / "package")], GENERATED, GENERATED)
        corpus_mypy = mypy + ["--config-file", str(workdir / "mypy.ini"), "."]
        self._start("mypy-corpus", corpus_mypy, self.corpus, self.corpus)
        self._results: Dict[str, List[Diagnostic]] = {}

    def _start(self, name: str, command: List[str], cwd: Path, base: Path) -> None:
        # No "a newer pyright exists" notice: it would need the network and could land in the JSON.
        env = dict(os.environ, PYRIGHT_PYTHON_IGNORE_WARNINGS="1")
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self._runs[name] = (process, base)

    def result(self, name: str) -> List[Diagnostic]:
        if name not in self._results:
            process, base = self._runs[name]
            stdout, stderr = process.communicate(timeout=TIMEOUT)
            tool = name.split("-")[0]
            # pyright: 0 clean, 1 errors found; mypy: 0 clean, 1 errors found; anything else broke.
            if process.returncode not in (0, 1):
                raise RuntimeError(f"{name} exited {process.returncode}:\n{stdout[-4000:]}\n{stderr[-4000:]}")
            parse = _pyright_diagnostics if tool == "pyright" else _mypy_diagnostics
            diagnostics = parse(stdout, base)
            if process.returncode == 1 and not diagnostics:
                raise RuntimeError(f"{name} exited 1 reporting no error:\n{stdout[-4000:]}\n{stderr[-4000:]}")
            self._results[name] = diagnostics
        return self._results[name]

    def for_file(self, tool: str, file_name: str) -> List[Diagnostic]:
        return [d for d in self.result(f"{tool}-corpus") if d.file == file_name]

    def close(self) -> None:
        for process, _ in self._runs.values():
            if process.poll() is None:
                process.kill()
                process.communicate()


@pytest.fixture(scope="session")
def checks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Checks]:
    if shutil.which("node") is None and shutil.which("nodejs") is None:
        pytest.fail("pyright needs Node.js on PATH")
    runs = Checks(tmp_path_factory.mktemp("typecheck"))
    try:
        yield runs
    finally:
        runs.close()


def _listing(diagnostics: List[Diagnostic]) -> str:
    return "\n".join(str(d) for d in diagnostics) or "(none)"


# -- the generated package ----------------------------------------------------------------------------


@pytest.mark.parametrize("tool", ["pyright", "mypy"])
def test_generated_package_type_checks_strictly(tool: str, checks: Checks) -> None:
    diagnostics = checks.result(f"{tool}-package")
    assert not diagnostics, f"{len(diagnostics)} {tool} errors in generated/src:\n{_listing(diagnostics)}"


# -- user code that must pass -------------------------------------------------------------------------


def _pass_params() -> Iterator[Any]:
    for path in sorted(PASS_DIR.glob("*.py")):
        yield pytest.param(f"pass_{path.stem}.py", id=f"pass/{path.name}")
    for entry in MANIFEST["blocks"]:
        name = f"seed_{entry['id']}.py"
        if _checked(entry):
            yield pytest.param(name, id=f"seed/{entry['id']}")
        else:
            reason = entry.get("typecheck", {}).get("skip") or f"not a program: {entry.get('reason')}"
            yield pytest.param(name, id=f"seed/{entry['id']}", marks=pytest.mark.skip(reason=reason))


@pytest.mark.parametrize("tool", ["pyright", "mypy"])
@pytest.mark.parametrize("file_name", list(_pass_params()))
def test_user_code_type_checks(file_name: str, tool: str, checks: Checks) -> None:
    diagnostics = checks.for_file(tool, file_name)
    assert not diagnostics, f"{tool} rejects {file_name}:\n{_listing(diagnostics)}"


def test_seed_typecheck_notes_are_well_formed() -> None:
    problems = []
    for entry in MANIFEST["blocks"]:
        note = entry.get("typecheck")
        if note is None:
            continue
        where = entry["id"]
        if not isinstance(note, dict) or len({"skip", "relax", "check"} & set(note)) != 1:
            problems.append(f"{where}: typecheck needs exactly one of skip, relax, check: {note!r}")
            continue
        if set(note) - {"skip", "relax", "check", "reason"}:
            problems.append(
                f"{where}: unknown typecheck keys {sorted(set(note) - {'skip', 'relax', 'check', 'reason'})}"
            )
        if "check" in note and entry.get("status") != "skip":
            problems.append(f"{where}: `check` is for skip blocks; a {entry.get('status')} block is checked anyway")
        if "skip" in note and entry.get("status") == "skip":
            problems.append(f"{where}: a skip block is not checked anyway")
        if "relax" in note:
            relax = note["relax"]
            if not note.get("reason") or not relax or set(relax) - {"pyright", "mypy"}:
                problems.append(f"{where}: relax needs a reason and rules under pyright and/or mypy")
        for key in ("skip", "check"):
            if key in note and not (isinstance(note[key], str) and note[key]):
                problems.append(f"{where}: typecheck.{key} must be the reason, as text")
    assert not problems, "\n".join(problems)


# -- user code that must fail -------------------------------------------------------------------------


@dataclass(frozen=True)
class Expectation:
    tool: str
    rule: str
    text: Optional[str]

    def matches(self, diagnostic: Diagnostic, lines: List[int]) -> bool:
        return (
            diagnostic.tool == self.tool
            and diagnostic.rule == self.rule
            and diagnostic.line in lines
            and (self.text is None or self.text in diagnostic.message)
        )


def expectations(text: str) -> Tuple[List[Expectation], List[int]]:
    """The ``# expect:`` lines of a fail snippet, and the line numbers marked ``# E``."""
    expected = []
    marked = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = EXPECT_RE.match(line)
        if match:
            text = match.group(3)
            expected.append(Expectation(match.group(1), match.group(2), text.replace('\\"', '"') if text else None))
        elif MARK_RE.search(line):
            marked.append(number)
    return expected, marked


def test_every_fail_snippet_states_its_errors() -> None:
    problems = []
    for path in sorted(FAIL_DIR.glob("*.py")):
        expected, marked = expectations(path.read_text(encoding="utf-8"))
        for tool in ("pyright", "mypy"):
            if not any(e.tool == tool for e in expected):
                problems.append(f"{path.name}: no `# expect: {tool} ...` line")
        if not marked:
            problems.append(f"{path.name}: no line marked `# E`")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("tool", ["pyright", "mypy"])
@pytest.mark.parametrize("path", sorted(FAIL_DIR.glob("*.py")), ids=lambda p: f"fail/{p.name}")
def test_mistake_is_reported(path: Path, tool: str, checks: Checks) -> None:
    expected, marked = expectations(path.read_text(encoding="utf-8"))
    expected = [e for e in expected if e.tool == tool]
    unmatched = list(checks.for_file(tool, f"fail_{path.stem}.py"))
    missing = []
    for expectation in expected:
        hit = next((d for d in unmatched if expectation.matches(d, marked)), None)
        if hit is None:
            missing.append(expectation)
        else:
            unmatched.remove(hit)
    assert not missing and not unmatched, (
        f"{path.name}: expected on lines {marked}: {missing or 'all found'}; "
        f"{tool} reported besides:\n{_listing(unmatched)}"
    )
