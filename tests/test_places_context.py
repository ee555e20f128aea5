"""Namesake disambiguation from the article's own places: the province named beside a small
village, and guards that famous cities keep winning in articles about somewhere else."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from eventcoder.extract.context import Context
from eventcoder.extract.places.extract import extract_places
from eventcoder.model import Place

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gazetteer_home")]


def test_yemen_village_named_with_its_governorate(places_by_text) -> None:
    found = places_by_text(
        "Houthi forces shelled government positions in the Hays district of Hodeidah on "
        "Tuesday, local officials said. Fighting also continued around Marib and Taiz. "
        "One shell landed on a market in Hays, killing four civilians.")
    assert found["Hays"].country_code == "YE"
    assert found["Hodeidah"].country_code == "YE"


def test_syria_village_beside_its_province(places_by_text) -> None:
    found = places_by_text(
        "Kurdish-led fighters advanced on Madan, a village in Raqqa province, after "
        "air strikes near Tabqa and Deir ez-Zor. Residents fled from Madan towards Raqqa.")
    assert found["Madan"].country_code == "SY"


def test_sudan_town_beside_its_state_capital(places_by_text) -> None:
    found = places_by_text(
        "Rapid Support Forces fighters stormed Bara in North Kordofan on Sunday, a day after "
        "drone strikes on El Obeid. Aid groups said thousands had fled Bara.")
    assert found["Bara"].country_code == "SD"


def test_us_state_after_a_city_and_new_york_stays_the_city(places_by_text) -> None:
    found = places_by_text(
        "At a rally in Coral Springs, Florida, the candidate spoke before flying to "
        "Brooklyn and a fundraiser in New York.")
    assert (found["Florida"].country_code, found["Florida"].precision) == ("US", "admin1")
    assert found["New York"].name == "New York City"


def test_famous_capitals_keep_winning_in_american_politics(places_by_text) -> None:
    found = places_by_text(
        "Speaking in Texas and later in Kentucky, the senator from Tennessee said the "
        "administration had been weak in Paris, naive in Prague and outplayed in Moscow, "
        "and that allies in London were worried. Voters in Ohio and Idaho cheered.")
    assert found["Paris"].country_code == "FR"
    assert found["Prague"].country_code == "CZ"
    assert found["Moscow"].country_code == "RU"
    assert found["London"].country_code == "GB"


def test_syrian_cities(places_by_text) -> None:
    found = places_by_text(
        "Government forces retook eastern Aleppo as diplomats met in Damascus. Aid convoys "
        "waited at the Turkish border.")
    assert found["Aleppo"].country_code == "SY"
    assert found["Damascus"].country_code == "SY"


def test_georgia_in_a_us_election(places_by_text) -> None:
    found = places_by_text(
        "Election officials in Georgia began a recount on Friday as the race in Arizona and "
        "Pennsylvania remained too close to call. Atlanta suburbs voted heavily Democratic.")
    assert found["Georgia"].country_code == "US"


def test_what_an_attack_or_capture_verb_takes_is_a_place(places_by_text) -> None:
    found = places_by_text("Russian forces shelled Avdiivka overnight. Government aircraft struck Sarmin, east of Idlib.")
    assert found["Avdiivka"].country_code == "UA"
    assert found["Sarmin"].country_code == "SY"
    assert places_by_text("Republicans hope to win the Senate and keep Congress next year.") == {}


def test_a_town_named_like_a_demonym_is_still_a_town(places_by_text) -> None:
    found = places_by_text("ADF rebels killed 12 villagers near Beni on Monday, the army said.")
    assert found["Beni"].country_code == "CD"
    assert "Beninese" not in places_by_text("Beninese troops patrolled the border.")



@pytest.fixture
def all_places(make_ctx: Callable[..., Context]) -> Callable[[str], list[Place]]:
    return lambda text: extract_places(make_ctx(text))


def test_the_area_written_after_a_place_says_which_one(all_places) -> None:
    found = all_places(
        "The mill in Paris, Texas, will close, and a depot near Dublin, Ga., is for sale, while "
        "a plant in London, Ontario, hires. Paris officials said taxes would rise.")
    by = {p.text: p for p in found}
    assert [(p.country_code, p.admin1) for p in found if p.text == "Paris"] == [("US", "Texas")] * 2
    assert (by["Dublin"].country_code, by["Dublin"].admin1) == ("US", "Georgia")
    assert (by["Ga."].country_code, by["Ga."].precision) == ("US", "admin1")
    assert by["London"].country_code == "CA"


def test_a_county_is_the_county_not_its_namesake_town(places_by_text) -> None:
    found = places_by_text("Deputies searched farms across Laurel County, Ky., after the storm.")
    assert (found["Laurel County"].name, found["Laurel County"].precision) == ("Laurel County", "district")
    assert found["Laurel County"].admin1 == "Kentucky"


def test_a_country_named_alone_is_the_country(places_by_text) -> None:
    found = places_by_text("Aid agencies warned that Congo faces a new wave of displacement.")
    assert (found["Congo"].country_code, found["Congo"].precision) == ("CD", "country")


def test_georgia_is_the_state_beside_its_capital(places_by_text) -> None:
    found = places_by_text("Storms lashed Atlanta overnight, and officials across Georgia opened shelters.")
    assert (found["Georgia"].country_code, found["Georgia"].precision) == ("US", "admin1")


def test_georgia_stays_the_country_in_a_story_about_russia(places_by_text) -> None:
    found = places_by_text("Russian troops moved deeper into Georgia, a reporter in Atlanta said, as Moscow "
                   "denied it.")
    assert found["Georgia"].country_code == "GE"


def test_a_home_namesake_of_size_wins_in_a_story_only_about_home(places_by_text) -> None:
    found = places_by_text("Commuters from Arlington, Fairfax and Richmond, Virginia, crowded into Alexandria "
                   "on Monday, as Virginia officials opened a new rail line.")
    assert (found["Alexandria"].country_code, found["Alexandria"].admin1) == ("US", "Virginia")


def test_a_state_opening_an_agency_name_is_still_the_state(places_by_text) -> None:
    found = places_by_text("Crews from the Texas Forest Service fought the blaze, and the U.S. Department "
                   "of Agriculture sent planes.")
    assert (found["Texas"].country_code, found["Texas"].precision) == ("US", "admin1")
    assert found["U.S."].precision == "country"


def test_a_city_in_an_area_the_article_names_stays_there(places_by_text) -> None:
    found = places_by_text("Officers in Cincinnati, Ohio, and in Duluth, Minnesota, joined the search, and "
                   "Columbus police said the van was found near Toledo.")
    assert (found["Columbus"].country_code, found["Columbus"].admin1) == ("US", "Ohio")


def test_a_notable_city_yields_to_a_namesake_in_the_area_the_story_is_about(places_by_text) -> None:
    found = places_by_text("Storms hit Macon and Valdosta in Georgia overnight, and roads near Gainesville "
                   "flooded, Georgia officials said.")
    assert (found["Gainesville"].country_code, found["Gainesville"].admin1) == ("US", "Georgia")


def test_a_towns_own_name_outweighs_an_old_name_of_a_city_abroad(places_by_text) -> None:
    found = places_by_text("The college in Smyrna will raise tuition, officials in Tennessee said.")
    assert found["Smyrna"].country_code == "US"
    found = places_by_text("A fire damaged a church in Smyrna on Sunday, Delaware officials said.")
    assert found["Smyrna"].country_code == "US"


def test_a_town_and_the_county_around_it_settle_each_other(places_by_text) -> None:
    found = places_by_text("The burn ban for Walker County was lifted on Monday after the Huntsville "
                           "fire chief met the county judge.")
    assert found["Walker County"].admin1 == found["Huntsville"].admin1 == "Texas"



def test_a_notable_city_yields_to_a_town_near_the_storys_names_but_not_to_a_village() -> None:
    from types import SimpleNamespace
    from typing import Any, cast

    from eventcoder.extract.places.choice import _nearest_namesake
    from eventcoder.extract.places.config import PlaceConfig
    from eventcoder.extract.places.gazetteer import Entry

    city = Entry(1, "Alder", "US", "Georgia", 33.7, -84.4, 500_000, "city", True)
    town = Entry(2, "Alder", "US", "Texas", 33.1, -94.2, 6_000, "city", True)
    village = Entry(3, "Alder", "US", "Illinois", 40.3, -89.2, 1_600, "city", True)
    near = cast(Any, SimpleNamespace(support=lambda e, key: 0 if e is city else 3))
    nothing: Any = (frozenset(), Counter())
    for rival, expected in ((town, town), (village, city)):
        cand = cast(Any, SimpleNamespace(key="alder", entries=(city, rival)))
        assert _nearest_namesake(cand, city, near, nothing, PlaceConfig()) is expected
    cand = cast(Any, SimpleNamespace(key="alder", entries=(city, town)))
    georgia_named: Any = (frozenset({("US", "Georgia")}), Counter({"US": 3}))
    assert _nearest_namesake(cand, city, near, georgia_named, PlaceConfig()) is city


def test_a_state_the_story_names_keeps_its_city_against_nearby_namesakes(places_by_text) -> None:
    """Dayton and Ashland have namesakes near a small Columbus in New Jersey; 'Ohio' outweighs them."""
    found = places_by_text("Ohio lawmakers met in Columbus to hear mayors from Dayton and Ashland plead "
                           "for road money.")
    assert found["Columbus"].admin1 == found["Dayton"].admin1 == "Ohio"


def test_a_town_moved_home_still_goes_to_the_namesake_beside_the_storys_county(places_by_text) -> None:
    """Local-news style moves Paris out of France; the county named beside it says which
    American Paris (the one in Henry County, Tennessee), not the largest."""
    found = places_by_text("A Paris man was charged with theft after a break-in at a hardware store, the "
                           "Henry County Sheriff's Office said. The store on Main St. opens at 8 a.m.")
    assert found["Paris"].admin1 == found["Henry County"].admin1 == "Tennessee"


def test_a_large_county_yields_to_the_namesake_around_the_town_named_beside_it(places_by_text) -> None:
    """Kentucky's Jefferson County is the largest, but a county is no notable city: beside
    Golden it is Colorado's, and 'Golden' there is the town, not California's nickname."""
    found = places_by_text("Jefferson County deputies said a missing hiker was found safe near Golden "
                           "on Sunday morning.")
    assert found["Jefferson County"].admin1 == found["Golden"].admin1 == "Colorado"


def test_a_story_naming_the_country_and_one_city_there_moves_a_famous_namesake(places_by_text) -> None:
    """'Canada' and 'Toronto' put the story in Canada: its London is the Ontario city."""
    found = places_by_text("Council hopes to make London a freight hub for Canada, with Toronto two hours "
                           "away and American markets in the U.S. close by, the mayor said.")
    assert (found["London"].country_code, found["London"].admin1) == ("CA", "Ontario")
