"""Hostile input against every GET route: each parameter, query or path, gets SQL fragments, FTS
syntax, LIKE wildcards, NUL, a lone surrogate, 100 KB, absurd numbers, bad dates, unknown
taxonomy values and path traversal. Every answer is 2xx or a 4xx with ``{"detail": "..."}``,
never a 500 or a traceback, and the corpus counts are the same afterwards. SQLite always,
PostgreSQL when EVENTCODER_TEST_PG is set.
"""

from __future__ import annotations

import json
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

import anyio
import pytest
import web_corpus
from corpus_conftest import fresh_pg_database, store_url  # noqa: F401
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from test_web_api import BASE, fake_extractor

from eventcoder.model import Article, Record
from eventcoder.store import Store
from eventcoder.store.corrections import all_corrections
from eventcoder.web import create_app, docs, pages

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

# Each value is sent percent-encoded as written here (``raw``) so that bytes no str can hold
# (a lone surrogate's UTF-8 form) still reach the server.
HOSTILE: dict[str, str] = {
    "sql-or": quote("' OR 1=1 --"),
    "sql-drop": quote('"; DROP TABLE articles; --'),
    "sql-union": quote("x' UNION SELECT id, text FROM articles --"),
    "fts-quote": quote('"'),
    "fts-star": quote("*"),
    "fts-near": quote("NEAR("),
    "fts-parens": quote("((market"),
    "fts-close": quote("market))"),
    "fts-ops": quote("AND OR NOT"),
    "fts-column": quote("title:market"),
    "like-percent": quote("%"),
    "like-under": quote("_"),
    "backslash": quote("\\"),
    "nul": "%00",
    "nul-inside": "a%00b",
    "surrogate": "%ED%A0%80",
    "bad-utf8": "%FF%FE",
    "long": "a" * 100_000,
    "long-words": quote("market " * 15_000),
    "negative": "-1",
    "zero": "0",
    "huge": "9" * 40,
    "float-inf": "1e309",
    "nan": "NaN",
    "bad-date": "2016-13-45",
    "word-date": "yesterday",
    "zero-date": "0000-00-00",
    "unknown-type": quote("Picnic"),
    "unknown-sub-type": quote("Protests/Picnic"),
    "unknown-country": "Atlantis",
    "dotdot": quote("../../etc/passwd", safe="/"),
    "dotdot-encoded": "..%2F..%2Fetc%2Fpasswd",
    "encoded-slash": "a%2Fb%5Cc",
    "markup": quote('"><img src=x onerror=alert(1)><script>alert(1)</script>'),
    "empty": "",
    "space": "%20",
}


def tolerant_extractor(article: Article) -> Record:
    """The API tests' fake extractor, with no event when the text has no full stop."""
    return fake_extractor(article) if "." in article.text else Record(article=article)


@dataclass(frozen=True)
class Route:
    """A GET route with its query and path parameter names."""

    path: str
    query: tuple[str, ...]
    params: tuple[str, ...]


def api_routes(spec: dict[str, Any]) -> list[Route]:
    """Every GET operation of the OpenAPI spec, with its parameters."""
    out = []
    for path, ops in spec["paths"].items():
        if "get" in ops:
            params = ops["get"].get("parameters", [])
            out.append(Route(path, tuple(p["name"] for p in params if p["in"] == "query"),
                             tuple(p["name"] for p in params if p["in"] == "path")))
    return out


def page_routes() -> list[Route]:
    """The HTML pages (left out of the spec); each also reads ``format``."""
    out = []
    for r in (*pages.router.routes, *docs.router.routes):
        if isinstance(r, APIRoute) and "GET" in r.methods:
            query, path = _params(r.dependant)
            out.append(Route(r.path.replace(":path}", "}"), (*dict.fromkeys(query), "format"),
                             tuple(dict.fromkeys(path))))
    return out


