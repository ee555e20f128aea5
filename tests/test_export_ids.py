"""Citable incident ids and exports that carry ACLED's columns and the analysts' corrections."""

from __future__ import annotations

import csv
import io
import json
import re

from corpus_conftest import store_url  # noqa: F401
from test_export import store  # noqa: F401 - the corpus of linked records the export tests share
from test_link_incidents import ALL

from eventcoder.export import ACLED_COLUMNS, write_acled_csv, write_geojson, write_incidents_jsonl
from eventcoder.store import Filters, Store
from eventcoder.store.corrections import add_correction

UID = re.compile(r"[A-Z]{3}-[0-9a-f]{6}")




def rows(store: Store, filters: Filters | None = None) -> list[dict[str, str]]:
    out = io.StringIO()
    write_acled_csv(store, out, filters)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def ids_by_articles(store: Store, filters: Filters | None = None) -> dict[str, str]:
    return {r["article_ids"]: r["event_id_cnty"] for r in rows(store, filters)}


def test_an_id_names_the_same_incident_filtered_or_not(store: Store) -> None:
    everything = ids_by_articles(store)
    assert all(UID.fullmatch(uid) for uid in everything.values())
    assert len(set(everything.values())) == len(everything)
    for f in (Filters(country="UA"), Filters(event_type="Battles"), Filters(date_from="2024-03-14")):
        part = ids_by_articles(store, f)
        assert part and all(everything[k] == v for k, v in part.items())


def test_ids_survive_relink_and_forced_reingest(store: Store) -> None:
    before = ids_by_articles(store)
    store.relink()
    assert ids_by_articles(store) == before
    for build in ALL:  # re-extracted after a dictionary change: same content, replaced anyway
        assert store.add_record(build(), force=True).status == "replaced"
    assert ids_by_articles(store) == before
    assert store.add_record(ALL[0]()).status == "unchanged"


def test_incident_by_id(store: Store) -> None:
    uid = ids_by_articles(store)["ua-a; ua-b"]
    found = store.incident(uid)
    assert found is not None and found.uid == uid and {m.article_id for m in found.members} == {"ua-a", "ua-b"}
    assert store.incident(uid.lower()) == found and store.incident(found.pk) == found
    assert store.incident("UKR-000000") is None


def test_acled_columns_and_our_own(store: Store) -> None:
    got = rows(store)
    assert list(got[0]) == ACLED_COLUMNS
    market = next(r for r in got if r["article_ids"] == "ua-a; ua-b")
    assert market["disorder_type"] == "Political violence" and market["iso"] == "804"
    assert market["region"] == "Europe" and market["civilian_targeting"] == ""
    assert market["review_status"] == "unreviewed" and market["certainty"] == "asserted"
    assert market["article_urls"] == "https://example.org/ua-a; https://example.org/ua-b"
    assert market["evidence"].startswith("Northwire: Russian shelling hit the central market")
    assert market["timestamp"].isdigit()
    village = next(r for r in got if r["location"] == "Um Kadada")
    assert village["civilian_targeting"] == "Civilian targeting" and village["region"] == "Eastern Africa"


def test_geojson_and_jsonl_carry_the_same_fields(store: Store) -> None:
    out = io.StringIO()
    write_geojson(store, out)
    feature = json.loads(out.getvalue())["features"][0]
    assert list(feature["properties"]) == ACLED_COLUMNS and feature["id"] == feature["properties"]["event_id_cnty"]
    out = io.StringIO()
    write_incidents_jsonl(store, out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == 6 and all(list(line) == ACLED_COLUMNS for line in lines)


def test_exports_carry_the_analysts_corrections(store: Store) -> None:
    add_correction(store, "ua-a", "event", "e1", "correct", {"fatalities": 14, "actor1": "Military Forces of Ukraine"})
    add_correction(store, "ua-b", "event", "e1", "accept")
    add_correction(store, "ua-d", "event", "e1", "reject")
    got = {r["article_ids"]: r for r in rows(store)}
    market = got["ua-a; ua-b"]
    assert market["fatalities"] == "14" and market["actor1"] == "Military Forces of Ukraine"
    assert market["review_status"] == "corrected"
    assert "ua-d" not in got and len(got) == 5  # the rejected report's incident is left out
    assert got["ua-c"]["review_status"] == "unreviewed"
