"""Towns named through their own bodies and townsfolk: 'the Paris City Council', 'a Fort
Worth teen'.  The town is mentioned there, though its name sits in an organisation's name
or is made of everyday words."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gazetteer_home")]


def test_a_town_opening_its_own_police_department_is_a_place(places_by_text) -> None:
    found = places_by_text("The Gainesville Police Department is asking for help finding a missing teenager.")
    assert found["Gainesville"].country_code == "US"


def test_a_name_of_everyday_words_used_as_a_towns_is_the_town(places_by_text) -> None:
    found = places_by_text("A Fort Worth teen was charged on Monday after a fight at a mall.")
    assert found["Fort Worth"].admin1 == "Texas"


def test_everyday_words_before_a_town_council_are_the_town(places_by_text) -> None:
    found = places_by_text("Members of the Mount Pleasant City Council voted on the budget Tuesday night.")
    assert found["Mount Pleasant"].country_code == "US"


def test_a_school_named_like_a_town_is_not_the_town(places_by_text) -> None:
    found = places_by_text("Students at Lincoln High School raised money for the food bank.")
    assert "Lincoln" not in found


def test_everyday_words_without_a_towns_noun_stay_words(places_by_text) -> None:
    found = places_by_text("The Red Cross set up a shelter for families in the gym.")
    assert "Red Cross" not in found and "Red" not in found
