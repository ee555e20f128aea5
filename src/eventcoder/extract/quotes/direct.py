"""Direct and partial quotes: quoted segments tied to the speech verb that introduces them.

A segment that stands as its own sentence ("“…,” she said", "He said: “…”") is
a direct quote. An embedded one is partial when it is what the verb reports
("accused them of “…”"), and mixed when it sits inside a reported clause that
begins unquoted ("said the deal was “sponsored by …”"): that clause becomes one
indirect quote. Segments of one speech turn ("“A,” said X. “B.”") and paragraphs
that carry on an open quote are joined into one quote, as they are one utterance.
Embedded segments with no speech act above them are scare quotes or titles, and
are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from eventcoder.extract.lexicons import words
from eventcoder.extract.quotes.asides import continues_sentence, dash_aside_speaker
from eventcoder.extract.quotes.config import QuoteConfig
from eventcoder.extract.quotes.marks import Segment, find_segments
from eventcoder.extract.quotes.speakers import (
    is_speech_verb,
    nearby_subject,
    subject_of,
)
from eventcoder.extract.quotes.titles import is_named_work, is_title
from eventcoder.extract.text import in_headline, quote_paragraphs

Attribution = tuple[Token, Token]
"""The attributing token (a speech verb, or the name of a byline) and the speaker's token."""
TurnKind = Literal["direct", "partial", "mixed", "scare"]

_GAP_WORDS = words("quote_gap_words")
"""Words that may stand between a speech verb and the quote it reports ("accused them of “…”")."""
_DASHES = frozenset({"\u2015", "\u2014", "\u2013", "-"})
_SUBORDINATE = re.compile(r"\b(?:that|because|whether|if)\s*,?\s*$", re.IGNORECASE)
"""'said that, “…”': the quote is a subordinate clause, so the speech is reported (mixed)."""
_SENT_END = frozenset({".", "!", "?"})
_INTRO_FORMS = words("speech_verb_forms")
"""'He says “Working that microphone …”': forms that introduce a capitalised quote with no comma."""
_STANDALONE_BEFORE = ":,.!?;\u2014-("
_INSCRIPTIONS = words("speaker_nouns", "inscription")
_CONTENT = words("speech_verbs", "content")
_CHARACTERISE = words("speech_verbs", "characterise")
"""'called the strike “…”', 'dismissed the claims as “…”': the quoted words are the subject's."""
_COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "dobj", "attr"})


@dataclass
class Turn:
    """One utterance: consecutive segments with one speech verb (or none found)."""

    segments: list[Segment]
    kind: TurnKind
    verb: Token | None
    subject: Token | None
    source: str | None = None
    """How the speech verb was found: 'after', 'before', 'sentence-before', 'embedded',
    'characterise' (quoted words naming the verb's object: reported as indirect) or None."""

    @property
    def start(self) -> int:
        return self.segments[0].start

    @property
    def end(self) -> int:
        return self.segments[-1].end


