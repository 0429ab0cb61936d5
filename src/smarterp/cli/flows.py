"""Commands for the main business flows: orders, deliveries, receipts, invoices, payments."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Attach the flow command groups (sales, purchase, invoice, pay, stock) to the app."""
