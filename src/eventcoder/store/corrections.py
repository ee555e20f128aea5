"""Analyst corrections: stored apart from records, re-applied on every read.

An analyst accepts, corrects or rejects one extracted item (event, figure, quote or place).
The verdict is stored with the item's evidence text at that moment, keyed by article id and item
key, so that after a re-extraction it is applied again to whatever item now has that key — unless
the evidence text changed, in which case it is *flagged* ("evidence moved") and not applied: a
correction written for one sentence must never silently land on another.

Changes are stored as ``{field: {"machine": old, "analyst": new}}``: the machine's value is kept
so exports and audits can show what was changed, not only the result.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import RowMapping, insert, select

from eventcoder.model import Record
from eventcoder.store.correction_fields import (
    FIELDS,
    ITEM_KINDS,
    Item,
    coerce,
    evidence_of,
    find_item,
    replace_item,
    value_of,
    with_changes,
)
from eventcoder.store.correction_table import CorrectionRow
from eventcoder.store.rows import article_key
from eventcoder.store.store import Store

Action = Literal["accept", "correct", "reject"]
ACTIONS: tuple[Action, ...] = ("accept", "correct", "reject")
_TABLE = CorrectionRow.__table__
_INSERT = insert(CorrectionRow).returning(CorrectionRow.pk)


@dataclass(frozen=True)
class Correction:
    """One stored verdict on one item."""

    id: int
    article_id: str
    item_kind: str
    item_key: str
    action: str
    changes: dict[str, dict[str, Any]]
    note: str | None
    reviewer: str | None
    created_at: str
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Flag:
    """A correction that could not be applied to the current record, and why."""

    correction_id: int
    item_kind: str
    item_key: str
    reason: Literal["evidence moved", "item missing", "invalid"]
    detail: str = ""


@dataclass
class Reviewed:
    """A record with its corrections applied, the flags raised, and each item's last verdict."""

    record: Record
    flags: list[Flag] = field(default_factory=list)
    status: dict[tuple[str, str], str] = field(default_factory=dict)


# ---- writing -------------------------------------------------------------------------------

def add_correction(store: Store, article_id: str, item_kind: str, item_key: str, action: str,
                   changes: dict[str, Any] | None = None, *, note: str | None = None,
                   reviewer: str | None = None) -> Correction:
    """Validate and store one verdict; ``changes`` maps field → the analyst's value.

    Only fields whose value differs from the item as currently shown are kept; a "correct"
    without any such field is stored as "accept". Raises LookupError for an unknown article or
    item, ValueError for an invalid action, field or value.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}; one of: {', '.join(ACTIONS)}")
    if item_kind not in ITEM_KINDS:
        raise ValueError(f"unknown item kind {item_kind!r}; one of: {', '.join(ITEM_KINDS)}")
    record = store.get_record(article_id)
    if record is None:
        raise LookupError(f"no article {article_id!r} in the corpus")
    machine = find_item(record, item_kind, item_key)
    if machine is None:
        raise LookupError(f"article {article_id!r} has no {item_kind} {item_key!r}")
    current = find_item(review(record, corrections_for(store, article_id)).record, item_kind, item_key)
    diff = _diff(item_kind, machine, current or machine, changes or {}) if action == "correct" else {}
    if action == "correct" and not diff:
        action = "accept"
    row = {"article_id": article_id, "article_key": article_key(article_id), "item_kind": item_kind, "item_key": item_key, "action": action,
           "changes": json.dumps(diff, ensure_ascii=False), "note": note or None,
           "reviewer": reviewer or None, "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
           "evidence": evidence_of(record, machine)}
    with store.engine.begin() as conn:
        pk = int(conn.execute(_INSERT, row).scalar_one())
    return _correction({**row, "pk": pk})


def _diff(kind: str, machine: Item, current: Item, raw: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The changed fields as {field: {machine, analyst}}, after checking the result is valid."""
    values = {name: coerce(kind, name, value) for name, value in raw.items()}
    changed = {n: v for n, v in values.items() if v != value_of(kind, current, n)}
    if kind == "event" and "sub_type" in changed:
        changed.pop("type", None)  # the sub-type decides the type
    with_changes(kind, current, changed)  # raises ValueError when the result is invalid
    return {n: {"machine": value_of(kind, machine, n), "analyst": v} for n, v in changed.items()}


# ---- reading -------------------------------------------------------------------------------

def _correction(row: RowMapping | Mapping[str, Any]) -> Correction:
    return Correction(
        id=row["pk"], article_id=row["article_id"], item_kind=row["item_kind"],
        item_key=row["item_key"], action=row["action"], changes=json.loads(row["changes"] or "{}"),
        note=row["note"], reviewer=row["reviewer"], created_at=row["created_at"],
        evidence=row["evidence"])


