"""Lists of names closed by a plural unit ('Walton and Oconee counties'): every name is that
unit, including names the gazetteer knows only with the unit."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gazetteer_home")]


def test_a_county_known_only_with_its_unit_does_not_break_the_list(places_by_text) -> None:
    found = places_by_text("Flooding closed roads across Ziebach and Dewey counties on Monday, "
                           "state officials said.")
    assert found["Ziebach"].name == "Ziebach County"
    assert found["Dewey"].name == "Dewey County"


def test_a_long_list_with_two_word_names_is_spread(places_by_text) -> None:
    found = places_by_text("Burn bans cover Hartley, Oldham and Deaf Smith counties this week.")
    assert found["Oldham"].name == "Oldham County"
    assert found["Hartley"].name == "Hartley County"
