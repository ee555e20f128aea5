"""Sub-type rules that depend on who did what to whom: territory changing hands, the target of
an attack (civilians or an armed side), the weapon, a crowd's violence (riot or mob), and protest
policing. Split from roles.py, which finds the agent and the patient these rules read.
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
from eventcoder.extract.events.protest_kind import force_cued, protest_sub_type
from eventcoder.extract.events.restrictions import restriction_kind
from eventcoder.extract.events.roles import roles
from eventcoder.extract.events.triggers import TriggerDef
from eventcoder.extract.events.victims import own_words
from eventcoder.extract.events.weapon_kind import AIR_STRIKE, by_air, chemical, thwarted_bomber, weapon_sub_type
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import span_words
from eventcoder.model import Actor

_ARMED_INTERS = {1, 2, 3, 4, 8}
_CIVILIAN_WORDS = words("people_nouns", "civilian")
_ARMED_WORDS = words("people_nouns", "armed")
_DEMONSTRATION_WORDS = words("demonstration_words")
_POLICE_WORDS = words("security_forces")
_PROTEST_SELF = words("crowd_words", "protester")
_UNARMED_GROUPS = words("crowd_words", "unarmed")
_ARMING_WORDS = words("armed_movers")
_CROWD_NOUNS = words("crowd_words", "crowd_subject")
_BRIEF_HOLD = words("brief_hold_cues")
_STATE_SIDE = {1, 8}
"""State forces, at home or abroad: foreign troops retaking a town for the government regain it (ACLED)."""


def _is_civilian(actor: Actor | None, token: Token | None) -> bool | None:
    """True for civilian targets, False for armed ones, None when unknown."""
    if actor is not None and actor.inter is not None:
        return actor.inter in {6, 7}
    if token is not None:
        words = own_words(token)
        if words & _ARMED_WORDS:
            return False
        if words & _CIVILIAN_WORDS:
            return True
    return None


def armed_target(patient: Token | None) -> bool:
    """ACLED: an attack on a base, checkpoint or patrol is a battle whoever else dies in it, so such
    a target is not traded for the people counted as killed."""
    return patient is not None and _is_civilian(None, patient) is False


def refine(
    definition: TriggerDef, trigger: Token, sent: Span, actor1: Actor | None, actor2: Actor | None,
    patient: Token | None,
) -> tuple[str, str]:
    """Type and sub-type after the entry's resolve rule."""
    rule = definition.resolve
    etype, sub = definition.type, definition.sub_type
    if etype == EXPLOSIONS and (disarmed(trigger) or sub == SUICIDE_BOMB and thwarted_bomber(trigger)):
        return kind("Strategic developments", DISRUPTED_WEAPONS_USE)  # 'found and defused a device'
    with_gas = chemical(sent, trigger)
    if etype in {EXPLOSIONS, BATTLES} and rule != "territory" and (with_gas or by_air(roles(trigger)[0])):
        return (EXPLOSIONS, CHEMICAL_WEAPON) if with_gas else (EXPLOSIONS, AIR_STRIKE)
    if rule == "target" and patient is not None and patient.lemma_.lower() in _PROTEST_SELF or (
            actor1 is not None and actor1.inter == 1 and _protest_crowd(patient, sent)):
        return EXCESSIVE_FORCE if force_cued(sent) else PROTEST_WITH_INTERVENTION  # 'police fired on the crowd'
    if rule == "target" and _is_civilian(actor2, patient) is not False:
        return MOB_VIOLENCE if _crowd_side(trigger) else ATTACK  # 'villagers lynched a thief' (ACLED)
    if (etype == BATTLES and rule != "territory" or sub == LOOTING) and _unarmed_side(trigger, actor1):
        return VIOLENT_DEMONSTRATION if _demonstrating(sent, trigger, actor2) else MOB_VIOLENCE
    if rule is None and (etype, sub) == ARMED_CLASH and trigger.pos_ == "VERB" and actor1 is not None \
            and actor1.inter in _ARMED_INTERS and _is_civilian(actor2, patient) and not (actor2 and actor2.inter == 6):
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
    turned on the police ('hurled stones at a police station'); a crowd attacking people or
    property elsewhere is mob violence."""
    if span_words(sent) & _DEMONSTRATION_WORDS or (actor2 is not None and actor2.inter == 1):
        return True
    targets = [c for c in trigger.children if c.dep_ in {"dobj", "prep", "nsubjpass"}]
    return any(t.lemma_.lower() in _POLICE_WORDS for c in targets for t in c.subtree)


def _unarmed_side(trigger: Token, actor1: Actor | None) -> bool:
    """Violence by protesters, rioters or a crowd is a riot, not a battle or looting."""
    if actor1 is not None and actor1.inter in {5, 6}:
        return True
    subj = counted(_subject(trigger)) if trigger.pos_ in {"VERB", "AUX"} else None
    return subj is not None and subj.lemma_.lower() in _UNARMED_GROUPS and not armed_crowd(subj)


def armed_crowd(subj: Token) -> bool:
    """'armed youths raided a cattle camp': a crowd word made armed is an armed group (ACLED:
    militia), whose violence is an attack or a clash, not a riot."""
    return any(c.dep_ == "amod" and c.lower_ in _ARMING_WORDS for c in subj.children)


def _crowd_side(trigger: Token) -> bool:
    """'residents killed two suspected kidnappers': a crowd, not an organised group, did it."""
    subj = counted(_subject(trigger)) if trigger.pos_ in {"VERB", "AUX"} else None
    return subj is not None and subj.lemma_.lower() in _UNARMED_GROUPS and not armed_crowd(subj) and (
        subj.tag_ == "NNS" or subj.lemma_.lower() in _CROWD_NOUNS)


def _protest_crowd(patient: Token | None, sent: Span) -> bool:
    """'Thousands marched ... Police opened fire on the crowd': state forces acting on the crowd
    of a demonstration told here or just before police that protest."""
    if patient is None or patient.lemma_.lower() != "crowd":  # 'fired on the crowd, killing four'
        patient = next((t for t in sent if t.lemma_.lower() == "crowd" and t.dep_ == "pobj"
                        and t.head.lower_ in {"on", "into", "at"}), None)
    if patient is None:
        return False  # 'clashes between police and protesters': the protesters fought (a riot)
    before = before_in_paragraph(sent)
    told = span_words(sent) | (span_words(before) if before is not None else set())
    return bool(told & _DEMONSTRATION_WORDS)
