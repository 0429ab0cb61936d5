"""The `smarterp` command: init, import, demo, reports and the main business flows."""

from __future__ import annotations

import typer

from smarterp.automation.rules import builtin as builtin_rules
from smarterp.cli.common import console, friendly_errors, transaction
from smarterp.core import schema
from smarterp.core.db import default_engine
from smarterp.erp.setup import init_books

app = typer.Typer(
    name="smarterp",
    help="smarterp: an AI-native ERP. Books first; ask, read and plan on top.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
# `smarterp eval ask|extract|...`: each capability adds the command that prints its score.
eval_app = typer.Typer(help="Evaluate a capability on a labelled set and print its scores.")


@app.callback()
def _each_command(ctx: typer.Context) -> None:
    # As any command ends, the audit records it sealed are anchored outside the database.
    from smarterp.cli.audit import anchor_what_was_sealed

    ctx.call_on_close(anchor_what_was_sealed)


@app.command()
@friendly_errors
def init(
    company: str = typer.Option("My Company", help="Company name for a new database."),
    currency: str = typer.Option("USD", help="Company currency (ISO 4217)."),
) -> None:
    """Create or upgrade the database schema and open the books (chart, warehouse)."""
    eng = default_engine()
    schema.upgrade(eng)
    with transaction(eng) as session:
        books = init_books(session, name=company, currency=currency)
        name = books.name
        builtin_rules.install(session)  # disabled until someone enables them
    console.print(f"[green]ready:[/green] {name} at {eng.url.render_as_string(hide_password=True)}")


def _register() -> None:
    """Attach the command groups; each lives in its own module."""
    from smarterp.cli import (
        act,
        alerts,
        approvals,
        ask,
        audit,
        budgets,
        cash,
        currency,
        demo,
        documents,
        explain,
        forecast,
        imports,
        invoices,
        journal,
        mcp,
        partners,
        payments,
        periods,
        products,
        purchasing,
        ratios,
        read,
        report,
        rules,
        sales,
        stock,
        taxes,
        users,
        webhooks,
    )

    app.add_typer(eval_app, name="eval")
    app.add_typer(report.app, name="report")
    app.add_typer(explain.app, name="explain")
    app.add_typer(cash.cash_app, name="cash")
    app.add_typer(cash.close_app, name="close")
    app.add_typer(audit.app, name="audit")
    app.add_typer(webhooks.app, name="webhooks")
    app.add_typer(rules.app, name="rules")
    app.add_typer(approvals.app, name="approvals")
    app.command("worker")(rules.worker)
    eval_app.command("rules-from-text")(rules.eval_from_text)
    app.add_typer(users.users_app, name="users")
    app.add_typer(users.tokens_app, name="tokens")
    app.command("serve")(users.serve)
    app.add_typer(imports.app, name="import")
    app.command("demo")(demo.demo)
    app.add_typer(partners.app, name="partner")
    app.add_typer(products.app, name="product")
    app.add_typer(stock.app, name="stock")
    app.add_typer(sales.app, name="sales")
    app.add_typer(purchasing.app, name="purchase")
    app.add_typer(invoices.app, name="invoice")
    app.add_typer(journal.app, name="journal")
    app.add_typer(periods.app, name="period")
    app.add_typer(currency.app, name="currency")
    app.add_typer(taxes.app, name="tax")
    app.command("pay")(payments.pay)
    app.command("mcp")(mcp.mcp)
    app.command("ratios")(ratios.ratios)
    app.add_typer(budgets.app, name="budget")
    forecast.register(app, eval_app)
    ask.register(app, eval_app)
    alerts.register(app, eval_app)
    act.register(app, eval_app)  # do
    read.register(app, eval_app)  # ingest, extract, graph
    documents.register(app)  # print, send, company


_register()