def corrections_for(store: Store, article_id: str) -> list[Correction]:
    """Every verdict on one article, oldest first (the order they are re-applied in)."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(_TABLE).where(_TABLE.c.article_key == article_key(article_id))
                            .order_by(_TABLE.c.pk)).mappings().all()
    return [_correction(r) for r in rows]


def all_corrections(store: Store) -> dict[str, list[Correction]]:
    """Every verdict in the corpus, grouped by article id, oldest first."""
    grouped: dict[str, list[Correction]] = {}
    with store.engine.connect() as conn:
        for row in conn.execute(select(_TABLE).order_by(_TABLE.c.pk)).mappings():
            grouped.setdefault(row["article_id"], []).append(_correction(row))
    return grouped


def reviewed_record(store: Store, article_id: str) -> Reviewed | None:
    """The record as the analyst left it (apply on read), or None for an unknown article."""
    record = store.get_record(article_id)
    return review(record, corrections_for(store, article_id)) if record else None


# ---- applying ------------------------------------------------------------------------------

def apply_corrections(record: Record, corrections: list[Correction]) -> tuple[Record, list[Flag]]:
    """Re-apply verdicts to a (possibly re-extracted) record; see ``review``."""
    reviewed = review(record, corrections)
    return reviewed.record, reviewed.flags


def review(record: Record, corrections: list[Correction]) -> Reviewed:
    """Apply verdicts item by item, oldest first; the last valid verdict decides reject/keep.

    A verdict whose stored evidence differs from the item's evidence now is flagged
    "evidence moved" and skipped; one whose item is gone is flagged "item missing".
    """
    out = Reviewed(record)
    groups: dict[tuple[str, str], list[Correction]] = {}
    for c in corrections:
        groups.setdefault((c.item_kind, c.item_key), []).append(c)
    for (kind, key), group in groups.items():
        item = find_item(out.record, kind, key)
        if item is None:
            out.flags.append(Flag(group[-1].id, kind, key, "item missing"))
            continue
        now = evidence_of(out.record, item)
        valid = [c for c in group if c.evidence == now]
        out.flags.extend(Flag(c.id, kind, key, "evidence moved", c.evidence)
                         for c in group if c.evidence != now)
        if valid:
            out.record = _apply_group(out, kind, key, item, valid)
    return out


def _apply_group(out: Reviewed, kind: str, key: str, item: Item, valid: list[Correction]) -> Record:
    out.status[(kind, key)] = valid[-1].action
    if valid[-1].action == "reject":
        return replace_item(out.record, kind, key, None)
    for c in valid:
        if c.action != "correct":
            continue
        try:
            item = with_changes(kind, item, {n: ch["analyst"] for n, ch in c.changes.items()})
        except (ValueError, KeyError) as exc:
            out.flags.append(Flag(c.id, kind, key, "invalid", str(exc)))
    return replace_item(out.record, kind, key, item)


# ---- the review queue ----------------------------------------------------------------------

CERTAINTY_DOUBT = {"asserted": 0.0, "reported": 1.0, "planned": 1.5, "alleged": 2.0, "denied": 3.0}
FALLBACK_SOURCES = ("focus", "article", "none")


@dataclass(frozen=True)
class QueueItem:
    """An event waiting for review, with its doubt score and the reasons behind it."""

    article_id: str
    event_id: str
    type: str
    sub_type: str
    score: float
    reasons: tuple[str, ...]
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def doubt(event: Any) -> tuple[float, tuple[str, ...]]:
    """How much an event needs a human, in lieu of a confidence score (the record has none yet).

    Points: certainty (reported 1, planned 1.5, alleged 2, denied 3); no actor1 2; place missing 2
    or taken from an article-level fallback (focus/article/none) 1.5; date missing 1.5 or from the
    publication date / nowhere 1; no trigger word 1, a single one 0.5. Each point names its reason.
    """
    parts: list[tuple[float, str]] = [(CERTAINTY_DOUBT.get(event.certainty, 1.0), f"certainty {event.certainty}")]
    if event.actor1 is None:
        parts.append((2.0, "no actor1"))
    if event.location is None:
        parts.append((2.0, "no place"))
    elif event.location_source in FALLBACK_SOURCES:
        parts.append((1.5, f"place from {event.location_source}"))
    if event.date is None:
        parts.append((1.5, "no date"))
    elif event.date_source in FALLBACK_SOURCES:
        parts.append((1.0, f"date from {event.date_source}"))
    if len(event.triggers) < 2:
        parts.append((1.0 if not event.triggers else 0.5, f"{len(event.triggers)} trigger(s)"))
    kept = [(points, why) for points, why in parts if points > 0]
    return sum(p for p, _ in kept), tuple(why for _, why in kept)


def review_queue(store: Store, limit: int = 20) -> list[QueueItem]:
    """Unreviewed events, most doubtful first (ties: article id, event id).

    Reads every record once: fine for a laptop corpus; a stored confidence column would let
    the database order them when the record grows one.
    """
    grouped = all_corrections(store)
    queue: list[QueueItem] = []
    for record in store.records():
        reviewed = review(record, grouped.get(record.article.id, []))
        for event in reviewed.record.events:
            if ("event", event.id) in reviewed.status:
                continue
            score, reasons = doubt(event)
            queue.append(QueueItem(record.article.id, event.id, event.type, event.sub_type, score,
                                   reasons, evidence_of(record, event)))
    queue.sort(key=lambda q: (-q.score, q.article_id, q.event_id))
    return queue[:limit]


def reviewed_records(store: Store) -> Iterator[Reviewed]:
    """Each article that has at least one verdict, with its verdicts applied."""
    for article_id, corrections in all_corrections(store).items():
        record = store.get_record(article_id)
        if record is not None:
            yield review(record, corrections)


__all__ = [
    "ACTIONS", "FIELDS", "Correction", "Flag", "QueueItem", "Reviewed", "add_correction",
    "all_corrections", "apply_corrections", "corrections_for", "doubt", "export_gold",
    "review", "review_queue", "reviewed_record", "reviewed_records",
]


def export_gold(store: Store, path: str) -> int:
    """Write reviewed items as gold JSON Lines (one article a line); returns the article count."""
    from eventcoder.store.gold import write_gold

    return write_gold(reviewed_records(store), path)
