"""Dates: every temporal expression in the article, resolved against the publication date.

The grammar (:mod:`.temporal.grammar`) finds expressions and says what they mean; the
resolver (:mod:`.temporal.resolve`) places them on the calendar, using the tense of the clause
(:mod:`.temporal.tense`) for year-less dates and day names. See :mod:`.temporal.resolve` for
the value conventions (a week is its Monday's date with ``until`` its Sunday).

The record lists every mention, in text order: a report that says "on Tuesday" five times
has five items, each pointing at its own words, so a reader (or a scorer) can trace every
temporal expression. Vague spans ("in recent days", "a few weeks ago") are not reported,
since no stated precision fits them, nor durations ("the past three months": how long, not
when). :func:`find_mentions` and :func:`governing_date` see them too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Token

from eventcoder.extract.context import Context
from eventcoder.extract.dates.anaphora import is_reference, quarter_ago, resolve_in_context
from eventcoder.extract.dates.expr import Expr
from eventcoder.extract.dates.grammar import Atom, Hints, scan
from eventcoder.extract.dates.resolve import Resolved, resolve
from eventcoder.extract.dates.spans import split_range, strip_span
from eventcoder.extract.dates.tense import calendar_lean, deadline_ahead, governing_verb, is_future, weekday_lean
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import DocTable, doc_table, is_dateline_date
from eventcoder.model import DateMention, TimeRef

_COUNTED_LEMMAS = words("people_nouns", "counted")
_COMPARISON_CUES = words("period_comparison_cues")


@dataclass(frozen=True)
class _Found:
    """A mention with the parsed expression behind it."""

    mention: DateMention
    expr: Expr
    resolved: Resolved


def extract_dates(ctx: Context) -> list[DateMention]:
    """Every temporal expression of the article that names a time, in text order: vague ones
    and durations ('over the past three months') are left to :func:`governing_date`."""
    return [_listed(found.mention) for found in _all_mentions(ctx) if not (found.expr.vague or found.expr.is_duration)]


def _listed(mention: DateMention) -> DateMention:
    """A week is listed in ISO 8601's week form ('2016-W49', its Sunday as ``until``), the form
    the record's 'ISO 8601 at its precision' asks for. Figures and events keep its Monday
    (:func:`governing_date`): ACLED rows and the linker need a day to compare."""
    if mention.precision != "week" or mention.value is None:
        return mention
    year, week, _ = date.fromisoformat(mention.value).isocalendar()
    return mention.model_copy(update={"value": f"{year:04d}-W{week:02d}"})


def find_mentions(ctx: Context) -> list[DateMention]:
    """Every temporal expression in text order, repeats and vague ones included."""
    return [found.mention for found in _all_mentions(ctx)]


def governing_date(ctx: Context, start: int, end: int) -> TimeRef | None:
    """The time that governs the text span ``start:end`` (a figure, an event trigger).

    Only expressions in the span's own sentence count. Among them, one inside the span's own
    noun phrase wins ("accounts on Tuesday of a firefight on Sunday"), then one attached to the
    span's own verb, then one attached to a verb governing it ("On Monday sources said the army
    held 95%"), then the nearest; a date modifying another noun counts as unattached, and vague
    ones ("in recent days") only when nothing else is there.
    None when the sentence has no temporal expression: the caller decides whether to fall
    back to the publication date.
    """
    sent_start, sent_end = _sentence_bounds(ctx.doc, start, end)
    in_sentence = _mentions_between(ctx, sent_start, sent_end)
    candidates = [f for f in in_sentence if not is_dateline_date(ctx.text, f.mention.start, f.mention.end)]
    if not candidates:
        return None
    chain = _verb_chain(ctx.doc, start, ctx.config.dates.verb_chain_depth)
    head = _noun_head(ctx.doc, start, end)

    def rank(found: _Found) -> tuple[bool, int, int]:
        m = found.mention
        verb = _attachment(ctx.doc, m)
        attachment = chain.index(verb.i) if verb is not None and verb.i in chain else len(chain)
        if head is not None and _under_noun(ctx.doc, m, head):
            attachment = -1  # 'accounts on Tuesday of a firefight near Tumbes on Sunday': the noun's own day
        distance = max(m.start - end, start - m.end, 0)
        return (found.expr.vague, attachment, distance)

    best = min(candidates, key=rank).mention
    return TimeRef(value=best.value, precision=best.precision, text=best.text, until=best.until)


def _all_mentions(ctx: Context) -> list[_Found]:
    """All mentions in text order, cached per document (governing_date is called often)."""
    return ctx.memo("dates.mentions", lambda: _resolve_in_order(ctx))


def _resolve_in_order(ctx: Context) -> list[_Found]:
    """Resolve each expression, in text order, against the last time mentioned before it
    ('two days later', 'the year-earlier quarter' need it; see :mod:`.anaphora`)."""
    found: list[_Found] = []
    reference: Resolved | None = None
    quarter: tuple[int, Resolved] | None = None  # the last quarter named, and where it ended
    day: Resolved | None = None  # the last day named
    atoms = scan(ctx.text, _hints(ctx.doc), ctx.config.dates)
    for atom in (strip_span(ctx.text, part) for whole in atoms for part in split_range(ctx.text, whole)):
        item = _resolve(ctx, atom, _day_reference(atom, day) or _reference_for(ctx, atom, reference, quarter))
        found.append(item)
        if not item.expr.vague and is_reference(item.expr, item.resolved):
            reference = item.resolved
            if item.resolved.precision in _DAY_PRECISIONS:
                day = item.resolved
            if item.expr.kind == "quarter":
                quarter = (item.mention.end, item.resolved)
    return found


_DAY_PRECISIONS = ("day", "hour", "minute")
_RELATING_PREPS = frozenset({"before", "after", "since", "until", "following", "amid"})


def _day_reference(atom: Atom, day: Resolved | None) -> Resolved | None:
    """'A day earlier', 'two days later', 'a week later' count from the last day named, even
    when a year or a month was named since ('on Sunday, the deadliest day this year ... A day
    earlier'): a count of days cannot start from a year. So does 'that day'."""
    expr = atom.expr
    if expr is None or expr.kind != "shifted" or expr.unit not in ("day", "week"):
        return None
    return day


def _reference_for(ctx: Context, atom: Atom, reference: Resolved | None,
                   quarter: tuple[int, Resolved] | None) -> Resolved | None:
    """What an expression counts from: the last time mentioned, except that 'the quarter' means
    the last quarter named even after other times ('a loss for the third quarter ... next year
    ... in the quarter'), and 'a year ago' close after a quarter is that quarter a year back."""
    expr = atom.expr
    if quarter is None or expr is None:
        return reference
    if expr.kind == "quarter":
        return reference if reference is not None and reference.precision == "quarter" else quarter[1]
    year_back = expr.kind in ("ago", "shifted") and expr.unit == "year" or _compared(ctx, atom)
    if year_back and atom.start - quarter[0] <= ctx.config.dates.quarter_reach:
        return quarter[1]
    return reference


def _compared(ctx: Context, atom: Atom) -> bool:
    """'last year' after a comparison word in its clause ('compared with $3 million last year')."""
    expr = atom.expr
    if expr is None or expr.kind != "relative" or expr.unit != "year" or expr.shift >= 0:
        return False
    clause = re.split(r"[.;:!?\n]", ctx.text[max(0, atom.start - ctx.config.dates.future_lookback):atom.end])[-1]
    words_before = " " + " ".join(clause.lower().split()[:-2]) + " "  # the span's own 'from' counts
    return any(f" {cue} " in words_before for cue in _COMPARISON_CUES)


def _mentions_between(ctx: Context, start: int, end: int) -> list[_Found]:
    """The mentions starting in ``start:end``, found by bisection (governing_date runs per figure
    and per event, so a scan of every mention each time would cost the square of the length)."""
    mentions = _all_mentions(ctx)
    starts = ctx.memo("dates.mention_starts", lambda: [f.mention.start for f in mentions])
    return mentions[bisect_left(starts, start):bisect_left(starts, end)]


def _resolve(ctx: Context, atom: Atom, reference: Resolved | None) -> _Found:
    """Place one expression; one that needs an earlier time and has none is marked vague."""
    expr = atom.expr
    assert expr is not None, "scan() returns only composed atoms"
    future = expr.is_relative and is_future(ctx.text, atom.start, ctx.doc, ctx.config.dates.future_lookback)
    if expr.kind == "weekday" and not future:
        future = deadline_ahead(ctx.text, atom.start, atom.end, ctx.doc)
    resolved: Resolved | None
    if expr.kind in ("quarter", "shifted"):
        resolved = resolve_in_context(expr, ctx.anchor, future, reference)
        if resolved is None or (expr.refers_back and reference is None):
            expr, resolved = replace(expr, vague=True), Resolved(None, "quarter" if expr.kind == "quarter" else "day")
    else:
        nearest = False
        if expr.kind == "weekday" and not future:
            nearest = weekday_lean(ctx.text, atom.start, ctx.doc, ctx.config.dates.future_lookback) == "nearest"
        if expr.kind == "calendar" and expr.is_relative:
            lean = calendar_lean(ctx.text, atom.start, ctx.doc, ctx.config.dates.future_lookback, atom.end)
            future, nearest = lean == "forward", lean == "nearest"
        resolved = quarter_ago(expr, reference, _compared(ctx, atom)) or resolve(
            expr, ctx.anchor, future, ctx.config.dates.year_search, nearest)
    mention = DateMention(
        start=atom.start, end=atom.end, text=ctx.text[atom.start:atom.end],
        value=resolved.value, precision=resolved.precision, until=resolved.until,
    )
    return _Found(mention, expr, resolved)


def _hints(doc: Doc) -> Hints:
    """Parse-based hints for the grammar: counting numbers, and the tagger's DATE entities."""

    def tokens(start: int, end: int) -> list[Token]:
        span = doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def counts(start: int, end: int) -> bool:
        toks = tokens(start, end)
        if not toks:
            return False
        token, head = toks[-1], toks[-1].head
        return token.dep_ == "nummod" and (head.tag_ in ("NNS", "NNPS") or head.lemma_ in _COUNTED_LEMMAS)

    def is_date(start: int, end: int) -> bool:
        toks = tokens(start, end)
        return bool(toks) and all(t.ent_type_ == "DATE" for t in toks)

    return Hints(counts=counts, is_date=is_date)


def _attachment(doc: Doc, m: DateMention) -> Token | None:
    """The verb a date modifies; None when it modifies a noun ('an assault on Tuesday')."""
    bounds = doc_table(doc).expand(m.start, m.end)  # char_span's 'expand' on int columns
    if bounds is None or bounds[0] >= bounds[1]:
        return None
    head = doc[bounds[0]:bounds[1]].root.head
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    return None if head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") else governing_verb(doc, m.start)


def _noun_head(doc: Doc, start: int, end: int) -> int | None:
    """The index of the span's head when it is a noun ('firefight', 'raid'), else None."""
    bounds = doc_table(doc).expand(start, max(end, start + 1))
    if bounds is None or bounds[0] >= bounds[1]:
        return None
    root = doc[bounds[0]:bounds[1]].root
    if root.dep_ == "relcl":  # 'a raid on Lolwa on Tuesday that killed six': the noun it tells of
        root = _phrase_top(root.head)
    return root.i if root.pos_ in ("NOUN", "PROPN") else None


def _phrase_top(noun: Token) -> Token:
    """Up a noun's 'of'/'on' chain, two steps at most: 'the village of Lolwa' hangs from 'a raid'."""
    for _ in range(2):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = prep.head
    return noun


def _under_noun(doc: Doc, m: DateMention, head: int) -> bool:
    """The date hangs below the noun with no verb between ('a firefight between police and
    smugglers near Tumbes on Sunday'): it dates what the noun names, not the verb that tells it."""
    table = doc_table(doc)
    bounds = table.expand(m.start, m.end)
    if bounds is None or bounds[0] >= bounds[1]:
        return False
    i = doc[bounds[0]:bounds[1]].root.i
    if i == head:
        return True
    for _ in range(len(table.head)):
        if table.head[i] == i:
            return False
        i = table.head[i]
        if i == head:
            return True
        if table.pos[i] in ("VERB", "AUX") or doc[i].lower_ in _RELATING_PREPS:
            return False  # 'before an assault on Tuesday': another event's day
    return False


def _verb_chain(doc: Doc, start: int, depth: int) -> list[int]:
    """The indices of the verb governing the text at ``start`` and of the verbs above it,
    nearest first (walked on the article's columns: spaCy makes a Token on every access)."""
    first = governing_verb(doc, start)
    verb = first.i if first is not None else None
    chain: list[int] = []
    table = doc_table(doc)
    while verb is not None and len(chain) < depth and verb not in chain:
        chain.append(verb)
        verb = _verb_above(table, verb)
    return chain


def _verb_above(table: DocTable, i: int) -> int | None:
    """The nearest verb among the ancestors of token ``i`` (``Token.ancestors``), if any."""
    for _ in range(len(table.head)):
        if table.head[i] == i:
            return None
        i = table.head[i]
        if table.pos[i] in ("VERB", "AUX"):
            return i
    return None


def _sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence holding ``start`` (the whole text without a parse)."""
    table = doc_table(doc)  # token offsets and sentence columns, not a Span per question
    bounds = table.expand(start, max(end, start + 1))
    if bounds is None or bounds[0] >= bounds[1] or not table.has_sents:
        return (0, doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)
    first = bounds[0]
    return (table.idx[table.sent_start[first]], table.end[table.sent_end[first] - 1])
