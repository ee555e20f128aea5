"""Corpus statistics: a handful of GROUP BY queries, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from eventcoder.store.tables import (
    ArticleRow,
    ClaimRow,
    EventRow,
    IncidentRow,
    PlaceRow,
    QuantityRow,
    QuoteRow,
)
from eventcoder.store.views import Stats


def _count(conn: Connection, table: Any, *where: Any) -> int:
    return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def _grouped(conn: Connection, col: Any, top: int | None = None) -> list[tuple[str, int]]:
    n = func.count().label("n")
    stmt = select(col.label("k"), n).where(col.is_not(None)).group_by(col).order_by(n.desc(), col)
    if top:
        stmt = stmt.limit(top)
    return [(str(r.k), int(r.n)) for r in conn.execute(stmt)]


def totals(conn: Connection) -> dict[str, int]:
    """Row counts of every table, plus disputed incidents."""
    return {
        "articles": _count(conn, ArticleRow), "events": _count(conn, EventRow),
        "incidents": _count(conn, IncidentRow), "quotes": _count(conn, QuoteRow),
        "quantities": _count(conn, QuantityRow), "places": _count(conn, PlaceRow),
        "claims": _count(conn, ClaimRow),
        "disputed_incidents": _count(conn, IncidentRow, IncidentRow.disputed.is_(True)),
    }


def stats(conn: Connection, top: int = 10) -> Stats:
    """Incidents per type, country and month (by best date); sources by article count."""
    month = func.substr(IncidentRow.date_start, 1, 7)
    by_month = sorted(_grouped(conn, month))
    return Stats(
        totals=totals(conn),
        by_type=_grouped(conn, IncidentRow.type),
        by_country=_grouped(conn, IncidentRow.country_code),
        by_month=by_month,
        top_sources=_grouped(conn, ArticleRow.source, top),
        top_attributions=_grouped(conn, ClaimRow.source, top),
    )
