"""Place extraction on short texts written for these tests: finding, resolving, rejecting."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.extract.context import Context
from eventcoder.extract.places.extract import extract_places
from eventcoder.model import Place

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gazetteer_home")]


@pytest.fixture
def places(make_ctx: Callable[..., Context]) -> Callable[[str], list[Place]]:
    def _run(text: str) -> list[Place]:
        found = extract_places(make_ctx(text))
        for p in found:  # every mention points at its own text
            assert text[p.start : p.end] == p.text
        return found

    return _run


def by_text(found: list[Place]) -> dict[str, Place]:
    return {p.text: p for p in found}


def test_ukraine_cities_and_an_oblast(places) -> None:
    found = places("Drones struck Kharkiv before dawn and a market in Kherson burned. "
                   "The Zaporizhzhia region was shelled as well, officials in Kyiv said.")
    got = by_text(found)
    assert got["Kharkiv"].country_code == "UA" and got["Kharkiv"].precision == "city"
    assert got["Kharkiv"].admin1 == "Kharkiv"
    assert got["Kherson"].country_code == "UA"
    assert got["Zaporizhzhia"].precision == "admin1"
    assert got["Kyiv"].country_code == "UA"
    assert abs(got["Kharkiv"].lat - 49.99) < 0.2 and abs(got["Kharkiv"].lon - 36.23) < 0.2


def test_sudan_state_capital_and_state(places) -> None:
    got = by_text(places("Paramilitary fighters shelled El Fasher, capital of North Darfur state, "
                         "while the army held its ground in Khartoum and Omdurman."))
    assert got["El Fasher"].country_code == "SD" and got["El Fasher"].geonameid
    assert got["North Darfur"].precision == "admin1" and got["North Darfur"].country_code == "SD"
    assert {got["Khartoum"].country_code, got["Omdurman"].country_code} == {"SD"}


def test_yemen_transliterations(places) -> None:
    got = by_text(places("Coalition jets hit Hodeidah port as fighting spread around Marib. "
                         "In Sanaa, the rebels held a rally."))
    assert got["Hodeidah"].country_code == "YE" and got["Hodeidah"].name == "Al Ḩudaydah"
    assert abs(got["Hodeidah"].lat - 14.80) < 0.1
    assert got["Marib"].country_code == "YE"
    assert got["Sanaa"].country_code == "YE"


def test_gaza_towns_resolve_to_palestine_not_egypt(places) -> None:
    got = by_text(places("Air strikes on Rafah and Khan Younis killed dozens, and families "
                         "walked north to Deir al-Balah."))
    assert got["Rafah"].country_code == "PS"
    assert got["Khan Younis"].country_code == "PS"
    assert got["Deir al-Balah"].country_code == "PS"  # GeoNames spells it 'Dayr al Balah'


def test_myanmar_city_and_state(places) -> None:
    got = by_text(places("Insurgents closed in on Sittwe, the capital of Rakhine state, and "
                         "clashes were reported near Mandalay."))
    assert got["Sittwe"].country_code == "MM"
    assert got["Rakhine"].precision == "admin1"
    assert got["Mandalay"].country_code == "MM" and got["Mandalay"].precision == "city"


def test_syria_cities_including_stored_with_diacritics(places) -> None:
    found = places("Government aircraft bombed Idlib while rebels dug in near Aleppo. "
                   "Further south, Hama and Homs were quiet.")
    got = by_text(found)
    assert {got[n].country_code for n in ("Idlib", "Aleppo", "Hama", "Homs")} == {"SY"}
    assert got["Hama"].name == "Ḩamāh"
    assert abs(got["Hama"].lat - 35.13) < 0.1


def test_descriptive_words_before_a_city_are_not_part_of_it(places) -> None:
    got = by_text(places("Shelling continued in rural Damascus and in eastern Aleppo, "
                         "and the shelling stopped in east Aleppo by night."))
    assert got["Damascus"].country_code == "SY"
    assert got["Aleppo"].country_code == "SY"
    assert set(got) == {"Damascus", "Aleppo"}


def test_demonyms_are_not_places(places) -> None:
    found = places("Syrian troops and Turkish officers met Russian diplomats; Iraqi, Sudanese "
                   "and Ukrainian envoys watched. Russia and Turkey signed the deal.")
    assert [p.text for p in found] == ["Russia", "Turkey"]
    assert {p.precision for p in found} == {"country"}
    assert all(p.admin1 is None for p in found)


def test_people_organisations_and_everyday_words_are_not_places(places) -> None:
    found = places("U.S. envoy Samantha Power addressed the U.N. Security Council, Reuters reported. "
                   "Power said a deal was near. In March, Mr Deal bought a mobile phone. "
                   "Jackson said the Red Cross and the White House agreed.")
    assert [(p.text, p.country_code) for p in found] == [("U.S.", "US")]


def test_context_decides_between_namesakes(places) -> None:
    assert by_text(places("Talks in Damascus resumed."))["Damascus"].country_code == "SY"
    assert by_text(places("The Aleppo talks failed."))["Aleppo"].country_code == "SY"
    french = by_text(places("The French cabinet met in Paris after protests in Lyon and Marseille."))
    assert french["Paris"].country_code == "FR"
    lebanese = by_text(places("Clashes broke out in Tripoli, the second city of Lebanon, and Beirut sent troops."))
    assert lebanese["Tripoli"].country_code == "LB"
    libyan = by_text(places("Militias fought in Tripoli and Misrata as Libya's rival governments traded blame."))
    assert libyan["Tripoli"].country_code == "LY"


def test_historical_comparisons_in_a_list_are_places(places) -> None:
    got = by_text(places("Observers compared the siege with Srebrenica, Grozny and even Guernica."))
    assert got["Srebrenica"].country_code == "BA"
    assert got["Grozny"].country_code == "RU"
    assert got["Guernica"].country_code == "ES"


def test_district_the_gazetteer_lacks_is_placed_at_its_city(places) -> None:
    text = ("Troops advanced through Homs on Monday. Fighters regrouped in Bab Amr, one of the "
            "last rebel-held districts, residents said.")
    got = by_text(places(text))
    district, city = got["Bab Amr"], got["Homs"]
    assert district.precision == "district"
    assert (district.lat, district.lon, district.country_code) == (city.lat, city.lon, "SY")
    assert district.geonameid is None
    assert "Homs" in district.model_dump()["note"]


def test_neighbourhood_takes_the_city_named_after_it(places) -> None:
    text = "Damascus sent troops. Snipers fired on Salah al-Din, a neighbourhood in eastern Aleppo."
    got = by_text(places(text))
    assert got["Salah al-Din"].precision == "neighbourhood"
    assert got["Salah al-Din"].lat == got["Aleppo"].lat
    assert got["Salah al-Din"].model_dump()["within"] == "Aleppo"


def test_district_needs_a_city_and_a_description(places) -> None:
    assert "Bab Amr" not in by_text(places("Fighters regrouped in Bab Amr, one of the last rebel-held districts."))
    assert "Bab Amr" not in by_text(places("Troops entered Homs. Fighters regrouped in Bab Amr overnight."))


def test_every_mention_is_reported_in_text_order(places) -> None:
    found = places("Aleppo fell. Rebels left Aleppo for Idlib, and Aleppo was quiet.")
    assert [p.text for p in found] == ["Aleppo", "Aleppo", "Idlib", "Aleppo"]
    assert [p.start for p in found] == sorted(p.start for p in found)


def test_no_text_no_places(places) -> None:
    assert places("") == []
    assert places("nothing here names a place at all.") == []


def test_thresholds_come_from_the_context_config(make_ctx: Callable[..., Context]) -> None:
    """``ctx.config.places`` drives acceptance and district placement, not constants in code."""
    from dataclasses import replace

    from eventcoder.extract.config import ExtractConfig
    from eventcoder.extract.places.config import PlaceConfig

    text = "Rebels captured Kidal after government forces withdrew."
    assert [p.text for p in extract_places(make_ctx(text))] == ["Kidal"]
    strict = make_ctx(text)
    strict.config = replace(ExtractConfig(), places=replace(PlaceConfig(), accept_score=20))
    assert extract_places(strict) == []

    district = "Tanks shelled Homs on Monday. Later that week the Waer district was hit again."
    assert "Waer" in by_text(extract_places(make_ctx(district)))
    near_only = make_ctx(district)
    near_only.config = replace(ExtractConfig(), places=replace(PlaceConfig(), max_city_distance=10))
    assert "Waer" not in by_text(extract_places(near_only))


def test_everyday_words_come_from_the_pipeline(nlp) -> None:
    """The words that make a capitalised name doubtful are the pipeline's lemmatizer words."""
    from eventcoder.nlp import everyday_words

    shipped = everyday_words()
    assert {"mobile", "split", "white", "red"} <= shipped
    assert not {"aleppo", "kharkiv"} & shipped


