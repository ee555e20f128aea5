"""Property tests: hostile input never crashes ingest or the record builder.

Runs a small number of examples per property so CI stays fast. For a longer hunt:

    EVENTCODER_FUZZ_EXAMPLES=2000 PYTHONPATH=src python -m pytest -q tests/test_fuzz.py

The record-builder properties load spaCy and are marked ``slow``.
"""

from __future__ import annotations

import os
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st

from eventcoder.errors import InputError
from eventcoder.ingest import iter_articles
from eventcoder.model import Article, Record

EXAMPLES = int(os.environ.get("EVENTCODER_FUZZ_EXAMPLES", "40"))
BUILD_SECONDS = 15
"""One article of a few kB takes well under a second; longer means an extractor hangs."""
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("EVENTCODER_FUZZ_EXAMPLES"),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces a news text is made of, and pieces that break naive parsers.
NUMBERS = ["1e309", "99999999999999999999 killed", "-5 dead", "0.0000001", "3,000,000,000,000",
           "1.2.3", "٣٤ قتيلا", "twenty-two", "a dozen", "nine-hundred thousand", "12-15", "½", "10^400",
           "at least -0 wounded", "NaN injured", "inf displaced", "1,2,3,4,5,6,7"]
DATES = ["February 30", "April 31 9999", "31/02/2024", "0 January 0000", "yesterday", "next Tuesday",
         "in 9999 years", "May 0", "13th month", "Q5 2024", "24:61 GMT", "1 BC", "the 32nd",
         "last week of February 29, 2023", "10,000 years ago"]
MARKS = ["\u200b", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff", "\u00ad", "\x00", "\x1b[31m",
         "\x0c", "\x85", "\u2028", "\t", "\n\n", "\r"]
QUOTES = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "'", "``", "„"]
WORDS = ["rebels", "shelled", "Aleppo", "Mariupol", "police", "said", "killing", "the", "army", "spokesman",
         "Khartoum", "RSF", "Hamas", "Idlib", "protesters", "wounded", "displaced", "according", "to", "UN",
         "al-Shabaab", "Kyiv", "Mogadishu", "ceasefire", "drone", "strike", "on", "at", "in", "near"]
LONG_TOKENS = ["x" * 5000, "Ab" * 1500, "9" * 400, "-" * 3000]

fragment = st.one_of(
    st.sampled_from(NUMBERS), st.sampled_from(DATES), st.sampled_from(MARKS), st.sampled_from(QUOTES),
    st.sampled_from(WORDS), st.sampled_from(LONG_TOKENS), st.text(max_size=12),
    st.integers(min_value=-10**30, max_value=10**30).map(str),
)
news_like = st.lists(fragment, min_size=1, max_size=60).flatmap(
    lambda parts: st.lists(st.sampled_from([" ", ", ", ". ", " said ", "\n", ""]),
                           min_size=len(parts), max_size=len(parts))
    .map(lambda seps: "".join(p + s for p, s in zip(parts, seps))))


# ---- ingest ------------------------------------------------------------------------------------

def _read_all(name: str, data: bytes) -> list[Article | InputError]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return list(iter_articles([str(path), folder], on_warning=lambda _m: None))


def _check_ingest_items(items: list[Article | InputError]) -> None:
    assert items, "every input must yield an article or an error"
    for item in items:
        assert isinstance(item, Article | InputError)
        if isinstance(item, Article):
            item.model_dump_json().encode("utf-8")  # no lone surrogates left
            assert "\x00" not in item.text and item.text.strip()
        else:
            assert item.where and str(item)


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".jsonl", ".html", ".md"]))
def test_ingest_random_bytes_never_raises(data: bytes, suffix: str) -> None:
    _check_ingest_items(_read_all("input" + suffix, data))


@FUZZ
@given(text=st.one_of(st.text(max_size=2000), news_like),
       suffix=st.sampled_from([".txt", ".jsonl", ".html"]),
       codec=st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "utf-16-be"]))
