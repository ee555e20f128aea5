"""The evidence a coder weighs before calling two mentions one event, and before naming the
merged event's sub-type: kinds that can be one occurrence told two ways (a riot called 'mob
violence' and 'a violent demonstration'), towns that rule a merge out (a strike in one town and
one in the next, both stated), and the words the report itself retells the event with ('the
fighting' after a 'fought' read as an attack on civilians).

Kept apart from ``merge.py`` so clustering stays the walk and this stays the judgement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventcoder.extract.events.kinds import (
    ARMED_CLASH,
    ATTACK,
    BATTLES,
    EXPLOSIONS,
    MOB_VIOLENCE,
    VIOLENCE_AGAINST_CIVILIANS,
    VIOLENT_DEMONSTRATION,
)
from eventcoder.extract.lexicons import words
from eventcoder.geo import haversine_km

if TYPE_CHECKING:
    from eventcoder.extract.events.merge import Mention

_OWN = {"governing", "sentence"}
"""Sources of a place the mention's own sentence states."""
_TOWNS = {"city", "point"}
"""Precisions of a settlement: two different ones cannot hold each other (a district or a
province can hold a town, and a neighbourhood lies inside its city)."""
_RIOT_KINDS = {MOB_VIOLENCE, VIOLENT_DEMONSTRATION}
_FIGHTS = {BATTLES, VIOLENCE_AGAINST_CIVILIANS}
_FIRED = {"Air/drone strike", "Shelling/artillery/missile attack"}
_DEVICES = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}
_ANYONE = {7}
"""ACLED's inter code of civilians: 'civilians' in two reports may be the same people."""
_DEMONSTRATION = words("demonstration_words")
_MUTUAL = words("mutual_fighting", "mutual")
_ONE_SIDED = words("mutual_fighting", "one_sided")

Kind = tuple[str, str]


def kind(m: Mention) -> Kind:
    return m.type, m.sub_type


def kinds_agree(a: Mention, b: Mention) -> bool:
    """Same family of event, or the two riot sub-types: ACLED's coders read the same crowd
    violence as 'mob violence' or 'a violent demonstration' depending on the sentence."""
    return a.family == b.family or {kind(a), kind(b)} == _RIOT_KINDS


def _device_or_fire(m: Mention) -> str | None:
    """Which of the two ways of remote violence a specific explosion was: fired from afar (a
    strike, a shell) or set off on the spot (an IED told as a bombing, a grenade, a suicide
    bomber).  A lexicon default ('the blast') says neither."""
    if m.type != EXPLOSIONS or m.generic:
        return None
    if m.sub_type in _FIRED:
        return "fired"
    return "device" if m.sub_type in _DEVICES else None


def _sides(m: Mention) -> set[str]:
    """The known, identified sides a mention names (an unidentified group or civilians could be anyone)."""
    return {a.name for a in (m.actor1, m.actor2) if a is not None and a.inter is not None
            and a.inter not in _ANYONE and not a.name.startswith("Unidentified")}


def evidence_against(mentions: list[Mention], m: Mention) -> bool:
    """A strong mention of the event was a different way of explosion (an air strike beside a
    roadside bomb) or names two sides of which ``m`` names neither, while ``m`` names two."""
    way = _device_or_fire(m)
    theirs = _sides(m)
    for x in (x for x in mentions if not x.weak):
        other = _device_or_fire(x)
        if way is not None and other is not None and way != other:
            return True
        ours = _sides(x)
        if len(theirs) == 2 and len(ours) == 2 and not theirs & ours:
            return True
    return False


def own_town(m: Mention) -> bool:
    """The mention's own sentence names a settlement for it (not a province, not a guess)."""
    return m.location is not None and m.location_source in _OWN and m.location.precision in _TOWNS


