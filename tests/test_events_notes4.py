"""Fourth set of coded notes (tests/fixtures/events_notes4.yaml, issue 10): 80 ACLED-style notes
harder than the third set (several actions per note, unnamed victims, vague tolls, non-conflict
protests worldwide, every sub-type), written before the extractor ever ran on them and never
tuned on, so its figures stay an honest estimate for unseen notes. Scored exactly like
tests/test_events_notes3.py (type, sub-type, place within 50 km, date within a day, fatalities),
plus the count of notes that gave no event.

First, untuned run (code of commit 02331b6), the honest figure for unseen notes:
  type=0.90  sub_type=0.84  place=0.85  date=0.90  fatalities=0.76  no_event=5
Fatalities follow ACLED's codebook: 'several' and 'a number of' dead count 10. The extractor
learnt that convention afterwards (data/lexicons/vague_tolls.yaml, examples of its own); no other
cause seen here was tuned on, so the set stays unseen except for that codebook rule:
  type=0.90  sub_type=0.84  place=0.85  date=0.90  fatalities=0.81  no_event=5
From fatalities round 12 (branch fat12) the set is an error-analysis set for fatalities (its
misses were counted by cause and fixed by general rules with examples of their own):
  type=0.90  sub_type=0.84  place=0.85  date=0.90  fatalities=0.86  no_event=5
Gates sit one or two notes below that."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_events_fresh import load_notes, score_notes, unplaced_gold  # the same judge as the other note sets

from eventcoder import taxonomy

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_notes4.yaml"
MIN_TYPE = 0.95  # 0.96 after notes round 13 (issue 10); gates one note below
MIN_SUB_TYPE = 0.92  # 0.94 after notes round 13
MIN_PLACE = 0.95  # 0.96 (77/80) after places round 15; 0.95 after notes round 13
MIN_DATE = 0.95  # 0.96 after notes round 13
MIN_FATALITIES = 0.86  # 0.88 after fatalities round 13
MAX_NO_EVENT = 2  # 1 after notes round 13


def _items() -> list[dict[str, Any]]:
    return load_notes(FIXTURE)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    """Share of notes right on each field, plus the count of notes that gave no event at all."""
    return score_notes("notes4", _items())


def test_notes4_set_shape() -> None:
    """80 distinct notes over at least 35 countries, every sub-type, gold sub-types from the
    taxonomy, coordinates given."""
    items = _items()
    assert len(items) == 80
    assert len({i["id"] for i in items}) == 80
    assert len({i["country"] for i in items}) >= 35
    assert {i["sub_type"] for i in items} == set(taxonomy.sub_types())
    assert all(taxonomy.type_of(i["sub_type"]) == i["type"] for i in items)
    assert all(isinstance(i["lat"], float) and isinstance(i["lon"], float) for i in items)


def test_notes4_gold_places_are_in_the_gazetteer() -> None:
    """Each gold place names a gazetteer entry of its country at the gold coordinates."""
    assert unplaced_gold(_items()) == []


def test_notes4_type_and_sub_type(scores: dict[str, float]) -> None:
    assert scores["type"] >= MIN_TYPE
    assert scores["sub_type"] >= MIN_SUB_TYPE


def test_notes4_arguments(scores: dict[str, float]) -> None:
    assert scores["place"] >= MIN_PLACE
    assert scores["date"] >= MIN_DATE
    assert scores["fatalities"] >= MIN_FATALITIES
    assert scores["no_event"] <= MAX_NO_EVENT
