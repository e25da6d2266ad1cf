"""Piriformis Desktop: a guided home routine for piriformis syndrome."""

__version__ = "1.0.0"
APP_NAME = "Piriformis Desktop"
APP_ID = "piriformis-desktop"
