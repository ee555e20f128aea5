"""Publication dates as found in metadata (ISO, RSS/RFC 2822, '14 May 2024') → YYYY-MM-DD.

Extraction resolves relative dates ("yesterday", "next week") against this anchor, so an
anchor at the edge of the calendar (0001-01-01, 9999-12-31) is refused here, clearly,
rather than overflowing later.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

MIN_YEAR, MAX_YEAR = 1800, 2200
"""Anchors outside these years are not news dates; they are kept out of the record."""
_LOOSE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])")
_WRITTEN_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


def parse_published(value: str | None) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, None) for a usable date; (None, why) for an unusable one; (None, None) if absent."""
    if value is None or not str(value).strip():
        return None, None
    text = str(value).strip()
    found = _parse_any(text)
    if found is None:
        return None, f"publication date {text!r} is not a date (use YYYY-MM-DD); kept without a date"
    if not MIN_YEAR <= found.year <= MAX_YEAR:
        return None, (f"publication date {text!r} is outside the years {MIN_YEAR}-{MAX_YEAR}; "
                      "kept without a date")
    return found.isoformat(), None


def normalise_published(value: str | None) -> str | None:
    """YYYY-MM-DD for any accepted form of a publication date; None if it is none."""
    return parse_published(value)[0]


def _parse_any(text: str) -> date | None:
    for parse in (_iso, _loose_iso, _rfc2822, _written):
        found = parse(text)
        if found is not None:
            return found
    return None


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _loose_iso(text: str) -> date | None:
    """'2024-5-1' and '2024-05-12T08:00:00 GMT': the leading date, zero-padded or not."""
    match = _LOOSE_ISO.match(text)
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _rfc2822(text: str) -> date | None:
    """RSS feeds write 'Tue, 14 May 2024 08:00:00 GMT'."""
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _written(text: str) -> date | None:
    """'14 May 2024', 'May 14, 2024'."""
    for fmt in _WRITTEN_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None
