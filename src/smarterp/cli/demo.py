"""`smarterp demo`: build the demo company into the configured database and show what it holds."""

from __future__ import annotations

import time
from datetime import date

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy import Engine, func, select

from smarterp.cli.common import console, friendly_errors, print_json
from smarterp.cli.users import ensure_port_free, serve
from smarterp.core import auth, schema
from smarterp.core.db import default_engine, unit_of_work
from smarterp.core.permissions import Role
from smarterp.core.settings import get_settings
from smarterp.data.demo import DemoSummary, build_demo, has_business_data, reset_schema, summarize
from smarterp.data.demo.builder import COMPANY
from smarterp.erp.setup import init_books

# The demo's own sign-in, shown on screen and in the README: demo data only, never real books.
DEMO_USER = "demo"
DEMO_PASSWORD = "demo-demo"
FORECAST_WEEKS = 13  # a quarter ahead, as `smarterp forecast` makes by default


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@friendly_errors
def demo(
    seed: int = typer.Option(42, help="Random seed; the same seed and day build the same books."),
    today: str | None = typer.Option(
        None, help="Last day of the two years of history (YYYY-MM-DD); default today."
    ),
    fresh: bool = typer.Option(
        False, "--fresh", help="Drop every table and rebuild the demo from scratch."
    ),
    scale: float = typer.Option(
        1.0, min=0.05, max=5.0, help="Size of the company: 1 is about 200 customers."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    serve_after: bool = typer.Option(
        False,
        "--serve",
        help=f"Then start the web app on it (sign in as {DEMO_USER} / {DEMO_PASSWORD}).",
    ),
    port: int = typer.Option(8000, min=1, max=65535, help="Port for --serve."),
) -> None:
    """Build a demo trading company: two years of sales, purchases, stock, invoices and mail."""
    if serve_after:
        ensure_port_free("127.0.0.1", port)  # say so before minutes of building, not after
    _build_or_show(seed, _parse_day(today), fresh, scale, as_json)
    if serve_after:
        _ensure_demo_login(default_engine())
        console.print(
            f"\n[bold]Open http://127.0.0.1:{port}/[/bold] and sign in as "
            f"[bold]{DEMO_USER}[/bold] / [bold]{DEMO_PASSWORD}[/bold] (Ctrl-C stops the server)."
        )
        serve(host="127.0.0.1", port=port, workers=1, access_log=False)


def _ensure_demo_login(eng: Engine) -> None:
    """A sign-in for the demo company, made only while no user can sign in (the demo's own
    people, who post its entries and pay its bills, have no password)."""
    with unit_of_work(eng, actor="demo", via="cli") as session:
        can_sign_in = select(func.count()).where(auth.User.password_hash.is_not(None))
        if session.scalar(can_sign_in):
            return
        auth.create_user(session, DEMO_USER, Role.ADMIN, DEMO_PASSWORD, full_name="Demo admin")


def _build_or_show(
    seed: int, last_day: date | None, fresh: bool, scale: float, as_json: bool
) -> None:
    """Build the demo unless the database already holds a company; show its summary."""
    eng = default_engine()
    if fresh:
        reset_schema(eng)
    schema.upgrade(eng)
    if has_business_data(eng):
        summary = summarize(eng)
        if as_json:
            print_json(summary.__dict__)
            return
        console.print(
            "[yellow]The database already holds a company; nothing was built.[/yellow] "
            "Run [bold]smarterp demo --fresh[/bold] to drop it and build the demo again."
        )
        _show(summary)
        return
    with unit_of_work(eng, actor="demo", via="cli") as session:
        init_books(session, name=COMPANY)
    started = time.perf_counter()
    with Progress(
        TextColumn("[bold]Building the demo company[/bold]"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} weeks"),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=as_json,
        disable=as_json,
    ) as bar:
        task = bar.add_task("", total=None)

        def report(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=label)

        # What each message was generated to say and the anomalies planted, beside the books
        # (never read by the reader or the detectors): `eval extract --demo` and `eval alerts`.
        gold = get_settings().data_dir / "demo-inbox-gold.jsonl"
        summary = build_demo(
            eng, seed=seed, today=last_day, scale=scale, progress=report, gold_path=gold
        )
    built = time.perf_counter()
    read = _read_inbox(eng, as_json)
    inbox_done = time.perf_counter()
    series, graph = _forecast_and_graph(eng, summary, as_json)
    if as_json:
        print_json(
            summary.__dict__ | {"inbox_read": read, "forecast_series": series, "graph_nodes": graph}
        )
        return
    console.print(
        f"[green]built[/green] in {built - started:.0f} s; its inbox read in "
        f"{inbox_done - built:.1f} s ({read} messages, see /inbox); demand forecast and "
        f"knowledge graph made in {time.perf_counter() - inbox_done:.1f} s ({series} products, "
        f"{graph} nodes; see /forecast and /graph)"
    )
    _show(summary)


def _read_inbox(eng: Engine, quiet: bool) -> int:
    """Read the messages the demo company received, so its Inbox opens already read."""
    from smarterp.intel.docs.inbox import read_stored_inbox

    with (
        Progress(
            TextColumn("[bold]Reading its inbox[/bold]"),
            TextColumn("{task.completed} messages"),
            console=console,
            transient=True,
            disable=quiet,
        ) as bar,
        unit_of_work(eng, actor="demo", via="cli") as session,
    ):
        task = bar.add_task("", total=None)
        summary = read_stored_inbox(session, progress=lambda _: bar.advance(task))
    return len(summary.added)


def _forecast_and_graph(eng: Engine, summary: DemoSummary, quiet: bool) -> tuple[int, int]:
    """Forecast every product's weekly demand as of the demo's last day and store it, and
    build the knowledge graph from the books, as `smarterp forecast` and `smarterp graph
    build` do: the forecast and graph pages open full. Returns (products, graph nodes)."""
    from smarterp.intel.forecast.books import forecast_from_books
    from smarterp.intel.graph.learn import learn_books
    from smarterp.intel.graph.models import GraphNode

    with Progress(
        TextColumn("[bold]{task.description}[/bold]"),
        console=console,
        transient=True,
        disable=quiet,
    ) as bar:
        task = bar.add_task("Forecasting demand", total=None)
        with unit_of_work(eng, actor="demo", via="cli") as session:
            _run, frame, _methods = forecast_from_books(
                session, FORECAST_WEEKS, "W", (80, 95), today=summary.as_of
            )
        bar.update(task, description="Building the knowledge graph")
        with unit_of_work(eng, actor="demo", via="cli") as session:
            learn_books(session)
            nodes = session.scalar(select(func.count()).select_from(GraphNode)) or 0
    return int(frame.unique_id.nunique()), nodes


def _show(s: DemoSummary) -> None:
    console.print(f"[bold]{s.company}[/bold]  {s.first_day} .. {s.as_of}")
    counts = Table(title="What the books hold", show_header=False)
    counts.add_column("what")
    counts.add_column("count", justify="right")
    for label, value in [
        ("customers", f"{s.customers} ({s.chinese_customers} Chinese-speaking)"),
        ("suppliers", s.suppliers),
        ("products", s.products),
        ("sales orders", s.sales_orders),
        ("purchase orders", s.purchase_orders),
        ("customer invoices", s.customer_invoices),
        ("credit notes", s.credit_notes),
        ("vendor bills", s.vendor_bills),
        ("payments", s.payments),
        ("messages", f"{s.messages} ({s.chinese_messages} in Chinese)"),
    ]:
        counts.add_row(label, str(value))
    console.print(counts)
    money = Table(title="Money", show_header=False)
    money.add_column("what")
    money.add_column("amount", justify="right")
    for year, revenue in s.revenue_by_year.items():
        money.add_row(f"revenue {year} (net of returns, excl. VAT)", f"{revenue:,.2f}")
    money.add_row("open receivables", f"{s.open_receivables:,.2f}")
    money.add_row(
        f"overdue receivables ({s.overdue_invoices} invoices)", f"{s.overdue_receivables:,.2f}"
    )
    money.add_row("stock value", f"{s.stock_value:,.2f}")
    console.print(money)
    if s.anomalies:
        console.print("[bold]Planted anomalies[/bold] (for the copilot and risk checks to find):")
        for line in s.anomalies:
            console.print(f"  - {line}")
    console.print(f"Database: {s.database}")
