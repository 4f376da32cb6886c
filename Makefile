SHELL := /bin/bash
# Two commands a newcomer needs: `make demo` and `make test`. Both create the environment.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_DB := demo/clipper.db

.PHONY: install demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -rf demo && mkdir -p demo
	$(BIN)/clipper dedupe --db $(DEMO_DB) fixtures/
	@echo
	@echo "== clusters with more than one page (clipper export, canonical first) =="
	$(BIN)/python -c "import csv,sys,collections; rows=list(csv.DictReader(sys.stdin)); \
	sizes=collections.Counter(r['cluster_id'] for r in rows); \
	[print(('*' if r['is_canonical']=='True' else ' '), r['cluster_id'].rjust(3), (r['similarity'] or '').ljust(6), (r['site'] or '-')[:24].ljust(24), (r['title'] or '')[:60]) for r in rows if sizes[r['cluster_id']]>1]" \
	  < <($(BIN)/clipper export --db $(DEMO_DB) --format csv)

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) demo .pytest_cache .mypy_cache .ruff_cache