def find_turns(doc: Doc, text: str, cfg: QuoteConfig) -> list[Turn]:
    """Pair quote marks, attribute each segment and join segments into turns (``text`` is
    ``doc.text``, which spaCy rebuilds on every access, so it is passed along once)."""
    paras = quote_paragraphs(text)
    segs = find_segments(text, paras)
    turns: list[Turn] = []
    last: Turn | None = None
    """The latest direct turn."""
    for i, seg in enumerate(segs):
        prev = segs[i - 1] if i else None
        nxt = segs[i + 1] if i + 1 < len(segs) else None
        para = paras[seg.para]
        if seg.continued and turns:
            turns[-1].segments.append(seg)
            _attribute_by_close(turns[-1], _tail_verb(doc, text, seg, nxt, para, cfg))
            continue
        if _SUBORDINATE.search(text, max(para[0], seg.mark_start - cfg.subordinate_window), seg.mark_start):
            turns.append(Turn([seg], "mixed", None, None, source="subordinate"))
            continue
        standalone = _standalone(text, seg, para[0], cfg)
        tail_verb = _tail_verb(doc, text, seg, nxt, para, cfg)
        own = tail_verb or _ancestor_verb(doc, seg, para, cfg)
        if last is not None and _same_turn(last, seg) and (own is None or _same_subject(own[1], last.subject)):
            last.segments.append(seg)
            continue
        if standalone:
            source = "after" if own is not None else None
            if tail_verb is None and (aside := dash_aside_speaker(doc, text, seg)) is not None:
                own, source = (aside, aside), "aside"
            if own is None:
                own = _head_verb(doc, seg, prev, para)
                source = _head_source(text, seg, own)
            if own is None:
                own = _colon_label(doc, text, seg, para, cfg)
                source = "label" if own is not None else None
            verb, subject = own if own is not None else (None, None)
            last = Turn([seg], "direct", verb, subject, source=source)
            turns.append(last)
            continue
        tail = _inverted_tail(text, seg, own)
        if tail is not None:
            turns.append(Turn([seg], "partial", tail[0], tail[1], source="after"))
            continue
        named = _characterising_verb(doc, seg)
        if named is not None:
            turns.append(Turn([seg], "partial", named[0], named[1], source="characterise"))
            continue
        found = _ancestor_verb(doc, seg, para, cfg) or _head_verb(doc, seg, prev, para)
        verb, subject = found if found is not None else (None, None)
        turns.append(Turn([seg], _embedded_kind(doc, text, seg, verb, cfg), verb, subject, source="embedded"))
    return [t for t in turns if _keep(t) and not _inscribed(t) and not is_named_work(text, t.segments, cfg)]


def _characterising_verb(doc: Doc, seg: Segment) -> Attribution | None:
    """'The minister called the raid “a massacre”' / 'dismissed the report as “lies”': quoted
    words that name what the verb's object is are the subject's words, though no speech is
    reported; the record keeps them as an indirect quote, as it does words quoted inside a
    reported clause."""
    inside = [t for t in _tokens_between(doc, seg.start, seg.end) if seg.start <= t.idx < seg.end]
    root = next((t for t in inside if not seg.start <= t.head.idx < seg.end), None)
    if root is None:
        return None
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as" and verb.dep_ == "prep":
        verb = verb.head.head if verb.head.dep_ == "dobj" else verb.head  # 'as' hung on the object
    elif root.dep_ not in _COMPLEMENT_DEPS:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _CHARACTERISE:
        return None
    if not any(c.dep_ == "dobj" and c.i != root.i for c in verb.children) and root.dep_ == "dobj":
        return None
    subject = _outside(subject_of(verb), seg)
    return (verb, subject) if subject is not None and subject.dep_ != "nsubjpass" else None


def _inverted_tail(text: str, seg: Segment, own: Attribution | None) -> Attribution | None:
    """"Army 'will respond to any attack', says chief": a quoted phrase closed by a comma and
    an inverted speech verb is attributed by it, though the sentence began unquoted."""
    if own is None or not seg.closed or own[0].pos_ not in ("VERB", "AUX"):
        return None
    between = text[seg.mark_end: own[0].idx]
    return own if between.strip() == "," and own[1].i > own[0].i else None


def _attribute_by_close(turn: Turn, found: Attribution | None) -> None:
    """A quote run over paragraphs with its attribution after the last one ('“A.¶“B,” she
    said.'): the closing attribution speaks for the whole turn when nothing earlier did."""
    if turn.verb is None and found is not None:
        turn.verb, turn.subject = found
        turn.source = "after"


def _inscribed(turn: Turn) -> bool:
    """'A banner read “Leave our city”': words written on a thing are a slogan, not speech."""
    return turn.subject is not None and turn.subject.lemma_.lower() in _INSCRIPTIONS


def _keep(turn: Turn) -> bool:
    """Direct turns, and partial ones with a speech verb; a lone quote mark left open with
    no attribution is a block-quote convention or a stray mark, not a quote."""
    if turn.kind == "partial":
        return turn.verb is not None
    if turn.kind != "direct":
        return False
    return turn.verb is not None or len(turn.segments) > 1 or turn.segments[0].closed


