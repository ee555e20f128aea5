"""Thresholds of quote finding (part of ``ExtractConfig``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuoteConfig:
    """Defaults were set by error analysis on our own fixtures and the dev sets."""

    min_indirect_tokens: int = 3
    """An indirect quote shorter than this ('he said so') reports nothing worth keeping."""
    resolve_descriptions: bool = True
    """'the governor said' is reported as the governor named earlier ('Ali Musa'), as the record's
    speaker is the full name where given; off, the description is kept as written."""
    antecedent_lookback: int = 100
    """How many earlier speakers (and earlier named people) a pronoun or 'the spokesman' is
    matched against, latest first; bounds the search so long articles stay linear."""
    subordinate_window: int = 20
    """Characters before a quote searched for 'that'/'because' making it a reported clause."""
    title_window: int = 30
    """Characters before a quote searched for a work noun ('the film “…”') making it a title."""
    title_max_words: int = 8
    """A quoted title is at most this many words; longer quoted text is speech."""
    embedded_before_window: int = 40
    """Characters before an embedded quote read to see if the sentence began unquoted ('…, X said, “we…”')."""
    attribution_window_tokens: int = 30
    """Tokens after a closing mark searched for the attribution ('…,” said the mayor of Kherson')."""
    inverted_subject_tokens: int = 6
    """Tokens after a speech verb searched for its subject when inverted ('said James Acton')."""
    standalone_min_words: int = 4
    """A capitalised quote right after 'says' with no comma starts a sentence of its own from this many words."""
    ancestor_climb: int = 8
    """How many heads are climbed from a quoted word to find the speech verb governing it."""
    nearby_subject_tokens: int = 30
    """Tokens before a speech verb searched for a speaker the parser missed, after a closing mark."""
    headline_quote_min_words: int = 4
    """A headline that is one quoted sentence of at least this many words ('‘We are burying
    children every day’') is reported as a quote with no speaker; shorter ones are titles."""
    label_max_words: int = 4
    """A paragraph opening 'Rebels:' or 'ARMY SPOKESMAN:' before a quote names its speaker up to this many words."""
