# newsroom — see README.md. `make run` serves the demo site; `make test` runs the whole suite.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

# The first Python >= 3.12 among python3.13, python3.12, python3 and pyenv's installed versions.
# The embedded PostgreSQL (pgserver) ships wheels only up to Python 3.12, so without DATABASE_URL
# the newest usable Python is 3.12.
ifeq ($(strip $(DATABASE_URL)),)
PYTHON_FITS := (3, 12) <= sys.version_info[:2] <= (3, 12)
PYTHON_WANTED := Python 3.12 (the embedded PostgreSQL has no wheels for newer ones; or set DATABASE_URL)
else
PYTHON_FITS := sys.version_info[:2] >= (3, 12)
PYTHON_WANTED := Python 3.12 or newer
endif
python_fits = "$(1)" -c 'import sys; sys.exit(not ($(PYTHON_FITS)))' 2>/dev/null
find_python = for candidate in python3.13 python3.12 python3 \
	  $$(ls -d "$$(pyenv root 2>/dev/null || echo $$HOME/.pyenv)"/versions/3.*/bin/python3 2>/dev/null | sort -rV); do \
	  if command -v "$$candidate" >/dev/null 2>&1 && $(call python_fits,$$candidate); then \
	    command -v "$$candidate"; break; \
	  fi; \
	done

.PHONY: audit install run serve test lint format lock messages bench loadtest backup restore browser-deps mutation

install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock
	@python="$$($(find_python))"; \
	if [ -z "$$python" ]; then \
	  echo "newsroom needs $(PYTHON_WANTED) and found none. Install it (e.g. 'pyenv install 3.12' or your system's python3.12 package), then run make again." >&2; \
	  exit 1; \
	fi; \
	if ! $(call python_fits,$(BIN)/python); then \
	  echo "Creating $(VENV) with $$python"; rm -rf $(VENV); "$$python" -m venv $(VENV); \
	fi
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	@touch $@

run: install
	DEBUG=1 $(MANAGE) migrate --noinput
	DEBUG=1 $(MANAGE) seed_demo --if-empty
	DEBUG=1 $(MANAGE) runserver 127.0.0.1:8000

# Production: DEBUG off, so SECRET_KEY, ALLOWED_HOSTS… come from the environment (README, "Running it
# in production"); settings stop with a one-line message when SECRET_KEY is missing.
serve: install
	DEBUG=0 $(MANAGE) migrate --noinput
	DEBUG=0 $(MANAGE) collectstatic --noinput --verbosity 0
	DEBUG=0 exec $(BIN)/gunicorn --config deploy/gunicorn.conf.py

# Backups (README, "Backups"): the database and MEDIA_ROOT into var/backups/<time>/, and back into an
# empty site. Like `make run`, they default to DEBUG=1 when the environment does not say.
backup: install
	DEBUG=$${DEBUG:-1} $(MANAGE) backup

restore: install
	@if [ -z "$(BACKUP)" ]; then \
	  echo "Say which backup to restore: make restore BACKUP=var/backups/<time> (FORCE=1 replaces a non-empty database and MEDIA_ROOT)." >&2; \
	  exit 2; \
	fi
	DEBUG=$${DEBUG:-1} $(MANAGE) restore "$(BACKUP)"$(if $(filter 1,$(FORCE)), --force)

test: install browser-deps
	$(BIN)/python -m pytest -q

# The browser tests (tests/browser) drive Debian's Chromium (`apt-get install -y chromium`), never a
# browser Playwright downloads, and check pages with axe-core from npm; tests/test_html_validity.py
# and `make audit` run the Nu HTML Checker (vnu-jar from npm, needs Java); `make audit` also runs
# Lighthouse. All three live in var/npm, installed in one npm command (npm prunes what a later
# --no-save install does not name). Without Chromium and Java nothing is needed.
NPM_TOOLS := axe-core@4 vnu-jar@26 lighthouse@12.2.3
AXE := var/npm/node_modules/axe-core/axe.min.js
VNU := var/npm/node_modules/vnu-jar/build/dist/vnu.jar
LIGHTHOUSE := var/npm/node_modules/.bin/lighthouse
browser-deps:
	@if { [ -x /usr/bin/chromium ] || command -v java >/dev/null; } \
	    && { [ ! -f $(AXE) ] || [ ! -f $(VNU) ] || [ ! -x $(LIGHTHOUSE) ]; }; then \
	  command -v npm >/dev/null || { echo "The browser tests and the HTML checker need npm to fetch axe-core, vnu-jar and lighthouse (apt-get install -y npm)." >&2; exit 1; }; \
	  echo "npm install --no-save --prefix var/npm $(NPM_TOOLS)"; \
	  npm install --no-save --no-audit --no-fund --silent --prefix var/npm $(NPM_TOOLS); \
	fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The demo site served as in production (own PostgreSQL, gunicorn, DEBUG off), checked by the Nu
# HTML Checker and Lighthouse (mobile, four categories, 100 wanted); scores in var/audit/scores.md.
audit: install browser-deps
	$(BIN)/python audit/run.py

# Time the reading pages against a large archive (SCALE articles, default 100000) in its own
# database, in-process and over HTTP (gunicorn + wrk). `make bench SCALE=1000000`.
bench: install
	@command -v wrk >/dev/null || apt-get install -y wrk || sudo apt-get install -y wrk \
	  || echo "wrk could not be installed: the bench will skip its HTTP part." >&2
	SCALE="$(SCALE)" $(BIN)/python bench/run.py

# Readers and comment posters against gunicorn while its own PostgreSQL, then its own Redis, stop and
# start again (never the machine's servers); figures in loadtest/results/latest.json. About 2 minutes.
loadtest: install
	$(BIN)/python loadtest/run.py

# Mutation testing of the rule modules (docs/mutation.md; slow, never part of `make test` or CI).
# mutmut works in a copy of the project (mutants/); the tests there use this worktree's embedded
# database. MUTANTS narrows the run, e.g. make mutation MUTANTS='articles.sanitize*'.
mutation: install
	PGDATA_DIR=$(CURDIR)/var/pgdata $(BIN)/mutmut run --max-children 1 $(foreach m,$(MUTANTS),'$(m)')
	$(BIN)/mutmut results

# Regenerate requirements.lock from pyproject.toml (needs uv: `pip install uv`).
lock:
	uv pip compile pyproject.toml --extra dev --universal --python-version 3.12 --generate-hashes \
	  --no-header --output-file requirements.lock

# Extract and compile the Vietnamese translations (needs GNU gettext).
messages: install
	DEBUG=1 $(MANAGE) makemessages --locale vi --no-obsolete --ignore '.venv/*' --ignore 'var/*'
	DEBUG=1 $(MANAGE) compilemessages --locale vi --ignore '.venv/*'
