"""eventcoder: conflict news in, a sourced structured record out.

    >>> import eventcoder
    >>> record = eventcoder.extract_text("Rebels shelled Goma on Monday, killing 4.", published="2024-05-12")
    >>> table = eventcoder.to_dataframe([record], kind="events")   # needs pandas

``build_record`` takes an :class:`Article`; ``extract_text`` builds one from a string.
The extraction entry points load spaCy on first use, so importing the package stays cheap.
"""

# Module-level names are the public API (see tests/test_public_api.py): helpers are private.
import datetime as _dt
from collections.abc import Iterable as _Iterable
from pathlib import Path as _Path
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any

from eventcoder.model import SCHEMA_VERSION, Article, Record

if _TYPE_CHECKING:
    import pandas

__version__ = "0.1.0"
__all__ = [
    "Article", "Record", "SCHEMA_VERSION", "__version__", "build_record", "build_records",
    "extract_text", "to_dataframe",
]
_TABLE_KINDS = ("events", "places", "dates", "quantities", "quotes")


def __getattr__(name: str) -> Any:
    """Import the extraction entry points lazily: they pull in spaCy and the extractors."""
    if name in ("build_record", "build_records"):
        from eventcoder import record

        return getattr(record, name)
    raise AttributeError(f"module 'eventcoder' has no attribute {name!r}")


def extract_text(
    text: str, published: str | _dt.date | _dt.datetime | None = None, *, id: str | None = None,  # noqa: A002
    title: str | None = None, url: str | None = None, source: str | None = None,
    actors: _Iterable[str | _Path] = (),
) -> Record:
    """Extract a record from one article's text, as ``eventcoder extract`` would.

    ``published`` (an ISO date string, ``date`` or ``datetime``) anchors relative dates
    such as "yesterday"; ``id`` defaults to a hash of the text. Raises TypeError/ValueError
    for unusable arguments and :class:`eventcoder.errors.NotEnglish` for non-English text.
    """
    import hashlib

    from eventcoder.errors import NotEnglish
    from eventcoder.ingest.clean import clean_optional, clean_text
    from eventcoder.ingest.language import detect_non_english, language_name

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    body = clean_text(text).replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        raise ValueError("text is empty: give the article body")
    language = detect_non_english(body)
    if language:
        raise NotEnglish(f"the text looks like {language_name(language)} ({language}); "
                         "eventcoder reads English only", language=language)
    article = Article(
        id=clean_text(id) if id else "text-" + hashlib.sha1(body.encode()).hexdigest()[:12],
        text=body, published=_iso_published(published), title=clean_optional(title),
        url=clean_optional(url), source=clean_optional(source), language="en",
    )
    from eventcoder.record import build_record

    return build_record(article, actor_files=tuple(_Path(a) for a in actors))


def _iso_published(value: str | _dt.date | _dt.datetime | None) -> str | None:
    """YYYY-MM-DD from a string, date or datetime; ValueError saying what is accepted."""
    from eventcoder.ingest.dates import parse_published

    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"published must be a str, date or datetime, not {type(value).__name__}")
    day, problem = parse_published(value)
    if problem:
        raise ValueError(f"{problem.split(';')[0]}; give published as 'YYYY-MM-DD' or a datetime.date")
    return day


def to_dataframe(records: Record | _Iterable[Record], kind: str = "events") -> "pandas.DataFrame":
    """One row per item of ``kind`` (events, places, dates, quantities, quotes) across records.

    Nested fields are flattened with dots (``actor1.name``, ``date.value``); every row starts
    with its ``article_id``. Needs pandas: ``pip install 'eventcoder[analysis]'``.
    """
    if kind not in _TABLE_KINDS:
        raise ValueError(f"kind must be one of {', '.join(_TABLE_KINDS)}, not {kind!r}")
    try:
        import pandas
    except ImportError as exc:
        raise ImportError("to_dataframe needs pandas: pip install 'eventcoder[analysis]'") from exc
    rows = [
        {"article_id": record.article.id, **item.model_dump(mode="json")}
        for record in ([records] if isinstance(records, Record) else records)
        for item in getattr(record, kind)
    ]
    frame = pandas.json_normalize(rows) if rows else pandas.DataFrame(columns=["article_id"])
    return frame
