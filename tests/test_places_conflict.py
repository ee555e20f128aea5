"""Conflict-zone villages, towns and districts resolve to the right country, each in a sentence
of the kind wire reports write (our own sentences)."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gazetteer_home")]

CASES = [
    ("Government aircraft struck Maarrat al-Numan in Idlib province on Monday.", "Maarrat al-Numan", "SY"),
    ("Kurdish-led fighters pushed into Manbij after weeks of clashes.", "Manbij", "SY"),
    ("Shelling hit Saraqib overnight, rescuers in Syria said.", "Saraqib", "SY"),
    ("Russian forces shelled Vuhledar and Marinka in Donetsk region.", "Vuhledar", "UA"),
    ("Drones struck an energy site near Kupiansk in Kharkiv oblast.", "Kupiansk", "UA"),
    ("Two civilians were killed in Nikopol when shells hit the town.", "Nikopol", "UA"),
    ("The RSF attacked Tawila, west of El Fasher in North Darfur.", "El Fasher", "SD"),
    ("Fighting spread to Babanusa in West Kordofan, Sudan, residents said.", "Babanusa", "SD"),
    ("Paramilitaries looted Wad Madani, the capital of Gezira state.", "Wad Madani", "SD"),
    ("M23 rebels took Rutshuru and advanced towards Goma in North Kivu.", "Rutshuru", "CD"),
    ("ADF fighters killed villagers near Beni in eastern Congo.", "Congo", "CD"),
    ("Resistance forces seized Lashio in northern Shan state, Myanmar.", "Lashio", "MM"),
    ("The junta bombed a school in Sagaing region's Depayin township.", "Sagaing", "MM"),
    ("Jihadists ambushed soldiers near Djibo in northern Burkina Faso.", "Djibo", "BF"),
    ("Militants attacked an army post in Menaka, in eastern Mali.", "Menaka", "ML"),
    ("Gunmen killed herders near Tillaberi in western Niger.", "Tillaberi", "NE"),
    ("Troops clashed with insurgents in Yatenga province on Friday.", "Yatenga", "BF"),
]


@pytest.mark.parametrize(("text", "name", "country"), CASES, ids=[c[1] for c in CASES])
def test_conflict_place_resolves_to_its_country(places_by_text, text: str, name: str, country: str) -> None:
    found = places_by_text(text)
    assert name in found, f"{name!r} not found in {sorted(found)}"
    assert found[name].country_code == country
