# The two commands of the README: `make demo` and `make test`. Both work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Debian packages the tests need: a CJK TTF for PDF fixtures, Chromium for the HTML report test,
# LibreOffice (no GUI, no recommends) to read legacy .doc/.wps files and to build .doc/.xls fixtures.
APT_PACKAGES := fonts-wqy-zenhei chromium
APT_PACKAGES_NO_RECOMMENDS := libreoffice-writer-nogui libreoffice-calc-nogui

.PHONY: venv system-deps demo test lint clean

$(BIN)/jixiao: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,dask,ocr]"
	touch $(BIN)/jixiao

venv: $(BIN)/jixiao

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "install with sudo apt-get install$$missing"; exit 1; fi; \
	fi
	@missing=""; for p in $(APT_PACKAGES_NO_RECOMMENDS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else echo "install with sudo apt-get install --no-install-recommends$$missing"; exit 1; fi; \
	fi

demo: venv
	$(BIN)/jixiao ingest samples/ --db jixiao.duckdb
	$(BIN)/jixiao compare --db jixiao.duckdb || true
	$(BIN)/jixiao report --db jixiao.duckdb --out report.html && echo "open report.html"

test: venv system-deps lint
	$(BIN)/python -m pytest -q

lint: venv
	$(BIN)/ruff check pipeline extractors schemas tests bench samples
	$(BIN)/mypy schemas pipeline extractors
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) jixiao.duckdb report.html export
