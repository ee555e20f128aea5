"""Acts told only as a reference point a stated gap away from the sentence's news: 'looted the
town two days after they killed its chief', 'arrested over a murder years earlier'."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.events.triggers import load_lexicon
from eventcoder.extract.lexicons import words

_UNITS = words("background_cues", "offset_unit")
_LONG_UNITS = words("background_cues", "long_offset_unit")
_OFFSET_ADVERBS = words("background_cues", "offset_adverb")
_HURTING = words("harm_verbs") | words("killing_verbs") | words("target_verbs")


def _gap(token: Token, units: frozenset[str]) -> bool:
    """A child that measures a gap in one of ``units`` ('two days', 'years')."""
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in units for c in token.children)


def _an_act(verb: Token) -> bool:
    """The verb is itself a trigger word (a lemma, a verb with objects, a phrase's first word)."""
    lex, lemma = load_lexicon(), verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in lex.lemmas or lemma in lex.objects or lemma in lex.phrases_by_first)


def told_before_another(trigger: Token) -> bool:
    """'two days after they killed a chief' (a clause under another act, with a measured gap) or
    'killed years earlier' (a long gap back from the news): the act is a reference point or
    history; ACLED codes the sentence's own act.  Only harm is read so: a withdrawal 'a day after'
    which others moved in belongs to the same change of hands."""
    if trigger.lemma_.lower() not in _HURTING:
        return False
    if trigger.dep_ == "advcl" and _an_act(trigger.head) and _gap(trigger, _UNITS) and any(
            c.dep_ == "mark" and c.lower_ == "after" for c in trigger.children):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in _OFFSET_ADVERBS and _gap(c, _LONG_UNITS) for c in trigger.children)
