"""The History tab: the page, its numbers, the weekly and pain charts (pyqtgraph, loaded lazily), the day strip."""
