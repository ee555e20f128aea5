"""Coded notes (issue 10): a town with its area in brackets ('Town (Province)') or a unit
word after it ('Town LGA'). The bracket picks the namesake inside that area, makes the
bracketed name the area rather than its capital city, and leaves the town, not the area,
as the event's place; a unit word keeps the name's entries of that level."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.model import Article

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gazetteer_home")]


def _record(text: str) -> Any:
    from eventcoder.record import build_record

    return build_record(Article(id="note", text=text, published="2024-03-06"))


def _event_place(text: str) -> tuple[str | None, str | None]:
    rec = _record(text)
    loc = rec.events[0].location
    return (loc.name, loc.admin1) if loc is not None else (None, None)


def test_a_town_tagged_as_part_of_an_org_is_kept_by_its_bracket(places_by_text) -> None:
    found = places_by_text("On 4 March 2024, unidentified gunmen killed 2 farmers in Gwoza (Borno).")
    assert (found["Gwoza"].country_code, found["Gwoza"].admin1) == ("NG", "Borno")
    assert found["Borno"].precision == "admin1"


def test_the_bracket_picks_the_country_of_an_ambiguous_area(places_by_text) -> None:
    found = places_by_text("On 4 March 2024, gang members attacked residents of Hinche (Centre). "
                           "5 people were killed.")
    assert found["Hinche"].country_code == "HT"
    assert (found["Centre"].country_code, found["Centre"].precision) == ("HT", "admin1")


def test_a_bracketed_province_is_the_province_not_its_capital(places_by_text) -> None:
    found = places_by_text("On 4 March 2024, Russian drones struck Marhanets (Dnipropetrovsk).")
    assert found["Dnipropetrovsk"].precision == "admin1"
    assert found["Marhanets"].admin1 == "Dnipropetrovsk"


def test_the_event_is_at_the_town_not_at_the_bracketed_province() -> None:
    assert _event_place("On 4 March 2024, Russian forces shelled Avdiivka (Donetsk). "
                        "2 civilians were killed.") == ("Avdiyivka", "Donetsk")
    assert _event_place("On 4 March 2024, Russian forces shelled Vovchansk (Kharkiv oblast).")[0] == "Vovchansk"


def test_a_district_and_province_in_the_bracket_both_qualify_the_town() -> None:
    name, admin1 = _event_place("On 4 March 2024, ADF rebels killed 8 civilians in Oicha (Beni, Nord-Kivu).")
    assert admin1 == "Nord Kivu" and name != "Beni"


def test_a_country_after_the_province_in_the_bracket(places_by_text) -> None:
    found = places_by_text("On 4 March 2024, militants ambushed a convoy near Ansongo (Gao, Mali).")
    assert (found["Ansongo"].country_code, found["Ansongo"].admin1) == ("ML", "Gao")
    assert found["Gao"].precision == "admin1"


def test_a_country_alone_in_the_bracket_picks_the_country(places_by_text) -> None:
    found = places_by_text("On 4 March 2024, militants attacked Ansongo (Mali), killing 3 soldiers.")
    assert (found["Ansongo"].country_code, found["Mali"].precision) == ("ML", "country")


def test_an_area_the_gazetteer_knows_by_a_longer_name(places_by_text) -> None:
    found = places_by_text("On 4 March 2024, police dispersed traders in Kuje (Federal Capital Territory).")
    assert found["Kuje"].admin1 == "Abuja Federal Capital Territory"


def test_a_unit_word_before_the_bracket_sets_the_level(places_by_text) -> None:
    found = places_by_text("On 4 March 2024, bandits abducted 20 villagers in Gusau LGA (Zamfara).")
    assert (found["Gusau"].country_code, found["Gusau"].admin1) == ("NG", "Zamfara")
    found = places_by_text("On 4 March 2024, armed men attacked Kadugli town (South Kordofan).")
    assert found["Kadugli"].precision == "city"


def test_a_region_word_makes_the_name_the_province(places_by_text) -> None:
    found = places_by_text("Fighting went on in the Donetsk region on Tuesday.")
    assert (found["Donetsk"].country_code, found["Donetsk"].precision) == ("UA", "admin1")


def test_a_bracket_that_names_no_area_of_the_town_changes_nothing(places_by_text) -> None:
    found = places_by_text("PARIS (AFP) - Farmers blocked roads around Lyon (Rhone) on Monday.")
    assert found["Lyon"].country_code == "FR"
    assert "AFP" not in found


def test_an_aside_in_brackets_leaves_its_places_to_the_events() -> None:
    from eventcoder.extract.places.brackets import bracket_area_starts
    from eventcoder.model import Place

    text = "a farm in Ocala, Florida (near Gainesville, Florida) and a mill in Kuje (Kogi, Nigeria)"

    def place(name: str, nth: int = 0) -> Place:
        start = [i for i in range(len(text)) if text.startswith(name, i)][nth]
        return Place(name=name, country_code="US", start=start, end=start + len(name), text=name,
                     precision="city")

    places = [place("Ocala"), place("Florida"), place("Gainesville"), place("Florida", 1),
              place("Kuje"), place("Kogi"), place("Nigeria")]
    assert bracket_area_starts(places, text) == {places[5].start, places[6].start}


def test_a_unit_word_does_not_move_a_name_to_a_town_so_called_only_by_an_old_name(places_by_text) -> None:
    found = places_by_text("A bomb went off in New Mexico city on 16 January, police said.")
    assert found["New Mexico"].name == "New Mexico"
