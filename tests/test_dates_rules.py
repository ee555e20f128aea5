"""Temporal grammar rules added for TimeML-style news (issue 10): each rule with its own sentence.

Grammar-level cases run without a parse; the ones that depend on tense or on the order of
mentions run through the dates step with the shared pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventcoder.extract.context import Context
from eventcoder.extract.dates.extract import extract_dates, find_mentions, governing_date
from eventcoder.extract.dates.grammar import scan
from eventcoder.extract.dates.resolve import resolve

PUB = date(2024, 5, 12)  # a Sunday


def _listed(make_ctx: Callable[..., Context], text: str, published: str = "2024-05-12") -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in extract_dates(make_ctx(text, published=published))]


def _grammar(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each atom's text, value and end of range, resolved against PUB without a parse."""
    out = []
    for atom in scan(text):
        assert atom.expr is not None
        r = resolve(atom.expr, PUB)
        out.append((text[atom.start:atom.end].strip(" ,"), r.value, r.until))
    return out


@pytest.mark.parametrize("text, expected", [
    ("Ethiopia's army said in the nineties it had no bases there.", [("the nineties", "1990", "1999")]),
    ("In the late eighties Kabul was besieged.", [("the late eighties", "1980", "1989")]),
    ("The 12th-century citadel of Aleppo was shelled.", [("The 12th-century", "1100", "1199")]),
    ("Borders drawn in the 20th century still divide the Sahel.", [("the 20th century", "1900", "1999")]),
    ("In nineteen eighty-two the militia entered the camps.", [("In nineteen eighty-two", "1982", None)]),
    ("March nineteen ninety-four: the killings began.", [("March nineteen ninety-four", "1994-03", None)]),
    ("The treaty was meant to hold until the year two thousand.", [("until the year two thousand", "2000", None)]),
    ("Two thousand people crossed into Chad.", []),
    ("Nineteen seventy-year-old refugees waited.", []),
])
def test_years_decades_and_centuries_in_words(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _grammar(text) == expected


@pytest.mark.slow
def test_each_end_of_a_written_range_is_its_own_item(make_ctx: Callable[..., Context]) -> None:
    """TimeML counts every written time: 'between 2013 and 2016' names two years."""
    listed = _listed(make_ctx, "Rebels held Kidal between 2013 and 2016. The talks ran from March to May 2023.")
    assert listed == [("between 2013", "2013"), ("2016", "2016"), ("from March", "2023-03"), ("May 2023", "2023-05")]
    ranges = [m.until for m in extract_dates(make_ctx("Rebels held Kidal between 2013 and 2016.", published="2024-05-12"))]
    assert ranges == ["2016", None]


@pytest.mark.slow
def test_durations_are_not_listed_but_still_govern(make_ctx: Callable[..., Context]) -> None:
    """'over the past three months' says how long; the single 'past year' still says when."""
    text = "Some 4,000 families have fled Marib over the past three months. Prices in Aden rose in the past year."
    ctx = make_ctx(text, published="2024-05-12")
    assert [(m.text, m.value) for m in extract_dates(ctx)] == [("in the past year", "2023-05")]
    assert [m.text for m in find_mentions(ctx)][0] == "over the past three months"
    figure = text.index("4,000")
    ref = governing_date(ctx, figure, figure + 14)
    assert ref is not None and (ref.value, ref.until) == ("2024-02-12", "2024-05-12")


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("The ministry expects revenue to fall for the full year.", [("for the full year", "2024")]),
    ("Aid agencies hope to reach Tigray by the end of the year.", [("by the end of the year", "2024")]),
    ("Cholera cases in Sanaa peaked earlier in the year.", [("earlier in the year", "2024")]),
    ("For the year ended June 30, the port handled fewer ships.", [("June 30", "2023-06-30")]),
    ("The year before, the militia had fled Goma.", []),
])
def test_the_year_is_the_publication_year(make_ctx: Callable[..., Context], text: str,
                                          expected: list[tuple[str, str]]) -> None:
    assert _listed(make_ctx, text) == expected


