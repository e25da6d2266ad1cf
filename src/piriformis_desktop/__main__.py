"""`python -m piriformis_desktop` runs the command line entry point."""

import sys

from piriformis_desktop.cli import main

sys.exit(main())
