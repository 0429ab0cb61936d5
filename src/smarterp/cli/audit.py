"""`smarterp audit ...`: read the audit trail, verify it, seal it and anchor it outside the
database."""

from __future__ import annotations

import typer
from rich.markup import escape
from sqlalchemy import func, select

from smarterp.cli.common import (
    engine,
    err_console,
    friendly_errors,
    print_json,
    print_table,
    say,
)
from smarterp.core.audit import AuditRecord
from smarterp.core.audit_anchor import Anchor, write_checkpoint
from smarterp.core.audit_chain import checkpoint_sealed_inline, seal
from smarterp.core.audit_verify import verify
from smarterp.core.db import session_factory
from smarterp.core.settings import get_settings

app = typer.Typer(help="The audit trail: who changed what, and proof it was not altered.")


def anchor_what_was_sealed() -> None:
    """As a command ends: checkpoint the chain if it sealed records (the server checkpoints on
    its own). A failure is a warning: the command's work is done and committed."""
    if get_settings().audit_checkpoint_seconds <= 0:
        return
    anchor = Anchor.from_settings()
    try:
        checkpoint_sealed_inline(anchor)
    except Exception as exc:
        err_console.print(
            f"[yellow]warning:[/yellow] no audit checkpoint written to {escape(str(anchor.file))}:"
            f" {escape(str(exc))}"
        )


@app.command("verify")
@friendly_errors
def verify_cmd(as_json: bool = typer.Option(False, "--json")) -> None:
    """Check the hash chain and every checkpoint, writing nothing; exit 1 and name each problem
    (a record altered or missing, the chain cut short or rewritten, a forged checkpoint,
    records not sealed)."""
    anchor = Anchor.from_settings()
    with session_factory(engine())() as session:
        result = verify(session, anchor)
    if as_json:
        print_json(result.__dict__)
    elif not result.ok:
        err_console.print(f"[red]audit trail broken[/red] ({result.checked} records verified):")
        for problem in result.problems:
            err_console.print(f"- {escape(problem)}", highlight=False)
    else:
        say(f"audit trail intact: {result.checked} records verified")
        if result.checkpoints:
            after = result.checked - result.anchored
            say(
                f"anchored by {result.checkpoints} checkpoints in {anchor.file}; the latest "
                f"that holds ({result.anchored_at}) covers records #1 to #{result.anchored}"
                + (f", the {after} after it are not anchored yet" if after else "")
            )
    if not result.ok:
        raise typer.Exit(1)


@app.command("seal")
@friendly_errors
def seal_cmd() -> None:
    """Seal the records written but not sealed into the chain (look at them first with
    `smarterp audit log --unsealed`: once sealed, they are part of the trail)."""
    say(f"{seal(engine())} records sealed")


@app.command("checkpoint")
@friendly_errors
def checkpoint_cmd(as_json: bool = typer.Option(False, "--json")) -> None:
    """Anchor the chain's head outside the database: append a signed checkpoint (count, last
    hash, time) to the anchor file. Run it from cron where no server writes them."""
    anchor = Anchor.from_settings()
    eng = engine()
    checkpoint = write_checkpoint(eng, anchor)
    with session_factory(eng)() as session:
        unsealed = session.scalar(
            select(func.count()).select_from(AuditRecord).where(AuditRecord.seq.is_(None))
        )
    if as_json:
        print_json({"checkpoint": checkpoint and checkpoint.__dict__, "unsealed": unsealed})
        return
    if checkpoint is None:
        say("the audit chain is empty: nothing to anchor")
    else:
        say(f"checkpoint written to {anchor.file}: {checkpoint.count} records")
    if unsealed:
        say(f"{unsealed} unsealed records are not in it: see `smarterp audit log --unsealed`")


@app.command("log")
@friendly_errors
def log_cmd(
    entity: str | None = typer.Option(None, help="Table name, e.g. sales_order."),
    entity_id: int | None = typer.Option(None, "--id", help="Record id."),
    limit: int = typer.Option(50, min=1, max=10_000),
    unsealed: bool = typer.Option(False, "--unsealed", help="Only records not sealed yet."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """The latest changes, optionally the history of one record."""
    with session_factory(engine())() as session:
        stmt = select(AuditRecord).order_by(AuditRecord.id.desc()).limit(limit)
        if entity:
            stmt = stmt.where(AuditRecord.entity_type == entity)
        if entity_id is not None:
            stmt = stmt.where(AuditRecord.entity_id == entity_id)
        if unsealed:
            stmt = stmt.where(AuditRecord.seq.is_(None))
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
