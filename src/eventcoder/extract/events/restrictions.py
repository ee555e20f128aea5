"""Restrictions imposed by a non-state armed group, coded as ACLED codes them.

ACLED's codebook puts a curfew, a blockade or checkpoints that a rebel or militia group imposes
under Strategic developments / Change to group/activity: the group's activity changed, no one
was fought. The same restriction by the state stays where its trigger puts it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.events.kinds import CHANGE_TO_GROUP, event_type
from eventcoder.extract.lexicons import words
from eventcoder.model import Actor

_RESTRICTIONS = words("group_restrictions")
_NON_STATE = {2, 3, 4}
_STRATEGIC = event_type("Strategic developments")


def imposed_by_group(etype: str, trigger: Token, actor1: Actor | None) -> bool:
    """A strategic development whose trigger or object is a restriction and whose doer is a
    rebel or militia group."""
    if etype != _STRATEGIC or actor1 is None or actor1.inter not in _NON_STATE:
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return any(t.lemma_.lower() in _RESTRICTIONS for t in [trigger, *objects])


def restriction_kind(etype: str, sub: str, trigger: Token, actor1: Actor | None) -> tuple[str, str]:
    """Change to group/activity for a group's restriction, else the kind given."""
    return CHANGE_TO_GROUP if imposed_by_group(etype, trigger, actor1) else (etype, sub)
