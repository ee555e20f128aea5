"""Holidays fixed by the calendar ('Christmas Eve', 'Thanksgiving Day'), from ``holidays.yaml``.

A holiday is a year-less day like 'December 25', so it takes the tense of its clause: the last
one up to publication, or the next one in future tense. Its day is found per year (US
Thanksgiving moves), so the grammar keeps the rule, not a day: see :func:`holiday_day`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventcoder.extract.dates.expr import Direction, Expr
from eventcoder.extract.lexicons import lexicon, words

_I = "(?i:{})".format
_HOLIDAYS = {name: tuple(int(x) for x in label.split()) for name, label in lexicon("holidays").labels().items()}
_NAMES = "|".join(re.escape(n).replace(r"\ ", r"\s+").replace("'", "['’]")
                  for n in sorted(_HOLIDAYS, key=len, reverse=True))

HOLIDAY = (
    r"(?:\b(?P<prep>" + _I(r"on|at|by|before|after|since|until|till|over|for|during|through|around|from") + r")\s+)?"
    r"(?:(?P<dir>" + _I("last|next|this") + r")\s+)?\b(?P<name>" + _I(_NAMES) + r")(?![\w'’-])"
    r"(?:,?\s+(?:" + _I("in|of") + r"\s+)?(?P<year>(?:1[89]|20)\d\d)(?![\w%]|[,.]\d))?"
    r"(?=\s*(?P<after>[A-Za-z]+)?)"
)
"""'Christmas in 2023', 'Easter 2021': a year after the holiday is that holiday's year."""
HOLIDAY_ANCHOR = r"(?<!\w)(?=[A-Z])(?i:" + _NAMES + r")(?![\w'’-])"
_FUNCTION_WORDS = words("year_stop_words")
_DIRECTIONS: dict[str, Direction] = {"last": "last", "next": "next", "this": "this"}


def holiday(m: re.Match[str]) -> Expr | None:
    """A holiday named in full ('Boxing Day'); a short name ('Christmas') needs a preposition
    or last/next/this before it. The holiday is written capitalised."""
    name = " ".join(m.group("name").lower().replace("’", "'").split())
    if not m.group("name")[0].isupper():
        return None
    full = name.endswith((" day", " eve"))
    if not (full or m.group("prep") or m.group("dir")) or (not m.group("year") and _modifies(m.group("after"), full)):
        return None
    month, day, *weekday = _HOLIDAYS[name]
    direction = _DIRECTIONS.get((m.group("dir") or "").lower())
    since = (m.group("prep") or "").lower() == "since"
    year = int(m.group("year")) if m.group("year") else None
    return Expr(kind="holiday", month=month, day=day, weekday=weekday[0] - 1 if weekday else None,
                direction=direction, since=since, year=year)


def _modifies(after: str | None, full: bool) -> bool:
    """Whether the holiday names a noun after it ('Christmas trees', 'a Thanksgiving Day
    parade', 'Christmas Island'), not a day: a content word in lower case, or for a short
    name any capitalised word."""
    if not after:
        return False
    if after.islower():
        return after not in _FUNCTION_WORDS
    return not full


def holiday_day(expr: Expr, year: int) -> date:
    """The holiday's day in ``year``: the fixed day, or the first of its weekday from it."""
    start = date(year, expr.month or 1, expr.day or 1)
    if expr.weekday is None:
        return start
    return start + timedelta(days=(expr.weekday - start.weekday()) % 7)
