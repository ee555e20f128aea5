"""Territory taken by entering a place (issue 10, round 4): 'entered X after the army withdrew' is
the entering side's non-violent transfer with the leaver as actor2; an entry with no cue of
control is no takeover; 'lost the town of X to Y' names Y as the winner; the later retelling
of a withdrawal joins the transfer; a death told after a policed protest is its toll. Sentences
written for these tests, from many wars."""

from __future__ import annotations

import pytest

from eventcoder.model import Article, Event


def _events(text: str, published: str = "2024-05-14") -> list[Event]:
    from eventcoder.record import build_record

    return build_record(Article(id="t", text=text, published=published)).events


def _kind_actors(event: Event) -> tuple[str, str | None, str | None]:
    return (event.sub_type, event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None)


@pytest.mark.parametrize("text, expected", [
    ("JNIM fighters entered the town of Boni on Friday after the Malian army pulled out of its camp there.",
     ("Non-violent transfer of territory", "JNIM - Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Mali")),
    ("Houthi fighters moved into the port town of Midi on Sunday and now control it after heavy fighting.",
     ("Non-state actor overtakes territory", "Houthis - Ansar Allah", None)),
    ("Malian soldiers lost the town of Boni to JNIM militants on Monday after heavy fighting.",
     ("Non-state actor overtakes territory", "JNIM - Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Mali")),
])
def test_entry_with_control_cue_is_territory(text: str, expected: tuple[str, str, str | None]) -> None:
    events = _events(text)
    assert [_kind_actors(e) for e in events] == [expected]


@pytest.mark.parametrize("text", [
    "Soldiers entered the town of Beni on Monday and later withdrew to their base, residents said.",
    "The talks entered their third week in Doha on Monday.",
    "The army moved troops into the border town of Kassala on Monday.",
])
def test_entry_without_control_is_no_takeover(text: str) -> None:
    assert not [e for e in _events(text) if "territory" in e.sub_type]


def test_entry_then_shooting_is_the_attack() -> None:
    events = _events("Gunmen entered a village near Gusau on Monday and shot dead four farmers, police said.")
    assert [(e.sub_type, e.fatalities.value if e.fatalities else None) for e in events] == [("Attack", 4.0)]


def test_withdrawal_retold_joins_the_transfer() -> None:
    events = _events("M23 rebels entered the town of Kalehe on Monday without firing a shot, hours after government "
                     "troops withdrew, residents said. The army made no comment on the withdrawal.")
    assert [e.sub_type for e in events] == ["Non-violent transfer of territory"]
    assert events[0].actor1 is not None and events[0].actor1.name == "M23 - March 23 Movement"


@pytest.mark.parametrize("text, deaths", [
    ("Police fired live rounds at nurses protesting over unpaid wages in Harare on Monday. "
     "One nurse was killed by a bullet, a union said.", 1.0),
    ("Soldiers fired live rounds to disperse students marching against fuel prices in Kano on Tuesday. "
     "A student was killed by a stray bullet, his family said.", 1.0),
])
def test_death_told_after_policed_protest_is_its_toll(text: str, deaths: float) -> None:
    """ACLED: protesters killed by the forces that met them is one excessive-force event."""
    events = _events(text)
    assert [(e.sub_type, e.fatalities.value if e.fatalities else None) for e in events] == [
        ("Excessive force against protesters", deaths)]


def test_merged_event_takes_the_named_group() -> None:
    """One telling leaves the attackers unidentified, the next names them: the named group stands."""
    events = _events("Gunmen attacked the village of Kukawa on Monday, killing six farmers. Boko Haram fighters "
                     "also burned the village market during the attack, residents said.")
    assert [(e.sub_type, e.actor1.name if e.actor1 else None) for e in events] == [("Attack", "Boko Haram")]


@pytest.mark.parametrize("text, kinds", [
    ("Police in Peshawar arrested three men on Monday suspected of facilitating militant attacks.", ["Arrests"]),
    ("Two clerics accused of inciting attacks on churches were detained in Kaduna on Monday.", ["Arrests"]),
])
def test_bare_plural_charge_is_no_event(text: str, kinds: list[str]) -> None:
    """'suspected of facilitating attacks': the kind of act charged, not an attack that happened."""
    assert [e.sub_type for e in _events(text)] == kinds
