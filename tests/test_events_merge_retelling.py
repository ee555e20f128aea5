"""One event told many times (issue 10): headlines, province-level places, later sentences with no
date or place of their own and parts of an event (arrests, seizures, burning) join the event they
retell; distinct events (a strike and a protest, clashes in two towns) stay distinct."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventcoder.extract.events.config import EventConfig
from eventcoder.extract.events.kinds import (
    ARMED_CLASH,
    ATTACK,
    DISRUPTED_WEAPONS_USE,
    EXPLOSIONS,
    LOOTING,
    PEACEFUL_PROTEST,
    VIOLENCE_AGAINST_CIVILIANS,
)
from eventcoder.extract.events.merge import Cluster, Mention, places_compatible
from eventcoder.extract.events.retelling import ARRESTS, cluster_article
from eventcoder.model import Article, Location, TimeRef

ANCHOR = date(2024, 3, 14)
STRATEGIC = "Strategic developments"
# Kunar province (AF) with its capital Asadabad; Jalalabad lies ~70 km away in Nangarhar.
KUNAR = Location(name="Kunar", country_code="AF", admin1="Kunar", lat=34.9, lon=71.1, precision="admin1")
ASADABAD = Location(name="Asadabad", country_code="AF", admin1="Kunar", lat=34.87, lon=71.15, precision="city")
JALALABAD = Location(name="Jalalabad", country_code="AF", admin1="Nangarhar", lat=34.43, lon=70.45,
                     precision="city")


def _day(day: str) -> TimeRef:
    return TimeRef(value=day, precision="day")


def _mention(kind: tuple[str, str], start: int, **over: Any) -> Mention:
    """A mention in its own sentence at ``start``, dated and placed by that sentence unless told."""
    base: dict[str, Any] = dict(
        type=kind[0], sub_type=kind[1], trigger="x", start=start, end=start + 1, sent_start=start,
        sent_end=start + 50, certainty="asserted", weak=False, date=_day("2024-03-11"),
        date_source="governing", location=ASADABAD, location_source="sentence", location_score=3)
    base.update(over)
    return Mention(**base)


def _undated(kind: tuple[str, str], start: int, **over: Any) -> Mention:
    """A later sentence with neither date nor place of its own: the article's date and focus place."""
    return _mention(kind, start, date=_day(ANCHOR.isoformat()), date_source="article",
                    location=KUNAR, location_source="focus", location_score=1, **over)


def _cluster(mentions: list[Mention], text: str = "Body text.\n\nMore body text.") -> list[Cluster]:
    return cluster_article(text, mentions, ANCHOR, EventConfig())


AIR_STRIKE = (EXPLOSIONS, "Air/drone strike")


def test_a_province_holds_its_town_but_not_a_town_of_the_next_province() -> None:
    assert places_compatible(KUNAR, ASADABAD, 25.0)
    assert places_compatible(ASADABAD, KUNAR, 25.0)
    assert not places_compatible(KUNAR, JALALABAD, 25.0)


def test_the_event_is_placed_at_the_town_not_the_province_that_holds_it() -> None:
    province = _mention(ARMED_CLASH, 0, location=KUNAR, location_score=4)
    town = _mention(ARMED_CLASH, 60, location=ASADABAD, location_score=3)
    (event,) = _cluster([province, town])
    assert event.location[0] == ASADABAD


def test_clashes_in_two_towns_stay_two_events() -> None:
    clusters = _cluster([_mention(ARMED_CLASH, 0), _mention(ARMED_CLASH, 60, location=JALALABAD)])
    assert len(clusters) == 2


def test_a_headline_joins_the_body_event_of_its_kind_even_at_a_province_level_place() -> None:
    text = "Air strike kills 7 as fighting rages in Kunar\n\nJets bombed a village. Troops clashed."
    headline = _mention(AIR_STRIKE, 0, location=KUNAR, location_score=4)
    strike = _mention(AIR_STRIKE, 50, location=JALALABAD)
    clash = _mention(ARMED_CLASH, 70, location=ASADABAD)
    clusters = _cluster([headline, strike, clash], text)
    assert len(clusters) == 2
    home = next(c for c in clusters if strike in c.mentions)
    assert headline in home.mentions and home.location[0] == JALALABAD


def test_a_headline_the_body_never_tells_is_still_an_event() -> None:
    text = "Gunmen kill 4 in Kunar\n\nTroops clashed with insurgents near Jalalabad."
    clusters = _cluster([_mention(ATTACK, 0), _mention(ARMED_CLASH, 50, location=JALALABAD)], text)
    assert len(clusters) == 2