@pytest.mark.slow
def test_the_quarter_is_the_last_quarter_named_even_after_other_times(make_ctx: Callable[..., Context]) -> None:
    text = ("The Kenyan lender reported a loss for the third quarter and expects a recovery next year. "
            "Deposits fell in the quarter, and bad loans rose from the year-earlier quarter.")
    assert _listed(make_ctx, text, "2023-10-30") == [
        ("the third quarter", "2023-Q3"), ("next year", "2024"), ("the quarter", "2023-Q3"),
        ("the year-earlier quarter", "2022-Q3")]


@pytest.mark.slow
def test_a_quarter_ended_on_a_quarter_end_is_that_quarter(make_ctx: Callable[..., Context]) -> None:
    text = "For the quarter ended June 30, the Nigerian brewer's sales fell 4%."
    assert _listed(make_ctx, text, "2023-08-02")[0] == ("the quarter", "2023-Q2")


@pytest.mark.slow
def test_a_month_dating_a_noun(make_ctx: Callable[..., Context]) -> None:
    """'the October killing': an article, the month, then the noun it dates; 'May' as a name is not."""
    text = "No one was charged over the October killing of two teachers in Gao, and a June ceasefire collapsed."
    assert _listed(make_ctx, text, "2023-11-20") == [("October", "2023-10"), ("June", "2023-06")]
    assert _listed(make_ctx, "The May of Dakar is a street market.", "2023-11-20") == []


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Fighting near Sittwe continued through January.", [("through January", "2024-01")]),
    ("Exports to Mombasa were suspended for November.", [("for November", "2023-11")]),
    ("Police searched homes through Sept. 29 in Lahore.", [("Sept. 29", "2024-09-29")]),
])
def test_more_prepositions_before_a_month(make_ctx: Callable[..., Context], text: str,
                                          expected: list[tuple[str, str]]) -> None:
    assert [t for t, _ in _listed(make_ctx, text, "2024-05-12")] == [t for t, _ in expected]


@pytest.mark.slow
def test_repetitions_and_programme_names_are_not_dates(make_ctx: Callable[..., Context]) -> None:
    text = ('Convoys leave Kandahar every Thursday. The minister told NBC\'s "Meet the Press" and '
            'ABC\'s "This Week" that talks resume this week.')
    assert _listed(make_ctx, text) == [("this week", "2024-W19")]


@pytest.mark.slow
def test_earliest_moment_markers_look_ahead(make_ctx: Callable[..., Context]) -> None:
    text = "The first buses reached Rafah on Tuesday, and more could leave as early as Thursday."
    assert _listed(make_ctx, text, "2024-05-15") == [("on Tuesday", "2024-05-14"), ("Thursday", "2024-05-16")]


@pytest.mark.slow
def test_is_to_with_a_day_is_future(make_ctx: Callable[..., Context]) -> None:
    assert _listed(make_ctx, "Trading in the Lagos shares is to resume Tuesday.", "2024-05-15") == [
        ("Tuesday", "2024-05-21")]


@pytest.mark.slow
@pytest.mark.parametrize("text, published, expected", [
    ("The government gave the rebels until Jan. 14 to disarm, a deadline extended last week.",
     "2024-01-20", "2024-01-14"),
    ("Observers questioned the Feb. 3 deadline set by the electoral board.", "2024-01-20", "2024-02-03"),
    ("The junta ordered the envoy to leave Niamey by Aug. 28.", "2023-08-30", "2023-08-28"),
    ("Holders of record Nov. 22 will receive the dividend.", "2023-11-02", "2023-11-22"),
])
def test_deadlines_pick_the_occurrence_near_publication(make_ctx: Callable[..., Context], text: str,
                                                        published: str, expected: str) -> None:
    assert _listed(make_ctx, text, published)[0][1] == expected


@pytest.mark.parametrize("text, expected", [
    ("Parliament in Kyiv approved the bill in early October this year.", [("in early October this year", "2024-10")]),
    ("The envoy was shot on March 3 last year in Mogadishu.", [("on March 3 last year", "2023-03-03")]),
    ("Burundi will join the force in April next year.", [("in April next year", "2025-04")]),
])
def test_a_month_with_a_year_named_from_publication(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in _grammar(text)] == expected


