"""Hostile writes and costly reads: JSON and form bodies that are malformed, huge, deep or not
UTF-8 answer 4xx (never 500) and store nothing; the CSRF and write-token rules, one test each;
page sizes and query lengths capped; a request over everything reads a bounded number of rows.
SQLite always, PostgreSQL when EVENTCODER_TEST_PG is set.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator

import pytest
import web_corpus
from corpus_conftest import store_url  # noqa: F401
from test_web_api import BASE
from test_web_hostile import (  # noqa: F401  (fixtures)
    check_answer,
    counts,
    hostile_app,
    hostile_client,
    hostile_store,
    tolerant_extractor,
)

from eventcoder.store import Store
from eventcoder.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


# ---- POST bodies ------------------------------------------------------------------------------

GOOD = {"article_id": "militia", "item_kind": "event", "item_key": "e1", "action": "accept"}
DEEP = "[" * 10_000 + "]" * 10_000
BODIES: dict[str, bytes] = {
    "not-json": b"{'article_id': militia",
    "empty": b"",
    "null": b"null",
    "list": b"[1, 2, 3]",
    "string": b'"accept"',
    "number": b"1e999",
    "missing-fields": b"{}",
    "wrong-types": json.dumps({**GOOD, "article_id": 5, "changes": "x", "note": ["a"]}).encode(),
    "bool-for-string": json.dumps({**GOOD, "item_key": True, "text": False}).encode(),
    "nested-10000": ('{"article_id": "militia", "item_kind": "event", "item_key": "e1", "action": "accept", '
                     '"changes": {"fatalities": ' + DEEP + '}, "text": ' + DEEP + "}").encode(),
    "non-utf8": b'{"article_id": "\xff\xfe militia", "text": "\xc3\x28"}',
    "utf16": json.dumps(GOOD).encode("utf-16"),
    "nul-and-surrogate": json.dumps({**GOOD, "note": "a\x00b\ud800", "text": "x\x00y\udfff. z",
                                     "reviewer": "\ud800"}).encode(),
    "sql-in-id": json.dumps({**GOOD, "article_id": "' OR 1=1 --", "text": "'; DROP TABLE articles; --"}).encode(),
    "traversal-id": json.dumps({**GOOD, "article_id": "../../etc/passwd"}).encode(),
    "huge-changes": json.dumps({**GOOD, "action": "correct", "changes": {f"f{i}": i for i in range(50_000)},
                                "text": "y" * 150_000}).encode(),
    "duplicate-keys": b'{"article_id": "militia", "article_id": "nope", "item_kind": "event", "item_key": "e1", '
                      b'"action": "accept", "action": "reject", "text": "a."}',
    "five-mb": b'{"text": "' + b"z" * 5_000_000 + b'"}',
}


@pytest.mark.parametrize("path", ["/api/corrections", "/api/extract"])
@pytest.mark.parametrize("name", sorted(BODIES))
def test_hostile_json_bodies_are_refused_cleanly(hostile_client: TestClient, hostile_store: Store,
                                                 path: str, name: str) -> None:
    before = counts(hostile_store)
    response = hostile_client.post(path, content=BODIES[name], headers={"content-type": "application/json"})
    check_answer(response, f"{path} {name}")
    if name == "five-mb":
        assert response.status_code == 413
    if path == "/api/corrections":
        assert response.status_code >= 400 or name in ("nul-and-surrogate", "utf16"), response.text[:200]
        if response.status_code < 400:  # a valid verdict with cleaned text: undo the count check
            return
        assert counts(hostile_store) == before
    assert counts(hostile_store) == before  # extraction never stores


@pytest.mark.parametrize("name", ["non-utf8", "nul", "long", "nested"])
def test_hostile_form_bodies_are_refused_cleanly(hostile_client: TestClient, hostile_store: Store,
                                                 name: str) -> None:
    before = counts(hostile_store)
    token = csrf_of(hostile_client, "/paste")
    bodies = {"non-utf8": b"csrf=" + token.encode() + b"&text=%FF%FE%C3%28&title=\xff\xfe",
              "nul": b"csrf=" + token.encode() + b"&text=a%00b&published=%00",
              "long": b"csrf=" + token.encode() + b"&text=" + b"q" * 1_900_000,
              "nested": b"csrf=" + token.encode() + b"&text[a][b][c]=1&" + b"&".join([b"x=1"] * 50_000)}
    for path in ("/paste", "/articles/militia/review"):
        response = hostile_client.post(path, content=bodies[name],
                                       headers={"content-type": "application/x-www-form-urlencoded"})
        check_answer(response, f"{path} {name}")
        assert response.status_code in (200, 400, 413, 422), f"{path} {name} {response.status_code}"
    assert counts(hostile_store) == before


def csrf_of(client: TestClient, path: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found, path
    return found.group(1)


# ---- CSRF and the write token: one test per rule ------------------------------------------------

@pytest.fixture
def fresh(store_url: str) -> Iterator[Store]:  # noqa: F811
    with Store.open(store_url) as opened:
        yield web_corpus.fill(opened)


def form(token: str | None) -> dict[str, str]:
    base = {"kind": "event", "key": "e1", "action": "accept"}
    return base if token is None else {**base, "csrf": token}


def test_rule_a_form_without_csrf_is_refused(fresh: Store) -> None:
    client = TestClient(create_app(store=fresh, extractor=tolerant_extractor), base_url=BASE)
    csrf_of(client, "/articles/militia")
    assert client.post("/articles/militia/review", data=form(None)).status_code == 403
    assert client.post("/paste", data={"text": "Shelling hit a town."}).status_code == 403
    assert counts(fresh)["corrections"] == 0


def test_rule_a_csrf_value_must_match_this_sessions_cookie(fresh: Store) -> None:
    victim = TestClient(create_app(store=fresh, extractor=tolerant_extractor), base_url=BASE)
    stolen = csrf_of(victim, "/articles/militia")
    attacker = TestClient(victim.app, base_url=BASE)  # another browser: no cookie, or its own
    assert attacker.post("/articles/militia/review", data=form(stolen)).status_code == 403
    csrf_of(attacker, "/paste")
    assert attacker.post("/articles/militia/review", data=form(stolen)).status_code == 403
    assert victim.post("/articles/militia/review", data=form(stolen), follow_redirects=False).status_code == 303


def test_rule_the_csrf_cookie_is_httponly_and_same_site_strict(fresh: Store) -> None:
    client = TestClient(create_app(store=fresh, extractor=tolerant_extractor), base_url=BASE)
    cookie = client.get("/paste").headers["set-cookie"].lower()
    assert "ec_csrf=" in cookie and "httponly" in cookie and "samesite=strict" in cookie


@pytest.mark.parametrize("kind", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                                  "application/json-patch+json", ""])
def test_rule_json_endpoints_refuse_what_a_cross_site_form_can_send(fresh: Store, kind: str) -> None:
    client = TestClient(create_app(store=fresh, extractor=tolerant_extractor), base_url=BASE)
    for path in ("/api/corrections", "/api/extract"):
        response = client.post(path, content=json.dumps(GOOD).encode(), headers={"content-type": kind})
        assert response.status_code == 415, (path, kind)
    assert counts(fresh)["corrections"] == 0


def test_rule_off_loopback_every_write_needs_the_token(fresh: Store) -> None:
    client = TestClient(create_app(store=fresh, host="0.0.0.0", token="s3cret", extractor=tolerant_extractor),
                        base_url=BASE)
    csrf = csrf_of(client, "/paste")
    assert client.post("/paste", data={"csrf": csrf, "text": "A march."}).status_code == 401
    assert client.post("/articles/militia/review", data=form(csrf)).status_code == 401
    assert client.post("/api/extract", json={"text": "A march."}).status_code == 401
    assert client.post("/api/corrections?token=s3cret", json=GOOD).status_code == 401  # not in a URL
    assert client.post("/api/corrections", json=GOOD, headers={"authorization": "Basic s3cret"}).status_code == 401
    assert client.post("/api/corrections", json=GOOD, headers={"authorization": "Bearer s3cre"}).status_code == 401
    assert counts(fresh)["corrections"] == 0
    assert client.post("/api/corrections", json=GOOD, headers={"authorization": "Bearer s3cret"}).status_code == 201


def test_rule_writes_never_happen_on_get(fresh: Store) -> None:
    client = TestClient(create_app(store=fresh, extractor=tolerant_extractor), base_url=BASE)
    for path in ("/articles/militia/review?kind=event&key=e1&action=accept", "/api/extract?text=x",
                 "/api/corrections?article_id=militia&item_kind=event&item_key=e1&action=accept"):
        assert client.get(path).status_code in (200, 404, 405, 422), path
    assert counts(fresh)["corrections"] == 0
    assert counts(fresh)["articles"] == 4


def test_rule_a_loopback_server_answers_only_loopback_host_names(fresh: Store) -> None:
    client = TestClient(create_app(store=fresh, extractor=tolerant_extractor), base_url=BASE)
    for host in ("evil.example", "127.0.0.1.evil.example", "localhost.evil.example", "10.0.0.1"):
        assert client.get("/api/stats", headers={"host": host}).status_code == 400, host
        assert client.post("/api/corrections", json=GOOD, headers={"host": host}).status_code == 400, host
    assert counts(fresh)["corrections"] == 0


# ---- query cost ---------------------------------------------------------------------------------

def test_page_sizes_and_query_lengths_are_capped(hostile_client: TestClient) -> None:
    for path in ("/api/events?per_page=501", "/api/articles?per_page=501", "/api/incidents?limit=501",
                 "/api/review/queue?limit=501", "/api/search?q=a&limit=201", "/review?limit=501",
                 "/api/search?q=" + "a" * 501, "/search?q=" + "a" * 501, "/api/events?actor=" + "a" * 201,
                 "/api/events?page=1000001"):
        response = hostile_client.get(path)
        assert response.status_code == 422, path
        assert len(response.content) < 2_000, path
    assert hostile_client.get("/api/events?per_page=500").json()["per_page"] == 500


def test_a_request_over_everything_reads_a_bounded_number_of_rows(fresh: Store,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.web import queries

    hostile_client = TestClient(create_app(store=fresh, extractor=tolerant_extractor), base_url=BASE)

    monkeypatch.setattr(queries, "MAX_ROWS", 3)
    body = hostile_client.get("/api/events?per_page=500&sort=fatalities&order=desc").json()
    assert (body["total"], body["truncated"], len(body["events"])) == (3, True, 3)
    assert [e["date_start"] for e in sorted(body["events"], key=lambda e: e["date_start"])][0] == "2016-12-12"
    assert hostile_client.get("/api/map").json()["truncated"] is True
    assert len(hostile_client.get("/api/map").json()["points"]) <= 3
    assert hostile_client.get("/api/timeline").json()["truncated"] is True
    assert "Narrow the filters" in hostile_client.get("/events").text
    narrowed = hostile_client.get("/api/events?country=SD").json()
    assert (narrowed["total"], narrowed["truncated"]) == (2, False)
