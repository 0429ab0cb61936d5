"""The FastAPI application: routers under /api/v1, error handlers, health and readiness."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from sqlalchemy import Engine, text

import smarterp
from smarterp.api import admission, body_limit, errors
from smarterp.api.deps import API_PREFIX
from smarterp.api.docs_page import add_docs_page
from smarterp.api.routers import (
    act,
    alerts,
    approvals,
    ask,
    budgets,
    cash,
    currencies,
    docs,
    documents,
    explain,
    forecast,
    invoices,
    journal,
    partners,
    payments,
    products,
    purchasing,
    ratios,
    reports,
    rules,
    sales,
    stock,
    taxes,
    webhooks,
)
from smarterp.api.schemas import Health
from smarterp.automation import jobs
from smarterp.automation.webhooks import dispatch
from smarterp.core import schema
from smarterp.core.audit_chain import background_sealing
from smarterp.core.db import default_engine
from smarterp.core.settings import get_settings
from smarterp.intel.watch import watcher

ROUTERS = (
    partners,
    products,
    stock,
    sales,
    purchasing,
    invoices,
    payments,
    journal,
    currencies,
    taxes,
    reports,
    webhooks,
    rules,
    approvals,
    ask,
    act,
    docs,
    forecast,
    alerts,
    explain,
    cash,
    ratios,
    budgets,
    documents,
)


def route_permission(route: APIRoute) -> str | None:
    """The permission a route requires, read from its auth dependency (None: public)."""
    for dep in route.dependant.dependencies:
        permission = getattr(dep.call, "permission", None)
        if permission is not None:
            return str(permission)
    return None


def api_routes() -> list[tuple[str, APIRoute]]:
    """Every /api/v1 route with its full path (walked from our routers, not the app, so
    this does not depend on how FastAPI stores included routers)."""
    return [
        (API_PREFIX + route.path, route)
        for module in ROUTERS
        for route in module.router.routes
        if isinstance(route, APIRoute)
    ]


WEBHOOK_INTERVAL_SECONDS = 2.0
ALERT_WATCH_INTERVAL_SECONDS = 10.0


def _background_work(engine: Engine) -> Any:
    """A lifespan that runs the server's background work while it is up: the webhook
    dispatcher (several server processes may each run one: deliveries are claimed with
    skip-locked leases) and the audit trail's sealer."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        stop = threading.Event()
        worker = threading.Thread(
            target=dispatch.run_forever,
            args=(engine,),
            kwargs={"interval": WEBHOOK_INTERVAL_SECONDS, "stop": stop},
            name="webhooks",
            daemon=True,
        )
        # The alert watcher reads the same outbox from a mark of its own and raises alerts
        # on the events that cause them; their alert.raised events go out through the above.
        watch = threading.Thread(
            target=watcher.run_forever,
            args=(engine,),
            kwargs={"interval": ALERT_WATCH_INTERVAL_SECONDS, "stop": stop},
            name="alert-watch",
            daemon=True,
        )
        worker.start()
        watch.start()
        # `smarterp serve --worker`: the rules' job worker in this process too.
        rules_worker = jobs.start_embedded(engine, stop) if get_settings().jobs_embedded else None
        try:
            with background_sealing(engine):  # requests do not wait for the audit seal
                yield
        finally:
            stop.set()
            worker.join(timeout=15)
            watch.join(timeout=15)
            if rules_worker is not None:
                rules_worker.join(timeout=15)

    return lifespan


def create_app(engine: Engine | None = None, *, background: bool = False) -> FastAPI:
    """The API app; `background` also runs the webhook dispatcher and the audit sealer (the
    server does, most tests do not)."""
    engine = engine if engine is not None else default_engine()
    app = FastAPI(
        title="smarterp",
        version=smarterp.__version__,
        description=(
            "The REST API of smarterp. Authenticate with `Authorization: Bearer <token>`; "
            "every operation names the permission it needs (`x-permission`). Errors are "
            '`{"error": {"code", "message", "details"}}`. Amounts are exact decimal strings.'
        ),
        openapi_url="/openapi.json",
        docs_url=None,  # docs_page serves /docs from the package, not a CDN
        redoc_url=None,
        lifespan=_background_work(engine) if background else None,
    )
    app.state.engine = engine
    errors.install(app)
    # Middleware added last runs first: oversized bodies are refused before they take one of
    # the worker's request slots.
    admission.install(app)
    body_limit.install(app)
    for module in ROUTERS:
        app.include_router(module.router, prefix=API_PREFIX)
    _health(app)
    _document_permissions(app)
    add_docs_page(app)
    return app


def _health(app: FastAPI) -> None:
    @app.get("/healthz", response_model=Health, tags=["health"])
    def healthz() -> Health:
        """The process is up; the database is not touched."""
        return Health(status="ok", version=smarterp.__version__)

    @app.get(
        "/readyz",
        response_model=Health,
        tags=["health"],
        responses={503: {"description": "Database unreachable or migrations not current."}},
    )
    def readyz() -> Any:
        """The database answers and its schema is at the newest migration."""
        engine: Engine = app.state.engine
        try:
            with engine.connect() as conn:
                conn.execute(text("select 1"))
            revisions = schema.current_revisions(engine)
            heads = schema.head_revisions()
        except Exception as exc:  # any failure to reach the database means "not ready"
            errors.log.warning("readiness check failed: %s", exc)
            return errors.error_response(503, "not_ready", "the database is not reachable")
        if not schema.is_current(engine):
            return errors.error_response(
                503,
                "not_ready",
                "the database schema is not at the newest migration; run `smarterp init`",
                {"revision": sorted(revisions), "head": sorted(heads)},
            )
        return Health(
            status="ready", version=smarterp.__version__, revision=",".join(sorted(revisions))
        )


def _document_permissions(app: FastAPI) -> None:
    """Put each route's permission into the OpenAPI document as `x-permission`."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        doc = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        for path, route in api_routes():
            permission = route_permission(route)
            if permission is None:
                continue
            for method in route.methods or ():
                op = doc["paths"].get(path, {}).get(method.lower())
                if op is not None:
                    op["x-permission"] = permission
        app.openapi_schema = doc
        return doc

    app.openapi = openapi  # type: ignore[method-assign]
