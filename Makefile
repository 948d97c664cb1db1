# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export FLASK_APP := app.py

.PHONY: run test lint translations clean-db

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime-installed

translations: $(VENV)/.runtime-installed
	$(BIN)/pybabel compile -q -d translations

## run: install, migrate, seed the demo province on first run, serve on http://127.0.0.1:5000
run: $(VENV)/.runtime-installed translations
	$(BIN)/flask db upgrade
	$(BIN)/flask seed-demo --if-empty
	$(BIN)/flask run --host 127.0.0.1 --port 5000

## test: install, then run the whole suite (again on PostgreSQL when TEST_DATABASE_URL is set)
test: $(VENV)/.dev-installed translations
	bash scripts/ensure-chromium.sh
	env -u TEST_DATABASE_URL $(BIN)/pytest
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		echo "== the suite again on PostgreSQL ($$TEST_DATABASE_URL)"; \
		$(BIN)/pytest -m "not e2e"; \
	fi

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
