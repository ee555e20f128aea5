"""Actors, round 9 (issue 10): actor1 named as the text names it.

- the member groups of a coalition keep their own names (the UPC, the anti-balaka are not the CPC);
  short names of Islamic State branches ('ISSP', 'ISM');
- in Riots the crowd is actor1 even when the parse makes the police the subject or both sides;
- people named only as people ('two men on a motorcycle') who commit violence are an unidentified
  armed group, never civilians;
- named formations no dictionary lists: 'the X Brigade' (militia), 'the X Front' (rebels), and
  'the X clan' ('X Clan Militia (Country)').
Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from eventcoder.extract.actors.dictionary import load_actor_dictionaries, resolve_actor
from eventcoder.extract.actors.patterns import named_clan, named_formation
from eventcoder.model import Article, Event
from eventcoder.record import build_record


def _events(text: str) -> list[Event]:
    return build_record(Article(id="t", text=text, published="2025-03-10")).events


def _first(text: str, event_type: str | None = None) -> Event:
    events = [e for e in _events(text) if event_type is None or e.type == event_type]
    assert events, text
    return events[0]


@pytest.mark.parametrize(("mention", "name"), [
    ("fighters of the UPC", "UPC - Union for Peace in the Central African Republic"),
    ("anti-balaka militiamen", "Anti-Balaka"),
    ("the Coalition of Patriots for Change", "CPC - Coalition of Patriots for Change"),
    ("ISSP militants", "ISGS - Islamic State (Sahel)"),
    ("ISM insurgents", "Islamic State (Mozambique)"),
])
def test_coalition_members_and_branches_keep_their_names(mention: str, name: str) -> None:
    actor = resolve_actor(mention, load_actor_dictionaries(), country=None)
    assert actor is not None and actor.name == name


@pytest.mark.parametrize("text", [
    "Anti-balaka militiamen killed three herders near Bossangoa on Monday, a local official said.",
    "BANGUI - Fighters of the UPC attacked a gendarmerie post near Bria on Sunday, killing two gendarmes.",
])
def test_central_african_groups_in_events(text: str) -> None:
    event = _first(text)
    assert event.actor1 is not None and "CPC" not in event.actor1.name


@pytest.mark.parametrize(("text", "country"), [
    ("On 2 March 2025, supporters of the jailed mayor clashed with police in Kaolack and torched a police post.",
     "Senegal"),
    ("Fans of the losing club fought with police outside the stadium in Lusaka on Saturday and set a police "
     "van alight.", "Zambia"),
])
def test_riot_crowd_is_actor1_not_the_police(text: str, country: str) -> None:
    event = _first(text, "Riots")
    assert event.actor1 is not None and event.actor1.name == f"Rioters ({country})"
    assert event.actor2 is not None and event.actor2.inter == 1


@pytest.mark.parametrize("text", [
    "In Tegucigalpa, a shopkeeper was shot dead on Sunday by two men on a motorcycle, police said.",
    "A local councillor was stabbed to death outside his home in Cali on Friday by a man who fled on foot.",
])
def test_people_who_commit_violence_are_no_civilians(text: str) -> None:
    event = _first(text, "Violence against civilians")
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified Armed Group")


def test_civilian_victims_stay_civilians() -> None:
    event = _first("Gunmen killed four farmers near Kajuru on Sunday, residents said.")
    assert event.actor2 is not None and event.actor2.inter == 7


@pytest.mark.parametrize(("mention", "name", "inter"), [
    ("the Al-Qadisiya Brigade", "Al-Qadisiya Brigade", 3),
    ("the Carlos Patino Front", "Carlos Patino Front", 2),
    ("the Hawks of Sinjar Battalion", "Hawks of Sinjar Battalion", 3),
])
def test_named_formations_keep_their_names(mention: str, name: str, inter: int) -> None:
    actor = named_formation(mention, {})
    assert actor is not None and (actor.name, actor.inter) == (name, inter)


@pytest.mark.parametrize("mention", ["the Ukrainian front", "a rival militia", "the front", "Syrian brigades"])
def test_no_formation_without_a_name_of_its_own(mention: str) -> None:
    assert named_formation(mention, load_actor_dictionaries().demonyms) is None


@pytest.mark.parametrize(("mention", "name"), [
    ("the Hela and Tari clans", "Hela Clan Militia (Papua New Guinea)"),
    ("the Marehan clan", "Marehan Clan Militia (Papua New Guinea)"),
])
def test_named_clans_are_clan_militias(mention: str, name: str) -> None:
    actor = named_clan(mention, "Papua New Guinea", {})
    assert actor is not None and actor.name == name and actor.inter == 4


@pytest.mark.parametrize("mention", ["rival clans", "Rival clans", "Local clans", "Somali clans", "the clan"])
def test_unnamed_clans_stay_communal_militia(mention: str) -> None:
    assert named_clan(mention, "Somalia", load_actor_dictionaries().demonyms) is None


@pytest.mark.parametrize(("text", "name"), [
    ("Men of the Hela and Tari clans fought with guns near Mendi on Sunday, leaving five dead.",
     "Hela Clan Militia (Papua New Guinea)"),
    ("Fighters of the Al-Qadisiya Brigade clashed with a rival militia in Misrata on Sunday, leaving four dead.",
     "Al-Qadisiya Brigade"),
])
def test_named_formations_in_events(text: str, name: str) -> None:
    event = _first(text, "Battles")
    assert event.actor1 is not None and event.actor1.name == name


@pytest.mark.parametrize("text", [
    "BAMENDA, Cameroon - Separatist fighters abducted two teachers near Wum on Monday, officials said.",
    "Suspected separatist fighters shot dead a chief in Ndu, Cameroon on Friday.",
])
def test_separatists_in_cameroon_are_the_ambazonian_fighters(text: str) -> None:
    event = _first(text, "Violence against civilians")
    assert event.actor1 is not None and event.actor1.name == "Ambazonian Separatists"


def test_separatists_elsewhere_are_not_ambazonian() -> None:
    actor = resolve_actor("separatist fighters", load_actor_dictionaries(), country="ES")
    assert actor is None or actor.name != "Ambazonian Separatists"


@pytest.mark.parametrize(("text", "name"), [
    ("A police convoy came under fire from Al Shabaab fighters near Mandera on Tuesday, killing two officers.",
     "Al Shabaab"),
    ("Soldiers came under fire from members of the Carlos Patino front near El Plateado on Monday, the army said.",
     "Carlos Patino Front"),
])
def test_who_fired_on_those_under_fire_is_actor1(text: str, name: str) -> None:
    event = _first(text, "Battles")
    assert event.actor1 is not None and event.actor1.name == name
    assert event.actor2 is not None and event.actor2.inter == 1


@pytest.mark.parametrize(("text", "name"), [
    ("Guatemala, 22 June 2025: unidentified gunmen fired on a family in Escuintla, killing two children.",
     "Unidentified Armed Group (Guatemala)"),
    ("Honduras, 3 May 2025: gunmen shot dead a bus driver in San Pedro Sula.", "Unidentified Armed Group (Honduras)"),
])
def test_a_country_heading_the_note_is_no_actor(text: str, name: str) -> None:
    event = _first(text)
    assert event.actor1 is not None and event.actor1.name == name


def test_a_country_acting_is_its_military() -> None:
    event = _first("Pakistan shelled villages near Kupwara on Monday, killing three civilians, Indian officials said.")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Pakistan"


@pytest.mark.parametrize(("mention", "name", "inter"), [
    ("Eritrean soldiers", "Military Forces of Eritrea", 8),
    ("Emirati forces", "Military Forces of the United Arab Emirates", 8),
    ("Ivorian troops", "Military Forces of Ivory Coast", 8),
])
def test_foreign_forces_are_named_by_their_own_state(mention: str, name: str, inter: int) -> None:
    actor = resolve_actor(mention, load_actor_dictionaries(), country="ET")
    assert actor is not None and (actor.name, actor.inter) == (name, inter)


def test_peoples_across_borders_name_no_state() -> None:
    actor = resolve_actor("Tajik militiamen", load_actor_dictionaries(), country="AF")
    assert actor is not None and "Tajikistan" not in actor.name


@pytest.mark.parametrize("text", [
    "Imbonerakure members beat a CNL activist to death in Kayanza on Sunday, sources reported.",
    "Members of the Barrio 18 gang killed a bus driver in Soyapango on Sunday, police said.",
])
def test_in_violence_against_civilians_the_armed_side_is_actor1(text: str) -> None:
    event = _first(text, "Violence against civilians")
    assert event.actor1 is not None and event.actor1.inter not in {6, 7}
    assert event.actor2 is not None and event.actor2.inter == 7
