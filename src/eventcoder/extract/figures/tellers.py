"""A teller's figure for the dead told with 'put ... at': 'local officials put the dead at 27',
'the UN put the number of residents killed at 41'.

The clause rules of ``syntax`` read 'put the death toll at 12' from the tally noun the verb
takes; the dead named by a state word ('the dead', 'the wounded'), or a tally whose 'at' the
parser hangs on the participle describing the counted people, say the same and are read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.figures import lexicon as lex
from eventcoder.extract.figures.syntax import lemma, tally_category

_LOSSES = {"losses"}


def put_at(head: Token) -> str | None:
    """The category of a figure that is the 'at' object of a tally verb ('put', 'estimate')
    whose object names the dead, or the tally of the dead; None otherwise."""
    if head.dep_ != "pobj" or head.head.lower_ != "at":
        return None
    verb = next((a for a in head.head.ancestors if a.pos_ == "VERB" and lemma(a) in lex.TALLY_VERBS), None)
    if verb is None or not _between_is_object(head.head, verb):
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in lex.STATE_WORDS and any(c.dep_ == "det" for c in obj.children):
            return lex.STATE_WORDS[obj.lower_]  # 'put the dead at 27'
        if _own_losses(obj):
            return "killed"  # 'the army put its losses at 12'
        if lemma(obj) in lex.TALLY_NOUNS:
            return tally_category(obj, None)  # 'put the number of residents killed at 41'
    return None


def _own_losses(obj: Token) -> bool:
    """'the army put its losses at 12': a teller's own losses counted as a
    figure of people are its dead (as ACLED reads a force's statement); another's tally of a named
    side's losses ('put the soldiers' losses at 9') is a rival count of one side; 'losses' with no owner
    may be money or equipment."""
    return obj.lower_ in _LOSSES and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)


def _between_is_object(prep: Token, verb: Token) -> bool:
    """The 'at' hangs on the verb itself or on a word inside the verb's object, never on a
    clause of its own ('put the blame on rebels who attacked at dawn')."""
    path = [a for a in prep.ancestors if a.i != verb.i and verb in a.ancestors]
    return all(a.dep_ in {"dobj", "pobj", "prep", "acl"} for a in path)
