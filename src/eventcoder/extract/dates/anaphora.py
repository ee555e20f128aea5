"""Times that count from the last time mentioned: quarters, reporting periods, 'two days later'.

TimeML's reference time: 'the quarter' or 'the year-earlier period' means the quarter the story
named last (or that quarter a year back); 'two days later' counts from the last time named,
and 'a year ago' after a quarter is that quarter a year back. The extractor walks the mentions
in text order and hands each one the last time mentioned before it (:func:`is_reference`).

Value convention: a quarter is ``2016-Q3`` at precision ``quarter``, with ``until`` its last day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from eventcoder.extract.dates.expr import Expr
from eventcoder.extract.dates.resolve import Resolved, add_months

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_REFERENCE_KINDS = ("calendar", "weekday", "relative", "ago", "quarter", "shifted", "holiday")
_YEAR_SHIFT = {"this": 0, "last": -1, "next": 1}
_STEP = {"latest": -1, "current": 0, "this": 0, "next": 1}
"""Quarters from the quarter of publication: 'the latest quarter' is the last one completed."""


def quarter_of(year: int, q: int) -> Resolved:
    """``2016-Q3`` until ``2016-09-30``."""
    last_month = 3 * q
    last_day = calendar.monthrange(year, last_month)[1]
    return Resolved(f"{year:04d}-Q{q}", "quarter", date(year, last_month, last_day).isoformat())


def _parse_quarter(ref: Resolved | None) -> tuple[int, int] | None:
    match = _QUARTER.match(ref.value or "") if ref is not None else None
    return (int(match[1]), int(match[2])) if match else None


def is_reference(expr: Expr, resolved: Resolved) -> bool:
    """Whether a mention can be what a later 'the quarter' or 'two days later' counts from:
    a single resolved time, not a range, a span of the past or a shifted quarter."""
    if _QUARTER.match(resolved.value or ""):
        return expr.kind == "quarter" and not expr.shift  # 'a year earlier' is no new reporting period
    return (expr.kind in _REFERENCE_KINDS and resolved.value is not None and not expr.since
            and expr.until is None and expr.mod != "weekend" and not expr.start_of)


def resolve_in_context(expr: Expr, anchor: date | None, future: bool, reference: Resolved | None) -> Resolved | None:
    """Quarters, shifted times and 'N years ago' after a quarter; None when nothing fits
    (the caller does not list it). Other expressions are not handled here."""
    if expr.kind == "quarter":
        return _quarter(expr, anchor, future, _parse_quarter(reference))
    if expr.kind == "shifted":
        return _whole_unit(expr, _shifted(expr, anchor, reference))
    raise ValueError(f"not an anaphoric kind: {expr.kind}")


def quarter_ago(expr: Expr, reference: Resolved | None, comparing: bool = False) -> Resolved | None:
    """'a year ago' right after a quarter is that quarter a year back, and so is 'last year'
    when a figure is compared with it (``comparing``); None otherwise."""
    ref = _parse_quarter(reference)
    if ref is None or expr.unit != "year":
        return None
    if expr.kind == "ago" and expr.count is not None:
        return quarter_of(ref[0] - expr.count, ref[1])
    if comparing and expr.kind == "relative" and expr.shift < 0 and expr.mod is None:
        return quarter_of(ref[0] + expr.shift, ref[1])
    return None


def _quarter(expr: Expr, anchor: date | None, future: bool, ref: tuple[int, int] | None) -> Resolved | None:
    """A numbered quarter without a year is the latest one up to publication (the next one in
    future tense); an unnumbered one is the reference, else what its word says ('latest')."""
    current = (anchor.year, (anchor.month - 1) // 3 + 1) if anchor else None
    year: int | None = None
    q = expr.count
    if q is None:
        if current is not None and expr.mod in _STEP and (expr.mod != "this" or ref is None):
            index = current[0] * 4 + current[1] - 1 + _STEP[expr.mod]
            year, q = index // 4, index % 4 + 1
        elif ref is not None:
            year, q = ref
        else:
            return None
    elif current is not None:
        behind = (current[1] - q) % 4
        year = current[0] - (q > current[1])
        if future and behind >= 2:
            year += 1  # 'will ... in the first quarter' said in the fourth is next year's

    if expr.year is not None:
        year = expr.year
    elif expr.direction is not None and anchor is not None:
        year = anchor.year + _YEAR_SHIFT[expr.direction]
    return quarter_of(year + expr.shift, q) if year is not None else None


def _whole_unit(expr: Expr, found: Resolved | None) -> Resolved | None:
    """'the following month' after 'on 3 May' is June, not 3 June: the unit's own precision."""
    cut = {"month": 7, "year": 4}.get(expr.unit or "")
    if found is None or found.value is None or expr.mod != "whole" or cut is None or len(found.value) <= cut:
        return found
    return Resolved(found.value[:cut], "month" if cut == 7 else "year")


def _shifted(expr: Expr, anchor: date | None, reference: Resolved | None) -> Resolved | None:
    """Count from the reference at its precision; 'a year earlier' with none counts from publication."""
    unit, n = expr.unit or "day", expr.shift
    if unit == "year" and n == 0:  # 'that year': the reference's year, at year precision
        value = reference.value if reference is not None else None
        return Resolved(value[:4], "year") if value and re.match(r"\d{4}", value) else None
    ref_quarter = _parse_quarter(reference)
    if ref_quarter is not None:
        return quarter_of(ref_quarter[0] + n, ref_quarter[1]) if unit == "year" else None
    if reference is None or reference.value is None:
        if unit == "year" and n < 0 and anchor is not None:
            return Resolved(f"{anchor.year + n:04d}", "year")
        return None
    value, precision = reference.value, reference.precision
    if precision in ("day", "hour", "minute"):
        return _shift_day(date.fromisoformat(value[:10]), unit, n)
    if precision == "month" and unit in ("month", "year"):
        year, month = add_months(date(int(value[:4]), int(value[5:7]), 1), n * (12 if unit == "year" else 1))
        return Resolved(f"{year:04d}-{month:02d}", "month")
    if precision == "year" and unit == "year":
        return Resolved(f"{int(value[:4]) + n:04d}", "year")
    return None


def _shift_day(day: date, unit: str, n: int) -> Resolved:
    if unit in ("day", "week"):
        return Resolved((day + timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), "day")
    year, month = add_months(day, n * (12 if unit == "year" else 1))
    return Resolved(date(year, month, min(day.day, calendar.monthrange(year, month)[1])).isoformat(), "day")
