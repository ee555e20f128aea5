"""Error answers: a short ``{"detail": "..."}`` for the API and JSON twins, an HTML page for the
pages; never a traceback, never the whole hostile input echoed back.

Validation errors become one readable line (``query.page: Input should be ...``) without the
offending value, so a 100 KB parameter does not come back in the answer. Errors eventcoder raises
on purpose (an unknown country, a bad date) are the client's: 400 with their message.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventcoder.errors import EventcoderError

LOG = logging.getLogger("eventcoder.web")
MAX_DETAIL = 300


def short(message: str) -> str:
    """The message cut to ``MAX_DETAIL`` characters (a filter's message quotes the value)."""
    return message if len(message) <= MAX_DETAIL else message[:MAX_DETAIL] + "…"


def validation_detail(exc: RequestValidationError) -> str:
    """Each problem as ``where.name: message``, joined; the submitted values are left out."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return short("; ".join(parts) or "invalid request")


def wants_html(request: Request) -> bool:
    """Pages answer errors as pages; the API and ``?format=json`` twins answer JSON."""
    return not request.url.path.startswith("/api/") and request.query_params.get("format") != "json" \
        and request.method in ("GET", "POST") and request.url.path != "/openapi.json"


def answer(request: Request, status: int, detail: str, headers: dict[str, str] | None = None) -> Response:
    """The error as JSON or as the error page, with ``detail`` as its message."""
    if wants_html(request):
        from eventcoder.web.app import render

        response = render(request, "error.html", {"status": status, "detail": detail}, status)
        response.headers.update(headers or {})
        return response
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


async def on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    return answer(request, exc.status_code, short(detail), getattr(exc, "headers", None))


async def on_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return answer(request, 422, validation_detail(exc))


async def on_eventcoder(request: Request, exc: Exception) -> Response:
    return answer(request, 400, short(str(exc)))


async def on_unexpected(request: Request, exc: Exception) -> Response:
    """A bug: logged with its traceback on the server, a plain 500 to the client."""
    LOG.exception("unexpected error on %s %s", request.method, request.url.path)
    return JSONResponse({"detail": "internal error (logged on the server)"}, status_code=500)


def install(app: FastAPI) -> None:
    """Register the handlers above on ``app``."""
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(EventcoderError, on_eventcoder)
    app.add_exception_handler(Exception, on_unexpected)
