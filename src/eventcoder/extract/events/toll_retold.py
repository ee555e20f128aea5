"""A loose toll told after an event that already has one: the same dead told again by another
teller, or the other side's dead (issue 10, causes a and b across sentences).

'Gunmen killed 14 villagers. Police said 8 died.': a teller's figure for the same dead (the same
side, or a figure of no side) is a rival estimate, and ACLED codes the lowest credible one.
'Troops killed 12 militants. Two soldiers died in the fighting.': the dead of another side, not
a side's claim of its own kills ('the rebels said they killed 5 soldiers'), are more of the toll.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventcoder.extract.events.claims import claimed_kill
from eventcoder.extract.events.toll_update import updated_at
from eventcoder.extract.events.tolls import Toll, figure_source, toll_side
from eventcoder.extract.lexicons import words
from eventcoder.model import Fatalities

_APART = words("toll_additions", "apart")
_ALSO = words("toll_additions", "also")


def retold_toll(sent: Span, toll: Toll, before: Fatalities, before_sent: Span | None) -> Fatalities | None:
    """The event's toll once the loose toll of a later sentence is read with it; None when the
    loose toll says nothing about it (no teller, no side, or a sentence set apart)."""
    if toll.value and before.value and revised(sent, toll):
        return toll.as_fatalities()
    if not toll.value or not before.value or any(t.lower_ in _APART for t in sent) or _partitive(sent, toll):
        return None
    side = toll_side(sent, toll)
    earlier = _side_of_text(before_sent, before) if before_sent is not None else None
    if side and earlier and side != earlier:
        if claimed_kill(sent, toll):
            return None
        return Fatalities(value=before.value + toll.value, qualifier=before.qualifier, text=f"{before.text}; {toll.text}")
    if figure_source(sent, toll.start, toll.end) is None or toll.value >= before.value:
        return None
    return toll.as_fatalities()


def revised(sent: Span, toll: Toll) -> bool:
    """'the toll has risen to 19', 'the number of dead climbed to 15', 'now stands at 22': a figure
    a tally noun rose or came to is the update of the event's toll told before; ACLED codes the
    latest toll of the event, not the first one reported."""
    return updated_at(sent, toll.start, toll.end)


def revised_fatalities(sent: Span, toll: Fatalities | None) -> bool:
    """``revised`` for an event's toll read from its sentence ('The number killed in the market
    shelling has risen to 19': the update of the toll told before)."""
    if toll is None or not toll.value or not toll.text:
        return False
    at = sent.text.find(toll.text)
    if at < 0:
        return False
    start = sent.start_char + at
    return revised(sent, Toll(toll.value, toll.qualifier or "exact", start, start + len(toll.text), toll.text))


def _side_of_text(sent: Span, toll: Fatalities) -> str | None:
    """The side of an event's toll, read from its words in its sentence ('12 militants')."""
    text = toll.text or ""
    at = sent.text.find(text) if text else -1
    if at < 0:
        return None
    start = sent.start_char + at
    return toll_side(sent, Toll(toll.value, toll.qualifier or "exact", start, start + len(text), text))


def _partitive(sent: Span, toll: Toll) -> bool:
    """'two of the dead', 'three of the victims': a count taken out of a group told before is a
    part of that group, never a whole toll told again; one marked 'also' adds to it."""
    span = sent.doc.char_span(toll.start, toll.end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.lower_ in _ALSO and t.dep_ == "advmod" for t in sent):
        return False  # 'Two of the attackers were also killed': more dead, of the other side
    return any(t.lower_ == "of" and t.dep_ == "prep" and t.head.like_num for t in sent.doc[span.start:span.end + 2])
