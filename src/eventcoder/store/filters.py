"""Filters shared by search, exports and incident listings, built as bound SQL conditions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, or_, select, true

from eventcoder.store.countries import to_alpha2
from eventcoder.store.tables import (
    ArticleRow,
    EventRow,
    IncidentMemberRow,
    IncidentRow,
    QuoteRow,
)


@dataclass(frozen=True)
class Filters:
    """All optional; dates are ISO days and match any overlap with an event's day window.

    ``country`` accepts an ISO code or a name; ``actor`` and ``speaker`` match
    case-insensitive substrings.
    """

    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    actor: str | None = None
    speaker: str | None = None

    @property
    def country_code(self) -> str | None:
        return to_alpha2(self.country) if self.country else None

    def has_event_filters(self) -> bool:
        return any((self.date_from, self.date_to, self.country, self.admin1,
                    self.event_type, self.actor))


def _dates(start: ColumnElement, end: ColumnElement, f: Filters) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.date_from:
        conds.append(end >= f.date_from)
    if f.date_to:
        conds.append(start <= f.date_to)
    return conds


def event_conditions(f: Filters) -> list[ColumnElement[bool]]:
    """Conditions on one events row."""
    conds = _dates(EventRow.date_start, EventRow.date_end, f)
    if f.country_code:
        conds.append(EventRow.country_code == f.country_code)
    if f.admin1:
        conds.append(EventRow.admin1.ilike(f.admin1))
    if f.event_type:
        conds.append(EventRow.type == f.event_type)
    if f.actor:
        conds.append(or_(EventRow.actor1.icontains(f.actor, autoescape=True),
                         EventRow.actor2.icontains(f.actor, autoescape=True)))
    return conds


def _speaker_articles(speaker: str) -> Select[tuple[int]]:
    return select(QuoteRow.article_pk).where(QuoteRow.speaker.icontains(speaker, autoescape=True))


def article_filter(col: ColumnElement[int], f: Filters) -> ColumnElement[bool]:
    """Conditions on a column of article pks: one of the article's events passes every event filter.

    With only a date range, articles without any event fall back to their publication date.
    Written as uncorrelated ``IN (SELECT …)`` so each subquery runs once per search, not per row.
    """
    conds: list[ColumnElement[bool]] = []
    if f.has_event_filters():
        passes: ColumnElement[bool] = col.in_(select(EventRow.article_pk).where(*event_conditions(f)))
        if not any((f.country, f.admin1, f.event_type, f.actor)):
            undated = select(ArticleRow.pk).where(
                *_dates(ArticleRow.published, ArticleRow.published, f),
                ArticleRow.pk.not_in(select(EventRow.article_pk)))
            passes = or_(passes, col.in_(undated))
        conds.append(passes)
    if f.speaker:
        conds.append(col.in_(_speaker_articles(f.speaker)))
    return and_(true(), *conds)


def article_condition(f: Filters) -> ColumnElement[bool]:
    """``article_filter`` on the articles table itself."""
    return article_filter(ArticleRow.pk, f)


def incident_condition(f: Filters) -> ColumnElement[bool]:
    """Conditions on incidents: their own summary columns, or any member for actors/speakers."""
    conds = _dates(IncidentRow.date_start, IncidentRow.date_end, f)
    if f.country_code:
        conds.append(IncidentRow.country_code == f.country_code)
    if f.admin1:
        conds.append(IncidentRow.admin1.ilike(f.admin1))
    if f.event_type:
        conds.append(IncidentRow.type == f.event_type)
    if f.actor:
        conds.append(IncidentRow.pk.in_(
            select(IncidentMemberRow.incident_pk)
            .join(EventRow, EventRow.pk == IncidentMemberRow.event_pk)
            .where(or_(EventRow.actor1.icontains(f.actor, autoescape=True),
                       EventRow.actor2.icontains(f.actor, autoescape=True)))))
    if f.speaker:
        conds.append(IncidentRow.pk.in_(
            select(IncidentMemberRow.incident_pk)
            .where(IncidentMemberRow.article_pk.in_(_speaker_articles(f.speaker)))))
    return and_(true(), *conds)
