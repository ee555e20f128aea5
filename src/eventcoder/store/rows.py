"""Flatten a Record into table rows: the one place that maps the record schema to columns."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from eventcoder.link.windows import iso_window
from eventcoder.model import Actor, Article, Event, Record

Row = dict[str, Any]

# PostgreSQL indexes this many leading characters of a text for search (a tsvector holds 1 MB
# at most); the whole text is stored. Revision 0003 writes the same number into its SQL.
FTS_PREFIX = 100_000

# PostgreSQL text cannot hold NUL; U+FFFD replaces it one for one, so every offset still holds.
NUL, REPLACEMENT = "\x00", "\ufffd"


def scrub(value: Any) -> Any:
    """``value`` with NUL replaced in every string inside it (dicts and lists walked)."""
    if isinstance(value, str):
        return value.replace(NUL, REPLACEMENT)
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v) for v in value]
    return value


def scrub_record(record: Record) -> Record:
    """The record both backends store: identical to ``record`` unless some string held NUL."""
    if "\\u0000" not in record.model_dump_json():
        return record
    return Record.model_validate(scrub(record.model_dump(mode="json")))


def article_key(article_id: str) -> str:
    """The indexed lookup key of an article id: fixed length, so ids of any length fit."""
    return hashlib.sha256(scrub(article_id).encode("utf-8")).hexdigest()


def content_hash(article: Article) -> str:
    """SHA-256 of the article as given (text and metadata): a change in either means re-extract."""
    payload = json.dumps(article.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def article_row(record: Record, digest: str) -> Row:
    """The articles row, with the whole record kept as JSON for exact round trips."""
    a = record.article
    return {
        "id": a.id, "id_key": article_key(a.id), "content_hash": digest, "title": a.title, "url": a.url, "source": a.source,
        "published": a.published, "text": a.text,
        "record_json": record.model_dump_json(exclude_none=False),
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _actor(actor: Actor | None) -> tuple[str | None, int | None]:
    return (actor.name, actor.inter) if actor else (None, None)


def _evidence(record: Record, event: Event) -> str:
    text = record.article.text
    return " … ".join(text[s.start:s.end].strip() for s in event.evidence)


def event_row(record: Record, event: Event, article_pk: int) -> Row:
    """One events row; the date becomes an indexed day window, the place flat columns."""
    actor1, inter1 = _actor(event.actor1)
    actor2, inter2 = _actor(event.actor2)
    d, loc, fat = event.date, event.location, event.fatalities
    start, end = iso_window(d.value, d.precision, d.until) if d else (None, None)
    return {
        "article_pk": article_pk, "event_id": event.id, "type": event.type,
        "sub_type": event.sub_type, "actor1": actor1, "inter1": inter1, "actor2": actor2,
        "inter2": inter2, "date": d.value if d else None, "date_precision": d.precision if d else None,
        "date_start": start, "date_end": end,
        "location_name": loc.name if loc else None,
        "country_code": loc.country_code.upper() if loc and loc.country_code else None,
        "admin1": loc.admin1 if loc else None, "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None, "geo_precision": loc.precision if loc else None,
        "fatalities": fat.value if fat else None,
        "fatalities_qualifier": fat.qualifier if fat else None,
        "fatalities_text": fat.text if fat else None,
        "certainty": event.certainty,
        "attributed_to": "; ".join(event.attributed_to) or None,
        "evidence": _evidence(record, event),
    }


def child_rows(record: Record, article_pk: int) -> dict[str, list[Row]]:
    """Quantities, quotes and places rows of one record, keyed by table name."""
    quantities = [
        {"article_pk": article_pk, "start": q.start, "end": q.end, "text": q.text,
         "value": q.value, "low": q.low, "high": q.high, "qualifier": q.qualifier,
         "unit": q.unit, "category": q.category, "subject": q.subject,
         "attributed_to": q.attributed_to, "date": q.date.value if q.date else None}
        for q in record.quantities
    ]
    quotes = [
        {"article_pk": article_pk, "start": q.start, "end": q.end, "text": q.text,
         "kind": q.kind, "speaker": q.speaker, "speaker_role": q.speaker_role,
         "speaker_affiliation": q.speaker_affiliation}
        for q in record.quotes
    ]
    places = [
        {"article_pk": article_pk, "start": p.start, "end": p.end, "text": p.text,
         "name": p.name, "country_code": p.country_code.upper() if p.country_code else None,
         "admin1": p.admin1, "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid,
         "precision": p.precision}
        for p in record.places
    ]
    return {"quantities": quantities, "quotes": quotes, "places": places}
