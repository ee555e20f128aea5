"""The article view's text: cut at every item boundary so overlapping items can all be shown.

The text is split at each start and end of every place, date, figure, quote, speaker, event
evidence and trigger word; each piece lists the items covering it (shortest first, so a click
picks the innermost). Pieces are plain strings: the template escapes each one, so markup in an
article is shown as text and never parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from eventcoder.model import Event, Record
from eventcoder.store.correction_fields import FIELDS, item_key, value_of


@dataclass(frozen=True)
class Span:
    """One highlighted item: its DOM key, kind and offsets."""

    key: str
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Piece:
    """A run of text covered by the same items (``keys`` shortest item first)."""

    text: str
    keys: tuple[str, ...]
    kinds: tuple[str, ...]


def dom_key(kind: str, item: Any) -> str:
    """A key unique across kinds (event ids alone could clash with nothing, but stay uniform)."""
    return f"event:{item.id}" if kind == "event" else item_key(kind, item)


def spans(record: Record) -> list[Span]:
    """Every highlightable span of the record."""
    out = [Span(dom_key("place", p), "place", p.start, p.end) for p in record.places]
    out += [Span(f"date:{d.start}:{d.end}", "date", d.start, d.end) for d in record.dates]
    out += [Span(dom_key("quantity", q), "quantity", q.start, q.end) for q in record.quantities]
    for q in record.quotes:
        out.append(Span(dom_key("quote", q), "quote", q.start, q.end))
        if q.speaker_span:
            out.append(Span(dom_key("quote", q), "speaker", q.speaker_span.start, q.speaker_span.end))
    for e in record.events:
        for ev in e.evidence:
            out.append(Span(dom_key("event", e), "event", ev.start, ev.end))
            out += _triggers(record.article.text, e.triggers, ev.start, ev.end, dom_key("event", e))
    n = len(record.article.text)
    return [s for s in out if 0 <= s.start < s.end <= n]


def _triggers(text: str, words: list[str], start: int, end: int, key: str) -> list[Span]:
    """Trigger words have no offsets in the record: find them inside the evidence they signal."""
    found = []
    for word in words:
        for m in re.finditer(rf"\b{re.escape(word)}\b", text[start:end], flags=re.IGNORECASE):
            found.append(Span(key, "trigger", start + m.start(), start + m.end()))
    return found


def pieces(record: Record) -> list[Piece]:
    """The article text as pieces between consecutive item boundaries."""
    text = record.article.text
    all_spans = spans(record)
    cuts = sorted({0, len(text), *(s.start for s in all_spans), *(s.end for s in all_spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted((s for s in all_spans if s.start <= a and b <= s.end),
                          key=lambda s: (s.end - s.start, s.kind == "event"))
        keys = tuple(dict.fromkeys(s.key for s in covering))
        kinds = tuple(sorted({s.kind for s in covering}))
        out.append(Piece(text[a:b], keys, kinds))
    return out


def item_details(record: Record, status: dict[tuple[str, str], str]) -> dict[str, dict[str, Any]]:
    """What the side panel shows when an item is clicked, keyed like the pieces (JSON-safe)."""
    out: dict[str, dict[str, Any]] = {}
    text = record.article.text
    for kind, items in (("event", record.events), ("quantity", record.quantities),
                        ("quote", record.quotes), ("place", record.places)):
        for item in items:
            fields = {name: value_of(kind, item, name) for name in FIELDS[kind]}
            extra = _extra(kind, item)
            start, end = _bounds(item)
            out[dom_key(kind, item)] = {
                "kind": kind, "key": item_key(kind, item), "fields": {**fields, **extra},
                "text": text[start:end], "review": status.get((kind, item_key(kind, item)))}
    for d in record.dates:
        out[f"date:{d.start}:{d.end}"] = {"kind": "date", "key": f"date:{d.start}:{d.end}", "text": d.text,
                                          "fields": {"value": d.value, "precision": d.precision, "until": d.until},
                                          "review": None}
    return out


def _bounds(item: Any) -> tuple[int, int]:
    """An event spans from its first evidence sentence to its last; other items are one span."""
    if isinstance(item, Event):
        return item.evidence[0].start, item.evidence[-1].end
    return item.start, item.end


def _extra(kind: str, item: Any) -> dict[str, Any]:
    """Read-only fields shown beside the reviewable ones."""
    if kind == "event":
        return {"attributed_to": ", ".join(item.attributed_to) or None, "triggers": ", ".join(item.triggers) or None,
                "date_source": item.date_source, "location_source": item.location_source}
    if kind == "quantity":
        return {"unit": item.unit, "low": item.low, "high": item.high}
    if kind == "place":
        return {"precision": item.precision, "admin1": item.admin1}
    return {}
