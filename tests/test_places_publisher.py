"""Where a local story is at home: its publisher's country-code domain and the style of its
country's local news (institutions, postal codes, usage) move a lone ambiguous town there."""

from __future__ import annotations

import pytest

from eventcoder.extract.places.local_news import Style, article_style, domain_country, local_home

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gazetteer_home")]


@pytest.mark.parametrize(("url", "country"), [
    ("https://www.valley-courier.co.uk/news/2016/roads", "GB"),
    ("http://news.prairie-post.ca/local/1234", "CA"),
    ("https://www.harbour-times.com.au/story", "AU"),
    ("https://weekly-report.tv/episode", None),
    ("https://www.county-ledger.com/local", None),
    (None, None),
])
def test_a_country_code_domain_is_the_publishers_country(url: str | None, country: str | None) -> None:
    assert domain_country(url) == country


def test_a_lone_town_in_a_canadian_paper_is_the_canadian_namesake(places_at) -> None:
    text = "Police closed two roads in London after the storm on Tuesday, a spokesman said."
    assert places_at(text, "http://news.prairie-post.ca/local/1234")["London"].country_code == "CA"
    assert places_at(text, None)["London"].country_code == "GB"


def test_a_lone_town_in_a_british_paper_is_the_british_namesake(places_at) -> None:
    text = "A new footbridge over the river in Richmond opened on Saturday."
    assert places_at(text, "https://www.valley-courier.co.uk/news/2016/roads")["Richmond"].country_code == "GB"


def test_a_domain_does_not_move_a_town_the_story_places_abroad(places_at) -> None:
    text = "Flooding in Richmond, Virginia, closed schools across the state on Monday."
    assert places_at(text, "https://www.valley-courier.co.uk/news/2016/roads")["Richmond"].country_code == "US"


def test_british_local_style_takes_a_lone_town_home(places_at) -> None:
    text = ("The district council will spend £2m on a new swimming pool whilst the old one in "
            "Richmond is demolished.")
    assert places_at(text, None)["Richmond"].country_code == "GB"


def test_canadian_local_style_takes_a_lone_town_home(places_at) -> None:
    text = ("RCMP officers searched a farm near Woodstock on Friday, and the province said it would "
            "pay for the cleanup.")
    assert places_at(text, None)["Woodstock"].country_code == "CA"


def test_american_cues_win_a_tie_of_cue_kinds() -> None:
    style = Style(None, (("US", 2), ("GB", 2), ("CA", 0)))
    assert local_home("", style, 0) == "US"
    assert local_home("", Style(None, (("US", 0), ("GB", 2), ("CA", 2))), 0) is None


def test_one_kind_of_british_cue_is_not_enough() -> None:
    style = article_style("The borough council met on Tuesday.", None)
    assert local_home("The borough council met on Tuesday.", style, 0) is None


def test_a_postcode_is_a_street_address_cue() -> None:
    style = article_style("Write to the council at 12 High Road, Leeds LS1 4AB, whilst the office is shut.", None)
    assert dict(style.kinds)["GB"] == 2


def test_two_lone_towns_sent_abroad_do_not_block_each_other(places_at) -> None:
    text = "Bin collections in Richmond and Kew will cost more from April, the council said."
    found = places_at(text, "https://www.valley-courier.co.uk/news/2016/roads")
    assert (found["Richmond"].country_code, found["Kew"].country_code) == ("GB", "GB")
