"""Turn command-line inputs (files, folders, JSON Lines, stdin) into Articles.

Each reader yields Articles, or an InputError in place of any file or line it
cannot read, so that one bad article never stops a batch: even an unexpected
exception inside one input is turned into that input's InputError.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventcoder.errors import EmptyInput, InputError, MalformedInput, NotEnglish
from eventcoder.ingest.clean import clean_optional, clean_text
from eventcoder.ingest.dates import parse_published
from eventcoder.ingest.decode import decode_text
from eventcoder.ingest.html import extract_html
from eventcoder.ingest.language import detect_non_english, language_name
from eventcoder.model import Article

MAX_TEXT_CHARS = 300_000
"""Longer bodies are refused (``--max-chars`` or ``max_chars`` in the config file raise it).
Measured on a 2-core machine, every step linear in the length: 50,000 characters take about 5 s
and 355 MB, 200,000 about 15–38 s (by load) and 850 MB, spaCy's parse being most of both; a
news article is rarely over 30,000."""
MAX_FILE_BYTES = 200_000_000
"""A JSON Lines corpus may be large; a single text or HTML file should not exceed this."""
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
METADATA_KEYS = ("id", "title", "url", "source")

Item = Article | InputError
Warn = Callable[[str], None]


def warn_on_stderr(message: str) -> None:
    """The default warning sink: one line on stderr."""
    print(f"eventcoder: warning: {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class ReadOptions:
    """What every reader needs besides its input: where warnings go, the size limit."""

    warn: Warn
    max_chars: int = MAX_TEXT_CHARS


def iter_articles(
    paths: list[str], *, published: str | None = None, article_id: str | None = None,
    on_warning: Warn | None = None, max_chars: int | None = None,
) -> Iterator[Item]:
    """Yield one Article (or InputError) per input: files, folders (recursive), JSON Lines, '-'.

    An article's id is the JSON Lines object's ``id``, else ``article_id``, else the file
    name without its extension. ``published`` replaces every input's own date when given.
    Problems that do not cost the article (an unreadable date) go to ``on_warning``;
    texts longer than ``max_chars`` (default :data:`MAX_TEXT_CHARS`) are refused.
    """
    opts = ReadOptions(warn=on_warning or warn_on_stderr, max_chars=max_chars or MAX_TEXT_CHARS)
    for raw in paths:
        items = _guarded(_read_input(raw, article_id, opts), where=clean_text(raw))
        yield from _with_published(items, published)


def _read_input(raw: str, article_id: str | None, opts: ReadOptions) -> Iterator[Item]:
    if raw == "-":
        yield from _read_stdin(name=article_id or "stdin", opts=opts)
        return
    path = Path(raw)
    if path.is_dir():
        for child in _walk(path):
            yield from _guarded(_read_path(child, name=child.stem, opts=opts), where=clean_text(str(child)))
    elif path.exists():
        yield from _read_path(path, name=article_id or path.stem, opts=opts, explicit_id=bool(article_id))
    else:
        yield InputError("no such file or folder", where=clean_text(raw))


def _guarded(items: Iterator[Item], *, where: str) -> Iterator[Item]:
    """Turn an unexpected exception into this input's InputError, so the batch goes on."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - one bad input must never stop a batch
        yield InputError(f"could not be read ({type(exc).__name__}: {exc}); please report this input",
                         where=where)


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


def _read_stdin(*, name: str, opts: ReadOptions) -> Iterator[Item]:
    data = sys.stdin.buffer.read()
    yield from _read_bytes(data, name=name, where="<stdin>", suffix=_sniff_suffix(data), opts=opts)


def _read_path(path: Path, *, name: str, opts: ReadOptions, explicit_id: bool = False) -> Iterator[Item]:
    where = clean_text(str(path))
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield InputError(f"file is {size / 1e6:.0f} MB, over the {MAX_FILE_BYTES / 1e6:.0f} MB limit; split it", where=where)
            return
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, where=where, opts=opts)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", where=where)
        return
    items = _read_bytes(data, name=clean_text(name), where=where, opts=opts,
                        suffix=suffix if suffix in KNOWN_SUFFIXES else _sniff_suffix(data))
    yield from _with_sidecar(items, path, keep_id=explicit_id, opts=opts)


def _with_sidecar(items: Iterator[Item], path: Path, *, keep_id: bool, opts: ReadOptions) -> Iterator[Item]:
    """Merge ``NAME.meta.json`` beside ``NAME.txt`` (id, title, published, url, source) into the article.

    An explicit ``--id`` (``keep_id``) wins over the sidecar's id.
    """
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.is_file():
        yield from items
        return
    where = clean_text(str(sidecar))
    try:
        meta = _load_json(decode_text(sidecar.read_bytes(), where=where), where=where)
    except OSError as exc:
        yield MalformedInput(f"unreadable metadata file: {exc.strerror or exc}", where=where)
        return
    except InputError as exc:
        yield exc
        return
    keys = METADATA_KEYS[1:] if keep_id else METADATA_KEYS
    fields = {k: _str_or_none(meta[k]) for k in keys if meta.get(k)}
    if "published" in meta:
        fields["published"] = _published(meta["published"], where=where, opts=opts)
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


