"""The notebook API: ``extract_text`` from a string, ``to_dataframe`` over records."""

from __future__ import annotations

import builtins
import datetime as dt

import pytest

import eventcoder
from eventcoder import Article, Record
from eventcoder.errors import NotEnglish

WIRE = ("Militants attacked an army post near Diffa on Tuesday, killing seven soldiers, "
        "Niger's defence ministry said. \"We repelled them,\" Colonel Idrissa Abdou told reporters.")


@pytest.fixture(scope="module")
def record() -> Record:
    return eventcoder.extract_text(WIRE, published=dt.date(2023, 3, 8), id="niger-1", source="Sahel Wire")


@pytest.mark.slow
def test_extract_text_builds_a_valid_record(record: Record) -> None:
    assert record.article.id == "niger-1" and record.article.published == "2023-03-08"
    assert record.article.source == "Sahel Wire" and record.article.language == "en"
    assert Record.model_validate(record.model_dump()) == record
    assert any(q.category == "killed" for q in record.quantities)


@pytest.mark.slow
@pytest.mark.parametrize("published", ["2023-03-08", "2023-3-8", dt.datetime(2023, 3, 8, 14, 30)])
def test_published_forms(published: object) -> None:
    rec = eventcoder.extract_text("Shelling hit Kherson port.", published=published)  # type: ignore[arg-type]
    assert rec.article.published == "2023-03-08" and rec.article.id.startswith("text-")


@pytest.mark.parametrize(("args", "error", "message"), [
    ((42,), TypeError, "text must be a str"),
    (("   ",), ValueError, "text is empty"),
    (("Clashes in Goma.", "next Tuesday"), ValueError, "YYYY-MM-DD"),
    (("Clashes in Goma.", 20240512), TypeError, "published must be a str, date or datetime"),
])
def test_extract_text_refuses_bad_arguments(args: tuple, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        eventcoder.extract_text(*args)


def test_extract_text_names_a_foreign_language() -> None:
    with pytest.raises(NotEnglish, match=r"looks like Spanish \(es\)"):
        eventcoder.extract_text("El ejército recuperó el control de la ciudad el martes, según informaron "
                                "las autoridades locales a los periodistas presentes.")


def test_build_record_given_a_string_points_to_extract_text() -> None:
    with pytest.raises(TypeError, match="use eventcoder.extract_text"):
        eventcoder.build_record("Troops entered Mosul.")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not dict"):
        eventcoder.build_record({"id": "x", "text": "y"})  # type: ignore[arg-type]


@pytest.mark.slow
def test_to_dataframe_per_kind(record: Record) -> None:
    pytest.importorskip("pandas")
    events = eventcoder.to_dataframe([record, record], kind="events")
    assert list(events.columns[:1]) == ["article_id"] and len(events) == 2 * len(record.events)
    assert "type" in events.columns and "actor1.name" in events.columns
    quotes = eventcoder.to_dataframe(record, kind="quotes")
    assert len(quotes) == len(record.quotes) and set(quotes["article_id"]) <= {"niger-1"}
    figures = eventcoder.to_dataframe([record], kind="quantities")
    assert {"value", "category", "start", "end"} <= set(figures.columns)


def test_to_dataframe_empty_and_bad_kind() -> None:
    pytest.importorskip("pandas")
    empty = Record(article=Article(id="e", text="Quiet day in Juba."))
    assert list(eventcoder.to_dataframe([empty], kind="places").columns) == ["article_id"]
    with pytest.raises(ValueError, match="kind must be one of events, places"):
        eventcoder.to_dataframe([empty], kind="actors")


def test_to_dataframe_without_pandas_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: object, **kwargs: object) -> object:
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"pip install 'eventcoder\[analysis\]'"):
        eventcoder.to_dataframe([], kind="events")
