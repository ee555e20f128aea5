"""Accusations, denials and claims of responsibility: reported speech without a 'that' clause.

"X accused Y of Z", "X blamed Y for Z", "X denied Z-ing", "X dismissed reports that P" and
"X claimed responsibility for Z" each report a proposition X puts forward or rejects, so they
are indirect quotes with X as the speaker. The proposition is read from the parse: the object
and its charge ('Y of Z'), the gerund ('Z-ing'), the clause of a hearsay noun ('P'), or the
deed noun and its phrase ('responsibility for Z'). Verbs come from ``speech_verbs`` (uses
accusation, denial, responsibility), the words after them from ``charge_words``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicons import words
from eventcoder.extract.quotes.speakers import subject_of

ACCUSING = words("speech_verbs", "accusation")
DENYING = words("speech_verbs", "denial")
CLAIMING = words("speech_verbs", "responsibility")
CHARGE_LEMMAS = ACCUSING | DENYING | CLAIMING
_CHARGE_PREPS = words("charge_words", "charge_preposition")
_HEARSAY = words("charge_words", "hearsay")
_DEEDS = words("charge_words", "deed")
_GERUND_DEPS = frozenset({"xcomp", "dobj", "pcomp", "ccomp"})
_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})

Proposition = tuple[list[Token], Token]
"""The tokens of the reported proposition, in order, and the token heading them."""


def charge_subject(verb: Token) -> Token | None:
    """Who accuses, denies or claims: an active subject or a passive's agent
    ('he was accused of …' names the accused, not the accuser)."""
    found = subject_of(verb)
    if found is None or found.dep_ == "nsubjpass":
        return None
    return found


def charge_proposition(verb: Token) -> Proposition | None:
    """What an accusing, denying or claiming verb reports, or None when it reports nothing
    ('denied the allegations', 'blamed the government')."""
    lemma = verb.lemma_.lower()
    found = _accused(verb) if lemma in ACCUSING else None
    if found is None and lemma in CLAIMING:
        found = _deed(verb)
    if found is None and lemma in DENYING:
        found = _gerund(verb) or _hearsay(verb)
    return found


def _subtree(tok: Token) -> list[Token]:
    return list(tok.subtree)


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _accused(verb: Token) -> Proposition | None:
    """'accused Pakistan of shelling …', 'blamed the blast on rebels': the object and its charge."""
    obj = _object(verb)
    if obj is None:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in _CHARGE_PREPS), None) \
        or next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in _CHARGE_PREPS), None)
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    toks = sorted({t.i: t for t in _subtree(obj) + _subtree(prep)}.values(), key=lambda t: t.i)
    return toks, obj


def _deed(verb: Token) -> Proposition | None:
    """'claimed responsibility for the blast', 'denied any involvement in the raid'."""
    obj = _object(verb)
    if obj is None or obj.lemma_.lower() not in _DEEDS or not any(c.dep_ == "prep" for c in obj.rights):
        return None
    return _subtree(obj), obj


def _gerund(verb: Token) -> Proposition | None:
    """'denied targeting civilians': the gerund clause is what is denied."""
    for child in verb.children:
        if child.dep_ in _GERUND_DEPS and child.tag_ == "VBG" and child.i > verb.i:
            return _subtree(child), child
    return None


def _hearsay(verb: Token) -> Proposition | None:
    """'dismissed reports that its troops had withdrawn': the clause the reports put forward."""
    obj = _object(verb)
    if obj is None or obj.lemma_.lower() not in _HEARSAY:
        return None
    for clause in obj.rights:
        if clause.dep_ in _CLAUSE_DEPS and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return _subtree(clause), clause
    return None