def _params(dependant: Dependant) -> tuple[list[str], list[str]]:
    """Query and path parameter names of a dependant and its sub-dependencies (by alias)."""
    query = [p.alias for p in dependant.query_params]
    path = [p.alias for p in dependant.path_params]
    for sub in dependant.dependencies:
        q, p = _params(sub)
        query, path = query + q, path + p
    return query, path


SPEC = create_app(store=Store.open("sqlite://"), extractor=fake_extractor).openapi()
ROUTES = api_routes(SPEC) + page_routes()
SENDS_PER_VALUE = sum(len(r.query) + len(r.params) for r in ROUTES)


def test_the_routes_cover_the_spec_and_the_pages() -> None:
    paths = {r.path for r in ROUTES}
    assert {"/api/events", "/api/search", "/api/records/{article_id}", "/api/incidents/{pk}"} <= paths
    assert {"/events", "/articles/{article_id}", "/search", "/map", "/timeline", "/review"} <= paths
    assert len(ROUTES) >= 25 and SENDS_PER_VALUE >= 95
    events = next(r for r in ROUTES if r.path == "/api/events")
    assert set(events.query) == {"country", "type", "date_from", "date_to", "actor", "sort", "order", "page",
                                 "per_page"}
    assert "error" not in next(r for r in ROUTES if r.path == "/articles/{article_id}").query


async def _asgi_get(app: FastAPI, url: str) -> tuple[int, dict[str, str], bytes]:
    """One GET straight into the ASGI app, the URL's bytes untouched (as uvicorn would pass them)."""
    raw_path, _, query = url.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
             "scheme": "http", "path": unquote(raw_path), "raw_path": raw_path.encode("latin-1"),
             "root_path": "", "query_string": query.encode("latin-1"), "server": ("127.0.0.1", 80),
             "client": ("127.0.0.1", 5000), "headers": [(b"host", b"127.0.0.1")]}
    status, headers, body = 0, {}, bytearray()
    done, asked = anyio.Event(), False

    async def receive() -> dict[str, Any]:
        nonlocal asked
        if not asked:
            asked = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await done.wait()  # like a client: disconnect only once the answer is complete
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
            headers.update((k.decode().lower(), v.decode()) for k, v in message["headers"])
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))
            if not message.get("more_body", False):
                done.set()

    await app(scope, receive, send)
    return status, headers, bytes(body)


@dataclass(frozen=True)
class Answer:
    status_code: int
    headers: dict[str, str]
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.content)


def raw_get(app: FastAPI, url: str) -> Answer:
    """GET ``url`` (already percent-encoded, any length) and collect the answer."""
    return Answer(*anyio.run(_asgi_get, app, url))


