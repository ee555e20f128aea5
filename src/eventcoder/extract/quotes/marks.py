"""Quotation-mark pairing: finds the quoted segments of an article, with no NLP.

News copy mixes curly marks, straight marks and the doubled apostrophes some
archives use (''like this''), and leaves a quote open at the end of a paragraph
when the next paragraph carries on with the same speaker. Pairing is done per
paragraph so that one stray mark cannot swallow the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventcoder.extract.lexicons import lexicon
from eventcoder.extract.text import Bounds, quote_paragraphs

FAMILIES = ("curly", "straight", "doubled", "single")
_MARKS = lexicon("quote_marks")
OPENERS = {mark: family for family in FAMILIES for mark in _MARKS.words_for(f"opens_{family}")}
"""Mark → the family of quote it opens."""
CLOSERS = {family: _MARKS.words_for(f"closes_{family}") for family in FAMILIES}
"""Family → the marks that close a quote of that family."""
_SINGLE_CLOSERS = CLOSERS["single"]
_TWO_WAY_SINGLE = frozenset(m for m in _SINGLE_CLOSERS if OPENERS.get(m) == "single")
"""Single marks that both open and close (the straight apostrophe): which one is read from the text."""


def _mark_pattern(mark: str) -> str:
    """'Kyiv’s' holds no quote mark; a straight one inside a word ("don't") neither."""
    if mark in _TWO_WAY_SINGLE:
        return rf"(?<!\w){re.escape(mark)}|{re.escape(mark)}(?!\w)"
    return re.escape(mark) + (r"(?!\w)" if mark in _SINGLE_CLOSERS else "")


_MARK = re.compile("|".join(_mark_pattern(mark) for mark in sorted(_MARKS.all(), key=len, reverse=True)))


@dataclass
class Segment:
    """One quoted stretch: ``start``/``end`` is the content, ``mark_start``/``mark_end`` include the marks."""

    start: int
    end: int
    mark_start: int
    mark_end: int
    closed: bool
    para: int
    continued: bool = False
    """True when this segment carries on an open quote from the previous paragraph."""
    family: str = "curly"
    """Which kind of mark opened it: 'curly', 'straight', 'doubled' or 'single'."""


def _is_opening(text: str, pos: int, mark: str) -> bool:
    """A symmetric mark opens when it follows a space, a bracket or a paragraph start."""
    if mark in ("\u201c", "``"):
        return True
    if mark in ("\u201d", "\u2019"):
        return False
    if mark == "\u2018":
        prev = text[pos - 1] if pos > 0 else " "
        return not prev.isalnum() and text[pos + 1: pos + 2].isalpha()
    prev = text[pos - 1] if pos > 0 else "\n"
    nxt = text[pos + len(mark)] if pos + len(mark) < len(text) else "\n"
    if prev.isspace() or prev in "([{\u2014-:/":
        return not nxt.isspace()
    return False


def _find_close(text: str, start: int, end: int, family: str) -> tuple[int, str] | None:
    """Position of the closing mark for a quote opened in ``family``, within [start, end)."""
    depth = 0
    for m in _MARK.finditer(text, start, end):
        mark = m.group()
        if (family == "single") != (mark in ("\u2018", "\u2019") or mark in _TWO_WAY_SINGLE):
            continue
        if family == "single" and mark == "\u2018":
            depth += 1
            continue
        if family == "single" and depth:
            depth -= 1
            continue
        if family == "straight" and mark == "\u201c":
            depth += 1  # curly marks inside straight quotes are nested quotes
            continue
        if family == "straight" and mark == "\u201d":
            if depth:
                depth -= 1
                continue
            return m.start(), mark  # '"…,” said X': mixed marks, closed by the curly one
        if family == "curly" and mark == "\u201c":
            depth += 1
            continue
        if family == "curly" and mark == "\u201d" and depth:
            depth -= 1
            continue
        if mark in CLOSERS[family]:
            if mark == '"' and family == "curly" and _is_opening(text, m.start(), mark):
                continue
            return m.start(), mark
    return None


def _plural_possessive(text: str, pos: int, mark: str) -> bool:
    """"the farmers' land": a straight apostrophe after a plural 's' and before a word."""
    return mark in _TWO_WAY_SINGLE and pos > 0 and text[pos - 1] in "sS" \
        and text[pos + 1: pos + 2] == " " and text[pos + 2: pos + 3].isalpha()


def _pair_single_marks(text: str, start: int, end: int) -> dict[int, tuple[int, str]]:
    """Opening single mark position → its closing mark, nested pairs matched as brackets;
    the same answer ``_find_close`` gives for the single family, for all marks at once."""
    open_marks: list[int] = []
    closes: dict[int, tuple[int, str]] = {}
    for m in _MARK.finditer(text, start, end):
        mark = m.group()
        if OPENERS.get(mark) == "single" and (mark not in _TWO_WAY_SINGLE or _is_opening(text, m.start(), mark)):
            open_marks.append(m.start())
        elif mark in _SINGLE_CLOSERS and open_marks and not _plural_possessive(text, m.start(), mark):
            closes[open_marks.pop()] = (m.start(), mark)
    return closes


def _segments_in(text: str, p_start: int, p_end: int, para: int) -> list[Segment]:
    """Pair the marks of one paragraph; a quote opened and not closed runs to the end."""
    out: list[Segment] = []
    pos = p_start
    single_closes: dict[int, tuple[int, str]] | None = None
    while True:
        m = _MARK.search(text, pos, p_end)
        if m is None:
            break
        mark = m.group()
        if not _is_opening(text, m.start(), mark):
            pos = m.end()
            continue
        family = OPENERS[mark]
        if family == "single":
            # An unclosed single mark is skipped and the next one tried: scanning to the end of
            # the paragraph for each would be quadratic, so single marks are paired in one pass.
            if single_closes is None:
                single_closes = _pair_single_marks(text, p_start, p_end)
            close = single_closes.get(m.start())
        else:
            close = _find_close(text, m.end(), p_end, family)
        if close is None:
            if family != "single":
                out.append(Segment(m.end(), p_end, m.start(), p_end, False, para, family=family))
                break
            pos = m.end()
            continue
        c_pos, c_mark = close
        out.append(Segment(m.end(), c_pos, m.start(), c_pos + len(c_mark), True, para, family=family))
        pos = c_pos + len(c_mark)
    return [s for s in out if _trim(text, s)]


def _trim(text: str, seg: Segment) -> bool:
    """Drop surrounding whitespace from a segment's content; False when it is empty."""
    while seg.start < seg.end and text[seg.start].isspace():
        seg.start += 1
    while seg.end > seg.start and text[seg.end - 1].isspace():
        seg.end -= 1
    return seg.end > seg.start


def find_segments(text: str, paras: list[Bounds] | None = None) -> list[Segment]:
    """Every quoted segment in reading order, open-quote paragraphs marked as continued
    (``paras``: the text's ``quote_paragraphs``, when the caller has them already)."""
    paras = quote_paragraphs(text) if paras is None else paras
    out: list[Segment] = []
    for i, (s, e) in enumerate(paras):
        segs = _segments_in(text, s, e, i)
        if out and segs and not out[-1].closed and out[-1].para == i - 1 and segs[0].mark_start == s \
                and segs[0].family == out[-1].family:
            segs[0].continued = True
        out.extend(segs)
    return out
