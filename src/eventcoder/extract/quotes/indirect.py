"""Indirect quotes: reported speech found in the dependency parse.

A speech verb with a subject and a clausal complement ("X said (that) …",
"X told AFP …"), a clause closed by its attribution ("…, X said.") or an
"according to X" phrase. Reporting verbs with no content ("confirmed the deal")
are left out, and so is anything overlapping a direct or partial quote. A reported
clause holding quoted fragments ("said the deal was “sponsored by …”") is kept
whole here: it is one indirect quote with the speaker's words inside it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventcoder.extract.lexicons import words
from eventcoder.extract.quotes.charges import CHARGE_LEMMAS, charge_proposition, charge_subject
from eventcoder.extract.quotes.config import QuoteConfig
from eventcoder.extract.quotes.direct import Turn
from eventcoder.extract.quotes.speakers import (
    CONTENT_LEMMAS,
    is_speech_verb,
    nearby_subject,
    subject_of,
)
from eventcoder.extract.text import doc_forms, doc_table

_LEADING_SKIP = words("report_leading_words")
_REPORTING_LEMMAS = CONTENT_LEMMAS | CHARGE_LEMMAS
_ACCORDING = frozenset({"according"})
_BLANK_LINE = re.compile(r"(?=\n\n)")
"""Every start of two newlines, overlapping ones too (as ``str.find`` would meet them)."""


@dataclass
class Reported:
    """One stretch of reported speech and the subject of its speech verb."""

    start: int
    end: int
    verb: Token
    subject: Token


class Reader:
    """What every report of one article is read against: its text, blank-line blocks and quoted
    spans, indexed once so that each speech verb costs a bisection, not a scan of the article."""

    def __init__(self, text: str, turns: list[Turn], cfg: QuoteConfig) -> None:
        self.text = text
        self.cfg = cfg
        quoted = sorted((s.mark_start, s.mark_end) for t in turns for s in t.segments)
        self._starts = [s for s, _ in quoted]
        self._ends = [e for _, e in quoted]
        self._blank_lines = [m.start() for m in _BLANK_LINE.finditer(text)]

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks (the quoted spans do not overlap)."""
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def overlaps_quote(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a quoted span."""
        k = bisect_right(self._ends, start)
        return k < len(self._starts) and self._starts[k] < end

    def blank_line_block(self, pos: int) -> tuple[int, int]:
        """Character bounds of the blank-line block holding ``pos``: parses can run across headings."""
        k = bisect_right(self._blank_lines, pos - 2) - 1
        lo = self._blank_lines[k] + 2 if k >= 0 else 0
        k = bisect_left(self._blank_lines, pos)
        hi = self._blank_lines[k] if k < len(self._blank_lines) else len(self.text)
        return lo, hi


def find_reported(doc: Doc, text: str, turns: list[Turn], cfg: QuoteConfig) -> list[Reported]:
    """Reported speech outside quotation marks, one item per speech verb."""
    reader = Reader(text, turns, cfg)
    out: list[Reported] = []
    for i in doc_forms(doc).indices(forms=_ACCORDING, lemmas=_REPORTING_LEMMAS):
        tok = doc[i]
        if reader.quoted(tok.idx):
            continue
        if tok.lower_ == "according" and tok.dep_ == "prep":
            item = _according(tok, reader)
        elif is_speech_verb(tok, _REPORTING_LEMMAS):
            item = _clausal(tok, reader) if tok.lemma_.lower() in CONTENT_LEMMAS else None
            item = item or _charge(tok, reader)
        else:
            item = None
        if item is None:
            continue
        item.end = _through_open_quote(text, item.start, item.end)
        if reader.overlaps_quote(item.start, item.end) or reader.quoted(item.subject.idx):
            continue
        out.append(item)
    return _dedupe(out)


_PAIRS = (("\u201c", "\u201d"), ("\u2018", "\u2019"))


def _through_open_quote(text: str, start: int, end: int) -> int:
    """'warned that millions faced “a hunger season unlike any …”': the parse may cut the
    clause inside the quoted words, but a report that opens a quotation runs to its close."""
    span = text[start:end]
    for opening, closing in _PAIRS:
        if span.count(opening) > span.count(closing):
            return _close_in_line(text, end, closing)
    if span.count('"') % 2:
        return _close_in_line(text, end, '"')
    return end


def _close_in_line(text: str, end: int, closing: str) -> int:
    """Just past the first ``closing`` mark after ``end`` on the same line, else ``end``."""
    k = text.find(closing, end)
    line_end = text.find("\n", end)
    return k + 1 if k != -1 and (line_end == -1 or k < line_end) else end


def _dedupe(items: list[Reported]) -> list[Reported]:
    """Keep the outermost of nested reports of one speaker ('said … he added …' stays apart)."""
    items.sort(key=lambda r: (r.start, -r.end))
    kept: list[Reported] = []
    for item in items:
        if kept and kept[-1].start <= item.start and item.end <= kept[-1].end \
                and kept[-1].subject.i == item.subject.i:
            continue
        kept.append(item)
    return kept


def _clausal(verb: Token, reader: Reader) -> Reported | None:
    """'X said (that) …' or '…, X said.'"""
    subject = subject_of(verb) or nearby_subject(verb)
    if subject is None:
        return None
    comp = next((c for c in verb.children if c.dep_ in ("ccomp",)), None)
    if comp is not None and comp.i < subject.i < verb.i:
        return _before_attribution(verb, subject, reader)
    if comp is not None:
        return _span_of(comp, verb, subject, verb, reader)
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return _span_of(verb.head, verb, subject, verb, reader)
    return None


def _charge(verb: Token, reader: Reader) -> Reported | None:
    """'X accused Y of Z', 'X denied Z-ing', 'X claimed responsibility for Z' (see :mod:`charges`)."""
    if verb.lemma_.lower() not in CHARGE_LEMMAS:
        return None
    subject = charge_subject(verb)
    found = charge_proposition(verb) if subject is not None else None
    if subject is None or found is None:
        return None
    toks, top = found
    lo, hi = reader.blank_line_block(top.idx)
    toks = [t for t in toks if lo <= t.idx < hi]
    return _trimmed(_contiguous(toks, top), verb, subject, reader.cfg)


def _before_attribution(verb: Token, subject: Token, reader: Reader) -> Reported | None:
    """'…, a government official said.': the paragraph's clause up to the attribution."""
    lo, hi = reader.blank_line_block(verb.idx)
    sent, doc = verb.sent, verb.doc
    idx = doc_table(doc).idx  # offsets as ints: Tokens only for the words kept
    toks = [doc[i] for i in range(sent.start, min(sent.end, subject.left_edge.i)) if lo <= idx[i] < hi]
    return _trimmed(toks, verb, subject, reader.cfg)


def _according(prep: Token, reader: Reader) -> Reported | None:
    """'According to X, …': the clause the phrase is attached to, without the phrase."""
    subject = subject_of(prep)
    head = prep.head
    if subject is None or head.pos_ not in ("VERB", "AUX"):
        return None
    return _span_of(head, prep, subject, prep, reader)


def _span_of(top: Token, verb: Token, subject: Token, exclude: Token, reader: Reader) -> Reported | None:
    """The character span of ``top``'s clause, without the attribution and a leading 'that'."""
    if exclude.i == top.i:
        return None
    clause = list(top.subtree)
    skip = {t.i for t in exclude.subtree} if any(t.i == exclude.i for t in clause) else set()
    lo, hi = reader.blank_line_block(top.idx)
    toks = [t for t in clause if t.i not in skip and lo <= t.idx < hi]
    return _trimmed(_contiguous(toks, top), verb, subject, reader.cfg)


def _trimmed(toks: list[Token], verb: Token, subject: Token, cfg: QuoteConfig) -> Reported | None:
    """Drop a leading 'that' and edge punctuation; too short a clause is no report."""
    lead = 0
    while lead < len(toks) and (toks[lead].lower_ in _LEADING_SKIP or toks[lead].is_punct):
        lead += 1
    toks = toks[lead:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if len(toks) < cfg.min_indirect_tokens:
        return None
    first, last = toks[0], toks[-1]
    return Reported(first.idx, last.idx + len(last), verb, subject)


def _contiguous(toks: list[Token], top: Token) -> list[Token]:
    """The unbroken run of tokens around the clause head (attribution gaps cut the span)."""
    if not toks:
        return toks
    idx = [t.i for t in toks]
    pos = idx.index(top.i) if top.i in idx else 0
    lo = pos
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    hi = pos
    while hi < len(idx) - 1 and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    return toks[lo: hi + 1]
