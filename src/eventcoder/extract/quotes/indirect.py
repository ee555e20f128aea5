"""Indirect quotes: reported speech found in the dependency parse.

A speech verb with a subject and a clausal complement ("X said (that) …",
"X told AFP …"), a clause closed by its attribution ("…, X said.") or an
"according to X" phrase. Reporting verbs with no content ("confirmed the deal")
are left out, and so is anything overlapping a direct or partial quote. A reported
clause holding quoted fragments ("said the deal was “sponsored by …”") is kept
whole here: it is one indirect quote with the speaker's words inside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventcoder.extract.quotes.direct import Turn
from eventcoder.extract.quotes.speakers import (
    CONTENT_LEMMAS,
    is_speech_verb,
    nearby_subject,
    subject_of,
)

_MIN_TOKENS = 3
_LEADING_SKIP = frozenset({"that", ",", ":", "\u2014", "-", "whether"})


@dataclass
class Reported:
    """One stretch of reported speech and the subject of its speech verb."""

    start: int
    end: int
    verb: Token
    subject: Token


def find_reported(doc: Doc, turns: list[Turn]) -> list[Reported]:
    """Reported speech outside quotation marks, one item per speech verb."""
    quoted = [(s.mark_start, s.mark_end) for t in turns for s in t.segments]
    out: list[Reported] = []
    for tok in doc:
        if _in_spans(tok.idx, quoted):
            continue
        if tok.lower_ == "according" and tok.dep_ == "prep":
            item = _according(tok)
        elif is_speech_verb(tok, CONTENT_LEMMAS):
            item = _clausal(tok)
        else:
            item = None
        if item is None or _overlaps(item, quoted) or _in_spans(item.subject.idx, quoted):
            continue
        out.append(item)
    return _dedupe(out)


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _overlaps(item: Reported, spans: list[tuple[int, int]]) -> bool:
    return any(s < item.end and item.start < e for s, e in spans)


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


def _clausal(verb: Token) -> Reported | None:
    """'X said (that) …' or '…, X said.'"""
    subject = subject_of(verb) or nearby_subject(verb)
    if subject is None:
        return None
    comp = next((c for c in verb.children if c.dep_ in ("ccomp",)), None)
    if comp is not None and comp.i < subject.i < verb.i:
        return _before_attribution(verb, subject)
    if comp is not None:
        return _span_of(comp, verb, subject, exclude=verb)
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return _span_of(verb.head, verb, subject, exclude=verb)
    return None


def _before_attribution(verb: Token, subject: Token) -> Reported | None:
    """'…, a government official said.': the paragraph's clause up to the attribution."""
    lo, hi = _paragraph_bounds(verb)
    sent = verb.sent
    toks = [t for t in sent if lo <= t.idx < hi and t.i < subject.left_edge.i]
    return _trimmed(toks, verb, subject)


def _according(prep: Token) -> Reported | None:
    """'According to X, …': the clause the phrase is attached to, without the phrase."""
    subject = subject_of(prep)
    head = prep.head
    if subject is None or head.pos_ not in ("VERB", "AUX"):
        return None
    return _span_of(head, prep, subject, exclude=prep)


def _span_of(top: Token, verb: Token, subject: Token, exclude: Token) -> Reported | None:
    """The character span of ``top``'s clause, without the attribution and a leading 'that'."""
    if exclude.i == top.i:
        return None
    clause = list(top.subtree)
    skip = {t.i for t in exclude.subtree} if any(t.i == exclude.i for t in clause) else set()
    lo, hi = _paragraph_bounds(top)
    toks = [t for t in clause if t.i not in skip and lo <= t.idx < hi]
    return _trimmed(_contiguous(toks, top), verb, subject)


def _trimmed(toks: list[Token], verb: Token, subject: Token) -> Reported | None:
    """Drop a leading 'that' and edge punctuation; too short a clause is no report."""
    while toks and (toks[0].lower_ in _LEADING_SKIP or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if len(toks) < _MIN_TOKENS:
        return None
    first, last = toks[0], toks[-1]
    return Reported(first.idx, last.idx + len(last), verb, subject)


def _paragraph_bounds(tok: Token) -> tuple[int, int]:
    """Character bounds of the paragraph holding ``tok``: parses can run across headings."""
    text = tok.doc.text
    lo = text.rfind("\n\n", 0, tok.idx)
    hi = text.find("\n\n", tok.idx)
    return (0 if lo < 0 else lo + 2), (len(text) if hi < 0 else hi)


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
