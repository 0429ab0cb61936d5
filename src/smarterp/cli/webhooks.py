"""`smarterp webhooks ...`: subscribe URLs to domain events and run the delivery worker."""

from __future__ import annotations

import signal
import threading

import typer

from smarterp.automation.webhooks import dispatch, service
from smarterp.automation.webhooks.schemas import (
    DeliveryOut,
    SubscriptionCreated,
    SubscriptionIn,
    SubscriptionOut,
)
from smarterp.cli.common import console, engine, friendly_errors, print_json, print_table
from smarterp.cli.common import transaction as unit

app = typer.Typer(help="Webhooks: signed deliveries of domain events.", no_args_is_help=True)


@app.command("add")
@friendly_errors
def add(
    url: str,
    events: list[str] = typer.Option(
        ["*"], "--event", "-e", help='Topic or pattern, repeatable: "invoice.posted", "sales_*".'
    ),
    description: str | None = typer.Option(None),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Subscribe URL; prints the signing secret once."""
    with unit() as session:
        sub = service.subscribe(
            session, SubscriptionIn(url=url, topics=events, description=description)
        )
        session.flush()
        created = SubscriptionCreated.model_validate(sub)
    if as_json:
        print_json(created.model_dump())
        return
    console.print(f"subscription {created.id}: {created.url} <- {', '.join(created.topics)}")
    console.print(f"signing secret (shown once): [bold]{created.secret}[/bold]")


@app.command("list")
@friendly_errors
def list_cmd(as_json: bool = typer.Option(False, "--json")) -> None:
    """Every subscription."""
    with unit() as session:
        subs = [SubscriptionOut.model_validate(s) for s in service.list_subscriptions(session)]
    if as_json:
        print_json({"rows": [s.model_dump() for s in subs]})
        return
    print_table(
        "Webhook subscriptions",
        ["id", "url", "events", "active"],
        [[s.id, s.url, ", ".join(s.topics), s.active] for s in subs],
    )


@app.command("remove")
@friendly_errors
def remove(subscription_id: int) -> None:
    """Stop deliveries to a subscription (its history is kept)."""
    with unit() as session:
        sub = service.unsubscribe(session, subscription_id)
        console.print(f"subscription {sub.id} ({sub.url}) stopped")


@app.command("deliveries")
@friendly_errors
def deliveries(
    subscription_id: int,
    limit: int = typer.Option(50, min=1, max=500),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """The latest deliveries of a subscription, with their attempts and errors."""
    with unit() as session:
        rows = [
            DeliveryOut.model_validate(d)
            for d in service.list_deliveries(session, subscription_id, limit=limit)
        ]
    if as_json:
        print_json({"rows": [r.model_dump() for r in rows]})
        return
    print_table(
        f"Deliveries of subscription {subscription_id}",
        ["id", "event", "state", "attempts", "status", "error"],
        [
            [r.id, r.event_id, r.state.value, r.attempts, r.last_status, r.last_error or ""]
            for r in rows
        ],
    )


@app.command("worker")
@friendly_errors
def worker(
    once: bool = typer.Option(False, "--once", help="One round, then exit."),
    interval: float = typer.Option(2.0, min=0.1, help="Seconds between rounds."),
) -> None:
    """Deliver events to subscribers, retrying failures with back-off."""
    eng = engine()
    if once:
        report = dispatch.dispatch_once(eng)
        console.print(
            f"queued {report.fanned_out}, delivered {report.delivered}, "
            f"retrying {report.retrying}, failed {report.failed}, dropped {report.dropped}"
        )
        for line in report.errors:
            console.print(f"  [yellow]{line}[/yellow]", markup=True)
        return
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    console.print(f"delivering webhooks every {interval:g} s; Ctrl-C stops")
    try:
        dispatch.run_forever(eng, interval=interval, stop=stop)
    except KeyboardInterrupt:
        stop.set()
