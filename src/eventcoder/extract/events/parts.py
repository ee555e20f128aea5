"""The part of a sentence a trigger sits in, between semicolons.

A headline 'Four killed in X gunfight; police fire tear gas at Y march' joins two stories, and a
long sentence may join two clauses of different places the same way: a trigger's own place and
doer are told in its own part, so the other part's are a last resort.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.text import token_texts


def semicolon_part(sent: Span, i: int) -> tuple[int, int]:
    """Token bounds [start, end) of the part of ``sent`` holding token ``i``; the whole sentence
    when it has no semicolon."""
    start, end = sent.start, sent.end
    for j in _semicolons(sent):
        if j < i:
            start = j + 1
        elif j > i:
            end = j
            break
    return start, end


def _semicolons(sent: Span) -> list[int]:
    """Indices of the sentence's semicolons, found once per sentence (asked for every trigger)."""
    memo = sent.doc.user_data.setdefault("eventcoder.semicolons", {})
    key = (sent.start, sent.end)
    if key not in memo:
        texts = token_texts(sent.doc)  # the text column, not a Token per word
        memo[key] = [i for i in range(sent.start, sent.end) if texts[i] == ";"]
    found: list[int] = memo[key]
    return found


def same_part(sent: Span, a: int, b: int) -> bool:
    """Do the characters at ``a`` and ``b`` sit in one semicolon part of ``sent``?  'Gunfight in X;
    march in Y' tells two events, and the march never makes the gunfight a riot."""
    def token_at(char: int) -> int:
        return next((t.i for t in sent if char < t.idx + len(t.text)), sent.end - 1)
    return semicolon_part(sent, token_at(a)) == semicolon_part(sent, token_at(b))


def is_headline(sent: Span) -> bool:
    """A line that ends without a full stop or other closing mark: a headline or a bullet."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and not (last.is_punct and last.text in {".", "!", "?", '"', "\u201d", "\u2019", ":", ";"})


def done_by_it(trigger: Token) -> bool:
    """'It struck near a petrol station, killing two civilians': a clause whose doer is the bare
    pronoun 'it' (of the trigger, or of the verb it hangs from) tells the missile, bomb or attack
    told before, not a new one."""
    for verb in (trigger, trigger.head) if trigger.dep_ in {"advcl", "xcomp", "conj"} else (trigger,):
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "it" for c in verb.children):
            return True
    return False
