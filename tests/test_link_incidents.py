"""Several sources on the same incidents, plus distractors, linked through the store."""

from __future__ import annotations

import pytest
from corpus_conftest import event, place, quantity, record, store_url  # noqa: F401

from eventcoder.model import Record
from eventcoder.store import Filters, IncidentView, Store

AVDIIVKA = place("Avdiivka", "UA", "Donetsk", 48.1395, 37.7520)
AVDIIVKA_MARKET = place("Avdiivka central market", "UA", "Donetsk", 48.1420, 37.7430, "point")
KRAMATORSK = place("Kramatorsk", "UA", "Donetsk", 48.7230, 37.5560)
UM_KADADA = place("Um Kadada", "SD", "North Darfur", 13.6017, 26.6876)
NORTH_DARFUR = place("North Darfur", "SD", "North Darfur", None, None, "admin1")
EL_FASHER = place("El Fasher", "SD", "North Darfur", 13.6279, 25.3494)


def ukraine_wire_a() -> Record:
    t = ("Russian shelling hit the central market in Avdiivka on Monday, killing 12 people. "
         "Rescue workers searched the rubble into the night.")
    return record("ua-a", t, source="Northwire", published="2023-02-21", events=[event(
        t, "Russian shelling hit the central market in Avdiivka on Monday, killing 12 people.",
        type="Explosions/Remote violence", sub_type="Shelling/artillery/missile attack",
        actor1="Military Forces of Russia", inter1=8, date="2023-02-20", location=AVDIIVKA,
        fatalities=(12, "exact", "12 people"))],
        quantities=[quantity(t, "12 people", 12)])


def ukraine_wire_b() -> Record:
    t = ("At least 15 people were killed when shells struck a market in Avdiivka, "
         "the regional governor said on Tuesday.")
    return record("ua-b", t, source="Eastern Press", published="2023-02-21", events=[event(
        t, t, type="Violence against civilians", sub_type="Attack", date="2023-02-21",
        location=AVDIIVKA_MARKET, fatalities=(15, "at_least", "At least 15 people"),
        attributed_to=["the regional governor"])],
        quantities=[quantity(t, "At least 15 people", 15, qualifier="at_least",
                             attributed_to="the regional governor")])


def ukraine_same_place_other_day() -> Record:
    t = "Shelling of Avdiivka on Saturday killed three civilians, officials said."
    return record("ua-c", t, source="Northwire", published="2023-02-26", events=[event(
        t, t, type="Explosions/Remote violence", sub_type="Shelling/artillery/missile attack",
        actor1="Military Forces of Russia", inter1=8, date="2023-02-25", location=AVDIIVKA,
        fatalities=(3, "exact", "three civilians"))])


def ukraine_same_day_other_town() -> Record:
    t = "A missile struck an apartment block in Kramatorsk on Monday, killing two people."
    return record("ua-d", t, source="Eastern Press", published="2023-02-20", events=[event(
        t, t, type="Explosions/Remote violence", sub_type="Shelling/artillery/missile attack",
        date="2023-02-20", location=KRAMATORSK, fatalities=(2, "exact", "two people"))])


def ukraine_same_day_same_town_protest() -> Record:
    t = "Residents of Avdiivka protested on Monday against the closure of the market."
    return record("ua-e", t, source="Local Daily", published="2023-02-20", events=[event(
        t, t, type="Protests", sub_type="Peaceful protest", actor1="Protesters (Ukraine)",
        inter1=6, date="2023-02-20", location=AVDIIVKA)])


def sudan_ngo() -> Record:
    t = ("In mid-March, RSF fighters attacked a village in North Darfur; dozens of civilians "
         "were killed, according to residents interviewed by Darfur Watch.")
    return record("sd-ngo", t, source="Darfur Watch", published="2024-03-30", events=[event(
        t, t, type="Violence against civilians", sub_type="Attack", actor1="Rapid Support Forces",
        inter1=2, date="2024-03", precision="month", location=NORTH_DARFUR,
        fatalities=(None, "vague", "dozens of civilians"), attributed_to=["residents"])],
        quantities=[quantity(t, "dozens of civilians", None, qualifier="vague",
                             attributed_to="residents")])


def sudan_wire() -> Record:
    t = ("Rapid Support Forces fighters killed 40 people in the village of Um Kadada on "
         "Thursday, the UN said.")
    return record("sd-wire", t, source="Northwire", published="2024-03-15", events=[event(
        t, t, type="Violence against civilians", sub_type="Attack", actor1="Rapid Support Forces",
        inter1=2, date="2024-03-14", location=UM_KADADA, fatalities=(40, "exact", "40 people"))],
        quantities=[quantity(t, "40 people", 40, attributed_to="UN")])


def sudan_activists() -> Record:
    t = "Activists said more than 100 people died in the RSF assault on Um Kadada last week."
    return record("sd-act", t, source="Sudan Tribune", published="2024-03-20", events=[event(
        t, t, type="Violence against civilians", sub_type="Attack", actor1="Rapid Support Forces",
        inter1=2, date="2024-03-15", location=UM_KADADA)],
        quantities=[quantity(t, "more than 100 people", 100, qualifier="more_than",
                             attributed_to="activists")])


