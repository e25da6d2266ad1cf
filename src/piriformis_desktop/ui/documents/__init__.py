"""The printed documents: the routine sheet and the progress report, their shared page helpers and the File menu entries."""
