"""Finding the verb that attributes a quoted segment: a speech verb after it ('“…,” she said'),
a verb the segment hangs from, one before it ('He said: “…”'), a byline or a label ('Q:').

Split from ``direct``, which pairs segments into turns; these functions only look for who said
one segment, in the words around it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from eventcoder.extract.lexicons import words
from eventcoder.extract.quotes.asides import continues_sentence
from eventcoder.extract.quotes.config import QuoteConfig
from eventcoder.extract.quotes.marks import Segment
from eventcoder.extract.quotes.speakers import (
    is_speech_verb,
    nearby_subject,
    subject_of,
)
from eventcoder.extract.text import doc_table, in_headline

Attribution = tuple[Token, Token]
"""The attributing token (a speech verb, or the name of a byline) and the speaker's token."""

_GAP_WORDS = words("quote_gap_words")
_DASHES = frozenset({"\u2015", "\u2014", "\u2013", "-"})
_SENT_END = frozenset({".", "!", "?"})
_CONTENT = words("speech_verbs", "content")


def tokens_between(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """Tokens that start within [start, end) characters (whitespace edges are fine), lazily:
    callers that stop early read no further."""
    idx = doc_table(doc).idx  # offsets as ints: no Token made for a word that is passed over
    for i in range(bisect_left(idx, start), len(doc)):
        if idx[i] >= end:
            break
        yield doc[i]




def tail_verb(doc: Doc, text: str, seg: Segment, nxt: Segment | None, para: tuple[int, int],
               cfg: QuoteConfig) -> Attribution | None:
    """'“…,” said X.' / '“…,” X told AFP.' / '“…” ― X': the attribution right after the quote."""
    if not seg.closed:
        return None
    window: list[Token] = []
    for tok in tokens_between(doc, seg.mark_end, para[1]):
        if tok.text in _SENT_END or len(window) >= cfg.attribution_window_tokens:
            break
        if nxt is not None and tok.idx >= nxt.mark_start and _opens_sentence(text, nxt):
            break
        window.append(tok)
    byline = _byline(text, seg, window)
    if byline is not None:
        return byline
    if text[seg.start: seg.end].rstrip("\u2019' ").endswith("."):
        return None  # a quote closed on a full stop has ended its sentence: no attribution follows
    for k, tok in enumerate(window):
        if _is_according(tok):  # '“…,” according to Peter Lungu, an engineer'
            source = outside(subject_of(tok), seg) or _according_object(window, tok)
            if source is not None:
                return tok, source
        if is_speech_verb(tok):
            named = outside(subject_of(tok), seg)
            if named is not None and nxt is not None and _inside(named, nxt):
                named = None  # 'said on Fox's “Morning Show”': a title in quotes is not the speaker
            subject = (named or nearby_subject(tok, seg.mark_end, cfg.nearby_subject_tokens)
                       or _inverted_subject(window[k + 1:], cfg, all(t.is_punct for t in window[:k])))
            if subject is not None:
                return tok, subject
    return None


def _inverted_subject(after: list[Token], cfg: QuoteConfig, verb_first: bool = False) -> Token | None:
    """'“…,” said James Acton': the first name or noun after the verb, when the parser
    took a word inside the quote for the subject. A verb straight after the closing mark
    is inverted, so the noun after it speaks even if parsed as its object ('“…?” asked one
    woman')."""
    objects = ("pobj",) if verb_first else ("dobj", "pobj")
    for tok in after[:cfg.inverted_subject_tokens]:
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and tok.dep_ not in objects:
            while tok.dep_ in ("compound", "flat", "amod") and tok.head.i > tok.i:
                tok = tok.head
            return tok
        if tok.pos_ in ("PUNCT", "ADP"):
            return None
    return None


def _opens_sentence(text: str, seg: Segment) -> bool:
    """A following segment that starts a new quoted sentence ends the attribution window;
    a nickname or title in quotes inside the attribution does not."""
    return text[seg.start: seg.start + 1].isupper() and len(text[seg.start: seg.end].split(maxsplit=3)) > 2


def _byline(text: str, seg: Segment, window: list[Token]) -> Attribution | None:
    """'“…” ― Jane Doe': a dash and a name straight after the closing mark."""
    after = text[seg.mark_end: seg.mark_end + 4].lstrip(" \u00a0")
    names = [t for t in window if t.pos_ == "PROPN" and t.text[:1] not in _DASHES]
    if not names and _opens_headline(text, seg):
        # "‘They shot at us’ – survivors of the raid speak": a headline names its speakers by kind
        names = [t for t in window if t.pos_ == "NOUN"][:1]
    if not after[:1] or after[0] not in _DASHES or not names or continues_sentence(text, seg):
        return None
    name = names[0]
    while name.head.i != name.i and name.dep_ in ("compound", "flat") and name.head.pos_ == "PROPN":
        name = name.head
    return name, name


def _opens_headline(text: str, seg: Segment) -> bool:
    """A quote that opens a headline line (short, no closing full stop)."""
    line_start = text.rfind("\n", 0, seg.mark_start) + 1
    return not text[line_start: seg.mark_start].strip() and in_headline(text, seg.mark_start)


def outside(tok: Token | None, seg: Segment) -> Token | None:
    return None if tok is None or _inside(tok, seg) else tok


def ancestor_verb(doc: Doc, seg: Segment, para: tuple[int, int], cfg: QuoteConfig) -> Attribution | None:
    """Climb the parse from the quoted words to the first speech verb outside the quote."""
    toks = [t for t in tokens_between(doc, seg.start, seg.end) if seg.start <= t.idx < seg.end]
    for tok in toks:
        head = tok.head
        if seg.mark_start <= head.idx < seg.mark_end:
            continue
        for _ in range(cfg.ancestor_climb):
            if not (para[0] <= head.idx < para[1]):
                break
            if is_speech_verb(head) and not _inside(head, seg):
                head = _reporting_verb(head)
                subject = outside(subject_of(head), seg) or nearby_subject(head)
                if subject is not None:
                    return head, subject
            if head.head.i == head.i:
                break
            head = head.head
    return None


def _reporting_verb(verb: Token) -> Token:
    """'told Al Jazeera that the offensive would continue “…”': a speech verb inside the clause
    another speech verb reports is part of what is reported; the outer verb attributes it.
    Only an outer verb before the inner one introduces it: one after ('… “slaughter” “…,”
    said X') belongs to another sentence the parser ran on into."""
    while verb.dep_ == "ccomp" and verb.head.i < verb.i and is_speech_verb(verb.head, _CONTENT):
        verb = verb.head
    return verb


def _inside(tok: Token, seg: Segment) -> bool:
    return seg.mark_start <= tok.idx < seg.mark_end


def head_verb(doc: Doc, seg: Segment, prev: Segment | None, para: tuple[int, int]) -> Attribution | None:
    """'X said: “…”' / 'X told reporters, “…”': the last speech verb of the clause before."""
    start = para[0]
    if prev is not None and prev.para == seg.para:
        start = max(start, prev.mark_end)
    if seg.mark_start <= start:
        return None
    toks = [t for t in tokens_between(doc, start, seg.mark_start) if t.idx >= start]
    for j in range(len(toks) - 1, -1, -1):
        if toks[j].text in _SENT_END and j < len(toks) - 1:
            toks = toks[j + 1:]
            break
    for tok in reversed(toks):
        if is_speech_verb(tok):
            subject = outside(subject_of(tok), seg) or nearby_subject(tok)
            if subject is not None:
                return tok, subject
        if _is_according(tok):
            # 'According to X, “…”': the source is the object of "to".
            subject = outside(subject_of(tok), seg) or _according_object(toks, tok)
            if subject is not None:
                return tok, subject
    return None


def _is_according(tok: Token) -> bool:
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"


def colon_label(doc: Doc, text: str, seg: Segment, para: tuple[int, int],
                 cfg: QuoteConfig) -> Attribution | None:
    """'Rebels: “We will not …”' (a headline) or 'MINISTER: “…”': a short noun phrase and a
    colon opening the paragraph name who speaks; the label holds no verb of its own."""
    label = text[para[0]: seg.mark_start].rstrip()
    if not label.endswith(":") or not 0 < len(label[:-1].split()) <= cfg.label_max_words:
        return None
    toks = [t for t in tokens_between(doc, para[0], seg.mark_start) if t.idx < seg.mark_start - 1]
    toks = [t for t in toks if not t.is_punct and not t.is_space]
    if not toks or any(t.pos_ in ("VERB", "AUX") for t in toks) or not toks[0].text[:1].isupper():
        return None
    nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    head = _chunk_head_of(nouns[-1])
    return head, head


def _according_object(toks: list[Token], according: Token) -> Token | None:
    """The name after 'according to' when the parser did not attach it as the object."""
    for tok in toks:
        if tok.i > according.i + 1 and tok.pos_ in ("PROPN", "NOUN"):
            return _chunk_head_of(tok)
    return None


def _chunk_head_of(tok: Token) -> Token:
    while tok.dep_ in ("compound", "amod", "poss") and tok.head.i > tok.i and tok.head.pos_ in ("PROPN", "NOUN"):
        tok = tok.head
    return tok
