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


# ---- hostile filter and search input -----------------------------------------------------

HOSTILE = ["\\", "%", "_", "%%", "\\%", "'", "''", '"', "*", "NEAR(", "((", ")", "AND", "OR",
           "NOT", "'; DROP TABLE articles;--", "a\x00b", "\ud800", "日本", "x" * 5000,
           "/", "//%", "^", "col:val", "-"]


def _two_reports() -> list[Record]:
    t1 = "Militia fighters raided Rutshuru market on Friday, killing six traders."
    t2 = "Soldiers repelled an attack on a Beni checkpoint; two attackers died."
    return [
        record("h1", t1, events=[event(t1, t1, actor1="Militia", location=place(
            "Rutshuru", "CD", "Nord-Kivu", -1.18, 29.45))],
            quotes=[quote(t1, "killing six traders", "a trader")]),
        record("h2", t2, events=[event(t2, t2, type="Battles", sub_type="Armed clash",
                                        actor1="Soldiers", location=place(
                                            "Beni", "CD", "Nord-Kivu", 0.49, 29.47))]),
    ]


@pytest.fixture
def hostile_store(store_url: str):
    with Store.open(store_url) as store:
        for rec in _two_reports():
            store.add_record(rec)
        yield store


@pytest.mark.parametrize("field", ["admin1", "event_type", "actor", "speaker"])
def test_hostile_text_filters_match_nothing_and_never_fail(hostile_store: Store, field: str) -> None:
    from eventcoder.store import Filters

    for value in HOSTILE:
        f = Filters(**{field: value})
        assert hostile_store.incidents(f) == [], (field, value)
        assert list(hostile_store.records(f)) == [], (field, value)
        assert hostile_store.search("militia", f) == [], (field, value)
        assert hostile_store.search("", f) == [], (field, value)
    assert len(hostile_store.incidents(Filters(**{field: " \t"}))) == 2  # blank: no filter


def test_admin1_is_a_whole_case_insensitive_value(hostile_store: Store) -> None:
    from eventcoder.store import Filters

    assert len(hostile_store.incidents(Filters(admin1="nord-kivu"))) == 2
    assert hostile_store.incidents(Filters(admin1="Nord%")) == []
    assert hostile_store.incidents(Filters(admin1="Nord-Kiv_")) == []


def test_hostile_search_queries_search_their_words_only(hostile_store: Store) -> None:
    import re

    for noise in HOSTILE:
        query = f"raided {noise}"
        words = " ".join(re.findall(r"\w+", query.replace("\x00", " ")))
        assert hostile_store.search(query) == hostile_store.search(words), noise
        hostile_store.search(noise)  # alone, too: no error whatever it holds


def test_unknown_country_and_bad_dates_are_clear_errors(hostile_store: Store) -> None:
    from eventcoder.errors import FilterError
    from eventcoder.store import Filters

    for bad in ["EU", "%", "Narnia", "XX", "\\", "'; --"]:
        with pytest.raises(FilterError, match="unknown country .*ISO 3166 code"):
            Filters(country=bad)
    for bad in ["yesterday", "13/12/2016", "2016-13-01", "2016-02-30", "%", "2016-12-13'--"]:
        with pytest.raises(FilterError, match="not an ISO date"):
            Filters(date_from=bad)
        with pytest.raises(FilterError, match="not an ISO date"):
            Filters(date_to=bad)
    assert len(hostile_store.incidents(Filters(country="DRC", date_from="2016-12",
                                               date_to="2016"))) == 2
    assert hostile_store.incidents(Filters(country="Syria")) == []
    assert Filters(date_to="2016-02").date_to == "2016-02-29"


@pytest.mark.parametrize("alias,code", [("DRC", "CD"), ("Congo-Kinshasa", "CD"), ("UK", "GB"),
                                        ("USA", "US"), ("Syria", "SY"), ("syr", "SY"),
                                        ("Russia", "RU"), ("Ivory Coast", "CI"), ("XK", "XK")])
def test_country_aliases(alias: str, code: str) -> None:
    from eventcoder.store.countries import country_code

    assert country_code(alias) == code


@pytest.mark.parametrize("bad", [-1, 0, 2.5, "10", True])
def test_counts_must_be_positive_integers(hostile_store: Store, bad: object) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        hostile_store.stats(top=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least 1"):
        hostile_store.search("militia", limit=bad)  # type: ignore[arg-type]


# ---- a corpus that is not there ----------------------------------------------------------

def test_read_open_refuses_a_missing_sqlite_file(tmp_path) -> None:
    from eventcoder.errors import CorpusNotFound

    missing = tmp_path / "typo.db"
    for url in (str(missing), f"sqlite:///{missing}"):
        with pytest.raises(CorpusNotFound, match=r"no corpus at .*typo\.db; run `eventcoder ingest`"):
            Store.open(url, create=False)
    assert not missing.exists()
    with Store.open(str(missing)):  # the ingest path still creates it
        pass
    with Store.open(str(missing), create=False) as store:
        assert store.counts()["articles"] == 0


def test_read_open_of_an_existing_corpus(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.add_record(nul_record())
    with Store.open(store_url, create=False) as store:
        assert store.get_record("nul-1") is not None
