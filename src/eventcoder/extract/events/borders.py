"""Places named by a border phrase: 'near the border with Uganda' says where the event is
not. Such a mention is the other side of the border, so it is neither the event's place nor
the article's focus; the event is at the town or area the sentence names, else in the
article's country.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.context import Context
from eventcoder.extract.lexicons import words

_BORDER_NOUNS = words("border_nouns")
_LINKS = {"with", "between"}
"""'the border with X', 'the frontier between X and Y'."""


def border_places(ctx: Context) -> set[int]:
    """Starts of places named as the far side of a border."""
    out: set[int] = set()
    for place in ctx.places:
        span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and len(span) and across_border(span.root):
            out.add(place.start)
    return out


def across_border(token: Token) -> bool:
    """'the border with Uganda (and Rwanda)', 'the Niger border', 'the Mali-Niger border'."""
    node = token
    for _ in range(4):  # 'Uganda and Rwanda': the last conjunct hangs from the first
        if node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        else:
            break
    if node.dep_ in {"compound", "amod", "nmod"} and _is_border(node.head):
        return True
    if node.dep_ != "pobj" or node.head.lower_ not in _LINKS:
        return False
    prep = node.head  # 'along the frontier with Pakistan': 'with' may be parsed onto the verb
    return _is_border(prep.head) or (prep.i > 0 and _is_border(prep.doc[prep.i - 1]))


def _is_border(token: Token) -> bool:
    return token.lemma_.lower() in _BORDER_NOUNS or token.lower_ in _BORDER_NOUNS
