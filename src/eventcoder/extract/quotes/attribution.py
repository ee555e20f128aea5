"""Whose word a stretch of text rests on: the ``attributed_to`` of figures and events.

Quotes run before figures and events, so a claim inside a quote takes that
quote's speaker. A claim outside any quote can still be sourced by its own
sentence ("according to activists", "…, sources said"); those sentences are
read from the parse here with the same speaker rules the quotes use.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from eventcoder.extract.context import Context
from eventcoder.extract.quotes.resolver import Resolver
from eventcoder.extract.quotes.speakers import (
    CONTENT_LEMMAS,
    is_speech_verb,
    nearby_subject,
    speaker_from_token,
    subject_of,
)
from eventcoder.extract.text import doc_forms
from eventcoder.model import Quote


def attribution_for(ctx: Context, start: int, end: int) -> str | None:
    """The speaker behind the text at [start, end): the quote holding it, else its sentence's source."""
    ctx.require("quotes")
    quote = quote_at(ctx.quotes, start, end)
    if quote is not None and quote.speaker:
        return quote.speaker
    return sentence_source(ctx, start, end)


def quote_at(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The narrowest quote whose span contains [start, end)."""
    holding = [q for q in quotes if q.start <= start and end <= q.end]
    return min(holding, key=_length) if holding else None


def _length(quote: Quote) -> int:
    return quote.end - quote.start


def sentence_source(ctx: Context, start: int, end: int) -> str | None:
    """'according to X' or a speech verb with a subject in the sentence holding the text."""
    sent = _sentence_at(ctx, start)
    if sent is None:
        return None
    token = _source_token(sent, start, end)
    if token is None:
        return None
    resolver = ctx.memo("quotes.attribution_resolver", lambda: Resolver(ctx.doc, ctx.config.quotes, text=ctx.text))
    speaker = resolver.resolve(speaker_from_token(token), token.idx)
    return speaker.name if speaker.kind != "pronoun" else None


def _sentence_at(ctx: Context, pos: int) -> Span | None:
    """The sentence holding ``pos``, by bisection over the article's sentences (read once)."""
    sents, starts = ctx.memo("quotes.sentences", lambda: _sentence_index(ctx))
    k = bisect_right(starts, pos) - 1
    return sents[k] if k >= 0 and pos < sents[k].end_char else None


def _sentence_index(ctx: Context) -> tuple[list[Span], list[int]]:
    sents = ctx.sentences
    return sents, [s.start_char for s in sents]


def _source_token(sent: Span, start: int, end: int) -> Token | None:
    """The subject of the sentence's reporting verb, outside the text being attributed."""
    doc, forms = sent.doc, doc_forms(sent.doc)
    for i in range(sent.start, sent.end):
        if forms.lower[i] != "according":
            continue
        tok = doc[i]
        if tok.dep_ == "prep":
            found = subject_of(tok)
            if found is not None and not start <= found.idx < end:
                return found
    for i in range(sent.start, sent.end):
        if forms.lemma[i] not in CONTENT_LEMMAS:
            continue
        tok = doc[i]
        if not is_speech_verb(tok, CONTENT_LEMMAS) or start <= tok.idx < end:
            continue
        found = subject_of(tok) or nearby_subject(tok)
        if found is not None and not start <= found.idx < end:
            return found
    return None
