"""Strategic developments a coder would not record (ACLED codebook): a deal already in force told
as what was broken or overseen, a surrender named as how a future operation is to end, plans
announced for a later period, and moves dated only to a month or a year (a programme or a
summary, not a development of the reporting window).
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from eventcoder.extract.events.kinds import PROTESTS, event_type, sub_type
from eventcoder.extract.events.merge import Mention
from eventcoder.extract.lexicons import words

_STANDING_DEAL = words("strategic_cues", "standing_deal")
_OPEN_END_MARKS = words("strategic_cues", "open_end_mark")
_FUTURE_AUX = words("modality_cues", "future_modal")
STRATEGIC = event_type("Strategic developments")
AGREEMENT = sub_type("Agreement")
_OWN_DATE = {"governing"}
"""The date source of a date read from the trigger's own sentence (not a paragraph's or the article's)."""


def standing_deal(mention: Mention, trigger: Token) -> bool:
    """'a flagrant violation of the agreement', 'France, which oversees the truce': a deal already
    in force, named as the object of a breach or of its monitoring, is the setting, not a new deal."""
    if mention.sub_type != AGREEMENT or trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = trigger.head
    if trigger.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in _STANDING_DEAL:
        return True
    return trigger.dep_ == "pobj" and head.head.lemma_.lower() in _STANDING_DEAL


def open_end(trigger: Token) -> bool:
    """'would continue operations until the last fighter surrenders': an 'until' clause under a
    future verb names how an operation is to end, a condition and not an event; under a past verb
    ('fought until the rebels surrendered') it tells what happened."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _OPEN_END_MARKS for c in node.children):
        return False
    return _future(node.head)


def _future(verb: Token) -> bool:
    """A verb with a future modal ('would continue', 'will fight'), or a bare infinitive under one."""
    for node in (verb, *list(verb.ancestors)[:2]):
        if {c.lower_ for c in node.children if c.dep_ == "aux"} & _FUTURE_AUX:
            return True
    return False


def later_plan(mention: Mention, anchor: date | None, horizon_days: int) -> bool:
    """'would march again next week', 'is due to hand over its bases by the end of the year': a
    protest or a strategic move planned for beyond the next days is an announcement; ACLED codes
    it when it happens. A plan for the next hours or days stays, with certainty 'planned'."""
    if mention.certainty != "planned" or mention.type not in {PROTESTS, STRATEGIC} or anchor is None:
        return False
    first = _first_day(mention)
    return first is not None and first > anchor + timedelta(days=horizon_days)


def _first_day(mention: Mention) -> date | None:
    """The first day the mention's date may fall on; a month or a year runs to its end, so a plan
    dated 'this year' is read at its last day."""
    when = mention.date
    value = (when.until or when.value) if when is not None and when.precision in {"year", "month"} else (
        when.value if when is not None else None)
    if not value or not value[:4].isdigit():
        return None
    try:
        if "-W" in value:  # an ISO week: 'next week'
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if len(value) >= 10:
            return date.fromisoformat(value[:10])
        if len(value) >= 7:
            month = int(value[5:7])
            return date(int(value[:4]) + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return date(int(value[:4]), 12, 31)
    except ValueError:
        return None


def coarse_move(mention: Mention) -> bool:
    """'said it was deploying more soldiers this month', 'the arrest this month of an opposition
    figure raised fears': a strategic development the text dates only to a month or a year is a
    programme or a summary of what went before, not a development of the reporting window."""
    when = mention.date
    return mention.type == STRATEGIC and mention.certainty != "planned" and when is not None \
        and mention.date_source in _OWN_DATE and when.precision in {"month", "year"}


def not_news(mentions: list[Mention], anchor: date | None, horizon_days: int) -> list[Mention]:
    """A sentence's mentions less the plans for a later period and the month-dated moves."""
    return [m for m in mentions if not (later_plan(m, anchor, horizon_days) or coarse_move(m))]
