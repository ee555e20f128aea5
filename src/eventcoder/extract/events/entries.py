"""A force entering a place ('entered the town', 'moved into the village', 'took up positions in
it') is a territory event only when the telling says control changed hands: the other side left,
the entering side now controls the place, or no shot was fired. Without such a cue the entry only
sets the scene of what the force did there ('entered a village and shot four': an attack)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.events.clause import subject
from eventcoder.extract.lexicons import words

_ENTRY = words("entry_cues", "entry")
_INTO = words("entry_cues", "into")
_POSITION = words("entry_cues", "position")
_CONTROL = words("entry_cues", "control")
_LEAVING = words("entry_cues", "leaving")
_NEGATED_FIGHT = words("unopposed_cues", "negated")
_EXPELLING = words("entry_cues", "expelling")
_OUT = words("entry_cues", "out")
_ARMED = words("people_nouns", "armed") | words("security_forces")


def is_entry(verb: Token) -> bool:
    """'entered Uvira', 'moved into the village' (not 'moved troops into'), 'took up positions'."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if lemma == "take":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) and any(
            o.lemma_.lower() in _POSITION for o in objects)
    if lemma not in _ENTRY or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return lemma == "enter" or (not objects and any(c.dep_ == "prep" and c.lower_ in _INTO for c in verb.children))


def uncontrolled_entry(verb: Token) -> bool:
    """An entry with no cue of control in its sentence: no territory changed hands."""
    if not is_entry(verb):
        return False
    return not any(_control_cue(t, verb) for t in verb.sent if t.i != verb.i)


def _control_cue(token: Token, entry: Token) -> bool:
    """'now controls', 'took control', 'after troops withdrew' (another side), 'without a shot'."""
    lemma = token.lemma_.lower()
    if lemma in _CONTROL:
        return True
    if _leaves(token):
        return _another_side(token, entry)
    return lemma in _NEGATED_FIGHT and any(a.lower_ == "without" for a in list(token.ancestors)[:3])


def _leaves(token: Token) -> bool:
    """'withdrew', 'fled', 'the withdrawal', 'pulled out'."""
    lemma = token.lemma_.lower()
    return lemma in _LEAVING or lemma == "pull" and any(c.lower_ == "out" for c in token.children)


def _another_side(leaving: Token, entry: Token) -> bool:
    """'entered X after the army withdrew': the leaver is not the entering force ('entered and later
    withdrew' tells one force coming and going)."""
    if leaving.pos_ not in {"VERB", "AUX"}:
        return True  # 'after the withdrawal of the army'
    own, theirs = subject(leaving), subject(entry)
    return own is not None and (theirs is None or own.i != theirs.i)


def leaving_side(entry: Token) -> Token | None:
    """The side that left the place the entry took ('after the army withdrew'): the other actor."""
    if not is_entry(entry):
        return None
    for token in entry.sent:
        if _leaves(token) and token.pos_ in {"VERB", "AUX"} and _another_side(token, entry):
            return subject(token)
    return None


def expelled(verb: Token) -> bool:
    """'drove the army out of the town', 'forced the police out', 'dislodged the rebels from the
    hill': an armed side pushed out of a place, so the place changed hands (with 'out' for verbs
    that also mean other things: 'forced the police to fire' is none)."""
    lemma = verb.lemma_.lower()
    if lemma not in _EXPELLING or verb.pos_ not in {"VERB", "AUX"}:
        return False
    outward = lemma in {"expel", "oust", "dislodge"} or any(
        c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in _OUT for c in verb.children)
    return outward and any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _ARMED for c in verb.children)
