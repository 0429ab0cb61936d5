"""`smarterp partner`: adding, changing and listing customers and suppliers, and their
contacts and addresses."""

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
from smarterp.erp.partners.schemas import PartnerIn, PartnerOut, PartnerUpdate
from smarterp.erp.partners.service import create_partner, update_partner

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
    segment: str | None = typer.Option(
        None, "--segment", help="Customer group, e.g. Retail, Wholesale, Distributor."
    ),
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
                segment=segment,
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
        None, "--search", help="Text in name, ref, email, city, country, contact or segment."
    ),
    segment: str | None = typer.Option(None, "--segment", help="Only this customer group."),
    as_json: bool = JSON_OPT,
) -> None:
    """List partners, by name."""
    stmt = queries.partners(
        q=search,
        is_customer=True if customers else None,
        is_supplier=True if suppliers else None,
        segment=segment,
    )
    with transaction() as session:
        rows = [dump(PartnerOut, p) for p in session.scalars(stmt.order_by(*queries.by_name()))]
    if as_json:
        print_json(rows)
        return
    print_table(
        "Partners",
        ["Id", "Ref", "Name", "Customer", "Supplier", "Segment", "Country", "Email"],
        [
            [
                r["id"],
                r["ref"],
                r["name"],
                "yes" if r["is_customer"] else "",
                "yes" if r["is_supplier"] else "",
                r["segment"],
                r["country"],
                r["email"],
            ]
            for r in rows
        ],
    )


@app.command("set")
@friendly_errors
def partner_set(
    key: str = typer.Argument(..., help="Partner ref, id or exact name."),
    name: str | None = typer.Option(None, "--name"),
    email: str | None = typer.Option(None, "--email", help="'' clears it."),
    phone: str | None = typer.Option(None, "--phone"),
    street: str | None = typer.Option(None, "--street"),
    city: str | None = typer.Option(None, "--city"),
    postal_code: str | None = typer.Option(None, "--postal-code"),
    country: str | None = typer.Option(None, "--country"),
    segment: str | None = typer.Option(None, "--segment", help="Customer group; '' clears it."),
    credit_limit: str | None = typer.Option(None, "--credit-limit"),
    payment_days: int | None = typer.Option(None, "--payment-days"),
    as_json: bool = JSON_OPT,
) -> None:
    """Change a partner's fields (those given; an empty value clears an optional one)."""
    given = {
        "name": name,
        "email": email,
        "phone": phone,
        "street": street,
        "city": city,
        "postal_code": postal_code,
        "country": country,
        "segment": segment,
        "payment_term_days": payment_days,
    }
    changes: dict[str, object] = {
        k: (v if v != "" else None) for k, v in given.items() if v is not None
    }
    if credit_limit is not None:
        changes["credit_limit"] = (
            parse_number("--credit-limit", "limit", credit_limit) if credit_limit else None
        )
    with transaction() as session:
        partner = queries.find_partner(session, key, "customer")
        cmd = PartnerUpdate.model_validate({"version": partner.version, **changes})
        updated = update_partner(session, partner.id, cmd)
        out = dump(PartnerOut, updated)
    if as_json:
        print_json(out)
    else:
        say(f"partner {out['id']} {out['name']} changed: {', '.join(changes) or 'nothing'}")


@app.command("contact")
@friendly_errors
def partner_contact(
    key: str = typer.Argument(..., help="The company's ref, id or exact name."),
    name: str = typer.Argument(..., help="The person's or the place's name."),
    kind: str = typer.Option(
        "contact", "--type", help="contact, invoice (address), delivery (address) or other."
    ),
    job_title: str | None = typer.Option(None, "--job-title"),
    email: str | None = typer.Option(None, "--email"),
    phone: str | None = typer.Option(None, "--phone"),
    street: str | None = typer.Option(None, "--street"),
    city: str | None = typer.Option(None, "--city"),
    postal_code: str | None = typer.Option(None, "--postal-code"),
    country: str | None = typer.Option(None, "--country"),
    as_json: bool = JSON_OPT,
) -> None:
    """Add a contact person or an invoice or delivery address to a company."""
    with transaction() as session:
        company = queries.find_partner(session, key, "customer")
        contact = create_partner(
            session,
            PartnerIn.model_validate(
                {
                    "name": name,
                    "parent_id": company.id,
                    "is_company": False,
                    "address_type": kind,
                    "job_title": job_title,
                    "email": email,
                    "phone": phone,
                    "street": street,
                    "city": city,
                    "postal_code": postal_code,
                    "country": country,
                }
            ),
        )
        session.flush()
        out = dump(PartnerOut, contact)
        owner = company.name
    if as_json:
        print_json(out)
    else:
        say(f"{kind} {out['name']} added to {owner} (partner {out['id']})")
