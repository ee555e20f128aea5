"""Actor dictionaries: aliases, generic names resolved by country, user files, unknown actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.extract.actors.dictionary import (
    ActorDictionary,
    load_actor_dictionaries,
    read_actor_file,
    resolve_actor,
)


@pytest.fixture(scope="module")
def bundled():
    return load_actor_dictionaries()


@pytest.mark.parametrize("mention", [
    "the regime", "Assad regime forces", "government forces", "Syrian soldiers", "Syrian army",
])
def test_syrian_state_aliases_share_one_name(bundled, mention: str) -> None:
    actor = resolve_actor(mention, bundled, country="SY")
    assert actor is not None
    assert actor.name == "Military Forces of Syria"
    assert (actor.inter, actor.country_code, actor.kind) == (1, "SY", "state forces")
    assert actor.mention == mention


@pytest.mark.parametrize("mention, name, inter", [
    ("RSF fighters", "RSF - Rapid Support Forces", 3),
    ("the Sudanese army", "Military Forces of Sudan", 1),
    ("Houthi rebels", "Houthis - Ansar Allah", 2),
    ("the Saudi-led coalition", "Saudi-led coalition", 8),
    ("the IDF", "Military Forces of Israel", 1),
    ("Hamas militants", "Hamas", 2),
    ("the Tatmadaw", "Military Forces of Myanmar", 1),
    ("M23 rebels", "M23 - March 23 Movement", 2),
    ("JNIM", "JNIM - Jama'at Nusrat al-Islam wal-Muslimin", 2),
    ("al-Shabaab", "Al Shabaab", 2),
    ("the Taliban", "Taliban", 2),
])
def test_bundled_dictionaries_cover_many_conflicts(bundled, mention: str, name: str, inter: int) -> None:
    actor = resolve_actor(mention, bundled)
    assert actor is not None and (actor.name, actor.inter) == (name, inter)


def test_generic_actors_take_the_article_country(bundled) -> None:
    police = resolve_actor("riot police", bundled, country="KE")
    assert police is not None and police.name == "Police Forces of Kenya" and police.inter == 1
    assert resolve_actor("protesters", bundled, country="SD").name == "Protesters (Sudan)"
    assert resolve_actor("villagers", bundled, country="ML").inter == 7
    gunmen = resolve_actor("unidentified gunmen", bundled, country="NG")
    assert gunmen.name == "Unidentified Armed Group (Nigeria)"


def test_demonym_beats_article_country_and_foreign_state_is_external(bundled) -> None:
    actor = resolve_actor("Russian warplanes", bundled, country="SY")
    assert actor.name == "Military Forces of Russia"
    assert actor.inter == 8  # state forces outside their own country


def test_unknown_actor_keeps_its_mention(bundled) -> None:
    actor = resolve_actor("the Northern Hills Brotherhood", bundled, country="KE")
    assert actor is not None
    assert actor.name == "the Northern Hills Brotherhood" and actor.inter is None


def test_user_file_adds_and_overrides(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "actors:\n"
        "  - name: Northern Hills Brotherhood\n"
        "    kind: identity militia\n"
        "    inter: 4\n"
        "    country_code: KE\n"
        "    aliases: [nhb, hills brotherhood]\n"
        "  - name: Military Forces of Syria (2000-2024)\n"
        "    inter: 1\n"
        "    country_code: SY\n"
        "    aliases: [the regime, assad regime forces]\n",
        encoding="utf-8",
    )
    merged = load_actor_dictionaries([user])
    nhb = resolve_actor("NHB gunmen", merged)
    assert nhb.name == "Northern Hills Brotherhood" and nhb.inter == 4
    assert resolve_actor("the regime", merged, country="SY").name == "Military Forces of Syria (2000-2024)"
    # the bundled dictionary is not changed by loading a user file
    assert resolve_actor("the regime", load_actor_dictionaries(), country="SY").name == "Military Forces of Syria"


def test_events_use_user_actor_files(make_ctx, tmp_path: Path) -> None:
    from eventcoder.extract.events.extract import extract_events

    user = tmp_path / "actors.yaml"
    user.write_text("actors:\n  - name: Lake Front Militia\n    inter: 3\n    aliases: [lake front]\n",
                    encoding="utf-8")
    ctx = make_ctx("Lake Front fighters abducted four traders on the main road.")
    ctx.actor_files = (user,)
    events = extract_events(ctx)
    assert events and events[0].actor1 is not None and events[0].actor1.name == "Lake Front Militia"


@pytest.mark.parametrize(("body", "line", "says"), [
    ("actors:\n  - name: Hill Guard\n    inter: 3\n    alias: [hill guard]\n", 4, "alias"),
    ("actors:\n  - name: Hill Guard\n    inter: 12\n", 3, "inter must be one of"),
    ("countries:\n  XK: {name: Kosovo, adjective: [kosovar]}\n", 2, "adjective"),
])
def test_a_bad_actor_file_is_refused_naming_file_and_line(tmp_path: Path, body: str, line: int, says: str) -> None:
    from eventcoder.errors import DataFileError

    bad = tmp_path / "my_actors.yaml"
    bad.write_text(body, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_actor_dictionaries([bad])
    assert f"{bad}:{line}:" in str(err.value) and says in str(err.value)


def test_local_aliases_hold_only_in_their_country(bundled) -> None:
    """'rebels' is Syria's opposition in an article about Syria, not in one about Colombia."""
    assert resolve_actor("rebels", bundled, country="SY").name == "Syrian opposition rebels"
    elsewhere = resolve_actor("the rebels", bundled, country="CO")
    assert elsewhere is not None and elsewhere.name == "Rebels (Colombia)" and elsewhere.inter == 2
    assert resolve_actor("Syrian rebels", bundled, country="TR").name == "Syrian opposition rebels"


