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
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from eventcoder.extract.lexicons import words
from eventcoder.extract.quotes.asides import dash_aside_speaker
from eventcoder.extract.quotes.config import QuoteConfig
from eventcoder.extract.quotes.marks import Segment, find_segments
from eventcoder.extract.quotes.segment_verbs import (
    Attribution,
    ancestor_verb,
    colon_label,
    head_verb,
    outside,
    tail_verb,
    tokens_between,
)
from eventcoder.extract.quotes.speakers import (
    is_speech_verb,
    subject_of,
)
from eventcoder.extract.quotes.titles import is_named_work, is_title
from eventcoder.extract.text import quote_paragraphs

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
            _attribute_by_close(turns[-1], tail_verb(doc, text, seg, nxt, para, cfg))
            continue
        if _SUBORDINATE.search(text, max(para[0], seg.mark_start - cfg.subordinate_window), seg.mark_start):
            turns.append(Turn([seg], "mixed", None, None, source="subordinate"))
            continue
        standalone = _standalone(text, seg, para[0], cfg)
        after_verb = tail_verb(doc, text, seg, nxt, para, cfg)
        own = after_verb or ancestor_verb(doc, seg, para, cfg)
        if last is not None and _same_turn(last, seg) and (own is None or _same_subject(own[1], last.subject)):
            last.segments.append(seg)
            continue
        if standalone:
            source = "after" if own is not None else None
            if after_verb is None and (aside := dash_aside_speaker(doc, text, seg)) is not None:
                own, source = (aside, aside), "aside"
            if own is None:
                own = head_verb(doc, seg, prev, para)
                source = _head_source(text, seg, own)
            if own is None:
                own = colon_label(doc, text, seg, para, cfg)
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
        found = ancestor_verb(doc, seg, para, cfg) or head_verb(doc, seg, prev, para)
        verb, subject = found if found is not None else (None, None)
        turns.append(Turn([seg], _embedded_kind(doc, text, seg, verb, cfg), verb, subject, source="embedded"))
    return [t for t in turns if _keep(t) and not _inscribed(t) and not is_named_work(text, t.segments, cfg)]


def _characterising_verb(doc: Doc, seg: Segment) -> Attribution | None:
    """'The minister called the raid “a massacre”' / 'dismissed the report as “lies”': quoted
    words that name what the verb's object is are the subject's words, though no speech is
    reported; the record keeps them as an indirect quote, as it does words quoted inside a
    reported clause."""
    inside = [t for t in tokens_between(doc, seg.start, seg.end) if seg.start <= t.idx < seg.end]
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
    subject = outside(subject_of(verb), seg)
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
    between = list(tokens_between(doc, turn.verb.idx + 1, seg.mark_start))
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


