# Two commands a newcomer needs: `make demo` and `make test`. Both create the environment.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_DB := demo/clipper.db

CHROMIUM := /usr/bin/chromium

.PHONY: install chromium demo screenshot test lint bench clean

# pip -qq: errors only. Its warnings here are noise to a newcomer: setuptools' "Editable
# installation" banner and, on machines whose pip.conf lists absent local indexes, one
# "Location ... is ignored" line per package. A failed install still prints its error.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --upgrade pip
	$(BIN)/python -m pip install -qq -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The digest's browser tests drive Debian's Chromium (never a browser Playwright downloads).
# Installed here when missing and we are root with apt-get; otherwise those tests skip (and
# fail in CI, where they must run).
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
	      >/dev/null || echo "chromium could not be installed: the browser tests will skip"; \
	  else \
	    echo "no $(CHROMIUM) (and not root with apt-get): the browser tests will skip"; \
	  fi; \
	fi

# The demo's dumps: every input folder of fixtures/ (broken/ shows how bad input is counted),
# not the folder's own README and scripts.
DEMO_DUMPS = fixtures/html fixtures/jsonl fixtures/text fixtures/warc fixtures/broken

demo: install
	rm -rf demo && mkdir -p demo
	$(BIN)/clipper dedupe --db $(DEMO_DB) $(DEMO_DUMPS)
	@echo; echo "== clipper clusters --min-size 2: articles carried by more than one page =="
	$(BIN)/clipper clusters --db $(DEMO_DB) --min-size 2
	@echo; echo "== clipper show 1 --no-text: the wire story's canonical and every copy =="
	$(BIN)/clipper show 1 --db $(DEMO_DB) --no-text
	@echo; echo "== clipper stories: different articles about the same event =="
	$(BIN)/clipper stories --db $(DEMO_DB)
	@echo; echo "== clipper search 'strike AND cranes' =="
	$(BIN)/clipper search --db $(DEMO_DB) 'strike AND cranes'
	@echo; echo "== clipper watch add: what the desk follows =="
	$(BIN)/clipper watch add --db $(DEMO_DB) "Port of Aldermouth" 'aldermouth AND (strike OR crane*)'
	$(BIN)/clipper watch add --db $(DEMO_DB) Transport 'rail* OR ships OR ferry'
	@echo; echo "== clipper digest: what arrived since yesterday, about what the desk follows =="
	$(BIN)/clipper digest --db $(DEMO_DB) --format text --no-record
	$(BIN)/clipper digest --db $(DEMO_DB) --format html --no-record -o demo/digest.html
	@echo; echo "wrote demo/digest.html (open it in a browser)"
	@echo "try it yourself: . .venv/bin/activate, then e.g. clipper search --db $(DEMO_DB) 'rail*'"

# docs/digest-375.png, the README's picture of the digest: demo/digest.html on a phone.
screenshot: demo chromium
	$(BIN)/python -m tests.browser demo/digest.html docs/digest-375.png 375

test: install chromium
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

# make bench BENCH=--full: the long runs too (100k one-day records, 1M memory and incremental)
bench: install
	$(BIN)/python bench/run_all.py $(BENCH)

clean:
	rm -rf $(VENV) demo .pytest_cache .mypy_cache .ruff_cache
