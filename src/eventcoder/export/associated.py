"""ACLED's associated actors, computed from a record's event when it becomes a row.

ACLED writes the group a person belongs to beside the main actor ('striking nurses' are
Protesters (Kenya) with Health Workers (Kenya)). Schema 1 has no field for them, so they are
derived here, from the record, by every view that writes actors: the ACLED CSV (and the
GeoJSON and incidents JSON Lines built from its rows) and the review page. The words are data
(``data/associated_actors.yaml``); matching is on word forms, so no language model is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from eventcoder.datafiles import bundled, load_checked
from eventcoder.model import Actor, Event
from eventcoder.store.countries import name as iso_name

ASSOCIATED_FILE = "associated_actors.yaml"
_DEFAULT_INTERS = (5, 6, 7)
_CIVILIANS = 7
_IDENTITY_MILITIA = 4
_IRREGULAR = {"women": "woman", "men": "man", "children": "child", "people": "person",
              "fisherfolk": "fisherfolk", "police": "police", "staff": "staff",
              "personnel": "personnel", "idps": "idp"}
_KEEP_S = ("ss", "us", "is", "ws")


class Group(BaseModel):
    """One associated actor and the lemmas that name its members."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    words: list[str]
    inters: list[int] = list(_DEFAULT_INTERS)
    community: bool = False
    """Also found in the evidence right before a community noun, beside civilians."""


class Militia(BaseModel):
    """A militia name suffix and the community name that replaces it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    suffix: str
    community: str


class AssociatedFile(BaseModel):
    """The associated-actor data file."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    about: str
    groups: list[Group]
    community_nouns: list[str] = []
    militias: list[Militia] = []
    unnamed: list[str] = []
    cases: list[dict[str, Any]] = []


@lru_cache(maxsize=1)
def associated_file() -> AssociatedFile:
    """The bundled file, checked once per process."""
    return load_checked(bundled(ASSOCIATED_FILE), AssociatedFile)


