"""Round 15 of places (issue 10): names written with an inner apostrophe, districts named by
their unit's full title ('X Local Government Area'), bracketed areas whose name opens with a
town's ('Jammu and Kashmir'), and regions that close an armed group's name. Examples are our
own, from other wars and other styles than the sets."""

from __future__ import annotations

import pytest
from event_places import event_place, near  # the place rounds' shared helpers

from eventcoder.geo import haversine_km
from eventcoder.model import Article
from eventcoder.record import build_record

pytestmark = [pytest.mark.slow]


# -- a name with an apostrophe between its letters is one name

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Rebels attacked an army post on the outskirts of N'Djamena on Tuesday.", "N'Djamena", "TD"),
    ("Government jets bombed a market in Ma\u2019arrat al-Numan, in southern Idlib, on Sunday.",
     "Ma\u2019arrat al-Numan", "SY"),
])
def test_a_name_with_an_inner_apostrophe_is_found(places_by_text, text: str, name: str, country: str) -> None:
    found = places_by_text(text)
    assert found[name].country_code == country


# -- 'X Local Government Area', 'X LGA': the unit word says X is a place, though NER calls it a body

@pytest.mark.parametrize(("text", "lat", "lon"), [
    ("Gunmen kidnapped nine farmers in Bakori Local Government Area of Katsina State on Sunday.",
     11.56, 7.43),
    ("Bandits killed seven people in Shiroro LGA of Niger State on Friday, police said.", 9.96, 6.83),
])
def test_a_district_named_by_its_unit_title_is_theevent_place(text: str, lat: float, lon: float) -> None:
    location = event_place(text)
    assert location.country_code == "NG" and near(location, lat, lon)


def test_a_town_word_before_of_still_names_the_town_after_it(places_by_text) -> None:
    found = places_by_text("Floods swept through the Hunan city of Yueyang on Monday.")
    assert found["Yueyang"].country_code == "CN"


# -- 'Town (District, Area and Area)': the bracket names an area whose name joins two with 'and'

@pytest.mark.parametrize(("text", "lat", "lon"), [
    ("On 3 May 2025, militants threw a grenade at a police picket on the main road of Sopore "
     "(Baramulla, Jammu and Kashmir), wounding two constables.", 34.30, 74.47),
    ("On 3 June 2025, an old mortar round went off in a field outside the village school of "
     "Kalesija (Tuzla, Bosnia and Herzegovina), injuring two children.", 44.44, 18.89),
])
def test_a_bracketed_area_joined_by_and_places_the_town(text: str, lat: float, lon: float) -> None:
    assert near(event_place(text), lat, lon, km=25.0)


# -- a region closing an armed group's name is no place of the story

def test_a_region_closing_a_group_name_is_not_a_place(places_by_text) -> None:
    found = places_by_text("Fighters of Islamic State Sahel burned a school in Inates, near the "
                           "border, on Thursday.")
    assert "Sahel" not in found


def test_a_country_closing_a_group_name_stays_a_place(places_by_text) -> None:
    found = places_by_text("Islamic State Somalia fighters attacked a base in Bari on Monday.")
    assert "Somalia" in found


def test_a_town_in_a_bracketed_region_is_kept_beside_a_group_named_after_a_region() -> None:
    location = event_place("On 2 April 2025, Islamic State Sahel fighters set up a camp near "
                            "Menaka (Menaka), herders said.")
    assert location.country_code == "ML" and near(location, 15.92, 2.40)


# -- a person's name does not unmake the town the text calls by a settlement noun

@pytest.mark.parametrize(("text", "name", "country"), [
    ("A trader, Ahmad Yala, 40, was shot dead on Monday. On Sunday, police defused a bomb near a "
     "market in Yala town.", "Yala", "TH"),
    ("Mourners buried Sergeant Peter Kitgum on Friday. A day earlier, rebels ambushed a convoy near "
     "the town of Kitgum, killing four.", "Kitgum", "UG"),
])
def test_a_town_called_so_stays_a_town_beside_a_namesake_person(places_by_text, text: str, name: str,
                                                                 country: str) -> None:
    found = places_by_text(text)
    assert found[name].country_code == country and found[name].precision == "city"


def test_a_surname_alone_is_still_no_place(places_by_text) -> None:
    found = places_by_text("Ann Moore, 54, said she had lived on the farm all her life. Moore said "
                           "the flood was the worst she had seen.")
    assert "Moore" not in found


