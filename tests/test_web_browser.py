"""The web app in headless Chromium (Debian's /usr/bin/chromium driven by playwright): every
page loads without console errors, an article's markup never runs, an event is reviewed and
corrected through the form and shows up corrected in the table and the API, the timeline brush
filters its table; screenshots go to docs/screenshots/.

No browser is downloaded: ``scripts/install-browser`` installs Debian's chromium. Without it
these tests skip, except under CI=true where they fail.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import web_corpus
from web_server import running

from eventcoder.store import Store
from eventcoder.web import create_app

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
VENDOR = Path(__file__).resolve().parent.parent / "src" / "eventcoder" / "web" / "static" / "vendor"
PAGES = ["/", "/articles", "/articles/militia", "/articles/xss", "/events", "/incidents", "/incidents/1",
         "/map", "/timeline", "/review", "/search?q=market", "/paste", "/docs"]


def _need_browser() -> None:
    if os.path.exists(CHROMIUM) and shutil.which("chromium"):
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {CHROMIUM} is missing: run scripts/install-browser")
    pytest.skip(f"{CHROMIUM} missing (scripts/install-browser installs it)")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Store]]:
    _need_browser()
    store = web_corpus.fill(Store.open(str(tmp_path_factory.mktemp("web") / "corpus.db")))
    with running(create_app(store=store)) as url:
        yield url, store
    store.close()


@pytest.fixture(scope="module")
def browser(site: tuple[str, Store]) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


class Watched:
    """A page whose console errors, uncaught exceptions and dialogs are recorded."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1280, "height": 860})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("dialog", self._dialog)
        self.page.on("response", lambda r: self.errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def go(self, path: str) -> Any:
        response = self.page.goto(self.base + path, wait_until="networkidle")
        assert response is not None and response.status == 200, path
        return self.page

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / name), full_page=False)


@pytest.fixture
def tab(browser: Any, site: tuple[str, Store]) -> Iterator[Watched]:
    watched = Watched(browser, site[0])
    yield watched
    watched.context.close()


def test_every_page_loads_without_console_errors(tab: Watched) -> None:
    for path in PAGES:
        page = tab.go(path)
        assert page.locator("header.top").count() == 1, path
    assert tab.errors == [] and tab.dialogs == []


def test_article_markup_never_runs(tab: Watched) -> None:
    for path in ("/articles/xss", "/events", "/incidents", "/review", "/search?q=painted", "/", "/timeline"):
        page = tab.go(path)
        assert page.locator("img[src=x]").count() == 0, path
        assert page.locator("script:not([src]):not([type='application/json'])").count() == 0, path
    page = tab.go("/articles/xss")
    assert page.locator("h1").first.inner_text() == web_corpus.XSS_TITLE
    text = page.locator("#text").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert web_corpus.XSS_SPEAKER in page.locator("aside").inner_text()
    page.locator("button.pick", has_text=web_corpus.XSS_SPEAKER).click()
    assert web_corpus.XSS_SPEAKER in page.locator("#detail").inner_text()
    assert tab.dialogs == [] and tab.errors == []


def test_clicking_items_shows_fields_and_evidence(tab: Watched) -> None:
    page = tab.go("/articles/militia")
    page.locator(".hl.k-place", has_text="Kafr Nabl").first.click()
    assert "Kafr Nabl" in page.locator("#detail").inner_text()
    assert "country code" in page.locator("#detail").inner_text()
    page.locator("button.pick", has_text="Attack").click()
    active = page.locator(".hl.active")
    assert active.count() >= 1
    assert "Militia fighters attacked" in "".join(active.all_inner_texts())
    assert "killing" in page.locator(".hl.k-trigger").all_inner_texts()
    tab.shot("article-view.png")
    assert tab.errors == []


