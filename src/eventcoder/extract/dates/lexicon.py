"""Words of the temporal grammar: months, weekdays, number words, and their regex alternations.

Kept apart from the patterns so the grammar reads as grammar and the word lists can grow alone.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}
UNITS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "hours": "hour", "hour": "hour",
}
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night", "overnight")


def _alternation(words: list[str]) -> str:
    """Longest first, so 'September' wins over 'Sep'."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# Month names are matched capitalised only: lower-case "may" and "march" are verbs.
_FULL_MONTHS = [m for m in MONTHS if (len(m) > 3 and m != "sept") or m == "may"]
_ABBREV_MONTHS = [m for m in MONTHS if len(m) <= 4 and m not in _FULL_MONTHS]
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
