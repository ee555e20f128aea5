"""Local news: a state named bare, towns that share names with bigger places abroad or in
another state, and names that are organisations or people rather than places."""

from __future__ import annotations

import pytest

from eventcoder.extract.places.extract import extract_places

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gazetteer_home")]


def test_a_bare_state_with_only_small_namesake_towns_is_the_state(places_by_text) -> None:
    found = places_by_text("The suspect was extradited to Virginia last week and will face a judge "
                   "there after a hearing in Cairo.")
    assert (found["Virginia"].country_code, found["Virginia"].precision) == ("US", "admin1")


def test_a_bare_state_named_like_a_big_city_of_its_country_is_the_city(places_by_text) -> None:
    found = places_by_text("Lawmakers in Washington argued over the budget for a third day.")
    assert found["Washington"].precision == "city"


def test_an_area_inside_an_institution_name_is_still_named(places_by_text) -> None:
    found = places_by_text("She studied at the University of Tasmania and later worked for the "
                   "Southern Manitoba Health Board and for Statistics Norway.")
    assert found["Tasmania"].country_code == "AU"
    assert found["Manitoba"].country_code == "CA"
    assert found["Norway"].country_code == "NO"


def test_a_country_alias_inside_a_bank_name_is_not_a_place(places_by_text) -> None:
    found = places_by_text("Police said the cheques were cashed at a Bank of America branch downtown.")
    assert "America" not in found


def test_towns_follow_a_state_first_taken_for_a_country(places_by_text) -> None:
    found = places_by_text("Storms tore through Georgia overnight. Only a few Georgia towns, among them "
                   "Columbus and Augusta, had working sirens, the United States weather service said.")
    assert found["Columbus"].admin1 == "Georgia"


def test_a_country_name_used_as_a_towns_is_the_home_town(places_by_text) -> None:
    found = places_by_text("A Lebanon woman was charged on Friday after a crash near Harrisburg, "
                   "Pennsylvania. Lebanon police said the road was icy.")
    assert found["Lebanon"].country_code == "US"


def test_a_country_name_with_its_demonym_use_stays_the_country(places_by_text) -> None:
    found = places_by_text("A Lebanese woman was stopped at the border with Syria, officials in "
                   "Lebanon said.")
    assert found["Lebanon"].country_code == "LB"


def test_a_plural_unit_after_a_list_makes_each_name_that_unit(places_by_text) -> None:
    found = places_by_text("Burn bans remain in force in Dallas, Tarrant and Ellis counties, Texas "
                   "officials said.")
    assert found["Ellis"].name == "Ellis County"
    assert found["Tarrant"].name == "Tarrant County"


def test_one_name_before_a_plural_unit_is_a_modifier(places_by_text) -> None:
    found = places_by_text("Jobless rates in the four metro Atlanta counties rose again, Georgia "
                   "labour officials said.")
    assert found["Atlanta"].precision == "city"


def test_plural() -> None:
    from eventcoder.extract.places.units import plural
    assert [plural(n) for n in ("county", "province", "day")] == ["counties", "provinces", "days"]


def test_a_town_lies_with_the_county_named_beside_it(places_by_text) -> None:
    found = places_by_text("A Paris man was charged on Sunday with burglary. He was held in the Henry County "
                   "jail, and Paris police asked witnesses to call.")
    assert found["Henry County"].admin1 == "Tennessee"


def test_small_towns_named_together_lie_together(places_by_text) -> None:
    found = places_by_text("The bank opened branches in Marshall and Jefferson last year and plans a "
                   "third in Hallsville.")
    assert found["Jefferson"].admin1 == "Texas"


def test_a_notable_city_keeps_its_name_beside_one_small_namesake_neighbour(places_by_text) -> None:
    found = places_by_text("Flights from Atlanta were delayed, and a storm hit Lithia Springs overnight.")
    assert found["Atlanta"].admin1 == "Georgia"


def test_a_street_named_after_a_town_is_not_that_town(places_by_text) -> None:
    found = places_by_text("Police closed Memphis Road and the corner of Lakeview and Harrison streets "
                   "in Kampala after the blast.")
    assert set(found) == {"Kampala"}


def test_a_county_road_still_names_its_county(places_by_text) -> None:
    found = places_by_text("Flooding closed Douglas County Road 4 near Alexandria, Minnesota.")
    assert found["Douglas County"].name == "Douglas County"


