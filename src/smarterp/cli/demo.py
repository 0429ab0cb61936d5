"""`smarterp demo`: build the demo company."""

from __future__ import annotations


def demo() -> None:
    """Build the demo company (not yet available)."""
    raise SystemExit("the demo company is being built; see issue 2")
