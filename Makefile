# The README's commands. Everything installs itself into .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast bench resources translations gallery desktop-entry clean dist bundle deb deb-check

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

# Regenerate the compiled Qt resources after changing resources.qrc, assets/ or a translations/*.ts.
resources: $(STAMP)
	$(BIN)/python tools/resources_build.py

# After changing user-visible strings: pyside6-lupdate merges them into translations/*.ts (keeping what is
# translated), the pseudo-locale is filled, and pyside6-lrelease compiles every .ts into the resources.
translations: $(STAMP)
	$(BIN)/python tools/translations_build.py

# Every screen in every theme at 1366x768, 800x600 and full screen, as PNGs (offscreen), to look at after
# each change to the UI: `make gallery` or `make gallery GALLERY=some/folder`; open index.html there.
GALLERY ?= shots/gallery
gallery: $(STAMP)
	$(BIN)/python tools/gallery.py $(GALLERY)

# Put Piriformis Desktop in the Linux application menu (for this user) with its icon, and have the file manager
# open *.prescription.toml with it (the MIME type, through shared-mime-info).
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
desktop-entry: $(STAMP)
	install -D -m 644 packaging/piriformis-desktop.desktop $(DATA_HOME)/applications/piriformis-desktop.desktop
	sed -i 's|^Exec=piriformis-desktop|Exec=$(abspath $(BIN))/piriformis-desktop|' $(DATA_HOME)/applications/piriformis-desktop.desktop
	install -D -m 644 assets/icons/app-icon.svg $(DATA_HOME)/icons/hicolor/scalable/apps/piriformis-desktop.svg
	install -D -m 644 packaging/piriformis-desktop-mime.xml $(DATA_HOME)/mime/packages/piriformis-desktop.xml
	-command -v update-mime-database >/dev/null && update-mime-database $(DATA_HOME)/mime
	-command -v update-desktop-database >/dev/null && update-desktop-database -q $(DATA_HOME)/applications

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache

# --- Releases (see packaging/). Everything lands in dist/; work files in build/.
DIST ?= dist
DIST_STAMP := $(VENV)/.dist-installed

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

# The wheel and the source archive, checked, then installed into a brand-new venv and tried (packaging/check-wheel.sh).
dist: $(DIST_STAMP)
	rm -f $(DIST)/piriformis_desktop-*
	$(BIN)/python -m build --outdir $(DIST) .
	$(BIN)/twine check --strict $(DIST)/piriformis_desktop-*
	$(BIN)/check-wheel-contents $(DIST)/piriformis_desktop-*.whl
	bash packaging/check-wheel.sh $(PYTHON) $(DIST)/piriformis_desktop-*.whl

# A Linux bundle that needs no Python: PyInstaller one-folder build, packed as a .tar.gz with install.sh.
bundle: $(DIST_STAMP)
	bash packaging/build-linux.sh bundle $(BIN)/python $(DIST)

# The same bundle as a .deb (under /opt, with /usr/bin link, menu entry, icons, metainfo), checked by lintian.
deb: bundle
	bash packaging/build-linux.sh deb $(BIN)/python $(DIST)

# As root: install the .deb with dpkg, run it with no Python on PATH, remove it again.
deb-check:
	bash packaging/check-deb.sh $(DIST)/piriformis-desktop_*.deb
