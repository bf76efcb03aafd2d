# GroupDesk - `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= .demo/groupdesk-demo.sqlite
STAMP := $(VENV)/.installed
# GUI translations: the .ts files are kept in git, the .qm files are built from them.
# groupdesk_en.ts holds only the English singular and plural forms of texts with a count.
LANGUAGES := id en
TS_FILES := $(LANGUAGES:%=groupdesk/resources/translations/groupdesk_%.ts)
# Qt's own texts (file dialogs, standard buttons, the menus of text fields, the print dialog)
# for the languages the Qt wheels ship no translation of; kept by hand in qtbase_<lang>.ts.
QT_LANGUAGES := id
QT_TS_FILES := $(QT_LANGUAGES:%=groupdesk/resources/translations/qtbase_%.ts)
QM_FILES := $(TS_FILES:.ts=.qm) $(QT_TS_FILES:.ts=.qm)
UI_SOURCES = $(shell find groupdesk/ui groupdesk/printing -name '*.py' | LC_ALL=C sort)

.DEFAULT_GOAL := help

help:  ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench,bundle]'
	touch $(STAMP)

venv: $(STAMP) $(QM_FILES)  ## Create the virtual environment and install GroupDesk with its test tools

$(QM_FILES): %.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)  ## Refresh the .ts files from the GUI's sources, then build the .qm files
	$(BIN)/pyside6-lupdate -locations relative -no-obsolete $(UI_SOURCES) -ts groupdesk/resources/translations/groupdesk_id.ts
	# English needs only the singular forms of the texts that count something ("1 member").
	$(BIN)/pyside6-lupdate -locations relative -no-obsolete -pluralonly $(UI_SOURCES) -ts groupdesk/resources/translations/groupdesk_en.ts
	$(BIN)/pyside6-lrelease $(TS_FILES) $(QT_TS_FILES)

messages: $(STAMP)  ## Bring the core's message catalogues (.po) in step with their English sources
	$(BIN)/python -m groupdesk.core.messages.po_update

system-deps:  ## Install the system libraries Qt needs (Debian/Ubuntu; needs root)
	@packaging/linux/install-system-deps.sh

run: system-deps venv  ## Open GroupDesk on a demo database (made on first run)
	@if [ ! -f $(DEMO_DB) ]; then mkdir -p $(dir $(DEMO_DB)) && $(BIN)/groupdesk --db $(DEMO_DB) demo; fi
	$(BIN)/groupdesk --db $(DEMO_DB) gui

test: system-deps venv  ## Run every test headless
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: venv  ## Check style (ruff), types (mypy), the layers' import contracts, the CI workflow
	$(BIN)/ruff check groupdesk tests
	$(BIN)/ruff format --check groupdesk tests
	$(BIN)/mypy
	$(BIN)/lint-imports --no-logo
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

typecheck: venv  ## Check types with mypy (strict in groupdesk/core; settings in pyproject.toml)
	$(BIN)/mypy

format: venv  ## Format the code with ruff
	$(BIN)/ruff format groupdesk tests
	$(BIN)/ruff check --fix groupdesk tests

bundle: venv  ## Build the one-folder Linux program (dist/groupdesk) and its .tar.gz
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/pyinstaller/groupdesk.spec
	packaging/linux/make-tarball.sh dist/groupdesk dist

bench: system-deps venv  ## Measure speed at 1k, 10k and 100k members; writes benchmarks.json
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

dist: venv  ## Build the wheel and the source archive into dist/
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist .

clean:  ## Remove the virtual environment, demo database and build outputs
	rm -rf $(VENV) .demo build dist *.egg-info benchmarks.json tests/benchmarks/.data $(QM_FILES)

.PHONY: help venv translations system-deps run test lint typecheck format bundle bench dist clean
