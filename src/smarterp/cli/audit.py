"""`smarterp audit ...`: read the audit trail and verify its hash chain."""

from __future__ import annotations

import typer
from sqlalchemy import select

from smarterp.cli.common import engine, err_console, friendly_errors, print_json, print_table
from smarterp.core.audit import AuditRecord
from smarterp.core.audit_chain import seal, verify
from smarterp.core.db import session_factory

app = typer.Typer(help="The audit trail: who changed what, and proof it was not altered.")


@app.command("verify")
@friendly_errors
def verify_cmd(as_json: bool = typer.Option(False, "--json")) -> None:
    """Re-compute the hash chain; exit 1 and name the first bad record if it was tampered with."""
    eng = engine()
    seal(eng)
    with session_factory(eng)() as session:
        result = verify(session)
    if as_json:
        print_json(result.__dict__)
    elif result.ok:
        typer.echo(f"audit trail intact: {result.checked} records verified")
    else:
        err_console.print(f"[red]audit trail broken:[/red] {result.problem}")
    if not result.ok:
        raise typer.Exit(1)


@app.command("log")
@friendly_errors
def log_cmd(
    entity: str | None = typer.Option(None, help="Table name, e.g. sales_order."),
    entity_id: int | None = typer.Option(None, "--id", help="Record id."),
    limit: int = typer.Option(50, min=1, max=10_000),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """The latest changes, optionally the history of one record."""
    with session_factory(engine())() as session:
        stmt = select(AuditRecord).order_by(AuditRecord.id.desc()).limit(limit)
        if entity:
            stmt = stmt.where(AuditRecord.entity_type == entity)
        if entity_id is not None:
            stmt = stmt.where(AuditRecord.entity_id == entity_id)
        records = session.scalars(stmt).all()
    rows = [
        {
            "seq": r.seq,
            "at": r.at,
            "actor": r.actor,
            "via": r.via,
            "action": r.action,
            "entity": r.entity_type,
            "id": r.entity_id,
            "reason": r.reason,
        }
        for r in records
    ]
    if as_json:
        print_json({"rows": rows})
    else:
        print_table(
            "Audit trail", list(rows[0]) if rows else ["seq"], [list(r.values()) for r in rows]
        )
