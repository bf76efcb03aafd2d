# GroupDesk - `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= .demo/groupdesk-demo.sqlite
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help

help:  ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

venv: $(STAMP)  ## Create the virtual environment and install GroupDesk with its test tools

system-deps:  ## Install the system libraries Qt needs (Debian/Ubuntu; needs root)
	@packaging/linux/install-system-deps.sh

run: system-deps venv  ## Open GroupDesk on a demo database (made on first run)
	@if [ ! -f $(DEMO_DB) ]; then mkdir -p $(dir $(DEMO_DB)) && $(BIN)/groupdesk --db $(DEMO_DB) demo; fi
	$(BIN)/groupdesk --db $(DEMO_DB) gui

test: system-deps venv  ## Run every test headless
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: venv  ## Check style with ruff
	$(BIN)/ruff check groupdesk tests
	$(BIN)/ruff format --check groupdesk tests

format: venv  ## Format the code with ruff
	$(BIN)/ruff format groupdesk tests
	$(BIN)/ruff check --fix groupdesk tests

bench: system-deps venv  ## Measure speed at 1k, 10k and 100k members; writes benchmarks.json
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

clean:  ## Remove the virtual environment, demo database and build outputs
	rm -rf $(VENV) .demo build dist *.egg-info benchmarks.json tests/benchmarks/.data

.PHONY: help venv system-deps run test lint format bench clean
