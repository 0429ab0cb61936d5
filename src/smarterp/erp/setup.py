"""Opening a new set of books: the company, its chart of accounts and its warehouse."""

from __future__ import annotations

from sqlalchemy.orm import Session

from smarterp.erp.accounting.service import install_chart
from smarterp.erp.company.models import Company
from smarterp.erp.company.service import ensure_company
from smarterp.erp.currency.service import check_code, get_currency
from smarterp.erp.inventory.service import ensure_warehouse


def init_books(session: Session, name: str = "My Company", currency: str = "USD") -> Company:
    """Everything a fresh database needs before the first order; safe to run again."""
    company = ensure_company(session, name=name, currency=check_code(currency, "--currency"))
    session.flush()
    get_currency(session, company.currency)  # the company's own, listed with the others
    install_chart(session)
    ensure_warehouse(session)
    return company
