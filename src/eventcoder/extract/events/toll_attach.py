"""How a toll told apart from its event reaches it: a bare toll folded into the event told just
before it, and a killed figure of a sentence with no event given to the nearest event that may
have dead, unless its figure is told of an earlier event (``deaths.figure_scope``)."""

from __future__ import annotations

from spacy.tokens import Span

from eventcoder.extract.context import Context
from eventcoder.extract.events.additions import listed_attacker, with_attacker_beside, with_later_beside
from eventcoder.extract.events.deaths import can_carry_deaths, figure_scope
from eventcoder.extract.events.fatalities import coded_vague
from eventcoder.extract.events.merge import Cluster, Mention, dates_compatible
from eventcoder.extract.events.orphan_vague import sentence_vague_toll
from eventcoder.extract.events.toll_retold import retold_toll
from eventcoder.extract.events.tolls import Toll, orphan_toll, sentence_killed, unfigured
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import paragraph_at
from eventcoder.model import Fatalities

_TOTAL_OBJECTS = words("toll_additions", "total_object")
_TOTAL_ADVERBS = words("toll_additions", "total_adverb")


def fold_bare_tolls(ctx: Context, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """'A missile hit the market. Nine people were killed.': a toll with no agent and no date of
    its own belongs to the event told just before it in the paragraph that may have dead, not to
    a new event; dead told of an earlier time stay apart."""
    out: list[Mention] = []
    for m in mentions:
        para = paragraph_at(paras, m.start)
        before = [p for p in out if para[0] <= p.start and p.sent_end <= m.sent_start and can_carry_deaths(p.type, p.sub_type)]
        if not (m.bare_toll and before and _same_time(ctx, before[-1], m)) or _told_earlier(ctx, m):
            out.append(m)
            continue
        if before[-1].fatalities is None:
            before[-1].fatalities = m.fatalities
    return out


def _told_earlier(ctx: Context, toll: Mention) -> bool:
    """'The day before, 20 traders had been killed': dead placed before the event told."""
    sent = ctx.doc.char_span(toll.sent_start, toll.sent_end, alignment_mode="expand")
    return sent is not None and figure_scope(sent, toll.start, toll.end, None) == "earlier"


def _same_time(ctx: Context, event: Mention, toll: Mention) -> bool:
    """The toll's own date agrees with the event's, or is only when a source spoke, or is borrowed
    from a neighbouring sentence ('3 soldiers killed. A month earlier ...': no date of its own)."""
    if toll.date_source == "paragraph":
        return True
    if toll.date is not None and toll.date.value == ctx.article.published:
        return True
    return dates_compatible(event, toll, ctx.anchor, ctx.config.events.merge_days)


def attach_orphan_tolls(ctx: Context, paras: list[tuple[int, int]], clusters: list[Cluster], mentions: list[Mention], added: set[int]) -> None:
    """A killed figure in a sentence without a trigger goes to the nearest event of its paragraph
    that may have dead, unless it is a subset, a running total or told of an earlier event; read
    as an event's toll is (``tolls.sentence_tolls``)."""
    sentences = {(m.sent_start, m.sent_end) for m in mentions}
    done: set[int] = set()
    for q in ctx.quantities:
        if q.category != "killed" or q.start in added or any(s <= q.start < e for s, e in sentences):
            continue
        span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or span.sent.start_char in done:
            continue
        done.add(span.sent.start_char)
        toll = orphan_toll(ctx.text, ctx.quantities, span.sent, added)
        if toll is not None and (figure_scope(span.sent, toll.start, toll.end, None) == "earlier"
                                 or unfigured(span.sent, toll)):
            continue  # 'A week before, 30 had been killed': the dead of an earlier event
        para = paragraph_at(paras, q.start)
        total = toll is not None and told_as_total(span.sent)
        candidates = [(m.start, c) for c in clusters for m in c.mentions
                      if para[0] <= m.start < para[1] and (m.fatalities is None or (total and m.start < q.start))
                      and can_carry_deaths(m.type, m.sub_type)]
        folded = any(k.start in added for k in sentence_killed(ctx.quantities, span.sent))  # its toll already told
        if toll is not None and not candidates and not folded:
            _retell(ctx, span.sent, toll, clusters, para, q.start)
        if toll is not None and candidates:
            m_start, cluster = min(candidates, key=lambda x: abs(x[0] - toll.start))
            target = next(m for m in cluster.mentions if m.start == m_start)
            whole = listed_attacker(span.sent)  # 'Both bombers and four traders died': the attackers counted
            told = Fatalities(value=whole[0], qualifier="exact", text=whole[1]) if whole else with_attacker_beside(
                coded_vague(toll.as_fatalities()), span.sent)
            told = with_later_beside(told, ctx.quantities, span.sent)
            for m in (cluster.mentions if total else [target]):
                m.fatalities = told
    _attach_vague(ctx, paras, clusters, mentions)


def _attach_vague(ctx: Context, paras: list[tuple[int, int]], clusters: list[Cluster], mentions: list[Mention]) -> None:
    """'Fighters clashed near Djibo. Sources reported several VDP dead.': a vague toll in a sentence
    with no event and no killed figure goes to the last event before it in its paragraph that may
    have dead and has no toll yet (``orphan_vague``); so does one told in a sentence whose events
    have none, outside their clause ('Fighting broke out in X; residents said several people were
    killed'), to the last of them."""
    told = [(m.sent_start, m.sent_end) for m in mentions]
    killed = [q.start for q in ctx.quantities if q.category == "killed"]
    for sent in ctx.sentences:
        own = [m for c in clusters for m in c.mentions if sent.start_char <= m.start < sent.end_char]
        told_here = any(s < sent.end_char and sent.start_char < e for s, e in told)
        if (told_here and (not own or any(m.fatalities is not None for m in own))) or any(
                sent.start_char <= k < sent.end_char for k in killed):
            continue
        para = paragraph_at(paras, sent.start_char)
        before = [m for c in clusters for m in c.mentions if para[0] <= m.start < sent.end_char
                  and m.fatalities is None and can_carry_deaths(m.type, m.sub_type)]
        toll = sentence_vague_toll(sent) if before else None  # the parse read only where a toll could go
        if toll is not None:
            max(before, key=lambda m: m.start).fatalities = toll


def told_as_total(sent: Span) -> bool:
    """'Medics counted 9 bodies in all', 'eleven died altogether': a toll told as the whole of
    the event's dead supersedes the parts and the sides' claims told before it."""
    for t in sent:
        if t.lower_ in _TOTAL_OBJECTS and t.dep_ == "pobj" and t.head.lower_ == "in":
            return True
        if t.lower_ in _TOTAL_ADVERBS and t.dep_ == "advmod":
            return True
    return False


def _retell(ctx: Context, sent: Span, toll: Toll, clusters: list[Cluster], para: tuple[int, int], at: int) -> None:
    """A loose toll after the last event of the paragraph with a toll: the same dead told again
    (the lowest kept) or the other side's dead (added) (``toll_retold``)."""
    told = [(m.start, c, m) for c in clusters for m in c.mentions if para[0] <= m.start < at
            and m.fatalities is not None and m.fatalities.value and can_carry_deaths(m.type, m.sub_type)]
    if not told:
        return
    _, cluster, last = max(told, key=lambda x: x[0])
    before = ctx.doc.char_span(last.sent_start, last.sent_end, alignment_mode="expand")
    new = retold_toll(sent, toll, last.fatalities, before)  # type: ignore[arg-type]
    if new is not None:
        for m in cluster.mentions:
            m.fatalities = new
