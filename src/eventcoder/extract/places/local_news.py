"""Local-news style: whether an article reads like American local news.

Geoparsing corpora of local news (and local feeds in general) are full of small towns
named like famous cities abroad: 'Athens police' in a Texas paper, 'Dublin's parade' in a
Georgia one.  When such a story names no other place that says where it is, its style
does: local institutions, postal addresses and US usage together mark a US home, and a
lone ambiguous town then goes to its American namesake (see ``choice._home_namesakes``).
"""

from __future__ import annotations

import re
from functools import cache

from eventcoder.extract.lexicons import words

HOME = "US"
"""The one country whose local-news style the cue lexicon describes."""
LEXICON = "us_local_cues"
MIN_KINDS = 2
"""Kinds of cue (institution, street address, usage) a story must show: one alone is
common in international news too ('police department', 'p.m.')."""


@cache
def _pattern(use: str) -> re.Pattern[str]:
    """One alternation of the lexicon's phrases for ``use``, longest first."""
    phrases = sorted(words(LEXICON, use), key=len, reverse=True)
    body = "|".join(re.escape(p) for p in phrases)
    if use == "street":  # a house number and a capitalised street name before the abbreviation
        return re.compile(rf"\b\d+ (?:[A-Z][\w'-]* ){{1,3}}(?:{body})(?!\w)", re.IGNORECASE)
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])", re.IGNORECASE)


def cue_kinds(text: str) -> int:
    """How many kinds of local-news cue (institution, street address, usage) the text shows."""
    return sum(1 for use in ("institution", "street", "usage") if _pattern(use).search(text))


def opens_institution(text: str, end: int) -> bool:
    """The name ending at ``end`` opens a US-style local body ('Athens Police Department')."""
    m = _pattern("institution").match(text, end + 1)
    return m is not None and text[end : end + 1] == " "


def local_home(text: str, kinds: int, end: int) -> str | None:
    """The country the story's local-news style places the name ending at ``end`` in: with
    ``MIN_KINDS`` kinds of cue, or when the name itself opens a local body; else None."""
    return HOME if kinds >= MIN_KINDS or opens_institution(text, end) else None
