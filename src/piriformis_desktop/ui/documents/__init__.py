"""The printed documents: the routine sheet, the progress report, their page helpers, the File menu entries."""
