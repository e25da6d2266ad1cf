# The README's commands. Everything installs itself into .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-all bench resources lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/piriformis-desktop $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/lint-imports

test-all: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m ''
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/drift.py

# Regenerate the compiled Qt resources after changing resources.qrc or assets/.
resources: $(STAMP)
	$(BIN)/python -m piriformis_desktop.ui.resources_build

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
