# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export FLASK_APP := app.py

.PHONY: run test lint translations i18n-update

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
	$(BIN)/pybabel -q compile -d translations

## run: install, migrate, seed the demo province on first run, serve on http://127.0.0.1:5000
run: $(VENV)/.runtime-installed translations
	$(BIN)/flask db upgrade
	$(BIN)/flask seed-demo --if-empty
	@# One outbox worker beside the site (it writes .eml files under instance/mail/ without MAIL_SERVER);
	@# the trap stops it when gunicorn stops.
	$(BIN)/flask outbox run & pid=$$!; trap 'kill $$pid 2>/dev/null' EXIT INT TERM; \
		$(BIN)/gunicorn --workers 2 --threads 4 --bind 127.0.0.1:5000 --access-logfile - 'app:create_app()'

## test: install, then run the whole suite (again on PostgreSQL when TEST_DATABASE_URL is set)
test: $(VENV)/.dev-installed translations
	bash scripts/ensure-chromium.sh
	bash scripts/ensure-libreoffice.sh
	bash scripts/ensure-axe.sh
	env -u TEST_DATABASE_URL $(BIN)/pytest -n 2
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		echo "== the suite again on PostgreSQL ($$TEST_DATABASE_URL)"; \
		$(BIN)/pytest -n 2 -m "not e2e"; \
	fi

## lint: ruff, then the layering contracts of pyproject.toml (import-linter; see docs/architecture.md)
lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache

## i18n-update: after adding strings, merge them into the Vietnamese catalog (then translate them)
i18n-update: $(VENV)/.runtime-installed
	@# A template of its own per run: two checkouts updating at once must not read each other's.
	pot=$$(mktemp --suffix=.pot) && trap 'rm -f $$pot' EXIT && \
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext --no-location --sort-output -o $$pot . && \
	$(BIN)/pybabel update -i $$pot -d translations -l vi --no-fuzzy-matching --ignore-obsolete --width 100
