"""Who a figure is attributed to and which date governs it.

Both have owners elsewhere: ``attribution.attribution_for`` (built on the quotes) and
``dates.governing_date``.  They are imported lazily so this module works before and after they
land; the fallbacks here are deliberately small.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract import figure_lexicon as lex
from eventcoder.extract.context import Context
from eventcoder.model import TimeRef


def attribution(ctx: Context, start: int, end: int, head: Token) -> str | None:
    """The source a figure is reported on, or None when the text asserts it itself."""
    try:
        from eventcoder.extract.attribution import attribution_for  # type: ignore[import-not-found]
    except ImportError:
        return _fallback_attribution(ctx, start, end, head)
    try:
        return attribution_for(ctx, start, end)
    except Exception as exc:  # one failing helper must not lose every figure of the article
        _warn(ctx, f"figures: attribution_for failed ({exc.__class__.__name__})")
        return _fallback_attribution(ctx, start, end, head)


def governing_date(ctx: Context, start: int, end: int, head: Token) -> TimeRef | None:
    """The temporal expression governing a figure."""
    try:
        from eventcoder.extract.dates import governing_date as owner
    except ImportError:
        return _nearest_date(ctx, start, end, head)
    try:
        return owner(ctx, start, end)
    except Exception as exc:  # as above: report it, keep the figure
        _warn(ctx, f"figures: governing_date failed ({exc.__class__.__name__})")
        return _nearest_date(ctx, start, end, head)


def _warn(ctx: Context, message: str) -> None:
    """Record a helper failure once per article, not once per figure."""
    if message not in ctx.warnings:
        ctx.warnings.append(message)


def _nearest_date(ctx: Context, start: int, end: int, head: Token) -> TimeRef | None:
    """Fallback: the closest date mention in the same sentence."""
    sent = head.sent
    lo, hi = sent.start_char, sent.end_char
    inside = [d for d in ctx.dates if lo <= d.start and d.end <= hi]
    if not inside:
        return None
    best = min(inside, key=lambda d: min(abs(d.start - end), abs(start - d.end)))
    return TimeRef(value=best.value, precision=best.precision, text=best.text, until=best.until)


def _fallback_attribution(ctx: Context, start: int, end: int, head: Token) -> str | None:
    """Fallback: a quote around the figure, "according to X", or "X said" above it."""
    for quote in ctx.quotes:
        if quote.start <= start and end <= quote.end and quote.speaker:
            return quote.speaker
    for tok in [head, *head.ancestors]:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                source = _according_to(child)
                if source:
                    return source
            if child.dep_ == "parataxis" and child.lemma_.lower() in lex.SAY_VERBS:
                return _speaker(child, head)  # "..., a local medical group said, ..."
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lex.SAY_VERBS and tok != head:
            return _speaker(tok, head)
    return None


def _according_to(according: Token) -> str | None:
    for to in according.children:
        for obj in to.children:
            if obj.dep_ == "pobj":
                return _phrase(obj)
    return None


def _speaker(verb: Token, figure: Token) -> str | None:
    """The subject of a speech verb, or the noun right before it when the parse lost it.
    "6,000 people were reported missing" has no speaker: the figure is the subject."""
    for child in verb.children:
        if child.dep_ == "nsubjpass" or (child.dep_ == "nsubj" and figure in child.subtree):
            return None
        if child.dep_ == "nsubj":
            return _phrase(child)
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is not None and prev.pos_ in ("NOUN", "PROPN") and not prev.ent_type_ == "DATE":
        return prev.text
    return None


def _phrase(tok: Token) -> str:
    """A noun phrase's text, capped so a long relative clause does not swallow the sentence."""
    toks = [t for t in tok.subtree if not t.is_punct or t.text in "-'’"]
    if len(toks) > 10:
        toks = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod", "det", "poss")] + [tok]
    text = tok.doc[toks[0].i:toks[-1].i + 1].text
    for article in ("the ", "The ", "a ", "A ", "an ", "An "):
        text = text.removeprefix(article)
    return text
