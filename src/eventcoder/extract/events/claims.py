"""Rival tellings of one toll: a side's claim of its own kills against another teller's count.

ACLED codes the lowest credible toll. A belligerent's claim of the enemies it killed ('the rebels
said they killed 40 soldiers') is the least credible telling: when another teller counts the
dead ('officials spoke of dozens dead', 'medics counted 6 bodies'), the count is coded, even a
vague one at the codebook's value, and the claim is left aside.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from eventcoder.extract.lexicons import lexicon, words

if TYPE_CHECKING:
    from eventcoder.extract.events.tolls import Toll

_TELLING = words("speech_verbs", "figure_source")
VAGUE_TOLLS = {phrase: float(value) for phrase, value in lexicon("vague_tolls").labels().items()}
"""'several' dead -> 10, 'dozens' -> 12: ACLED's codebook values (``vague_tolls.yaml``)."""
_QUOTED_VAGUE = re.compile("[\"'\u2018\u2019\u201c\u201d]?(" + "|".join(map(re.escape, VAGUE_TOLLS)) + ")[\"'\u2018\u2019\u201c\u201d]")
"""A vague word set in quotation marks by itself, the quote closed right after it ('a number of'
residents), not a side's quoted claim ('"many soldiers"')."""


def vague_value(text: str) -> float | None:
    """The codebook value of the first vague word of a toll's text ('Hundreds of people': 100)."""
    lowered = " " + _QUOTED_VAGUE.sub(r" \1 ", text.lower()) + " "  # "'a number of' residents": the word set apart
    found = [(lowered.find(f" {p} "), p) for p in VAGUE_TOLLS if f" {p} " in lowered]
    return VAGUE_TOLLS[min(found)[1]] if found else None


def coded_value(toll: Toll) -> float | None:
    """The toll's figure, or the codebook value of its vague word ('dozens': 12)."""
    return toll.value if toll.value is not None else vague_value(toll.text)


def claimed_kill(sent: Span, toll: Toll) -> bool:
    """'the army said it killed 40 militants': a figure that is the object of a doer's killing is
    a side's claim of its own kills, not a count of the dead; the object of a verb of telling
    ('a source acknowledged four dead', 'medics counted 6 dead') is a count."""
    span = sent.doc.char_span(toll.start, toll.end, alignment_mode="expand")
    return span is not None and _killed_object(span.root)


def _killed_object(root: Token) -> bool:
    return root.dep_ in {"dobj", "obj"} and root.head.pos_ == "VERB" and root.head.lemma_.lower() not in _TELLING


def counted_over_claims(sent: Span, tolls: list[Toll]) -> Toll | None:
    """'Medics counted 4 dead, while the rebels claimed to have killed 30 soldiers': among tellings
    by different tellers, the lowest count of the dead when a side's claim of its kills stands
    against it; None when no telling is such a claim or every one is."""
    counts = [t for t in tolls if not own_kill_claim(sent, t) and coded_value(t)]
    if not counts or len(counts) == len(tolls):
        return None
    return min(counts, key=lambda t: coded_value(t) or 0)


def own_kill_claim(sent: Span, toll: Toll) -> bool:
    """'the rebels claimed it killed 40 soldiers', 'M23 claimed to have killed 30': the killing's
    doer is its teller (no subject of its own, a pronoun, or the teller's own noun); 'the RSF
    killed 31 civilians, a rights group said' is a third party's count, not a claim."""
    span = sent.doc.char_span(toll.start, toll.end, alignment_mode="expand")
    if span is None or not _killed_object(span.root):
        return False
    verb = span.root.head
    doer = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if doer is None or doer.pos_ == "PRON":
        return verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in _TELLING
    teller = next((c for c in verb.head.children if c.dep_ == "nsubj"), None) if verb.dep_ == "ccomp" else None
    return teller is not None and teller.lemma_.lower() == doer.lemma_.lower()
