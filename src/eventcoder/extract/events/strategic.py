"""Strategic developments a coder would not record (ACLED codebook): a deal already in force told
as what was broken or overseen, a surrender named as how a future operation is to end, plans
announced for a later period, and moves dated only to a month or a year (a programme or a
summary, not a development of the reporting window).
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from eventcoder.extract.events.kinds import (
    BATTLES,
    CHANGE_TO_GROUP,
    EXPLOSIONS,
    LOOTING,
    PROTESTS,
    VIOLENCE_AGAINST_CIVILIANS,
    event_type,
    sub_type,
)
from eventcoder.extract.events.merge import Mention
from eventcoder.extract.lexicons import words

_AGREEMENT = sub_type("Agreement")
_STANDING_DEAL = words("strategic_cues", "standing_deal")
_OPEN_END_MARKS = words("strategic_cues", "open_end_mark")
_FUTURE_AUX = words("modality_cues", "future_modal")
_SIDES = words("strategic_cues", "both_sides")
_STEP_MARKS = words("strategic_cues", "step_mark")
_SCENES = words("strategic_cues", "scene_noun")
_AWAITED = words("strategic_cues", "awaited_mark")
_HURT = words("strategic_cues", "hurt_word")
_OTHER = sub_type("Other")
_PROLONG = words("strategic_cues", "prolong_verb")
_VIOLENT = {BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS}
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


def not_concluded(mention: Mention, trigger: Token) -> bool:
    """'a ceasefire that has never taken hold', 'a truce which both sides have violated', 'a final
    agreement was due weeks ago': a deal a relative clause in the perfect or negated describes
    was made before (or failed), and a deal that 'was due' is awaited; neither is concluded in
    the reporting window."""
    if mention.sub_type != AGREEMENT or trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    for clause in (c for c in trigger.children if c.dep_ == "relcl"):
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_.lower() == "have") for c in clause.children):
            return True
    head = trigger.head
    return trigger.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _AWAITED for c in head.children)


def one_sided_pledge(mention: Mention, trigger: Token) -> bool:
    """'Russia has agreed to offer security assistance': one party agreeing to do something, with
    no other party ('with the rebels', 'the army and the rebels', 'both sides'), is a pledge or a
    statement, not an agreement concluded between conflict parties."""
    if mention.sub_type != AGREEMENT or trigger.pos_ != "VERB" or trigger.lemma_.lower() != "agree":
        return False
    if not any(c.dep_ == "xcomp" for c in trigger.children):
        return False  # 'agreed a ceasefire', 'agreed on a prisoner swap': the deal itself
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in trigger.children):
        return False
    subjects = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and not any(s.conjuncts or _two_sides(s) for s in subjects)


def _two_sides(subject: Token) -> bool:
    """'both sides', 'the two parties', 'the warring factions': a subject naming the two sides."""
    return subject.lemma_.lower() in _SIDES or any(c.lower_ in _SIDES or c.lower_ == "two" for c in subject.children)


def earlier_step(trigger: Token) -> bool:
    """'defected to the army after laying down their arms': a gerund under 'after' / 'before' is a
    step of the main clause's act by the same doer, told with it, not a development of its own."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ in _STEP_MARKS


def described_troops(mention: Mention, trigger: Token) -> bool:
    """'hurled grenades at soldiers deployed outside the school': a participle describing troops
    beside another event says where they stood, not that they were moved."""
    return (mention.type, mention.sub_type) == CHANGE_TO_GROUP and trigger.dep_ == "acl" and trigger.tag_ == "VBN"


def to_the_scene(mention: Mention, trigger: Token) -> bool:
    """'security forces have been sent to the area', 'troops rushed to the scene': forces sent to a
    place named only as where an event already told happened are the response to that event,
    not a change in a group's activity."""
    if (mention.type, mention.sub_type) != CHANGE_TO_GROUP:
        return False
    places = [g for c in trigger.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"  # 'sent X to the area'
              for g in c.children if g.dep_ == "pobj"]
    return any(p.lemma_.lower() in _SCENES and any(d.dep_ == "det" and d.lower_ in {"the", "that"} for d in p.children)
               and not any(d.dep_ in {"amod", "compound", "prep"} for d in p.children) for p in places)


