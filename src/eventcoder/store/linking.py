"""Incremental linking inside the store: candidates come from an index, never from scans.

A new event mention looks up the incidents filed under its place keys (grid cells within the
linking distance, its country + admin1) on the days its window reaches (``incident_keys``),
and is compared with each candidate's *summary* (``link.state.IncidentState``), not with its
members. It joins the best match or founds a new incident. Joining updates the summary, its
figure bounds and its index rows in constant work; only removing an article (re-ingest)
rebuilds the incidents it was in from their members.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from datetime import date
from functools import partial
from typing import Any, cast

from sqlalchemy import Connection, Select, Table, bindparam, delete, func, insert, select, text, update

from eventcoder.link.claims import Claim
from eventcoder.link.index import index_rows, lookup_days, lookup_keys
from eventcoder.link.rules import LinkRules, Mention, best_match, linkable_date
from eventcoder.link.similarity import evidence_terms
from eventcoder.link.state import Disputed, IncidentState
from eventcoder.store.countries import alpha3
from eventcoder.store.tables import (
    ArticleRow,
    ClaimRow,
    EventRow,
    IncidentKeyRow,
    IncidentMemberRow,
    IncidentRow,
)

LINK_LOCK_SPACE = 0x45C1  # first int of the advisory lock key taken while linking
_INCIDENTS = cast(Table, IncidentRow.__table__)
_CLAIMS = cast(Table, ClaimRow.__table__)
_INSERT_INCIDENT = insert(_INCIDENTS).returning(_INCIDENTS.c.pk)
_UPDATE_INCIDENT = update(_INCIDENTS).where(_INCIDENTS.c.pk == bindparam("b_pk"))
_INSERT_MEMBER = insert(cast(Table, IncidentMemberRow.__table__))
_INSERT_CLAIM = insert(_CLAIMS)
_INSERT_KEYS = insert(IncidentKeyRow)
Work = Counter[str]
"""Counts of linking work (``compared``: summaries compared; ``claim_checks``: figure
categories checked against a summary; ``rebuilt_members``: members re-read on removal)."""


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def mention_of(row: Any, key: int = 0, article: str = "") -> Mention:
    """A linking Mention from an events row (mapping or Row), with its evidence words."""
    return Mention(
        type=row["type"], start=_day(row["date_start"]), end=_day(row["date_end"]),
        country_code=row["country_code"], admin1=row["admin1"], lat=row["lat"], lon=row["lon"],
        precision=row["geo_precision"], actor1=row["actor1"], actor2=row["actor2"],
        article=article or str(row["article_pk"]), key=key, sub_type=row["sub_type"],
        words=_words(row),
    )


def _words(row: Any) -> dict[str, int]:
    return dict(evidence_terms(row["evidence"] or "", row["location_name"], row["admin1"]))


def incident_uid(conn: Connection, country_code: str | None, article_id: str, event_id: str) -> str:
    """``SYR-3f9a2c``: ISO3 of the founding mention + a hash of its article and event ids.

    The same mention founds the same incident after a relink or a re-ingest, so the id can be
    cited; on the rare hash collision the hash is lengthened until it is unique.
    """
    digest = hashlib.sha256(f"{article_id}\x00{event_id}".encode()).hexdigest()
    prefix = alpha3(country_code)
    for width in (6, 10, 16, 32):
        uid = f"{prefix}-{digest[:width]}"
        if conn.execute(_UID_TAKEN, {"uid": uid}).first() is None:
            return uid
    raise AssertionError("sha256 collision")  # pragma: no cover


_FILED = (select(IncidentKeyRow.incident_pk).distinct()
          .where(IncidentKeyRow.place_key.in_(bindparam("keys", expanding=True)),
                 IncidentKeyRow.day >= bindparam("first"), IncidentKeyRow.day <= bindparam("last")))
_CANDIDATES = (select(IncidentRow.pk, IncidentRow.state)
               .where(IncidentRow.pk.in_(_FILED),
                      IncidentRow.pk.not_in(select(IncidentMemberRow.incident_pk).where(
                          IncidentMemberRow.article_pk == bindparam("article"))))
               .order_by(IncidentRow.pk))
_UID_TAKEN = select(IncidentRow.pk).where(IncidentRow.uid == bindparam("uid"))
_UNFILE = delete(IncidentKeyRow).where(IncidentKeyRow.incident_pk == bindparam("incident"))


def candidate_query(new: Mention, rules: LinkRules) -> tuple[Select[Any], dict[str, Any]]:
    """Incidents filed under the mention's place keys on the days its window reaches, and
    the statement's parameters; built once, so SQLAlchemy's compiled cache is always hit.

    Served by ``ix_incident_keys_place_day`` (place_key, day): one bounded range per key.
    """
    first, last = lookup_days(new, rules)
    return _FILED, {"keys": lookup_keys(new, rules), "first": first, "last": last}


def _candidates(conn: Connection, new: Mention, article_pk: int,
                rules: LinkRules) -> list[tuple[Mention, IncidentState]]:
    """Summaries of incidents filed under the mention's keys, none holding this article yet."""
    _stmt, params = candidate_query(new, rules)
    if not params["keys"]:
        return []
    rows = conn.execute(_CANDIDATES, {**params, "article": article_pk}).all()
    out = []
    for row in rows:
        state = IncidentState.from_json(row.state)
        out.append((state.mention(row.pk), state))
    return out


