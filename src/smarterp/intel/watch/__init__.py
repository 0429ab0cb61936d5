"""Watching the books: detectors that raise alerts on what looks wrong, and their store."""
