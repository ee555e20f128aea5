"""Quotation marks around names rather than speech: titles of works, names of shows, crossheads.

A short quoted phrase with every content word capitalised names something ("Face the Nation");
one after a work noun is a title ("the documentary “…”"); one on a line set wholly in Title
Case is a headline's or crosshead's words. None of them is reported as a quote.
"""

from __future__ import annotations

import re

from eventcoder.extract.lexicons import words
from eventcoder.extract.quotes.config import QuoteConfig
from eventcoder.extract.quotes.marks import Segment
from eventcoder.extract.text import HEADLINE_MAX_WORDS, line_at

_TITLE_SMALL_WORDS = words("title_small_words")
_HEADLINE_CFG = QuoteConfig(title_max_words=HEADLINE_MAX_WORDS)
"""Title Case read over a whole headline line rather than a quoted title."""

_WORK_NOUN = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(words("work_titles"), key=len, reverse=True))
    + r")\s*,?\s*$",
    re.IGNORECASE,
)
"""'his 2002 book, “…”' / 'the documentary “…”': the quotation marks hold a title."""



def is_named_work(text: str, segments: list[Segment], cfg: QuoteConfig) -> bool:
    """Whether a turn's marks hold a title or a headline's words rather than speech."""
    return _work_title(text, segments, cfg) or _title_case_line(text, segments, cfg)


def is_title(content: str, cfg: QuoteConfig) -> bool:
    """A name in quotation marks ("Face the Nation"): short, every content word capitalised."""
    words = [w for w in content.split() if w[:1].isalpha()]
    return 0 < len(words) <= cfg.title_max_words and not content.rstrip().endswith((".", "?", "!", ",")) \
        and all(w[0].isupper() for w in words if w.lower() not in _TITLE_SMALL_WORDS)


def _work_title(text: str, segments: list[Segment], cfg: QuoteConfig) -> bool:
    """A lone short segment named as a book, film, song or the like: a title, not speech."""
    if len(segments) != 1:
        return False
    seg = segments[0]
    content = text[seg.start: seg.end].rstrip(" ,")
    if len(content.split()) > cfg.title_max_words or content.endswith((".", "?", "!")):
        return False
    return bool(_WORK_NOUN.search(text, max(0, seg.mark_start - cfg.title_window), seg.mark_start))


def _title_case_line(text: str, segments: list[Segment], cfg: QuoteConfig) -> bool:
    """A short Title Case quote on a line set wholly in Title Case ("'All Bets Are Off.'" as a
    crosshead, "Museum Will Tell of 'Suffering and Delight'"): a headline's words, not speech
    that can be told from them."""
    if len(segments) != 1:
        return False
    seg = segments[0]
    content = text[seg.start: seg.end].rstrip(" .,!?\u2019'\"")
    if not is_title(content, cfg):
        return False
    line = line_at(text, seg.start)
    return len(line.split()) <= HEADLINE_MAX_WORDS and is_title(line.rstrip(" .,!?\u2019'\""), _HEADLINE_CFG)