def url_of(route: Route, name: str | None, raw: str) -> str:
    """The route's URL with ``name`` (a path or query parameter) set to ``raw``, others valid."""
    path = route.path.replace(":path}", "}")
    for p in route.params:
        fill = raw if p == name else ("militia" if p == "article_id" else "1")
        path = path.replace("{" + p + "}", fill)
    query = []
    if name in route.query:
        query.append(f"{name}={raw}")
    if route.path.endswith("/search") and name != "q":
        query.append("q=market")
    if route.path == "/api/corrections" and name != "article_id":
        query.append("article_id=militia")
    return path + ("?" + "&".join(query) if query else "")


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def hostile_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One filled corpus per database kind for the whole module (the requests must not change it)."""
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("hostile") / f"{uuid.uuid4().hex}.db")
        with Store.open(url) as store:
            yield web_corpus.fill(store)
        return
    databases = fresh_pg_database()
    url = next(databases)
    try:
        with Store.open(url) as store:
            yield web_corpus.fill(store)
    finally:
        next(databases, None)


@pytest.fixture(scope="module")
def hostile_app(hostile_store: Store) -> FastAPI:
    return create_app(store=hostile_store, extractor=tolerant_extractor)


@pytest.fixture(scope="module")
def hostile_client(hostile_app: FastAPI) -> TestClient:
    return TestClient(hostile_app, base_url=BASE, raise_server_exceptions=False)


def counts(store: Store) -> dict[str, Any]:
    """The corpus totals and the number of stored corrections."""
    totals: dict[str, Any] = store.stats().to_dict()["totals"]
    return {**totals, "corrections": sum(len(c) for c in all_corrections(store).values())}


def check_answer(response: Any, what: str) -> None:
    """2xx, or a 4xx whose body says what was wrong; never a 5xx or a traceback."""
    assert response.status_code < 500, f"{what}: {response.status_code} {response.text[:300]}"
    assert "Traceback" not in response.text and 'File "' not in response.text, what
    kind = response.headers.get("content-type", "")
    if kind.startswith("text/html"):
        assert "<script>alert(1)" not in response.text and "<img src=x" not in response.text, what
    if response.status_code >= 400:
        if kind.startswith("application/json"):
            detail = response.json().get("detail")
            assert isinstance(detail, str) and detail, f"{what}: {response.text[:300]}"
            assert len(response.content) < 2_000, f"{what}: the error echoes the input"
        else:
            assert kind.startswith("text/html") and 'class="error"' in response.text, what


@pytest.mark.parametrize("value", sorted(HOSTILE))
def test_every_get_parameter_takes_hostile_values(hostile_app: FastAPI, hostile_store: Store,
                                                  value: str) -> None:
    before = counts(hostile_store)
    sent = 0
    for route in ROUTES:
        for name in (*route.params, *route.query):
            url = url_of(route, name, HOSTILE[value])
            check_answer(raw_get(hostile_app, url), url[:120])
            sent += 1
    assert sent == SENDS_PER_VALUE
    assert counts(hostile_store) == before


@pytest.mark.parametrize("value", ["negative", "zero", "huge", "float-inf", "nan"])
def test_page_numbers_out_of_range_are_refused_or_clamped(hostile_app: FastAPI, value: str) -> None:
    for path in ("/api/events", "/api/articles", "/events", "/articles"):
        response = raw_get(hostile_app, f"{path}?page={HOSTILE[value]}&format=json")
        check_answer(response, path)
        assert response.status_code in (200, 422), path


def test_filters_still_filter_and_unknown_values_say_why(hostile_client: TestClient) -> None:
    assert hostile_client.get("/api/events?type=Picnic").json()["total"] == 0
    assert hostile_client.get("/api/events?actor=%25").json()["total"] == 0  # % is a literal
    refused = hostile_client.get("/api/events?country=Atlantis")
    assert refused.status_code == 400 and "Atlantis" in refused.json()["detail"]
    bad = hostile_client.get("/api/events?date_from=2016-13-45")
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.json()["detail"]
    page = hostile_client.get("/events?date_from=yesterday")
    assert page.status_code == 400 and "YYYY-MM-DD" in page.text and "<header" in page.text
    assert hostile_client.get("/api/search?q=%22market%22+OR+*").status_code == 200


def test_the_same_values_in_every_post_path_are_refused(hostile_client: TestClient, hostile_store: Store) -> None:
    before = counts(hostile_store)
    for name, raw in HOSTILE.items():
        if name in ("empty", "long", "long-words"):  # the client refuses URLs over 64 KB
            continue
        response = hostile_client.post(f"/articles/{raw}/review", data={"csrf": "x"})
        check_answer(response, name)
        assert response.status_code in (403, 404, 405), name
    assert counts(hostile_store) == before


def test_static_files_refuse_traversal(hostile_client: TestClient) -> None:
    for raw in ("../app.py", "..%2Fapp.py", "%2e%2e/%2e%2e/web/app.py", "..%5Capp.py", "%00"):
        response = hostile_client.get(f"/static/{raw}")
        assert response.status_code in (400, 404), raw
        assert "create_app" not in response.text, raw
