"""Cutting and trimming the date atoms the grammar found: a range written with both ends is
two dates, and optional groups may have swallowed spaces or a comma at the edges."""

from __future__ import annotations

import re
from dataclasses import replace

from eventcoder.extract.dates.grammar import Atom

_RANGE_JOIN = re.compile(r"[\s,]*(?:[-–]|(?i:to|and|until|through|till))?[\s,]*$")


def split_range(text: str, atom: Atom) -> list[Atom]:
    """A range written with both ends ('from March to May', 'April 24 and 25') as two atoms:
    the first keeps the range (its ``until``), the second is the end as a time of its own."""
    if atom.second is None or atom.expr is None or atom.expr.until is None:
        return [atom]
    join = _RANGE_JOIN.search(text, atom.start, atom.second)
    cut = join.start() if join else atom.start
    if cut <= atom.start:
        return [atom]
    return [replace(atom, end=cut, second=None), Atom(atom.second, atom.end, atom.expr.until)]


def strip_span(text: str, atom: Atom) -> Atom:
    """Trim whitespace and trailing commas the optional groups may have swallowed."""
    start, end = atom.start, atom.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return replace(atom, start=start, end=end)