def test_ingest_random_unicode_never_raises(text: str, suffix: str, codec: str) -> None:
    _check_ingest_items(_read_all("input" + suffix, text.encode(codec, "surrogatepass")))


json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40),
                        st.sampled_from(["9999-12-31", "0001-01-01", "Tue, 14 May 2024 08:00:00 GMT",
                                         "2024-02-30", "\ud800", "-1"]))


@FUZZ
@given(objects=st.lists(st.dictionaries(
    st.sampled_from(["id", "text", "published", "title", "url", "source", "extra"]),
    st.one_of(json_scalar, news_like, st.lists(json_scalar, max_size=3))), min_size=1, max_size=6))
def test_ingest_random_json_lines_one_result_per_line(objects: list[dict[str, Any]]) -> None:
    import json

    lines = [json.dumps(obj) for obj in objects]
    items = _read_all("feed.jsonl", ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
    _check_ingest_items(items)
    assert len(items) == 2 * len(lines)  # once as the file, once through its folder


# ---- record builder ----------------------------------------------------------------------------

def check_record_offsets(record: Record) -> None:
    """Every span lies inside the article and quotes its own text exactly."""
    text = record.article.text
    spans: list[tuple[str, int, int, str | None]] = []
    for kind in ("places", "dates", "quantities", "quotes"):
        for item in getattr(record, kind):
            spans.append((kind, item.start, item.end, getattr(item, "text", None)))
            if kind == "quantities" and item.date is not None and item.date.text:
                assert item.date.text  # a nested date keeps its wording
            if kind == "quotes" and item.speaker_span is not None:
                spans.append(("speaker", item.speaker_span.start, item.speaker_span.end, None))
    for event in record.events:
        spans += [("evidence", s.start, s.end, None) for s in event.evidence]
    for kind, start, end, quoted in spans:
        assert 0 <= start <= end <= len(text), (kind, start, end, len(text))
        if quoted:
            assert text[start:end] == quoted, (kind, text[start:end], quoted)
    assert Record.model_validate(record.model_dump()) == record


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Turn a hang into a failure: an extractor stuck in a loop raises TimeoutError."""
    def expire(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"build_record took over {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def build_checked(text: str, published: str | None) -> None:
    note(f"text={text!r} published={published!r}")
    build_within_limit(text, published)


def build_within_limit(text: str, published: str | None) -> None:
    """Build a record under the time limit and check every offset (no Hypothesis context needed)."""
    from eventcoder.record import build_record

    with time_limit(BUILD_SECONDS):
        record = build_record(Article(id="fuzz", text=text, published=published))
    check_record_offsets(record)


# The builder properties skip shrinking: a shrink step on a hang costs BUILD_SECONDS each.
BUILDER_FUZZ = settings(FUZZ, phases=(Phase.explicit, Phase.reuse, Phase.generate))


@pytest.mark.slow
@BUILDER_FUZZ
@given(text=news_like, published=st.sampled_from([None, "2024-05-12", "2016-02-29", "1990-01-01"]))
def test_build_record_on_hostile_news_text(text: str, published: str | None) -> None:
    build_checked(text if text.strip() else "Quiet night in Juba.", published)


@pytest.mark.slow
@BUILDER_FUZZ
@given(text=st.text(min_size=1, max_size=400))
def test_build_record_on_arbitrary_unicode(text: str) -> None:
    build_checked(text, "2021-07-01")


# ---- impossible and out-of-range dates the fuzzer once crashed or hung on -----------------------

@pytest.mark.slow
@pytest.mark.parametrize(("text", "published"), [
    ("Fighting resumed on 31/02/2024 near Kharkiv.", "2024-05-12"),
    ("Curfew lifted February 30y in Bamako.", "2024-05-12"),
    ("Rebels withdrew yesterday and will return tomorrow.", "9999-12-31"),
    ("Talks collapsed on April 31 9999 in Doha.", "2024-05-12"),
])
def test_build_record_known_hostile_dates(text: str, published: str) -> None:
    build_within_limit(text, published)