def _embedded_kind(doc: Doc, text: str, seg: Segment, verb: Token | None, cfg: QuoteConfig) -> TurnKind:
    """'partial' when the quoted words are what the verb reports ("accused them of “…”");
    'mixed' when they sit inside a reported clause ("said the deal was “…”"): that clause
    is then one indirect quote, found by :mod:`quotes_indirect`."""
    if verb is None:
        return "scare"
    first = doc.char_span(seg.mark_start, seg.mark_end, alignment_mode="expand")
    if first is None or is_title(text[seg.start:seg.end], cfg):
        return "scare"
    before = text[max(0, seg.mark_start - cfg.embedded_before_window): seg.mark_start].rstrip()
    if verb.i > first.start or (before.endswith(",") and text[seg.start: seg.start + 1].islower()):
        return "mixed"  # '…, Mr. Barrett said, “we were floored”': the sentence began unquoted
    gap = doc[verb.i + 1: first.start]
    # "accused the militia of “…”": the object, then "of", reports what was said.
    tail = [t for t in gap if t.pos_ != "DET"]
    objects = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree} \
        if tail and tail[-1].lower_ == "of" else set()
    if all(t.is_punct or t.is_space or t.lower_ in _GAP_WORDS or t.i in objects for t in gap):
        return "partial"
    return "mixed"


def _same_subject(a: Token, b: Token | None) -> bool:
    """Two subject tokens naming the same speaker (a pronoun is taken to agree)."""
    if b is None:
        return False
    return a.i == b.i or a.pos_ == "PRON" or a.lower_ == b.lower_


def _head_source(text: str, seg: Segment, found: Attribution | None) -> str | None:
    """'before' for 'X said: “…”'; 'sentence-before' when a full stop separates verb and quote."""
    if found is None:
        return None
    between = text[found[0].idx: seg.mark_start]
    if any(c in between for c in ".!?") and not between.rstrip().endswith((":", ",")):
        return "sentence-before"
    return "before"


def _same_turn(turn: Turn, seg: Segment) -> bool:
    """A later segment of the same paragraph belongs to the turn whose attribution sits between,
    unless another speech verb there introduces it ("…,” she said, before asking, “…”)."""
    last = turn.segments[-1]
    if turn.kind != "direct" or turn.verb is None or last.para != seg.para:
        return False
    if not last.mark_end <= turn.verb.idx < seg.mark_start:
        return False
    doc = turn.verb.doc
    between = list(_tokens_between(doc, turn.verb.idx + 1, seg.mark_start))
    if _narrative_after_stop(between):
        return False
    return not any(is_speech_verb(t) and t.i != turn.verb.i for t in between)


def _narrative_after_stop(between: list[Token]) -> bool:
    """'“A,” the colonel said. A mediator, Jane Doe, was hopeful. “B,” she said': a sentence of
    the writer's own after the attribution ends the turn; the next quote is a new one."""
    stopped = False
    for tok in between:
        if tok.text in _SENT_END:
            stopped = True
        elif stopped and tok.is_alpha:
            return True
    return False


def _standalone(text: str, seg: Segment, para_start: int, cfg: QuoteConfig) -> bool:
    """True when the segment is a sentence of its own rather than a phrase inside one."""
    i = seg.mark_start - 1
    while i >= para_start and text[i].isspace():
        i -= 1
    content = text[seg.start: seg.end]
    if i < para_start or text[i] in ":.!?(":
        return True
    if text[i] in _STANDALONE_BEFORE:
        # 'said that, “the generals …”' continues a sentence; '“We …”' after a comma starts one.
        return not content[:1].islower()
    # 'He says “Working that microphone …”': a capitalised clause right after a speech verb.
    word = _last_word(text, para_start, seg.mark_start)
    return bool(content[:1].isupper() and len(content.split()) >= cfg.standalone_min_words and word
                and word.lower().strip(",") in _INTRO_FORMS)


