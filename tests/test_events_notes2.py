"""Second set of fresh coded notes (tests/fixtures/events_notes2.yaml), written before running the
extractor on them and never tuned on; scored like tests/test_events_fresh.py (type, sub-type,
place within 50 km, date within a day, fatalities). Gates sit just below what the code reached."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_events_fresh import load_notes, score_notes  # the same judge as the first fresh set

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_notes2.yaml"
MIN_TYPE = 0.95
MIN_SUB_TYPE = 0.95
MIN_PLACE = 0.93
MIN_DATE = 0.95
MIN_FATALITIES = 0.9


def _items() -> list[dict[str, Any]]:
    return load_notes(FIXTURE)


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    """Share of notes right on each field."""
    return score_notes("notes2", _items())


def test_notes2_set_shape() -> None:
    items = _items()
    assert len(items) == 31
    assert len({i["id"] for i in items}) == 31
    assert {i["type"] for i in items} == {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                         "Protests", "Riots", "Strategic developments"}


def test_notes2_type_and_sub_type(scores: dict[str, float]) -> None:
    assert scores["type"] >= MIN_TYPE
    assert scores["sub_type"] >= MIN_SUB_TYPE


def test_notes2_arguments(scores: dict[str, float]) -> None:
    assert scores["place"] >= MIN_PLACE
    assert scores["date"] >= MIN_DATE
    assert scores["fatalities"] >= MIN_FATALITIES