def test_a_one_line_note_has_no_headline() -> None:
    clusters = _cluster([_mention(ATTACK, 0), _mention(ARMED_CLASH, 30, location=JALALABAD)],
                        "Gunmen killed four near Asadabad and troops clashed with insurgents near Jalalabad")
    assert len(clusters) == 2


def test_a_later_sentence_with_no_date_or_place_of_its_own_retells_the_event() -> None:
    """'The militants fired on the bus from both sides of the road.' three paragraphs on."""
    attack = _mention(ATTACK, 0)
    retold = _undated(ATTACK, 300)
    assert len(_cluster([attack, retold])) == 1


def test_another_kind_of_violence_retold_adds_evidence_not_a_sub_type() -> None:
    """'The bomber killed everyone at the gate' after a suicide bombing: still the bombing."""
    bombing = _mention((EXPLOSIONS, "Suicide bomb"), 0, generic=True)
    retold = _undated(ARMED_CLASH, 200)
    (event,) = _cluster([bombing, retold])
    assert event.sub_type() == (EXPLOSIONS, "Suicide bomb")


def test_a_later_sentence_with_its_own_date_and_place_is_a_new_event() -> None:
    later = _mention(ATTACK, 300, date=_day("2024-03-13"), location=JALALABAD)
    assert len(_cluster([_mention(ATTACK, 0), later])) == 2


def test_a_protest_told_after_an_air_strike_stays_a_protest() -> None:
    strike = _mention(AIR_STRIKE, 0)
    protest = _undated(PEACEFUL_PROTEST, 200)
    assert len(_cluster([strike, protest])) == 2


def test_burning_told_after_an_attack_is_part_of_the_attack() -> None:
    """'Shops near the school were set on fire.' after 'gunmen attacked the school, killing 6'."""
    from eventcoder.model import Fatalities

    attack = _mention(ATTACK, 0, fatalities=Fatalities(value=6, qualifier="exact", text="6"))
    burning = _mention((STRATEGIC, LOOTING), 120, date_source="paragraph", location_source="paragraph")
    (event,) = _cluster([attack, burning])
    assert event.sub_type() == ATTACK and burning.weak


def test_weapons_seized_in_an_arrest_raid_are_part_of_the_arrest() -> None:
    """'Police arrested two suspects in a raid, seizing rifles and grenades.'"""
    arrest = _mention((STRATEGIC, ARRESTS), 0)
    seizure = _mention((STRATEGIC, DISRUPTED_WEAPONS_USE), 20, sent_start=0)
    (event,) = _cluster([arrest, seizure])
    assert event.sub_type() == (STRATEGIC, ARRESTS)


def test_a_seizure_in_an_operation_with_no_toll_is_coded_as_the_seizure() -> None:
    """'An army operation in the hills, when three rifles were seized': ACLED's Disrupted weapons use."""
    operation = _mention(ARMED_CLASH, 0)
    seizure = _mention((STRATEGIC, DISRUPTED_WEAPONS_USE), 20, sent_start=0)
    assert len(_cluster([operation, seizure])) == 2


def test_a_bare_toll_does_not_type_the_event_it_joins() -> None:
    """'Jets struck the depot. Five people were killed, the ministry said.'"""
    toll = _mention((VIOLENCE_AGAINST_CIVILIANS, "Attack"), 0, bare_toll=True)
    strike = _mention(AIR_STRIKE, 60, generic=True, date_source="paragraph", location_source="paragraph")
    (event,) = _cluster([toll, strike])
    assert event.sub_type() == AIR_STRIKE


ARTICLES = [
    ("Roadside bomb kills six in Nangarhar\n\nKABUL, May 8 - A roadside bomb struck a minibus near Jalalabad "
     "on Tuesday, killing six passengers, provincial police said on Wednesday.\n\nNo group claimed the blast.\n",
     "2024-05-08", 1),
    ("Gunmen kill 9 in Cauca; students march in Bogota\n\nBOGOTA, Oct 3 - Gunmen attacked a rural school in the "
     "town of Suarez in Cauca province on Monday, killing nine people, officials said on Wednesday.\n\nThe gunmen "
     "also set fire to a truck parked outside the school, witnesses said. \"We heard shooting all night,\" a "
     "resident told local radio.\n\nIn Bogota, thousands of students marched peacefully on Tuesday to demand "
     "more police protection for rural schools.\n", "2024-10-03", 2),
    ("Army arrests commander in Maiduguri\n\nABUJA - Nigerian soldiers arrested a suspected commander of Boko "
     "Haram in a raid on a house in Maiduguri on Sunday, seizing two rifles and a motorcycle, the army said.\n\n"
     "Separately, troops clashed with insurgents near Bama on Monday, killing four fighters.\n", "2024-06-04", 2),
]


