"""`smarterp partner`: adding and listing customers and suppliers."""

from __future__ import annotations

import typer

from smarterp.cli.common import (
    JSON_OPT,
    dump,
    friendly_errors,
    parse_number,
    print_json,
    print_table,
    say,
    transaction,
)
from smarterp.erp.partners import queries
from smarterp.erp.partners.schemas import PartnerIn, PartnerOut
from smarterp.erp.partners.service import create_partner

app = typer.Typer(help="Customers and suppliers.", no_args_is_help=True)


@app.command("add")
@friendly_errors
def partner_add(
    name: str = typer.Argument(..., help="Partner name."),
    customer: bool = typer.Option(False, "--customer", help="Sells to this partner."),
    supplier: bool = typer.Option(False, "--supplier", help="Buys from this partner."),
    ref: str | None = typer.Option(None, "--ref", help="Short code, e.g. ALFKI."),
    email: str | None = typer.Option(None, "--email"),
    country: str | None = typer.Option(None, "--country"),
    city: str | None = typer.Option(None, "--city"),
    credit_limit: str | None = typer.Option(None, "--credit-limit"),
    currency: str | None = typer.Option(
        None, "--currency", help="ISO code it is invoiced in (default: the company's)."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Add a customer and/or supplier."""
    limit = None if credit_limit is None else parse_number("--credit-limit", "limit", credit_limit)
    with transaction() as session:
        partner = create_partner(
            session,
            PartnerIn(
                name=name,
                ref=ref,
                is_customer=customer,
                is_supplier=supplier,
                email=email,
                country=country,
                city=city,
                credit_limit=limit,
                currency=currency,
            ),
        )
        session.flush()
        out = dump(PartnerOut, partner)
    if as_json:
        print_json(out)
    else:
        roles = [r for r, on in (("customer", customer), ("supplier", supplier)) if on]
        say(f"partner {out['id']} {out['name']} added ({', '.join(roles) or 'contact'})")


@app.command("list")
@friendly_errors
def partner_list(
    customers: bool = typer.Option(False, "--customers", help="Only customers."),
    suppliers: bool = typer.Option(False, "--suppliers", help="Only suppliers."),
    search: str | None = typer.Option(
        None, "--search", help="Text in name, ref, email, city, country or contact."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """List partners, by name."""
    stmt = queries.partners(
        q=search, is_customer=True if customers else None, is_supplier=True if suppliers else None
    )
    with transaction() as session:
        rows = [dump(PartnerOut, p) for p in session.scalars(stmt.order_by(*queries.by_name()))]
    if as_json:
        print_json(rows)
        return
    print_table(
        "Partners",
        ["Id", "Ref", "Name", "Customer", "Supplier", "Country", "Email"],
        [
            [
                r["id"],
                r["ref"],
                r["name"],
                "yes" if r["is_customer"] else "",
                "yes" if r["is_supplier"] else "",
                r["country"],
                r["email"],
            ]
            for r in rows
        ],
    )