def test_a_capitalised_today_after_a_name_is_a_title() -> None:
    assert [t for t, _, _ in _grammar("You are listening to Radio Dabanga Today. Today the camp was shelled.")] == [
        "Today"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("The army has given the gunmen until 6 a.m. Tuesday to leave Tripoli.", "2024-05-14T06:00"),
    ("The electoral board postponed until Thursday the count in Kinshasa.", "2024-05-16"),
    ("The rebels stayed in Juba until Saturday.", "2024-05-11"),
])
def test_a_day_named_as_a_deadline_is_ahead(make_ctx: Callable[..., Context], text: str, expected: str) -> None:
    assert _listed(make_ctx, text, "2024-05-13")[0][1] == expected


@pytest.mark.slow
def test_a_deadline_in_a_past_perfect_clause_is_behind(make_ctx: Callable[..., Context]) -> None:
    text = "Thirty of the 54 members had filed reports by Wednesday, the African Union said."
    assert _listed(make_ctx, text, "2024-05-16")[0] == ("by Wednesday", "2024-05-15")


def test_weeks_are_listed_as_iso_weeks(make_ctx: Callable[..., Context]) -> None:
    """A week in the record is ISO 8601's week form; figures and events keep its Monday."""
    from eventcoder.extract.dates.extract import governing_date

    text = "Ferry crossings to Lesbos doubled last week, the coastguard said."
    ctx = make_ctx(text, published="2021-01-06")  # ISO week 1 of 2021 starts 4 January
    assert _listed(make_ctx, text, published="2021-01-06") == [("last week", "2020-W53")]
    ref = governing_date(ctx, text.index("doubled"), text.index("doubled") + 7)
    assert ref is not None and (ref.value, ref.until) == ("2020-12-28", "2021-01-03")


@pytest.mark.parametrize("text, expected", [
    ("Chile's copper regulator expects the permit by year-end.", [("by year-end", "2024-12-31", None)]),
    ("The lira has lost 12% since year-end, traders in Istanbul said.", [("since year-end", "2023-12-31", "2024-05-12")]),
    ("Repairs to the Kakhovka dam may last until next year's end.", [("until next year's end", "2025-12-31", None)]),
    ("Year-end bonuses at the Lagos refinery were cut.", []),
    ("The year-end audit found gaps in Dhaka's relief accounts.", []),
])
def test_year_end_after_a_preposition(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _grammar(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Troops entered Mekelle on 28 November. The following day, looting began.",
     [("on 28 November", "2023-11-28"), ("The following day", "2023-11-29")]),
    ("The dam at Derna burst on 11 September 2023; the following month the city was sealed off.",
     [("on 11 September 2023", "2023-09-11"), ("the following month", "2023-10")]),
    ("Kabul fell in August 2021, and aid had been cut the preceding year.",
     [("in August 2021", "2021-08"), ("the preceding year", "2020")]),
    ("Cholera reached Sana'a on 2 March. By the next day 40 cases were counted.",
     [("on 2 March", "2024-03-02"), ("the next day", "2024-03-03")]),
    ("The following day nobody in Goma could say who had fired.", []),
])
def test_following_unit_counts_from_the_last_time_told(make_ctx: Callable[..., Context], text: str,
                                                       expected: list[tuple[str, str]]) -> None:
    assert _listed(make_ctx, text) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    ("Flights resumed after Thanksgiving.", date(2023, 12, 4), "2023-11-23"),  # the Thursday moves each year
    ("Flights resume after Thanksgiving.", date(2024, 1, 4), "2023-11-23"),
    ("Shops in Nicosia closed on Boxing Day.", date(2024, 1, 4), "2023-12-26"),
    ("Talks resume after New Year's Day.", date(2023, 12, 20), "2023-01-01"),  # no tense from the grammar alone
])
def test_holidays_fall_on_their_own_day(text: str, anchor: date, expected: str) -> None:
    atoms = scan(text)
    assert len(atoms) == 1 and atoms[0].expr is not None
    assert resolve(atoms[0].expr, anchor).value == expected
    assert resolve(atoms[0].expr, anchor, future=True).value > anchor.isoformat()
