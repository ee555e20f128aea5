"""Places a parsed :class:`Expr` on the calendar, relative to the publication date.

Conventions (ISO 8601 at the stated precision):
- day ``2016-12-13``; month ``2016-09``; year ``2016``; a decade is year ``1990`` until ``1999``;
- week: ``value`` is the Monday of that ISO week and ``until`` its Sunday (a date, not
  ``2016-W49``, so that consumers can compare it with other dates without an ISO-week parser);
- time: ``2016-12-14T03:00Z`` when a GMT/UTC time is written, else local ``2016-12-14T05:00``
  with no zone; precision ``minute`` when minutes were written (``03:00``), ``hour`` otherwise;
- 'since X' keeps X as the value and runs ``until`` the publication date;
- a year-less date or a day name is the latest one not after publication, or, in future
  tense, the earliest one not before it; a year-less date in a clause of no clear tense (or
  after a deadline word: 'payable Jan. 2') is the occurrence nearest publication. Without a publication date every relative
  expression resolves to ``None`` (never guessed from today).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta

from eventcoder.extract.dates.config import DateConfig
from eventcoder.extract.dates.expr import Clock, Expr
from eventcoder.extract.dates.holidays import holiday_day
from eventcoder.model import DatePrecision


@dataclass(frozen=True)
class Resolved:
    """An ISO value at a precision, with the end of the range when there is one."""

    value: str | None
    precision: DatePrecision
    until: str | None = None


def resolve(expr: Expr, anchor: date | None, future: bool = False,
            year_search: int = DateConfig.year_search, nearest: bool = False) -> Resolved:
    """Resolve ``expr`` against ``anchor``; ``future`` picks the next occurrence, not the last,
    and ``nearest`` (a clause of no clear tense) the occurrence closest to ``anchor``.

    A time outside the calendar ``datetime`` knows (years 1 to 9999: 'yesterday' said on
    0001-01-01, '99999 days ago') is unresolved: the value None at the stated precision.
    """
    try:
        resolved = _resolve(expr, anchor, future, year_search, nearest)
    except (OverflowError, ValueError):
        return Resolved(None, _precision(expr))
    if not (_in_calendar(resolved.value) and _in_calendar(resolved.until)):
        return Resolved(None, resolved.precision)
    return resolved


def _precision(expr: Expr) -> DatePrecision:
    """The precision an expression states, for an unresolved value."""
    if expr.local or expr.utc:
        return "minute" if (expr.utc or expr.local or Clock(0)).minute_given else "hour"
    if expr.kind == "calendar":
        return "day" if expr.day else ("month" if expr.month else "year")
    if expr.kind == "quarter":
        return "quarter"
    if expr.kind in ("weekday", "ago", "past_span"):
        return "week" if expr.kind == "ago" and expr.unit == "week" else "day"
    if expr.kind == "relative" and expr.unit in ("week", "month", "year") and not expr.start_of:
        return expr.unit
    return "year" if expr.kind == "decade" else "day"


def _in_calendar(value: str | None) -> bool:
    """Whether an ISO value starts with a year datetime can hold ('0000' cannot)."""
    if value is None:
        return True
    year = re.match(r"\d{4}(?!\d)", value)
    return year is not None and MINYEAR <= int(year.group()) <= MAXYEAR


def _resolve(expr: Expr, anchor: date | None, future: bool, year_search: int,
             nearest: bool = False) -> Resolved:
    base = _resolve_base(expr, anchor, future, year_search, nearest)
    if expr.local or expr.utc:
        base = _with_time(base, expr.local, expr.utc)
    until = base.until
    if expr.mod == "weekend" and base.value:
        until = (date.fromisoformat(base.value) + timedelta(days=1)).isoformat()
    if expr.since:
        until = anchor.isoformat() if anchor else None
    elif expr.until is not None:
        end = _resolve(expr.until, anchor, future, year_search, nearest)
        until = end.until or end.value
    return Resolved(base.value, base.precision, until)


def _resolve_base(expr: Expr, anchor: date | None, future: bool, year_search: int,
                  nearest: bool) -> Resolved:
    if expr.kind == "calendar":
        return _calendar(expr, anchor, future, year_search, nearest)
    if expr.kind == "weekday":
        day = _weekday(expr, anchor, future, nearest) if anchor else None
        return Resolved(day.isoformat() if day else None, "day")
    if expr.kind == "decade":
        first = expr.year or 0
        return Resolved(f"{first:04d}", "year", f"{first + (expr.count or 10) - 1:04d}")
    if expr.kind == "relative":
        return _relative(expr, anchor)
    if expr.kind == "holiday":
        return _holiday(expr, anchor, future)
    if expr.kind == "ago":
        return _ago(expr, anchor)
    return _past_span(expr, anchor)


def _calendar(expr: Expr, anchor: date | None, future: bool, year_search: int,
              nearest: bool = False) -> Resolved:
    year = expr.year
    if year is None and expr.year_shift is not None and anchor is not None:
        year = anchor.year + expr.year_shift
    if year is None and expr.month is not None and nearest and not future and anchor is not None:
        year = _nearest_year(expr, anchor)
    if year is None and expr.month is not None:
        year = _infer_year(expr, anchor, future, year_search)
    if year is None:
        return Resolved(None, "day" if expr.day else "month")
    if expr.month is None:
        if expr.start_of:
            return Resolved(f"{year:04d}-01-01", "day")
        return Resolved(f"{year:04d}", "year")
    if expr.day is None:
        if expr.start_of:
            return Resolved(f"{year:04d}-{expr.month:02d}-01", "day")
        return Resolved(f"{year:04d}-{expr.month:02d}", "month")
    if not _valid(year, expr.month, expr.day):
        return Resolved(None, "day")  # 'February 30, 2016' is no day
    return Resolved(date(year, expr.month, expr.day).isoformat(), "day")


def _infer_year(expr: Expr, anchor: date | None, future: bool, year_search: int) -> int | None:
    """The year of a year-less month or date: last one up to publication, or next in future tense.

    A date that does not exist every year (29 February) takes the nearest year that has it,
    within ``year_search`` years; one that never exists ('April 31') stays unresolved.
    """
    if anchor is None or expr.month is None:
        return None
    if expr.direction == "this":
        return anchor.year
    forward = expr.direction == "next" or (future and expr.direction != "last")  # 'last June' is never ahead
    strict = expr.direction in ("last", "next")
    here = (expr.month, expr.day or 0)
    ref = (anchor.month, anchor.day if expr.day else 0)
    step = 1 if forward else -1
    if here == ref:
        year = anchor.year + (step if strict else 0)
    elif forward:
        year = anchor.year if here > ref else anchor.year + 1
    else:
        year = anchor.year if here < ref else anchor.year - 1
    month = expr.month
    found = next((y for y in range(year, year + step * year_search, step) if _valid(y, month, expr.day)), None)
    if found is None:
        return None
    if expr.weekday is not None and expr.day is not None:
        return _year_of_weekday(expr, found, step)
    return found


def _nearest_year(expr: Expr, anchor: date) -> int | None:
    """The year putting a year-less date closest to publication ('payable Jan. 2' written in
    November is next January); a tie goes to the past. None when a direction is written or no
    nearby year has the date (29 February)."""
    if expr.direction is not None or expr.month is None or expr.weekday is not None:
        return None
    month = expr.month

    def distance(year: int) -> tuple[int, int]:
        if expr.day is None:
            gap = abs((year * 12 + month) - (anchor.year * 12 + anchor.month))
        else:
            gap = abs((date(year, month, expr.day) - anchor).days)
        return (gap, year)

    years = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1)
             if MINYEAR <= y <= MAXYEAR and _valid(y, month, expr.day)]
    return min(years, key=distance) if years else None


def _year_of_weekday(expr: Expr, year: int, step: int) -> int:
    """'Thursday, Dec. 15': the written day name picks the year (nearest first)."""
    for candidate in (year, year - step, year + step):
        if _valid(candidate, expr.month or 1, expr.day) and \
                date(candidate, expr.month or 1, expr.day or 1).weekday() == expr.weekday:
            return candidate
    return year


def _valid(year: int, month: int, day: int | None) -> bool:
    """Whether the date exists (a year 0 or 10000 does not, for datetime)."""
    try:
        date(year, month, day or 1)
    except ValueError:
        return False
    return True


def _weekday(expr: Expr, anchor: date, future: bool, nearest: bool = False) -> date:
    """Latest such day not after publication ('last' excludes publication day); next in future;
    the closer of the two when the tense leaves it open (a tie goes back)."""
    wd = expr.weekday or 0
    back = (anchor.weekday() - wd) % 7
    ahead = (wd - anchor.weekday()) % 7
    if expr.direction == "last":
        return anchor - timedelta(days=back or 7)
    if expr.direction == "next":
        return anchor + timedelta(days=ahead or 7)
    if future or (nearest and ahead < back):
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def _holiday(expr: Expr, anchor: date | None, future: bool) -> Resolved:
    """The holiday of the year written, else the last one up to publication ('last' excludes that
    day), or the next in future tense."""
    if expr.year is not None:  # 'around Christmas in 2023': the year is written
        return Resolved(holiday_day(expr, expr.year).isoformat(), "day")
    if anchor is None:
        return Resolved(None, "day")
    if expr.direction == "this":
        return Resolved(holiday_day(expr, anchor.year).isoformat(), "day")
    days = [holiday_day(expr, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if expr.direction == "next" or (future and expr.direction != "last"):
        day = min(d for d in days if d > anchor or (d == anchor and expr.direction != "next"))
    else:
        day = max(d for d in days if d < anchor or (d == anchor and expr.direction != "last"))
    return Resolved(day.isoformat(), "day")


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _week(day: date) -> Resolved:
    monday = _monday(day)
    return Resolved(monday.isoformat(), "week", (monday + timedelta(days=6)).isoformat())


def add_months(day: date, months: int) -> tuple[int, int]:
    total = day.year * 12 + (day.month - 1) + months
    return total // 12, total % 12 + 1


def _relative(expr: Expr, anchor: date | None) -> Resolved:
    unit = expr.unit or "day"
    precision: DatePrecision = "day" if unit == "hour" or expr.start_of else unit
    if anchor is None:
        return Resolved(None, precision)
    if unit in ("day", "hour"):
        return Resolved((anchor + timedelta(days=expr.shift)).isoformat(), "day")
    if unit == "week":
        week = _week(anchor + timedelta(weeks=expr.shift))
        return Resolved(week.value, "day", None) if expr.start_of else week
    if unit == "month":
        year, month = add_months(anchor, expr.shift)
        if expr.start_of:
            return Resolved(f"{year:04d}-{month:02d}-01", "day")
        return Resolved(f"{year:04d}-{month:02d}", "month")
    year = anchor.year + expr.shift
    return Resolved(f"{year:04d}-01-01", "day") if expr.start_of else Resolved(f"{year:04d}", "year")


def _ago(expr: Expr, anchor: date | None) -> Resolved:
    count = expr.count or 1
    shifted = Expr(kind="relative", unit=expr.unit, shift=-count)
    if expr.mod in ("week", "month", "day") and expr.unit in ("year", "month") and anchor is not None:
        return _anniversary(expr.mod, anchor, count * (12 if expr.unit == "year" else 1))
    if expr.unit == "week":
        if anchor is None:
            return Resolved(None, "week")
        return _week(anchor - timedelta(weeks=count))
    return _relative(shifted, anchor)


def _anniversary(same: str, anchor: date, months: int) -> Resolved:
    """'three years ago this week': the week (month, day) of publication, ``months`` back."""
    year, month = add_months(anchor, -months)
    if same == "month":
        return Resolved(f"{year:04d}-{month:02d}", "month")
    day = date(year, month, min(anchor.day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31))
    return _week(day) if same == "week" else Resolved(day.isoformat(), "day")


def _past_span(expr: Expr, anchor: date | None) -> Resolved:
    """'the past two weeks': from that far back up to publication, one precision finer than the unit
    ('the past year' starts in a month, 'the past two months' on a day)."""
    unit = expr.unit or "day"
    count = expr.count or (7 if unit == "day" else 1)  # 'recent days': about a week
    precision: DatePrecision = "month" if unit == "year" else "day"
    if anchor is None:
        return Resolved(None, precision)
    if unit == "hour":
        start = anchor - timedelta(days=max(1, count // 24))
    elif unit == "day":
        start = anchor - timedelta(days=count)
    elif unit == "week":
        start = anchor - timedelta(weeks=count)
    else:
        year, month = add_months(anchor, -count * (12 if unit == "year" else 1))
        start = date(year, month, min(anchor.day, 28))
    value = start.isoformat()[:7] if precision == "month" else start.isoformat()
    return Resolved(value, precision, anchor.isoformat())


def _with_time(base: Resolved, local: Clock | None, utc: Clock | None) -> Resolved:
    """Attach a clock time to a resolved day: UTC when written, else local without a zone."""
    clock = utc or local
    assert clock is not None
    precision: DatePrecision = "minute" if clock.minute_given else "hour"
    if base.value is None:
        return Resolved(None, precision, base.until)
    if base.precision != "day":
        return base
    day = date.fromisoformat(base.value)
    if utc is not None and local is not None:
        diff = utc.hour - local.hour
        if diff > 12:
            day -= timedelta(days=1)
        elif diff < -14:
            day += timedelta(days=1)
    zone = "Z" if utc is not None else ""
    return Resolved(f"{day.isoformat()}T{clock.hour:02d}:{clock.minute:02d}{zone}", precision, base.until)
