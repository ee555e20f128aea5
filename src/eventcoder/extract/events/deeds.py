"""Events told by what is done to whom rather than by a trigger word: a person taken away by
men who are no police ('seized a trader outside his shop', 'picked up an activist from his flat')
is an abduction; an armed side driven out of a place ('forced the police out') lost it; a body found with signs of a violent death is an attack on a civilian (ACLED:
unless the context says otherwise), dated on the find."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.events.entries import expelled
from eventcoder.extract.events.kinds import ATTACK, NON_STATE_OVERTAKES, VIOLENCE_AGAINST_CIVILIANS, kind
from eventcoder.extract.events.triggers import TriggerDef, TriggerHit
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import doc_forms

_TAKING = {tuple(w.split()) for w in words("taking_verbs")}
_TAKING_LEMMAS = {w[0] for w in _TAKING}
_FINDING = words("found_bodies", "finding")
_EXPELLING = words("entry_cues", "expelling")
_BODIES = words("found_bodies", "body")
_VIOLENT_DEATH = words("found_bodies", "violence")
_CIVILIAN_WORDS = words("people_nouns", "civilian")
_ARMED_WORDS = words("people_nouns", "armed")
_GROUND_WORDS = words("territory_nouns")
_PEOPLE_ENDINGS = tuple(words("people_suffixes"))
_FORCES = words("security_forces")
_CROWDS = words("crowd_words", "unarmed")
_GENDERED = {"his", "her", "him"}
_ABDUCTION = TriggerDef(*kind(VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"), cameo="181",
                        plover="ASSAULT", plover_mode="abduction")
FOUND_BODY = TriggerDef(*ATTACK, cameo="1823", plover="ASSAULT")
"""A body found: what the body's own description tells ('of two men who had been abducted') is this event."""


_DRIVEN_OUT = TriggerDef(*NON_STATE_OVERTAKES, resolve="territory", cameo="192", plover="ASSAULT")
"""Typed by who drove the other side out (state forces: Government regains territory)."""


def deed_hits(sent: Span) -> list[TriggerHit]:
    """Abductions, sides driven out and bodies found in the sentence, each on its verb."""
    hits = []
    lemmas = doc_forms(sent.doc).lemma
    for i in range(sent.start, sent.end):
        if lemmas[i] in _TAKING_LEMMAS and taken_away(sent.doc[i]):
            hits.append(TriggerHit(sent.doc[i], i, i + 1, _ABDUCTION))
        elif lemmas[i] in _EXPELLING and expelled(sent.doc[i]):
            hits.append(TriggerHit(sent.doc[i], i, i + 1, _DRIVEN_OUT))
        elif lemmas[i] in _FINDING and body_found(sent.doc[i]):
            hits.append(TriggerHit(sent.doc[i], i, i + 1, FOUND_BODY))
    return hits


def taken_away(verb: Token) -> bool:
    """A verb of taking whose object is an unarmed person and whose doer is no police or army (an
    arrest) nor a crowd (a mob's violence) is an abduction (ACLED), not ground taken."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}}
    if not any(w[0] == verb.lemma_.lower() and set(w[1:]) <= particles for w in _TAKING):
        return False
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not objs or any(d.lemma_.lower() in _FORCES | _CROWDS or any(m.lemma_.lower() in _FORCES for m in d.children)
                       for d in doers):
        return False
    return any(_a_person(o) for o in objs)


def _a_person(obj: Token) -> bool:
    """An unarmed person: a civilian noun, a people ending, or told as 'his'/'her' after (a bare
    name may be a town the parser took for a person: 'seized Diapaga')."""
    lemma = obj.lemma_.lower()
    if lemma in _ARMED_WORDS or lemma in _GROUND_WORDS:
        return False
    if obj.pos_ == "NOUN" and (lemma in _CIVILIAN_WORDS or obj.lower_.endswith(_PEOPLE_ENDINGS)):
        return True
    return any(t.lower_ in _GENDERED for t in obj.doc[obj.i + 1:obj.sent.end])


def body_found(verb: Token) -> bool:
    """'the body of a reporter was found with gunshot wounds', 'found the bodies of two men who
    had been abducted': a finding verb on a body, in a sentence that tells a violent death (or a
    disappearance before it). A body washed ashore or found after a flood tells no violence."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    found = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"} and c.lemma_.lower() in _BODIES]
    return bool(found) and any(t.lemma_.lower() in _VIOLENT_DEATH for t in verb.sent)
