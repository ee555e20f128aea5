"""Which sub-type a trigger's sides make: the codebook rules that read who acted on whom
(ACLED: a crowd's violence is a riot, armed against unarmed is an attack, a town taken is a
territory change by the taker's side), split from ``roles``, which finds the sides.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.events.clause import before_in_paragraph, counted
from eventcoder.extract.events.clause import subject as _subject
from eventcoder.extract.events.kinds import (
    ARMED_CLASH,
    ATTACK,
    BATTLES,
    CHEMICAL_WEAPON,
    DISRUPTED_WEAPONS_USE,
    EXCESSIVE_FORCE,
    EXPLOSIONS,
    GOVERNMENT_REGAINS,
    LOOTING,
    MOB_VIOLENCE,
    NON_STATE_OVERTAKES,
    PROTEST_WITH_INTERVENTION,
    PROTESTS,
    SUICIDE_BOMB,
    VIOLENT_DEMONSTRATION,
    kind,
)
from eventcoder.extract.events.modality import attempted, disarmed
from eventcoder.extract.events.months import words_but_months
from eventcoder.extract.events.obstacles import cleared_obstacle
from eventcoder.extract.events.protest_kind import force_cued, protest_sub_type
from eventcoder.extract.events.restrictions import restriction_kind
from eventcoder.extract.events.roles import is_civilian, roles
from eventcoder.extract.events.triggers import TriggerDef
from eventcoder.extract.events.weapon_kind import AIR_STRIKE, by_air, chemical, thwarted_bomber, weapon_sub_type
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import span_words
from eventcoder.model import Actor

_ARMED_INTERS = {1, 2, 3, 4, 8}
_DEMONSTRATION_WORDS = words("demonstration_words")
_POLICE_WORDS = words("security_forces")
_PROTEST_SELF = words("crowd_words", "protester")
_UNARMED_GROUPS = words("crowd_words", "unarmed")
_ARMING_WORDS = words("armed_movers")
_CROWD_NOUNS = words("crowd_words", "crowd_subject")
_BRIEF_HOLD = words("brief_hold_cues")
_PURPOSE = words("protest_purpose", "purpose")
_ARMED_SIDES = words("people_nouns", "armed") | _POLICE_WORDS | words("armed_group_nouns")
"""Sides that make a fight a battle or a riot against the police, never communal violence."""
_STATE_SIDE = {1, 8}
"""State forces, at home or abroad: foreign troops retaking a town for the government regain it (ACLED)."""


def refine(
    definition: TriggerDef, trigger: Token, sent: Span, actor1: Actor | None, actor2: Actor | None,
    patient: Token | None,
) -> tuple[str, str]:
    """Type and sub-type after the entry's resolve rule."""
    rule = definition.resolve
    etype, sub = definition.type, definition.sub_type
    if cleared_obstacle(trigger):
        return PROTEST_WITH_INTERVENTION  # 'police cleared the blockade set up by farmers'
    if etype == EXPLOSIONS and (disarmed(trigger) or sub == SUICIDE_BOMB and thwarted_bomber(trigger)):
        return kind("Strategic developments", DISRUPTED_WEAPONS_USE)  # 'found and defused a device'
    with_gas = chemical(sent, trigger)
    if etype in {EXPLOSIONS, BATTLES} and rule != "territory" and (with_gas or by_air(roles(trigger)[0])):
        return (EXPLOSIONS, CHEMICAL_WEAPON) if with_gas else (EXPLOSIONS, AIR_STRIKE)
    if rule == "target" and patient is not None and patient.lemma_.lower() in _PROTEST_SELF or (
            actor1 is not None and actor1.inter == 1 and _protest_crowd(patient, sent)):
        return EXCESSIVE_FORCE if force_cued(sent) else PROTEST_WITH_INTERVENTION  # 'police fired on the crowd'
    if rule == "target" and is_civilian(actor2, patient) is not False:
        return MOB_VIOLENCE if _crowd_side(trigger) else ATTACK  # 'villagers lynched a thief' (ACLED)
    if (etype == BATTLES and rule != "territory" or sub == LOOTING) and _unarmed_side(trigger, actor1):
        return VIOLENT_DEMONSTRATION if _demonstrating(sent, trigger, actor2) else MOB_VIOLENCE
    if rule is None and (etype, sub) == ARMED_CLASH and trigger.pos_ == "VERB" and actor1 is not None \
            and actor1.inter in _ARMED_INTERS and is_civilian(actor2, patient) and not (actor2 and actor2.inter == 6):
        return ATTACK  # 'soldiers assaulted villagers': armed against unarmed is an attack (ACLED)
    if rule == "territory" and (_held_briefly(trigger) or attempted(trigger)):
        return ARMED_CLASH  # 'briefly seized the town', 'tried to seize it': fought over, not held (ACLED)
    if rule == "territory":
        if actor1 is not None and actor1.inter is not None:
            sub = (GOVERNMENT_REGAINS if actor1.inter in _STATE_SIDE else NON_STATE_OVERTAKES)[1]
    elif etype == EXPLOSIONS:
        sub = weapon_sub_type(sub, sent, trigger, generic=rule == "weapon")
    elif rule == "protest":
        etype, sub = protest_sub_type(trigger, sent)
    if (etype, sub) == VIOLENT_DEMONSTRATION and definition.type != PROTESTS \
            and not _demonstrating(sent, trigger, actor2):
        return MOB_VIOLENCE  # a protest's own word ('farmers blocking the road') is a demonstration
    return restriction_kind(etype, sub, trigger, actor1)


