"""The gazetteer: name folding, the cached base index, and GeoNames dumps added by the user."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import pytest

from eventcoder.errors import ConfigError
from eventcoder.extract.context import Context
from eventcoder.extract.places import gazetteer as gz
from eventcoder.extract.places.dump import kind_of
from eventcoder.extract.places.names import admin_variants, arabic_variants, fold, looks_like_demonym

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = FIXTURES / "geonames_sample.txt"
SAMPLE_ROWS = 12


# ---- names ---------------------------------------------------------------------------------

def test_fold_strips_diacritics_apostrophes_and_hyphens() -> None:
    assert fold("Ḩamāh") == "hamah"
    assert fold("Ma'rib") == fold("Ma’rib") == "marib"
    assert fold("Seif al-Dawla") == "seif al dawla"
    assert fold("Łódź") == "lodz"
    assert fold("U.S.") == "u s"


def test_arabic_variants_drop_the_article_and_final_h() -> None:
    assert {"al hudaydah", "hudaydah", "hudayda"} <= arabic_variants("al hudaydah")
    assert "hama" in arabic_variants("hamah")
    assert "deir al balah" in arabic_variants("dayr al balah")


def test_admin_variants_drop_admin_words_and_normalise_compass() -> None:
    assert "al hudaydah" in admin_variants("Muhafazat al Hudaydah")
    assert "north darfur" in admin_variants("Northern Darfur")
    assert "basra" in admin_variants("Basra Governorate")


def test_demonyms_are_derived_from_country_names() -> None:
    countries = frozenset({"syria", "ukraine", "sudan", "iraq", "russia", "lebanon", "oman", "yemen"})
    for word in ("Syrian", "Ukrainian", "Sudanese", "Iraqi", "Russians", "Lebanese", "Yemeni", "Turkish"):
        assert looks_like_demonym(word, countries), word
    for word in ("Syria", "Aleppo", "Oman", "Kharkiv", "Khartoum", "Sanaa"):
        assert not looks_like_demonym(word, countries), word


def test_feature_codes_map_to_precision_kinds() -> None:
    assert kind_of("P", "PPLX") == "neighbourhood"
    assert kind_of("P", "PPL") == "city"
    assert kind_of("A", "ADM1") == "admin1"
    assert kind_of("A", "ADM2") == "district"
    assert kind_of("A", "PCLI") == "country"
    assert kind_of("S", "CMP") == "point"


# ---- base index ----------------------------------------------------------------------------

@pytest.mark.slow
def test_base_index_is_cached_per_version_and_reused(gazetteer_home: Path) -> None:
    path = gz.base_path()
    assert path.parent == gazetteer_home / "cache" and path.exists()
    assert gz.get_gazetteer() is gz.get_gazetteer()


@pytest.mark.slow
def test_lookup_finds_cities_admin_areas_and_countries(gazetteer_home: Path) -> None:
    g = gz.get_gazetteer()
    aleppo = {(e.country_code, e.kind) for e in g.lookup("aleppo")}
    assert ("SY", "city") in aleppo and ("SY", "admin1") in aleppo
    hama = [e for e in g.lookup("hama") if e.kind == "city" and e.country_code == "SY"]
    assert hama and hama[0].name == "Ḩamāh" and hama[0].admin1 == "Hama"
    assert [e.country_code for e in g.lookup("us")] == ["US"]
    assert {e.country_code for e in g.lookup("damascus")} >= {"SY", "US"}
    assert g.lookup("syrian") == ()


# ---- user additions ------------------------------------------------------------------------

@pytest.mark.slow
def test_add_dump_stores_places_for_later_runs(gazetteer_home: Path) -> None:
    assert gz.get_gazetteer().lookup("karm al jabal") == ()
    assert gz.add_geonames_dump(SAMPLE) == SAMPLE_ROWS
    assert (gazetteer_home / gz.USER_DB).exists()
    g = gz.get_gazetteer()
    [karm] = g.lookup("karm al jabal")
    assert (karm.geonameid, karm.country_code, karm.precision) == (99100001, "SY", "neighbourhood")
    assert karm.admin1 == "Aleppo"  # admin1 code 09 named through the base index
    [nertiti] = g.lookup("nertiti")
    assert nertiti.admin1 == "Central Darfur"  # named by the dump's own ADM1 row
    [sheikh] = g.lookup("sheikh maqsoud")  # an alternate name
    assert sheikh.name == "Shaykh Maqşūd" and not sheikh.main
    assert g.lookup("zamzam")[0].precision == "point"


@pytest.mark.slow
def test_adding_twice_replaces_rather_than_duplicates(gazetteer_home: Path) -> None:
    gz.add_geonames_dump(SAMPLE)
    assert gz.add_geonames_dump(SAMPLE) == SAMPLE_ROWS
    ids = [e.geonameid for e in gz.get_gazetteer().lookup("tawila")]
    assert ids.count(99100004) == 1


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "dump.txt"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _good_line(gid: int = 99200001) -> str:
    cols = [str(gid), "Testville", "Testville", "", "35.0", "36.0", "P", "PPL", "SY", "", "09",
            "", "", "", "1200", "", "300", "Asia/Damascus", "2026-11-01"]
    return "\t".join(cols)


@pytest.mark.slow
def test_malformed_line_names_its_number_and_adds_nothing(gazetteer_home: Path, tmp_path: Path) -> None:
    bad = _write(tmp_path, [_good_line(), _good_line(99200002), "99200003\tBroken\tline"])
    with pytest.raises(ConfigError, match=r"dump\.txt:3: expected 19"):
        gz.add_geonames_dump(bad)
    assert gz.get_gazetteer().lookup("testville") == ()


@pytest.mark.slow
def test_bad_numbers_are_reported(gazetteer_home: Path, tmp_path: Path) -> None:
    cols = _good_line().split("\t")
    cols[4] = "north"
    with pytest.raises(ConfigError, match=r":1: not a GeoNames line"):
        gz.add_geonames_dump(_write(tmp_path, ["\t".join(cols)]))
    cols[4] = "135.0"
    with pytest.raises(ConfigError, match="out of range"):
        gz.add_geonames_dump(_write(tmp_path, ["\t".join(cols)]))
    with pytest.raises(ConfigError, match="no such file"):
        gz.add_geonames_dump(tmp_path / "missing.txt")


@pytest.mark.slow
def test_added_places_are_found_in_articles(gazetteer_home: Path, make_ctx: Callable[..., Context]) -> None:
    from eventcoder.extract.places.extract import extract_places

    text = ("Families fled El Fasher for Tawila, aid workers said. Shelling also hit "
            "Karm al-Jabal in Aleppo.")
    before = {p.text: p for p in extract_places(make_ctx(text))}
    assert "Tawila" not in before  # only a Yemeni namesake in the base: left out, not misplaced
    assert "Karm al-Jabal" not in before
    gz.add_geonames_dump(SAMPLE)
    after = {p.text: p for p in extract_places(make_ctx(text))}
    assert (after["Tawila"].country_code, after["Tawila"].geonameid) == ("SD", 99100004)
    assert after["Karm al-Jabal"].precision == "neighbourhood"
    assert after["Karm al-Jabal"].admin1 == "Aleppo"


@pytest.mark.slow
def test_unreadable_user_file_is_a_config_error(gazetteer_home: Path) -> None:
    (gazetteer_home / gz.USER_DB).write_bytes(b"this is not an sqlite file" * 100)
    with pytest.raises(ConfigError, match="not a readable eventcoder gazetteer"):
        gz.get_gazetteer()


# ---- command line --------------------------------------------------------------------------

@pytest.mark.slow
def test_cli_add_reports_the_count(gazetteer_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from eventcoder.cli.gazetteer import register

    parser = argparse.ArgumentParser(prog="eventcoder")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["gazetteer", "add", str(SAMPLE)])
    assert args.func(args) == 0
    assert f"added {SAMPLE_ROWS} places from {SAMPLE}" in capsys.readouterr().out
    assert gz.get_gazetteer().lookup("saltivka")


@pytest.mark.slow
def test_cli_add_bad_file_is_a_usage_error(gazetteer_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from eventcoder.cli import main

    bad = _write(tmp_path, ["not\ta\tdump"])
    assert main(["gazetteer", "add", str(bad)]) == 2
    assert "dump.txt:1" in capsys.readouterr().err
