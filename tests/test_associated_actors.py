"""ACLED's associated actors (assoc_actor_1/2): the group beside a main actor, from the record."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder.export.associated import (
    actor_associates,
    associated_file,
    event_associates,
    incident_associates,
    lemmas,
)
from eventcoder.model import Actor, Article, Event, TextSpan


def _actor(name: str, mention: str, inter: int, country: str = "NG") -> Actor:
    return Actor(name=name, mention=mention, inter=inter, country_code=country)


def _event(text: str, actor1: Actor | None, actor2: Actor | None) -> Event:
    return Event(id="e1", type="Violence against civilians", sub_type="Attack", actor1=actor1,
                 actor2=actor2, date=None, location=None, evidence=[TextSpan(start=0, end=len(text))])


def test_lemmas_are_singular_word_forms() -> None:
    assert lemmas("Striking nurses' unions") == ["striking", "nurse", "union"]
    assert lemmas("women, children and fishermen") == ["woman", "child", "and", "fisherman"]
    assert lemmas("the Bus drivers' strike") == ["the", "bus", "driver", "strike"]


@pytest.mark.parametrize(("actor", "evidence", "want"), [
    (_actor("Protesters (Pakistan)", "hundreds of lawyers", 6, "PK"), "", ["Lawyers (Pakistan)"]),
    (_actor("Rioters (India)", "angry Sikh students", 5, "IN"), "",
     ["Sikh Group (India)", "Students (India)"]),  # in the order the mention names them
    (_actor("Civilians (Nigeria)", "three schoolgirls", 7), "", ["Students (Nigeria)", "Women (Nigeria)"]),
    (_actor("Civilians (Mexico)", "an off-duty police officer", 7, "MX"), "",
     ["Police Forces of Mexico"]),
    (_actor("Civilians (Democratic Republic of Congo)", "two health workers", 7, "CD"), "",
     ["Health Workers (Democratic Republic of Congo)"]),
    (_actor("Civilians (Somalia)", "a district commissioner", 7, "SO"), "", ["Government of Somalia"]),
    (_actor("Civilians (Sudan)", "displaced people", 7, "SD"), "", ["Refugees/IDPs (Sudan)"]),
    (_actor("Civilians (India)", "four Kuki villagers", 7, "IN"), "", ["Kuki Ethnic Group (India)"]),
    (_actor("Civilians (Pakistan)", "Afghan refugees", 7, "PK"), "", ["Refugees/IDPs (Afghanistan)"]),
    (_actor("Protesters (South Africa)", "striking miners", 6, "ZA"), "", ["Labour Group (South Africa)"]),
])
def test_groups_named_in_the_mention(actor: Actor, evidence: str, want: list[str]) -> None:
    assert actor_associates(actor, evidence, actor.country_code) == want


def test_a_group_only_beside_the_actors_it_can_sit_beside() -> None:
    # officials who protest are not coded as the government; protesters keep their group words
    assert actor_associates(_actor("Protesters (Kenya)", "local officials", 6, "KE"), "", "KE") == []
    # soldiers on duty are the military itself, not an associated group
    assert actor_associates(_actor("Military Forces of Mali", "off-duty soldiers", 1, "ML"), "", "ML") == []


def test_named_groups_and_plain_residents_get_nothing() -> None:
    assert actor_associates(_actor("Islamic State West Africa", "ISWAP fighters", 2), "", "NG") == []
    assert actor_associates(_actor("Civilians (Nigeria)", "residents", 7), "", "NG") == []
    assert actor_associates(_actor("Unidentified Communal Militia (Nigeria)", "armed herdsmen", 4), "", "NG") == []
    assert actor_associates(None, "farmers", "NG") == []


def test_identity_militia_has_its_community_beside_it() -> None:
    militia = _actor("Fulani Ethnic Militia (Nigeria)", "Fulani gunmen", 4)
    assert actor_associates(militia, "", "NG") == ["Fulani Ethnic Group (Nigeria)"]


def test_community_words_in_the_evidence_go_to_the_civilian_side_before_a_community_noun() -> None:
    text = "A Christian militia raided a Muslim village near Bangui, killing eleven people."
    militia = _actor("Anti-Balaka", "A Christian militia", 4, "CF")
    victims = _actor("Civilians (Central African Republic)", "eleven people", 7, "CF")
    assert event_associates(_event(text, militia, victims), text) == (
        [], ["Muslim Group (Central African Republic)"])
    plain = "Gunmen opened fire on a Christian pastor's car, wounding two people."
    assert event_associates(_event(plain, None, victims), plain) == ([], [])


def test_incident_cells_gather_every_member_by_actor_name_in_either_slot() -> None:
    text_a = "Soldiers shot dead two farmers in Tillaberi."
    text_b = "Two women were among those killed by soldiers in Tillaberi."
    soldiers = _actor("Military Forces of Niger", "Soldiers", 1, "NE")
    a = _event(text_a, soldiers, _actor("Civilians (Niger)", "two farmers", 7, "NE"))
    b = _event(text_b, _actor("Civilians (Niger)", "Two women", 7, "NE"), soldiers)
    cells = incident_associates("Military Forces of Niger", "Civilians (Niger)", [(a, text_a), (b, text_b)], "NE")
    assert cells == ("", "Farmers (Niger); Women (Niger)")


def _cases() -> list[dict[str, Any]]:
    return associated_file().cases


def test_the_data_file_has_cases_that_must_give_nothing() -> None:
    assert len(_cases()) >= 10 and any(c["expect"]["assoc"] == [] for c in _cases())


@pytest.mark.slow
@pytest.mark.parametrize("case", _cases(), ids=[c["text"][:40] for c in _cases()])
def test_data_file_case(case: dict[str, Any]) -> None:
    """Each case of ``associated_actors.yaml`` through the whole pipeline."""
    from eventcoder.record import build_record

    record = build_record(Article(id="case", text=case["text"], published="2024-05-12"))
    want = case["expect"]
    got = []
    for event in record.events:
        beside = event_associates(event, record.article.text)
        got += [(a.name, names) for a, names in zip((event.actor1, event.actor2), beside, strict=True) if a]
    assert (want["actor"], want["assoc"]) in got, got


@pytest.mark.slow
def test_cli_extract_ingest_export_fills_assoc_columns(tmp_path: Path) -> None:
    from eventcoder.cli import main

    articles = tmp_path / "in"
    articles.mkdir()
    texts = {"ke-nurses": "Hundreds of striking nurses marched through Nairobi, Kenya, on Monday demanding unpaid wages.",
             "mx-press": "Armed men abducted a journalist in Culiacan, Mexico, on Tuesday."}
    for name, text in texts.items():
        (articles / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        (articles / f"{name}.meta.json").write_text(json.dumps({"published": "2024-05-12"}), encoding="utf-8")
    records = tmp_path / "records.jsonl"
    assert main(["extract", str(articles), "-o", str(records)]) == 0
    assert all(json.loads(line)["events"] for line in records.read_text().splitlines())
    db, out = str(tmp_path / "c.db"), tmp_path / "acled.csv"
    assert main(["ingest", str(articles), "--db", db]) == 0
    assert main(["export", "--format", "acled-csv", "--db", db, "-o", str(out)]) == 0
    rows = {r["actor1"] + " | " + r["actor2"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["Protesters (Kenya) | "]["assoc_actor_1"] == "Health Workers (Kenya)"
    press = rows["Unidentified Armed Group (Mexico) | Civilians (Mexico)"]
    assert (press["assoc_actor_1"], press["assoc_actor_2"]) == ("", "Journalists (Mexico)")
    lines = tmp_path / "incidents.jsonl"
    assert main(["export", "--format", "incidents-jsonl", "--db", db, "-o", str(lines)]) == 0
    found = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    assert {(i["actor1"], i["assoc_actor_1"]) for i in found} >= {("Protesters (Kenya)", "Health Workers (Kenya)")}


def test_review_page_shows_associated_actors_beside_each_actor(tmp_path: Path) -> None:
    import warnings

    from eventcoder.model import Record
    from eventcoder.store import Store
    from eventcoder.web import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    text = "Gunmen abducted two teachers near Gao on Friday."
    event = _event(text, _actor("Unidentified Armed Group (Mali)", "Gunmen", 3, "ML"),
                   _actor("Civilians (Mali)", "two teachers", 7, "ML"))
    with Store.open(f"sqlite:///{tmp_path / 'c.db'}") as store:
        store.add_record(Record(article=Article(id="ml-1", text=text, published="2024-05-12"), events=[event]))
        client = TestClient(create_app(store=store), base_url="http://127.0.0.1")
        page = client.get("/articles/ml-1")
        assert page.status_code == 200
        assert "vs Civilians (Mali) <span class=\"muted\">with Teachers (Mali)</span>" in page.text
        twin = client.get("/articles/ml-1?format=json").json()
        assert twin["associates"] == {"e1": [[], ["Teachers (Mali)"]]}
