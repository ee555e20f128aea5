"""Quotes and who said them: direct, partial and indirect speech with resolved speakers.

The work is split by concern: :mod:`marks` pairs quotation marks,
:mod:`direct` ties quoted segments to their speech verbs,
:mod:`indirect` finds reported speech in the parse, :mod:`speakers`
turns subject tokens into names and :mod:`resolver` points pronouns and surnames
back to them. This module walks the quotes in reading order
so that every pronoun and surname is resolved against what came before it.
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc, Token

from eventcoder.extract.context import Context
from eventcoder.extract.quotes.direct import Turn, find_turns
from eventcoder.extract.quotes.indirect import Reported, find_reported
from eventcoder.extract.quotes.resolver import Resolver
from eventcoder.extract.quotes.speakers import (
    Speaker,
    is_speech_verb,
    speaker_from_token,
    subject_of,
)
from eventcoder.extract.text import Bounds, paragraph_index, quote_paragraphs
from eventcoder.model import Quote, QuoteKind, TextSpan

LastSpeaker = tuple[Speaker | None, int]
"""The speaker of the latest direct quote and the paragraph it ended in."""


def extract_quotes(ctx: Context) -> list[Quote]:
    """Every quote in the article, in reading order, each with its speaker resolved."""
    doc, cfg = ctx.doc, ctx.config.quotes
    text = ctx.text  # the parsed text; spaCy's doc.text joins every token anew on each access
    turns = find_turns(doc, text, cfg)
    reported = find_reported(doc, text, turns, cfg)
    turns = _fold_into_reports(text, turns, reported)
    items: list[Turn | Reported] = sorted([*turns, *reported], key=lambda x: x.start)
    resolver = Resolver(doc, cfg, text=text)
    paras = quote_paragraphs(text)
    quotes: list[Quote] = []
    last: LastSpeaker = (None, -10)
    for item in items:
        if isinstance(item, Turn):
            quote, last = _turn_quote(doc, text, item, resolver, paras, last)
        else:
            quote = _reported_quote(text, item, resolver)
        if quote is not None:
            quotes.append(quote)
    return quotes


def _fold_into_reports(text: str, turns: list[Turn], reported: list[Reported]) -> list[Turn]:
    """'X said (that) …. “…”': a quote after a report by the same verb carries that turn on,
    so the report's span is extended over it instead of listing the quote on its own."""
    by_verb = {r.verb.i: r for r in reported}
    kept: list[Turn] = []
    for turn in turns:
        rep = by_verb.get(turn.verb.i) if turn.source == "sentence-before" and turn.verb is not None else None
        if rep is not None and rep.end <= turn.start and "\n" not in text[rep.end: turn.start]:
            rep.end = turn.end
            continue
        kept.append(turn)
    return kept


def _turn_quote(doc: Doc, text: str, turn: Turn, resolver: Resolver, paras: list[Bounds],
                last: LastSpeaker) -> tuple[Quote | None, LastSpeaker]:
    """Build the Quote for a direct or partial turn; an unattributed direct quote in the
    paragraph after another speaker's quote carries that speaker on, as news copy implies."""
    para = paragraph_index(paras, turn.start)
    subject = turn.subject or _colon_intro(doc, text, paras, para, turn)
    if subject is not None:
        speaker = resolver.resolve(speaker_from_token(subject), turn.start)
    elif turn.kind == "direct" and last[0] is not None and para - last[1] <= 1:
        speaker = last[0]
    elif para == 0 and _stands_alone(text, paras[para], turn, resolver.config.headline_quote_min_words):
        unnamed = Speaker("", turn.start, turn.start, kind="description")
        return _quote(text, turn.start, turn.end, "direct", unnamed), (None, para)
    else:
        # Quotation marks with no speaker in reach hold a title, a slogan or an excerpt of a
        # document more often than speech: they are not reported as quotes.
        return None, (None, last[1])
    resolver.remember(speaker, turn.start)
    new_last = (speaker, paragraph_index(paras, turn.end)) if turn.kind == "direct" else last
    kind = "indirect" if turn.source == "characterise" else turn.kind
    return _quote(text, turn.start, turn.end, cast(QuoteKind, kind), speaker), new_last


def _colon_intro(doc: Doc, text: str, paras: list[Bounds], para: int, turn: Turn) -> Token | None:
    """'Smith continued:' closing the paragraph before a quote that opens the next one."""
    if turn.kind != "direct" or para == 0 or turn.segments[0].mark_start != paras[para][0]:
        return None
    p_start, p_end = paras[para - 1]
    if not text[p_start:p_end].rstrip().endswith(":"):
        return None
    span = doc.char_span(p_start, p_end, alignment_mode="expand")
    if span is None:
        return None
    for tok in reversed(list(span)):
        if is_speech_verb(tok) and subject_of(tok) is not None:
            return subject_of(tok)
    return None


def _reported_quote(text: str, rep: Reported, resolver: Resolver) -> Quote:
    """Build the Quote for one stretch of reported speech."""
    speaker = resolver.resolve(speaker_from_token(rep.subject), rep.start)
    resolver.remember(speaker, rep.start)
    return _quote(text, rep.start, rep.end, "indirect", speaker)


def _quote(text: str, start: int, end: int, kind: QuoteKind, speaker: Speaker) -> Quote:
    """The Quote item; a pronoun left unresolved is reported as no speaker, never as 'he'."""
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    named = speaker if speaker.kind != "pronoun" and speaker.name else None
    return Quote(
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,
        speaker=named.name if named else None,
        speaker_role=named.role if named else None,
        speaker_affiliation=named.affiliation if named else None,
        speaker_span=TextSpan(start=named.start, end=named.end) if named else None,
    )


def _stands_alone(text: str, para: Bounds, turn: Turn, min_words: int) -> bool:
    """A headline that is one quoted sentence and nothing else is a speaker's words the story
    goes on to attribute, or not: reported as a quote with no speaker."""
    if turn.kind != "direct" or len(turn.segments) != 1 or not turn.segments[0].closed:
        return False
    seg = turn.segments[0]
    rest = text[para[0]: seg.mark_start] + text[seg.mark_end: para[1]]
    return not rest.strip(" .,!?\n") and len(text[seg.start: seg.end].split()) >= min_words
