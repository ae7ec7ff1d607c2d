# Two set-up commands (see README): `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install index serve test lint bench clean

run: install index
	$(BIN)/nafta-search serve --host $(HOST) --port $(PORT)

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

index: install
	$(BIN)/nafta-search index

test: install
	$(PY) -m pytest -q

lint: install
	$(BIN)/ruff check indexer search_app tests benchmarks

clean:
	rm -rf $(VENV) instance .pytest_cache build *.egg-info

# Issue 6 benchmark (see benchmarks/README.md): bench-only deps, then the side-by-side run.
bench: install
	$(PY) -m pip install --quiet sqlite-utils datasette
	$(PY) benchmarks/run.py

# Issue 7 reliability run (see benchmarks/reliability.py): bad input, schemathesis, load, kills.
.PHONY: reliability
reliability: install
	$(PY) -m pip install --quiet schemathesis
	$(PY) benchmarks/reliability.py
