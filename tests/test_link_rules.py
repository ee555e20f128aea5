"""Unit tests of the linking rules and claim disagreement, without a database."""

from __future__ import annotations

import math
from datetime import date

import pytest

from eventcoder.link import Claim, LinkRules, Mention, claim_range, compare, day_window, disagreements
from eventcoder.link.rules import match_actors, match_dates, match_place, match_type

RULES = LinkRules()


def m(**kw: object) -> Mention:
    base: dict[str, object] = dict(
        type="Violence against civilians", start=date(2016, 12, 13), end=date(2016, 12, 13),
        country_code="SY", admin1="Aleppo", lat=36.20, lon=37.16, precision="city", article="a")
    base.update(kw)
    return Mention(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("value,precision,until,expected", [
    ("2016-12-13", "day", None, ("2016-12-13", "2016-12-13")),
    ("2016-12-13T03:00Z", "hour", None, ("2016-12-13", "2016-12-13")),
    ("2016-12", "month", None, ("2016-12-01", "2016-12-31")),
    ("2016", "year", None, ("2016-01-01", "2016-12-31")),
    ("2016-W50", "week", None, ("2016-12-12", "2016-12-18")),
    ("2016-12-10", "day", "2016-12-12", ("2016-12-10", "2016-12-12")),
    ("2016-Q3", "quarter", "2016-09-30", ("2016-07-01", "2016-09-30")),  # as the dates step writes it
    ("2016-Q1", "quarter", None, ("2016-01-01", "2016-03-31")),
    ("2016-Q4", "quarter", "2017-03-31", ("2016-10-01", "2017-03-31")),  # through a later quarter
    ("2016-Q5", "quarter", None, None),
    (None, "day", None, None),
    ("garbage", "day", None, None),
])
def test_day_window(value: str | None, precision: str, until: str | None,
                    expected: tuple[str, str] | None) -> None:
    got = day_window(value, precision, until)
    assert (None if got is None else (got[0].isoformat(), got[1].isoformat())) == expected


def test_types_same_or_declared_compatible() -> None:
    assert match_type(m(), m(), RULES) == "same type Violence against civilians"
    assert match_type(m(type="Protests"), m(type="Riots"), RULES) == "compatible types Protests/Riots"
    assert match_type(m(type="Protests"), m(type="Battles"), RULES) is None
    strict = LinkRules(compatible_types=frozenset())
    assert match_type(m(type="Protests"), m(type="Riots"), strict) is None


def test_dates_tolerance_and_month_overlap() -> None:
    assert match_dates(m(), m(start=date(2016, 12, 14), end=date(2016, 12, 14)), RULES)
    assert match_dates(m(), m(start=date(2016, 12, 15), end=date(2016, 12, 15)), RULES) is None
    wide = LinkRules(date_tolerance_days=2)
    assert match_dates(m(), m(start=date(2016, 12, 15), end=date(2016, 12, 15)), wide)
    month = m(start=date(2016, 12, 1), end=date(2016, 12, 31))
    reason, gap = match_dates(m(), month, RULES)  # type: ignore[misc]
    assert gap == 0 and reason == "dates 2016-12-13/2016-12-01..2016-12-31"
    assert match_dates(m(start=None, end=None), m(), RULES) is None


def test_place_distance_and_coarse_admin1() -> None:
    near = m(lat=36.21, lon=37.13)  # ~3 km
    reason, km = match_place(m(), near, RULES)  # type: ignore[misc]
    assert reason.endswith("km apart") and 2 < km < 4
    assert match_place(m(), m(lat=36.6, lon=37.16), RULES) is None  # ~44 km
    assert match_place(m(), m(lat=36.6, lon=37.16), LinkRules(max_distance_km=50))
    coarse = m(lat=None, lon=None, precision="admin1")
    assert match_place(m(), coarse, RULES) == ("same admin1 Aleppo", None)
    assert match_place(m(), m(lat=None, lon=None, admin1="Idlib"), RULES) is None
    assert match_place(m(), m(country_code="TR"), RULES) is None


def test_actors_match_or_unknown() -> None:
    assert match_actors(m(actor1="RSF"), m(actor1="rsf"), RULES) == "actor1 match"
    assert match_actors(m(actor1="RSF"), m(actor1=None), RULES) == "actors unknown"
    assert match_actors(m(actor1="RSF"), m(actor1="Unidentified gunmen"), RULES) == "actors unknown"
    assert match_actors(m(actor1="RSF"), m(actor1="SAF"), RULES) is None
    swapped = match_actors(m(actor1="RSF", actor2="SAF"), m(actor1="SAF", actor2="RSF"), RULES)
    assert swapped == "actors match (swapped)"


def test_compare_reason_and_same_article() -> None:
    got = compare(m(actor1="RSF"), m(actor1="RSF", lat=36.21, lon=37.13, article="b"), RULES)
    assert got is not None
    assert got.reason.startswith("same type Violence against civilians; dates 2016-12-13/2016-12-13; ")
    assert got.reason.endswith("km apart; actor1 match")
    assert compare(m(), m(), RULES) is None  # same article: two events there are two events


def claim(value: float | None, qualifier: str = "exact", text: str | None = None,
          source: str = "s") -> Claim:
    return Claim("killed", value, None, None, qualifier, text, source)


def test_claim_ranges() -> None:
    assert claim_range(claim(82), RULES) == pytest.approx((73.8, 90.2))
    assert claim_range(claim(15, "at_least"), RULES) == (15, math.inf)
    assert claim_range(claim(100, "more_than"), RULES) == (101, math.inf)
    assert claim_range(claim(None, "vague", "dozens"), RULES) == (12, 99)
    assert claim_range(claim(None, "vague", "many"), RULES) is None


def test_disagreement_flags_non_overlapping_ranges() -> None:
    claims = [(claim(82, text="82", source="UN"), "a1"),
              (claim(None, "vague", "dozens", "residents"), "a2"),
              (claim(100, "more_than", "more than 100", "activists"), "a3")]
    notes, involved = disagreements(claims, RULES)
    assert notes == ["killed: 82 — UN vs dozens — residents vs more than 100 — activists"]
    assert involved == {0, 1, 2}  # 82 and dozens agree, but neither fits "more than 100"
    two = disagreements(claims[:2], RULES)
    assert two == ([], set())
    agree = [(claim(12), "a1"), (claim(13), "a2")]
    assert disagreements(agree, RULES) == ([], set())
    exact = LinkRules(figure_tolerance=0.0)
    assert disagreements(agree, exact)[0] == ["killed: 12 — s vs 13 — s"]
    same_article = [(claim(12), "a1"), (claim(15, "at_least"), "a1")]
    assert disagreements(same_article, RULES) == ([], set())


def test_year_precision_is_too_vague_to_link() -> None:
    year = m(start=date(2016, 1, 1), end=date(2016, 12, 31), article="b")
    assert match_dates(m(), year, RULES) is None
    assert compare(m(), year, RULES) is None
    assert match_dates(m(), year, LinkRules(max_window_days=400))
