"""`smarterp print` and `smarterp send`: a document as PDF, or emailed with its PDF attached;
`smarterp company` shows and sets the details documents print in their letterhead."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer
from sqlalchemy.orm import Session

from smarterp.cli.common import (
    JSON_OPT,
    friendly_errors,
    parse_date,
    print_json,
    say,
    transaction,
)
from smarterp.core.errors import InvalidInput
from smarterp.erp.company.service import DETAIL_FIELDS, get_company, set_details, set_timezone
from smarterp.erp.documents import service as documents
from smarterp.erp.documents.content import Printable


class Kind(StrEnum):
    """The documents `print` and `send` take (documents.ALL_KINDS)."""

    quotation = "quotation"
    order = "order"
    delivery = "delivery"
    invoice = "invoice"
    credit_note = "credit-note"
    purchase_order = "purchase-order"
    statement = "statement"


KIND_ARG = typer.Argument(..., help="Which document.", case_sensitive=False)
NUMBER_ARG = typer.Argument(
    ...,
    help="The document's number (SO00012, INV/2026/00001...); for a statement, the "
    "customer's ref, id or name.",
)
LANG_OPT = typer.Option(None, "--lang", help="en or zh; the partner's language when omitted.")
FROM_OPT = typer.Option(
    None, "--from", help="Statements: first day (YYYY-MM-DD); three months back by default."
)
TO_OPT = typer.Option(
    None, "--to-date", help="Statements: last day (YYYY-MM-DD); today by default."
)

company_app = typer.Typer(help="The company's details printed on documents.", no_args_is_help=True)


def _document(
    session: Session, kind: str, number: str, date_from: str | None, date_to: str | None
) -> Printable:
    if kind == documents.STATEMENT:
        return documents.statement(
            session,
            number,
            date_from=parse_date(date_from, "--from") if date_from else None,
            date_to=parse_date(date_to, "--to-date") if date_to else None,
        )
    if date_from or date_to:
        raise InvalidInput("--from", "only a statement covers a period")
    return documents.printable(session, kind, documents.find_id(session, kind, number))


@friendly_errors
def print_document(
    kind: Kind = KIND_ARG,
    number: str = NUMBER_ARG,
    output: Path = typer.Option(..., "--output", "-o", help="Where to write the PDF."),
    lang: str | None = LANG_OPT,
    date_from: str | None = FROM_OPT,
    date_to: str | None = TO_OPT,
) -> None:
    """Write a quotation, order confirmation, delivery note, invoice, credit note, purchase
    order or customer statement as PDF."""
    with transaction() as session:
        doc = _document(session, kind.value, number, date_from, date_to)
        pdf = documents.pdf(doc, lang)
    if output.is_dir():
        output = output / doc.filename
    try:
        output.write_bytes(pdf)
    except OSError as exc:
        raise InvalidInput("--output", f"cannot write {output}: {exc.strerror}") from None
    say(f"{doc.kind} {doc.number}: {output} ({len(pdf):,} bytes)")


@friendly_errors
def send_document(
    kind: Kind = KIND_ARG,
    number: str = NUMBER_ARG,
    to: list[str] = typer.Option(
        [], "--to", help="Recipient (repeat for more); the partner's email when omitted."
    ),
    cc: list[str] = typer.Option([], "--cc", help="Copy to (repeat for more)."),
    subject: str | None = typer.Option(
        None, "--subject", help="Subject; a standard one when omitted."
    ),
    body: str | None = typer.Option(
        None, "--body", help="Message text; a standard one when omitted."
    ),
    lang: str | None = LANG_OPT,
    date_from: str | None = FROM_OPT,
    date_to: str | None = TO_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Email a document with its PDF attached through the SMTP server in SMARTERP_SMTP_*;
    recorded on the document's history and in the partner's messages."""
    with transaction() as session:
        doc = _document(session, kind.value, number, date_from, date_to)
        sent = documents.send(session, doc, to=to, cc=cc, subject=subject, body=body, language=lang)
    if as_json:
        print_json(sent.__dict__)
    else:
        say(f"{sent.kind} {sent.number} sent to {', '.join(sent.recipients)} ({sent.filename})")


@company_app.command("show")
@friendly_errors
def show_company(as_json: bool = JSON_OPT) -> None:
    """The company's name, address and contact details."""
    with transaction() as session:
        company = get_company(session)
        details = {name: getattr(company, name) for name in DETAIL_FIELDS}
        details["currency"] = company.currency
        details["timezone"] = company.timezone
    if as_json:
        print_json(details)
        return
    for name, value in details.items():
        say(f"{name:>13}: {value or '—'}")


@company_app.command("set")
@friendly_errors
def set_company(
    name: str | None = typer.Option(None, help="Company name."),
    street: str | None = typer.Option(None),
    postal_code: str | None = typer.Option(None, "--postal-code"),
    city: str | None = typer.Option(None),
    region: str | None = typer.Option(None),
    country: str | None = typer.Option(None),
    phone: str | None = typer.Option(None),
    email: str | None = typer.Option(None),
    website: str | None = typer.Option(None),
    tax_id: str | None = typer.Option(None, "--tax-id"),
    bank_account: str | None = typer.Option(None, "--bank-account", help="Printed on invoices."),
    timezone: str | None = typer.Option(
        None,
        "--timezone",
        help="IANA zone schedules of rules are read in, e.g. Europe/London (default UTC).",
    ),
) -> None:
    """Change the details documents print, or the time zone; an empty value ("") clears a
    detail."""
    given = {
        "name": name,
        "street": street,
        "postal_code": postal_code,
        "city": city,
        "region": region,
        "country": country,
        "phone": phone,
        "email": email,
        "website": website,
        "tax_id": tax_id,
        "bank_account": bank_account,
    }
    changes: dict[str, str | None] = {k: v for k, v in given.items() if v is not None}
    if not changes and timezone is None:
        raise InvalidInput("options", "give at least one detail to change, e.g. --phone")
    with transaction() as session:
        company = set_details(session, changes) if changes else get_company(session)
        if timezone is not None:
            company = set_timezone(session, timezone)
        label = company.name
    changed = [*changes, *(["timezone"] if timezone is not None else [])]
    say(f"{label}: {', '.join(changed)} updated")


def register(app: typer.Typer) -> None:
    app.command("print")(print_document)
    app.command("send")(send_document)
    app.add_typer(company_app, name="company")
