"""Incremental linking inside the store: candidates come from indexed queries, never all pairs.

A new event mention is compared only with mentions that share its country and whose day
windows come within the date tolerance of its own (``ix_events_country_date``); it joins the
incident of the best match or starts a new one. Summaries and claim disputes are recomputed
for every incident that changes.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Select, bindparam, delete, func, insert, select, text, update

from eventcoder.link.claims import Claim, disagreements
from eventcoder.link.rules import LinkRules, Mention, best_match, linkable_date
from eventcoder.store.tables import (
    ArticleRow,
    ClaimRow,
    EventRow,
    IncidentMemberRow,
    IncidentRow,
)

LINK_LOCK_SPACE = 0x45C1  # first int of the advisory lock key taken while linking
_INCIDENTS = IncidentRow.__table__
_INSERT_INCIDENT = insert(_INCIDENTS).returning(_INCIDENTS.c.pk)
_UPDATE_INCIDENT = update(_INCIDENTS).where(_INCIDENTS.c.pk == bindparam("b_pk"))
_INSERT_MEMBER = insert(IncidentMemberRow.__table__)
_INSERT_CLAIM = insert(ClaimRow.__table__)

PRECISION_RANK = {
    "point": 0, "neighbourhood": 1, "city": 2, "district": 3,
    "admin1": 4, "country": 5, "region": 6, "unknown": 7,
}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def mention_of(row: Any, key: int = 0, article: str = "") -> Mention:
    """A linking Mention from an events row (mapping or Row)."""
    return Mention(
        type=row["type"], start=_day(row["date_start"]), end=_day(row["date_end"]),
        country_code=row["country_code"], admin1=row["admin1"], lat=row["lat"], lon=row["lon"],
        precision=row["geo_precision"], actor1=row["actor1"], actor2=row["actor2"],
        article=article or str(row["article_pk"]), key=key,
    )


def candidate_query(new: Mention, rules: LinkRules) -> Select[Any]:
    """Linked mentions in the same country whose windows come within the tolerance.

    Served by ``ix_events_country_date`` (country_code, date_start) as a range bounded on
    both sides: linkable windows are at most ``max_window_days`` wide, so a candidate starts
    no earlier than that before the new window. Cost grows with the events of one country in
    about two months, not with the corpus.
    """
    assert new.start is not None and new.end is not None
    slack = timedelta(days=rules.date_tolerance_days)
    earliest = new.start - slack - timedelta(days=rules.max_window_days)
    return (
        select(EventRow.__table__, IncidentMemberRow.incident_pk)
        .join(IncidentMemberRow, IncidentMemberRow.event_pk == EventRow.pk)
        .where(EventRow.country_code == new.country_code,
               EventRow.date_start >= earliest.isoformat(),
               EventRow.date_start <= (new.end + slack).isoformat(),
               EventRow.date_end >= (new.start - slack).isoformat())
    )


def _candidates(conn: Connection, new: Mention, article_pk: int, rules: LinkRules) -> list[Mention]:
    """Members of incidents near in time and in the same country, from other articles only."""
    rows = conn.execute(candidate_query(new, rules)).mappings().all()
    if not rows:
        return []
    incidents = {r["incident_pk"] for r in rows}
    taken = set(conn.execute(
        select(IncidentMemberRow.incident_pk).where(
            IncidentMemberRow.article_pk == article_pk,
            IncidentMemberRow.incident_pk.in_(incidents))).scalars())
    return [mention_of(r, key=r["incident_pk"]) for r in rows if r["incident_pk"] not in taken]


def _new_incident(conn: Connection, row: dict[str, Any]) -> int:
    values = {k: row[k] for k in (
        "type", "sub_type", "date_start", "date_end", "date_precision", "country_code", "admin1",
        "location_name", "lat", "lon", "geo_precision", "actor1", "inter1", "actor2", "inter2")}
    values.update(n_mentions=1, n_sources=1, disputed=False, disputes=None)
    return int(conn.execute(_INSERT_INCIDENT, values).scalar_one())


def link_event(
    conn: Connection, rules: LinkRules, event_pk: int, row: dict[str, Any], claims: list[Claim]
) -> tuple[int, bool]:
    """Put one stored event mention into an incident; returns (incident pk, joined an existing one).

    A new incident is born complete (its summary is this mention, one source, nothing to
    dispute), so only incidents that gained a member need ``refresh_incident``.
    """
    new = mention_of(row)
    match = None
    linkable = bool(new.country_code) and linkable_date(new, rules)
    if linkable:
        match = best_match(new, _candidates(conn, new, row["article_pk"], rules), rules)
    if match is None:
        incident_pk = _new_incident(conn, row)
        reason = "first report" if linkable else (
            "first report (not linkable: no country, or no date within a month)")
    else:
        incident_pk, reason = match[0].key, match[1].reason
    conn.execute(_INSERT_MEMBER, {"incident_pk": incident_pk, "event_pk": event_pk,
                                  "article_pk": row["article_pk"], "reason": reason})
    if claims:
        conn.execute(_INSERT_CLAIM, [
            {"incident_pk": incident_pk, "event_pk": event_pk, "article_pk": row["article_pk"],
             "category": c.category, "value": c.value, "low": c.low, "high": c.high,
             "qualifier": c.qualifier, "text": c.text, "source": c.source, "disputed": False}
            for c in claims])
    return incident_pk, match is not None


def _most_common(values: list[Any]) -> Any:
    present = [v for v in values if v]
    return Counter(present).most_common(1)[0][0] if present else None


def _pick_date(members: list[Any]) -> Any:
    dated = [m for m in members if m["date_start"]]
    if not dated:
        return None
    return min(dated, key=lambda m: (_day(m["date_end"]) - _day(m["date_start"]), m["date_start"]))  # type: ignore[operator]


def _pick_place(members: list[Any]) -> Any:
    placed = [m for m in members if m["country_code"]]
    if not placed:
        return None
    return min(placed, key=lambda m: (m["lat"] is None, PRECISION_RANK.get(m["geo_precision"] or "unknown", 7)))


def _summary(members: list[Any], n_sources: int) -> dict[str, Any]:
    """The incident's best estimate: narrowest date, finest place, most cited type and actors."""
    kind = _most_common([m["type"] for m in members])
    values: dict[str, Any] = {
        "type": kind,
        "sub_type": _most_common([m["sub_type"] for m in members if m["type"] == kind]),
        "n_mentions": len(members), "n_sources": n_sources,
    }
    dated = _pick_date(members)
    values.update(date_start=dated["date_start"] if dated else None,
                  date_end=dated["date_end"] if dated else None,
                  date_precision=dated["date_precision"] if dated else None)
    place = _pick_place(members)
    for col in ("country_code", "admin1", "location_name", "lat", "lon", "geo_precision"):
        values[col] = place[col] if place else None
    for slot in ("1", "2"):
        actor = _most_common([m["actor" + slot] for m in members])
        values["actor" + slot] = actor
        values["inter" + slot] = next(
            (m["inter" + slot] for m in members if m["actor" + slot] == actor), None)
    return values


