"""Names the entity tagger missed: a name set beside a noun for a person is a person's name.

Names from outside the tagger's training copy ('Sadia Noor', 'Kubeka') are often tagged as
organisations or products. Where the copy itself says the name is a person's, by putting it in
apposition to a noun for one ('a local journalist, Sadia Noor,'), that is trusted over the tag.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.lexicons import words

HUMAN_NOUNS = words("people_nouns", "victim") | words("speaker_nouns", "person")
"""Nouns for one person ('journalist', 'spokesman'), not for groups ('family', 'militia')."""
_MAX_NAME_TOKENS = 4
_HONORIFICS = words("honorifics")


def appositive_name(tok: Token) -> Span | None:
    """The capitalised name in apposition to a noun for a person, whatever its entity tag."""
    if tok.lemma_.lower() not in HUMAN_NOUNS:
        return None
    for child in tok.rights:
        if child.dep_ != "appos" or child.ent_type_ == "PERSON":
            continue
        left = min([child.i] + [c.left_edge.i for c in child.lefts if c.dep_ == "compound"])
        span = tok.doc[left: child.i + 1]
        if 2 <= len(span) <= _MAX_NAME_TOKENS and all(_name_word(t) for t in span):
            return span
    return None


def name_run(noun: Token, start: int) -> Span | None:
    """'The Police Public Relations Officer, DSP Chidi Nwankwo, said': after a noun for a person
    and its comma, two to four capitalised name words closed by a comma are a person's name,
    whatever the tagger made of them (a rank in capitals before them is left out)."""
    doc = noun.doc
    if noun.lemma_.lower() not in HUMAN_NOUNS or start >= len(doc):
        return None
    if (doc[start].text.isupper() and len(doc[start]) > 1) or doc[start].lower_ in _HONORIFICS:
        start += 1 + (start + 1 < len(doc) and doc[start + 1].text == ".")
    end = start
    while end < len(doc) and end - start <= _MAX_NAME_TOKENS and _name_word(doc[end]):
        end += 1
    if not 2 <= end - start <= _MAX_NAME_TOKENS or (end < len(doc) and doc[end].text != ","):
        return None
    return doc[start:end]


def _name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text.isalpha() \
        and tok.lemma_.lower() not in HUMAN_NOUNS