def test_a_surname_inside_a_speakers_name_is_not_a_place(places_by_text) -> None:
    found = places_by_text("Water tests at the park in Austin were clean, spokeswoman Diane Parker said.")
    assert "Parker" not in found


def test_an_actor_name_that_only_spells_a_place_otherwise_is_the_actor(places_by_text) -> None:
    found = places_by_text("Hamas said on Monday it had fired rockets at Ashkelon.")
    assert "Hamas" not in found
    assert found["Ashkelon"].country_code == "IL"


def test_a_capitals_dateline_is_a_place(places_by_text) -> None:
    found = places_by_text("Council delays vote on budget. TIMARU — The district council put off its "
                   "vote on the new budget until May.")
    assert found["TIMARU"].country_code == "NZ"


def test_a_town_opening_a_local_body_name_is_a_place_with_support(make_ctx) -> None:
    found = {p.text: p for p in extract_places(make_ctx(
        "The injured were taken to Naivasha Hospital after the crash, Kenya police said."))}
    assert found["Naivasha"].country_code == "KE"


def test_a_famous_city_yields_to_a_notable_namesake_in_the_area_of_the_story(places_by_text) -> None:
    found = places_by_text("The storm knocked out power in Stratford, Ontario, on Monday. Crews from "
                   "London worked through the night.")
    assert found["London"].country_code == "CA"


def test_a_famous_city_keeps_its_name_beside_a_small_namesakes_area(places_by_text) -> None:
    found = places_by_text("The choir from Tyler, Texas, sang on Monday before flying to Paris.")
    assert found["Paris"].country_code == "FR"


def test_a_notable_city_keeps_its_name_in_a_national_story(places_by_text) -> None:
    found = places_by_text("WASHINGTON — Senators from Iowa, Ohio and New York voted on Thursday to tax "
                   "the bonuses, lawmakers said.")
    assert found["WASHINGTON"].admin1 == "Washington, D.C."


def test_a_holiday_is_not_a_place(places_by_text) -> None:
    found = places_by_text("Shops in Nairobi were busier than usual at Christmas, traders said.")
    assert set(found) == {"Nairobi"}


def test_a_legislators_home_town_after_the_party_letter_is_a_place(places_by_text) -> None:
    found = places_by_text("The bill was filed by Rep. Jay Morton (R-Ocilla), who chairs the committee.")
    assert found["Ocilla"].admin1 == "Georgia"


def test_a_country_named_like_a_state_is_the_state_beside_its_counties(places_by_text) -> None:
    found = places_by_text("A sewage spill reached a creek in Hall County, and the Georgia environment "
                   "agency was told.")
    assert (found["Georgia"].country_code, found["Georgia"].precision) == ("US", "admin1")


def test_the_country_stays_beside_a_mere_mention_of_the_united_states(places_by_text) -> None:
    found = places_by_text("U.S. officials arrived in Georgia on Tuesday for talks on the ceasefire.")
    assert found["Georgia"].country_code == "GE"


def test_a_surname_used_alone_after_the_full_name_is_not_a_place(places_by_text) -> None:
    found = places_by_text("Budget officer Karen Moore said fees rose in Omaha. According to Moore, "
                           "the county saved money. Moore said more cuts may come.")
    assert "Moore" not in found
    assert found["Omaha"].country_code == "US"


def test_a_surname_that_is_also_a_notable_city_stays_a_place(places_by_text) -> None:
    found = places_by_text("Coach Tom Lima said the squad flew to Lima on Friday for the final.")
    assert found["Lima"].country_code == "PE"


def test_a_car_makers_name_and_model_are_not_places(places_by_text) -> None:
    found = places_by_text("A 2004 Honda Odyssey collided with a Toyota Tacoma near Fargo.")
    assert not {"Honda", "Toyota", "Tacoma"} & set(found)
    assert found["Fargo"].country_code == "US"


def test_a_capitals_dateline_with_an_abbreviated_saint_is_one_place(places_by_text) -> None:
    found = places_by_text("Library hours cut. FT. WAYNE -- The library board voted on Monday to close early.")
    assert found["FT. WAYNE"].name == "Fort Wayne"
    assert "WAYNE" not in found


