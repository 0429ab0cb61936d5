"""The web app's pages, one module per part of the app."""

from smarterp.web.routes import auth, dashboard, documents, lists, reports

ROUTERS = (auth.router, dashboard.router, lists.router, documents.router, reports.router)