@pytest.mark.parametrize(("text", "published", "n_events"), ARTICLES)
def test_articles_code_each_event_once(text: str, published: str, n_events: int) -> None:
    from eventcoder.record import build_record

    rec = build_record(Article(id="t", text=text, published=published))
    assert len(rec.events) == n_events, [(e.sub_type, e.triggers) for e in rec.events]


def test_the_attack_naming_a_bombing_does_not_retype_it() -> None:
    """'A car bomb exploded at the gate. The group said it carried out the attack.'"""
    bomb = _mention((EXPLOSIONS, "Suicide bomb"), 0)
    named = _undated(ARMED_CLASH, 100, anaphoric=True)
    retold = _undated(ARMED_CLASH, 200)
    (event,) = _cluster([bomb, named, retold])
    assert event.sub_type() == (EXPLOSIONS, "Suicide bomb")


def test_a_retelling_carries_the_toll_of_the_event_it_retells() -> None:
    """A later 'The gunmen fled on motorbikes' holds the attack's 12 dead, so no nearby subset replaces them."""
    from eventcoder.model import Fatalities

    attack = _mention(ATTACK, 0, fatalities=Fatalities(value=12, qualifier="exact", text="12"))
    retold = _undated(ATTACK, 300)
    _cluster([attack, retold])
    assert retold.fatalities is not None and retold.fatalities.value == 12


def test_an_undated_mention_in_the_province_of_an_event_retells_it() -> None:
    """'Fighting has spread across the province, officials said' after shelling of its capital."""
    shelling = _mention((EXPLOSIONS, "Shelling/artillery/missile attack"), 0)
    province = _mention(ARMED_CLASH, 200, date_source="paragraph", location=KUNAR, location_score=3)
    (event,) = _cluster([shelling, province])
    assert event.sub_type()[0] == EXPLOSIONS and event.location[0] == ASADABAD


def test_a_paragraph_date_months_before_keeps_a_mention_apart() -> None:
    """'In January, jets bombed the town almost daily' after a clash told for this week."""
    clash = _mention(ARMED_CLASH, 0)
    bombing = _mention(AIR_STRIKE, 200, date=TimeRef(value="2024-01", precision="month"),
                       date_source="paragraph", location=KUNAR, location_source="focus")
    assert len(_cluster([clash, bombing])) == 2


@pytest.mark.parametrize("text", [
    "Protesters set fire to a police post in Dhaka on Sunday after the arrest of a student leader.",
    "Clashes erupted in Bentiu on Monday after police detained a youth leader at the market.",
    "Police killed two suspects in Kaduna on Monday while arresting them.",
])
def test_an_arrest_that_set_off_or_went_on_in_the_violence_is_part_of_it(text: str) -> None:
    from eventcoder.record import build_record

    rec = build_record(Article(id="t", text=text, published="2024-05-14"))
    assert [e.sub_type for e in rec.events if e.sub_type == ARRESTS] == []
    assert rec.events, "the violence itself stays"


@pytest.mark.parametrize(("text", "sub"), [
    ("Rebels stormed an army camp near Bunia on Monday with assault rifles and rocket-propelled grenades.",
     "Armed clash"),
    ("Gunmen armed with machetes and grenades killed 5 villagers near Bokkos on Monday.", "Attack"),
    ("A man threw a grenade at a bus stop in Srinagar on Monday, wounding 4.", "Grenade"),
])
def test_weapons_carried_into_an_attack_are_its_means_not_an_explosion(text: str, sub: str) -> None:
    from eventcoder.record import build_record

    rec = build_record(Article(id="t", text=text, published="2024-05-14"))
    assert [e.sub_type for e in rec.events] == [sub]


def test_the_act_told_first_holds_the_seizure_or_arrest_told_with_it() -> None:
    """'Four rifles were seized from the men, and they were arrested in the market.'"""
    seizure = _mention((STRATEGIC, DISRUPTED_WEAPONS_USE), 0)
    arrest = _mention((STRATEGIC, ARRESTS), 30, sent_start=0)
    (event,) = _cluster([seizure, arrest])
    assert event.sub_type() == (STRATEGIC, DISRUPTED_WEAPONS_USE)


