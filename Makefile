# GLGP portal. `make run` sets everything up and serves the portal with sample data;
# `make test` runs the checks and the whole test suite. See README.md.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
PORT ?= 8000
HOST ?= 127.0.0.1
WEB_CONCURRENCY ?= 2

.PHONY: setup run serve worker system-deps test lint check-python messages bench e2e backup restore loadtest clean docs

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' || { \
	  echo "The GLGP portal needs Python 3.12 or newer, but '$(PYTHON)' is $$($(PYTHON) -V 2>&1)."; \
	  echo "Install Python 3.12 (with pyenv: 'pyenv install 3.12'), or run 'make PYTHON=python3.12 ...'."; \
	  exit 1; }

$(STAMP): pyproject.toml constraints.txt | check-python
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt ".[dev]"
	@rm -f $(VENV)/.installed-* && touch $@

# Debian packages of the optional parts: gettext (compiling the Khmer catalogue), Chromium
# (browser tests; it prints the PDF case studies), poppler-utils (reading PDFs in tests), the PostgreSQL client (backups) and Redis (the
# multi-server test). Without them `make test` still passes and says what it skipped. As root,
# or with sudo. .ci/run uses this target too.
SYSTEM_PACKAGES := gettext chromium poppler-utils postgresql-client redis-server
system-deps:
	@need=$$(for pkg in $(SYSTEM_PACKAGES); do dpkg -s $$pkg >/dev/null 2>&1 || echo $$pkg; done); \
	if [ -n "$$need" ]; then \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  echo "Installing:" $$need; \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$need >/dev/null; \
	else echo "System packages: all present."; fi

messages: $(STAMP)
	env -u DJANGO_SETTINGS_MODULE $(VENV)/bin/django-admin compilemessages --ignore=.venv -v0

setup: $(STAMP) messages
	DEBUG=1 $(MANAGE) migrate --noinput -v1
	DEBUG=1 $(MANAGE) load_admin_units
	DEBUG=1 $(MANAGE) load_reference_data
	DEBUG=1 $(MANAGE) seed_demo
	DEBUG=1 $(MANAGE) reindex
	DEBUG=1 $(MANAGE) create_demo_admin

run: setup
	DEBUG=1 $(MANAGE) runserver $(HOST):$(PORT)

# Production-style: static files collected and served by whitenoise, gunicorn in front.
# Reads SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL from the environment.
serve: $(STAMP) messages
	$(MANAGE) check --deploy --fail-level ERROR
	$(MANAGE) collectstatic --noinput -v0
	$(MANAGE) migrate --noinput -v1
	$(MANAGE) createcachetable
	@# One task worker beside gunicorn (none with BACKGROUND_TASKS=immediate), stopped with it.
	@if [ "$${BACKGROUND_TASKS:-database}" != immediate ]; then \
	  $(MANAGE) db_worker --no-reload --interval 1 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	fi; \
	$(VENV)/bin/gunicorn glgp.wsgi --bind $(HOST):$(PORT) --workers $(WEB_CONCURRENCY) \
	  --access-logfile - --forwarded-allow-ips "$${FORWARDED_ALLOW_IPS:-127.0.0.1}"

# Runs the background tasks (mail, overviews after a publication) queued in the database, in
# production: `make serve` starts one beside gunicorn; more, on any machine, share the queue
# (each task is taken once). Not needed with DEBUG=1.
worker: $(STAMP)
	$(MANAGE) db_worker --no-reload --interval 1

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

# The suite runs in one process per core (pytest-xdist): each starts on its share of the tests,
# in file order, and takes over the others' last ones when it runs out. TEST_PROCESSES=0 runs
# it in this process alone.
TEST_PROCESSES ?= auto
test: $(STAMP) lint messages docs
	DEBUG=1 $(MANAGE) makemigrations --check --dry-run
	$(VENV)/bin/pytest -n $(TEST_PROCESSES) --dist worksteal

clean:
	rm -rf $(VENV) staticfiles

backup: $(STAMP)
	$(MANAGE) backup

# Restores into an empty database (create one first, or remove var/glgp.sqlite3).
restore: $(STAMP)
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=var/backups/glgp-....tar"; exit 2; }
	$(MANAGE) restore "$(FILE)"

# 16 concurrent clients on the public pages for 60 s, against gunicorn on loopback.
loadtest: $(STAMP)
	$(PY) scripts/loadtest.py --clients 16 --seconds 60

# Speed of the public pages at 10,000 and 100,000 practices (PostgreSQL) and 10,000 (SQLite).
bench: $(STAMP)
	$(PY) scripts/bench.py

# Browser tests in Debian's Chromium (apt-get install chromium); axe-core is vendored by
# tests/e2e/vendor-axe.sh.
e2e: $(STAMP)
	$(VENV)/bin/pytest -m e2e tests/e2e

# The documentation (docs/, mkdocs.yml) as a site in site/; any warning fails the build.
docs: $(STAMP)
	$(VENV)/bin/mkdocs build --strict --quiet --site-dir site