def test_local_aliases_need_a_country() -> None:
    from eventcoder.extract.actors.dictionary import ActorDictionary, ActorSpec

    with pytest.raises(ValueError, match="country_code"):
        ActorDictionary()._add(ActorSpec(name="X", inter=2, local_aliases=["rebels"]), generic=False)


def test_gangs_and_iswap_have_their_own_names(bundled) -> None:
    assert resolve_actor("armed gangs", bundled, country="HT").name == "Unidentified Gang (Haiti)"
    iswap = resolve_actor("Islamic State West Africa Province fighters", bundled, country="NG")
    assert iswap is not None and iswap.name == "Islamic State West Africa Province (ISWAP)"


def test_state_forces_of_one_country_are_allies(bundled) -> None:
    from eventcoder.extract.events.agents import allies

    police = resolve_actor("police", bundled, country="NG")
    army = resolve_actor("Nigerian troops", bundled, country="NG")
    rebels = resolve_actor("rebels", bundled, country="NG")
    assert army is not None and army.name == "Military Forces of Nigeria"
    assert allies(police, army) and not allies(army, rebels)


def test_a_resolved_actor_is_the_callers_own(bundled) -> None:
    """resolve_actor keeps its answers per (mention, country): changing one caller's actor must
    leave the next article's answer for the same phrase untouched."""
    first = resolve_actor("Congolese soldiers", bundled, country="CD")
    first.mention, first.inter = "changed by a rule", 8
    again = resolve_actor("Congolese soldiers", bundled, country="CD")
    assert again is not first
    assert (again.mention, again.inter) == ("Congolese soldiers", 1)
    again.name = "renamed"
    assert resolve_actor("Congolese soldiers", bundled, country="CD").name == first.name != "renamed"


def test_a_kept_answer_follows_the_country_and_a_new_file(tmp_path: Path) -> None:
    """The same words are another actor in another country's article, and a file added later
    ('hill rangers' listed now) replaces what was resolved before it."""
    merged = load_actor_dictionaries()
    assert resolve_actor("police", merged, country="PE").name != resolve_actor("police", merged, country="NP").name
    fresh = ActorDictionary()
    assert resolve_actor("the hill rangers", fresh).inter is None
    user = tmp_path / "rangers.yaml"
    user.write_text("actors:\n  - name: Hill Rangers Militia\n    inter: 4\n    aliases: [hill rangers]\n",
                    encoding="utf-8")
    fresh.add_file(read_actor_file(user))
    assert resolve_actor("the hill rangers", fresh).name == "Hill Rangers Militia"