def care_of_the_hurt(mention: Mention, trigger: Token) -> bool:
    """'two soldiers were wounded and evacuated by helicopter', 'medics evacuated the injured':
    moving those hurt in the event just told to care is part of that harm, not a development of
    its own (an evacuation of wounded civilians from a town still is)."""
    if mention.sub_type != _OTHER or trigger.pos_ != "VERB":
        return False
    if trigger.dep_ == "conj" and trigger.head.lemma_.lower() in _HURT:
        return True
    moved = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lower_ in _HURT or o.lemma_.lower() in _HURT for o in moved)  # not 'wounded civilians' from a town


def measure_prolonged(mention: Mention, trigger: Token) -> bool:
    """'a curfew was extended in the district', 'the junta renewed its blockade': a measure kept
    longer was imposed before; ACLED coded it then, so its extension is no event."""
    if mention.sub_type != _OTHER or trigger.pos_ != "NOUN":
        return False
    return trigger.dep_ in {"dobj", "nsubjpass"} and trigger.head.lemma_.lower() in _PROLONG


def open_end(trigger: Token) -> bool:
    """'would continue operations until the last fighter surrenders': an 'until' clause under a
    future verb names how an operation is to end, a condition and not an event; under a past verb
    ('fought until the rebels surrendered') it tells what happened."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ in _OPEN_END_MARKS:
        return _future(node.head.head)  # 'until the last fighter surrenders' read as a noun phrase
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


def earlier_month(mention: Mention, anchor: date | None) -> bool:
    """An act its own sentence dates only to a month before the month of publication."""
    when = mention.date
    if anchor is None or when is None or mention.date_source not in _OWN_DATE or mention.certainty == "planned":
        return False
    value = when.until or when.value
    return when.precision == "month" and value is not None and value[:7] < anchor.isoformat()[:7]


def _day_dated(mention: Mention) -> bool:
    """A mention dated to a day by its own sentence."""
    when = mention.date
    return when is not None and mention.date_source in _OWN_DATE and when.precision == "day"


def not_news(mentions: list[Mention], anchor: date | None, horizon_days: int) -> list[Mention]:
    """A sentence's mentions less the plans for a later period, the month-dated moves, and, beside
    an act dated to a day, an act of an earlier month ('clans whose militias fought last month
    signed a truce on Sunday': the fighting is the truce's background; alone, 'soldiers raped 20
    women last month' is the news and stays)."""
    dated = any(_day_dated(m) for m in mentions)
    return [m for m in mentions if not (later_plan(m, anchor, horizon_days) or undated_plan(m) or coarse_move(m)
                                        or (dated and earlier_month(m, anchor)))]


def undated_plan(mention: Mention) -> bool:
    """'we would go home after the agreement', 'teachers will march': a protest or an agreement
    planned with no day of its own is a hope or an outlook; ACLED codes it once it happens (an
    announced merger or arrest campaign is the announcement, and stays)."""
    return mention.certainty == "planned" and mention.date_source == "article" and (
        mention.type == PROTESTS or mention.sub_type == _AGREEMENT)


def damage_in_attack(mentions: list[Mention]) -> list[Mention]:
    """'Soldiers shot dead four villagers. Witnesses said the soldiers set fire to six homes.':
    property destruction with no date of its own, by the doer of the violent event told nearest
    to it (before or after), is part of that attack (ACLED codes the attack, once)."""
    violent = [p for p in mentions if p.type in _VIOLENT and not p.weak]

    def part_of_attack(m: Mention) -> bool:
        if m.sub_type != LOOTING or m.date_source == "governing" or not violent:
            return False
        nearest = min(violent, key=lambda p: abs(p.start - m.start))
        return nearest.actor1 is not None and m.actor1 is not None and nearest.actor1.name == m.actor1.name
    return [m for m in mentions if not part_of_attack(m)]
