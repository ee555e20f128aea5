"""Victims the small parser hangs in the wrong place: after 'shot dead' the victim read as an
adverbial noun or hung with 'dead' on an earlier verb ('stopped a group of women and shot dead
four of them'); the victim of a killing read as the subject of a participle that describes it
('gunned down three farmers working their fields'); the subject of a headline's bare participle
('Journalist killed in Guerrero by gunmen'), which is its victim."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def misread_object(verb: Token, noun: Token) -> bool:
    """'shot dead a would-be bomber': after 'dead' the parser may read the killing's object as an
    adverbial noun; with no object of its own, the noun right after 'dead' is the victim."""
    return noun.dep_ == "npadvmod" and noun.pos_ == "NOUN" and not any(c.dep_ in {"dobj", "obj"} for c in verb.children) and any(
        c.lower_ == "dead" and c.i < noun.i and noun.left_edge.i == c.i + 1 for c in verb.children)


def dead_after(verb: Token) -> list[Token]:
    """The 'dead' right after the verb ('shot dead'), wherever the parser hung it."""
    doc = verb.doc
    return [doc[verb.i + 1]] if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "dead" else []


def hung_elsewhere(verb: Token) -> list[Token]:
    """'stopped a group of women and shot dead four of them': the parser may hang 'dead' and the
    victim on the first verb; with no object of its own, the figure or noun right after 'shot
    dead' is the killing's victim."""
    doc = verb.doc
    if not dead_after(verb) or verb.i + 2 >= len(doc) or any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return []
    victim = doc[verb.i + 2]
    if victim.head.i == verb.i or not (victim.like_num or victim.pos_ in {"NOUN", "PROPN"}):
        return []
    return [victim] if victim.dep_ in {"dobj", "obj", "npadvmod"} else []


def participle_subject(verb: Token) -> list[Token]:
    """'gunned down three farmers working their fields': with no object of its own, the killing's
    victim is the subject the parser gave the participle that describes it."""
    if any(c.dep_ in {"dobj", "obj", "nsubjpass"} for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ in {"ccomp", "xcomp", "advcl"} and c.tag_ == "VBG" and c.i > verb.i
            for g in c.children if g.dep_ == "nsubj" and g.i > verb.i]


def headline_passive(verb: Token, trigger: Token) -> list[Token]:
    """'Journalist killed in Guerrero by gunmen', 'Social leader murdered in Cauca': a bare past
    participle with no auxiliary and no object, its subject before it, tells a passive: the
    subject is the victim (the trigger's, when the parser made the noun the root)."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass", "dobj", "obj"} for c in verb.children):
        return []
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "ROOT" and head.i < verb.i and head.pos_ in {"NOUN", "PROPN"}:
        # 'A journalist killed in ...': the headline's noun is its root; only for the event found
        # by that headline's own words ('Four killed in raid; settlers torch cars': not the arson's)
        return [head] if trigger.i in {verb.i, head.i} else []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in {"NOUN", "PROPN"}]


def bare_one(noun: Token, people: Collection[str]) -> bool:
    """'Journalist killed ...', 'Social leader murdered ...': a headline names one victim by a
    singular people noun with no article."""
    return noun.tag_ in {"NN", "NNP"} and noun.lemma_.lower() in people and not any(
        c.dep_ in {"nummod", "det", "conj"} for c in noun.children)
