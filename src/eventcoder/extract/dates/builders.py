"""Builders of the temporal grammar: from a regex match to an :class:`Expr`, or None to reject.

Each function reads the named groups of one rule in :mod:`.grammar` ('prep', 'mod', 'dir',
'mon', 'd', 'y' ...) and may still refuse the match on meaning (a day 42, a bare month with
no preposition, '2008 and 2012' as a range).
"""

from __future__ import annotations

import re
from typing import cast

from eventcoder.extract.dates.expr import Clock, Direction, Expr, Unit
from eventcoder.extract.dates.lexicon import UNITS, month_number, number_value, weekday_number
from eventcoder.extract.lexicons import words

_DIRECTIONS: dict[str, Direction] = {
    "last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next", "this": "this",
}


def _direction(words: str | None) -> Direction | None:
    """'this past' -> last, 'the coming' -> next: the last word decides."""
    parts = (words or "").lower().split()
    return _DIRECTIONS.get(parts[-1]) if parts else None


def _unit(word: str) -> Unit:
    """'weeks' -> week, from ``time_units.yaml``."""
    return cast(Unit, UNITS[word.lower()])


def _since(m: re.Match[str]) -> bool:
    """'since September', 'as of 2015': the range runs until publication."""
    prep = m.groupdict().get("prep")
    return prep is not None and " ".join(prep.lower().split()) in ("since", "as of")


def _mod(m: re.Match[str]) -> str | None:
    mod = m.groupdict().get("mod")
    if not mod:
        return None
    return re.sub(r"^the\s+|\s+of$", "", mod.lower()).split()[0]


def _day_range(m: re.Match[str], year: int | None, month: int) -> Expr | None:
    day, day2 = int(m.group("d")), m.group("d2")
    if not 1 <= day <= 31 or (day2 and not day < int(day2) <= 31):
        return None
    until = Expr(kind="calendar", year=year, month=month, day=int(day2)) if day2 else None
    named = m.groupdict().get("wdn")
    return Expr(kind="calendar", year=year, month=month, day=day, since=_since(m), until=until,
                weekday=weekday_number(named) if named else None, year_shift=_year_shift(m))


_YEAR_SHIFTS = {"this": 0, "last": -1, "next": 1}


def _year_shift(m: re.Match[str]) -> int | None:
    """'this year' 0, 'last year' -1, 'next year' +1 after a month; None when not written."""
    word = m.groupdict().get("ry")
    return _YEAR_SHIFTS[word.lower()] if word else None


def day_month(m: re.Match[str]) -> Expr | None:
    year = int(m.group("y")) if m.group("y") else None
    return _day_range(m, year, month_number(m.group("mon")))


def month_year(m: re.Match[str]) -> Expr | None:
    return Expr(kind="calendar", year=int(m.group("y")), month=month_number(m.group("mon")),
                since=_since(m), mod=_mod(m), start_of=_mod(m) in ("start", "beginning") and _since(m))


_FUNCTION_WORDS = words("year_stop_words")


def bare_month(m: re.Match[str]) -> Expr | None:
    """A month alone is a date only after a preposition or a modifier ('in May', 'last
    September'), or between an article and the noun it dates ('the October killings')."""
    direction = _direction(m.group("dir"))
    noun = m.group("noun")
    dated_noun = m.group("det") is not None and noun is not None and noun not in _FUNCTION_WORDS
    if not (m.group("prep") or m.group("mod") or direction or dated_noun):
        return None
    mod = _mod(m)
    return Expr(kind="calendar", month=month_number(m.group("mon")), direction=direction,
                since=_since(m), mod=mod, start_of=mod in ("start", "beginning") and _since(m),
                year_shift=_year_shift(m))


