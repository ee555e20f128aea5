"""Villages and towns in rural conflict news: a name the text calls a village is no large
town abroad and is placed in the story's country; a town's name that looks like a demonym
is the town when it stands alone after 'in'; a county of millions named beside a small
town lies where the town's namesake lies beside the county's namesake."""

from __future__ import annotations

import pytest

from eventcoder.extract.places.villages import called_village

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gazetteer_home")]


@pytest.mark.parametrize(("text", "called"), [
    ("raided the village of Solhan at night", True),
    ("raided Solhan village at night", True),
    ("raided Greenwich Village at night", False),
    ("raided the town of Solhan at night", False),
])
def test_the_text_calls_a_name_a_village(text: str, called: bool) -> None:
    start = text.index("Solhan") if "Solhan" in text else text.index("Greenwich")
    end = start + (6 if "Solhan" in text else 9)
    assert called_village(text, start, end) is called


def test_a_village_named_like_a_town_abroad_is_in_the_storys_country(places_by_text) -> None:
    found = places_by_text("Gunmen killed 40 people in the village of Solhan in northern Burkina Faso, "
                           "the government said.")
    assert found["Solhan"].country_code == "BF"
    assert found["Solhan"].lat is None and found["Solhan"].within == "Burkina Faso"


def test_a_village_the_gazetteer_lacks_is_in_the_storys_country(places_by_text) -> None:
    found = places_by_text("Soldiers burned the village of Kpetogo near the border, Togo's army said.")
    assert found["Kpetogo"].country_code == "TG"


def test_no_village_is_guessed_in_a_story_about_several_countries(places_by_text) -> None:
    found = places_by_text("Troops from Niger and Mali searched the village of Kpetogo on Sunday.")
    assert "Kpetogo" not in found


def test_a_town_named_like_a_demonym_standing_alone_after_in_is_the_town(places_by_text) -> None:
    found = places_by_text("Rebels killed 12 civilians near the town, officials in Beni said on Monday. "
                           "The attack in North Kivu was blamed on the ADF.")
    assert found["Beni"].country_code == "CD"


def test_a_demonym_before_its_noun_after_in_is_no_place(places_by_text) -> None:
    assert places_by_text("Two men were held in Afghan custody for a week.") == {}
    assert places_by_text("Prisoners in Syrian and Iraqi jails went on hunger strike.") == {}


@pytest.mark.parametrize(("text", "state"), [
    ("Deputies in Dallas County searched a farm outside Adel on Friday, the sheriff said.", "Iowa"),
    ("Deputies in Cook County searched a farm outside Adel on Friday, the sheriff said.", "Georgia"),
])
def test_a_county_of_millions_yields_to_the_namesake_beside_the_storys_town(places_by_text, text: str,
                                                                            state: str) -> None:
    found = places_by_text(text)
    assert (found[text.split()[2] + " County"].admin1, found["Adel"].admin1) == (state, state)