def _refile(conn: Connection, incident_pk: int, state: IncidentState, rules: LinkRules,
            new: bool) -> None:
    """File the incident under its summary's place keys and days (again, when they moved)."""
    if not new:
        conn.execute(_UNFILE, {"incident": incident_pk})
    summary = state.mention(incident_pk)
    rows = index_rows(incident_pk, summary, rules)
    if rows and linkable_date(summary, rules):
        conn.execute(_INSERT_KEYS, rows)


def _found(conn: Connection, state: IncidentState, row: dict[str, Any], article_id: str) -> int:
    """Insert a new incident, its summary and state written once."""
    uid = incident_uid(conn, row["country_code"], article_id, row["event_id"])
    values = {**state.summary(), "uid": uid, "state": state.to_json()}
    return int(conn.execute(_INSERT_INCIDENT, values).scalar_one())


def link_event(
    conn: Connection, rules: LinkRules, event_pk: int, row: dict[str, Any], claims: list[Claim],
    article: tuple[str, str | None], work: Work | None = None,
) -> tuple[int, bool]:
    """Put one stored event mention into an incident; returns (incident pk, joined an existing one).

    ``article`` is the mention's article id and source (the source counts distinct outlets).
    """
    article_id, source = article
    work = work if work is not None else Counter()
    new = mention_of(row)
    match = None
    candidates: list[tuple[Mention, IncidentState]] = []
    if bool(new.country_code) and linkable_date(new, rules):
        candidates = _candidates(conn, new, row["article_pk"], rules)
        work["compared"] += len(candidates)
        match = best_match(new, [m for m, _ in candidates], rules)
    if match is None:
        state, incident_pk = IncidentState(), 0
        reason = "first report" if linkable_date(new, rules) and new.country_code else (
            "first report (not linkable: no country, or no date within a month)")
    else:
        incident_pk, reason = match[0].key, match[1].reason
        state = next(s for m, s in candidates if m.key == incident_pk)
    before = (state.date, state.place)
    state.add_member(row, source or article_id, dict(new.words))
    earlier = partial(_earlier, conn, incident_pk, work)
    disputed = state.add_claims(claims, event_pk, str(row["article_pk"]), rules, earlier)
    work["claim_checks"] += len({c.category for c in claims})
    if match is None:
        incident_pk = _found(conn, state, row, article_id)
    else:
        conn.execute(_UPDATE_INCIDENT, {**state.summary(), "state": state.to_json(), "b_pk": incident_pk})
    conn.execute(_INSERT_MEMBER, {"incident_pk": incident_pk, "event_pk": event_pk,
                                  "article_pk": row["article_pk"], "reason": reason})
    _store_claims(conn, incident_pk, event_pk, row["article_pk"], claims, disputed)
    if match is None or (state.date, state.place) != before:
        _refile(conn, incident_pk, state, rules, new=match is None)
    return incident_pk, match is not None