def _refresh_claims(conn: Connection, incident_pk: int, rules: LinkRules) -> list[str]:
    rows = conn.execute(
        select(ClaimRow.pk, ClaimRow.category, ClaimRow.value, ClaimRow.low, ClaimRow.high,
               ClaimRow.qualifier, ClaimRow.text, ClaimRow.source, ClaimRow.article_pk)
        .where(ClaimRow.incident_pk == incident_pk).order_by(ClaimRow.pk)).all()
    claims = [(Claim(r.category, r.value, r.low, r.high, r.qualifier, r.text, r.source),
               str(r.article_pk)) for r in rows]
    notes, involved = disagreements(claims, rules)
    disputed_pks = [rows[i].pk for i in involved]
    conn.execute(update(ClaimRow).where(ClaimRow.incident_pk == incident_pk).values(disputed=False))
    if disputed_pks:
        conn.execute(update(ClaimRow).where(ClaimRow.pk.in_(disputed_pks)).values(disputed=True))
    return notes


def refresh_incident(conn: Connection, incident_pk: int, rules: LinkRules) -> None:
    """Recompute an incident's summary and disputes from its members; drop it when empty."""
    members = conn.execute(
        select(EventRow.__table__).join(IncidentMemberRow, IncidentMemberRow.event_pk == EventRow.pk)
        .where(IncidentMemberRow.incident_pk == incident_pk).order_by(EventRow.pk)).mappings().all()
    if not members:
        conn.execute(delete(IncidentRow).where(IncidentRow.pk == incident_pk))
        return
    n_sources = conn.execute(
        select(func.count(func.distinct(func.coalesce(ArticleRow.source, ArticleRow.id))))
        .join(IncidentMemberRow, IncidentMemberRow.article_pk == ArticleRow.pk)
        .where(IncidentMemberRow.incident_pk == incident_pk)).scalar_one()
    values = _summary(list(members), int(n_sources))
    notes = _refresh_claims(conn, incident_pk, rules)
    values.update(disputed=bool(notes), disputes=json.dumps(notes) if notes else None)
    conn.execute(_UPDATE_INCIDENT, {**values, "b_pk": incident_pk})


def _country_lock_key(code: str | None) -> int:
    """A stable 31-bit key per country code (0 for none), the second half of the lock key."""
    return int.from_bytes((code or "").upper().encode("utf-8")[:3].ljust(3, b"\0"), "big")


def lock_countries(conn: Connection, codes: Iterable[str | None]) -> None:
    """On PostgreSQL, serialise linking per country until commit (SQLite writers are serial).

    Without it two ingests linking the same incident at once each see no candidate (the
    other's rows are uncommitted) and both start an incident. Keys are taken in sorted
    order, so two transactions never wait on each other in a cycle; events without a
    country share key 0.
    """
    if conn.dialect.name != "postgresql":
        return
    for key in sorted({_country_lock_key(c) for c in codes}):
        conn.execute(text("SELECT pg_advisory_xact_lock(:space, :key)"),
                     {"space": LINK_LOCK_SPACE, "key": key})
