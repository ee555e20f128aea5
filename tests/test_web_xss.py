"""Untrusted article content on every page: markup in the title, text, quote, speaker, actors,
place, source, id and a ``javascript:`` URL is shown as text, never parsed or linked; the JSON
the map and timeline read carries it as data, and the page scripts insert it as text only."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
import web_corpus
import web_xss_corpus as hx
from corpus_conftest import store_url  # noqa: F401
from test_web_api import BASE, fake_extractor

from eventcoder.store import Store
from eventcoder.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

STATIC = Path(__file__).resolve().parent.parent / "src" / "eventcoder" / "web" / "static"
ARTICLE = "/articles/" + quote(hx.ID, safe="")


@pytest.fixture
def client(store_url: str) -> Iterator[TestClient]:  # noqa: F811
    with Store.open(store_url) as store:
        web_corpus.fill(store).add_record(hx.hostile())
        yield TestClient(create_app(store=store, extractor=fake_extractor), base_url=BASE)


def pages(client: TestClient) -> list[str]:
    """Every page that can show the hostile article's content (incidents found through the API)."""
    incidents = client.get("/api/incidents").json()["incidents"]
    mine = [i["pk"] for i in incidents if any(m["article_id"] == hx.ID for m in i["members"])]
    assert mine, "the hostile event is in no incident"
    return [ARTICLE, "/articles", "/events", "/events?sort=actor1", "/incidents", f"/incidents/{mine[0]}",
            "/review", "/", "/search?q=cellar", "/search?q=Shells", "/map", "/timeline"]


def test_every_page_shows_markup_as_text(client: TestClient) -> None:
    for path in pages(client):
        page = client.get(path)
        assert page.status_code == 200, path
        for marker in hx.RAW_MARKERS:
            assert marker not in page.text, (path, marker)
    article = client.get(ARTICLE).text
    for marker in hx.ESCAPED_MARKERS:
        assert marker in article, marker
    assert "&lt;iframe" in article and "onmouseover=&#34;alert" in article  # source, actor2 shown as text
    assert "&lt;svg onload" in article


def test_a_javascript_url_is_never_a_link(client: TestClient) -> None:
    article = client.get(ARTICLE).text
    assert "javascript:" not in "".join(re.findall(r'href="([^"]*)"', article)).lower()
    assert ">original</a>" not in article


def test_embedded_json_cannot_close_its_script_tag(client: TestClient) -> None:
    article = client.get(ARTICLE).text
    data = re.search(r'<script type="application/json" id="items-data">(.*?)</script>', article, re.S)
    assert data and "<" not in data.group(1) and "\\u003cscript\\u003e" in data.group(1)


def test_the_json_the_scripts_read_carries_the_markup_as_data(client: TestClient) -> None:
    points = client.get("/api/map").json()["points"]
    assert hx.PLACE in {p["location_name"] for p in points}
    events = client.get("/api/events", params={"per_page": 500}).json()["events"]
    assert hx.ACTOR1 in {e["actor1"] for e in events}
    for path in ("/api/map", "/api/timeline", "/api/events", "/api/records/" + quote(hx.ID, safe="")):
        response = client.get(path)
        assert response.headers["content-type"].startswith("application/json"), path
        assert response.headers["x-content-type-options"] == "nosniff", path


def test_page_scripts_insert_text_only() -> None:
    sinks = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|"
                       r"setAttribute\(\s*['\"]on|\.href\s*=(?!\s*ec\.articleLink)")
    for js in sorted(STATIC.glob("*.js")):
        assert not sinks.search(js.read_text()), js.name
    assert "encodeURIComponent(articleId)" in (STATIC / "common.js").read_text()


def test_every_answer_has_the_strict_headers(client: TestClient) -> None:
    for path in (ARTICLE, "/api/events", "/static/app.css", "/nope", "/api/events?page=0"):
        h = client.get(path).headers
        assert "frame-ancestors 'none'" in h["content-security-policy"] and "unsafe" not in h[
            "content-security-policy"], path
        assert (h["x-content-type-options"], h["x-frame-options"], h["referrer-policy"]) == (
            "nosniff", "DENY", "no-referrer"), path


def test_an_id_with_dot_segments_links_to_its_own_article(client: TestClient) -> None:
    rec = hx.hostile()
    odd = rec.model_copy(update={"article": rec.article.model_copy(update={"id": "a/../../paste"})})
    store: Store = client.app.state.store  # type: ignore[attr-defined]
    store.add_record(odd)
    listed = client.get("/articles").text
    assert 'href="/articles/a%2F..%2F..%2Fpaste"' in listed and 'href="/articles/a/../' not in listed
    page = client.get("/articles/a%2F..%2F..%2Fpaste")
    assert page.status_code == 200 and 'action="/articles/a%2F..%2F..%2Fpaste/review"' in page.text
