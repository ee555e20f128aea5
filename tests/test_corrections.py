"""Corrections: stored verdicts re-applied on read, flagged when their evidence moved, the doubt
queue, gold export and the ``eventcoder review`` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import web_corpus
from corpus_conftest import store_url  # noqa: F401

from eventcoder.cli import main
from eventcoder.model import TextSpan
from eventcoder.store import Store
from eventcoder.store.corrections import (
    add_correction,
    apply_corrections,
    corrections_for,
    doubt,
    export_gold,
    review_queue,
    reviewed_record,
)


@pytest.fixture
def store(store_url: str) -> Store:  # noqa: F811
    with Store.open(store_url) as opened:
        yield web_corpus.fill(opened)


def test_correct_event_is_stored_with_machine_and_analyst_values(store: Store) -> None:
    c = add_correction(store, "militia", "event", "e1", "correct",
                       {"sub_type": "Abduction/forced disappearance", "fatalities": "14",
                        "actor1": "Militia", "certainty": "reported"},
                       note="medics later said 14", reviewer="ana")
    assert c.action == "correct"
    assert c.changes == {
        "sub_type": {"machine": "Attack", "analyst": "Abduction/forced disappearance"},
        "fatalities": {"machine": 12.0, "analyst": 14.0},
        "certainty": {"machine": "asserted", "analyst": "reported"},
    }  # actor1 was unchanged, so it is not a change
    assert c.evidence.startswith("Militia fighters attacked")
    reviewed = reviewed_record(store, "militia")
    assert reviewed is not None and reviewed.flags == []
    e = reviewed.record.events[0]
    assert (e.type, e.sub_type, e.fatalities.value, e.certainty) == (
        "Violence against civilians", "Abduction/forced disappearance", 14.0, "reported")
    assert reviewed.status == {("event", "e1"): "correct"}
    assert store.get_record("militia").events[0].sub_type == "Attack"  # the machine record is kept


def test_correct_without_a_change_is_an_accept(store: Store) -> None:
    c = add_correction(store, "militia", "event", "e1", "correct", {"actor1": "Militia"})
    assert c.action == "accept" and c.changes == {}


@pytest.mark.parametrize("changes,message", [
    ({"sub_type": "Picnic"}, "unknown ACLED sub-type"),
    ({"certainty": "sure"}, "certainty"),
    ({"date": "12/12/2016"}, "YYYY"),
    ({"fatalities": "many"}, "number"),
    ({"colour": "red"}, "no reviewable field"),
])
def test_invalid_corrections_are_refused(store: Store, changes: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        add_correction(store, "militia", "event", "e1", "correct", changes)
    assert corrections_for(store, "militia") == []


def test_unknown_article_or_item_is_a_lookup_error(store: Store) -> None:
    with pytest.raises(LookupError):
        add_correction(store, "nope", "event", "e1", "accept")
    with pytest.raises(LookupError):
        add_correction(store, "militia", "quote", "quote:0:3", "accept")


def test_reject_removes_figure_quote_and_place(store: Store) -> None:
    rec = store.get_record("militia")
    q, fig, pl = rec.quotes[0], rec.quantities[1], rec.places[0]
    add_correction(store, "militia", "quote", f"quote:{q.start}:{q.end}", "reject")
    add_correction(store, "militia", "quantity", f"quantity:{fig.start}:{fig.end}", "correct",
                   {"value": "280", "category": "displaced"})
    add_correction(store, "militia", "place", f"place:{pl.start}:{pl.end}", "correct", {"lat": "35.54"})
    reviewed = reviewed_record(store, "militia")
    assert reviewed.record.quotes == []
    assert reviewed.record.quantities[1].value == 280.0
    assert reviewed.record.places[0].lat == 35.54
    # a later accept of the rejected quote brings it back: the last verdict decides
    add_correction(store, "militia", "quote", f"quote:{q.start}:{q.end}", "accept")
    assert len(reviewed_record(store, "militia").record.quotes) == 1


def test_reextraction_reapplies_or_flags_moved_evidence(store: Store) -> None:
    add_correction(store, "militia", "event", "e1", "correct", {"fatalities": 14})
    rec = store.get_record("militia")
    # re-extraction with the same evidence: the correction comes back
    same = rec.model_copy(update={"warnings": ["re-extracted"]})
    record, flags = apply_corrections(same, corrections_for(store, "militia"))
    assert record.events[0].fatalities.value == 14 and flags == []
    # the same event id now stands on another sentence: flagged, not applied
    q = rec.quotes[0]
    moved = rec.events[0].model_copy(update={"evidence": [TextSpan(start=q.start, end=q.end)]})
    shifted = rec.model_copy(update={"events": [moved]})
    record, flags = apply_corrections(shifted, corrections_for(store, "militia"))
    assert record.events[0].fatalities.value == 12
    assert [(f.item_key, f.reason) for f in flags] == [("e1", "evidence moved")]
    # the event is gone altogether
    record, flags = apply_corrections(rec.model_copy(update={"events": []}), corrections_for(store, "militia"))
    assert [(f.item_key, f.reason) for f in flags] == [("e1", "item missing")]


def test_reingest_keeps_corrections(store: Store) -> None:
    add_correction(store, "protest", "event", "e2", "reject", note="not an intervention")
    changed = web_corpus.protest()
    changed = changed.model_copy(update={"article": changed.article.model_copy(update={"source": "Nile Post (updated)"})})
    assert store.add_record(changed).status == "replaced"
    assert [e.id for e in reviewed_record(store, "protest").record.events] == ["e1"]


def test_doubt_score_orders_the_queue(store: Store) -> None:
    score, reasons = doubt(store.get_record("xss").events[0])
    assert score == 1.0 + 2.0 + 1.5 + 1.0 + 1.0
    assert reasons == ("certainty reported", "no actor1", "place from article", "date from article",
                       "0 trigger(s)")
    queue = review_queue(store, limit=10)
    assert [(q.article_id, q.event_id) for q in queue][0] == ("xss", "e1")
    assert [q.score for q in queue] == sorted((q.score for q in queue), reverse=True)
    add_correction(store, "xss", "event", "e1", "accept")
    assert ("xss", "e1") not in [(q.article_id, q.event_id) for q in review_queue(store)]


def test_export_gold_writes_only_reviewed_items(store: Store, tmp_path: Path) -> None:
    rec = store.get_record("militia")
    add_correction(store, "militia", "event", "e1", "correct", {"fatalities": 14, "actor2": "Civilians (Syria)"})
    q = rec.quotes[0]
    add_correction(store, "militia", "quote", f"quote:{q.start}:{q.end}", "reject")
    out = tmp_path / "gold.jsonl"
    assert export_gold(store, str(out)) == 1
    gold = [json.loads(line) for line in out.read_text().splitlines()]
    assert gold == [{
        "id": "militia", "published": "2016-12-13",
        "events": [{"label": "attack", "type": "Violence against civilians", "sub_type": "Attack",
                    "date": "2016-12-12", "location": "Kafr Nabl", "country_code": "SY",
                    "actors": ["Militia", "Civilians (Syria)"], "fatalities": 14}],
        "quantities": [], "quotes": [], "places": [],
        "not_quotes": ["They came at dawn and burned the market,"],
        "notes": "reviewed in eventcoder",
    }]


def test_review_commands(store: Store, store_url: str, tmp_path: Path,  # noqa: F811
                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "queue", "--db", store_url, "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("6.5 ") and "xss" in lines[0] and len(lines) == 4  # 2 items, 2 lines each
    add_correction(store, "protest", "event", "e1", "accept")
    out = tmp_path / "g.jsonl"
    assert main(["review", "export", "--db", store_url, "-o", str(out)]) == 0
    assert json.loads(out.read_text())["events"][0]["sub_type"] == "Peaceful protest"
