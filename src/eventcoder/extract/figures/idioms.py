"""A death told as a journey: 'six militants were sent to hell', 'sent 12 raiders to their graves'.

Military statements (Pakistan's ISPR among them) tell the enemies they killed this way; the
clause rules of ``syntax`` see only 'send', which says nothing of what befell the people.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.figures.syntax import lemma
from eventcoder.extract.lexicons import lexicon

_FATES = lexicon("figure_fate_words").labels()


def sent_to_death(head: Token) -> str | None:
    """'killed' when the figure's phrase is the object or passive subject of a sending verb whose
    'to' object is a fate word ('hell', 'their deaths'); None otherwise."""
    verb = head.head
    if head.dep_ not in {"dobj", "nsubjpass"} or _FATES.get(lemma(verb)) != "verb":
        return None
    to = (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj")
    return "killed" if any(_FATES.get(g.lower_) == "fate" for g in to) else None
