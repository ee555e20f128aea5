"""Words of the temporal grammar, read from ``data/lexicons/``, and their regex alternations.

Month and weekday names live in ``calendar_words.yaml`` (shared with figures and places),
numbers in words in ``number_words.yaml`` (shared with figures), the rest in one file per
concept. Kept apart from the patterns so the grammar reads as grammar and the word lists can
grow alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventcoder.extract.lexicons import lexicon


@lru_cache(maxsize=1)
def calendar_words() -> dict[str, tuple[str, int]]:
    """Word → ('month', 1..12) or ('weekday', 1..7, Monday 1), from ``calendar_words.yaml``."""
    out: dict[str, tuple[str, int]] = {}
    for word, label in lexicon("calendar_words").labels().items():
        kind, number = label.split()
        out[word] = (kind, int(number))
    return out


def full_calendar_names() -> frozenset[str]:
    """The full month and day names ('september', not 'sept'): the longest word of each label."""
    longest: dict[tuple[str, int], str] = {}
    for word, label in calendar_words().items():
        if len(word) > len(longest.get(label, "")):
            longest[label] = word
    return frozenset(longest.values())


MONTHS: dict[str, int] = {w: n for w, (kind, n) in calendar_words().items() if kind == "month"}
WEEKDAYS: dict[str, int] = {w: n - 1 for w, (kind, n) in calendar_words().items() if kind == "weekday"}
"""Day name → weekday number as in ``datetime`` (Monday 0)."""
_ARTICLES = ("a", "an")
"""'a week ago', 'an hour': the article counts one (grammar, not vocabulary)."""
NUMBER_WORDS: dict[str, int] = {
    **{w: int(v) for w, v in lexicon("number_words").labels().items()}, **dict.fromkeys(_ARTICLES, 1)}
UNITS: dict[str, str] = lexicon("time_units").labels()
PARTS_OF_DAY = tuple(lexicon("parts_of_day").words)


def word_anchor(words: list[str], *, capitalised: bool = False, tail: str = r"(?!\w)") -> str:
    """An anchor for whole words, in any case, or written with a capital first letter
    ('May', 'MAY', not 'may'). It opens with the set of first letters, which lets the regex
    engine skip ahead quickly instead of trying every position (four times faster than
    ``\\b(?i:...)`` over an article); ``tail`` is what may not follow the word."""
    firsts = sorted({w[0].upper() for w in words} | (set() if capitalised else {w[0].lower() for w in words}))
    rests = "|".join(f"(?<={re.escape(w[0])}){re.escape(w[1:])}"
                     for w in sorted(words, key=len, reverse=True))
    return "[" + "".join(firsts) + r"](?<!\w.)(?i:" + rests + r")" + tail


def _alternation(words: list[str]) -> str:
    """Longest first, so 'September' wins over 'Sep'."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# Month names are matched capitalised only: lower-case "may" and "march" are verbs.
_FULL_MONTHS = [m for m in MONTHS if m in full_calendar_names()]
_ABBREV_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
MONTH_RE = (
    r"(?:" + _alternation([m.capitalize() for m in _FULL_MONTHS] + [m.upper() for m in _FULL_MONTHS])
    + r"|(?:" + _alternation([m.capitalize() for m in _ABBREV_MONTHS]) + r")\.?(?!\w))"
)
WEEKDAY_RE = r"(?:" + _alternation([w.capitalize() for w in WEEKDAYS]) + r")"
NUMBER_WORD_RE = _alternation(list(NUMBER_WORDS))
PART_OF_DAY_RE = r"(?:" + "|".join(PARTS_OF_DAY) + r")"


def month_number(word: str) -> int:
    """'Sept.' -> 9, 'NOVEMBER' -> 11."""
    return MONTHS[word.rstrip(".").lower()]


def weekday_number(word: str) -> int:
    """'Tuesday' -> 1 (Monday is 0, as in datetime)."""
    return WEEKDAYS[word.lower()]


def number_value(word: str) -> int | None:
    """'three' -> 3, '12' -> 12; None for anything vague ('few', 'several')."""
    w = word.lower()
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w)
