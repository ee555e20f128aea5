"""Round 14 of the place of article events (issue 10): the most specific known place tied to the
event, agreeing with the region the text names beside it. Examples are our own, from other wars
and other styles than the article sets."""

from __future__ import annotations

import pytest
from event_places import event_place, near  # the place rounds' shared helpers

pytestmark = [pytest.mark.slow]


# -- a part of a city the text names with its city is that city, not a namesake abroad

@pytest.mark.parametrize(("text", "country", "lat", "lon"), [
    ("Gunmen shot dead two traders on Friday in the Eastleigh area of Nairobi, police said.",
     "KE", -1.28, 36.82),
    ("Rangers arrested dozens of party workers who stoned a bus in the Clifton area of Karachi on Sunday.",
     "PK", 24.86, 67.01),
    ("Police fired tear gas on Tuesday at students who blocked a highway in the Mirpur area of Dhaka.",
     "BD", 23.71, 90.41),
])
def test_an_area_of_a_city_is_that_city(text: str, country: str, lat: float, lon: float) -> None:
    location = event_place(text)
    assert location.country_code == country
    assert near(location, lat, lon)


def test_a_known_town_with_area_in_its_name_stays_a_town(places_by_text) -> None:
    found = places_by_text("Police dispersed a rally in Mombasa on Monday, a day after clashes in Nairobi.")
    assert found["Mombasa"].country_code == "KE" and found["Mombasa"].precision == "city"


# -- a place agrees with the state or country the text names beside it

@pytest.mark.parametrize(("text", "country", "lat", "lon"), [
    ("Herders attacked farmers on Sunday near Bali in Nigeria's Taraba state, killing six.",
     "NG", 7.86, 10.97),
    ("Separatists shot dead two soldiers on Monday near Bali in Cameroon's North-West region.",
     "CM", 5.89, 10.01),
])
def test_a_place_agrees_with_the_region_beside_it(text: str, country: str, lat: float, lon: float) -> None:
    location = event_place(text)
    assert location.country_code == country
    assert near(location, lat, lon)


def test_a_state_named_elsewhere_in_the_sentence_moves_no_town(places_by_text) -> None:
    found = places_by_text("As lawmakers in Texas debated the bill, thousands of protesters "
                           "marched in Paris against pension cuts on Saturday.")
    assert found["Paris"].country_code == "FR"


# -- a named town measured from another is placed at itself

@pytest.mark.parametrize(("text", "lat", "lon"), [
    ("On Friday, Houthi fighters seized the town of Harib, about 70 km south of Marib, "
     "after heavy fighting with government troops.", 14.93, 45.50),
    ("Russian troops shelled the town of Vovchansk, about 60 km north-east of Kharkiv, on Sunday, "
     "killing two residents.", 50.29, 36.94),
    ("Boko Haram fighters raided the town of Gwoza, some 135 kilometres south-east of Maiduguri, "
     "on Saturday.", 11.08, 13.69),
])
def test_a_named_town_is_not_the_town_it_is_measured_from(text: str, lat: float, lon: float) -> None:
    assert near(event_place(text), lat, lon, km=25.0)


def test_an_unknown_town_takes_the_town_it_is_measured_from() -> None:
    location = event_place("Burkinabe troops said on Monday they had retaken the town of Arbinda, "
                            "90 km east of Djibo, from jihadists in Burkina Faso.")
    assert location.country_code == "BF" and near(location, 14.10, -1.63)
