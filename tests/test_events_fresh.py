"""Fresh event notes (tests/fixtures/events_fresh.yaml), written before looking at failures and
scored, never tuned on: type, sub-type, place within 50 km, date within a day, fatalities.

Thresholds sit a small margin below what the extractor reached when the set was added; the
other figures are printed so a regression shows in the log before it fails the build."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from eventcoder.model import Article, Event, Record

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events_fresh.yaml"
MAX_KM = 50.0
MIN_TYPE = 0.9
MIN_SUB_TYPE = 0.9
MIN_PLACE = 0.7
MIN_DATE = 0.9
MIN_FATALITIES = 0.9


def _items() -> list[dict[str, Any]]:
    return load_notes(FIXTURE)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(h))


def _place_ok(event: Event, item: dict[str, Any]) -> bool:
    """Within MAX_KM of the gold coordinates when the gold gives them (a province's centre or a
    namesake elsewhere does not pass for the town); else the same name and country, or within
    MAX_KM of a gazetteer place of the expected name."""
    from eventcoder.extract.places.gazetteer import get_gazetteer

    loc = event.location
    if loc is None:
        return False
    if item.get("lat") is not None and item.get("lon") is not None and loc.lat is not None and loc.lon is not None:
        return _km(loc.lat, loc.lon, float(item["lat"]), float(item["lon"])) <= MAX_KM
    if loc.name.lower() == item["location"].lower() and loc.country_code == item["country"]:
        return True
    if loc.lat is None or loc.lon is None:
        return False
    gaz = get_gazetteer()
    keys = {item["location"].lower(), item["location"].lower().replace("-", " ")}
    return any(_km(loc.lat, loc.lon, e.lat, e.lon) <= MAX_KM
               for key in keys for e in gaz.lookup(key)
               if e.country_code == item["country"] and e.lat is not None and e.lon is not None)


def _date_ok(event: Event, item: dict[str, Any]) -> bool:
    if event.date is None or not event.date.value:
        return False
    got = date.fromisoformat(event.date.value[:10])
    return abs((got - date.fromisoformat(item["date"])).days) <= 1


def _fatalities_ok(event: Event, item: dict[str, Any]) -> bool:
    value = event.fatalities.value if event.fatalities is not None else None
    return (value or 0) == item["fatalities"]


def _score(item: dict[str, Any], rec: Record) -> dict[str, bool]:
    """The event of the expected type (first one) judged on each field; all False when none."""
    event = next((e for e in rec.events if e.type == item["type"]), None)
    if event is None:
        return dict.fromkeys(("type", "sub_type", "place", "date", "fatalities"), False)
    return {"type": True, "sub_type": event.sub_type == item["sub_type"], "place": _place_ok(event, item),
            "date": _date_ok(event, item), "fatalities": _fatalities_ok(event, item)}


def unplaced_gold(items: list[dict[str, Any]]) -> list[str]:
    """Ids of notes whose gold place names no gazetteer entry of its country within 1 km of the
    gold coordinates (a set's gold must point at entries the extractor can return)."""
    from eventcoder.extract.places.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    missing = []
    for item in items:
        key = item["location"].lower().replace("-", " ")
        if not any(e.country_code == item["country"] and e.lat is not None and e.lon is not None
                   and _km(e.lat, e.lon, item["lat"], item["lon"]) < 1.0 for e in gaz.lookup(key)):
            missing.append(item["id"])
    return missing


def load_notes(path: Path) -> list[dict[str, Any]]:
    """A notes fixture: ``{group: [note, ...]}`` flattened to one list of notes."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [item for items in data.values() for item in items]


def score_notes(label: str, items: list[dict[str, Any]]) -> dict[str, float]:
    """Each note extracted and judged; prints a line per note, returns the share right per field
    and ``no_event``, the count of notes that gave no event at all."""
    from eventcoder.record import build_record

    rows = []
    no_event = 0
    print(f"\n{label} events:")
    for item in items:
        rec = build_record(Article(id=item["id"], text=item["text"], published=item["published"]))
        row = _score(item, rec)
        rows.append(row)
        no_event += not rec.events
        misses = [k for k, ok in row.items() if not ok]
        got = "; ".join(f"{e.sub_type} f={(e.fatalities.value if e.fatalities else 0) or 0:g}" for e in rec.events)
        print(f"  {item['id']:26} {'ok' if not misses else 'MISS ' + ','.join(misses):28} [{got}]")
    totals = {k: sum(r[k] for r in rows) / len(rows) for k in rows[0]}
    print("  " + "  ".join(f"{k}={v:.2f}" for k, v in totals.items()) + f"  no_event={no_event}")
    return {**totals, "no_event": float(no_event)}


@dataclass(frozen=True)
class NoteGates:
    """The least each field of a notes set must reach (share of notes), and the most notes
    allowed to give no event at all."""

    type: float
    sub_type: float
    place: float
    date: float
    fatalities: float
    max_no_event: int


def check_note_gates(scores: dict[str, float], gates: NoteGates) -> None:
    """Every field at or above its gate; the failing field is named in the message."""
    for field in ("type", "sub_type", "place", "date", "fatalities"):
        assert scores[field] >= getattr(gates, field), f"{field} {scores[field]:.2f} < {getattr(gates, field)}"
    assert scores["no_event"] <= gates.max_no_event


def check_note_set_shape(items: list[dict[str, Any]], *, size: int, countries: int, with_toll: int = 0) -> None:
    """A full notes set: distinct ids, enough countries, every sub-type of the taxonomy, each
    strategic development other than 'Other' at least twice, gold types that agree with their
    sub-types, enough notes with a toll, coordinates given."""
    from eventcoder import taxonomy

    assert len(items) == size
    assert len({i["id"] for i in items}) == size
    assert len({i["country"] for i in items}) >= countries
    assert {i["sub_type"] for i in items} == set(taxonomy.sub_types())
    strategic = [i["sub_type"] for i in items if i["type"] == "Strategic developments"]
    assert all(strategic.count(s) >= 2 for s in set(strategic) - {"Other"})
    assert all(taxonomy.type_of(i["sub_type"]) == i["type"] for i in items)
    assert sum(1 for i in items if i["fatalities"]) >= with_toll
    assert all(isinstance(i["lat"], float) and isinstance(i["lon"], float) for i in items)


def note_set_tests(label: str, fixture: Path, gates: NoteGates, *, size: int, countries: int,
                   with_toll: int) -> dict[str, Any]:
    """The tests every full notes set runs, named after its label, for a test module to take
    into its namespace (``globals().update(...)``): its shape, its gold places, and its gates on
    the shared judge's scores (computed once per module; ``-s`` prints a line per note)."""

    def items() -> list[dict[str, Any]]:
        return load_notes(fixture)

    @pytest.fixture(scope="module")
    def scores() -> dict[str, float]:
        return score_notes(label, items())

    def test_set_shape() -> None:
        check_note_set_shape(items(), size=size, countries=countries, with_toll=with_toll)

    def test_gold_places_are_in_the_gazetteer() -> None:
        assert unplaced_gold(items()) == []

    def test_gates(scores: dict[str, float]) -> None:
        check_note_gates(scores, gates)

    return {"scores": scores, f"test_{label}_set_shape": test_set_shape,
            f"test_{label}_gold_places_are_in_the_gazetteer": test_gold_places_are_in_the_gazetteer,
            f"test_{label}_gates": test_gates}


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return score_notes("fresh", _items())


def test_fresh_set_shape() -> None:
    items = _items()
    assert len(items) == 30
    assert len({i["id"] for i in items}) == 30


def test_fresh_type_accuracy(scores: dict[str, float]) -> None:
    assert scores["type"] >= MIN_TYPE


def test_fresh_arguments(scores: dict[str, float]) -> None:
    assert scores["sub_type"] >= MIN_SUB_TYPE
    assert scores["place"] >= MIN_PLACE
    assert scores["date"] >= MIN_DATE
    assert scores["fatalities"] >= MIN_FATALITIES


def test_lexicon_has_no_yaml_booleans() -> None:
    """An unquoted 'on' / 'off' in event_triggers.yaml loads as a boolean and silently never matches."""
    from eventcoder.extract.events.triggers import load_lexicon

    lex = load_lexicon()
    words = set(lex.lemmas) | {w for phrase, _ in lex.phrases for w in phrase}
    words |= {w for verb, objs in lex.objects.items() for w in [verb, *objs]}
    assert not words & {"true", "false"}
    assert ("go", "on", "strike") in {phrase for phrase, _ in lex.phrases}
