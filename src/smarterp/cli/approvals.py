"""`smarterp approvals ...`: approval policies, the requests waiting, approve and reject."""

from __future__ import annotations

import getpass
from decimal import Decimal

import typer

from smarterp.cli.common import JSON_OPT, console, friendly_errors, print_json, print_table
from smarterp.cli.common import transaction as unit
from smarterp.core.auth import get_user
from smarterp.core.errors import InvalidInput
from smarterp.erp.approvals import service
from smarterp.erp.approvals.models import ApprovalState, DocumentType
from smarterp.erp.approvals.schemas import PolicyIn, PolicyOut, RequestOut

app = typer.Typer(help="Approvals: orders that wait for a person in a role.", no_args_is_help=True)
policy_app = typer.Typer(help="Which orders need whose approval.", no_args_is_help=True)
app.add_typer(policy_app, name="policy")

USER_OPT = typer.Option(
    None, "--user", help="The smarterp user deciding (their role counts); default: your login."
)


@policy_app.command("add")
@friendly_errors
def policy_add(
    name: str,
    document: DocumentType = typer.Option(..., "--document", help="sales_order or purchase_order."),
    role: str = typer.Option(..., "--role", help="The role that approves: purchasing, sales..."),
    amount_over: Decimal | None = typer.Option(
        None, "--amount-over", help="Hold orders whose total in the company currency is over this."
    ),
    discount_over: Decimal | None = typer.Option(
        None, "--discount-over", help="Hold orders with a line discounted over this (0.2 = 20%)."
    ),
    disabled: bool = typer.Option(False, "--disabled", help="Keep it, switched off."),
    as_json: bool = JSON_OPT,
) -> None:
    """Add a policy; every limit given must be exceeded for it to hold an order."""
    cmd = PolicyIn(
        name=name,
        document_type=document,
        approver_role=role,  # pydantic checks the role's name
        amount_over=amount_over,
        discount_over=discount_over,
        enabled=not disabled,
    )
    with unit() as session:
        policy = service.add_policy(session, cmd)
        session.flush()
        out = PolicyOut.model_validate(policy)
    if as_json:
        print_json(out.model_dump())
        return
    console.print(f"policy {out.id} {out.name}: {_limits(out)} -> approved by {out.approver_role}")


def _limits(p: PolicyOut) -> str:
    words = []
    if p.amount_over is not None:
        words.append(f"total over {p.amount_over}")
    if p.discount_over is not None:
        words.append(f"discount over {p.discount_over * 100:.2f}%")
    return f"{p.document_type.value.replace('_', ' ')}s with " + " and ".join(words)


@policy_app.command("list")
@friendly_errors
def policy_list(as_json: bool = JSON_OPT) -> None:
    """Every policy."""
    with unit() as session:
        rows = [PolicyOut.model_validate(p) for p in service.list_policies(session)]
    if as_json:
        print_json({"rows": [r.model_dump() for r in rows]})
        return
    print_table(
        "Approval policies",
        ["id", "name", "holds", "approver", "enabled"],
        [[r.id, r.name, _limits(r), r.approver_role, "yes" if r.enabled else "no"] for r in rows],
    )


def _switch(policy_id: int, enabled: bool, as_json: bool) -> None:
    with unit() as session:
        out = PolicyOut.model_validate(service.set_policy_enabled(session, policy_id, enabled))
    if as_json:
        print_json(out.model_dump())
        return
    console.print(f"policy {out.id} {out.name} {'enabled' if out.enabled else 'disabled'}")


@policy_app.command("enable")
@friendly_errors
def policy_enable(policy_id: int, as_json: bool = JSON_OPT) -> None:
    """Switch a policy on: orders confirmed from now on are held by it."""
    _switch(policy_id, True, as_json)


@policy_app.command("disable")
@friendly_errors
def policy_disable(policy_id: int, as_json: bool = JSON_OPT) -> None:
    """Switch a policy off; the requests it raised stay as they are."""
    _switch(policy_id, False, as_json)


@app.command("list")
@friendly_errors
def list_cmd(
    state: str = typer.Option("pending", "--state", help="pending, approved, rejected or all."),
    as_json: bool = JSON_OPT,
) -> None:
    """The approval requests (those waiting, by default), oldest first."""
    if state != "all" and state not in {s.value for s in ApprovalState}:
        raise InvalidInput("state", f"{state!r} is not pending, approved, rejected or all")
    with unit() as session:
        chosen = None if state == "all" else ApprovalState(state)
        rows = [RequestOut.model_validate(r) for r in service.list_requests(session, chosen)]
    if as_json:
        print_json({"rows": [r.model_dump() for r in rows]})
        return
    print_table(
        f"Approval requests ({state})",
        ["id", "document", "amount", "requested by", "approver", "reason", "state", "comment"],
        [
            [
                r.id,
                r.document_number,
                r.amount,
                r.requested_by,
                r.approver_role,
                r.reason,
                r.state,
                r.comment or "",
            ]
            for r in rows
        ],
    )


def _decide(
    request_id: int, approve: bool, user: str | None, comment: str | None, as_json: bool
) -> None:
    with unit() as session:
        who = get_user(session, user or getpass.getuser())
        if not who.active:
            raise InvalidInput("user", f"{who.username} is deactivated")
        decide = service.approve if approve else service.reject
        request = decide(session, request_id, user=who.username, role=who.role, comment=comment)
        out = RequestOut.model_validate(request)
    if as_json:
        print_json(out.model_dump())
        return
    console.print(
        f"approval request {out.id} for {out.document_number} {out.state} by {out.decided_by}"
        + (f": {out.comment}" if out.comment else "")
    )


@app.command("approve")
@friendly_errors
def approve(
    request_id: int,
    user: str | None = USER_OPT,
    comment: str | None = typer.Option(None, "--comment"),
    as_json: bool = JSON_OPT,
) -> None:
    """Approve a request; the order can then be confirmed."""
    _decide(request_id, True, user, comment, as_json)


@app.command("reject")
@friendly_errors
def reject(
    request_id: int,
    comment: str = typer.Option(..., "--comment", help="Why: the requester reads it."),
    user: str | None = USER_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Reject a request with a comment; the order is a draft again."""
    _decide(request_id, False, user, comment, as_json)
