"""Is a temporal expression about the future? Decides 'on Wednesday' = next or last Wednesday.

The parse is used when there is one: the verb the expression attaches to, and its auxiliaries
('will', 'would', 'is expected to'). Without a parse, a short look-back over the words of the
clause serves instead.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventcoder.extract.lexicons import words

FUTURE_AUX = words("future_markers")
FUTURE_GOVERNORS = words("future_governors")
_LEXICAL = re.compile(
    r"\b(?:will|would|shall|'ll|’ll|going\s+to|due\s+to|set\s+to|expected\s+to|scheduled\s+to|"
    r"plans?\s+to|planned\s+to|is\s+to|are\s+to|to\s+be\s+held)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]|,\s+(?:and|but|while|as)\b|\bbut\b")


def is_future(text: str, start: int, doc: Doc | None = None, lookback: int = 80) -> bool:
    """True when the expression at ``start`` sits in a future or future-in-the-past clause."""
    if doc is not None:
        verb = governing_verb(doc, start)
        if verb is not None:
            return _verb_is_future(verb)
    return _lexically_future(text, start, lookback)


def governing_verb(doc: Doc, start: int) -> Token | None:
    """Walk up from the expression's first token to the nearest verb."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span[0]
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head.i == token.i:  # the root (spaCy makes a new Token on every access)
            return None
        token = token.head
    return None


def _verb_is_future(verb: Token) -> bool:
    """'will begin', 'would begin', 'is expected to begin', 'begins' (scheduled present)."""
    for level, token in enumerate(_clause_chain(verb)):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in token.children):
            return True
        if level > 0 and token.lemma_ in FUTURE_GOVERNORS:
            return True
        if level == 0 and token.lemma_ in FUTURE_GOVERNORS and _present_passive(token):
            return True  # 'is expected on Friday', 'is scheduled for March 3'

        if level == 0 and token.tag_ in ("VBZ", "VBP") and token.lemma_ not in ("say", "be", "have"):
            return not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    return False


def _present_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "aux") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _clause_chain(verb: Token) -> list[Token]:
    """The verb and, through 'to'-infinitive complements, the verbs that govern it."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


def _lexically_future(text: str, start: int, lookback: int) -> bool:
    """Look back (``lookback`` characters at most) to the clause start for a future marker."""
    window = text[max(0, start - lookback):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    return _LEXICAL.search(window) is not None
