# smarterp: `make demo` builds the demo company and serves the web app on it;
# `make test` runs lint, types, layers and tests.
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3
# `make demo PORT=8001` when 8000 is taken.
PORT ?= 8000

.PHONY: venv demo test lint bench clean

# Re-installs whenever pyproject.toml changes, so the venv never lags behind the project.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

venv: $(VENV)/.installed

demo: venv
	$(VENV)/bin/smarterp demo --serve --port $(PORT)

lint: venv
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# One process: on the 2-core machine `-n 2 --dist loadgroup` measured slower (647 s against
# 560 s), its workers rebuilding module fixtures; the xdist_group marks are ready for it.
test: lint
	$(PY) -m pytest

bench: venv
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
