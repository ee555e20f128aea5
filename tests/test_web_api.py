"""The web app over HTTP with FastAPI's TestClient: the JSON API, JSON twins of pages, escaping,
security headers, CSRF, the write token, body and text size limits, and the review form."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

import pytest
import web_corpus
from corpus_conftest import span, store_url  # noqa: F401
from fastapi import FastAPI

from eventcoder.model import Article, Event, Record
from eventcoder.store import Store
from eventcoder.store.corrections import add_correction
from eventcoder.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

BASE = "http://127.0.0.1"


def fake_extractor(article: Article) -> Record:
    """Extraction without spaCy: one Protests event on the first sentence, to test the plumbing."""
    first = article.text.split(".")[0] + "."
    event = Event(id="e1", type="Protests", sub_type="Peaceful protest", date=None, location=None,
                  evidence=[span(article.text, first)])
    return Record(article=article, events=[event])


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:  # noqa: F811
    with Store.open(store_url) as opened:
        yield web_corpus.fill(opened)


def make(store: Store, **kw: object) -> FastAPI:
    return create_app(store=store, extractor=fake_extractor, **kw)  # type: ignore[arg-type]


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(make(store), base_url=BASE)


def csrf_of(client: TestClient, path: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found, path
    return found.group(1)


def test_api_lists_and_filters_events(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == 5 and body["page"] == 1
    assert [e["date_start"] for e in body["events"]] == sorted(e["date_start"] for e in body["events"])
    sd = client.get("/api/events", params={"country": "Sudan"}).json()
    assert {e["article_id"] for e in sd["events"]} == {"protest"}
    assert client.get("/api/events", params={"type": "Protests", "date_from": "2016-12-17"}).json()["total"] == 0
    paged = client.get("/api/events", params={"per_page": 2, "page": 3, "sort": "fatalities", "order": "desc"}).json()
    assert (paged["pages"], len(paged["events"])) == (3, 1)
    top = client.get("/api/events", params={"sort": "fatalities", "order": "desc"}).json()["events"][0]
    assert (top["article_id"], top["fatalities"]) == ("monitor", 15.0)
    assert client.get("/api/events", params={"per_page": 0}).status_code == 422


def test_api_records_apply_corrections(client: TestClient, store: Store) -> None:
    add_correction(store, "protest", "event", "e2", "correct", {"sub_type": "Excessive force against protesters"})
    body = client.get("/api/records/protest").json()
    assert body["record"]["events"][1]["sub_type"] == "Excessive force against protesters"
    assert body["review"] == [{"kind": "event", "key": "e2", "action": "correct"}]
    raw = client.get("/api/records/protest", params={"raw": True}).json()
    assert raw["events"][1]["sub_type"] == "Protest with intervention"
    events = client.get("/api/events", params={"country": "SD"}).json()["events"]
    assert {e["sub_type"] for e in events} == {"Peaceful protest", "Excessive force against protesters"}
    assert client.get("/api/records/nope").status_code == 404


def test_api_incidents_search_stats_timeline_map(client: TestClient) -> None:
    incidents = client.get("/api/incidents").json()["incidents"]
    kafr = next(i for i in incidents if i["n_sources"] == 2)
    assert kafr["disputed"] and {c["value"] for c in kafr["claims"] if c["disputed"]} == {12.0, 15.0}
    one = client.get(f"/api/incidents/{kafr['pk']}").json()
    assert [m["article_id"] for m in one["members"]] == ["militia", "monitor"] and one["members"][1]["reason"]
    assert client.get("/api/incidents/999").status_code == 404
    hits = client.get("/api/search", params={"q": "market"}).json()["hits"]
    assert {h["article_id"] for h in hits} >= {"militia", "protest"}
    assert client.get("/api/stats").json()["totals"]["articles"] == 4
    tl = client.get("/api/timeline").json()
    assert tl["days"][0] == {"day": "2016-12-12", "counts": {"Violence against civilians": 2}}
    points = client.get("/api/map").json()["points"]
    assert len(points) == 5 and all(p["lat"] is not None for p in points)
    assert [q["article_id"] for q in client.get("/api/review/queue").json()["queue"]][0] == "xss"
    assert client.get("/api/articles").json()["total"] == 4
    assert client.get("/api/articles/xss").json()["title"] == web_corpus.XSS_TITLE


def test_api_corrections_round_trip(client: TestClient) -> None:
    body = {"article_id": "militia", "item_kind": "event", "item_key": "e1", "action": "correct",
            "changes": {"fatalities": 14}, "note": "updated toll", "reviewer": "api"}
    made = client.post("/api/corrections", json=body)
    assert made.status_code == 201 and made.json()["changes"] == {"fatalities": {"machine": 12.0, "analyst": 14.0}}
    listed = client.get("/api/corrections", params={"article_id": "militia"}).json()["corrections"]
    assert [c["note"] for c in listed] == ["updated toll"]
    assert client.post("/api/corrections", json={**body, "changes": {"sub_type": "Picnic"}}).status_code == 422
    assert client.post("/api/corrections", json={**body, "item_key": "e9"}).status_code == 404
    assert client.post("/api/corrections", json={**body, "action": "maybe"}).status_code == 422
    # a cross-site form cannot post JSON: any other content type is refused
    assert client.post("/api/corrections", content=b"{}", headers={"content-type": "text/plain"}).status_code == 415


def test_api_extract_and_size_limits(client: TestClient) -> None:
    made = client.post("/api/extract", json={"text": "Hundreds marched in Tunis. Police watched.",
                                             "published": "2016-12-20"})
    assert made.status_code == 200 and made.json()["events"][0]["sub_type"] == "Peaceful protest"
    assert client.post("/api/extract", json={"text": "x" * 200_001}).status_code == 413
    assert client.post("/api/extract", json={"text": "ok.", "published": "20 Dec"}).status_code == 422
    huge = b'{"text": "' + b"y" * 2_100_000 + b'"}'
    refused = client.post("/api/extract", content=huge, headers={"content-type": "application/json"})
    assert refused.status_code == 413 and "request body" in refused.json()["detail"]


def test_pages_have_json_twins(client: TestClient) -> None:
    assert client.get("/events", params={"format": "json"}).json()["total"] == 5
    assert client.get("/articles/militia", params={"format": "json"}).json()["record"]["article"]["id"] == "militia"
    assert client.get("/incidents", params={"format": "json"}).json()["incidents"]
    assert client.get("/timeline", params={"format": "json"}).json()["days"]
    assert client.get("/review", params={"format": "json"}).json()["queue"]
    assert len(client.get("/map", params={"format": "json"}).json()["points"]) == 5
    assert client.get("/", params={"format": "json"}).json()["stats"]["totals"]["events"] == 5
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/extract" in docs.text
    assert "/api/corrections" in client.get("/openapi.json").json()["paths"]


def test_untrusted_text_is_escaped_and_headers_are_strict(client: TestClient) -> None:
    for path in ("/articles/xss", "/events", "/incidents", "/review", "/", "/search?q=painted"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert "<script>alert" not in page.text and "<img src=x" not in page.text, path
        csp = page.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert page.headers["x-content-type-options"] == "nosniff"
    article = client.get("/articles/xss").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(2)&gt;" in article  # the speaker
    assert re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)", article) is None


def test_review_form_needs_csrf_and_stores_the_verdict(client: TestClient, store: Store) -> None:
    token = csrf_of(client, "/articles/militia")
    form = {"kind": "event", "key": "e1", "action": "correct", "sub_type": "Attack", "actor1": "Militia",
            "fatalities": "13", "certainty": "asserted", "note": "", "reviewer": "form"}
    assert client.post("/articles/militia/review", data=form).status_code == 403
    assert client.post("/articles/militia/review", data={**form, "csrf": "forged"}).status_code == 403
    done = client.post("/articles/militia/review", data={**form, "csrf": token}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].startswith("/articles/militia?reviewed=1")
    page = client.get("/articles/militia").text
    assert 'class="badge correct"' in page and "13 killed" in page
    bad = client.post("/articles/militia/review", data={**form, "csrf": token, "date": "yesterday"})
    assert bad.status_code == 400 and "YYYY" in bad.text


def test_paste_shows_and_optionally_stores(client: TestClient, store: Store) -> None:
    token = csrf_of(client, "/paste")
    text = "Students rallied outside the ministry in Rabat. Nobody was hurt."
    shown = client.post("/paste", data={"csrf": token, "text": text, "title": "<i>Rally</i>"})
    assert shown.status_code == 200 and "not stored" in shown.text and "&lt;i&gt;Rally&lt;/i&gt;" in shown.text
    stored = client.post("/paste", data={"csrf": token, "text": text, "store": "1"}, follow_redirects=False)
    assert stored.status_code == 303
    assert store.get_record(stored.headers["location"].rsplit("/", 1)[1]) is not None
    assert client.post("/paste", data={"csrf": token, "text": "z" * 200_001}).status_code == 413


def test_write_token_off_loopback(store: Store) -> None:
    client = TestClient(make(store, host="0.0.0.0", token="s3cret"), base_url=BASE)
    body = {"article_id": "militia", "item_kind": "event", "item_key": "e1", "action": "accept"}
    assert client.post("/api/corrections", json=body).status_code == 401
    assert client.post("/api/corrections", json=body, headers={"authorization": "Bearer nope"}).status_code == 401
    assert client.post("/api/corrections", json=body, headers={"authorization": "Bearer s3cret"}).status_code == 201
    assert client.get("/events").status_code == 200  # reads stay open
    client.get("/?token=s3cret")  # sets the token cookie for the browser's forms
    assert client.post("/api/corrections", json=body).status_code == 201


def test_loopback_server_refuses_foreign_host_headers(client: TestClient) -> None:
    assert client.get("/api/stats", headers={"host": "evil.example"}).status_code == 400
    assert client.get("/api/stats", headers={"host": "localhost:8000"}).status_code == 200


@pytest.mark.slow
def test_extract_with_the_real_pipeline(tmp_path: object) -> None:
    """The default extractor is ``record.build_record`` (loads spaCy once)."""
    with Store.open(f"{tmp_path}/c.db") as store:
        client = TestClient(create_app(store=store), base_url=BASE)
        text = ("Government aircraft bombed the town of Maarat al-Numan in Syria on Tuesday, killing nine "
                "civilians, rescue workers said.")
        made = client.post("/api/extract", json={"text": text, "published": "2016-12-14"})
        assert made.status_code == 200
        record = made.json()
        assert record["article"]["text"] == text
        assert record["events"] and record["events"][0]["type"] == "Explosions/Remote violence"
        assert any(p["country_code"] == "SY" for p in record["places"])
