"""The web app's pages, one module per part of the app."""

from smarterp.web.routes import (
    alerts,
    approvals,
    ask,
    auth,
    budgets,
    cash,
    dashboard,
    documents,
    forecast,
    graph,
    inbox,
    lists,
    outbox,
    pickers,
    records,
    reports,
    rules,
    shipping,
)

ROUTERS = (
    auth.router,
    dashboard.router,
    lists.router,
    records.router,
    pickers.router,
    documents.router,
    outbox.router,
    shipping.router,
    # Before the reports' /reports/{slug}: its own pages under /reports.
    cash.router,
    budgets.router,
    reports.router,
    ask.router,
    graph.router,
    forecast.router,
    inbox.router,
    alerts.router,
    rules.router,
    approvals.router,
)
