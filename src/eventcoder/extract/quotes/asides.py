"""Asides inside the writer's own sentence: quotes set off between dashes, interposed clauses.

News copy lists who said something and drops a quote in between dashes right after each name
("several ministers backed it, among them Ana Petrov — “We cannot wait” — and her deputy"): the
quote is the words of the name just before the first dash. The words after the second dash
carry the writer's sentence on ("— and Fred Goldberg"), so they are no byline of the quote.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventcoder.extract.quotes.marks import Segment

_DASH_BEFORE = re.compile(r"(?:--|[\u2013\u2014\u2015])\s*$")
_DASH_AFTER = re.compile(r"\s*(?:--|[\u2013\u2014\u2015])\s*(\w+)?")
_CARRY_ON = frozenset({"and", "or", "but", "nor", "while", "as"})
"""Words that continue the writer's sentence after the closing dash of an aside."""


def continues_sentence(text: str, seg: Segment) -> bool:
    """'“…” — and X': the dash after the quote closes an aside, it does not open a byline."""
    m = _DASH_AFTER.match(text, seg.mark_end)
    return bool(m and m.group(1) and m.group(1).lower() in _CARRY_ON)


def dash_aside_speaker(doc: Doc, text: str, seg: Segment) -> Token | None:
    """The name a quote between two dashes follows ('Ana Petrov — “…” — and'), when a
    person's or body's name ends right before the first dash."""
    if not seg.closed or not _DASH_AFTER.match(text, seg.mark_end):
        return None
    before = text[max(0, seg.mark_start - 6): seg.mark_start]
    m = _DASH_BEFORE.search(before)
    if m is None:
        return None
    dash_at = seg.mark_start - len(before) + m.start()
    span = doc.char_span(0, dash_at, alignment_mode="contract")
    if span is None or not len(span):
        return None
    last = span[-1]
    if last.pos_ != "PROPN" or last.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
        return None
    return last


def past_wh_clause(head: Token) -> Token:
    """'marched past the stadium — where the club played — while chanting': a participle the
    parser hung on an interposed 'where'/'which' clause shares the subject of the clause that
    clause sits in."""
    while head.dep_ in ("advcl", "relcl") and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX") \
            and any(c.tag_ in ("WRB", "WDT", "WP") and c.i < head.i for c in head.children):
        head = head.head
    return head
