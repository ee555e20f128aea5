"""Large GeoNames dumps: streamed into the on-disk user index and queried through it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventcoder.errors import ConfigError
from eventcoder.extract.places import gazetteer as gz
from eventcoder.extract.places.dump import iter_dump

pytestmark = [pytest.mark.slow]
PLACES = 20_000


def _line(i: int) -> str:
    cols = [str(98_000_000 + i), f"Qaryat Number {i}", f"Qaryat Number {i}", "", f"{10 + i % 20}.5",
            f"{30 + i % 10}.25", "P", "PPL", "SD", "", "01", "", "", "", str(i % 900), "", "400",
            "Africa/Khartoum", "2026-11-01"]
    return "\t".join(cols)


@pytest.fixture
def big_dump(tmp_path: Path) -> Path:
    path = tmp_path / "SD.txt"
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(PLACES):
            fh.write(_line(i) + "\n")
    return path


def test_a_dump_is_read_lazily(big_dump: Path) -> None:
    rows = iter_dump(big_dump)
    first = next(rows)
    assert (first.geonameid, first.cc, first.kind) == (98_000_000, "SD", "city")


def test_a_large_dump_is_stored_on_disk_and_queried_by_index(gazetteer_home: Path, big_dump: Path) -> None:
    assert gz.add_geonames_dump(big_dump) == PLACES
    hit = gz.get_gazetteer().lookup("qaryat number 12345")
    assert [(e.geonameid, e.country_code) for e in hit] == [(98_012_345, "SD")]
    con = sqlite3.connect(gazetteer_home / gz.USER_DB)
    plan = " ".join(str(r) for r in con.execute("EXPLAIN QUERY PLAN " + gz._QUERY, ("x",)))
    con.close()
    assert "names_key" in plan  # an index search, not a scan of every name


def test_alternate_names_are_added_to_stored_places(gazetteer_home: Path, big_dump: Path, tmp_path: Path) -> None:
    gz.add_geonames_dump(big_dump)
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("\n".join([
        "\t".join(["1", "98000007", "en", "Umm Testa", "", "", "", "", "", ""]),
        "\t".join(["2", "98000007", "link", "https://example.org/x", "", "", "", "", "", ""]),
        "\t".join(["3", "12", "en", "Nowhere Known", "", "", "", "", "", ""]),
    ]) + "\n", encoding="utf-8")
    assert gz.add_geonames_dump(alt) == 1
    assert [e.geonameid for e in gz.get_gazetteer().lookup("umm testa")] == [98_000_007]
    assert gz.get_gazetteer().lookup("nowhere known") == ()


def test_a_bad_alternate_names_line_adds_nothing(gazetteer_home: Path, big_dump: Path, tmp_path: Path) -> None:
    gz.add_geonames_dump(big_dump)
    alt = tmp_path / "alternateNames.txt"
    alt.write_text("\t".join(["1", "98000007", "en", "Umm Testa", "", "", "", ""]) + "\n"
                   + "\t".join(["2", "x", "en", "Broken", "", "", "", ""]) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="alternateNames.txt:2"):
        gz.add_geonames_dump(alt)
    assert gz.get_gazetteer().lookup("umm testa") == ()


class _Terminal:
    def __init__(self, tty: bool) -> None:
        self.tty, self.text = tty, ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, s: str) -> None:
        self.text += s

    def flush(self) -> None:
        pass


@pytest.mark.parametrize("tty", [True, False])
def test_the_first_build_shows_a_percentage_only_on_a_terminal(tty: bool, monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    term = _Terminal(tty)
    monkeypatch.setattr(gz.sys, "stderr", term)
    show = gz._progress_line(tmp_path / "gazetteer.sqlite")
    show(42, "folding names")
    show(100, "done")
    if tty:
        assert "building the place gazetteer" in term.text and " 42% folding names" in term.text
        assert term.text.endswith("\n")
    else:
        assert term.text == ""