def distinct_towns(a: Mention, b: Mention, apart_km: float) -> bool:
    """Both mentions state their own town, and the towns differ: one drone strike is not told in
    two towns, however near they lie.  Two names of one spot (spellings, a gazetteer twin) lie
    within ``apart_km`` and stay one town."""
    if not (own_town(a) and own_town(b)):
        return False
    la, lb = a.location, b.location
    assert la is not None and lb is not None
    if la.name.lower() == lb.name.lower():
        return False
    if None in (la.lat, la.lon, lb.lat, lb.lon):
        return True
    return haversine_km(la.lat or 0.0, la.lon or 0.0, lb.lat or 0.0, lb.lon or 0.0) > apart_km


def town_conflict(mentions: list[Mention], m: Mention, apart_km: float) -> bool:
    """A strong mention of the event already stated another town than ``m`` states."""
    return any(distinct_towns(x, m, apart_km) for x in mentions if not x.weak)


def _words(m: Mention) -> set[str]:
    return set(m.trigger.lower().replace("-", " ").split())


def _names_demonstration(m: Mention) -> bool:
    """The trigger itself names a gathering ('protest', 'marchers', 'rallies', 'sit-in')."""
    for word in m.trigger.lower().split():
        stems = {word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ies") + "y"}
        if stems & _DEMONSTRATION:
            return True
    return False


def settle_kind(lead: Kind, mentions: list[Mention]) -> Kind:
    """The merged event's sub-type after every mention is weighed (the result is always a kind
    some mention has): a riot told both as mob violence and as a violent demonstration is a
    demonstration when some mention names one ('buses torched in protest'), else mob violence
    ('a mob torched houses after clashes'); an attack on civilians is an armed clash when a firm mention of it tells
    two armed sides, or when the report retells it only as fighting, clashes or a battle."""
    kinds = {kind(m) for m in mentions}
    if lead in _RIOT_KINDS and _RIOT_KINDS <= kinds:
        return VIOLENT_DEMONSTRATION if any(_names_demonstration(m) for m in mentions) else MOB_VIOLENCE
    if lead == ATTACK and ARMED_CLASH in kinds and (_two_sides(mentions) or _retold_as_fighting(mentions)):
        return ARMED_CLASH
    return lead


def _two_sides(mentions: list[Mention]) -> bool:
    """A firm, own mention (not a headline, a retelling or a bare toll) reads the event as a clash."""
    return any(kind(m) == ARMED_CLASH and not (m.weak or m.headline or m.bare_toll or m.anaphoric)
               for m in mentions)


def same_fight(mentions: list[Mention], m: Mention) -> bool:
    """A battle and an attack told of the same town on the same stated day by the same armed
    doer against the same side ('police raided the district ... gunfights went on for hours'):
    one operation.  A later clash with other doers, or on other targets, stays its own event."""
    return m.type in _FIGHTS and not m.weak and any(
        x.type in _FIGHTS and x.type != m.type and not x.weak and _same_spot_and_day(x, m)
        and _same_sides(x, m) for x in mentions)


def _same_spot_and_day(a: Mention, b: Mention) -> bool:
    if not (own_town(a) and own_town(b)) or a.date_source != "governing" or b.date_source != "governing":
        return False
    assert a.location is not None and b.location is not None
    day_a, day_b = (a.date.value or "")[:10] if a.date else "", (b.date.value or "")[:10] if b.date else ""
    return a.location.name == b.location.name and len(day_a) == 10 and day_a == day_b


def _same_sides(a: Mention, b: Mention) -> bool:
    """The same named doer, and no two different named targets."""
    if a.actor1 is None or b.actor1 is None or a.actor1.name != b.actor1.name:
        return False
    return a.actor2 is None or b.actor2 is None or a.actor2.name == b.actor2.name


def _retold_as_fighting(mentions: list[Mention]) -> bool:
    """More mentions call the event fighting than an attack, and no mention says one-sided
    killing ('massacred', 'executed')."""
    firm = [m for m in mentions if m.certainty not in {"alleged", "denied"}]
    if any(_words(m) & _ONE_SIDED for m in firm):
        return False
    mutual = sum(1 for m in firm if m.type in {BATTLES, VIOLENCE_AGAINST_CIVILIANS} and _words(m) & _MUTUAL)
    attacks = sum(1 for m in firm if kind(m) == ATTACK and not _words(m) & _MUTUAL)
    return mutual >= 2 and mutual > attacks
