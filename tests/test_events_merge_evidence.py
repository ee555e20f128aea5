"""Merging by the evidence a coder uses (issue 10): one event told two ways merges (a riot called
mob violence and a violent demonstration, a police raid and the gunfights in it), distinct events
stay apart (strikes in two stated towns, an attack and a later clash by other doers), and the
merged event takes its sub-type from the best evidence, not from the first mention."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventcoder.extract.events.config import EventConfig
from eventcoder.extract.events.kinds import (
    ARMED_CLASH,
    ATTACK,
    EXPLOSIONS,
    MOB_VIOLENCE,
    NON_STATE_OVERTAKES,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
)
from eventcoder.extract.events.merge import Cluster, Mention
from eventcoder.extract.events.retelling import cluster_article, mark_headlines
from eventcoder.model import Actor, Fatalities, Location, TimeRef

ANCHOR = date(2023, 8, 8)
AIR_STRIKE = (EXPLOSIONS, "Air/drone strike")
# Idlib city and Saraqib (SY) lie ~17 km apart; Ariha district holds Ariha town.
IDLIB = Location(name="Idlib", country_code="SY", admin1="Idlib", lat=35.93, lon=36.63, precision="city")
SARAQIB = Location(name="Saraqib", country_code="SY", admin1="Idlib", lat=35.86, lon=36.80, precision="city")
IDLEB = Location(name="Idleb", country_code="SY", admin1="Idlib", lat=35.93, lon=36.63, precision="city")
ARIHA_DISTRICT = Location(name="Ariha District", country_code="SY", admin1="Idlib", lat=35.80, lon=36.55,
                          precision="district")
ARIHA = Location(name="Ariha", country_code="SY", admin1="Idlib", lat=35.81, lon=36.61, precision="city")
POLICE = Actor(name="Police Forces of Syria", inter=1)
GANG = Actor(name="Unidentified Gang (Syria)", inter=3)
CIVILIANS = Actor(name="Civilians (Syria)", inter=7)


def _mention(kind: tuple[str, str], start: int, trigger: str = "x", **over: Any) -> Mention:
    """A mention in its own sentence at ``start``, dated and placed by that sentence unless told."""
    base: dict[str, Any] = dict(
        type=kind[0], sub_type=kind[1], trigger=trigger, start=start, end=start + 1, sent_start=start,
        sent_end=start + 50, certainty="asserted", weak=False,
        date=TimeRef(value="2023-08-07", precision="day"), date_source="governing", location=IDLIB,
        location_source="sentence", location_score=3)
    base.update(over)
    return Mention(**base)


def _cluster(mentions: list[Mention], text: str = "Body text.\n\nMore body text.") -> list[Cluster]:
    return cluster_article(text, mentions, ANCHOR, EventConfig())


def test_strikes_in_two_stated_towns_stay_two_events_however_near() -> None:
    """'Jets struck a bakery in Idlib on Monday ... Jets also hit a market in Saraqib on Monday.'"""
    clusters = _cluster([_mention(AIR_STRIKE, 0), _mention(AIR_STRIKE, 80, location=SARAQIB)])
    assert len(clusters) == 2


def test_two_spellings_of_one_town_are_one_event() -> None:
    """'A drone struck a car in Idlib on Monday ... the strike in Idleb killed two.'"""
    assert len(_cluster([_mention(AIR_STRIKE, 0), _mention(AIR_STRIKE, 80, location=IDLEB)])) == 1


def test_a_strike_given_to_a_town_and_to_its_district_is_one_event() -> None:
    """'Shelling hit Ariha on Monday ... shelling in Ariha district on Monday killed three.'"""
    shelling = (EXPLOSIONS, "Shelling/artillery/missile attack")
    town = _mention(shelling, 0, location=ARIHA)
    district = _mention(shelling, 80, location=ARIHA_DISTRICT)
    (event,) = _cluster([town, district])
    assert event.location[0] == ARIHA


def test_a_riot_told_as_mob_violence_and_as_a_violent_demonstration_is_one_riot() -> None:
    """'A mob torched a police post in Idlib on Monday. ... the violent demonstration went on all night.'"""
    mob = _mention(MOB_VIOLENCE, 0, trigger="torched")
    demo = _mention(VIOLENT_DEMONSTRATION, 80, trigger="demonstration")
    (event,) = _cluster([mob, demo])
    assert event.sub_type() == VIOLENT_DEMONSTRATION


def test_mob_violence_and_a_peaceful_protest_stay_two_events() -> None:
    """'A mob beat a suspected thief in Idlib on Monday. Teachers marched in Idlib on Monday.'"""
    assert len(_cluster([_mention(MOB_VIOLENCE, 0), _mention(PEACEFUL_PROTEST, 80)])) == 2


def test_a_riot_the_headline_calls_a_protest_is_a_violent_demonstration() -> None:
    text = "Cars burnt in protest in Idlib\n\nResidents set fire to cars in Idlib on Monday."
    headline = _mention(VIOLENT_DEMONSTRATION, 15, trigger="protest")
    riot = _mention(MOB_VIOLENCE, 60, trigger="set fire to")
    (event,) = _cluster([headline, riot], text)
    assert event.sub_type() == VIOLENT_DEMONSTRATION


def test_an_attack_the_report_retells_only_as_fighting_is_an_armed_clash() -> None:
    """'Rival gangs fought in Idlib on Monday, killing 4. ... The fighting spread to the market.'"""
    fought = _mention(ATTACK, 0, trigger="fought")
    fighting = _mention(ARMED_CLASH, 200, trigger="fighting", anaphoric=True, weak=True,
                        date_source="article", location=None, location_source="paragraph")
    (event,) = _cluster([fought, fighting])
    assert event.sub_type() == ARMED_CLASH


def test_a_massacre_retold_as_fighting_stays_an_attack() -> None:
    """'Militiamen massacred 12 villagers near Idlib on Monday ... fighting in the area, officials said.'"""
    massacre = _mention(ATTACK, 0, trigger="massacred")
    fighting = _mention(ARMED_CLASH, 200, trigger="fighting", anaphoric=True, weak=True,
                        date_source="article", location=None, location_source="paragraph")
    clash = _mention(ARMED_CLASH, 300, trigger="clashes", anaphoric=True, weak=True,
                     date_source="article", location=None, location_source="paragraph")
    (event,) = _cluster([massacre, fighting, clash])
    assert event.sub_type() == ATTACK


def test_a_raid_and_its_gunfights_by_the_same_force_are_one_battle() -> None:
    """'Police raided the old quarter of Idlib on Monday ... police and gang members exchanged fire
    in Idlib on Monday.'"""
    raid = _mention(ATTACK, 0, trigger="raided", actor1=POLICE)
    fire = _mention(ARMED_CLASH, 120, trigger="exchanged fire", actor1=POLICE, actor2=GANG)
    (event,) = _cluster([raid, fire])
    assert event.sub_type() == ARMED_CLASH