def _store_claims(conn: Connection, incident_pk: int, event_pk: int, article_pk: int,
                  claims: list[Claim], disputed: set[Disputed]) -> None:
    """Insert one mention's figures; flag them and the earlier ones they contradict."""
    if claims:
        conn.execute(_INSERT_CLAIM, [
            {"incident_pk": incident_pk, "event_pk": event_pk, "article_pk": article_pk,
             "category": c.category, "value": c.value, "low": c.low, "high": c.high,
             "qualifier": c.qualifier, "text": c.text, "source": c.source,
             "disputed": (event_pk, c.category) in disputed} for c in claims])
    _flag(conn, {d for d in disputed if d[0] != event_pk})


def _flag(conn: Connection, disputed: Iterable[Disputed]) -> None:
    for member, category in sorted(disputed):
        conn.execute(update(ClaimRow).where(ClaimRow.event_pk == member, ClaimRow.category == category)
                     .values(disputed=True))


def _earlier(conn: Connection, incident_pk: int, work: Work,
             category: str) -> list[tuple[int, Claim, str]]:
    """The incident's figures of one category, read when a new one clashes with the summary."""
    rows = conn.execute(select(ClaimRow.__table__).where(
        ClaimRow.incident_pk == incident_pk, ClaimRow.category == category)).all()
    work["clash_reads"] += len(rows)
    return [(r.event_pk, _claim(r), str(r.article_pk)) for r in rows]


def _claim(r: Any) -> Claim:
    return Claim(r.category, r.value, r.low, r.high, r.qualifier, r.text, r.source)


def _of_category(claims: list[tuple[int, Claim, str]], category: str) -> list[tuple[int, Claim, str]]:
    return [c for c in claims if c[1].category == category]


def drop_empty(conn: Connection, incident_pks: Iterable[int]) -> None:
    """Delete incidents left without members (before a re-added article founds them anew)."""
    pks = sorted(incident_pks)
    if pks:
        conn.execute(delete(IncidentRow).where(
            IncidentRow.pk.in_(pks),
            IncidentRow.pk.not_in(select(IncidentMemberRow.incident_pk))))


def refresh_incident(conn: Connection, incident_pk: int, rules: LinkRules,
                     work: Work | None = None) -> None:
    """Rebuild an incident's state from its members (after one was removed); drop it when empty."""
    members = conn.execute(
        select(EventRow.__table__, func.coalesce(ArticleRow.source, ArticleRow.id).label("src"))
        .join(IncidentMemberRow, IncidentMemberRow.event_pk == EventRow.pk)
        .join(ArticleRow, ArticleRow.pk == EventRow.article_pk)
        .where(IncidentMemberRow.incident_pk == incident_pk).order_by(IncidentMemberRow.pk)).mappings().all()
    if not members:
        conn.execute(delete(IncidentRow).where(IncidentRow.pk == incident_pk))
        return
    if work is not None:
        work["rebuilt_members"] += len(members)
    claims = conn.execute(select(ClaimRow.__table__).where(ClaimRow.incident_pk == incident_pk)
                          .order_by(ClaimRow.pk)).all()
    conn.execute(update(ClaimRow).where(ClaimRow.incident_pk == incident_pk).values(disputed=False))
    state, disputed = IncidentState(), set()
    seen: list[tuple[int, Claim, str]] = []
    for m in members:
        state.add_member(dict(m), m["src"], _words(m))
        mine = [_claim(c) for c in claims if c.event_pk == m["pk"]]
        if mine:
            disputed |= state.add_claims(mine, m["pk"], str(m["article_pk"]), rules,
                                         partial(_of_category, list(seen)))
            seen += [(m["pk"], c, str(m["article_pk"])) for c in mine]
    _flag(conn, disputed)
    conn.execute(_UPDATE_INCIDENT, {**state.summary(), "state": state.to_json(), "b_pk": incident_pk})
    _refile(conn, incident_pk, state, rules, new=False)


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
