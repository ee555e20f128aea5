"""Readers: every input kind becomes an Article, every bad input a clear InputError, and batches go on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from eventcoder.errors import BinaryInput, EmptyInput, InputError, MalformedInput, NotEnglish
from eventcoder.ingest import iter_articles, normalise_published
from eventcoder.ingest.language import looks_english
from eventcoder.model import Article

WIRE = (
    "Houthi forces fired two ballistic missiles at the port of Mokha on Monday, "
    "the coalition said. There were no casualties, according to a port official.\n"
)


def _all(paths: list[str], **kw: str) -> list[Article | InputError]:
    return list(iter_articles(paths, **kw))


def test_txt_file_gets_its_name_as_id(tmp_path: Path) -> None:
    (tmp_path / "mokha-missiles.txt").write_text(WIRE, encoding="utf-8")
    [article] = _all([str(tmp_path / "mokha-missiles.txt")])
    assert isinstance(article, Article)
    assert article.id == "mokha-missiles"
    assert article.text == WIRE
    assert article.published is None


def test_id_and_published_overrides(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    [article] = _all([str(tmp_path / "a.txt")], published="2023-01-09", article_id="yem-1")
    assert (article.id, article.published) == ("yem-1", "2023-01-09")


def test_headline_becomes_title_only_when_set_apart(tmp_path: Path) -> None:
    (tmp_path / "h.txt").write_text("Missiles hit Mokha port\n\n" + WIRE, encoding="utf-8")
    (tmp_path / "n.txt").write_text("On 3 May, a strike hit a car.\n\n" + WIRE, encoding="utf-8")
    titles = {a.id: a.title for a in _all([str(tmp_path)]) if isinstance(a, Article)}
    assert titles == {"h": "Missiles hit Mokha port", "n": None}


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    text = "Protesters gathered in Bogotá and Medellín on Friday, the police said, and the march was peaceful.\n"
    (tmp_path / "co.txt").write_bytes(text.encode("latin-1"))
    [article] = _all([str(tmp_path / "co.txt")])
    assert isinstance(article, Article)
    assert "Bogotá" in article.text and "Medellín" in article.text


def test_crlf_is_normalised(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_bytes(WIRE.replace("\n", "\r\n").encode())
    [article] = _all([str(tmp_path / "w.txt")])
    assert "\r" not in article.text


def test_html_page_gives_body_title_and_date(tmp_path: Path) -> None:
    page = f"""<!doctype html><html><head><title>Missiles hit Mokha | Demo News</title>
    <meta property="og:title" content="Missiles hit Mokha port">
    <meta property="article:published_time" content="2023-01-09T10:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Missiles hit Mokha port</h1><p>{WIRE}</p>
    <p>Port workers said the blasts shattered windows across the harbour district and that
    ships waiting to unload grain moved further out to sea.</p></article>
    <footer>Copyright Demo News. All rights reserved.</footer></body></html>"""
    (tmp_path / "mokha.html").write_text(page, encoding="utf-8")
    [article] = _all([str(tmp_path / "mokha.html")])
    assert isinstance(article, Article)
    assert "ballistic missiles" in article.text
    assert "All rights reserved" not in article.text
    assert article.title == "Missiles hit Mokha port"
    assert article.published == "2023-01-09"


def test_jsonl_lines_each_become_articles_and_bad_lines_are_named(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": WIRE, "published": "2023-01-09", "source": "wire"}),
        "{not json",
        json.dumps({"id": "a3"}),
        "",
        json.dumps({"id": "a5", "text": WIRE, "title": "Mokha"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _all([str(path)])
    assert [i.id for i in items if isinstance(i, Article)] == ["a1", "a5"]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [type(e) for e in errors] == [MalformedInput, MalformedInput]
    assert f"{path}:2" in str(errors[0]) and "not valid JSON" in str(errors[0])
    assert f"{path}:3" in str(errors[1]) and "'text'" in str(errors[1])
    assert items[0].source == "wire" and items[0].published == "2023-01-09"


def test_jsonl_id_wins_over_id_option(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "own", "text": WIRE}) + "\n", encoding="utf-8")
    [article] = _all([str(path)], article_id="other")
    assert article.id == "own"


def test_folder_is_read_recursively_with_sidecar_metadata(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "sub" / "b.meta.json").write_text(
        json.dumps({"id": "yemen-b", "published": "2023-01-09T08:00:00Z", "source": "wire"}), encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text(WIRE, encoding="utf-8")
    items = _all([str(tmp_path)])
    assert [(a.id, a.published, a.source) for a in items] == [("a", None, None), ("yemen-b", "2023-01-09", "wire")]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", EmptyInput),
        (b"   \n\n  ", EmptyInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput),
        ("Les forces armées ont repris la ville de Goma mardi, selon des sources locales qui "
         "ont décrit des combats intenses dans les quartiers du nord.".encode(), NotEnglish),
        ("قصفت الطائرات مدينة حلب يوم الثلاثاء وقتل عشرات المدنيين حسب مصادر محلية".encode(), NotEnglish),
    ],
)
def test_bad_files_give_one_clear_error_naming_the_file(tmp_path: Path, content: bytes, error: type) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [item] = _all([str(path)])
    assert isinstance(item, error)
    assert str(path) in str(item)


def test_huge_article_is_refused_not_truncated(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(WIRE * 8000, encoding="utf-8")
    [item] = _all([str(path)])
    assert isinstance(item, InputError) and "limit" in str(item)


def test_one_bad_input_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    items = _all([str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "good.txt")])
    assert [type(i).__name__ for i in items] == ["EmptyInput", "InputError", "Article"]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(WIRE.encode())))
    [article] = _all(["-"], article_id="piped", published="2023-01-09")
    assert (article.id, article.published, article.text) == ("piped", "2023-01-09", WIRE)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("2016-12-14", "2016-12-14"), ("2016-12-14T09:30:00Z", "2016-12-14"),
     ("2016-12-14 09:30:00+01:00", "2016-12-14"), ("last Tuesday", None), ("", None), (None, None)],
)
def test_normalise_published(raw: str | None, expected: str | None) -> None:
    assert normalise_published(raw) == expected


def test_english_check_accepts_short_and_plain_english() -> None:
    assert looks_english("Clashes in Goma.")
    assert looks_english(WIRE)
    assert not looks_english("Die Armee hat die Stadt am Dienstag zurückerobert, sagten Anwohner und Behörden der Region.")
