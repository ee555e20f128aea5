"""Dates and figures at their limits: new grammar rules fire on their own, out-of-range values
stay unresolved instead of crashing or hanging, and the work grows linearly with the text."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from work_count import calls

from eventcoder.extract.context import Context
from eventcoder.extract.dates.expr import Expr
from eventcoder.extract.dates.grammar import RULES, Rule, scan
from eventcoder.extract.dates.resolve import resolve
from eventcoder.extract.figures.numbers import find_numbers, parse_number


def _fortnight(m: re.Match[str]) -> Expr | None:
    return Expr(kind="relative", unit="week", shift=-2)


@pytest.mark.parametrize("anchor", [None, r"(?i:fortnight)"])
def test_a_new_rule_fires_without_touching_a_prefilter(anchor: str | None) -> None:
    rule = Rule("fortnight", r"(?i:a\s+fortnight\s+ago)", _fortnight, anchor)
    text = "The convoy left Juba a fortnight ago and has not arrived."
    assert scan(text) == []
    atoms = scan(text, rules=[*RULES, rule])
    assert [text[a.start:a.end] for a in atoms] == ["a fortnight ago"]


def _resolved(text: str, published: date) -> list[str | None]:
    return [resolve(a.expr, published).value for a in scan(text) if a.expr is not None]


@pytest.mark.parametrize("text, published", [
    ("Shelling resumed on April 31.", date(2024, 5, 12)),        # a day no year has
    ("Shelling resumed on February 30.", date(2024, 5, 12)),
    ("Shelling resumed on February 30, 2016.", date(2016, 3, 1)),
    ("Shelling resumed on April 3.", date(1, 1, 1)),             # before the first year
    ("Two guards were shot yesterday.", date(1, 1, 1)),
    ("The talks open tomorrow.", date(9999, 12, 31)),
    ("The talks open next week, next month or next year.", date(9999, 12, 31)),
    ("The militia left 99999999999 days ago.", date(2024, 5, 12)),
])
def test_out_of_range_dates_are_unresolved(text: str, published: date) -> None:
    values = _resolved(text, published)
    assert values and all(v is None for v in values)


def test_a_leap_day_still_finds_its_year() -> None:
    assert _resolved("Polls closed on February 29.", date(2023, 6, 1)) == ["2020-02-29"]


def test_an_article_with_impossible_dates_still_has_its_other_dates(make_ctx: Callable[..., Context]) -> None:
    from eventcoder.extract.dates.extract import extract_dates

    ctx = make_ctx("Militants attacked a depot on February 30. Police said on Monday that 4 died.",
                   published="2024-05-12")
    assert [(d.text, d.value) for d in extract_dates(ctx)] == [
        ("on February 30", None), ("on Monday", "2024-05-06")]


@pytest.mark.parametrize("text", ["99999999999999999999 killed", "1e309 killed", "-5 dead",
                                  "abc\uff11\uff12def killed", "between 1 and 99999999999999999999 died"])
def test_absurd_numbers_are_no_figures(text: str, make_ctx: Callable[..., Context]) -> None:
    from eventcoder.extract.figures.extract import extract_figures

    assert all(q.value is None or q.value <= 10_000_000_000 for q in extract_figures(make_ctx(text)))
    assert all(m.high is None or m.high <= 10_000_000_000 for m in find_numbers(text))


def test_parse_number_refuses_what_no_count_can_be() -> None:
    assert parse_number("99999999999999999999") is None
    assert parse_number("1" + "0" * 400) is None
    assert parse_number("12 million") == 12_000_000.0


# --- work grows linearly with the text ----------------------------------------------------

_PARAGRAPH = (
    "GOMA, March 3 (Wire) - Rebels seized two villages on Tuesday, and at least 14 civilians "
    "were killed in shelling that began on 28 February 2024 at 5am local time.\n\n"
    "Between 300 and 400 families fled last week, the agency said on Wednesday, adding that "
    "more than 1,200 people had reached camps since January and 3 aid workers were missing "
    "three days ago. Call +243 81 555 0101 for details.\n\n"
)


@pytest.mark.parametrize("work", [scan, find_numbers], ids=["dates.scan", "figures.find_numbers"])
def test_work_grows_linearly_with_the_text(work: Callable[[str], object]) -> None:
    work(_PARAGRAPH)  # compile patterns and load lexicons before counting
    one, four, sixteen = (calls(lambda n=n: work(_PARAGRAPH * n)) for n in (1, 4, 16))
    assert four <= 4 * one * 1.2
    assert sixteen <= 4 * four * 1.2
