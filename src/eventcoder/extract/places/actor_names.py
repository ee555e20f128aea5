"""Place names inside the names of armed groups and forces the actor dictionaries know: 'Al'
of 'Al Shabaab', 'Sahel' of 'Islamic State Sahel'. Such a name says who acted, not where."""

from __future__ import annotations

import re
from collections.abc import Mapping

from eventcoder.extract.places.mentions import Candidate

_MAX_WORDS = 4
_WORD = re.compile(r"[\w'\u2019-]+")
_POSSESSIVE = re.compile(r"['\u2019]s$")
"""'the Islamic State's Sahel branch' names the same group."""


def in_actor_name(c: Candidate, actors: Mapping[str, object], text: str, notable: int) -> bool:
    """The candidate is an actor's name, or a word of one written out here."""
    return _actor_alias(c, actors) or _opens_actor_name(c, actors, text, notable) \
        or _closes_actor_name(c, actors, text)


def _actor_alias(c: Candidate, actors: Mapping[str, object]) -> bool:
    """A name the actor dictionaries know ('Hamas') that matches only other spellings of
    places (Hamm) is the actor: a place called by its own name stays a place."""
    return c.text.lower() in actors and not any(e.main for e in c.entries)


def _opens_actor_name(c: Candidate, actors: Mapping[str, object], text: str, notable: int) -> bool:
    """'Al' of 'Al Shabaab' (a Norwegian district by accent folding): a name that opens an actor
    the dictionaries know, written out here, is part of that name unless it is a country,
    province or large town ('Jubaland forces' still names Jubaland)."""
    if any(e.kind in ("country", "admin1") or e.population >= notable for e in c.entries):
        return False
    words = text[c.start : c.start + 60].split()
    return any(" ".join(words[:n]).lower().strip(",.;:") in actors for n in range(2, min(_MAX_WORDS, len(words)) + 1))


def _closes_actor_name(c: Candidate, actors: Mapping[str, object], text: str) -> bool:
    """'Islamic State Sahel', 'the Islamic State's Khorasan branch': a region that closes a group's name is
    the group's label for its front, often spanning borders, and says nothing of where the
    group acted; a country closing one ('Islamic State Somalia') still names that country."""
    if any(e.kind == "country" for e in c.entries):
        return False
    before = [_POSSESSIVE.sub("", w) for w in _WORD.findall(text[max(0, c.start - 60) : c.start])]
    name = c.text.lower()
    return any(" ".join([*before[-n:], name]).lower() in actors for n in range(1, min(_MAX_WORDS, len(before)) + 1))
