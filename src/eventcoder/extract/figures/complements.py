"""A state word told right after a figure that the parser hung on the clause's verb.

'Civil society counted 4 dead', 'officials spoke of dozens dead', 'the radio reported 30 wounded':
the small model reads the state word ('dead') as an adverbial clause or complement of the verb of
saying or counting, not as a modifier of the figure, so the figure's own role says nothing. The
word right after the figure's phrase still says what befell the people counted.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.figures import lexicon as lex
from eventcoder.extract.figures.syntax import lemma

_TALLY_OPENERS = {"-", "\u2013", "\u2014", ":"}
_COMPLEMENTS = {"advcl", "oprd", "acomp", "amod", "xcomp", "ccomp", "conj", "npadvmod"}


def trailing_state(num: Span, end_char: int) -> str | None:
    """The category of a state word standing right after the figure's phrase (ending at
    ``end_char``) and hung on the figure or on a word above it, None when the next word is no
    state word or belongs to another clause ('4 dead' vs '4 people; dead bodies were ...')."""
    doc = num.doc
    after = next((t for t in doc[num.end:num.end + 6] if t.idx >= end_char), None)
    if after is None or after.i >= num.sent.end or (after.dep_ not in _COMPLEMENTS and not _telegraphic(num)):
        return None
    category = lex.STATE_WORDS.get(after.lower_)
    if category is None or after.pos_ not in {"ADJ", "VERB"}:
        return None
    return category if _above(num.root, after.head) else None


def _telegraphic(num: Span) -> bool:
    """'hit a market on 19 April - 3 dead, 21 injured': a figure opening a telegraphic tally after
    a dash or colon is counted by the state word after it, however the parser hangs that word."""
    return num.start > num.sent.start and num.doc[num.start - 1].text in _TALLY_OPENERS


def _above(token: Token, head: Token) -> bool:
    """The state word's head is the figure itself or one of the words above it."""
    return head.i == token.i or any(a.i == head.i for a in token.ancestors)


def closing_state(head: Token) -> str | None:
    """'shot nine passengers from Punjab dead': the state word that closes the clause of a verb
    needing a clue ('shot') tells what befell its object, though the parser hangs it on a word
    between them; None when the figure is not the verb's object or the clause ends otherwise."""
    verb = head.head
    if head.dep_ not in {"dobj", "obj"} or verb.pos_ != "VERB" or lemma(verb) not in lex.NEEDS_CLUE:
        return None
    words = [t for t in verb.subtree if not t.is_punct and t.i > head.i]
    last = words[-1] if words else None
    if last is None or last.pos_ != "ADJ" or any(a.pos_ == "VERB" and a.i != verb.i for a in last.ancestors
                                                  if a.i > verb.i):
        return None
    return lex.STATE_WORDS.get(last.lower_)
