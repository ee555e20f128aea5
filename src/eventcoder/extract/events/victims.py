"""What a victim is, read from its own words and not from what it is said to be."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicons import words

_DESCRIBING = words("victim_descriptions")


def own_words(token: Token) -> set[str]:
    """The patient's words, less a clause that only describes it ('a farmer accused of being a
    police informer'): what a victim is said to be does not make it an armed party."""
    skip = {t.i for c in token.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in _DESCRIBING
            for t in c.subtree}
    return {t.lemma_.lower() for t in token.subtree if t.i not in skip} | {token.lemma_.lower()}
