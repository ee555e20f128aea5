"""A 'strike' that is a stoppage of work, not a blow: 'nurses on strike over pay'.

The noun 'strike' is a weak trigger for shelling and missile attacks, the sense war reports give
it. Labour news uses the same noun for workers downing tools, and a place beside it ('nurses on
strike outside Kisumu hospital') was enough to turn a pay dispute into a shelling. The sense is
told by the words around the noun: who strikes, what the strike is over, 'on strike'.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicons import words

_WORKERS = words("labour_strike", "worker")
_GRIEVANCES = words("labour_strike", "grievance")
_STOPPAGE_NOUNS = words("labour_strike", "stoppage")
_MOTIVE_PREPOSITIONS = frozenset({"over", "for", "against"})


def labour_strike(token: Token) -> bool:
    """True when this noun 'strike' is workers stopping work (see the module docstring)."""
    if token.lemma_.lower() != "strike" or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.dep_ == "compound" and token.head.lemma_.lower() in _STOPPAGE_NOUNS:
        return True  # 'strike action', 'a strike notice'
    if token.dep_ == "pobj" and token.head.lower_ == "on" and not any(c.dep_ == "det" for c in token.children):
        return True  # 'went on strike', 'nurses on strike'
    return any(_names_strikers(c) or _names_grievance(c) for c in token.children)


def _names_strikers(child: Token) -> bool:
    """'a nurses' strike', 'the transport strike', 'a strike by dock workers'."""
    if child.dep_ in {"compound", "poss", "nmod", "amod"}:
        return child.lemma_.lower() in _WORKERS
    if child.dep_ == "prep" and child.lower_ == "by":
        return any(g.lemma_.lower() in _WORKERS for g in child.children if g.dep_ == "pobj")
    return False


def _names_grievance(child: Token) -> bool:
    """'a strike over pay', 'a strike for higher wages', 'a strike against job cuts'."""
    if child.dep_ != "prep" or child.lower_ not in _MOTIVE_PREPOSITIONS:
        return False
    objects = [g for g in child.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _GRIEVANCES or any(c.dep_ == "compound" and c.lemma_.lower() in _GRIEVANCES
                                                       for c in o.children) for o in objects)
