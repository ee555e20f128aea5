"""A local telephone number says which state or province a story is at home in: its area code."""

from __future__ import annotations

import pytest

from eventcoder.extract.places.local_news import article_style, local_home, phone_areas


@pytest.mark.parametrize(("text", "areas"), [
    ("Call the office at (903) 555-0142 for tickets.", {("US", "Texas")}),
    ("Call 519-555-0199 or 519.555.0123.", {("CA", "Ontario")}),
    ("Call 1-800-555-0100 toll free.", set()),  # a toll-free code serves no area
    ("The 2009-2010 budget passed 555-1234 votes.", set()),  # no area code, no phone
    ("Serial 12903-555-0142 is not a number.", set()),
])
def test_a_phone_numbers_area_code_names_its_area(text: str, areas: set[tuple[str, str]]) -> None:
    assert phone_areas(text) == areas


def test_a_phone_number_is_a_home_when_the_domain_says_nothing() -> None:
    text = "Tickets are on sale at the civic hall; call (304) 555-0100."
    assert local_home(text, article_style(text, "https://www.county-ledger.com/a"), 0) == "US"
    assert local_home(text, article_style(text, "https://www.valley-courier.co.uk/a"), 0) == "GB"


def test_numbers_in_two_countries_name_no_home() -> None:
    text = "Call (903) 555-0142 in Texas or (519) 555-0199 in Ontario."
    assert article_style(text, None).phone is None
