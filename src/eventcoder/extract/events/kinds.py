"""ACLED event types and sub-types named in event code, each checked against the taxonomy once, at
import: a misspelt name fails loudly here instead of silently never matching.

The names themselves live in ``data/taxonomy.yaml`` (read through ``eventcoder.taxonomy``);
rules should refer to them through these constants, never through free strings.
"""

from __future__ import annotations

from eventcoder import taxonomy


def event_type(name: str) -> str:
    """An ACLED event type, refused unless the taxonomy has it."""
    if name not in taxonomy.event_types():
        raise KeyError(f"unknown ACLED event type {name!r}; known: {', '.join(taxonomy.event_types())}")
    return name


def sub_type(name: str) -> str:
    """An ACLED sub-event type, refused unless the taxonomy has it."""
    taxonomy.type_of(name)
    return name


def kind(etype: str, sub: str) -> tuple[str, str]:
    """A (type, sub-type) pair, refused unless the type owns the sub-type."""
    if taxonomy.type_of(sub_type(sub)) != event_type(etype):
        raise KeyError(f"ACLED sub-type {sub!r} belongs to {taxonomy.type_of(sub)!r}, not {etype!r}")
    return etype, sub


BATTLES = event_type("Battles")
EXPLOSIONS = event_type("Explosions/Remote violence")
VIOLENCE_AGAINST_CIVILIANS = event_type("Violence against civilians")
PROTESTS = event_type("Protests")
RIOTS = event_type("Riots")

ARMED_CLASH = kind(BATTLES, "Armed clash")
GOVERNMENT_REGAINS = kind(BATTLES, "Government regains territory")
NON_STATE_OVERTAKES = kind(BATTLES, "Non-state actor overtakes territory")
ATTACK = kind(VIOLENCE_AGAINST_CIVILIANS, "Attack")
PEACEFUL_PROTEST = kind(PROTESTS, "Peaceful protest")
PROTEST_WITH_INTERVENTION = kind(PROTESTS, "Protest with intervention")
EXCESSIVE_FORCE = kind(PROTESTS, "Excessive force against protesters")
VIOLENT_DEMONSTRATION = kind(RIOTS, "Violent demonstration")
MOB_VIOLENCE = kind(RIOTS, "Mob violence")
CHANGE_TO_GROUP = kind(event_type("Strategic developments"), "Change to group/activity")
NON_VIOLENT_TRANSFER = kind(event_type("Strategic developments"), "Non-violent transfer of territory")
SUICIDE_BOMB = sub_type("Suicide bomb")
CHEMICAL_WEAPON = sub_type("Chemical weapon")
DISRUPTED_WEAPONS_USE = sub_type("Disrupted weapons use")
LOOTING = sub_type("Looting/property destruction")
