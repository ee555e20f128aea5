"""Same-country namesakes: which state's town a lone name is, read from the story's own
evidence (a state it names anywhere, the towns and counties around it)."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gazetteer_home")]


def test_a_lone_town_goes_to_the_namesake_in_the_state_the_story_names(places_by_text) -> None:
    found = places_by_text("Dublin's library board met at 7 p.m. Tuesday at 75 Bridge St. to pick a new "
                           "director. Board members said Dublin needs a larger reading room, and the "
                           "State of Ohio has offered a grant for it.")
    assert found["Dublin"].admin1 == "Ohio"


def test_a_borough_name_of_a_big_city_yields_to_the_town_of_the_story_state(places_by_text) -> None:
    found = places_by_text("Gusts of 80 mph flipped two trucks on the highway near Salina, Kansas, on "
                           "Monday, and a barn roof was torn off south of Manhattan, the Kansas Highway "
                           "Patrol said.")
    assert found["Manhattan"].admin1 == "Kansas"


def test_a_borough_name_in_a_new_york_story_stays_the_big_city(places_by_text) -> None:
    found = places_by_text("Traffic was heavy in Manhattan on Friday as the parade moved up Fifth "
                           "Avenue, New York police said.")
    assert found["Manhattan"].admin1 == "New York"


def test_a_bare_province_whose_capital_is_written_with_city_is_the_province(places_by_text) -> None:
    found = places_by_text("The mayors of several towns around Montreal want the Quebec government to "
                           "change the traffic code, which has differed from the rest of Quebec since 2005.")
    assert found["Quebec"].precision == "admin1"


def test_the_capital_written_with_city_stays_the_city(places_by_text) -> None:
    found = places_by_text("Tourists crowded the old walls of Quebec City during the winter carnival.")
    assert found["Quebec City"].precision == "city"


def test_two_names_placed_side_by_side_name_the_story_state(places_by_text) -> None:
    found = places_by_text("Volunteers from Columbus and the Platte County sheriff's office searched the "
                           "river on Sunday. The missing man was last seen near his home in Norfolk on Friday.")
    assert found["Norfolk"].admin1 == "Nebraska"


def test_a_town_and_its_county_keep_a_big_city_where_it_is(places_by_text) -> None:
    found = places_by_text("Volunteers from Columbus and the Franklin County sheriff's office searched the "
                           "river on Sunday. The missing man was last seen near his home in Norfolk on Friday.")
    assert found["Columbus"].admin1 == "Ohio"
    assert found["Norfolk"].admin1 == "Virginia"
