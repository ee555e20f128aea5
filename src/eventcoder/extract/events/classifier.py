"""A learned second opinion on event typing, beside the trigger rules.

The rules read triggers and roles; they are precise where the lexicon is, but miss paraphrases
('took back the town'), fall back to a lexicon default for generic words ('an attack') and keep
trigger words used in passing. The model (``events.learned``) reads the whole sentence. It is
asked only about *candidate* sentences: those where the rules found a trigger, or that hold a
killed/injured/detained/abducted figure or one of a short list of event cues, or any sentence of a
short text (a note, a snippet) that names a place and where the rules found nothing. All of an article's
candidates are embedded in one batch, so an article with no candidate costs nothing.

Arbitration (thresholds in ``EventConfig``), per candidate sentence:
- *drop*: the model is confident the sentence reports no event and the rule mention rests only on
  a generic trigger (a bare 'attack', 'bombardment'); weak mentions are kept, since they never
  start an event and only add evidence to one found elsewhere;
- *retype*: the rules' sub-type came from a generic trigger (a lexicon default), and the model's
  differs and clears ``classifier_retype``; a sub-type the rules read from the text or chose by a
  codebook rule (armed victims make a battle) stands;
- *add*: the rules found nothing and the model is confident of an event: a mention is built with
  the same date, place, actor and toll resolution the rules use (``events.args``, ``roles``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol

import numpy as np
from spacy.tokens import Span, Token

from eventcoder import taxonomy
from eventcoder.extract.context import Context
from eventcoder.extract.events import args, learned
from eventcoder.extract.events.config import EventConfig
from eventcoder.extract.events.kinds import EXPLOSIONS
from eventcoder.extract.events.merge import Mention
from eventcoder.extract.events.modality import Modality, assess
from eventcoder.extract.events.roles import actor_for, casualty_patient, sentence_actor
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import Paragraphs, paragraph_at

FIGURE_CUES = frozenset({"killed", "injured", "detained", "abducted"})
"""Figure categories that make a sentence a candidate: someone was hurt, held or taken."""

EVENT_CUES = words("classifier_cues", "event")
"""Lemmas of what happened (violence, territory, strategic moves, crowds) that make a sentence worth
asking about even when no trigger rule fired."""

ACTOR_CUES = words("classifier_cues", "actor")
"""Armed actors: their sentences are asked about too; an added event hangs on what happened."""


class ArticleState(Protocol):
    """What the rules keep per article and an added mention reuses (``extract._Article``)."""

    ctx: Context
    dictionary: Any
    excluded: set[int]
    out_of_scope: set[int]
    focus: Any
    country: str | None
    paragraphs: Paragraphs
    dateline: Any


@dataclass(frozen=True)
class Opinion:
    """The model's view of one candidate sentence."""

    sent_start: int
    label: str
    prob: float
    second: str
    none_prob: float
    cued: bool = True


def review(art: ArticleState, sentences: list[Span], mentions: list[Mention]) -> list[Mention]:
    """The rules' mentions after the model's second opinion (the rules' own list when disabled)."""
    cfg: EventConfig = art.ctx.config.events
    if not cfg.classifier:
        return mentions
    opinions = opinions_for(art.ctx, sentences, mentions, lambda c: _may_change(art, c, mentions))
    if not opinions:
        return mentions
    by_sentence = {o.sent_start: o for o in opinions}
    kept = [m for m in (_reviewed(m, by_sentence.get(m.sent_start), cfg) for m in mentions) if m is not None]
    if mentions and not cfg.classifier_add_anywhere:
        return kept
    found = {m.sent_start for m in mentions}
    short = len(sentences) <= cfg.classifier_short_text
    for sent in sentences:
        opinion = by_sentence.get(sent.start_char)
        if opinion is None or sent.start_char in found:
            continue
        if _confident_event(opinion, add_threshold(opinion, short, cfg), cfg):
            added = _added_mention(art, sent, opinion)
            if added is not None:
                kept.append(added)
    return sorted(kept, key=lambda m: m.start)


@dataclass(frozen=True)
class Candidate:
    """A sentence to ask about and the word the model's view of it centres on."""

    sent: Span
    anchor: Token
    whole: bool = False
    """Read the whole sentence when short (a sentence of a short text), not a window round ``anchor``."""
    cued: bool = True
    """A rule trigger, figure or cue word made it a candidate, not only the shortness of its text."""


def opinions_for(ctx: Context, sentences: list[Span], mentions: list[Mention],
                 asked: Callable[[Candidate], bool] = lambda c: True) -> list[Opinion]:
    """The model's opinion on every candidate sentence that passes ``asked``, embedded in one batch
    (memoised per article)."""
    return ctx.memo("events.classifier",
                    lambda: _opinions(ctx, [c for c in candidates(ctx, sentences, mentions) if asked(c)]))


