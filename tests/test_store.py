"""The store: URLs, migrations (including an old-version upgrade), idempotent ingest, atomicity."""

from __future__ import annotations

import json

import pytest
from alembic.script import ScriptDirectory
from corpus_conftest import event, place, quantity, quote, record, store_url  # noqa: F401
from sqlalchemy import text

from eventcoder.errors import StoreError
from eventcoder.model import Record
from eventcoder.store import Store, content_hash, db, normalise_url

HEAD = ScriptDirectory.from_config(db.alembic_config()).get_current_head()  # the newest migration

ALEPPO = place("Aleppo", "SY", "Aleppo", 36.2021, 37.1343)


def aleppo(article_id: str = "a1", extra: str = "") -> Record:
    t = ("Government air strikes on eastern Aleppo killed 82 civilians on Tuesday, the UN said. "
         '"Nobody could reach the wounded for hours," said Lena Haddad.' + extra)
    return record(article_id, t, source="Wire", published="2016-12-14", events=[event(
        t, "Government air strikes on eastern Aleppo killed 82 civilians on Tuesday, the UN said.",
        type="Explosions/Remote violence", sub_type="Air/drone strike",
        actor1="Military Forces of Syria", inter1=1, date="2016-12-13", location=ALEPPO,
        fatalities=(82, "exact", "82 civilians"))],
        quantities=[quantity(t, "82 civilians", 82, attributed_to="UN")],
        quotes=[quote(t, "Nobody could reach the wounded for hours,", "Lena Haddad")])


@pytest.mark.parametrize("given,expected", [
    (None, "sqlite:///eventcoder.db"),
    ("", "sqlite:///eventcoder.db"),
    ("corpus.db", "sqlite:///corpus.db"),
    ("/tmp/x.db", "sqlite:////tmp/x.db"),
    ("sqlite:///x.db", "sqlite:///x.db"),
    ("postgresql://u@h:5/db", "postgresql+psycopg://u@h:5/db"),
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
])
def test_normalise_url(given: str | None, expected: str) -> None:
    assert normalise_url(given) == expected


def test_open_migrates_to_head(store_url: str) -> None:
    with Store.open(store_url) as store:
        assert db.current_revision(store.engine) == HEAD
        assert store.counts()["articles"] == 0
    with Store.open(store_url) as store:  # reopening is a no-op
        assert db.current_revision(store.engine) == HEAD


def test_record_round_trip_and_rows(store_url: str) -> None:
    rec = aleppo()
    with Store.open(store_url) as store:
        result = store.add_record(rec)
        assert result.status == "added" and len(result.incidents) == 1
        assert store.get_record("a1") == rec
        assert store.get_record("nope") is None
        counts = store.counts()
    assert {k: counts[k] for k in ("articles", "events", "quantities", "quotes", "incidents",
                                   "claims")} == dict.fromkeys(
        ("articles", "events", "quantities", "quotes", "incidents", "claims"), 1)