def test_an_attack_and_a_later_clash_by_other_doers_stay_two_events() -> None:
    """'Gunmen shot dead five farmers in Idlib on Monday. Police later clashed with the gunmen.'"""
    attack = _mention(ATTACK, 0, actor1=GANG, actor2=CIVILIANS)
    clash = _mention(ARMED_CLASH, 120, actor1=POLICE, actor2=GANG)
    assert len(_cluster([attack, clash])) == 2


def test_a_threat_to_take_towns_does_not_retype_the_battle() -> None:
    """'Rebels attacked an army post in Idlib on Monday. ... "We will take every town," a commander said.'"""
    clash = _mention(ARMED_CLASH, 0)
    threat = _mention(NON_STATE_OVERTAKES, 200, certainty="planned", date_source="article",
                      date=TimeRef(value=ANCHOR.isoformat(), precision="day"))
    (event,) = _cluster([clash, threat])
    assert event.sub_type() == ARMED_CLASH


def test_the_body_toll_outranks_the_headline_toll() -> None:
    """'Troops and rebels clash near Idlib as raid kills three': the body counts the clash's own dead."""
    text = "Troops and rebels clash near Idlib as raid kills three\n\nTroops clashed with rebels in Idlib."
    headline = _mention(ARMED_CLASH, 18, fatalities=Fatalities(value=3, qualifier="exact", text="three"))
    body = _mention(ARMED_CLASH, 70, fatalities=Fatalities(value=11, qualifier="exact", text="11"))
    _cluster([headline, body], text)
    assert headline.fatalities is None and body.fatalities is not None


def test_a_long_first_line_with_no_full_stop_is_the_headline() -> None:
    text = ("Army says it repelled rebel raid near Idlib town; drone strike kills six at market in Saraqib "
            "district\n\nIDLIB - Rebels attacked an army post near Idlib on Monday.")
    first, body = _mention(ARMED_CLASH, 16), _mention(ARMED_CLASH, 110)
    mark_headlines(text, [first, body])
    assert first.headline and not body.headline


