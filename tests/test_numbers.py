"""Reading number expressions from plain text: values, ranges, hedges, vague amounts."""

from __future__ import annotations

import pytest

from eventcoder.extract.figures.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", 7), ("1500", 1500), ("50,000", 50_000), ("50 000", 50_000),
        ("50\u00a0000", 50_000), ("1.5 million", 1_500_000), ("2 bn", 2_000_000_000),
        ("two", 2), ("eighty-two", 82), ("Eighty-Two", 82), ("twenty three", 23),
        ("two hundred and fifty", 250), ("a dozen", 12), ("a hundred", 100),
        ("three thousand", 3000), ("one million", 1_000_000), ("eleven", 11),
    ],
)
def test_parse_number_reads_digits_and_words(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_parse_number_refuses_non_numbers() -> None:
    assert parse_number("several") is None
    assert parse_number("") is None


def _read(text: str) -> list[tuple[str, float | None, float | None, float | None, str, bool]]:
    return [(text[m.start:m.end], m.value, m.low, m.high, m.qualifier, m.percent)
            for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "phrase", "qualifier"),
    [
        ("at least 14 people", "at least 14", "at_least"),
        ("more than 300 troops", "more than 300", "more_than"),
        ("over 40 villages", "over 40", "more_than"),
        ("upwards of 60 people", "upwards of 60", "more_than"),
        ("fewer than 100 residents", "fewer than 100", "less_than"),
        ("less than 20 families", "less than 20", "less_than"),
        ("under 30 soldiers", "under 30", "less_than"),
        ("up to 500 detainees", "up to 500", "up_to"),
        ("about 50,000 people", "about 50,000", "about"),
        ("around 70 fighters", "around 70", "about"),
        ("nearly 1.9 million people", "nearly 1.9 million", "about"),
        ("some 200 families", "some 200", "about"),
        ("an estimated 15,000 people", "an estimated 15,000", "about"),
        ("roughly 2 million people", "roughly 2 million", "about"),
        ("approximately 90 patients", "approximately 90", "about"),
        ("almost 500 people", "almost 500", "about"),
        ("Up to 300 families", "Up to 300", "up_to"),
        ("40 or more bodies", "40 or more", "at_least"),
        ("30 or so gunmen", "30 or so", "about"),
        ("11 soldiers", "11", "exact"),
    ],
)
def test_hedges_become_qualifiers(text: str, phrase: str, qualifier: str) -> None:
    (found,) = find_numbers(text)
    assert text[found.start:found.end] == phrase
    assert found.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "low", "high", "phrase"),
    [
        ("between 20 and 30 soldiers", 20, 30, "between 20 and 30"),
        ("20 to 30 people", 20, 30, "20 to 30"),
        ("20-30 were evacuated", 20, 30, "20-30"),
        ("two or three villages", 2, 3, "two or three"),
        ("from 5,000 to 7,000 people", 5000, 7000, "from 5,000 to 7,000"),
    ],
)
def test_ranges_keep_low_and_high_without_a_value(text: str, low: float, high: float, phrase: str) -> None:
    (found,) = find_numbers(text)
    assert (found.value, found.low, found.high) == (None, low, high)
    assert text[found.start:found.end] == phrase
    assert found.qualifier == "exact"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("dozens of people", "dozens"),
        ("Hundreds of civilians", "Hundreds"),
        ("tens of thousands of residents", "tens of thousands"),
        ("Hundreds of thousands of Rohingya", "Hundreds of thousands"),
        ("scores of aid workers", "scores"),
        ("thousands fled", "thousands"),
        ("several hundred prisoners", "several hundred"),
    ],
)
def test_vague_amounts_have_no_number(text: str, phrase: str) -> None:
    (found,) = find_numbers(text)
    assert text[found.start:found.end] == phrase
    assert (found.value, found.low, found.high, found.qualifier) == (None, None, None, "vague")


def test_percent_signs_and_words() -> None:
    assert _read("85% of the region") == [("85%", 85, None, None, "exact", True)]
    assert _read("over 95 percent") == [("over 95 percent", 95, None, None, "more_than", True)]
    assert _read("40 per cent") == [("40 per cent", 40, None, None, "exact", True)]


@pytest.mark.parametrize(
    "text",
    ["at 5am", "03:00 GMT", "the 15th brigade", "$40", "call +44 20 7946 0958",
     "ring 555-123-4567", "the team scores again", "in the 1990s", "A4 paper", "12/03"],
)
def test_numbers_glued_to_units_or_codes_are_not_read(text: str) -> None:
    assert find_numbers(text) == []


def test_two_numbers_joined_by_and_stay_two() -> None:
    assert [m.value for m in find_numbers("12 killed and 30 wounded")] == [12, 30]


def test_a_descending_pair_is_not_a_range() -> None:
    assert all(m.low is None for m in find_numbers("the vote was 15-0"))
