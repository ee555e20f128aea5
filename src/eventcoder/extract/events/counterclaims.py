"""Claims about an event already told: once an article has reported violence, a later denial or
accusation ('the group denied responsibility and accused the army of shelling the camp itself',
'denied that any civilians were killed') is a side's account of that violence, not a second event
(ACLED codes the event once, from its report; a counter-claim only disputes who did it).
"""

from __future__ import annotations

from spacy.tokens import Span

from eventcoder.extract.events.kinds import (
    BATTLES,
    EXPLOSIONS,
    GOVERNMENT_REGAINS,
    NON_STATE_OVERTAKES,
    VIOLENCE_AGAINST_CIVILIANS,
)
from eventcoder.extract.events.merge import Mention
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import span_lemmas
from eventcoder.model import Quote

_VIOLENT = {BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS}
_FIRM = {"asserted", "reported"}
_DENIALS = words("modality_cues", "denial_governor")
_CAPTURES = {GOVERNMENT_REGAINS, NON_STATE_OVERTAKES, ("Strategic developments", "Non-violent transfer of territory")}


def denials(sentences: list[Span]) -> set[int]:
    """Where the sentences that deny something start: an accusation there answers one."""
    return {s.start_char for s in sentences if not _DENIALS.isdisjoint(span_lemmas(s))}


def direct_quotes(quotes: list[Quote]) -> list[tuple[int, int]]:
    """The spans of the article's direct quotes."""
    return [(q.start, q.end) for q in quotes if q.kind == "direct"]


def witness_retellings(mentions: list[Mention], quoted: list[tuple[int, int]]) -> list[Mention]:
    """'"They shot my neighbour," said a woman who fled': violence a witness tells in a direct quote,
    after the article has told violence, with no toll or date of its own, retells that violence; it
    may join the event it belongs to but starts none."""
    told = False
    for m in sorted(mentions, key=lambda x: x.start):
        if m.type not in _VIOLENT:
            continue
        inside = any(s <= m.start < e for s, e in quoted)
        if told and inside and m.fatalities is None and m.date_source != "governing":
            m.weak = True
        told = told or (m.certainty in _FIRM and not m.weak)
    return mentions


def disputes_told_violence(mentions: list[Mention], denying: set[int]) -> list[Mention]:
    """After the article has told violence as fact, with no toll of its own: a denied act joins the
    event it denies but starts none (the denier is the side accused of it); any other act told in
    a sentence that denies ('denied it and accused the army of ...', 'said his men had attacked
    informants and denied targeting civilians') is a counter-claim, dropped so that it lends no
    doer. A plain accusation ('rebels accused the government of dropping the bomb') still names one."""
    told = False
    disputes: set[int] = set()
    for m in sorted(mentions, key=lambda x: x.start):
        if m.type not in _VIOLENT:
            continue
        if told and m.fatalities is None and not m.weak:  # a claim (weak) names the doer
            if m.certainty == "denied":
                m.weak = True  # 'the army denied shelling the school': the accused may join as the doer
            elif m.certainty != "planned" and m.sent_start in denying:
                disputes.add(id(m))
        told = told or (m.certainty in _FIRM and not m.weak)
    return [m for m in mentions if id(m) not in disputes]


def _answers(sent: Span, after: int) -> bool:
    """A denial in the sentence, after the given offset, that does not govern what came before it
    ('A spokesman denied this', 'a claim the army denied')."""
    return any(t.lemma_.lower() in _DENIALS and t.pos_ == "VERB" and t.idx >= after for t in sent)


def _new_paragraph(sent: Span) -> bool:
    """The sentence opens a new line (a new paragraph or a headline's end)."""
    return sent.start > 0 and "\n" in sent.doc[sent.start - 1].text


def _under_denial(sent: Span, at: int) -> bool:
    """The trigger at ``at`` hangs, however deep, under a verb of denial ('denied reports that ...')."""
    token = next((t for t in sent if t.idx == at), None)
    return token is not None and any(a.lemma_.lower() in _DENIALS for a in token.ancestors)


def denied_captures(mentions: list[Mention], sentences: list[Span]) -> list[Mention]:
    """'The ministry said its forces had taken the island. A spokesman for the other side denied
    this.': a capture one side claims and the other denies at once, later in the same sentence or
    as the next sentence's main verb, is a disputed claim, as is a capture told only under a
    denial; ACLED codes territory changing hands once it is established, so no event is coded."""
    starts = [s.start_char for s in sentences]

    def disputed(m: Mention) -> bool:
        if (m.type, m.sub_type) not in _CAPTURES or m.fatalities is not None:
            return False
        here = next((i for i, s in enumerate(sentences) if s.start_char == m.sent_start), None)
        if here is None:
            return False
        if m.certainty == "denied" or _under_denial(sentences[here], m.start):
            return True  # 'officials denied reports that insurgents had overrun a post'
        follow = sentences[here + 1] if here + 1 < len(starts) else None
        return _answers(sentences[here], m.end) or (follow is not None and not _new_paragraph(follow)
                                                    and follow.root.lemma_.lower() in _DENIALS)
    return [m for m in mentions if not disputed(m)]


def told_news_claims(mentions: list[Mention], sentences: list[Span], quotes: list[Quote]) -> list[Mention]:
    """Witness quotes and denials after the news, read against the violence told before them;
    captures denied at once. Only sentences that hold a mention are scanned for a denial of
    violence told: no other can dispute one."""
    held = {m.sent_start for m in mentions}
    denying = denials([s for s in sentences if s.start_char in held])
    mentions = denied_captures(mentions, sentences)
    return disputes_told_violence(witness_retellings(mentions, direct_quotes(quotes)), denying)
