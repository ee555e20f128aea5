"""Turn command-line inputs (files, folders, JSON Lines, stdin) into Articles.

Each reader yields Articles, or an InputError in place of any file or line it
cannot read, so that one bad article never stops a batch.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from eventcoder.errors import EmptyInput, InputError, MalformedInput, NotEnglish
from eventcoder.ingest.decode import decode_text
from eventcoder.ingest.html import extract_html
from eventcoder.ingest.language import looks_english
from eventcoder.model import Article

MAX_TEXT_CHARS = 1_000_000
"""Longer bodies are refused: no news article is this long, and spaCy's memory grows with it."""
MAX_FILE_BYTES = 200_000_000
"""A JSON Lines corpus may be large; a single text or HTML file should not exceed this."""
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

Item = Article | InputError


def iter_articles(
    paths: list[str], *, published: str | None = None, article_id: str | None = None
) -> Iterator[Item]:
    """Yield one Article (or InputError) per input: files, folders (recursive), JSON Lines, '-'.

    An article's id is the JSON Lines object's ``id``, else ``article_id``, else the file
    name without its extension. ``published`` replaces every input's own date when given.
    """
    for raw in paths:
        if raw == "-":
            items = _read_stdin(name=article_id or "stdin")
        elif Path(raw).is_dir():
            items = (item for child in _walk(Path(raw)) for item in _read_path(child, name=child.stem))
        elif Path(raw).exists():
            items = _read_path(Path(raw), name=article_id or Path(raw).stem, explicit_id=bool(article_id))
        else:
            items = iter([InputError("no such file or folder", where=raw)])
        yield from _with_published(items, published)


def normalise_published(value: str | None) -> str | None:
    """Turn a publication date in any ISO-like form into YYYY-MM-DD; None if it is no date."""
    if not value:
        return None
    text = str(value).strip()
    for parse in (date.fromisoformat, lambda s: datetime.fromisoformat(s.replace("Z", "+00:00")).date()):
        try:
            return parse(text).isoformat()  # type: ignore[no-any-return]
        except ValueError:
            continue
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def _walk(folder: Path) -> Iterator[Path]:
    """Readable article files under a folder, in a stable order; hidden files are skipped."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() in KNOWN_SUFFIXES:
            if not any(part.startswith(".") for part in path.relative_to(folder).parts):
                yield path


def _with_published(items: Iterator[Item], published: str | None) -> Iterator[Item]:
    for item in items:
        if published and isinstance(item, Article):
            item = item.model_copy(update={"published": published})
        yield item


def _read_stdin(*, name: str) -> Iterator[Item]:
    data = sys.stdin.buffer.read()
    yield from _read_bytes(data, name=name, where="<stdin>", suffix=_sniff_suffix(data))


def _read_path(path: Path, *, name: str, explicit_id: bool = False) -> Iterator[Item]:
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield InputError(f"file is {size / 1e6:.0f} MB, over the {MAX_FILE_BYTES / 1e6:.0f} MB limit; split it", where=str(path))
            return
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", where=str(path))
        return
    items = _read_bytes(data, name=name, where=str(path), suffix=suffix if suffix in KNOWN_SUFFIXES else _sniff_suffix(data))
    yield from _with_sidecar(items, path, keep_id=explicit_id)


def _with_sidecar(items: Iterator[Item], path: Path, *, keep_id: bool) -> Iterator[Item]:
    """Merge ``NAME.meta.json`` beside ``NAME.txt`` (id, title, published, url, source) into the article.

    An explicit ``--id`` (``keep_id``) wins over the sidecar's id.
    """
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.is_file():
        yield from items
        return
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as exc:
        yield MalformedInput(f"unreadable metadata file: {exc}", where=str(sidecar))
        return
    keys = ("title", "url", "source") if keep_id else ("id", "title", "url", "source")
    fields = {k: _str_or_none(meta[k]) for k in keys if meta.get(k)}
    if "published" in meta:
        fields["published"] = normalise_published(_str_or_none(meta["published"]))
    for item in items:
        if isinstance(item, Article):
            item = item.model_copy(update=fields)
        yield item


def _sniff_suffix(data: bytes) -> str:
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return ".html"
    if head.startswith(b"{"):
        return ".jsonl"
    return ".txt"


def _read_bytes(data: bytes, *, name: str, where: str, suffix: str) -> Iterator[Item]:
    try:
        text = decode_text(data, where=where)
        if suffix in JSONL_SUFFIXES:
            yield from _parse_jsonl_text(text, where=where)
        elif suffix in HTML_SUFFIXES:
            page = extract_html(text, where=where)
            yield _make_article(
                article_id=name, text=page.text, where=where, title=page.title,
                published=page.published, url=page.url, source=page.source,
            )
        else:
            yield _make_article(article_id=name, text=text, where=where, title=_headline(text))
    except InputError as exc:
        yield exc


def _read_jsonl(path: Path) -> Iterator[Item]:
    """Stream a JSON Lines file line by line, so a large corpus is never held in memory whole."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield from _parse_jsonl_line(raw, where=f"{path}:{number}")


def _parse_jsonl_text(text: str, *, where: str) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield from _parse_jsonl_line(line.encode("utf-8"), where=f"{where}:{number}")


def _parse_jsonl_line(raw: bytes, *, where: str) -> Iterator[Item]:
    try:
        yield _article_from_json(decode_text(raw, where=where), where=where)
    except InputError as exc:
        yield exc


def _article_from_json(line: str, *, where: str) -> Article:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedInput(f"not valid JSON ({exc.msg} at column {exc.colno})", where=where) from exc
    if not isinstance(obj, dict):
        raise MalformedInput("each line must be a JSON object with 'id' and 'text'", where=where)
    text = obj.get("text")
    if not isinstance(text, str):
        raise MalformedInput("the object has no 'text' string", where=where)
    article_id = obj.get("id")
    if article_id is None or str(article_id).strip() == "":
        raise MalformedInput("the object has no 'id'", where=where)
    return _make_article(
        article_id=str(article_id), text=text, where=where, title=_str_or_none(obj.get("title")),
        published=_str_or_none(obj.get("published")), url=_str_or_none(obj.get("url")),
        source=_str_or_none(obj.get("source")),
    )


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _make_article(
    *, article_id: str, text: str, where: str, title: str | None = None,
    published: str | None = None, url: str | None = None, source: str | None = None,
) -> Article:
    """Validate the body and build the Article; offsets in the record refer to this text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInput("the article text is empty", where=where)
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"the article is {len(text):,} characters, over the {MAX_TEXT_CHARS:,} limit; split it",
            where=where,
        )
    if not looks_english(text):
        raise NotEnglish("the text does not look like English; eventcoder reads English only", where=where)
    return Article(
        id=article_id, text=text, title=title, url=url, source=source,
        published=normalise_published(published), language="en",
    )


def _headline(text: str) -> str | None:
    """A plain-text article's first line is its headline when it is short, unpunctuated and set apart."""
    first, sep, rest = text.lstrip().partition("\n")
    first = first.strip()
    if sep and rest.startswith("\n") and 0 < len(first) <= 200 and not first.endswith((".", ":", ";")):
        return first.strip()
    return None
