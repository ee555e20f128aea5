"""Second set of fresh coded notes (tests/fixtures/events_notes2.yaml), written before running the
extractor on them and never tuned on; scored like tests/test_events_fresh.py (type, sub-type,
place within 50 km, date within a day, fatalities). Gates sit just below what the code reached."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from test_events_fresh import _score  # the same judge as the first fresh set

from eventcoder.model import Article

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_notes2.yaml"
MIN_TYPE = 0.95
MIN_SUB_TYPE = 0.95
MIN_PLACE = 0.93
MIN_DATE = 0.95
MIN_FATALITIES = 0.9


def _items() -> list[dict[str, Any]]:
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    return [item for items in data.values() for item in items]


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    from eventcoder.record import build_record

    rows = []
    print("\nnotes2 events:")
    for item in _items():
        rec = build_record(Article(id=item["id"], text=item["text"], published=item["published"]))
        row = _score(item, rec)
        rows.append(row)
        misses = [k for k, ok in row.items() if not ok]
        got = "; ".join(f"{e.sub_type} f={(e.fatalities.value if e.fatalities else 0) or 0:g}" for e in rec.events)
        print(f"  {item['id']:24} {'ok' if not misses else 'MISS ' + ','.join(misses):28} [{got}]")
    totals = {k: sum(r[k] for r in rows) / len(rows) for k in rows[0]}
    print("  " + "  ".join(f"{k}={v:.2f}" for k, v in totals.items()))
    return totals


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