def _may_change(art: ArticleState, cand: Candidate, mentions: list[Mention]) -> bool:
    """Whether the model's opinion on ``cand`` can change the article's events. A rules sentence's
    can (retype, drop); a sentence with no rule mention only by an added mention, which no opinion
    gives when its cue is negated, hypothetical or planned, or the sentence is out of the events'
    scope: such a sentence is not embedded (~20 ms each, a fifth of the candidates in real news)."""
    start = cand.sent.start_char
    if any(m.sent_start == start for m in mentions):
        return True
    return start not in art.out_of_scope and _may_happen(assess(cand.anchor))


def _may_happen(modality: Modality) -> bool:
    """An event told as happening (asserted, alleged, denied), not negated, hypothetical or planned."""
    return modality.certainty is not None and modality.certainty != "planned"


def add_threshold(opinion: Opinion, short: bool, cfg: EventConfig) -> float:
    """What an added event needs: ``classifier_add`` in a short text on a sentence with a cue or a
    figure; ``classifier_add_strict`` in an article, or on a sentence that only its text's
    shortness made a candidate (nothing in it hints at violence, crowds or arrests)."""
    return cfg.classifier_add if short and opinion.cued else cfg.classifier_add_strict


def candidates(ctx: Context, sentences: list[Span], mentions: list[Mention]) -> list[Candidate]:
    """Sentences worth embedding: a rule trigger, a figure of people hurt or held, or an event cue.
    When the rules found events and missed ones are not added beside them, only the rules'
    sentences can change anything: the others are not embedded (a long article costs less)."""
    cfg = ctx.config.events
    if mentions and not cfg.classifier_add_anywhere:
        return _doubtful(sentences, mentions, cfg.classifier_max_sentences)
    with_rules = {m.sent_start: m.start for m in reversed(mentions)}
    figures = [q.start for q in ctx.quantities if q.category in FIGURE_CUES]
    every = not mentions and bool(ctx.places) and len(sentences) <= cfg.classifier_short_text
    out = []
    for sent in sentences:
        if sent.start_char in with_rules:
            out.append(Candidate(sent, _token_at(sent, with_rules[sent.start_char]), every))
        elif any(sent.start_char <= f < sent.end_char for f in figures) or _has_cue(sent):
            out.append(Candidate(sent, _cue_token(sent), every))
        elif every:
            out.append(Candidate(sent, _cue_token(sent), every, cued=False))
    return out[:cfg.classifier_max_added]


