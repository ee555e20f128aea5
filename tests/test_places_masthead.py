"""A local paper is named after its town: a story of 'parisherald.com' naming Paris means the
paper's Paris, at the publisher's home, not the famous namesake abroad."""

from __future__ import annotations

import pytest

from eventcoder.extract.places.local_news import in_masthead

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gazetteer_home")]


@pytest.mark.parametrize(("key", "url", "found"), [
    ("athens", "http://www.athensdailyreview.com/local/1", True),
    ("twickenham", "http://www.richmondandtwickenhamchronicle.co.uk/news/2", True),
    ("new york", "https://www.newyorkdaily.com/a", True),
    ("erie", "http://www.goerie.com/news", False),  # four letters sit in words by chance
    ("paris", "http://www.example.com/paris/story", False),  # the path is no masthead
    ("paris", None, False),
])
def test_a_name_in_the_publishers_host_is_its_masthead(key: str, url: str | None, found: bool) -> None:
    assert in_masthead(key, url) is found


def test_the_masthead_town_is_the_publishers_namesake(places_at) -> None:
    text = "Firefighters put out a barn fire in Athens on Tuesday night, and nobody was hurt."
    assert places_at(text, "http://www.athensdailyreview.com/local/1")["Athens"].country_code == "US"
    assert places_at(text, None)["Athens"].country_code == "GR"


def test_a_country_named_like_the_masthead_town_is_the_town_in_local_news(places_at) -> None:
    text = "Voters in Lebanon approved a new levy for the high school on Tuesday by a wide margin."
    assert places_at(text, "http://www.lebanondailyrecord.com/news/3")["Lebanon"].country_code == "US"
    assert places_at(text, None)["Lebanon"].country_code == "LB"


def test_a_country_in_the_host_of_a_paper_without_local_style_is_the_country(places_at) -> None:
    text = "Voters in Lebanon went to the polls on Sunday, and turnout was low, officials said."
    assert places_at(text, "http://www.lebanondailyrecord.com/news/3")["Lebanon"].country_code == "LB"


def test_the_masthead_does_not_move_a_town_the_story_places_abroad(places_at) -> None:
    text = "The mayor flew to Paris, France, on Monday to meet investors for the new plant."
    assert places_at(text, "http://www.parisdailyherald.com/local/4")["Paris"].country_code == "FR"


def test_a_suburb_by_its_short_name_is_at_the_publishers_home(places_at) -> None:
    text = "Bus fares in Kingston will rise in May, the borough said on Friday."
    assert places_at(text, "https://www.valley-courier.co.uk/news/2016/roads")["Kingston"].country_code == "GB"
    assert places_at(text, None)["Kingston"].country_code == "JM"


def test_a_foreign_paper_named_after_its_capital_keeps_the_capital(places_at) -> None:
    """English-language papers abroad are often '.com' sites named after their city; without a
    sign of local news (a local section, a phone number, local institutions) the city in the
    host is the famous one, not a small American namesake."""
    text = "Riot police detained dozens of people at a rally in Moscow on Saturday, monitors said."
    assert places_at(text, "https://www.moscowcourier.com/2026/03/01/news")["Moscow"].country_code == "RU"
    assert places_at(text, "https://www.moscowcourier.com/local/2026/rally")["Moscow"].country_code == "US"
    text = "A car bomb exploded in Damascus on Sunday, killing four people, state media said."
    assert places_at(text, "https://www.damascusdaily.com/a/1")["Damascus"].country_code == "SY"


def test_one_name_abroad_does_not_take_the_masthead_town_with_it(places_at) -> None:
    """A local paper's own town stays at home when the story names as many places at home as
    in the namesake's country ('Paris, France' above places more abroad, and moves)."""
    url = "http://www.richmondandtwickenhamtimes.co.uk/news/1.story"
    text = ("Traffic in Richmond will be cut by a new cycling scheme, the council said on Friday. "
            "Other parts of London will follow. A cyclist who moved here from Ohio said the roads were safer.")
    assert places_at(text, url)["Richmond"].country_code == "GB"
