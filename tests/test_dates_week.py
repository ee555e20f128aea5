"""Which week a bare weekday falls in, and what a count of days counts from (issue 10, fifth pass).

News reports the past: 'on Sunday night' is the last Sunday unless the clause is about the
future. Each rule below has its own sentence; they run through the dates step with the parse.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.extract.context import Context
from eventcoder.extract.dates.extract import extract_dates


def _values(make_ctx: Callable[..., Context], text: str, published: str) -> dict[str, str | None]:
    return {m.text: m.value for m in extract_dates(make_ctx(text, published=published))}


@pytest.mark.parametrize("text, published, phrase, value", [
    # a headline in the present tense, parsed into the first sentence, does not make it future
    ("Gunmen kidnap 14 travellers near Kaduna; army strikes camp\n\n"
     "Gunmen kidnapped 14 travellers on the highway near Kaduna on Saturday night, police said.",
     "2024-03-13", "on Saturday night", "2024-03-09"),
    # a plan told in the past perfect was overtaken: its day has passed
    ("The truce had been due to end on Friday evening, but both sides extended it.",
     "2023-04-24", "on Friday evening", "2023-04-21"),
    ("The talks previously had been scheduled to resume at noon Thursday.",
     "2023-04-24", "at noon Thursday", "2023-04-20T12:00"),
    # a weekday naming an event ('Tuesday's ambush') is told as done under a present verb
    ("The curfew follows Tuesday's ambush near Gao, which killed six soldiers.",
     "2022-08-12", "Tuesday", "2022-08-09"),
    # a plan in the simple past: the nearest such day, here the day after publication
    ("Veterans planned a march in central Kyiv on Saturday to demand better pensions.",
     "2023-09-15", "on Saturday", "2023-09-16"),
    ("Farmers planned a blockade of the ring road on Tuesday.",
     "2023-09-15", "on Tuesday", "2023-09-12"),
    # still future when the clause says so
    ("The governor will visit the camp in Maiduguri on Sunday.",
     "2023-09-15", "on Sunday", "2023-09-17"),
])
def test_weekday_week(make_ctx: Callable[..., Context], text: str, published: str, phrase: str, value: str) -> None:
    assert _values(make_ctx, text, published)[phrase] == value


def test_day_count_counts_from_the_last_day_not_the_last_year(make_ctx: Callable[..., Context]) -> None:
    """'A day earlier' after 'this year' counts from the Sunday named before the year."""
    text = ("Shelling killed five people in Donetsk on Sunday, the deadliest day there this year. "
            "A day earlier, a drone hit a bus depot in Horlivka.")
    values = _values(make_ctx, text, "2023-06-13")
    assert values["this year"] == "2023"
    assert values["A day earlier"] == "2023-06-10"


def test_week_count_counts_from_the_last_day(make_ctx: Callable[..., Context]) -> None:
    text = "The dam near Nova Kakhovka burst on June 6, flooding villages in May and June. A week later, the water fell."
    assert _values(make_ctx, text, "2023-06-30")["A week later"] == "2023-06-13"


def test_fronted_weekday_dates_the_planning(make_ctx: Callable[..., Context]) -> None:
    """'On Friday, X planned to ...': the fronted day is when the plan was made, so the last one."""
    text = "On Friday, the ministry planned to pay the first compensation claims in Nairobi."
    assert _values(make_ctx, text, "2023-09-13")["On Friday"] == "2023-09-08"


@pytest.mark.parametrize("text, phrase, value", [
    ("Troops entered Mopti on Tuesday. Later that day, the curfew was lifted.", "Later that day", "2021-03-02"),
    ("Troops entered Mopti on Tuesday, the first time this year. That same night, the mayor fled.",
     "That same night", "2021-03-02"),
    ("Troops entered Mopti on Tuesday. The next morning, the market reopened.", "The next morning", "2021-03-03"),
])
def test_that_day_is_the_last_day_named(make_ctx: Callable[..., Context], text: str, phrase: str, value: str) -> None:
    assert _values(make_ctx, text, "2021-03-05")[phrase] == value


def test_that_day_alone_is_not_listed(make_ctx: Callable[..., Context]) -> None:
    """With no day named before it, 'that day' means nothing here."""
    assert "That day" not in _values(make_ctx, "That day, the mayor fled Mopti.", "2021-03-05")


def test_two_words_before_year(make_ctx: Callable[..., Context]) -> None:
    """'the full fiscal year' is the year of publication, as 'the fiscal year' is."""
    values = _values(make_ctx, "Profit for the full fiscal year rose 4%.", "2019-11-02")
    assert values["for the full fiscal year"] == "2019"


def test_event_day_below_a_headline_and_a_country_dateline() -> None:
    """The parser may join headline, dateline and first sentence: the weekday still dates the
    event (the last Monday), and a 'CITY, Country, June 12 -' dateline does not."""
    from eventcoder.model import Article
    from eventcoder.record import build_record

    text = ("Gunmen kill five at mosque in Kano\n\nKANO, Nigeria, June 12 - Gunmen attacked a mosque in Kano "
            "on Monday night, killing five worshippers, police said.")
    record = build_record(Article(id="t", text=text, published="2024-06-12"))
    assert [e.date.value for e in record.events if e.date is not None] == ["2024-06-10"]
