"""Filters shared by search, exports and incident listings, built as bound SQL conditions."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select, true
from sqlalchemy.orm import QueryableAttribute

from eventcoder.errors import FilterError
from eventcoder.store.countries import country_code
from eventcoder.store.tables import ArticleRow, EventRow, IncidentMemberRow, IncidentRow, QuoteRow

Column = ColumnElement[Any] | QueryableAttribute[Any]
"""A column in a condition: a Core column element or a mapped attribute (``EventRow.date_start``)."""


@dataclass(frozen=True)
class Filters:
    """All optional; dates are ISO days and match any overlap with an event's day window.

    ``country`` accepts an ISO code, a name or a common alias (unknown ones are a
    FilterError); ``admin1`` matches whole, case-insensitively; ``actor`` and ``speaker``
    match case-insensitive substrings. Dates may be YYYY, YYYY-MM or YYYY-MM-DD (a period
    starts on its first day, ends on its last). Values are always literal text: no
    wildcard or escape character has any meaning, blank values are no filter, and NUL or lone surrogates (which a
    database would refuse) are replaced.
    """

    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    actor: str | None = None
    speaker: str | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and not isinstance(value, str):
                raise FilterError(f"filter {f.name} must be text, not {type(value).__name__}")
            if value is not None:  # blank means "no filter", like an omitted option
                object.__setattr__(self, f.name, clean_text(value).strip() or None)
        if self.date_from:
            object.__setattr__(self, "date_from", iso_bound(self.date_from, last=False))
        if self.date_to:
            object.__setattr__(self, "date_to", iso_bound(self.date_to, last=True))
        if self.country:
            country_code(self.country)  # refuse an unknown country now, with its message

    @property
    def country_code(self) -> str | None:
        return country_code(self.country) if self.country else None

    def has_event_filters(self) -> bool:
        return any((self.date_from, self.date_to, self.country, self.admin1,
                    self.event_type, self.actor))


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def clean_text(value: str) -> str:
    """A value any database binds: NUL → U+FFFD, lone surrogates → '?'."""
    return value.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")


def iso_bound(value: str, *, last: bool) -> str:
    """'2016', '2016-12' or '2016-12-13' → an ISO day: the period's first (or ``last``) day."""
    m = _ISO.fullmatch(value.strip())
    try:
        if m is None:
            raise ValueError(value)
        year, month, day = int(m[1]), int(m[2] or (12 if last else 1)), m[3]
        end_day = calendar.monthrange(year, month)[1] if last else 1
        return date(year, month, int(day) if day else end_day).isoformat()
    except ValueError:
        raise FilterError(f"date {value!r} is not an ISO date: give YYYY-MM-DD, "
                          "YYYY-MM or YYYY (e.g. 2016-12-13)") from None


def ilike_literal(col: Any, value: str) -> ColumnElement[bool]:
    """Case-insensitive whole-value match in which % _ and \\ are plain characters."""
    escaped = value.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return col.ilike(escaped, escape="/")


def _dates(start: Column, end: Column, f: Filters) -> list[ColumnElement[bool]]:
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
        conds.append(ilike_literal(EventRow.admin1, f.admin1))
    if f.event_type:
        conds.append(EventRow.type == f.event_type)
    if f.actor:
        conds.append(or_(EventRow.actor1.icontains(f.actor, autoescape=True),
                         EventRow.actor2.icontains(f.actor, autoescape=True)))
    return conds


def _speaker_articles(speaker: str) -> Select[Any]:
    return select(QuoteRow.article_pk).where(QuoteRow.speaker.icontains(speaker, autoescape=True))


def article_filter(col: Column, f: Filters) -> ColumnElement[bool]:
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
        conds.append(ilike_literal(IncidentRow.admin1, f.admin1))
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
