# The README's commands. Everything installs itself into .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast bench resources desktop-entry clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	# An editable install compiles no bytecode; do it once so start-up does not compile every launch.
	$(BIN)/python -m compileall -q src >/dev/null
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/piriformis-desktop $(ARGS)

# Everything, end-to-end tests included; the import contract keeps core/ free of Qt.
test: $(STAMP)
	$(BIN)/ruff check --quiet src tests bench tools
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/lint-imports

# The quick loop while working: no tests that start the app as a process.
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

bench: $(STAMP)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/drift.py
	$(BIN)/python bench/idle_cpu.py
	$(BIN)/python bench/sheet.py
	$(BIN)/python bench/history.py
	$(BIN)/python bench/sound.py

# Regenerate the compiled Qt resources after changing resources.qrc or assets/.
resources: $(STAMP)
	$(BIN)/python -m piriformis_desktop.ui.resources_build

# Put Piriformis Desktop in the Linux application menu (for this user) with its icon.
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
desktop-entry: $(STAMP)
	install -D -m 644 packaging/piriformis-desktop.desktop $(DATA_HOME)/applications/piriformis-desktop.desktop
	sed -i 's|^Exec=piriformis-desktop|Exec=$(abspath $(BIN))/piriformis-desktop|' $(DATA_HOME)/applications/piriformis-desktop.desktop
	install -D -m 644 assets/icons/app-icon.svg $(DATA_HOME)/icons/hicolor/scalable/apps/piriformis-desktop.svg

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
