"""Accounts the article itself calls untrue: 'rumours of a second raid are false', a fact-check's
'Verdict: false'. ACLED codes what a source asserts; a claim the text debunks is asserted by no
one, so the event it tells is left out."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.lexicons import words
from eventcoder.extract.text import span_lemmas

_FALSITY = words("modality_cues", "falsity_word")
_VERDICT_LABELS = words("modality_cues", "verdict_label")
_TOLD = words("modality_cues", "report_noun") | words("modality_cues", "hearsay_noun")
_JUDGED = {"acomp", "attr", "oprd"}


def called_false(noun: Token) -> bool:
    """'the rumours are false', 'the claim was inaccurate', 'a fake video': a told account that its
    own sentence judges untrue."""
    if noun.lemma_.lower() not in _TOLD or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ == "amod" and c.lemma_.lower() in _FALSITY for c in noun.children):
        return True
    return _judged_false(noun)


def _judged_false(token: Token) -> bool:
    """The token is the subject of 'is false', 'are untrue'."""
    head = token.head
    return token.dep_ in {"nsubj", "nsubjpass"} and (head.lemma_.lower() in _FALSITY or any(
        c.dep_ in _JUDGED and c.lemma_.lower() in _FALSITY for c in head.children))


def inside_false_account(path: list[Token]) -> bool:
    """'Rumours about a second fight near the town are false': the trigger hangs from an account
    the sentence calls untrue (or, parsed as the subject of 'are false' itself, sits beside one)."""
    if any(called_false(t) for t in path[1:]):
        return True
    told = not _TOLD.isdisjoint(span_lemmas(path[0].sent))  # the lemma column, not a Token per word
    return told and any(_judged_false(t) for t in path)


def _verdict_line(sent: Span) -> bool:
    """'VERDICT: FALSE.', 'Rating: fake': a fact-check's label line rates the claim untrue."""
    head = [t for t in sent if not t.is_space][:4]
    return bool(head) and head[0].lower_ in _VERDICT_LABELS and any(t.lower_ in _FALSITY for t in head[1:])


def _bare(noun: Token) -> bool:
    """'the main claim is false' points back at the claim told before; 'rumours about a raid are
    false' carries its own content and judges only that."""
    return all(c.dep_ in {"det", "amod", "poss"} for c in noun.children)


def debunks(sentences: list[Span]) -> bool:
    """The article rates the claim it quotes as untrue as a whole (a fact-check's verdict, 'the
    claim is false'), so every event told only as a claim falls with it."""
    return any(_verdict_line(s) or any(called_false(t) and _bare(t) for t in s) for s in sentences)
