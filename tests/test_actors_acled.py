"""Actors as ACLED names them (issue 10): roles by event type, generic names for persons, armed
people and unit names, named groups behind generic words, and the other side of a clash.
Sentences written for these tests, from many countries."""

from __future__ import annotations

import pytest

from eventcoder.extract.actors.dictionary import load_actor_dictionaries, resolve_actor
from eventcoder.model import Article, Event


def _first(text: str, published: str = "2024-05-14") -> Event:
    from eventcoder.record import build_record

    record = build_record(Article(id="t", text=text, published=published))
    assert record.events, text
    return record.events[0]


def _names(event: Event) -> tuple[str | None, str | None]:
    return (event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None)


@pytest.mark.parametrize("mention, country, name, inter", [
    ("the National Guard", "VE", "Military Forces of Venezuela", 1),
    ("the national guard", "MX", "Military Forces of Mexico", 1),
    ("armed herdsmen", "NG", "Unidentified Communal Militia (Nigeria)", 4),
    ("armed villagers", "CD", "Unidentified Communal Militia (Democratic Republic of Congo)", 4),
    ("the National Assembly", "KE", "Government of Kenya", 1),
    ("Kuki-Zo militants", "IN", "Kuki Ethnic Militia (India)", 4),
    ("Viv Ansanm gangs", "HT", "Viv Ansanm", 3),
    ("BIFF fighters", "PH", "BIFF - Bangsamoro Islamic Freedom Fighters", 2),
    ("Taliban border forces", "AF", "Military Forces of Afghanistan (2021-)", 1),
    ("Pakistan military", "PK", "Military Forces of Pakistan", 1),
])
def test_dictionary_names(mention: str, country: str, name: str, inter: int) -> None:
    actor = resolve_actor(mention, load_actor_dictionaries(), country=country)
    assert actor is not None
    assert (actor.name, actor.inter) == (name, inter)


def test_protest_actor1_is_protesters_and_police_actor2() -> None:
    event = _first("Riot police used batons to disperse nurses protesting over unpaid wages in Harare on Monday.")
    assert event.type == "Protests"
    assert _names(event) == ("Protesters (Zimbabwe)", "Police Forces of Zimbabwe")


def test_protest_target_is_no_actor() -> None:
    event = _first("Lawyers marched against the new tax law in Lima on Monday.")
    assert event.type == "Protests"
    assert _names(event) == ("Protesters (Peru)", None)


@pytest.mark.parametrize("text, country", [
    ("Thousands of students marched against the junta in Mandalay on Monday, witnesses said.", "Myanmar"),
    ("Women marched against the military government in Khartoum on Saturday.", "Sudan"),
])
def test_peaceful_protest_against_a_force_has_no_actor2(text: str, country: str) -> None:
    """ACLED: a peaceful protest met by nobody has no actor2; the force it opposes is its topic."""
    event = _first(text)
    assert (event.sub_type, _names(event)) == ("Peaceful protest", (f"Protesters ({country})", None))


def test_riot_crowd_is_rioters() -> None:
    event = _first("Angry youths torched a police post in Kisumu on Sunday after a man died in custody.")
    assert event.type == "Riots"
    assert event.actor1 is not None and (event.actor1.name, event.actor1.inter) == ("Rioters (Kenya)", 5)


def test_person_victim_is_civilians() -> None:
    event = _first("Gunmen shot dead a 15-year-old girl in Tegucigalpa on Saturday.", "2024-05-13")
    assert event.actor2 is not None and (event.actor2.name, event.actor2.inter) == ("Civilians (Honduras)", 7)


def test_named_group_behind_generic_word() -> None:
    event = _first("Gunmen of the Gulf Cartel attacked a patrol of soldiers in Reynosa on Friday, killing 2 soldiers.",
                   "2024-05-11")
    assert event.actor1 is not None and event.actor1.name == "Gulf Cartel"


def test_conjoined_sides_of_a_clash() -> None:
    event = _first("ELN guerrillas and Clan del Golfo fighters clashed near Tibu on Sunday; 3 fighters died.",
                   "2024-05-13")
    assert event.type == "Battles"
    assert _names(event) == ("ELN - National Liberation Army", "Clan del Golfo")


def test_military_site_names_the_force_attacked() -> None:
    event = _first("Al Shabaab militants stormed a Somali army base near Baidoa on Tuesday, killing 4 soldiers.")
    assert _names(event) == ("Al Shabaab", "Military Forces of Somalia")


def test_protest_broken_up_by_troops_keeps_protesters_first() -> None:
    event = _first("Soldiers fired tear gas at residents protesting power cuts in Maracaibo on Tuesday.")
    assert event.type == "Protests"
    assert _names(event) == ("Protesters (Venezuela)", "Military Forces of Venezuela")


def test_repelled_attack_codes_the_attacker_first() -> None:
    event = _first("Nigerian troops repelled an attack by ISWAP fighters on a base in Monguno on Monday, killing 7 militants.")
    assert event.type == "Battles"
    assert event.actor1 is not None and event.actor1.name == "Islamic State West Africa Province (ISWAP)"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Nigeria"


def test_a_vehicle_names_the_force_it_belongs_to() -> None:
    event = _first("A roadside bomb planted by Al Shabaab hit an army truck near Afgoye on Monday, killing 3 soldiers.")
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Somalia"


def test_every_actor_keeps_a_mention() -> None:
    """The shared record contract wants a string mention; a protest with no crowd named gets the
    generic word its ACLED name was made from."""
    event = _first("A march against fuel prices took place in Accra on Tuesday.")
    assert event.type == "Protests"
    assert event.actor1 is not None and event.actor1.name == "Protesters (Ghana)"
    assert isinstance(event.actor1.mention, str)
