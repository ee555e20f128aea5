"""Sixth set of coded notes (tests/fixtures/events_notes6.yaml, issue 10): 90 ACLED-style notes
written unseen - committed before the extractor ever ran on them and never tuned on, so its
figures stay an honest estimate for unseen notes while the fifth set is being tuned on. Its
emphasis is fatalities as ACLED codes them (lower bound of ranges, sides and crossfire summed,
bombers counted, subsets not added, the lowest of two sources, vague words by the codebook,
deaths in hospital, a body found later, tolls of earlier events left out). Scored with the shared
judge of tests/test_events_fresh.py (type, sub-type, place within 50 km, date within a day,
fatalities), plus the count of notes that gave no event; -s prints a line per note.

First, untuned run (code of commit de60c74), the honest figure for unseen notes, as written:
  type=0.89  sub_type=0.84  place=0.87  date=0.89  fatalities=0.63  no_event=4
and after one gold label was corrected by the codebook (a town left without a fight is a
non-violent transfer of territory, not a battle), same code:
  type=0.90  sub_type=0.86  place=0.88  date=0.90  fatalities=0.64  no_event=4
Gates sit one or two notes below that. Round 14 (fatalities) used this set for error analysis,
so its figures are no longer unseen; after it:
  type=0.90  sub_type=0.86  place=0.89  date=0.90  fatalities=0.82  no_event=4
and the fatalities gate sits just below."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_events_fresh import load_notes, score_notes, unplaced_gold  # the same judge as the other note sets

from eventcoder import taxonomy

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_notes6.yaml"
MIN_TYPE = 0.88
MIN_SUB_TYPE = 0.84
MIN_PLACE = 0.86
MIN_DATE = 0.88
MIN_FATALITIES = 0.80
MAX_NO_EVENT = 5


def _items() -> list[dict[str, Any]]:
    return load_notes(FIXTURE)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    """Share of notes right on each field, plus the count of notes that gave no event at all."""
    return score_notes("notes6", _items())


def test_notes6_set_shape() -> None:
    """90 distinct notes over at least 40 countries, every sub-type, each strategic development
    other than 'Other' at least twice, gold sub-types from the taxonomy, about half of the notes
    with a toll, coordinates given."""
    items = _items()
    assert len(items) == 90
    assert len({i["id"] for i in items}) == 90
    assert len({i["country"] for i in items}) >= 40
    assert {i["sub_type"] for i in items} == set(taxonomy.sub_types())
    strategic = [i["sub_type"] for i in items if i["type"] == "Strategic developments"]
    assert all(strategic.count(s) >= 2 for s in set(strategic) - {"Other"})
    assert all(taxonomy.type_of(i["sub_type"]) == i["type"] for i in items)
    assert sum(1 for i in items if i["fatalities"]) >= 45
    assert all(isinstance(i["lat"], float) and isinstance(i["lon"], float) for i in items)


def test_notes6_gold_places_are_in_the_gazetteer() -> None:
    """Each gold place names a gazetteer entry of its country at the gold coordinates."""
    assert unplaced_gold(_items()) == []


def test_notes6_type_and_sub_type(scores: dict[str, float]) -> None:
    assert scores["type"] >= MIN_TYPE
    assert scores["sub_type"] >= MIN_SUB_TYPE


def test_notes6_arguments(scores: dict[str, float]) -> None:
    assert scores["place"] >= MIN_PLACE
    assert scores["date"] >= MIN_DATE
    assert scores["fatalities"] >= MIN_FATALITIES
    assert scores["no_event"] <= MAX_NO_EVENT