def lemma(word: str) -> str:
    """A plural's singular by rule ('nurses', 'women', 'militias'): enough for group nouns,
    and the export does not load the language model."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(_KEEP_S) and len(word) > 3:
        return word[:-1]
    return word


def lemmas(text: str) -> list[str]:
    """Lower-case word lemmas of a text, possessives and punctuation dropped."""
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"(?<=\w)'s?\b", "", text)
    return [lemma(w) for w in re.findall(r"[a-z][a-z-]*", text)]


@lru_cache(maxsize=1)
def _phrases() -> dict[tuple[str, ...], tuple[Group, ...]]:
    """Lemma sequence -> the groups it names (a word may name two: 'schoolgirl')."""
    index: dict[tuple[str, ...], tuple[Group, ...]] = {}
    for group in associated_file().groups:
        for word in group.words:
            key = tuple(lemmas(word))
            index[key] = (*index.get(key, ()), group)
    return index


@lru_cache(maxsize=1)
def _longest_phrase() -> int:
    return max(len(k) for k in _phrases())


def _longest(words: Sequence[str], start: int) -> tuple[int, tuple[Group, ...]]:
    """The longest phrase at ``start`` ('health worker' before 'worker') and its groups."""
    index = _phrases()
    for size in range(min(_longest_phrase(), len(words) - start), 0, -1):
        found = index.get(tuple(words[start:start + size]))
        if found:
            return size, found
    return 0, ()


def _scan(words: Sequence[str], community_only: bool = False) -> list[Group]:
    """Groups named in a lemma sequence, left to right, each phrase used once. With
    ``community_only``, only community words right before a community noun count."""
    nouns = set(associated_file().community_nouns)
    out: list[Group] = []
    i = 0
    while i < len(words):
        size, groups = _longest(words, i)
        if not size:
            i += 1
            continue
        if community_only:
            nxt = words[i + size] if i + size < len(words) else ""
            groups = tuple(g for g in groups if g.community and nxt in nouns)
        out.extend(groups)
        i += size
    return out


def _fill(template: str, country: str | None) -> str:
    """The ``{country}`` slot filled as the actor dictionary writes country names."""
    from eventcoder.extract.actors.dictionary import load_actor_dictionaries

    dictionary = load_actor_dictionaries()
    cname = dictionary.countries.get(country or "") or (iso_name(country) if country else "")
    if country in dictionary.definite:
        template = template.replace("of {country}", "of the {country}")
    name = template.replace("{country}", cname).replace(" ()", "")
    return re.sub(r"\s+of\s*$", "", name.strip())


def _militia_community(actor: Actor) -> str | None:
    """'Fulani Ethnic Militia (Nigeria)' -> 'Fulani Ethnic Group (Nigeria)'; unnamed ones: None."""
    data = associated_file()
    for militia in data.militias:
        found = re.match(rf"^(.+?) {re.escape(militia.suffix)}(\s*\(.*\))?$", actor.name)
        if found and found.group(1).lower() not in data.unnamed:
            return f"{found.group(1)} {militia.community}{found.group(2) or ''}"
    return None


@lru_cache(maxsize=1)
def _communities() -> dict[str, str]:
    """Lower-case community word -> community name template, from the identity militias of the
    bundled actor dictionary ('Kuki Ethnic Militia (India)' -> 'kuki': 'Kuki Ethnic Group')."""
    from eventcoder.extract.actors.dictionary import load_actor_dictionaries

    data = associated_file()
    out: dict[str, str] = {}
    for entry in {e.name for e in load_actor_dictionaries().aliases.values()}:
        for militia in data.militias:
            head = entry.partition(f" {militia.suffix}")[0] if f" {militia.suffix}" in entry else ""
            if head and " " not in head and head.lower() not in data.unnamed:
                out[head.lower()] = f"{head} {militia.community} ({{country}})"
    return out


def _ethnic_groups(words: Sequence[str], country: str | None) -> list[str]:
    """Communities the actor dictionary knows by their militias, named in a civilian mention
    ('Kuki villagers' -> 'Kuki Ethnic Group (India)')."""
    communities = _communities()
    return [_fill(communities[w], country) for w in words if w in communities]


def _country_of(actor: Actor) -> str | None:
    """A demonym in the mention first, as ACLED names a group by its nationality ('Afghan
    refugees' in Pakistan are Refugees/IDPs (Afghanistan)); else the actor's country."""
    from eventcoder.extract.actors.dictionary import load_actor_dictionaries, mention_country

    return mention_country(actor.mention or "", load_actor_dictionaries()) or actor.country_code


def actor_associates(actor: Actor | None, evidence: str, country: str | None) -> list[str]:
    """The associated actors beside one main actor: groups named in its mention, the community
    of an identity militia, and (for civilians) communities the evidence puts before a
    community noun. A named armed group or a plain 'residents' gets none."""
    if actor is None:
        return []
    country = _country_of(actor) or country
    if actor.inter == _IDENTITY_MILITIA:
        community = _militia_community(actor)
        return [community] if community else []
    if actor.inter not in _DEFAULT_INTERS:
        return []
    words = lemmas(actor.mention or "")
    groups = [g for g in _scan(words) if actor.inter in g.inters]
    if actor.inter == _CIVILIANS:
        groups += _scan(lemmas(evidence), community_only=True)
    names = [_fill(g.name, country) for g in groups]
    if actor.inter == _CIVILIANS:
        names += _ethnic_groups(words, country)
    return list(dict.fromkeys(n for n in names if n != actor.name))


def event_associates(event: Event, text: str, country: str | None = None) -> tuple[list[str], list[str]]:
    """Associated actors beside the event's actor1 and actor2 (``text``: the article's, which
    the evidence spans point into)."""
    evidence = " ".join(text[span.start:span.end] for span in event.evidence)
    country = country or (event.location.country_code.upper()
                          if event.location and event.location.country_code else None)
    return (actor_associates(event.actor1, evidence, country),
            actor_associates(event.actor2, evidence, country))


def joined(names: Iterable[str]) -> str:
    """ACLED's cell for several associated actors."""
    return "; ".join(dict.fromkeys(names))


def incident_associates(actor1: str | None, actor2: str | None, events: Iterable[tuple[Event, str]],
                        country: str | None = None) -> tuple[str, str]:
    """The cells beside an incident's two actors: what its member events give beside an actor
    of the same name (in either slot, as sources order actors differently), '; '-joined."""
    beside: dict[str, list[str]] = {}
    for event, text in events:
        found = event_associates(event, text, country)
        for actor, names in zip((event.actor1, event.actor2), found, strict=True):
            if actor is not None:
                beside.setdefault(actor.name, []).extend(names)
    return (joined(beside.get(actor1 or "", [])), joined(beside.get(actor2 or "", [])))