def sudan_battle_distractor() -> Record:
    t = "The army and the RSF fought in El Fasher on Thursday."
    return record("sd-battle", t, source="Northwire", published="2024-03-15", events=[event(
        t, t, type="Battles", sub_type="Armed clash", actor1="Military Forces of Sudan", inter1=1,
        actor2="Rapid Support Forces", inter2=2, date="2024-03-14", location=EL_FASHER)])


ALL = [ukraine_wire_a, ukraine_wire_b, ukraine_same_place_other_day, ukraine_same_day_other_town,
       ukraine_same_day_same_town_protest, sudan_ngo, sudan_wire, sudan_activists,
       sudan_battle_distractor]


def _by_articles(incidents: list[IncidentView]) -> dict[frozenset[str], IncidentView]:
    return {frozenset(m.article_id for m in i.members): i for i in incidents}


def _groups(store: Store) -> set[frozenset[str]]:
    return set(_by_articles(store.incidents()))


EXPECTED = {
    frozenset({"ua-a", "ua-b"}), frozenset({"ua-c"}), frozenset({"ua-d"}), frozenset({"ua-e"}),
    frozenset({"sd-ngo", "sd-wire", "sd-act"}), frozenset({"sd-battle"}),
}


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_incidents_group_the_same_event_and_keep_distractors_apart(
        store_url: str, order: str) -> None:
    builders = ALL if order == "forward" else list(reversed(ALL))
    with Store.open(store_url) as store:
        for build in builders:
            assert store.add_record(build()).status == "added"
        assert _groups(store) == EXPECTED
        assert store.counts()["incidents"] == 6


def test_market_shelling_claims_side_by_side_and_flagged(store_url: str) -> None:
    with Store.open(store_url) as store:
        for build in ALL:
            store.add_record(build())
        market = _by_articles(store.incidents())[frozenset({"ua-a", "ua-b"})]
    assert market.n_sources == 2 and market.sources == ["Northwire", "Eastern Press"]
    assert market.date_start == "2023-02-20" and market.location_name == "Avdiivka central market"
    assert market.actor1 == "Military Forces of Russia"
    reason = market.members[1].reason
    assert reason.startswith("compatible types Violence against civilians/Explosions/Remote violence;"
                             " dates 2023-02-21/2023-02-20; ")
    assert "km apart" in reason and "; actors unknown; evidence similarity " in reason
    assert market.members[0].reason == "first report"
    claims = {(c.text, c.source, c.disputed) for c in market.claims}
    assert claims == {("12 people", "Northwire", True),
                      ("At least 15 people", "the regional governor", True)}
    assert market.disputed
    assert market.disputes == ("killed: 12 people — Northwire vs At least 15 people — the regional governor",)


def test_village_attack_three_sources(store_url: str) -> None:
    with Store.open(store_url) as store:
        for build in ALL:
            store.add_record(build())
        village = _by_articles(store.incidents())[frozenset({"sd-ngo", "sd-wire", "sd-act"})]
    assert village.n_sources == 3 and village.location_name == "Um Kadada"
    assert village.date_start == "2024-03-14" and village.date_precision == "day"
    wire_reason = next(m.reason for m in village.members if m.article_id == "sd-wire")
    assert "same admin1 North Darfur" in wire_reason and "actor1 match" in wire_reason
    assert "dates 2024-03-14/2024-03-01..2024-03-31" in wire_reason
    by_source = {c.source: c.disputed for c in village.claims}
    assert by_source == {"residents": True, "UN": True, "activists": True}
    assert village.disputes == (
        "killed: dozens of civilians — residents vs 40 people — UN vs more than 100 people — activists",)


def test_replacing_an_article_recomputes_its_incident(store_url: str) -> None:
    with Store.open(store_url) as store:
        for build in ALL:
            store.add_record(build())
        t = "Shells struck a market in Avdiivka, the regional governor said on Tuesday."
        changed = record("ua-b", t, source="Eastern Press", published="2023-02-21")
        assert store.add_record(changed).status == "replaced"
        market = _by_articles(store.incidents())[frozenset({"ua-a"})]
        assert not market.disputed and market.n_sources == 1
        assert [c.text for c in market.claims] == ["12 people"]


def test_relink_with_stricter_rules_splits_incidents(store_url: str) -> None:
    from eventcoder.link import LinkRules

    with Store.open(store_url) as store:
        for build in ALL:
            store.add_record(build())
        store.relink(LinkRules(compatible_types=frozenset()))
        groups = _groups(store)
    assert frozenset({"ua-a"}) in groups and frozenset({"ua-b"}) in groups
    assert frozenset({"sd-ngo", "sd-wire", "sd-act"}) in groups


def test_incident_filters(store_url: str) -> None:
    with Store.open(store_url) as store:
        for build in ALL:
            store.add_record(build())
        assert len(store.incidents(Filters(country="Sudan"))) == 2
        assert len(store.incidents(Filters(country="UA", date_from="2023-02-21",
                                           date_to="2023-02-24"))) == 0
        assert len(store.incidents(Filters(country="UA", date_to="2023-02-20"))) == 3
        assert len(store.incidents(Filters(event_type="Battles"))) == 1
        assert len(store.incidents(Filters(actor="rapid support"))) == 2
        assert len(store.incidents(Filters(admin1="north darfur"))) == 2
