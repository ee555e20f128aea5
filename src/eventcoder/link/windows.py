"""Turn a TimeRef (value + precision) into the ISO day window it covers.

Linking, filters and exports all compare day windows, so month- or year-precision dates
overlap every day they contain instead of pretending to be the first of the month.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def _parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month_window(value: str) -> tuple[date, date] | None:
    try:
        year, month = int(value[:4]), int(value[5:7])
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1), date(year, month, last)
    except (ValueError, IndexError):
        return None


def _week_window(value: str) -> tuple[date, date] | None:
    match = _WEEK.match(value)
    if match:
        first = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        return first, first + timedelta(days=6)
    day = _parse_day(value)
    return (day, day + timedelta(days=6)) if day else None


def _quarter_window(value: str, until: str | None) -> tuple[date, date] | None:
    """``2016-Q3`` (or a day inside it) → its first day to ``until`` (the dates step writes the
    quarter's last day there), else to the quarter's last day."""
    match = _QUARTER.match(value)
    if match:
        year, quarter = int(match[1]), int(match[2])
    else:
        day = _parse_day(value)
        if day is None:
            return None
        year, quarter = day.year, (day.month - 1) // 3 + 1
    first = date(year, 3 * quarter - 2, 1)
    last = date(year, 3 * quarter, calendar.monthrange(year, 3 * quarter)[1])
    end = _parse_day(until) if until else None
    return first, end if end and end >= first else last


def day_window(
    value: str | None, precision: str | None, until: str | None = None
) -> tuple[date, date] | None:
    """The first and last day a date at this precision can mean; None when unresolved."""
    if not value:
        return None
    precision = precision or "day"
    window: tuple[date, date] | None
    if precision == "year":
        try:
            year = int(value[:4])
        except ValueError:
            return None
        window = (date(year, 1, 1), date(year, 12, 31))
    elif precision == "month":
        window = _month_window(value)
    elif precision == "quarter":
        return _quarter_window(value, until)
    elif precision == "week":
        window = _week_window(value)
    else:
        day = _parse_day(value)
        window = (day, day) if day else None
    if window and until:
        end = day_window(until, precision)
        if end and end[1] > window[1]:
            window = (window[0], end[1])
    return window


def iso_window(
    value: str | None, precision: str | None, until: str | None = None
) -> tuple[str | None, str | None]:
    """``day_window`` as ISO strings, the form stored in indexed columns."""
    window = day_window(value, precision, until)
    if window is None:
        return None, None
    return window[0].isoformat(), window[1].isoformat()
