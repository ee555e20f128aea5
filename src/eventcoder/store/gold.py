"""Reviewed items as gold annotations, in the shape of the project's hand-made gold files.

One JSON object per article and line: ``id``, ``published``, ``events`` (label, type, sub_type,
date, location, country_code, actors, fatalities), ``quantities`` (value, unit, qualifier,
category, subject), ``quotes`` (text, speaker, kind), ``places`` (name, country_code, lat, lon),
``not_quotes`` (quote texts an analyst rejected) and ``notes``. Only items an analyst accepted or
corrected are written: unreviewed machine output is not gold.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.model import Event, Place, Quantity, Quote
from eventcoder.store.correction_fields import item_key

if TYPE_CHECKING:
    from eventcoder.store.corrections import Reviewed

KEPT = ("accept", "correct")


def _number(value: float | None) -> float | int | None:
    """Whole numbers as ints, as the gold files write them."""
    return int(value) if value is not None and float(value).is_integer() else value


def gold_event(event: Event) -> dict[str, Any]:
    loc = event.location
    return {
        "label": event.sub_type.lower(), "type": event.type, "sub_type": event.sub_type,
        "date": event.date.value if event.date else None,
        "location": loc.name if loc else None, "country_code": loc.country_code if loc else None,
        "actors": [a.name for a in (event.actor1, event.actor2) if a],
        "fatalities": _number(event.fatalities.value) if event.fatalities else None,
    }


def gold_quantity(q: Quantity) -> dict[str, Any]:
    return {"value": _number(q.value), "unit": q.unit, "qualifier": q.qualifier,
            "category": q.category, "subject": q.subject}


def gold_quote(q: Quote) -> dict[str, Any]:
    return {"text": q.text, "speaker": q.speaker, "kind": q.kind}


def gold_place(p: Place) -> dict[str, Any]:
    return {"name": p.name, "country_code": p.country_code, "lat": p.lat, "lon": p.lon}


def _span_text(text: str, key: str) -> str:
    """The text under a ``kind:start:end`` key (a rejected item is no longer in the record)."""
    _, start, end = key.split(":")
    return text[int(start):int(end)]


def gold_article(reviewed: Reviewed) -> dict[str, Any]:
    """One article's gold object from its reviewed record and verdicts."""
    rec, status = reviewed.record, reviewed.status

    def kept(kind: str, items: list[Any]) -> list[Any]:
        return [i for i in items if status.get((kind, item_key(kind, i))) in KEPT]

    rejected = [_span_text(rec.article.text, key) for (kind, key), verdict in sorted(status.items())
                if kind == "quote" and verdict == "reject"]
    return {
        "id": rec.article.id, "published": rec.article.published,
        "events": [gold_event(e) for e in kept("event", rec.events)],
        "quantities": [gold_quantity(q) for q in kept("quantity", rec.quantities)],
        "quotes": [gold_quote(q) for q in kept("quote", rec.quotes)],
        "places": [gold_place(p) for p in kept("place", rec.places)],
        "not_quotes": rejected,
        "notes": "reviewed in eventcoder",
    }


def write_gold(reviewed: Iterable[Reviewed], path: str | Path) -> int:
    """Write one line per reviewed article ('-' for stdout is handled by the caller)."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as fh:
        for item in reviewed:
            fh.write(json.dumps(gold_article(item), ensure_ascii=False) + "\n")
            count += 1
    return count
