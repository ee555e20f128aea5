"""Which of a sentence's trigger hits stand beside each other as events of their own: a killing
told with a specific act ('a drone strike ... killing 2') is that act's toll, and property
destroyed in an attack or riot is part of it, unless the text gives it its own doer or day."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.events.clause import children, counted, is_agentive, subject
from eventcoder.extract.events.kinds import LOOTING, PROTESTS, RIOTS
from eventcoder.extract.events.merge import Mention
from eventcoder.extract.events.triggers import TriggerHit
from eventcoder.extract.lexicons import words
from eventcoder.model import TimeRef

_POLICE_WORDS = words("security_forces")
_PROTEST_SELF = words("crowd_words", "protester")
_UNARMED_GROUPS = words("crowd_words", "unarmed")
Found = list[tuple[Mention, TriggerHit]]


def without_swallowed(found: Found, specific: list[Mention]) -> Found:
    """'a drone strike ... killing 2': the kill belongs to the strike; but 'attacks on protesters'
    is the policing of that protest, kept to type it, and a killing with its own armed doer
    beside a riot is its own attack."""
    crowds = [h.head for m, h in found if m.type in {PROTESTS, RIOTS} and h.definition.resolve != "target"]
    return [(m, h) for m, h in found if h.definition.resolve != "target" or m.type == PROTESTS
            or len(crowds) == len(specific) and own_attack(h.head, crowds)]


def looting_apart(found: Found, violent: set[str]) -> Found:
    """'rioted, looting shops', 'killed 10 and set houses on fire': the riot or attack (ACLED);
    looting on a day of its own stays, without the violent event's toll."""
    days = [m.date for m, _ in found if m.type in violent and not m.weak]
    kept = [(m, h) for m, h in found if m.sub_type != LOOTING or another_day(m.date, days)]
    for m in (m for m, _ in kept if m.sub_type == LOOTING):
        m.fatalities = None  # 'looted shops on Sunday and fought troops Monday, leaving 4 dead': the clash's
    return kept


def own_attack(kill: Token, crowd_triggers: list[Token]) -> bool:
    """'Gunmen killed 12 villagers ... and angry youths later clashed with police': a killing with
    its own armed doer is its own event, not the toll of a riot or protest told in the same
    sentence (a riot word swallows only the killings its crowd did)."""
    if not crowd_triggers or kill.pos_ not in {"VERB", "AUX"}:
        return False
    doer = counted(children(kill, "nsubj")[0]) if children(kill, "nsubj") else None
    if doer is None or not is_agentive(doer) or doer.pos_ == "PRON":
        return False
    lemma = doer.lemma_.lower()
    if lemma in _UNARMED_GROUPS or lemma in _POLICE_WORDS or lemma in _PROTEST_SELF:
        return False  # 'rioters killed', 'police killed two marchers': the riot's or protest's own toll
    return all(kill.i not in {t.i for t in c.subtree} and subject(c) is not doer for c in crowd_triggers)


def another_day(when: TimeRef | None, others: list[TimeRef | None]) -> bool:
    """'looted shops on Sunday and fought troops a day later': property destroyed on a day of its
    own is its own event, not part of the violence told beside it (which it joins only when the
    two share their day)."""
    if when is None or when.precision != "day" or not when.value:
        return False
    return all(o is not None and o.precision == "day" and o.value and o.value != when.value for o in others)
