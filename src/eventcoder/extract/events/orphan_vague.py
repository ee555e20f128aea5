"""A vague toll told in a sentence of its own, with no event and no figure.

'Fighters clashed near Djibo on Monday. Sources reported several VDP dead.', 'The army said
several militants were neutralised.': the figures step counts only numbers and 'dozens'-like
words, so a toll given by 'several', 'many' or 'a number of' in a sentence of no event is read
from the parse here and given, at the codebook's value, to the event told before it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.events.claims import VAGUE_TOLLS, vague_value
from eventcoder.extract.events.deaths import figure_scope
from eventcoder.extract.events.fatalities import people_counted, vague_victims, victim_roles
from eventcoder.extract.events.tolls import Toll, has_context_cue, unfigured
from eventcoder.extract.figures import lexicon as figlex
from eventcoder.model import Fatalities


def sentence_vague_toll(sent: Span) -> Fatalities | None:
    """The vague toll of a sentence with no event: the vague victims of a real killing or dying
    verb, or a vague count of people a verb of telling reports dead; None for a running total,
    an earlier event's dead or a count its teller gives no figure for."""
    if not _names_a_vague_word(sent.text) or has_context_cue(sent.text):
        return None
    found = _victims(sent) or _reported_dead(sent)
    if found is None or not found.text:
        return None
    at = sent.text.find(found.text)
    start = sent.start_char + max(at, 0)
    toll = Toll(None, "vague", start, start + len(found.text), found.text)
    if at < 0 or figure_scope(sent, toll.start, toll.end, None) == "earlier" or unfigured(sent, toll):
        return None
    return found


def _names_a_vague_word(text: str) -> bool:
    """Whether any vague toll word appears in the text at all: without one no reading of the
    parse below can find a vague toll, and most sentences have none."""
    lowered = text.lower()
    return any(phrase in lowered for phrase in VAGUE_TOLLS)


def _victims(sent: Span) -> Fatalities | None:
    """'several militants were neutralised', 'killing a number of fighters'."""
    for verb in sent:
        roles = victim_roles(verb)
        for victim in (c for c in verb.children if c.dep_ in roles):
            if not (people_counted(victim) or _force(victim)):
                continue
            found = vague_victims(victim)
            if found is not None:
                return found
    return None


def _reported_dead(sent: Span) -> Fatalities | None:
    """'Sources reported several VDP dead': a vague count of people that a verb takes as its
    object, a state word of death right after it, the parser hanging that word on the verb."""
    for noun in sent:
        if noun.dep_ in {"dobj", "obj"} and figlex.STATE_WORDS.get(noun.lower_) == "killed" and noun.i > noun.left_edge.i:
            found = _vague_count(noun.doc[noun.left_edge.i:noun.i], noun.doc[noun.left_edge.i:noun.i + 1])
            if found is not None:  # 'several ENDF dead' read as one noun
                return found
        if noun.dep_ not in {"dobj", "obj"} or not people_counted(noun) and not _force(noun):
            continue
        after = noun.doc[noun.i + 1] if noun.i + 1 < sent.end else None
        if after is None or figlex.STATE_WORDS.get(after.lower_) != "killed" or after.head.i not in {noun.i, noun.head.i}:
            continue
        words = noun.doc[noun.left_edge.i:noun.i + 1]
        found = _vague_count(words, words)
        if found is not None:
            return found
    return None


def _vague_count(words: Span, told: Span) -> Fatalities | None:
    """The codebook value of the vague word in ``words``, as a toll told by ``told``."""
    value = vague_value(words.text)
    return None if value is None else Fatalities(value=value, qualifier="vague", text=told.text)


def _force(noun: Token) -> bool:
    """'several VDP', 'many FARDC': a force's acronym stands for its members."""
    return noun.pos_ == "PROPN" and noun.text.isupper() and 2 <= len(noun.text) <= 6