def test_a_lone_famous_name_in_american_local_news_is_the_american_town(places_by_text) -> None:
    found = places_by_text("Officers arrested a man at 218 Pine St. in Naples on Sunday at 9 p.m., the "
                           "police department said.")
    assert found["Naples"].country_code == "US"


def test_a_famous_city_in_international_news_keeps_its_name(places_by_text) -> None:
    found = places_by_text("Florence's mayor said the city's museums will reopen on Monday after the "
                           "river flooded the old centre.")
    assert found["Florence"].country_code == "IT"


def test_local_news_style_does_not_move_a_city_when_its_country_is_named(places_by_text) -> None:
    found = places_by_text("The Lakeside High School band left at 6 a.m. for Florence, Italy, where "
                           "it will play at 412 Elm St. in the program of a festival.")
    assert found["Florence"].country_code == "IT"


def test_a_country_name_opening_a_school_district_is_the_town(places_by_text) -> None:
    found = places_by_text("The Jordan Independent School District board will meet at 7 p.m. on "
                           "Thursday to discuss bus routes.")
    assert found["Jordan"].country_code == "US"


def test_a_byline_name_is_not_a_place(places_by_text) -> None:
    found = places_by_text("Homes sit unsold in Newark. BY KENT MALLETT Staff Reporter\nThe houses in "
                           "Newark stood empty all winter.")
    assert "KENT" not in found
    assert found["Newark"].country_code == "US"


def test_a_party_hometown_is_a_place_though_ner_calls_it_an_org(places_by_text) -> None:
    found = places_by_text("Rep. Wendell Gilliard, D-Charleston, tried to restore the funding.")
    assert found["Charleston"].country_code == "US"


def test_a_town_opening_a_longer_street_name_is_not_mentioned(places_by_text) -> None:
    found = places_by_text("She lived in an apartment on Van Dorn Street in Perth, police said.")
    assert "Van" not in found
    assert found["Perth"].country_code == "AU"


def test_a_foreign_alternate_spelling_needs_a_place_label(places_by_text) -> None:
    found = places_by_text("The choir from Austin, Texas, closed the show in Houston with the hymn "
                           "It Is Well With My Soul.")
    assert "Soul" not in found
    assert found["Houston"].country_code == "US"


def test_a_town_opening_a_housing_complexs_name_is_not_mentioned(places_by_text) -> None:
    """'Boston Commons' and 'Dayton Ridge' are complexes named after towns; a 'Denver
    apartment' is in Denver."""
    found = places_by_text("Firefighters evacuated the Boston Commons and Dayton Ridge apartment complexes "
                           "and a Denver apartment on Friday, officials in Omaha said.")
    assert "Boston" not in found and "Dayton" not in found
    assert found["Denver"].country_code == found["Omaha"].country_code == "US"


def test_a_bare_name_beside_its_county_is_short_for_the_county(places_by_text) -> None:
    """No town called Laurel lies in a Laurel County, so 'across Laurel' is the county."""
    found = places_by_text("Laurel County deputies searched the woods overnight. Schools across Laurel "
                           "opened two hours late on Tuesday.")
    assert found["Laurel"].name == found["Laurel County"].name == "Laurel County"


def test_a_town_in_its_own_namesake_county_stays_a_town() -> None:
    from types import SimpleNamespace
    from typing import Any, cast

    from eventcoder.extract.places.gazetteer import Entry
    from eventcoder.extract.places.units import _town_in_own_county

    town = Entry(1, "Alder", "US", "Illinois", 41.93, -88.75, 40_000, "city", True)
    county = Entry(2, "Alder County", "US", "Illinois", 41.89, -88.77, 100_000, "admin2", True)
    far = Entry(3, "Alder County", "US", "Georgia", 33.77, -84.23, 700_000, "admin2", True)
    bare = cast(Any, SimpleNamespace(entries=(town,)))
    assert _town_in_own_county(bare, cast(Any, SimpleNamespace(entries=(county, far))), 50.0)
    assert not _town_in_own_county(bare, cast(Any, SimpleNamespace(entries=(far,))), 50.0)


def test_a_lone_compass_word_is_a_side_not_a_town(places_by_text) -> None:
    """'the North' names a side of the country (or a street, 'North and Elm avenues'), never
    the towns GeoNames knows as North."""
    found = places_by_text("Many in the North opposed the plan, and crews closed North and Elm avenues "
                           "in Denver on Monday.")
    assert "North" not in found
    assert found["Denver"].country_code == "US"
