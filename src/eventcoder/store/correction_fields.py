"""What an analyst may change on each kind of item, and how a change is written into the record.

One table of fields per item kind drives the review forms, the API's validation and the re-apply
on read, so that a field the form offers is always one the record can take. Values are checked by
building the record's own pydantic item, so a correction can never produce an invalid record
(an unknown sub-type or certainty is refused here, with a message).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import ValidationError

from eventcoder import taxonomy
from eventcoder.model import Event, Place, Quantity, Quote, Record

ItemKind = Literal["event", "quantity", "quote", "place"]
ITEM_KINDS: tuple[ItemKind, ...] = ("event", "quantity", "quote", "place")
Item = Event | Quantity | Quote | Place

FIELDS: dict[str, tuple[str, ...]] = {
    "event": ("type", "sub_type", "actor1", "actor2", "date", "location", "country_code",
              "fatalities", "certainty"),
    "quantity": ("value", "category", "qualifier", "subject", "attributed_to"),
    "quote": ("speaker", "kind", "speaker_role", "speaker_affiliation"),
    "place": ("name", "country_code", "lat", "lon"),
}
NUMERIC = {"fatalities", "value", "lat", "lon"}
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PRECISION = {4: "year", 7: "month", 10: "day"}


def item_key(kind: str, item: Item) -> str:
    """Events are known by their id; other items by kind and offsets (they have no id)."""
    if isinstance(item, Event):
        return item.id
    return f"{kind}:{item.start}:{item.end}"


def items_of(record: Record, kind: str) -> list[Any]:
    """The record's list holding items of ``kind``."""
    lists: dict[str, list[Any]] = {"event": record.events, "quantity": record.quantities, "quote": record.quotes,
             "place": record.places}
    if kind not in lists:
        raise ValueError(f"unknown item kind {kind!r}; one of: {', '.join(ITEM_KINDS)}")
    return lists[kind]


def find_item(record: Record, kind: str, key: str) -> Item | None:
    """The item of ``kind`` whose key is ``key``, or None."""
    for item in items_of(record, kind):
        if item_key(kind, item) == key:
            found: Item = item
            return found
    return None


def evidence_of(record: Record, item: Item) -> str:
    """The text an item stands on: an event's evidence sentences, else its own span."""
    text = record.article.text
    if isinstance(item, Event):
        return " … ".join(text[s.start:s.end].strip() for s in item.evidence)
    return text[item.start:item.end]


def value_of(kind: str, item: Item, name: str) -> Any:
    """The current value of one reviewable field, flattened to what a form shows."""
    if isinstance(item, Event):
        return _event_value(item, name)
    return getattr(item, name)


def _event_value(event: Event, name: str) -> Any:
    if name in ("actor1", "actor2"):
        actor = getattr(event, name)
        return actor.name if actor else None
    if name == "date":
        return event.date.value if event.date else None
    if name == "location":
        return event.location.name if event.location else None
    if name == "country_code":
        return event.location.country_code if event.location else None
    if name == "fatalities":
        return event.fatalities.value if event.fatalities else None
    return getattr(event, name)


def coerce(kind: str, name: str, raw: Any) -> Any:
    """A form or JSON value made into the field's type: '' → None, numbers parsed, codes upper-cased."""
    if name not in FIELDS.get(kind, ()):
        raise ValueError(f"{kind} has no reviewable field {name!r}; one of: {', '.join(FIELDS.get(kind, ()))}")
    if isinstance(raw, str):
        raw = raw.strip()
        if raw == "":
            return None
    if raw is None:
        return None
    if name in NUMERIC:
        try:
            return float(raw)
        except (TypeError, ValueError):
            raise ValueError(f"{name} must be a number, not {raw!r}") from None
    if name == "country_code":
        code = str(raw).upper()
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise ValueError(f"country_code must be two letters (ISO 3166-1), not {raw!r}")
        return code
    if name == "date" and not _ISO_DATE.match(str(raw)):
        raise ValueError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, not {raw!r}")
    return str(raw)


def with_changes(kind: str, item: Item, values: dict[str, Any]) -> Item:
    """A new item with the analyst's values; ValueError when the result is not a valid item."""
    data = item.model_dump()
    if isinstance(item, Event):
        _event_changes(data, values)
    else:
        data.update(values)
    try:
        return type(item).model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or kind}: {e['msg']}" for e in exc.errors())
        raise ValueError(f"invalid {kind} correction: {problems}") from None


def _event_changes(data: dict[str, Any], values: dict[str, Any]) -> None:
    """Write flat form values into the nested event: a new sub-type brings its type along."""
    if "sub_type" in values and values["sub_type"]:
        try:
            data["type"] = taxonomy.type_of(values["sub_type"])
        except KeyError as exc:
            raise ValueError(str(exc.args[0])) from None
        data["sub_type"] = values["sub_type"]
    if "type" in values and values["type"] and "sub_type" not in values:
        data["type"] = values["type"]
    for name in ("actor1", "actor2"):
        if name in values:
            data[name] = {"name": values[name]} if values[name] else None
    if "certainty" in values and values["certainty"]:
        data["certainty"] = values["certainty"]
    if "date" in values:
        value = values["date"]
        data["date"] = {"value": value, "precision": _PRECISION[len(value)]} if value else None
    _location_changes(data, values)
    if "fatalities" in values:
        value = values["fatalities"]
        data["fatalities"] = {"value": value, "qualifier": "exact"} if value is not None else None


def _location_changes(data: dict[str, Any], values: dict[str, Any]) -> None:
    """A renamed place loses the machine's coordinates: they belonged to the old name."""
    loc = dict(data["location"]) if data.get("location") else None
    if "location" in values:
        if values["location"] is None:
            loc = None
        elif loc is None or loc.get("name") != values["location"]:
            loc = {"name": values["location"],
                   "country_code": loc.get("country_code") if loc else None, "precision": "unknown"}
    if "country_code" in values and values["country_code"]:
        loc = loc or {"name": values["country_code"], "precision": "country"}
        loc["country_code"] = values["country_code"]
    data["location"] = loc
    if "location" in values or "country_code" in values:
        data["location_source"] = None


def replace_item(record: Record, kind: str, key: str, new: Item | None) -> Record:
    """A copy of the record with one item replaced (or removed when ``new`` is None)."""
    attr = {"event": "events", "quantity": "quantities", "quote": "quotes", "place": "places"}[kind]
    items = [new if item_key(kind, i) == key else i for i in items_of(record, kind)]
    return record.model_copy(update={attr: [i for i in items if i is not None]})

