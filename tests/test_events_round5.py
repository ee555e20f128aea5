"""Precision and actors on articles (issue 10, round 5): hearsay that the only speaking party
denies is no event; a protest only announced beside what happened is the story's outlook.
Sentences written for these tests, from many wars."""

from __future__ import annotations

import pytest

from eventcoder.model import Article, Event


def _events(text: str, published: str = "2024-03-12") -> list[Event]:
    from eventcoder.record import build_record

    return build_record(Article(id="t", text=text, published=published)).events


@pytest.mark.parametrize("text", [
    "Officials in Kandahar denied rumours on Telegram that a checkpoint had been attacked near Spin Boldak on Sunday.",
    "Police in Lagos denied reports that officers had fired on protesters at the toll gate on Monday.",
])
def test_denied_hearsay_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_denial_of_a_named_act_keeps_its_certainty() -> None:
    events = _events("The interior ministry denied that militants had attacked a police post in Peshawar on Monday.")
    assert [e.certainty for e in events] == ["denied"]


def test_protest_announced_beside_one_held_is_dropped() -> None:
    events = _events("Teachers in Kisumu marched to the county offices on Monday to demand unpaid wages. "
                     "The union says it will resume the march on Friday and has threatened to march to Nairobi.")
    assert [(e.sub_type, e.certainty, e.location.name if e.location else None) for e in events] == [
        ("Peaceful protest", "asserted", "Kisumu")]


@pytest.mark.parametrize("text, expected", [
    ("The army said in a statement that an air strike on Tuesday had destroyed a rebel camp near Bossangoa, "
     "killing nine fighters.", "Military Forces of the Central African Republic"),
    ("In the Cauca mountains, the army said that a patrol killed three members of an ELN cell during a "
     "firefight near Suarez on Saturday.", "Military Forces of Colombia"),
])
def test_military_speaking_of_its_own_strike_is_actor1(text: str, expected: str) -> None:
    assert [e.actor1.name if e.actor1 else None for e in _events(text)] == [expected]


def test_police_telling_of_a_strike_do_not_claim_it() -> None:
    events = _events("Police said a drone strike hit a market in Kidal on Monday, killing four people.")
    assert [e.actor1 for e in events] == [None]


def test_headline_parts_keep_their_own_place_and_toll() -> None:
    events = _events("Four killed in Jalalabad gunfight; police fire tear gas at Kabul march\n\n"
                     "JALALABAD, March 12 - Four people were killed on Monday when gunmen and police exchanged "
                     "fire in Jalalabad, officials said.\n\nIn Kabul, police fired tear gas on Monday at hundreds "
                     "of women marching to demand the right to work.\n")
    clash = [e for e in events if e.sub_type == "Armed clash"]
    assert [(e.location.name if e.location else None, e.fatalities.value if e.fatalities else None)
            for e in clash] == [("Jalālābād", 4.0)]


@pytest.mark.parametrize("text, expected", [
    ("Ukraine's general staff says its troops repelled 12 Russian assaults near Pokrovsk in the past day.",
     ("Military Forces of Russia", "Military Forces of Ukraine")),
    ("Nigerien troops repulsed an ISWAP raid on their base in Diffa on Monday.",
     ("Islamic State West Africa Province (ISWAP)", "Military Forces of Niger")),
])
def test_namer_of_a_repelled_assault_attacked(text: str, expected: tuple[str, str]) -> None:
    events = _events(text)
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events] == [expected]


@pytest.mark.parametrize("text", [
    '"We were told we would go home after the agreement," said a displaced farmer in a camp near Kassala.',
    "Teachers in Nakuru will march to the county offices to demand unpaid wages, their union said.",
    "The two factions will sign an agreement, their leaders said.",
])
def test_plan_without_a_day_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_plan_with_its_day_stays_planned() -> None:
    events = _events("A march against fuel prices is planned for Thursday in Dhaka.")
    assert [e.certainty for e in events] == ["planned"]


def test_he_is_a_person_not_the_group_of_the_paragraph_before() -> None:
    events = _events("In Peru, soldiers killed two drug traffickers near Pichari on Monday, the army said.\n\n"
                     "In Colombia, a farmer was killed on Tuesday when he stepped on a landmine near Ituango, "
                     "the ombudsman said.", "2024-03-14")
    mine = [e for e in events if e.sub_type == "Remote explosive/landmine/IED"]
    assert [e.actor1.name if e.actor1 else None for e in mine] == ["Unidentified Armed Group (Colombia)"]


def test_its_troops_are_the_group_told_before() -> None:
    events = _events("The Kachin Independence Army (KIA) announced on Monday that its troops had captured a junta "
                     "base near Bhamo on Sunday.")
    assert [(e.sub_type, e.actor1.name if e.actor1 else None) for e in events] == [
        ("Non-state actor overtakes territory", "KIA - Kachin Independence Army")]
