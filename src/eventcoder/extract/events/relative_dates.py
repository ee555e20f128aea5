"""Events dated by the event told before them: 'On the same day', 'Hours later', 'That night'.

Such a sentence has no date of its own, and the nearest date may be the day a source spoke
('the army said on Wednesday'): the event's day is that of the last event-like date before
it in the article, across paragraphs, skipping dates of speech and the dateline.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from eventcoder.extract.context import Context
from eventcoder.extract.lexicons import PhraseGate, folded, words
from eventcoder.extract.text import datelines
from eventcoder.model import DateMention, TimeRef

_CUES = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words("same_time_cues"), key=len, reverse=True))
                   + r")\b", re.I)
_SPEECH_LEMMAS = words("speech_verbs", "event_source")


_CUE_GATE = PhraseGate(words("same_time_cues"))


def same_time_cue(text: str) -> bool:
    """True when the sentence's text dates itself by the event told before ('hours later')."""
    return _CUE_GATE.may_match(folded(text)) and bool(_CUES.search(text))


def previous_event_date(ctx: Context, sent: Span) -> TimeRef | None:
    """The day of the last date before the sentence that dates a happening, not a statement:
    a past or present day, not attached to a speech verb, outside the dateline."""
    lines = [line.place for line in datelines(ctx.text)]
    anchor = ctx.anchor.isoformat() if ctx.anchor else None
    for mention in sorted((d for d in ctx.dates if d.end <= sent.start_char), key=lambda d: d.start, reverse=True):
        if mention.precision != "day" or not mention.value or mention.until:
            continue
        if anchor is not None and mention.value[:10] > anchor:
            continue
        if any(lo <= mention.start < hi for lo, hi in lines) or _of_speech(ctx, mention):
            continue
        return TimeRef(value=mention.value[:10], precision="day", text=mention.text or mention.value)
    return None


def _of_speech(ctx: Context, mention: DateMention) -> bool:
    """'said on Wednesday', 'told reporters on Monday': the day a source spoke."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    node = span.root
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node.lemma_.lower() in _SPEECH_LEMMAS
    return False


def relative_date(ctx: Context, sent: Span) -> TimeRef | None:
    """The previous event's day for a sentence with a same-time cue and no date of its own
    but the day a source spoke ('Hours later, ..., police said on Wednesday'); else None."""
    if not same_time_cue(ctx.text[sent.start_char:sent.end_char]):  # Span.text is rebuilt per read
        return None
    own = [d for d in ctx.dates if sent.start_char <= d.start < sent.end_char
           and not _of_speech(ctx, d) and not same_time_cue(d.text)]  # 'that night' is the cue itself
    return None if own else previous_event_date(ctx, sent)
