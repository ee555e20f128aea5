"""The parsed, not yet resolved, meaning of one temporal expression.

The grammar builds an :class:`Expr` from the words alone; :mod:`.resolve` turns it into an
ISO value once the publication date and the tense are known. Keeping the two apart lets the
grammar be tested without an anchor and the resolver without text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Kind = Literal["calendar", "weekday", "relative", "ago", "past_span", "decade", "quarter", "shifted", "holiday"]
Unit = Literal["hour", "day", "week", "month", "year"]
Direction = Literal["last", "next", "this"]


@dataclass(frozen=True)
class Clock:
    """A time of day as written; ``minute_given`` says whether minutes were stated ('03:00')."""

    hour: int
    minute: int = 0
    minute_given: bool = False


@dataclass(frozen=True)
class Expr:
    """What a temporal expression says, before it is placed on the calendar.

    calendar   -- some of year/month/day are written ('November 15', 'in 2011', 'September 2015')
    weekday    -- a day name, with ``direction`` last/next/this or None ('on Tuesday')
    relative   -- a unit counted from publication: ``shift`` -1 last, 0 this, +1 next
                  ('last month', 'today' is a relative day with shift 0)
    ago        -- ``count`` units before publication ('three days ago')
    past_span  -- the ``count`` units up to publication ('the past two weeks', 'recent days')
    decade     -- ``year`` is the first year of the ``count`` years it spans (10 for 'the 1990s'
                  or 'the nineties', 100 for 'the 20th century')
    quarter    -- quarter ``count`` (1-4, or None: the quarter mentioned last) of ``year``, or of
                  the publication year moved by ``shift`` ('last year's third quarter');
                  ``mod`` 'latest'/'current' when the words say which ('the latest quarter')
    shifted    -- ``shift`` units from the last time mentioned ('two days later': +2 days)
    holiday    -- a holiday on ``month``/``day``, or the first ``weekday`` from it ('Thanksgiving')

    ``year_shift`` puts a year-less date in the publication year moved by it ('in April next
    year': +1). ``refers_back`` marks what needs an earlier mention to mean anything ('the year-earlier
    period'); without one it is not listed.
    """

    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    direction: Direction | None = None
    unit: Unit | None = None
    shift: int = 0
    count: int | None = None
    since: bool = False
    start_of: bool = False
    mod: str | None = None
    local: Clock | None = None
    utc: Clock | None = None
    until: Expr | None = None
    vague: bool = False
    refers_back: bool = False
    year_shift: int | None = None

    @property
    def is_relative(self) -> bool:
        """True when the expression needs the publication date to mean anything."""
        if self.kind in ("weekday", "relative", "ago", "past_span", "quarter", "shifted", "holiday"):
            return True
        return self.kind == "calendar" and self.year is None

    @property
    def is_duration(self) -> bool:
        """A span counted in several units ('the past three months') says how long, not when:
        TimeML's DURATION, which schema 1 has no place for. It still governs figures."""
        return self.kind == "past_span" and self.count is not None and self.count > 1

    @property
    def is_day(self) -> bool:
        """True when the expression names a single day, so a clock time can attach to it."""
        if self.kind == "calendar":
            return self.day is not None and self.until is None
        if self.kind in ("weekday", "holiday"):
            return True
        return self.kind == "relative" and self.unit == "day"

    def with_clock(self, local: Clock | None, utc: Clock | None) -> Expr:
        """The same day at a stated time."""
        return replace(self, local=local, utc=utc)

