"""A toll raised or revised: 'the toll has risen to 19', 'a day later it raised the toll to 36',
'the toll was raised to seven'. ACLED codes the latest toll of an event, so an update told in
the same sentence as the first report ('first reported 31 killed; later it raised the toll to
36') replaces that report rather than adding to it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.lexicons import words
from eventcoder.model import Quantity

_REVISED = words("toll_additions", "revised")
_TALLY = words("tally_nouns")
_TALLY_ROLES = {"nsubj", "nsubjpass", "dobj"}


def updated_at(sent: Span, start: int, end: int) -> bool:
    """The figure at ``start``-``end`` is what a tally noun rose, was raised or revised to: the
    verb above it is one of updating and the tally noun is its subject or object."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and _updating(verb):
        return True
    before = sent.doc[span.start - 1] if span.start > sent.start else None  # 'raised the toll to 36 as more ...'
    return before is not None and before.lower_ in {"to", "at"} and before.head.pos_ in {"VERB", "AUX"} and _updating(before.head)


def _updating(verb: Token) -> bool:
    """'rose', 'raised', 'revised' with 'the toll' (or 'the number of dead') as subject or object."""
    return verb.lemma_.lower() in _REVISED and any(
        c.dep_ in _TALLY_ROLES and c.lemma_.lower() in _TALLY for c in verb.children)


def from_update(sent: Span, killed: list[Quantity]) -> list[Quantity]:
    """The killed figures from the sentence's last update on: the first report's figures told
    before it ('first reported four dead; the toll was raised to seven') are superseded."""
    last = max((i for i, q in enumerate(killed) if i and updated_at(sent, q.start, q.end)), default=0)
    return killed[last:]
