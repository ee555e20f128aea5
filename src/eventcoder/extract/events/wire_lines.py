"""Wire copy sent in takes: a flash, then 'UPDATE 1 - adds ...' with the story again under a fresh
dateline.  The later dateline is where the story was filed, like the first one, and the update's
slug line is a summary, like the title: neither tells an event of its own.
"""

from __future__ import annotations

import re

from eventcoder.extract.text import paragraphs

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]+,(?:\s*[A-Z][A-Za-z .'-]+,)?\s*"
    rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s*\d{{4}})?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*[-\u2013\u2014]")
"""'KHARTOUM, Nov 4 -', 'GOMA, Congo, 4 March (Wire) -': a city in capitals, a day, a dash."""
_SLUG = re.compile(r"[ \t]*(?:UPDATE(?:\s+\d+)?|FLASH|URGENT|BREAKING|CORRECTED|REFILE)\s*[-\u2013\u2014:]")
"""'UPDATE 2 -', 'FLASH -': the opening of a take's summary line."""


def dated_lines(text: str) -> list[tuple[int, int]]:
    """Character bounds of every paragraph-opening dateline with its day, however far down the
    story (an update repeats it): the whole 'CITY, Month Day -' head, month included."""
    out = []
    for start, end in paragraphs(text):
        while start < end and text[start].isspace():
            start += 1
        match = _DATELINE.match(text, start, end)
        if match:
            out.append((match.start(), match.end()))
    return out


def slug_line(text: str, at: int) -> bool:
    """The offset sits on a line opened by a wire slug ('UPDATE 1 - Toll rises to 19; ...')."""
    start = text.rfind("\n", 0, at) + 1
    return _SLUG.match(text, start) is not None