def _read_bytes(data: bytes, *, name: str, where: str, suffix: str, opts: ReadOptions) -> Iterator[Item]:
    try:
        text = decode_text(data, where=where)
        if suffix in JSONL_SUFFIXES:
            yield from _parse_jsonl_text(text, where=where, opts=opts)
        elif suffix in HTML_SUFFIXES:
            page = extract_html(text, where=where)
            yield _make_article(
                article_id=name, text=page.text, where=where, title=page.title, opts=opts,
                published=page.published, url=page.url, source=page.source,
            )
        else:
            yield _make_article(article_id=name, text=text, where=where, title=_headline(text), opts=opts)
    except InputError as exc:
        yield exc


def _read_jsonl(path: Path, *, where: str, opts: ReadOptions) -> Iterator[Item]:
    """Stream a JSON Lines file line by line, so a large corpus is never held in memory whole."""
    seen = False
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                seen = True
                yield from _parse_jsonl_line(raw, where=f"{where}:{number}", opts=opts)
    if not seen:
        yield EmptyInput("the file has no JSON lines", where=where)


def _parse_jsonl_text(text: str, *, where: str, opts: ReadOptions) -> Iterator[Item]:
    if not text.strip():
        yield EmptyInput("the input has no JSON lines", where=where)
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield from _parse_jsonl_line(line.encode("utf-8", "replace"), where=f"{where}:{number}", opts=opts)


def _parse_jsonl_line(raw: bytes, *, where: str, opts: ReadOptions) -> Iterator[Item]:
    """One line, one result: even an unexpected failure becomes this line's InputError."""
    try:
        yield _article_from_json(decode_text(raw, where=where), where=where, opts=opts)
    except InputError as exc:
        yield exc
    except Exception as exc:  # noqa: BLE001 - the other lines must still be read
        yield InputError(f"could not be read ({type(exc).__name__}: {exc}); please report this line",
                         where=where)


def _load_json(text: str, *, where: str) -> dict[str, object]:
    """A JSON object, or MalformedInput saying what is wrong with it."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInput(f"not valid JSON ({exc.msg} at column {exc.colno})", where=where) from exc
    except RecursionError as exc:
        raise MalformedInput("JSON nested too deeply to read; flatten the object", where=where) from exc
    if not isinstance(obj, dict):
        raise MalformedInput("expected a JSON object ({...})", where=where)
    return obj


def _article_from_json(line: str, *, where: str, opts: ReadOptions) -> Article:
    obj = _load_json(line, where=where)
    text = obj.get("text")
    if not isinstance(text, str):
        raise MalformedInput("the object has no 'text' string", where=where)
    article_id = obj.get("id")
    if article_id is None or str(article_id).strip() == "":
        raise MalformedInput("the object has no 'id'", where=where)
    return _make_article(
        article_id=str(article_id), text=text, where=where, title=_str_or_none(obj.get("title")),
        published=obj.get("published"), url=_str_or_none(obj.get("url")),
        source=_str_or_none(obj.get("source")), opts=opts,
    )


def _str_or_none(value: object) -> str | None:
    return None if value is None else clean_text(str(value))


def _published(value: object, *, where: str, opts: ReadOptions) -> str | None:
    """The ISO publication date, or None with one warning naming the input."""
    if value is None:
        return None
    published, problem = parse_published(clean_text(str(value)))
    if problem:
        opts.warn(f"{where}: {problem}")
    return published


def _make_article(
    *, article_id: str, text: str, where: str, opts: ReadOptions, title: str | None = None,
    published: object = None, url: str | None = None, source: str | None = None,
) -> Article:
    """Validate the body and build the Article; offsets in the record refer to this text."""
    text = clean_text(text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInput("the article text is empty", where=where)
    if len(text) > opts.max_chars:
        raise InputError(
            f"the article is {len(text):,} characters, over the {opts.max_chars:,} limit; "
            "split it or raise max_chars", where=where,
        )
    language = detect_non_english(text)
    if language:
        raise NotEnglish(f"the text looks like {language_name(language)} ({language}); "
                         "eventcoder reads English only", where=where, language=language)
    return Article(
        id=clean_text(article_id), text=text, title=clean_optional(title), url=clean_optional(url),
        source=clean_optional(source), published=_published(published, where=where, opts=opts),
        language="en",
    )


def _headline(text: str) -> str | None:
    """A plain-text article's first line is its headline when it is short, unpunctuated and set apart."""
    first, sep, rest = text.lstrip().partition("\n")
    first = first.strip()
    if sep and rest.startswith("\n") and 0 < len(first) <= 200 and not first.endswith((".", ":", ";")):
        return first.strip()
    return None
