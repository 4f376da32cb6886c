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
	@echo; echo "== clipper clusters --min-size 2: articles carried by more than one page =="
	$(BIN)/clipper clusters --db $(DEMO_DB) --min-size 2
	@echo; echo "== clipper show 1 --no-text: the wire story's canonical and every copy =="
	$(BIN)/clipper show 1 --db $(DEMO_DB) --no-text
	@echo; echo "== clipper stories: different articles about the same event =="
	$(BIN)/clipper stories --db $(DEMO_DB)
	@echo; echo "== clipper search 'strike AND cranes' =="
	$(BIN)/clipper search --db $(DEMO_DB) 'strike AND cranes'

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) demo .pytest_cache .mypy_cache .ruff_cache