def _held_briefly(trigger: Token) -> bool:
    """'briefly seized the town after overrunning the barracks': the adverb on the takeover or
    on the takeover it leads to."""
    nodes = [trigger, *list(trigger.ancestors)[:2]]
    return any(c.dep_ == "advmod" and c.lower_ in _BRIEF_HOLD for n in nodes for c in n.children)


def _demonstrating(sent: Span, trigger: Token, actor2: Actor | None) -> bool:
    """ACLED: crowd violence is a violent demonstration when it is part of a demonstration or
    turned on the police ('hurled stones at a police station', also in a verb joined by 'and':
    'set cars alight and fired fireworks at police'); a crowd attacking people or property
    elsewhere is mob violence."""
    if demonstration_told(sent) or (actor2 is not None and actor2.inter == 1):
        return True
    acts = [trigger, *(c for c in trigger.conjuncts if c.pos_ == "VERB")]  # 'torched cars and threw stones at police'
    targets = [c for act in acts for c in act.children if c.dep_ in {"dobj", "prep", "nsubjpass"}]
    return any(t.lemma_.lower() in _POLICE_WORDS for c in targets for t in c.subtree)


def _unarmed_side(trigger: Token, actor1: Actor | None) -> bool:
    """Violence by protesters, rioters or a crowd is a riot, not a battle or looting."""
    if actor1 is not None and actor1.inter in {5, 6}:
        return True
    subj = counted(_subject(trigger)) if trigger.pos_ in {"VERB", "AUX"} else None
    if subj is not None and subj.lemma_.lower() in _UNARMED_GROUPS and not armed_crowd(subj):
        return True
    return communal_sides(trigger)


def communal_sides(trigger: Token) -> bool:
    """'Papuan and migrant residents clashed', 'clashes broke out between Sinhalese and Muslim
    villagers': a fight between communities, with no armed group or force named on either side,
    is mob violence (ACLED), not a battle; machetes or clubs do not make an armed group."""
    sides = _fight_sides(trigger)
    words = {t.lemma_.lower() for t in sides}
    return bool(words & _UNARMED_GROUPS) and not words & _ARMED_SIDES and not any(
        armed_crowd(t) for t in sides)


