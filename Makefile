# Eenouderpunt: two commands do everything on a fresh machine.
#   make run   install, build, migrate, load demo data, serve on http://127.0.0.1:8000
#   make test  the whole test suite (PostgreSQL when DATABASE_URL is set, else SQLite)

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := .make
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_COMMANDS := load_reference_data load_demo_content load_demo_regelingen \
	load_demo_lotgenoten load_demo_professionals load_demo_vragen

.PHONY: run test install assets migrate demo lint lock clean bench soak totp lighthouse messages

run: export DJANGO_DEBUG ?= true
run: install assets demo
	@echo ""
	@echo "  Eenouderpunt draait op http://$(HOST):$(PORT)/"
	@echo "  Beheer (Wagtail): http://$(HOST):$(PORT)/admin/"
	@echo "  Demo-login redactie: redactie@eenouderpunt.example / demo-redactie-2026"
	@echo "  Voor professionals: http://$(HOST):$(PORT)/professionals/ (wachtwoord demo-professional-2026)"
	@echo "    beheer@zutphen.example, beheer@almere.example (beheerders gemeente),"
	@echo "    lid@amsterdam.example, coach@reintegratie.example, moderator@eenouderpunt.example,"
	@echo "    nieuw@ouderinitiatief.example (wacht op goedkeuring)"
	@echo "  Tweestapscode (ook voor de redactie): make totp EMAIL=<e-mailadres>"
	@echo "  (TOTP-geheimen en herstelcodes staan hierboven, bij load_demo_professionals)"
	@echo "  E-mail: de outbox-worker draait mee en toont verstuurde e-mail hieronder."
	@echo ""
	@# The outbox worker (e-mail) runs beside the server and stops with it.
	$(PY) manage.py db_worker --backend outbox --no-reload --interval 2 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install assets
	$(PY) -m pytest $(PYTEST_ARGS)

install: $(STAMP)/python $(STAMP)/npm

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP)/python: requirements.lock pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	@mkdir -p $(STAMP) && touch $@

$(STAMP)/npm: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@mkdir -p $(STAMP) && touch $@

# The interface translations: locale/<lang>/LC_MESSAGES/django.po are committed, the
# compiled .mo files are built here (msgfmt --check-format: a broken placeholder
# stops the build). Part of assets, so run, test and bench have them.
assets: $(STAMP)/assets $(STAMP)/messages

PO_FILES := $(wildcard locale/*/LC_MESSAGES/*.po)
$(STAMP)/messages: $(STAMP)/python $(PO_FILES)
	@command -v msgfmt >/dev/null || { echo "msgfmt is missing: apt-get install gettext" >&2; exit 1; }
	$(if $(PO_FILES),DJANGO_DEBUG=true $(PY) manage.py compilemessages --ignore '.venv' --ignore 'node_modules' -v 0,@true)
	@mkdir -p $(STAMP) && touch $@

# Collect new interface texts into the English and Arabic catalogues (empty msgstr
# for the translators); texts no longer in the code are dropped.
MESSAGES_IGNORE := --ignore .venv --ignore node_modules --ignore static --ignore staticfiles \
	--ignore build --ignore 'test-*' --ignore tests --ignore bench
messages: install
	DJANGO_DEBUG=true $(PY) manage.py makemessages --locale en --locale ar --no-obsolete \
		--add-location file $(MESSAGES_IGNORE)

# The NL Design System CSS is cut down to the classes our code uses: rebuild on change.
ASSET_SOURCES := $(shell find templates content regelingen lotgenoten professionals \
	eenouderpunt static/css static/js -name '*.html' -o -name '*.py' -o -name '*.css' \
	-o -name '*.js' 2>/dev/null)
$(STAMP)/assets: $(STAMP)/npm scripts/build_assets.py scripts/purge_css.mjs $(ASSET_SOURCES)
	$(PY) scripts/build_assets.py
	@mkdir -p $(STAMP) && touch $@

migrate: export DJANGO_DEBUG ?= true
migrate: install
	$(PY) manage.py createcachetable
	$(PY) manage.py migrate --no-input -v 0

demo: export DJANGO_DEBUG ?= true
demo: install
	$(PY) manage.py demo_setup $(DEMO_COMMANDS)

# The current two-factor code of a demo account: make totp EMAIL=beheer@zutphen.example
totp: export DJANGO_DEBUG ?= true
totp: install
	$(PY) manage.py demo_totp_code $(EMAIL)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Regenerate requirements.lock from the pins in pyproject.toml (in a clean venv).
lock:
	rm -rf build/lockenv && $(PYTHON) -m venv build/lockenv
	build/lockenv/bin/pip install --quiet $$($(PYTHON) -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print(" ".join(p["dependencies"] + p["optional-dependencies"]["dev"]))')
	build/lockenv/bin/pip freeze --exclude-editable | grep -v '^eenouderpunt' > requirements.lock

clean:
	rm -rf $(VENV) node_modules static/vendor staticfiles $(STAMP) db.sqlite3

# Peer group postcode search with 10,000 groups (PostgreSQL, own database; see script).
.PHONY: bench-lotgenoten
bench-lotgenoten: install
	$(PY) scripts/bench_postcode_search.py

# Benchmark the whole portal on PostgreSQL with gunicorn + wrk (see bench/run.py).
bench: install assets
	@command -v wrk >/dev/null || apt-get install -y -qq wrk
	$(PY) bench/run.py $(BENCH_ARGS)

# Soak: 2 gunicorn workers on the bench database under a steady mix for 3 minutes,
# memory of master and workers every 10 s (see bench/soak.py).
soak: install assets
	@command -v wrk >/dev/null || apt-get install -y -qq wrk
	$(PY) bench/soak.py $(SOAK_ARGS)

# Lighthouse scores of the running site (start it first with `make run`); Debian's
# Chromium, no browser download (see scripts/lighthouse.py).
BASE ?= http://$(HOST):$(PORT)
lighthouse:
	$(PY) scripts/lighthouse.py $(BASE)
