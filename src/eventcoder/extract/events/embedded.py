"""Triggers that sit inside another trigger's arguments name a part of that event, not an event
of their own: the drone an interception stopped, the abduction of captives set free, what a protest is against, the aircraft that
flew the strikes, the rifles and grenades an attack was made with."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.events.clause import climb
from eventcoder.extract.events.deeds import FOUND_BODY
from eventcoder.extract.events.kinds import (
    ARMED_CLASH,
    BATTLES,
    DISRUPTED_WEAPONS_USE,
    EXPLOSIONS,
    LOOTING,
    PROTESTS,
    RIOTS,
)
from eventcoder.extract.events.merge import Mention
from eventcoder.extract.events.triggers import TriggerHit
from eventcoder.extract.lexicons import words

_OBJECT_DEPS = {"dobj", "obj", "nsubjpass"}
_TOPIC_PREPS = {"against", "over"}
_CARRIER_DEPS = {"nsubj", "nsubjpass", "dobj"}
_CARRIED = words("carried_weapons", "weapon") | words("carried_weapons", "ground")
_MEANS = words("carried_weapons", "means_prep")
_HELD = words("carried_weapons", "held_verb")
_PHRASE_DEPS = {"compound", "amod", "npadvmod", "conj", "appos"}
_RELEASE = "RELEASE"
"""The PLOVER code of captives set free (event_triggers.yaml): the captives' taking is its argument."""


def _carried_means(hit: TriggerHit, others: list[TriggerHit]) -> bool:
    """'attacked the post with rifles and rocket-propelled grenades', 'gunmen armed with grenades
    killed 6', 'attacked the base with technicals and drones': a hand-carried weapon, or one named
    beside ground vehicles, as the means of another trigger's attack."""
    node = climb(hit.head, _PHRASE_DEPS)  # 'rocket' in 'rocket-propelled grenades' -> 'grenades'; '... and grenades' -> 'rifles'
    if node.lemma_.lower() not in _CARRIED and hit.head.lemma_.lower() not in _CARRIED:
        return False
    prep = node.head if node.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in _MEANS:
        return False
    holder = prep.head  # the attack verb, or 'armed' on its doer
    if holder.lower_ in _MEANS:
        holder = holder.head.head if holder.head.dep_ in {"nsubj", "nsubjpass"} else holder.head
    return any(o.head.i == holder.i for o in others if o is not hit)


def held_not_fired(m: Mention, trigger: Token) -> bool:
    """'drones adapted to drop bombs were stored in the house', 'a rocket launcher found in a field
    had been dismantled', 'seizing mortars': a weapon named as what was found, kept, seized or
    made safe was not used; it is no explosion (a defusal is coded, as disrupted weapons use, by
    its own verb)."""
    if m.type != EXPLOSIONS or trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    node = climb(trigger, _PHRASE_DEPS)  # 'rocket launcher' -> 'launcher'; '... and drones' -> the first
    if node.dep_ in _OBJECT_DEPS | {"nsubj"} and node.head.lemma_.lower() in _HELD:
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in _HELD for c in node.children)


def _argument_tokens(head: Token, *, topic_only: bool = False, verb_object: bool = False) -> set[int]:
    """Tokens inside a trigger's objects ('intercepted a drone', 'interception of a missile');
    with ``topic_only``, inside its 'against' / 'over' complements or the object of a protest
    verb (what a protest is about)."""
    if topic_only:  # 'a rally was held against ...', 'staged a sit-in over ...': the verb carries it
        heads = [head, head.head] if head.dep_ in _CARRIER_DEPS and head.head.pos_ == "VERB" else [head]
        keep = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS]
        if verb_object and head.pos_ == "VERB":  # 'marched to protest the arrests': what 'protest' is about
            keep += [c for c in head.children if c.dep_ == "dobj"]
    else:
        keep = [c for c in head.children
                if c.dep_ in _OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ == "of")]
    return {t.i for child in keep for t in child.subtree}


def _agent_tokens(head: Token) -> set[int]:
    """Tokens of a trigger's 'by' phrase, also through a participle ('strikes launched by jets')."""
    holders = [head, *(c for c in head.children if c.dep_ in {"acl", "relcl"})]
    return {t.i for h in holders for c in h.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for t in c.subtree}


def drop_embedded(found: list[tuple[Mention, TriggerHit]]) -> list[tuple[Mention, TriggerHit]]:
    """Triggers that are another trigger's argument, not events of their own: the drone that was
    'intercepted', the mine that was 'defused', the air strikes a crowd 'protested against',
    the fire a strike 'set', the warplanes that carried out the air strikes, the grenades an
    attack was made 'with', how the dead whose bodies were found had been taken or killed."""
    inside: set[int] = set()
    topic: set[int] = set()
    for mention, hit in found:
        if mention.sub_type == DISRUPTED_WEAPONS_USE:
            inside |= _argument_tokens(hit.head)
        elif hit.definition.plover == _RELEASE:  # 'freed 20 schoolgirls abducted last month': the
            found = [(m, h) for m, h in found if h.head.i not in _argument_tokens(hit.head)]  # earlier taking
        elif hit.definition is FOUND_BODY:  # 'the bodies of two herders who had been abducted were found'
            found = [(m, h) for m, h in found if h.head.i not in _argument_tokens(hit.head)]
        elif (mention.type, mention.sub_type) == ARMED_CLASH and hit.head.pos_ == "VERB" and not hit.definition.weak:
            foiled = _argument_tokens(hit.head)  # 'thwarted an attack': the attack met armed resistance
            found = [(m, h) for m, h in found if h.head.i not in foiled or m.type == BATTLES]
        elif mention.type in {PROTESTS, RIOTS}:
            topic |= _argument_tokens(hit.head, topic_only=True, verb_object=mention.type == PROTESTS)
    hits = [h for _, h in found]
    found = [(m, h) for m, h in found if not (m.type == EXPLOSIONS and _carried_means(h, hits))]
    doers = {(m.sub_type, i) for m, h in found for i in _agent_tokens(h.head)}
    found = [(m, h) for m, h in found if (m.sub_type, h.head.i) not in doers]  # 'air strikes by warplanes'
    strikes = {h.head.i for m, h in found if m.type == EXPLOSIONS}
    return [(m, h) for m, h in found
            if not (h.head.i in inside and m.type == EXPLOSIONS)
            and not (h.head.i in topic and m.type not in {PROTESTS, RIOTS})  # 'protested against the arrests'
            and not (m.sub_type == LOOTING  # 'a drone attack set a depot ablaze'
                     and any(c.dep_ == "nsubj" and c.i in strikes for c in h.head.children))]