def test_same_hash_changes_nothing(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.add_record(aleppo())
        before = store.counts()
        assert store.add_record(aleppo()).status == "unchanged"
        assert store.status(aleppo().article) == "same"
        assert store.counts() == before


def test_same_id_new_hash_replaces_everything(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.add_record(aleppo())
        new = aleppo(extra=" Shelling continued overnight.")
        assert store.status(new.article) == "changed"
        assert content_hash(new.article) != content_hash(aleppo().article)
        assert store.add_record(new).status == "replaced"
        counts = store.counts()
        assert counts["articles"] == 1 and counts["events"] == 1 and counts["quotes"] == 1
        assert counts["incidents"] == 1 and counts["claims"] == 1
        assert store.get_record("a1") == new
        assert [h.kind for h in store.search("overnight")] == ["article"]
        assert len(store.search("wounded")) == 2  # the article and its quote, once each


def test_failed_article_leaves_no_partial_rows(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import eventcoder.store.store as store_mod

    with Store.open(store_url) as store:
        store.add_record(aleppo("ok"))

        def boom(*_a: object, **_k: object) -> int:
            raise RuntimeError("linking crashed")

        monkeypatch.setattr(store_mod, "link_event", boom)
        with pytest.raises(RuntimeError):
            store.add_record(aleppo("bad"))
        counts = store.counts()
        assert counts["articles"] == 1 and counts["events"] == 1 and counts["quotes"] == 1
        assert store.get_record("bad") is None
        assert {h.article_id for h in store.search("wounded")} == {"ok"}


def _insert_0001_article(engine: object) -> None:
    """Write an article the way revision 0001 stored it, with raw SQL."""
    rec = aleppo("old")
    with engine.begin() as conn:  # type: ignore[attr-defined]
        conn.execute(text(
            "INSERT INTO articles (id, content_hash, title, url, source, published, text, "
            "record_json, ingested_at) VALUES (:id, :h, :title, NULL, 'Wire', '2016-12-14', "
            ":text, :rec, '2016-12-14T00:00:00')"),
            {"id": "old", "h": content_hash(rec.article), "title": rec.article.title,
             "text": rec.article.text, "rec": rec.model_dump_json()})
        pk = conn.execute(text("SELECT pk FROM articles WHERE id = 'old'")).scalar_one()
        conn.execute(text(
            "INSERT INTO events (article_pk, event_id, type, sub_type, actor1, inter1, date, "
            "date_precision, date_start, date_end, location_name, country_code, admin1, lat, lon, "
            "geo_precision, fatalities, fatalities_qualifier, fatalities_text, certainty, evidence) "
            "VALUES (:pk, 'e1', 'Explosions/Remote violence', 'Air/drone strike', "
            "'Military Forces of Syria', 1, '2016-12-13', 'day', '2016-12-13', '2016-12-13', "
            "'Aleppo', 'SY', 'Aleppo', 36.2, 37.13, 'city', 82, 'exact', '82 civilians', "
            "'asserted', 'Government air strikes')"), {"pk": pk})
        conn.execute(text(
            "INSERT INTO quotes (article_pk, start, \"end\", text, kind, speaker) "
            "VALUES (:pk, 0, 10, 'nobody could reach the wounded', 'direct', 'Lena Haddad')"),
            {"pk": pk})


def test_old_version_database_upgrades_and_keeps_its_corpus(store_url: str) -> None:
    engine = db.make_engine(store_url)
    db.upgrade(engine, "0001")
    assert db.current_revision(engine) == "0001"
    _insert_0001_article(engine)
    engine.dispose()
    with Store.open(store_url) as store:
        assert db.current_revision(store.engine) == HEAD
        assert store.get_record("old") == aleppo("old")
        hits = store.search("reach wounded")
        assert {(h.kind, h.article_id) for h in hits} == {("article", "old"), ("quote", "old")}
        incidents = store.incidents()
        assert len(incidents) == 1 and incidents[0].members[0].article_id == "old"
        assert [c.text for c in incidents[0].claims] == ["82 civilians"]
        assert store.add_record(aleppo("new")).status == "added"
        linked = store.incidents()  # a second report of the same strike joins the old incident
        assert len(linked) == 1 and [m.article_id for m in linked[0].members] == ["old", "new"]
        assert store.add_record(aleppo("old")).status == "unchanged"


def test_unreachable_database_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot migrate"):
        Store.open("postgresql://nobody@127.0.0.1:1/none")


def test_stats(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.add_record(aleppo("a1"))
        store.add_record(aleppo("a2"))
        st = store.stats()
    assert st.totals["articles"] == 2 and st.totals["incidents"] == 1
    assert st.by_type == [("Explosions/Remote violence", 1)]
    assert st.by_country == [("SY", 1)] and st.by_month == [("2016-12", 1)]
    assert st.top_sources == [("Wire", 2)] and st.top_attributions == [("UN", 2)]
    assert json.loads(json.dumps(st.to_dict()))["totals"]["claims"] == 2


def test_link_candidates_come_from_an_index(tmp_path: object) -> None:
    from datetime import date

    from eventcoder.link import LinkRules, Mention
    from eventcoder.store.linking import candidate_query

    with Store.open(str(tmp_path) + "/plan.db") as store:  # type: ignore[operator]
        new = Mention(type="Battles", start=date(2020, 1, 1), end=date(2020, 1, 1), country_code="SY",
                      admin1="Aleppo", lat=36.2, lon=37.16, precision="city")
        stmt, params = candidate_query(new, LinkRules())
        compiled = stmt.params(params).compile(store.engine, compile_kwargs={"literal_binds": True})
        with store.engine.connect() as conn:
            plan = " | ".join(str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
    assert "USING INDEX ix_incident_keys_place_day (place_key=? AND day>? AND day<?)" in plan, plan


def test_missing_postgres_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    from corpus_conftest import PG_ENV, pg_base_url

    monkeypatch.delenv(PG_ENV, raising=False)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        pg_base_url()
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception):
        pg_base_url()