def _last_word(text: str, start: int, end: int) -> str:
    """The last whitespace-separated word of ``text[start:end]``, read backwards from ``end``
    (splitting the whole paragraph for every quote in it was quadratic)."""
    j = end
    while j > start and text[j - 1].isspace():
        j -= 1
    i = j
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:j]


def _tokens_between(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """Tokens that start within [start, end) characters (whitespace edges are fine), lazily:
    callers that stop early read no further."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < start:
            lo = mid + 1
        else:
            hi = mid
    for i in range(lo, len(doc)):
        if doc[i].idx >= end:
            break
        yield doc[i]


def _tail_verb(doc: Doc, text: str, seg: Segment, nxt: Segment | None, para: tuple[int, int],
               cfg: QuoteConfig) -> Attribution | None:
    """'“…,” said X.' / '“…,” X told AFP.' / '“…” ― X': the attribution right after the quote."""
    if not seg.closed:
        return None
    window: list[Token] = []
    for tok in _tokens_between(doc, seg.mark_end, para[1]):
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
            source = _outside(subject_of(tok), seg) or _according_object(window, tok)
            if source is not None:
                return tok, source
        if is_speech_verb(tok):
            named = _outside(subject_of(tok), seg)
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


def _outside(tok: Token | None, seg: Segment) -> Token | None:
    return None if tok is None or _inside(tok, seg) else tok


def _ancestor_verb(doc: Doc, seg: Segment, para: tuple[int, int], cfg: QuoteConfig) -> Attribution | None:
    """Climb the parse from the quoted words to the first speech verb outside the quote."""
    toks = [t for t in _tokens_between(doc, seg.start, seg.end) if seg.start <= t.idx < seg.end]
    for tok in toks:
        head = tok.head
        if seg.mark_start <= head.idx < seg.mark_end:
            continue
        for _ in range(cfg.ancestor_climb):
            if not (para[0] <= head.idx < para[1]):
                break
            if is_speech_verb(head) and not _inside(head, seg):
                head = _reporting_verb(head)
                subject = _outside(subject_of(head), seg) or nearby_subject(head)
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


def _head_verb(doc: Doc, seg: Segment, prev: Segment | None, para: tuple[int, int]) -> Attribution | None:
    """'X said: “…”' / 'X told reporters, “…”': the last speech verb of the clause before."""
    start = para[0]
    if prev is not None and prev.para == seg.para:
        start = max(start, prev.mark_end)
    if seg.mark_start <= start:
        return None
    toks = [t for t in _tokens_between(doc, start, seg.mark_start) if t.idx >= start]
    for j in range(len(toks) - 1, -1, -1):
        if toks[j].text in _SENT_END and j < len(toks) - 1:
            toks = toks[j + 1:]
            break
    for tok in reversed(toks):
        if is_speech_verb(tok):
            subject = _outside(subject_of(tok), seg) or nearby_subject(tok)
            if subject is not None:
                return tok, subject
        if _is_according(tok):
            # 'According to X, “…”': the source is the object of "to".
            subject = _outside(subject_of(tok), seg) or _according_object(toks, tok)
            if subject is not None:
                return tok, subject
    return None


def _is_according(tok: Token) -> bool:
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"


def _colon_label(doc: Doc, text: str, seg: Segment, para: tuple[int, int],
                 cfg: QuoteConfig) -> Attribution | None:
    """'Rebels: “We will not …”' (a headline) or 'MINISTER: “…”': a short noun phrase and a
    colon opening the paragraph name who speaks; the label holds no verb of its own."""
    label = text[para[0]: seg.mark_start].rstrip()
    if not label.endswith(":") or not 0 < len(label[:-1].split()) <= cfg.label_max_words:
        return None
    toks = [t for t in _tokens_between(doc, para[0], seg.mark_start) if t.idx < seg.mark_start - 1]
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