def test_a_long_first_sentence_with_its_full_stop_is_body_text() -> None:
    text = ("Rebels attacked an army post near Idlib on Monday and held it for hours before troops "
            "retook it, officials said.\n\nThe army said four soldiers died.")
    first = _mention(ARMED_CLASH, 7)
    mark_headlines(text, [first])
    assert not first.headline


def test_a_riot_no_mention_names_a_demonstration_stays_mob_violence() -> None:
    """'A mob torched shops in Idlib on Monday after clashes between two clans': no gathering named."""
    mob = _mention(MOB_VIOLENCE, 0, trigger="torched")
    clashes = _mention(VIOLENT_DEMONSTRATION, 40, trigger="clashes", sent_start=0, weak=True)
    (event,) = _cluster([mob, clashes])
    assert event.sub_type() == MOB_VIOLENCE


IED = (EXPLOSIONS, "Remote explosive/landmine/IED")
ARMY = Actor(name="Military Forces of Syria", inter=1)
REBELS = Actor(name="Free Syrian Army", inter=2)


def test_an_air_strike_and_a_roadside_bomb_the_same_day_stay_two_events() -> None:
    """'A roadside bomb hit an army truck in Idlib on Monday. Jets struck a depot in Idlib on Monday.'"""
    assert len(_cluster([_mention(IED, 0), _mention(AIR_STRIKE, 80)])) == 2


def test_an_ied_retold_as_a_bombing_is_one_event() -> None:
    """'A roadside bomb hit an army truck in Idlib on Monday. ... The bombing was the third this month.'"""
    bombing = _mention(IED, 80, generic=True, trigger="bombing")
    assert len(_cluster([_mention(IED, 0), bombing])) == 1


def test_clashes_between_other_sides_at_one_place_stay_two_events() -> None:
    """'Troops fought rebels in Idlib on Monday. ... Police fought a gang in Idlib on Monday.'"""
    army = _mention(ARMED_CLASH, 0, actor1=ARMY, actor2=REBELS)
    police = _mention(ARMED_CLASH, 80, actor1=POLICE, actor2=Actor(name="Hurras al-Din", inter=2))
    assert len(_cluster([army, police])) == 2


def test_one_clash_told_from_either_side_is_one_event() -> None:
    """'Troops fought rebels in Idlib on Monday ... the rebels said they fought the army in Idlib.'"""
    army = _mention(ARMED_CLASH, 0, actor1=ARMY, actor2=REBELS)
    rebels = _mention(ARMED_CLASH, 80, actor1=REBELS, actor2=ARMY)
    assert len(_cluster([army, rebels])) == 1


def test_a_sentence_that_turns_to_another_incident_starts_a_new_event() -> None:
    text = ("Shells hit a school in Idlib on Monday, killing two.\n\n"
            "Separately, a blast hit a bakery in Idlib on Monday, wounding five.")
    shells = _mention((EXPLOSIONS, "Shelling/artillery/missile attack"), 0, sent_end=52)
    blast = _mention(IED, 68, generic=True, sent_start=54, sent_end=len(text))
    assert len(_cluster([shells, blast], text)) == 2


def test_the_same_blast_told_again_without_a_turn_is_one_event() -> None:
    text = ("Shells hit a school in Idlib on Monday, killing two.\n\n"
            "Residents said a blast shook the school in Idlib on Monday.")
    shells = _mention((EXPLOSIONS, "Shelling/artillery/missile attack"), 0, sent_end=52)
    blast = _mention(IED, 71, generic=True, sent_start=54, sent_end=len(text))
    assert text[71:76] == "blast" and len(_cluster([shells, blast], text)) == 1


def test_the_mention_with_its_own_day_and_place_types_the_event_not_the_first() -> None:
    """'Shelling was heard across the area, residents said. ... A drone struck a truck in Idlib on
    Monday.': the drone strike the report grounds in a day and a place names the event."""
    vague = _mention((EXPLOSIONS, "Shelling/artillery/missile attack"), 0, date_source="article",
                     date=TimeRef(value=ANCHOR.isoformat(), precision="day"), location_source="focus")
    drone = _mention(AIR_STRIKE, 120)
    (event,) = _cluster([vague, drone])
    assert event.sub_type() == AIR_STRIKE
