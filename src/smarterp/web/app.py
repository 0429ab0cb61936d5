"""One server for everything: the REST API under /api/v1 plus the web pages and their assets."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from smarterp.api.app import create_app as create_api_app
from smarterp.web import errors
from smarterp.web.routes import ROUTERS

STATIC = Path(__file__).parent / "static"


def create_app(engine: Engine | None = None, *, background: bool = False) -> FastAPI:
    """The API app with the web app's routes and static files added to it."""
    app = create_api_app(engine, background=background)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in ROUTERS:
        app.include_router(router, include_in_schema=False)
    errors.install(app)
    return app


def create_server() -> FastAPI:
    """What `smarterp serve` runs: web app and API on the configured database, delivering
    webhooks and sealing the audit trail in the background."""
    return create_app(background=True)
