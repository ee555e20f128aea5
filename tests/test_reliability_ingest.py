"""Ingest never raises out of a batch: every hostile input becomes an article or one clear error."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from eventcoder.errors import EmptyInput, InputError, NotEnglish
from eventcoder.ingest import iter_articles, parse_published
from eventcoder.ingest.language import detect_non_english, looks_english
from eventcoder.model import Article

REPORT = ("Two soldiers were wounded when a roadside bomb struck their patrol outside Kandahar "
          "on Thursday, a provincial spokesman said. No group has claimed the attack.")
ARABIC = "قال مسؤولون محليون إن خمسة مدنيين قتلوا في قصف مدفعي على قرية قرب إدلب صباح الأحد"
RUSSIAN = ("Местные власти сообщили, что в результате обстрела пострадали четыре человека, "
           "а несколько домов были разрушены в понедельник утром.")


def _read(paths: list[Path], warnings: list[str] | None = None) -> list[Article | InputError]:
    sink = warnings.append if warnings is not None else (lambda _m: None)
    return list(iter_articles([str(p) for p in paths], on_warning=sink))


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _line(article_id: str, text: str = REPORT, **extra: object) -> str:
    return json.dumps({"id": article_id, "text": text, **extra})


def test_deeply_nested_json_line_is_reported_and_the_rest_kept(tmp_path: Path) -> None:
    nested = '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path = _jsonl(tmp_path / "batch.jsonl", [_line("before"), nested, _line("after")])
    items = _read([path])
    assert [i.id for i in items if isinstance(i, Article)] == ["before", "after"]
    [error] = [i for i in items if isinstance(i, InputError)]
    assert error.where.endswith("batch.jsonl:2") and "nested" in str(error)


def test_unexpected_failure_in_one_file_does_not_lose_the_others(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Shelling resumed near Donetsk on Friday morning, officials in the region said.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Protesters blocked the main road into Khartoum for a third day, witnesses told reporters.", encoding="utf-8")
    from eventcoder.ingest import readers

    real = readers._make_article

    def explode_on_b(**kw: object) -> Article:
        if kw["article_id"] == "b":
            raise RecursionError("simulated")
        return real(**kw)  # type: ignore[arg-type]

    monkeypatch.setattr(readers, "_make_article", explode_on_b)
    items = _read([tmp_path])
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "c"]
    assert any(isinstance(i, InputError) and "b.txt" in i.where for i in items)


@pytest.mark.parametrize("edge", ["9999-12-31", "0001-01-01"])
def test_edge_of_calendar_dates_are_reported_not_overflowing(tmp_path: Path, edge: str) -> None:
    warnings: list[str] = []
    path = _jsonl(tmp_path / "edge.jsonl", [_line("e1", published=edge)])
    (tmp_path / "side.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "side.meta.json").write_text(json.dumps({"published": edge}), encoding="utf-8")
    items = _read([path, tmp_path / "side.txt"], warnings)
    assert all(isinstance(i, Article) and i.published is None for i in items)
    assert len(warnings) == 2 and all(edge in w and "outside" in w for w in warnings)


def test_rss_dates_are_understood_and_nonsense_warned_once(tmp_path: Path) -> None:
    warnings: list[str] = []
    path = _jsonl(tmp_path / "feed.jsonl", [
        _line("rss", published="Tue, 14 May 2024 08:00:00 GMT"),
        _line("junk", published="sometime last spring"),
    ])
    rss, junk = _read([path], warnings)
    assert isinstance(rss, Article) and rss.published == "2024-05-14"
    assert isinstance(junk, Article) and junk.published is None
    [warning] = warnings
    assert "feed.jsonl:2" in warning and "sometime last spring" in warning


@pytest.mark.parametrize(("raw", "expected"), [
    ("2024-5-1", "2024-05-01"), ("14 May 2024", "2024-05-14"), ("May 14, 2024", "2024-05-14"),
    ("Wed, 03 Jan 2018 17:45:00 +0300", "2018-01-03"),
])
def test_publication_date_forms(raw: str, expected: str) -> None:
    assert parse_published(raw) == (expected, None)


def test_lone_surrogates_in_fields_are_replaced(tmp_path: Path) -> None:
    line = '{"id": "sur\\ud800", "title": "Raid \\udc00 report", "text": "Gunmen raided a market in Maiduguri \\ud800 on Monday, police said."}'
    [article] = _read([_jsonl(tmp_path / "s.jsonl", [line])])
    assert isinstance(article, Article)
    assert article.id == "sur\ufffd" and "\ufffd" in article.text and article.title == "Raid \ufffd report"
    article.model_dump_json().encode("utf-8")  # must not raise UnicodeEncodeError


@pytest.mark.skipif(os.uname().sysname == "Darwin", reason="macOS refuses non-UTF-8 file names")
def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    raw_name = os.fsencode(str(tmp_path)) + b"/r\xe9port.txt"
    with open(raw_name, "wb") as fh:
        fh.write(REPORT.encode())
    [article] = _read([tmp_path])
    assert isinstance(article, Article) and article.id == "r\ufffdport"
    article.model_dump_json().encode("utf-8")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_english_is_decoded(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(REPORT.encode(codec))
    [article] = _read([path])
    assert isinstance(article, Article) and article.text == REPORT


def test_single_nul_byte_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Floods displaced 3,000 families in Sindh\x00 province, the relief agency said.")
    [article] = _read([path])
    assert isinstance(article, Article) and "\x00" not in article.text and "Sindh province" in article.text


def test_binary_data_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    [item] = _read([path])
    assert isinstance(item, InputError) and "binary" in str(item)


@pytest.mark.parametrize(("text", "codec", "code", "name"), [
    (ARABIC, "cp1256", "ar", "Arabic"), (RUSSIAN, "koi8-r", "ru", "Russian"),
])
def test_legacy_encodings_decoded_then_named(tmp_path: Path, text: str, codec: str, code: str, name: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(codec))
    [item] = _read([path])
    assert isinstance(item, NotEnglish) and item.language == code
    assert f"looks like {name} ({code})" in str(item)


def test_menu_only_html_has_no_article_text(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/africa'>Africa</a>"
                    "</li><li><a href='/contact'>Contact us</a></li></ul></nav></body></html>", encoding="utf-8")
    [item] = _read([path])
    assert isinstance(item, EmptyInput) and "no article text" in str(item)


def test_truncated_html_keeps_what_arrived(tmp_path: Path) -> None:
    path = tmp_path / "cut.html"
    path.write_text("<html><head><title>Port attack</title></head><body><article><p>Drones struck fuel "
                    "tanks in the port of Hodeidah overnight, setting two depots on fire, the coast guard "
                    "said. Firefighters were still at the sc", encoding="utf-8")
    [article] = _read([path])
    assert isinstance(article, Article) and article.text.startswith("Drones struck fuel tanks")


@pytest.mark.parametrize("note", [
    "Police arrest 3 protesters in Lagos; 2 injured.",
    "Militants kill 12 in Borno raid; army vows response",
    "UPDATE 2-Rebels seize airstrip near Bunia, UN says",
    "Quake-hit Herat: 40 dead, aid convoys delayed",
    "Kyiv: air raid alert lifted 0340 local; no casualties reported",
])
def test_telegraphic_english_is_never_refused(note: str) -> None:
    assert looks_english(note)


@pytest.mark.parametrize(("text", "code"), [
    ("La policía detuvo a tres manifestantes en Caracas durante la noche del martes, "
     "según informaron fuentes oficiales del gobierno regional.", "es"),
    ("Les forces de sécurité ont dispersé une manifestation à Bamako mardi soir, "
     "selon plusieurs témoins interrogés par notre correspondant.", "fr"),
    (RUSSIAN, "ru"),
])
def test_other_languages_are_named(text: str, code: str) -> None:
    assert detect_non_english(text) == code