def _fight_sides(trigger: Token) -> list[Token]:
    """The nouns told as the fighting sides: the verb's subject with its conjuncts, or the objects
    of 'between' on the fight word or on the verb it is the subject of ('clashes erupted between')."""
    sides: list[Token] = []
    if trigger.pos_ in {"VERB", "AUX"}:
        subj = _subject(trigger)
        sides += [subj, *subj.conjuncts] if subj is not None else []
    holders = [trigger] + ([trigger.head] if trigger.dep_ == "nsubj" else [])
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            sides += [obj, *obj.conjuncts]
    return sides


def armed_crowd(subj: Token) -> bool:
    """'armed youths raided a cattle camp': a crowd word made armed is an armed group (ACLED:
    militia), whose violence is an attack or a clash, not a riot."""
    return any(c.dep_ == "amod" and c.lower_ in _ARMING_WORDS for c in subj.children)


def _crowd_side(trigger: Token) -> bool:
    """'residents killed two suspected kidnappers': a crowd, not an organised group, did it."""
    subj = counted(_subject(trigger)) if trigger.pos_ in {"VERB", "AUX"} else None
    return subj is not None and subj.lemma_.lower() in _UNARMED_GROUPS and not armed_crowd(subj) and (
        subj.tag_ == "NNS" or subj.lemma_.lower() in _CROWD_NOUNS) and not headline_passive(trigger, subj)


def headline_passive(verb: Token, subj: Token) -> bool:
    """'Four people killed as gunmen stormed a house': a counted subject before a harm verb with
    no object of its own is who suffered it (a headline's passive), not who did it; a verb joined
    to that one by 'and' or 'as' misparsed as 'and' inherits no doer from it."""
    owner = subj.head if subj.dep_ == "nsubj" else verb
    return subj.i < owner.i <= verb.i and any(c.dep_ == "nummod" for c in subj.children) and not any(
        c.dep_ in {"dobj", "obj", "aux"} for c in owner.children)


def _protest_crowd(patient: Token | None, sent: Span) -> bool:
    """'Thousands marched ... Police opened fire on the crowd': state forces acting on the crowd
    of a demonstration told here or just before police that protest."""
    if patient is not None and pressing_a_demand(patient):  # 'fired on workers demanding their wages'
        return True
    if patient is None or patient.lemma_.lower() != "crowd":  # 'fired on the crowd, killing four'
        patient = next((t for t in sent if t.lemma_.lower() == "crowd" and t.dep_ == "pobj"
                        and t.head.lower_ in {"on", "into", "at"}), None)
    if patient is None:
        return False  # 'clashes between police and protesters': the protesters fought (a riot)
    before = before_in_paragraph(sent)
    return demonstration_told(sent) or (before is not None and demonstration_told(before))


def pressing_a_demand(people: Token) -> bool:
    """'workers demanding unpaid wages', 'students protesting the fees': unarmed people told by a
    participle of demand or protest, or a relative clause with one ('supporters who were
    demonstrating against the results'), are a demonstration's crowd though no protest noun is written."""
    lemma = people.lemma_.lower()
    unarmed = lemma in _UNARMED_GROUPS or (people.tag_ == "NNS" and lemma not in _ARMED_SIDES)
    return unarmed and any(
        c.dep_ in {"acl", "relcl"} and c.tag_ == "VBG" and c.lemma_.lower() in _PURPOSE
        for holder in (people, *_of_nouns(people)) for c in holder.children)


def _of_nouns(people: Token) -> list[Token]:
    """'supporters of the candidate who were demonstrating': the parser often hangs the relative
    clause on the noun of the 'of' phrase; a participle there still tells the people."""
    return [o for p in people.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]


def demonstration_told(sent: Span) -> bool:
    """A demonstration word in the sentence; the month 'March' ('on 2 March') is none."""
    if not span_words(sent) & _DEMONSTRATION_WORDS:  # the memoised words first: most sentences stop here
        return False
    return bool(words_but_months(sent, _DEMONSTRATION_WORDS))