def test_review_and_correct_an_event(tab: Watched, site: tuple[str, Store]) -> None:
    page = tab.go("/articles/militia")
    card = page.locator('[id="item-event:e1"]')
    card.locator("summary", has_text="Review").click()
    form = card.locator("form")
    form.locator("select[name=sub_type]").select_option("Abduction/forced disappearance")
    form.locator("input[name=fatalities]").fill("14")
    form.locator("input[name=fatalities]").dispatch_event("change")
    assert form.locator("input[name=action][value=correct]").is_checked()
    form.locator("textarea[name=note]").fill("medics later said 14 were taken")
    form.locator("input[name=reviewer]").fill("test analyst")
    form.locator("button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert "reviewed=1" in page.url
    assert page.locator('[id="item-event:e1"] .badge.correct').count() == 1
    assert "Abduction/forced disappearance" in page.locator('[id="item-event:e1"] button.pick').inner_text()

    page = tab.go("/events?sort=sub_type&order=asc")
    first = page.locator("#events-table tbody tr").first
    assert "Abduction/forced disappearance" in first.inner_text() and "14" in first.inner_text()
    assert first.locator(".badge.correct").count() == 1
    tab.shot("events-table.png")

    body = json.loads(tab.page.goto(tab.base + "/api/records/militia").text())
    event = body["record"]["events"][0]
    assert (event["sub_type"], event["fatalities"]["value"]) == ("Abduction/forced disappearance", 14.0)
    assert body["review"] == [{"kind": "event", "key": "e1", "action": "correct"}]
    assert site[1].get_record("militia").events[0].sub_type == "Attack"  # machine record untouched
    assert tab.errors == []


def test_map_draws_markers_sized_by_fatalities(tab: Watched) -> None:
    page = tab.go("/map")
    page.wait_for_selector("#map circle")
    circles = page.locator("#map circle")
    assert circles.count() == 5
    radii = sorted(float(r) for r in circles.evaluate_all("cs => cs.map(c => c.getAttribute('r'))"))
    assert radii[0] == 4.0 and radii[-1] > 10  # no fatalities vs 15 killed
    if VENDOR.joinpath("countries-110m.json").exists():
        assert page.locator("#map path.land").count() > 100
    tab.shot("map.png")
    assert tab.errors == []


def test_timeline_brush_filters_the_table(tab: Watched) -> None:
    page = tab.go("/timeline")
    page.wait_for_selector("#timeline rect.fill-2")
    assert page.locator("#range-table tbody tr").count() == 5
    box = page.locator("#timeline").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.05, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.2, y, steps=4)
    page.mouse.up()
    from playwright.sync_api import expect

    expect(page.locator("#range")).to_have_text(re.compile(r"^From 2016-12-12 to .* \d+ event\(s\)\.$"))
    rows = page.locator("#range-table tbody tr")
    assert rows.count() == 2 and "2016-12-12" in rows.first.inner_text()
    tab.shot("timeline.png")
    assert tab.errors == []


def test_paste_an_article_is_size_limited_and_csrf_protected(tab: Watched) -> None:
    page = tab.go("/paste")
    assert page.locator("textarea[name=text]").get_attribute("maxlength") == "200000"
    token = page.locator("input[name=csrf]").input_value()
    assert token and len(token) > 20
    response = page.request.post(tab.base + "/paste", form={"csrf": "forged", "text": "Shelling hit a town."})
    assert response.status == 403
    assert tab.dialogs == []


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A second server whose corpus adds an article with markup in every field."""
    import web_xss_corpus

    _need_browser()
    store = web_corpus.fill(Store.open(str(tmp_path_factory.mktemp("xss") / "corpus.db")))
    store.add_record(web_xss_corpus.hostile())
    with running(create_app(store=store)) as url:
        yield url
    store.close()


def test_markup_in_every_field_never_runs(browser: Any, hostile_site: str) -> None:
    import web_xss_corpus as hx

    tab = Watched(browser, hostile_site)
    try:
        article = "/articles/" + quote(hx.ID, safe="")
        for path in (article, "/events", "/incidents", "/review", "/", "/articles", "/search?q=cellar",
                     "/map", "/timeline"):
            page = tab.go(path)
            assert page.locator("img[src=x], iframe, svg[onload], [onmouseover]").count() == 0, path
            hrefs = page.locator("a[href]").evaluate_all("as => as.map(a => a.getAttribute('href'))")
            assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")], path
        page = tab.go(article)
        assert page.locator("h1").first.inner_text() == hx.TITLE
        page.locator("button.pick", has_text="Shelling").click()
        page.locator(".hl.k-place").first.click()
        assert hx.PLACE in page.locator("#detail").inner_text()
        page.locator("button.pick.k-quote").click()
        assert hx.SPEAKER in page.locator("#detail").inner_text()
        page = tab.go("/map")
        page.wait_for_selector("#map circle")
        page.locator("#map circle").last.hover()  # the smallest, drawn on top
        assert any(hx.PLACE in t for t in page.locator("#map circle title").all_text_contents())
        page = tab.go("/timeline")
        page.wait_for_selector("#range-table tbody tr")
        assert hx.PLACE in page.locator("#range-table").inner_text()
        assert tab.dialogs == [] and tab.errors == []
    finally:
        tab.context.close()