def test_a_later_sentence_that_places_an_unplaced_event_tells_where_it_was() -> None:
    """'Gunmen abducted a trader on Monday. ... took the trader in Asadabad on Monday, police said.'"""
    first = _mention(("Violence against civilians", "Abduction/forced disappearance"), 0,
                     location=KUNAR, location_source="focus", location_score=1)
    placed = _mention(("Violence against civilians", "Abduction/forced disappearance"), 120)
    (event,) = _cluster([first, placed])
    assert event.location[0] == ASADABAD


def test_an_event_with_its_own_place_keeps_a_later_one_elsewhere_apart() -> None:
    first = _mention(("Violence against civilians", "Abduction/forced disappearance"), 0)
    later = _mention(("Violence against civilians", "Abduction/forced disappearance"), 120, location=JALALABAD)
    assert len(_cluster([first, later])) == 2


def test_a_seizure_told_in_a_sentence_that_retells_an_attack_is_part_of_it() -> None:
    """'Militants attacked a base, killing 9. ... The raiders fought their way in and seized rifles.'"""
    from eventcoder.model import Fatalities

    attack = _mention(ARMED_CLASH, 0, fatalities=Fatalities(value=9, qualifier="exact", text="9"))
    retold = _undated(ARMED_CLASH, 200)
    seizure = _mention((STRATEGIC, DISRUPTED_WEAPONS_USE), 230, sent_start=200)
    (event,) = _cluster([attack, retold, seizure])
    assert event.sub_type() == ARMED_CLASH and seizure.weak


def test_highlight_bullets_sum_up_the_body() -> None:
    """A short bulleted highlight is a summary like the title: it joins the body's event of its
    kind and starts none beside it; a bullet dated to a day of its own is an entry and stays."""
    from eventcoder.model import Article
    from eventcoder.record import build_record

    text = ("Drone strike kills four in Sumy\n\n* Russian drone kills four civilians in Sumy\n"
            "* Kyiv says air defences downed 20 drones overnight\n\n"
            "KYIV, May 14 (Reuters) - A Russian drone struck a residential street in the northern city of Sumy on "
            "Monday evening, killing four civilians, the regional governor said.\n\n"
            "The air force said on Tuesday its air defences had shot down 20 drones overnight over several regions.")
    events = build_record(Article(id="b", text=text, published="2024-05-14")).events
    strikes = [e for e in events if e.sub_type == "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0].fatalities is not None and strikes[0].fatalities.value == 4
    from eventcoder.extract.events.retelling import highlight
    assert highlight(text, text.index("Kyiv says"))
    assert not highlight(text, text.index("A Russian drone struck"))


def test_a_title_date_range_makes_no_bullet_an_entry() -> None:
    """'Update (covering 1 to 6 June)': the range governs the bullets but is not their own date, so
    a bullet still sums up the body's dated event and starts none beside it."""
    from eventcoder.model import Article
    from eventcoder.record import build_record

    text = ("Yemen: Situation Report No. 9 (covering 1 to 6 June 2024)\n\nHIGHLIGHTS\n"
            "- Air strike on a fuel station in Hodeidah kills civilians.\n"
            "- Fuel prices rise again in the northern governorates.\n\nSITUATION OVERVIEW\n"
            "On 2 June, an air strike hit a fuel station on the main road in Hodeidah, killing at least nine "
            "civilians and injuring 14 others, according to local health authorities, who said fuel queues had "
            "formed since dawn.")
    events = build_record(Article(id="y", text=text, published="2024-06-07")).events
    strikes = [e for e in events if e.sub_type == "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0].date is not None and strikes[0].date.value == "2024-06-02"


def test_a_clause_describing_the_speaker_names_the_told_event() -> None:
    """'said a teacher who marched in Kisumu': the march of the speaker is the protest told before,
    even in a paragraph dated otherwise; it starts no second protest."""
    from eventcoder.model import Article
    from eventcoder.record import build_record

    text = ("Thousands march in Kisumu over tax bill\n\nKISUMU, Kenya, May 14 - Thousands of people marched through "
            "Kisumu on Thursday to protest against a new finance bill, and police fired tear gas to disperse them near "
            "the county offices.\n\nOrganisers said on Monday that more marches would follow next week. \"We will not "
            "stop until the bill is withdrawn,\" said Achieng, a 30-year-old teacher who marched in Kisumu.")
    events = build_record(Article(id="k", text=text, published="2024-05-14")).events
    assert [e.sub_type for e in events] == ["Protest with intervention"]
