"""Full-text search over articles and quotes, with filters and snippets, on both databases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from corpus_conftest import event, place, quote, record, store_url  # noqa: F401

from eventcoder.model import Record
from eventcoder.store import Filters, Store
from eventcoder.store.search import fts5_query


def corpus() -> list[Record]:
    t1 = ('Shelling hit the market in al-Bab on Monday. "We buried our neighbours," said '
          'Ahmad Hassan, a trader.')
    t2 = ("Protesters gathered in Kharkiv on Tuesday. 'The shelling must stop,' said "
          "Mayor Ihor Terekhov.")
    t3 = "Markets reopened in Aleppo after weeks of siege, traders said."
    return [
        record("s1", t1, source="Wire", published="2017-01-10", events=[event(
            t1, "Shelling hit the market in al-Bab on Monday.",
            type="Explosions/Remote violence", sub_type="Shelling/artillery/missile attack",
            actor1="Military Forces of Turkey", inter1=8, date="2017-01-09",
            location=place("al-Bab", "SY", "Aleppo", 36.37, 37.51))],
            quotes=[quote(t1, "We buried our neighbours,", "Ahmad Hassan")]),
        record("s2", t2, source="Daily", published="2022-05-04", events=[event(
            t2, "Protesters gathered in Kharkiv on Tuesday.", type="Protests",
            sub_type="Peaceful protest", actor1="Protesters (Ukraine)", inter1=6,
            date="2022-05-03", location=place("Kharkiv", "UA", "Kharkiv", 49.99, 36.23))],
            quotes=[quote(t2, "The shelling must stop,", "Ihor Terekhov")]),
        record("s3", t3, source="Daily", published="2017-02-01"),
    ]


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:  # noqa: F811
    s = Store.open(store_url)
    for rec in corpus():
        s.add_record(rec)
    yield s
    s.close()


def ids(hits: list) -> set[tuple[str, str]]:
    return {(h.kind, h.article_id) for h in hits}


def test_fts5_query_quotes_every_word() -> None:
    assert fts5_query('al-Bab "shelling" OR NEAR(') == '"al" "Bab" "shelling" "OR" "NEAR"'


def test_words_match_articles_and_quotes_with_stemming(store: Store) -> None:
    hits = store.search("shelling")
    assert ids(hits) == {("article", "s1"), ("article", "s2"), ("quote", "s2")}
    assert ids(store.search("buried neighbours")) == {("article", "s1"), ("quote", "s1")}
    assert ("article", "s3") in ids(store.search("market"))  # "Markets" stems to market
    quote_hit = next(h for h in hits if h.kind == "quote")
    assert quote_hit.speaker == "Ihor Terekhov" and "[" in quote_hit.snippet
    assert all(h.score > 0 for h in hits)


def test_snippet_marks_the_match(store: Store) -> None:
    hit = next(h for h in store.search("siege") if h.kind == "article")
    assert "[siege]" in hit.snippet and hit.title and hit.source == "Daily"


def test_odd_input_does_not_break_the_query(store: Store) -> None:
    assert ("article", "s1") in ids(store.search("al-Bab"))
    assert store.search('"') != store.search("zzzz-nothing")  # lone quote = browse, not an error
    assert store.search("zzzz nothing") == []
    assert store.search("'; DROP TABLE articles; --") == []
    assert store.counts()["articles"] == 3


def test_filters(store: Store) -> None:
    assert ids(store.search("shelling", Filters(country="Syria"))) == {("article", "s1")}
    assert ids(store.search("shelling", Filters(country="UA"))) == {("article", "s2"), ("quote", "s2")}
    assert ids(store.search("shelling", Filters(event_type="Protests"))) == {
        ("article", "s2"), ("quote", "s2")}
    assert ids(store.search("shelling", Filters(actor="turkey"))) == {("article", "s1")}
    assert ids(store.search("shelling", Filters(admin1="aleppo"))) == {("article", "s1")}
    assert ids(store.search("shelling", Filters(speaker="terekhov"))) == {
        ("article", "s2"), ("quote", "s2")}
    assert ids(store.search("shelling", Filters(date_from="2022-01-01"))) == {
        ("article", "s2"), ("quote", "s2")}
    assert ids(store.search("market", Filters(date_from="2017-01-20", date_to="2017-12-31"))) == {
        ("article", "s3")}  # no events: its publication date decides


def test_empty_query_browses_with_filters(store: Store) -> None:
    assert [h.article_id for h in store.search("")] == ["s2", "s3", "s1"]
    assert [h.article_id for h in store.search("", Filters(country="SY"))] == ["s1"]
    assert [h.article_id for h in store.search("", limit=1)] == ["s2"]


def test_limit_keeps_the_best_ranked_match_that_passes_the_filters(store: Store) -> None:
    store.add_record(record("s4", "Shelling, shelling and more shelling hit Kramatorsk all night.",
                            source="Radio", published="2023-03-02"))
    best = store.search("shelling", limit=1)
    assert [(h.kind, h.article_id) for h in best] == [("article", "s4")]
    assert best[0].snippet.count("[") >= 2  # the snippet comes from the winner's own text
    filtered = store.search("shelling", Filters(country="SY"), limit=1)
    assert [(h.kind, h.article_id) for h in filtered] == [("article", "s1")]
