"""Roles and the one permission table that API, web and CLI all consult."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    ADMIN = "admin"
    ACCOUNTANT = "accountant"
    SALES = "sales"
    PURCHASING = "purchasing"
    WAREHOUSE = "warehouse"
    VIEWER = "viewer"


R = Role
EVERYONE = frozenset(Role)

# permission -> the roles that hold it. A permission is "<area>.<read|write>" or a named action.
PERMISSIONS: dict[str, frozenset[Role]] = {
    "partners.read": EVERYONE,
    "partners.write": frozenset({R.ADMIN, R.SALES, R.PURCHASING, R.ACCOUNTANT}),
    "products.read": EVERYONE,
    "products.write": frozenset({R.ADMIN, R.PURCHASING}),
    "stock.read": EVERYONE,
    "stock.write": frozenset({R.ADMIN, R.WAREHOUSE}),
    "sales.read": frozenset({R.ADMIN, R.SALES, R.ACCOUNTANT, R.WAREHOUSE, R.VIEWER}),
    "sales.write": frozenset({R.ADMIN, R.SALES}),
    "sales.deliver": frozenset({R.ADMIN, R.WAREHOUSE, R.SALES}),
    "purchasing.read": frozenset({R.ADMIN, R.PURCHASING, R.ACCOUNTANT, R.WAREHOUSE, R.VIEWER}),
    "purchasing.write": frozenset({R.ADMIN, R.PURCHASING}),
    "purchasing.receive": frozenset({R.ADMIN, R.WAREHOUSE, R.PURCHASING}),
    "invoices.read": frozenset({R.ADMIN, R.ACCOUNTANT, R.SALES, R.PURCHASING, R.VIEWER}),
    "invoices.write": frozenset({R.ADMIN, R.ACCOUNTANT, R.SALES, R.PURCHASING}),
    "payments.read": frozenset({R.ADMIN, R.ACCOUNTANT, R.VIEWER}),
    "payments.write": frozenset({R.ADMIN, R.ACCOUNTANT}),
    "journal.read": frozenset({R.ADMIN, R.ACCOUNTANT, R.VIEWER}),
    "journal.write": frozenset({R.ADMIN, R.ACCOUNTANT}),
    "reports.financial": frozenset({R.ADMIN, R.ACCOUNTANT, R.VIEWER}),
    "reports.operational": EVERYONE,
    "audit.read": frozenset({R.ADMIN, R.ACCOUNTANT}),
    "ask.use": EVERYONE,  # what an answer may show is narrowed per measure by the read rights
    "act.use": EVERYONE,  # a proposal is checked against the operation's own permission
    "docs.read": frozenset({R.ADMIN, R.SALES, R.PURCHASING, R.ACCOUNTANT}),
    "docs.write": frozenset({R.ADMIN, R.SALES, R.PURCHASING}),
    "forecast.read": frozenset({R.ADMIN, R.PURCHASING, R.SALES, R.WAREHOUSE, R.VIEWER}),
    "forecast.write": frozenset({R.ADMIN, R.PURCHASING}),
    "alerts.read": frozenset({R.ADMIN, R.ACCOUNTANT, R.SALES, R.PURCHASING, R.VIEWER}),
    "alerts.write": frozenset({R.ADMIN, R.ACCOUNTANT}),
    "webhooks.manage": frozenset({R.ADMIN}),
    # Automation rules act on the books as the rule: reading them is wide, changing them is not.
    "rules.read": frozenset({R.ADMIN, R.ACCOUNTANT, R.SALES, R.PURCHASING, R.VIEWER}),
    "rules.manage": frozenset({R.ADMIN}),
    # Approvals: who decides a request is the policy's role, checked by the service.
    "approvals.read": frozenset({R.ADMIN, R.ACCOUNTANT, R.SALES, R.PURCHASING, R.VIEWER}),
    "approvals.decide": frozenset({R.ADMIN, R.ACCOUNTANT, R.SALES, R.PURCHASING}),
    "approvals.manage": frozenset({R.ADMIN}),
    "users.manage": frozenset({R.ADMIN}),
    "settings.write": frozenset({R.ADMIN}),
}


def allowed(role: Role | str, permission: str) -> bool:
    """Whether `role` holds `permission`; an unknown permission is a programming error."""
    try:
        holders = PERMISSIONS[permission]
    except KeyError:
        raise KeyError(f"unknown permission {permission!r}") from None
    return Role(role) in holders
