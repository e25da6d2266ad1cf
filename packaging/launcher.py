"""The bundle's entry point: the same `main()` the `piriformis-desktop` command runs (PyInstaller starts here)."""

import sys

from piriformis_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