def numeric(m: re.Match[str]) -> Expr | None:
    """13/12/2016 is day-first; 12/13/2016 can only be month-first."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    day, month = (a, b) if b <= 12 else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Expr(kind="calendar", year=year, month=month, day=day, since=_since(m))


def iso(m: re.Match[str]) -> Expr | None:
    year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    clock = Clock(int(m.group("hh")), int(m.group("mm")), True) if m.group("hh") else None
    utc = clock if m.group("z") else None
    return Expr(kind="calendar", year=year, month=month, day=day, since=_since(m),
                local=None if utc else clock, utc=utc)


_EVERY = re.compile(r"\b(?i:each|every)\s+$")


def weekday(m: re.Match[str]) -> Expr | None:
    """A day name; 'every Thursday' is a repetition, not a day."""
    if _EVERY.search(m.string, max(0, m.start("wd") - 8), m.start("wd")):
        return None
    mod = (m.group("mod") or m.group("pod") or "").lower() or None
    if mod in ("earlier", "later"):
        mod = None  # 'earlier on Tuesday' orders events; it is still just Tuesday
    return Expr(kind="weekday", weekday=weekday_number(m.group("wd")), direction=_direction(m.group("dir")),
                since=_since(m), mod=mod)


_TITLE_WORD_BEFORE = re.compile(r"\b[A-Z]\w*[ \t]+$")
_DEICTIC_SHIFT = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "tomorrow": 1, "last": -1}


def deictic(m: re.Match[str]) -> Expr | None:
    """'yesterday', 'tonight', 'this morning'; 'Today' capitalised after a name is a title
    ('VOA Today', like 'USA Today')."""
    if m.group("w")[0].isupper() and _TITLE_WORD_BEFORE.search(m.string, max(0, m.start("w") - 40), m.start("w")):
        return None
    words = m.group("w").lower().split()
    if words[:4] == ["the", "day", "before", "yesterday"]:
        return Expr(kind="relative", unit="day", shift=-2, since=_since(m))
    shift = _DEICTIC_SHIFT[words[0]]
    mod = words[1] if len(words) > 1 else ("night" if words[0] == "tonight" else None)
    if words[0] == "last" and mod != "night":
        return None
    return Expr(kind="relative", unit="day", shift=shift, since=_since(m), mod=mod)


def weekend(m: re.Match[str]) -> Expr | None:
    """'over the weekend' is the latest Saturday-Sunday; 'next weekend' the coming one."""
    return Expr(kind="weekday", weekday=5, direction=_direction(m.group("dir")), mod="weekend")


def relative(m: re.Match[str]) -> Expr | None:
    """'last month', 'the coming year'; 'This Week' with a capital unit names a programme."""
    unit = m.group("unit")
    if unit[0].isupper() and not unit.isupper():
        return None
    shift = {"last": -1, "next": 1}.get(_direction(m.group("dir")) or "this", 0)
    mod = _mod(m)
    return Expr(kind="relative", unit=_unit(m.group("unit")), shift=shift, since=_since(m),
                mod=mod, start_of=mod in ("start", "beginning") and _since(m))


def the_year(m: re.Match[str]) -> Expr | None:
    """'for the full year', 'by the end of the year': with no year named, the year of
    publication (as 'this year'); 'the year ended June 30' and 'the year before' are not."""
    mod = _mod(m)
    return Expr(kind="relative", unit="year", since=_since(m), mod=mod,
                start_of=mod in ("start", "beginning") and _since(m))


def ago(m: re.Match[str]) -> Expr | None:
    """'three days ago'; 'three years ago this week' is an anniversary: that week, years back
    (``mod`` names the unit the same time is given in: week, month or day)."""
    count = number_value(m.group("n").split()[-1])
    same = (m.group("same") or "").lower().split()
    mod = None if not same else ("day" if same[-1] in ("today", "day") else same[-1])
    return Expr(kind="ago", unit=_unit(m.group("unit")), count=count, vague=count is None, mod=mod)


def past_span(m: re.Match[str]) -> Expr | None:
    n = m.group("n")
    unit = m.group("unit").lower()
    count = number_value(n.split()[-1]) if n else None
    if count is None and not unit.endswith("s") and not unit.startswith("hour"):
        count = 1  # 'the past week' is one week; 'the last hour' is just 'now'
    return Expr(kind="past_span", unit=_unit(unit), count=count, vague=count is None)


def year(m: re.Match[str]) -> Expr | None:
    """A four-digit number is a year only after a temporal word ('in', 'since', 'early', 'summer of')."""
    if not (m.group("prep") or m.group("mod") or m.group("s")):
        return None
    if m.group("the") and not m.group("s"):
        return None  # 'in the 2012 election': the year modifies a noun (see hinted years)
    year = int(m.group("y"))
    if m.group("s"):
        return Expr(kind="decade", year=year - year % 10) if year % 10 == 0 else None
    mod = _mod(m)
    return Expr(kind="calendar", year=year, since=_since(m), mod=mod,
                start_of=mod in ("start", "beginning") and _since(m))


_NAME_BEFORE = re.compile(r"\b([A-Z][\w.]*)\s+$")
_CAPITALISED_OK = words("capitalised_before_year")


def hinted_year(m: re.Match[str]) -> Expr | None:
    """A year with no temporal word ('the 2011 uprising', '2015 was the deadliest year').

    Kept only when the tagger also says DATE (checked by the caller) and no name precedes it:
    'Brigade 2011', 'Flight 2019' and 'Resolution 2254' are names with numbers.
    """
    before = _NAME_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    if before and before.group(1) not in _CAPITALISED_OK:
        return None
    return Expr(kind="calendar", year=int(m.group("y")))


def month_range(m: re.Match[str]) -> Expr | None:
    year = int(m.group("y")) if m.group("y") else None
    first, last = month_number(m.group("mon")), month_number(m.group("mon2"))
    if first >= last:
        return None
    return Expr(kind="calendar", year=year, month=first, until=Expr(kind="calendar", year=year, month=last))


def year_range(m: re.Match[str]) -> Expr | None:
    y1, y2 = int(m.group("y")), int(m.group("y2"))
    if m.group("sep").lower() == "and" and (m.group("lead") or "").lower() != "between":
        return None  # '2008 and 2012' lists two years; only 'between 2008 and 2012' is a range
    if not y1 < y2 <= y1 + 50:
        return None
    return Expr(kind="calendar", year=y1, until=Expr(kind="calendar", year=y2))
