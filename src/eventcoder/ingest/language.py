"""A cheap English check: eventcoder's pipeline reads English only, so other texts are refused early.

Function words make up a large share of any English running text; other languages
(even Latin-script ones) rarely hit more than a few of them.
"""

from __future__ import annotations

import re

_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is was that for on with as by at from his her it are were "
    "be has have had not this which but they their an or he she said after who will "
    "been would its into over than also more about".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORDS_TO_JUDGE = 8
MIN_FUNCTION_SHARE = 0.12


def looks_english(text: str) -> bool:
    """True unless the text is clearly not English; very short texts get the benefit of the doubt."""
    words = _WORD.findall(text[:20000])
    if len(words) < MIN_WORDS_TO_JUDGE:
        return _mostly_latin(text)
    if not _mostly_latin(text):
        return False
    share = sum(1 for w in words if w.lower() in _ENGLISH_FUNCTION_WORDS) / len(words)
    return share >= MIN_FUNCTION_SHARE


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if c < "\u0250")
    return latin / len(letters) >= 0.8
