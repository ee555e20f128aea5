"""What SQLite accepts, PostgreSQL accepts too; hostile filter values neither fail nor match.

Records are hand-built (no extractor). Every test runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import pytest
from corpus_conftest import event, place, quote, record, store_url  # noqa: F401

from eventcoder.errors import StoreError
from eventcoder.model import Article, Record
from eventcoder.store import Store
from eventcoder.store.loader import ingest

KIVU = place("Goma", "CD", "Nord-Kivu", -1.68, 29.22)


def nul_record(article_id: str = "nul-1") -> Record:
    t = "Rebels\x00 torched a clinic near Goma at dawn. \"We lost\x00 everything,\" a nurse said."
    return record(article_id, t, title="Clinic\x00 burned", events=[event(
        t, "Rebels\x00 torched a clinic near Goma at dawn.", location=KIVU)],
        quotes=[quote(t, "We lost\x00 everything,", "a nurse")])


def test_nul_is_stored_as_replacement_with_offsets_intact(store_url: str) -> None:
    rec = nul_record()
    with Store.open(store_url) as store:
        assert store.add_record(rec).status == "added"
        back = store.get_record("nul-1")
        assert store.status(rec.article) == "same"  # a rerun of the same input changes nothing
        assert store.add_record(rec).status == "unchanged"
        hits = store.search("torched clinic")
    assert back is not None and "\x00" not in back.model_dump_json()
    assert back.article.text == rec.article.text.replace("\x00", "\ufffd")
    assert back.article.title == "Clinic\ufffd burned"
    q = back.quotes[0]
    assert back.article.text[q.start:q.end] == q.text == "We lost\ufffd everything,"
    ev = back.events[0].evidence[0]
    assert back.article.text[ev.start:ev.end].startswith("Rebels\ufffd torched")
    assert [h.article_id for h in hits if h.kind == "article"] == ["nul-1"]


@pytest.mark.parametrize("length", [129, 700, 4000])
def test_long_ids_and_sources(store_url: str, length: int) -> None:
    article_id = "https://news.example.org/2021/05/" + "long-slug-" * (length // 10)
    t = "Gunmen attacked a convoy near Goma on Sunday, killing four drivers."
    rec = record(article_id, t, source="Radio " + "Okapi " * (length // 6), events=[event(
        t, t, id=article_id + "-e1", location=KIVU)])
    with Store.open(store_url) as store:
        assert store.add_record(rec).status == "added"
        assert store.get_record(article_id) == rec
        assert store.status(rec.article) == "same"
        [incident] = store.incidents()
    assert incident.members[0].event_id == article_id + "-e1"
    assert incident.members[0].source == rec.article.source


def test_text_over_the_tsvector_limit_is_kept_whole_and_searchable(store_url: str) -> None:
    words = " ".join(f"tok{i}en" for i in range(250_000))  # ~2.4 MB, all distinct words
    t = "Floodwaters cut the Kisangani road. " + words
    rec = record("huge", t)
    with Store.open(store_url) as store:
        assert store.add_record(rec).status == "added"
        stored = store.get_record("huge")
        hits = store.search("floodwaters Kisangani")
    assert stored is not None and stored.article.text == t
    assert [h.article_id for h in hits] == ["huge"]


def test_one_refused_article_does_not_stop_the_ingest(store_url: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [Article(id=f"b{i}", text=f"Clashes in district {i} left {i} wounded.")
                for i in range(4)]
    errors: list[str] = []
    with Store.open(store_url) as store:
        real_add = store.add_record

        def refuse_b2(rec: Record) -> object:
            if rec.article.id == "b2":
                raise StoreError("could not store article 'b2': disk says no")
            return real_add(rec)

        monkeypatch.setattr(store, "add_record", refuse_b2)
        report = ingest(store, articles, lambda a: Record(article=a), on_error=errors.append)
        stored = sorted(r.article.id for r in store.records())
    assert (report.added, report.failed) == (3, 1) and stored == ["b0", "b1", "b3"]
    assert errors == ["b2: not stored: could not store article 'b2': disk says no"]