def test_an_ampersand_joins_a_firm_not_a_list_of_places(places) -> None:
    found = by_text(places("The council hired Hamilton & Kent to design the new hall in Columbia."))
    assert "Hamilton" not in found and "Kent" not in found


def test_a_country_named_with_everyday_words_is_the_country(places) -> None:
    """'japan' is a lacquer and 'republic' a common noun; NER's GPE says the country."""
    found = by_text(places("Ministers met officials from Japan and the Czech Republic in Lisbon on Friday."))
    assert found["Japan"].country_code == "JP"
    assert found["Czech Republic"].country_code == "CZ"
    korea = by_text(places("Trade envoys flew to Korea and Japan last week to court investors for Manitoba."))
    assert korea["Korea"].country_code == "KR"


def test_an_area_named_by_its_unit_is_the_area_though_ner_calls_it_an_organisation(places) -> None:
    found = by_text(places("Lawyers for the Province of Manitoba asked the court to delay the ruling."))
    assert found["Manitoba"].country_code == "CA"


def test_continents_and_regions_of_many_countries_are_not_their_namesake_towns(places) -> None:
    found = by_text(places("Exports from Kenya to Asia, Latin America and the Middle East fell, "
                           "while a SWAT team guarded the port."))
    assert list(found) == ["Kenya"]


def test_a_capitals_dateline_of_everyday_words_is_still_a_place(places) -> None:
    found = by_text(places("UNION CITY -- Police said a SWAT team surrounded the house."))
    assert found["UNION CITY"].country_code == "US" and "SWAT" not in found
