"""The dates extractor: grammar, resolution against the publication date, and governing_date.

Wire-copy fixtures (tests/fixtures/dates_wire.json) are written for these tests; pure grammar
and resolver tests run without spaCy.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from conftest import FIXTURES
from spacy.language import Language

from eventcoder.extract.context import Context
from eventcoder.extract.dates.expr import Clock, Expr
from eventcoder.extract.dates.grammar import Hints, scan
from eventcoder.extract.dates.resolve import resolve
from eventcoder.extract.dates.tense import is_future
from eventcoder.model import Article, Record

WED = date(2016, 12, 14)  # a Wednesday
CASES = json.loads((FIXTURES / "dates_wire.json").read_text(encoding="utf-8"))


def _texts(text: str) -> list[str]:
    return [text[a.start:a.end].strip(" ,") for a in scan(text)]


def _one(text: str, anchor: date | None = WED, future: bool = False) -> tuple[str | None, str, str | None]:
    atoms = scan(text)
    assert len(atoms) == 1, [text[a.start:a.end] for a in atoms]
    assert atoms[0].expr is not None
    r = resolve(atoms[0].expr, anchor, future)
    return (r.value, r.precision, r.until)


# --- grammar + resolver, no parse -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("on Tuesday", ("2016-12-13", "day", None)),
    ("late on Tuesday", ("2016-12-13", "day", None)),
    ("earlier on Tuesday", ("2016-12-13", "day", None)),
    ("Tuesday night", ("2016-12-13", "day", None)),
    ("on Wednesday", ("2016-12-14", "day", None)),  # publication day itself counts
    ("last Wednesday", ("2016-12-07", "day", None)),
    ("last Tuesday", ("2016-12-13", "day", None)),
    ("On November 15", ("2016-11-15", "day", None)),
    ("15 November", ("2016-11-15", "day", None)),
    ("Nov. 15", ("2016-11-15", "day", None)),
    ("November 15, 2016", ("2016-11-15", "day", None)),
    ("3 May", ("2016-05-03", "day", None)),
    ("on 20 December", ("2015-12-20", "day", None)),  # after publication, past tense: last year
    ("in September", ("2016-09", "month", None)),
    ("last September", ("2016-09", "month", None)),
    ("in December", ("2016-12", "month", None)),
    ("September 2015", ("2015-09", "month", None)),
    ("in early December", ("2016-12", "month", None)),
    ("since September", ("2016-09", "month", "2016-12-14")),
    ("since the start of this year", ("2016-01-01", "day", "2016-12-14")),
    ("since 2011", ("2011", "year", "2016-12-14")),
    ("in 2015", ("2015", "year", None)),
    ("in the 1990s", ("1990", "year", "1999")),
    ("from 2011 to 2015", ("2011", "year", "2015")),
    ("between March and May 2022", ("2022-03", "month", "2022-05")),
    ("this year", ("2016", "year", None)),
    ("last year", ("2015", "year", None)),
    ("last month", ("2016-11", "month", None)),
    ("earlier this month", ("2016-12", "month", None)),
    ("last week", ("2016-12-05", "week", "2016-12-11")),
    ("this week", ("2016-12-12", "week", "2016-12-18")),
    ("yesterday", ("2016-12-13", "day", None)),
    ("today", ("2016-12-14", "day", None)),
    ("tonight", ("2016-12-14", "day", None)),
    ("this morning", ("2016-12-14", "day", None)),
    ("last night", ("2016-12-13", "day", None)),
    ("three days ago", ("2016-12-11", "day", None)),
    ("the past two weeks", ("2016-11-30", "day", "2016-12-14")),
    ("over the weekend", ("2016-12-10", "day", "2016-12-11")),
    ("on 2016-12-13", ("2016-12-13", "day", None)),
    ("13/12/2016", ("2016-12-13", "day", None)),
    ("05/04/2016", ("2016-04-05", "day", None)),  # day-first
    ("12/13/2016", ("2016-12-13", "day", None)),  # month-first only because 13 is no month
    ("Thursday, Dec. 15", ("2016-12-15", "day", None)),  # the day name picks the year
    ("mid-2015", ("2015", "year", None)),
    ("in the summer of 2012", ("2012", "year", None)),
    ("two years ago", ("2014", "year", None)),
    ("a week ago", ("2016-12-05", "week", "2016-12-11")),
    ("since 12-14 November", ("2016-11-12", "day", "2016-12-14")),
    ("on 12-14 November", ("2016-11-12", "day", "2016-11-14")),
])
def test_expression_resolves_against_publication(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("5am local time [03:00 GMT] on Wednesday", ("2016-12-14T03:00Z", "minute", None)),
    ("at 5am on Wednesday", ("2016-12-14T05:00", "hour", None)),
    ("on Tuesday at 10:30 p.m.", ("2016-12-13T22:30", "minute", None)),
    ("at 1am local time (2200 GMT) on Wednesday", ("2016-12-13T22:00Z", "minute", None)),
    ("at 0600 GMT on Tuesday", ("2016-12-13T06:00Z", "minute", None)),
])
def test_clock_times_attach_to_their_day(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert _one(text) == expected


def test_one_span_per_expression() -> None:
    assert _texts("Evacuations would begin at 5am local time [03:00 GMT] on Wednesday.") == [
        "at 5am local time [03:00 GMT] on Wednesday"]
    assert _texts("Churkin spoke late on Tuesday.") == ["late on Tuesday"]  # not 'in late on Tuesday'


def test_bare_clock_time_is_not_a_date() -> None:
    assert _texts("The shelling stopped at 2200 GMT and resumed at 6am.") == []


def test_future_tense_picks_the_next_occurrence() -> None:
    assert _one("on Wednesday", future=True) == ("2016-12-14", "day", None)
    assert _one("on Friday", future=True) == ("2016-12-16", "day", None)
    assert _one("on Friday") == ("2016-12-09", "day", None)
    assert _one("on 20 December", future=True) == ("2016-12-20", "day", None)
    assert _one("in March", future=True) == ("2017-03", "month", None)


def test_lexical_tense_without_a_parse() -> None:
    text = "The evacuation will begin on Friday, but the talks ended on Monday."
    assert is_future(text, text.index("on Friday"))
    assert not is_future(text, text.index("on Monday"))


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    assert _one("November 15, 2016", anchor=None) == ("2016-11-15", "day", None)
    assert _one("in 2011", anchor=None) == ("2011", "year", None)
    assert _one("on Tuesday", anchor=None) == (None, "day", None)
    assert _one("since September", anchor=None) == (None, "month", None)
    assert _one("last week", anchor=None) == (None, "week", None)
    assert _one("5am local time [03:00 GMT] on Wednesday", anchor=None) == (None, "minute", None)


def test_leap_day_without_year_goes_to_a_leap_year() -> None:
    assert _one("on 29 February", anchor=date(2017, 6, 1)) == ("2016-02-29", "day", None)


@pytest.mark.parametrize("text", [
    "85% of the region", "more than 1500 civilians died", "about 50,000 people", "Resolution 2254",
    "5 people were killed", "see page 12", "a man aged 45", "since 2011 civilians have fled",
    "2,015 fighters", "Brigade 2011 said", "for years", "after years of fighting", "decades later",
    "Theresa May said", "they may march", "the 2011 uprising", "in 1500 homes",
    "in the 2012 election", "the TODAY programme", "at 2200 GMT",
])
def test_non_dates_are_not_reported(text: str) -> None:
    assert _texts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("At Monday's debate", ["Monday"]),
    ("USA Today said today", ["today"]),
    ("in 2008 and 2012", ["in 2008"]),  # two years, not a range
    ("between 2008 and 2012", ["between 2008 and 2012"]),
    ("since the start of this year", ["since the start of this year"]),
])
def test_span_boundaries(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_bare_year_needs_the_taggers_date_hint() -> None:
    def tagged(text: str) -> list[tuple[str, int | None]]:
        atoms = scan(text, Hints(is_date=lambda s, e: text[s:e].isdigit()))
        return [(text[a.start:a.end], a.expr.year if a.expr else None) for a in atoms]

    assert _texts("the 2011 uprising") == []
    assert tagged("the 2011 uprising") == [("2011", 2011)]
    assert tagged("2015 was the deadliest year") == [("2015", 2015)]
    assert tagged("Brigade 2011 said") == []  # a name with a number


def test_parse_veto_rejects_counting_numbers() -> None:
    text = "in 2015 rebels"
    assert _texts(text) == []  # lexical fallback: a plural noun follows
    assert [text[a.start:a.end] for a in scan(text, Hints())] == ["in 2015"]


def test_resolver_week_and_span_conventions() -> None:
    two_weeks_ago = resolve(Expr(kind="ago", unit="week", count=2), WED)
    assert (two_weeks_ago.value, two_weeks_ago.precision, two_weeks_ago.until) == ("2016-11-28", "week", "2016-12-04")
    past_year = resolve(Expr(kind="past_span", unit="year", count=1), WED)
    assert (past_year.value, past_year.precision, past_year.until) == ("2015-12", "month", "2016-12-14")
    local_only = resolve(Expr(kind="weekday", weekday=1, local=Clock(5)), WED)
    assert local_only.value == "2016-12-13T05:00"


# --- the extractor on parsed wire copy ---------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_wire_copy(case: dict, make_ctx: Callable[..., Context]) -> None:
    from eventcoder.extract.dates.extract import extract_dates

    ctx = make_ctx(case["text"], published=case["published"])
    mentions = extract_dates(ctx)
    assert [[m.text, m.value, m.precision, m.until] for m in mentions] == case["expect"]
    for m in mentions:
        assert ctx.text[m.start:m.end] == m.text
    spans = sorted((m.start, m.end) for m in mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@pytest.mark.slow
def test_future_tense_from_the_parse(make_ctx: Callable[..., Context]) -> None:
    from eventcoder.extract.dates.extract import extract_dates

    ctx = make_ctx("The evacuation will start on Friday. The convoy left on Friday. "
                   "A vote is scheduled for Monday.")
    assert [(m.text, m.value) for m in extract_dates(ctx)] == [
        ("on Friday", "2016-12-16"), ("on Friday", "2016-12-09"), ("Monday", "2016-12-19")]


@pytest.mark.slow
def test_year_less_dates_lean_by_tense_and_deadline(make_ctx: Callable[..., Context]) -> None:
    """No clear tense: the nearest occurrence; past verb: the last; deadline word: the next."""
    from eventcoder.extract.dates.extract import extract_dates

    ctx = make_ctx("Bonds are payable Jan. 9. The fund closed in January. The board must act "
                   "by October 2. Talks began on Dec. 20. Prices peaked in June.", published="2016-11-20")
    assert [(m.text, m.value) for m in extract_dates(ctx)] == [
        ("Jan. 9", "2017-01-09"), ("in January", "2016-01"), ("by October 2", "2017-10-02"),
        ("on Dec. 20", "2015-12-20"), ("in June", "2016-06")]


def test_us_zone_clock_fiscal_year_and_that_year() -> None:
    """'5 p.m. EST Nov. 9' is a local time on that day; 'fiscal 1989' is 1989."""
    assert _one("at 5 p.m. EST Nov. 9", date(1989, 11, 2), True) == ("1989-11-09T17:00", "hour", None)
    assert _one("in fiscal 1989", date(1989, 11, 2)) == ("1989", "year", None)


@pytest.mark.slow
def test_that_year_is_the_last_year_mentioned(make_ctx: Callable[..., Context]) -> None:
    from eventcoder.extract.dates.extract import extract_dates

    ctx = make_ctx("The dam was finished in 1998. The same year, floods hit the valley.")
    assert [(m.text, m.value) for m in extract_dates(ctx)] == [("in 1998", "1998"), ("The same year", "1998")]


def test_nearest_occurrence_without_tense() -> None:
    atoms = scan("It opens Feb. 3.")
    assert atoms[0].expr is not None
    assert resolve(atoms[0].expr, date(2016, 11, 20), nearest=True).value == "2017-02-03"
    assert resolve(atoms[0].expr, date(2016, 6, 20), nearest=True).value == "2016-02-03"


@pytest.mark.slow
def test_every_mention_is_listed_but_vague_ones(make_ctx: Callable[..., Context]) -> None:
    from eventcoder.extract.dates.extract import extract_dates, find_mentions

    text = ("Strikes hit Taiz on Tuesday. Earlier on Tuesday, the UN warned of famine. "
            "The truce collapsed late on Tuesday, and fighting continued in recent days.")
    ctx = make_ctx(text)
    assert [m.text for m in extract_dates(ctx)] == ["on Tuesday", "Earlier on Tuesday", "late on Tuesday"]
    assert [m.text for m in find_mentions(ctx)] == [
        "on Tuesday", "Earlier on Tuesday", "late on Tuesday", "in recent days"]


@pytest.mark.slow
def test_governing_date_prefers_the_clause_then_the_sentence(make_ctx: Callable[..., Context]) -> None:
    from eventcoder.extract.dates.extract import governing_date

    text = ("On Monday the monitor said government forces controlled 90% of the district, "
            "before an assault on Tuesday. Aid agencies said 40,000 people had fled since September. "
            "About 5,000 remain.")
    ctx = make_ctx(text)

    def governing(needle: str) -> str | None:
        start = text.index(needle)
        ref = governing_date(ctx, start, start + len(needle))
        return ref.text if ref else None

    assert governing("90%") == "On Monday"
    assert governing("40,000 people") == "since September"
    ref = governing_date(ctx, text.index("40,000"), text.index("40,000") + 6)
    assert ref is not None and (ref.value, ref.until) == ("2016-09", "2016-12-14")
    assert governing("About 5,000") is None


@pytest.mark.slow
def test_governing_date_without_publication_date(make_ctx: Callable[..., Context]) -> None:
    from eventcoder.extract.dates.extract import governing_date

    ctx = make_ctx("Shelling killed 12 people on Sunday.", published=None)
    ref = governing_date(ctx, 15, 24)
    assert ref is not None and (ref.text, ref.value, ref.precision) == ("on Sunday", None, "day")


@pytest.mark.slow
def test_example_article_scores(shared_dir: Path, nlp: Language) -> None:
    """Dates F1 on the shared example, scored by the shared scorer (dates area only)."""
    from eventcoder.extract.dates.extract import extract_dates

    spec = importlib.util.spec_from_file_location("score", shared_dir / "eval" / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    text = (shared_dir / "examples" / "aleppo-ceasefire.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "gold" / "dev" / "aleppo-ceasefire.gold.json").read_text(encoding="utf-8"))
    article = Article(id="aleppo-ceasefire", text=text, published=gold["published"])
    record = json.loads(Record(article=article, dates=extract_dates(Context(article=article, doc=nlp(text))))
                        .model_dump_json())
    problems: list[str] = []
    score.check_spans(record, problems)
    assert problems == []
    # Every mention is listed now; the example's gold lists each distinct time once, so the
    # repeated 'on Tuesday' and true but unlisted times ('tonight', 'last month') count as false positives.
    assert score.score_dates(gold, record)["recall"] == 1.0
    assert score.score_dates(gold, record)["f1"] >= 0.75


@pytest.mark.slow
def test_governing_date_in_a_verbless_headline(make_ctx: Callable[..., Context]) -> None:
    """A clause under a noun root: the verb chain must stop at the root (it once looped)."""
    from eventcoder.extract.dates.extract import governing_date

    text = "Casualties: 12 people killed in Aden on Tuesday"
    ctx = make_ctx(text)
    ref = governing_date(ctx, text.index("12"), text.index("12") + 9)
    assert ref is not None and (ref.text, ref.value) == ("on Tuesday", "2016-12-13")


def test_a_repeated_time_is_listed_at_each_mention(make_ctx) -> None:
    from eventcoder.extract.dates.extract import extract_dates

    text = ("Drones struck Odesa on Tuesday, officials said. Power was cut on Tuesday "
            "across the region, the grid operator said.")
    mentions = extract_dates(make_ctx(text, published="2024-03-14"))
    first, second = text.index("on Tuesday"), text.rindex("on Tuesday")
    assert [(d.start, d.end, d.text, d.value) for d in mentions] == [
        (first, first + 10, "on Tuesday", "2024-03-12"), (second, second + 10, "on Tuesday", "2024-03-12")]
    assert "repeats" not in mentions[0].model_dump()


def test_a_datelines_date_governs_nothing(make_ctx) -> None:
    from eventcoder.extract.dates.extract import extract_dates, governing_date

    text = "GOMA, March 4 (Wire) - Rebels shelled the airport on Sunday, killing five people, officials said."
    ctx = make_ctx(text, published="2024-03-04")
    assert [d.text for d in extract_dates(ctx)] == ["March 4", "on Sunday"]
    killing = text.index("five people")
    assert governing_date(ctx, killing, killing + 11).value == "2024-03-03"
    only_dateline = "GOMA, March 4 (Wire) - Rebels shelled the airport, killing five people."
    ctx = make_ctx(only_dateline, published="2024-03-04")
    assert governing_date(ctx, only_dateline.index("five"), only_dateline.index("five") + 4) is None


def test_quarters_resolve_against_publication_and_the_last_quarter_named() -> None:
    from datetime import date

    from eventcoder.extract.dates.anaphora import quarter_ago, quarter_of, resolve_in_context
    from eventcoder.extract.dates.expr import Expr

    published = date(2024, 11, 5)  # fourth quarter
    third = Expr(kind="quarter", count=3)
    assert resolve_in_context(third, published, False, None) == quarter_of(2024, 3)
    assert quarter_of(2024, 3).until == "2024-09-30"
    first_future = Expr(kind="quarter", count=1)
    assert resolve_in_context(first_future, published, True, None) == quarter_of(2025, 1)
    assert resolve_in_context(Expr(kind="quarter", mod="latest"), published, False, None) == quarter_of(2024, 3)
    back = Expr(kind="quarter", shift=-1, refers_back=True)
    assert resolve_in_context(back, published, False, quarter_of(2024, 2)) == quarter_of(2023, 2)
    assert resolve_in_context(back, published, False, None) is None
    ago = Expr(kind="ago", unit="year", count=1)
    assert quarter_ago(ago, quarter_of(2024, 3)) == quarter_of(2023, 3)


def test_shifted_times_count_from_the_reference_at_its_precision() -> None:
    from datetime import date

    from eventcoder.extract.dates.anaphora import resolve_in_context
    from eventcoder.extract.dates.expr import Expr
    from eventcoder.extract.dates.resolve import Resolved

    published = date(2024, 5, 12)
    later = Expr(kind="shifted", unit="day", shift=2)
    assert resolve_in_context(later, published, False, Resolved("2024-01-23", "day")) == Resolved("2024-01-25", "day")
    assert resolve_in_context(later, published, False, None) is None
    earlier = Expr(kind="shifted", unit="year", shift=-1)
    assert resolve_in_context(earlier, published, False, Resolved("2015-03", "month")) == Resolved("2014-03", "month")
    assert resolve_in_context(earlier, published, False, None) == Resolved("2023", "year")