def _doubtful(sentences: list[Span], mentions: list[Mention], limit: int) -> list[Candidate]:
    """The rules' sentences the model can change, at most ``limit`` of them in text order: those
    whose mention rests on a generic trigger (the only ones it may retype or drop). A sentence
    that also names the event specifically ('a landmine exploded') is settled by that word."""
    settled = {m.sent_start for m in mentions if not m.generic and not m.weak}
    first: dict[int, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.generic and not m.weak and not m.anaphoric and m.sent_start not in settled:
            first.setdefault(m.sent_start, m.start)
    wanted = sorted(first)[:limit]
    return [Candidate(s, _token_at(s, first[s.start_char])) for s in sentences if s.start_char in wanted]


def _token_at(sent: Span, char: int) -> Token:
    """The sentence's token that starts at or covers ``char`` (its last token if none does)."""
    for token in sent:
        if token.idx + len(token) > char:
            return token
    return sent[-1]


def window_text(sent: Span, anchor: Token, width: int, whole: int = 0) -> str:
    """The whole sentence when it has at most ``whole`` tokens, else the words within ``width``
    tokens of ``anchor``, inside its sentence.

    The model costs time in proportion to the words it reads (~1.2 ms a word piece on one core)
    and was trained on whole short sentences: in a long sentence the words around the trigger carry
    the event, while its tail (quotes, background) only blurs it."""
    if len(sent) <= whole:
        return sent.text.strip()
    doc = sent.doc
    start = max(sent.start, anchor.i - width)
    end = min(sent.end, anchor.i + width + 1)
    return doc[start:end].text.strip()


def _opinions(ctx: Context, cands: list[Candidate]) -> list[Opinion]:
    if not cands:
        return []
    weights = learned.load_weights()
    cfg = ctx.config.events
    texts = [window_text(c.sent, c.anchor, cfg.classifier_window, cfg.classifier_sentence_tokens * c.whole)
             for c in cands]
    probs = weights.proba(learned.embed(texts))
    none = weights.labels.index(learned.NONE)
    return [replace(_opinion(c.sent.start_char, p, weights.labels, none), cued=c.cued) for c, p in zip(cands, probs)]


def _opinion(start: int, p: np.ndarray, labels: tuple[str, ...], none: int) -> Opinion:
    order = np.argsort(-p)
    return Opinion(sent_start=start, label=labels[order[0]], prob=float(p[order[0]]),
                   second=labels[order[1]], none_prob=float(p[none]))


def _needed(label: str, threshold: float, cfg: EventConfig) -> float:
    """The probability an opinion needs: higher for the model's catch-all, 'Armed clash'."""
    return max(threshold, cfg.classifier_clash) if label == "Armed clash" else threshold


def _confident_event(opinion: Opinion, threshold: float, cfg: EventConfig) -> bool:
    return opinion.label != learned.NONE and opinion.prob >= _needed(opinion.label, threshold, cfg)


def _reviewed(m: Mention, opinion: Opinion | None, cfg: EventConfig) -> Mention | None:
    """One rule mention after the model's opinion on its sentence: kept, retyped or dropped."""
    if opinion is None:
        return m
    if m.generic and not m.weak and not m.anaphoric and opinion.none_prob >= cfg.classifier_drop_none:
        return None  # weak and back-referring mentions ('the blast') only add to an event: they stay
    label = opinion.label
    if label in {learned.NONE, m.sub_type} or opinion.prob < _needed(label, cfg.classifier_retype, cfg):
        return m
    if m.type == EXPLOSIONS and taxonomy.type_of(label) != EXPLOSIONS:
        return m  # ACLED: a bomb or shell that kills civilians is still remote violence; only its kind is open
    if m.generic:
        return replace(m, type=taxonomy.type_of(label), sub_type=label, generic=False, lexicon_family=None)
    return m


def _is_cue(token: Token, cues: frozenset[str] = EVENT_CUES) -> bool:
    return token.lemma_.lower() in cues or token.lower_ in cues


def _has_cue(sent: Span) -> bool:
    return any(_is_cue(t) or _is_cue(t, ACTOR_CUES) for t in sent)


def _cue_token(sent: Span) -> Token:
    """The word the added event hangs on: the first word of what happened, else the first armed
    actor, else the sentence's root verb."""
    for cues in (EVENT_CUES, ACTOR_CUES):
        for token in sent:
            if _is_cue(token, cues):
                return token
    return sent.root


def _added_mention(art: ArticleState, sent: Span, opinion: Opinion) -> Mention | None:
    """A mention for an event only the model saw, argued like a rule mention of the same sentence."""
    ctx, cue = art.ctx, _cue_token(sent)
    modality = assess(cue)
    if modality.certainty is None or not _may_happen(modality):
        return None  # 'would attack', 'did not clash': no event
    start, end = cue.idx, cue.idx + len(cue)
    para = paragraph_at(art.paragraphs, start)
    when = args.event_date(ctx, start, end, para)
    if _too_old(when.value, ctx.anchor, ctx.config.events.historical_days) or _running_total(when.value):
        return None
    actor1 = sentence_actor(sent, cue.i, art.dictionary, art.country)
    hurt = casualty_patient(sent)
    actor2 = actor_for(hurt, art.dictionary, art.country)
    where = args.event_location(ctx, sent, cue, {t.i for t in (hurt,) if t is not None},
                                art.excluded, art.focus, para, art.dateline)
    sources = args.event_sources(ctx, sent, start, end)
    certainty = "reported" if modality.certainty == "asserted" and sources else modality.certainty
    return Mention(
        type=taxonomy.type_of(opinion.label), sub_type=opinion.label, trigger=cue.text, start=start, end=end,
        sent_start=sent.start_char, sent_end=sent.start_char + len(sent.text.rstrip()),
        certainty=certainty, weak=False, date=when.value, date_source=when.source,
        location=where.value, location_source=where.source, location_score=where.score,
        actor1=actor1, actor2=actor2, fatalities=args.event_fatalities(ctx, sent, cue), sources=sources,
    )


def _too_old(when: Any, anchor: date | None, days: int) -> bool:
    """Background, not news: an event the model finds in a sentence dated long before publication."""
    value = getattr(when, "until", None) or getattr(when, "value", None)
    if anchor is None or not value or not value[:4].isdigit():
        return False
    try:
        last = date.fromisoformat(value[:10]) if len(value) >= 10 else date(int(value[:4]), 12, 31)
    except ValueError:
        return False
    return (anchor - last).days > days


def _running_total(when: Any) -> bool:
    """A span reaching back a year or a month ('since 2017', 'this year') dates a running total or a
    trend, not one event: ACLED codes events on a day (a night's span, '3-4 January', stays)."""
    return bool(getattr(when, "until", None)) and getattr(when, "precision", "day") in {"year", "month"}
