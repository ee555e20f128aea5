"""The review web app: FastAPI routes, Jinja2 pages (autoescaped), static JS and the JSON API.

``create_app`` wires one ``Store`` and the defences in ``security.py``; pages live in
``pages.py``, the JSON API in ``api.py``. Every page has a JSON twin: ``?format=json``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.middleware.trustedhost import TrustedHostMiddleware

from eventcoder import taxonomy
from eventcoder.model import Article, Record
from eventcoder.store import Store
from eventcoder.web.security import BodyLimit, SecurityHeaders, allowed_hosts, csrf_token, set_cookies

HERE = Path(__file__).resolve().parent
MAX_TEXT = 200_000
MAX_BODY = 2_000_000
Extractor = Callable[[Article], Record]


def _default_extractor(article: Article) -> Record:
    from eventcoder.record import build_record

    return build_record(article)


def pathpart(value: object) -> str:
    """One path segment, '/' included: Jinja's urlencode keeps '/', so an id with '../' would move the link."""
    return quote(str(value), safe="")


def _environment() -> Environment:
    """Autoescape on for every template, whatever its extension: all article content is untrusted."""
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["pathpart"] = pathpart
    env.globals["event_types"] = taxonomy.event_types()
    env.globals["sub_types_by_type"] = [
        (t, [s for s in taxonomy.sub_types() if taxonomy.type_of(s) == t]) for t in taxonomy.event_types()]
    env.globals["type_index"] = {t: i for i, t in enumerate(taxonomy.event_types())}
    return env


def create_app(db_url: str | None = None, *, store: Store | None = None, host: str = "127.0.0.1",
               token: str | None = None, extractor: Extractor | None = None,
               max_text: int = MAX_TEXT, max_body: int = MAX_BODY) -> FastAPI:
    """The ASGI app over one corpus; ``token`` guards write endpoints (None: writes open)."""
    from eventcoder.web import api, docs, errors, pages

    app = FastAPI(title="eventcoder", version="1", docs_url=None, redoc_url=None,
                  description="Browse and review an eventcoder corpus. Every HTML page has a JSON twin.")
    app.state.store = store or Store.open(db_url)
    app.state.token = token
    app.state.extractor = extractor or _default_extractor
    app.state.max_text = max_text
    app.state.templates = Jinja2Templates(env=_environment())
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(docs.router)
    errors.install(app)
    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(host))
    app.add_middleware(SecurityHeaders)
    return app


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> Response:
    """A page with the CSRF token available to its forms, and the session cookies set."""
    templates: Jinja2Templates = request.app.state.templates
    ctx = {"csrf": csrf_token(request), "writes_locked": bool(request.app.state.token), **context}
    response = templates.TemplateResponse(request, template, ctx, status_code=status)
    set_cookies(request, response)
    return response


def page(request: Request, template: str, data: dict[str, Any], context: dict[str, Any] | None = None,
         status: int = 200) -> Response:
    """The HTML page, or its JSON twin (the same ``data``) when ``?format=json``."""
    if request.query_params.get("format") == "json":
        return JSONResponse(jsonable_encoder(data), status_code=status)
    return render(request, template, {**data, **(context or {})}, status)