# -- a bare name shared by a district and its town is the town, not the district's centre

@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    ("Police in Pasni detained two activists on Sunday. In Gwadar, fishermen protesting against "
     "trawlers threw stones at police on Monday. Later, a bomb hit a convoy near Turbat.",
     "Gwadar", 25.12, 62.33),
])
def test_a_bare_district_name_is_its_town(places_by_text, text: str, name: str, lat: float, lon: float) -> None:
    place = places_by_text(text)[name]
    assert place.precision == "city" and haversine_km(place.lat, place.lon, lat, lon) <= 10


# -- a place after 'from' on a noun is where a thing or people came from

@pytest.mark.parametrize(("text", "country"), [
    ("Taxi drivers blocked the ring road around Lusaka on Monday, protesting against fuel imports "
     "from South Africa.", "ZM"),
    ("Farmers dumped milk outside the parliament in Vilnius on Tuesday to protest against cheap dairy "
     "imports from Poland.", "LT"),
])
def test_an_origin_after_from_is_noevent_place(text: str, country: str) -> None:
    rec = build_record(Article(id="r15", text=text, published="2024-05-10"))
    assert rec.events
    assert all(e.location is not None and e.location.country_code == country for e in rec.events)


# -- a town opening the name of its hospital, prison or university is where that stands

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Hundreds of nurses on strike over pay picketed outside Bristol Royal Infirmary on 4 March 2025.",
     "Bristol", "GB"),
    ("Relatives of inmates protested on Monday outside Kisumu Main Prison over visiting rules.",
     "Kisumu", "KE"),
])
def test_a_town_opening_an_institution_name_is_mentioned(places_by_text, text: str, name: str,
                                                         country: str) -> None:
    assert places_by_text(text)[name].country_code == country


# -- a large province called by its own name beats a place abroad called so only by an old name

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Clan del Golfo gunmen killed a social leader in Antioquia on Sunday.", "Antioquia", "CO"),
    ("Junta soldiers burned dozens of houses in Bago on Friday, residents said.", "Bago", "MM"),
])
def test_an_own_named_province_beats_an_old_name_abroad(places_by_text, text: str, name: str, country: str) -> None:
    assert places_by_text(text)[name].country_code == country


def test_a_city_called_by_its_own_name_keeps_it(places_by_text) -> None:
    assert places_by_text("Turkish police detained 20 protesters in Antakya on Monday.")["Antakya"].country_code == "TR"


# -- a digest: a country alone on its line heads the items under it

_DIGEST = """SECURITY BULLETIN - Friday 6 March 2026

Incidents of Thursday 5 March.

NIGERIA

Borno / Dikwa - Insurgents fired mortars at a military camp in Dikwa at dawn; one soldier killed (army).

Kaduna / Kajuru - Gunmen abducted 11 worshippers from a church in Kajuru in the evening (police).

CAMEROON

Far North / Mora - A suicide bomber blew herself up at a market in Mora, killing four people (local officials).
"""

_NOTE = """WEEKLY SECURITY NOTE - 6 March 2026

SOMALIA

Gedo - Al-Shabaab fighters attacked an army base near Luuq on Tuesday; three soldiers killed (officials).

IRAN

Gunmen attacked a police checkpoint on the road to Zahedan on Wednesday; two officers killed (state media).
"""


def test_a_country_heading_a_digest_section_is_a_place(places_by_text) -> None:
    found = places_by_text(_DIGEST)
    assert found["CAMEROON"].country_code == "CM"
    assert found["Mora"].country_code == "CM"


def test_an_item_naming_only_another_country_is_placed_there() -> None:
    rec = build_record(Article(id="r15", text=_NOTE, published="2026-03-06"))
    zahedan = [e for e in rec.events if e.location is not None and e.location.country_code == "IR"]
    assert zahedan and zahedan[0].location is not None and zahedan[0].location.name == "Zahedan"


def test_a_district_named_after_a_person_keeps_the_person_evidence(places_by_text) -> None:
    found = places_by_text("Dan Porter chairs the league. To volunteer, call the Porter District "
                           "office of the youth league, Porter said.")
    assert "Porter" not in found


def test_a_region_closing_a_group_name_with_a_possessive_is_not_a_place(places_by_text) -> None:
    found = places_by_text("Residents said the gunmen belonged to the Islamic State's Sahel branch; "
                           "they burned the market of Inates in Niger on Friday.")
    assert "Sahel" not in found
