"""Actor dictionaries: mention text -> canonical ACLED-style actor (name, kind, inter, country).

The bundled dictionaries live in ``eventcoder/data/actors/*.yaml`` and are plain, editable
YAML; user files (``ctx.actor_files``, the ``--actors`` flag) are merged on top, so a user
alias or a user actor with a bundled name wins.  Generic aliases ("government forces",
"police", "civilians") are resolved against a country: a demonym in the mention
("Syrian soldiers") or the article's focus country.  Unknown actors keep their mention text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from eventcoder.datafiles import Example, bundled, load_checked
from eventcoder.extract.actors.patterns import named_clan, named_formation
from eventcoder.extract.lexicons import words
from eventcoder.geo import geonames_countries
from eventcoder.model import Actor

INTER_KINDS = {
    1: "state forces", 2: "rebel group", 3: "political militia", 4: "identity militia",
    5: "rioters", 6: "protesters", 7: "civilians", 8: "external/other forces",
}
_DROP_WORDS = words("actor_drop_words")
_FORCES_WORDS = {"forces", "force"}
_ARMED_WORDS = {"armed", "gun-toting", "machete-wielding", "heavily-armed"}
_UNARMED_INTERS = {5, 6, 7}
ACTOR_DIR = "actors"


class CountrySpec(BaseModel):
    """A country generic names can be filled with, and the adjectives that point to it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    adjectives: list[str] = []
    definite: bool = False
    """ACLED writes 'of the' before this name ('Military Forces of the Philippines')."""


class ActorSpec(BaseModel):
    """One actor as written in a dictionary file."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    kind: str | None = None
    inter: int | None = None
    country_code: str | None = None
    aliases: list[str] = []
    local_aliases: list[str] = []
    """Generic words ('rebels') that name this actor only in articles about its own country."""
    local_countries: list[str] = []
    """Further countries where the local aliases hold (a group of several countries: the Sahel)."""

    @field_validator("inter")
    @classmethod
    def _known_inter(cls, value: int | None) -> int | None:
        if value is not None and value not in INTER_KINDS:
            raise ValueError(f"inter must be one of {sorted(INTER_KINDS)}, not {value}")
        return value


class ActorFile(BaseModel):
    """An actor dictionary file: countries, generic actors ('{country}' templates), named actors."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    countries: dict[str, CountrySpec] = {}
    generic: list[ActorSpec] = []
    actors: list[ActorSpec] = []
    examples: list[Example] = []


def read_actor_file(path: Path) -> ActorFile:
    """A dictionary file, checked: a misspelt key or a bad inter code is a ``DataFileError``
    naming the file and the line (bundled and user ``--actors`` files alike)."""
    return load_checked(path, ActorFile)


@dataclass(frozen=True)
class ActorEntry:
    """One canonical actor; ``name`` may hold ``{country}`` for generic entries."""

    name: str
    kind: str | None = None
    inter: int | None = None
    country_code: str | None = None
    generic: bool = False


@dataclass
class ActorDictionary:
    """Alias index over all loaded entries, plus the country table for generic names."""

    aliases: dict[str, ActorEntry] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)
    """ISO code -> country name."""
    definite: set[str] = field(default_factory=set)
    """ISO codes whose name takes 'the' after 'of'."""
    demonyms: dict[str, str] = field(default_factory=dict)
    """lower-case adjective -> ISO code."""
    local: dict[tuple[str, str], ActorEntry] = field(default_factory=dict)
    """(alias, ISO code) -> entry: aliases that hold only in articles about that country."""
    demonym_answers: dict[str, str | None] = field(default_factory=dict, repr=False)
    """Phrase -> the country its first demonym names: the same phrases ('the army', 'Syrian
    troops') recur in every article, and each lookup tries every demonym. Cleared when a file is
    added."""
    resolved: dict[tuple[str, str | None], Actor | None] = field(default_factory=dict, repr=False)
    """(mention, country) -> the actor ``resolve_actor`` made of it, kept as a private copy: the
    same noun phrases are resolved for every trigger of every article. Cleared when a file is added."""

    def add_file(self, data: ActorFile) -> None:
        """Merge one checked file: later files override earlier aliases and names."""
        self.demonym_answers.clear()
        self.resolved.clear()
        for code, info in data.countries.items():
            self.countries[code] = info.name
            if info.definite:
                self.definite.add(code)
            for adj in (*info.adjectives, info.name):  # 'Pakistani troops', 'Pakistan troops'
                self.demonyms[adj.lower()] = code
        for spec in data.generic:
            self._add(spec, generic=True)
        for spec in data.actors:
            self._add(spec, generic=False)

    def _add(self, spec: ActorSpec, *, generic: bool) -> None:
        entry = ActorEntry(
            name=spec.name,
            kind=spec.kind or INTER_KINDS.get(spec.inter or 0),
            inter=spec.inter,
            country_code=spec.country_code,
            generic=generic or "{country}" in spec.name,
        )
        for key, old in list(self.aliases.items()):
            if old.name == entry.name:  # a re-declared actor replaces the old entry everywhere
                self.aliases[key] = entry
        self.aliases[_key(entry.name.replace("{country}", ""))] = entry
        for alias in spec.aliases:
            self._share(_key(alias), entry)
            self.aliases[_key(alias)] = entry
        codes = [c for c in (spec.country_code, *spec.local_countries) if c]
        if spec.local_aliases and not codes:
            raise ValueError(f"{spec.name}: local_aliases need a country_code or local_countries")
        for alias in spec.local_aliases:
            for code in codes:
                self.local[(_key(alias), code)] = entry

    def _share(self, key: str, entry: ActorEntry) -> None:
        """'SNA' is the Somali National Army in Somalia and the Syrian National Army in Syria: an
        alias two countries' actors share is read by the article's country, each its own."""
        old = self.aliases.get(key)
        if old is None or old.name == entry.name or not (old.country_code and entry.country_code) \
                or old.country_code == entry.country_code:
            return
        self.local.setdefault((key, old.country_code), old)
        self.local.setdefault((key, entry.country_code), entry)

    def country_code(self, text: str) -> str | None:
        """The country a bare name or adjective stands for ('Pakistan', 'the Malian'), else None."""
        return self.demonyms.get(_key(text))

    def lookup(self, alias: str, country: str | None) -> ActorEntry | None:
        """The entry an alias names in an article about ``country``: a local alias first."""
        return self.local.get((alias, country or "")) or self.aliases.get(alias)


@lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    """Lower case, plain quotes, no possessive 's ('the Islamic State's fighters'), single spaces."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"(?<=\w)'s\b", "", text)
    return re.sub(r"\s+", " ", re.sub(r"[^\w'&/ -]", " ", text)).strip()


def _key(alias: str) -> str:
    """Index form of an alias: normalised, leading determiners dropped as in mentions."""
    words = _norm(alias).split()
    while len(words) > 1 and words[0] in _DROP_WORDS:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def _bundled_files() -> tuple[ActorFile, ...]:
    """Read the shipped files once per process; generic.yaml first so specific files win."""
    files = sorted(bundled(ACTOR_DIR).glob("*.yaml"), key=lambda p: (p.name != "generic.yaml", p.name))
    return tuple(read_actor_file(p) for p in files)


def load_actor_dictionaries(extra_files: Iterable[Path | str] = ()) -> ActorDictionary:
    """Bundled dictionaries with user YAML files merged on top (same format)."""
    extra = tuple(str(p) for p in extra_files)
    return _load_cached(extra)


@lru_cache(maxsize=16)
def _load_cached(extra: tuple[str, ...]) -> ActorDictionary:
    dictionary = ActorDictionary()
    for data in _bundled_files():
        dictionary.add_file(data)
    for path in extra:
        dictionary.add_file(read_actor_file(Path(path)))
    return dictionary


def _candidates(words: list[str]) -> Iterable[tuple[int, int]]:
    """Word windows, longest first, so 'assad regime forces' beats 'regime'."""
    n = len(words)
    for size in range(n, 0, -1):
        for i in range(0, n - size + 1):
            yield i, i + size


_DEMONYM_ANSWERS_MAX = 50_000


def _demonym_country(words: list[str], dictionary: ActorDictionary) -> str | None:
    joined = " ".join(words)
    answers = dictionary.demonym_answers
    if joined not in answers:
        if len(answers) >= _DEMONYM_ANSWERS_MAX:
            answers.clear()
        answers[joined] = _first_demonym(joined, dictionary)
    return answers[joined]


def mention_country(mention: str, dictionary: ActorDictionary) -> str | None:
    """The country a mention's own words name ('Malian troops' -> ML), else None."""
    return _demonym_country(_norm(mention).split(), dictionary)


def _first_demonym(joined: str, dictionary: ActorDictionary) -> str | None:
    for adj, code in dictionary.demonyms.items():
        if re.search(rf"(?<![\w-]){re.escape(adj)}(?![\w-])", joined):
            return code
    return None


@lru_cache(maxsize=256)
def _country_name(code: str | None) -> str:
    """Countries missing from generic.yaml: their GeoNames name, else the code itself."""
    if not code:
        return ""
    return str(geonames_countries().get(code, {}).get("name", code))


_RESOLVED_MAX = 50_000


def resolve_actor(
    mention: str, dictionary: ActorDictionary, *, country: str | None = None
) -> Actor | None:
    """Canonical actor for a mention, or an Actor named by the mention when unknown.

    The answer depends only on the mention, the country and the dictionary, so it is kept on the
    dictionary; each caller gets its own copy (an ``Actor`` may be changed by whoever holds it)."""
    memo = dictionary.resolved
    key = (mention, country)
    if key in memo:
        kept = memo[key]
        return None if kept is None else kept.model_copy()
    if len(memo) >= _RESOLVED_MAX:
        memo.clear()
    actor = _resolve_uncached(mention, dictionary, country)
    memo[key] = None if actor is None else actor.model_copy()
    return actor


def _resolve_uncached(mention: str, dictionary: ActorDictionary, country: str | None) -> Actor | None:
    text = _norm(mention)
    words = [w for w in text.split() if w]
    while words and words[0] in _DROP_WORDS:
        words = words[1:]
    if not words:
        return None
    for i, j in _candidates(words):
        entry = dictionary.lookup(" ".join(words[i:j]), country)
        if entry is not None:
            actor = _actor_from(_armed_people(entry, words, dictionary, country), mention, words, dictionary, country)
            return _clan_of(entry, actor, mention, dictionary) or actor
    entry = _national_forces(words, dictionary, country)
    if entry is not None:
        return _actor_from(entry, mention, words, dictionary, country)
    named = named_clan(mention, _place_name(country, dictionary), dictionary.demonyms) or named_formation(mention, dictionary.demonyms)
    if named is not None:
        return named.model_copy(update={"country_code": country})
    return Actor(name=" ".join(mention.split()), mention=mention, kind="unknown")


def _clan_of(entry: ActorEntry, actor: Actor, mention: str, dictionary: ActorDictionary) -> Actor | None:
    """'the Hela and Tari clans' matched the generic communal militia: the clan it names, if any."""
    if entry.inter != 4 or not entry.generic:
        return None
    clan = named_clan(mention, _place_name(actor.country_code, dictionary), dictionary.demonyms)
    return clan.model_copy(update={"country_code": actor.country_code}) if clan is not None else None


def _place_name(code: str | None, dictionary: ActorDictionary) -> str:
    """A country's name as ACLED writes it in a generic actor ('Papua New Guinea')."""
    return dictionary.countries.get(code or "") or _country_name(code)


def generic_mention(mention: str, dictionary: ActorDictionary, country: str | None = None) -> bool:
    """Does a mention name a kind of actor ('gunmen', 'Malian troops', an unknown phrase) rather
    than one named group ('JNIM fighters')?"""
    words = [w for w in _norm(mention).split() if w]
    while words and words[0] in _DROP_WORDS:
        words = words[1:]
    for i, j in _candidates(words):
        entry = dictionary.lookup(" ".join(words[i:j]), country)
        if entry is not None:
            return entry.generic
    return True


def _armed_people(entry: ActorEntry, words: list[str], dictionary: ActorDictionary,
                  country: str | None) -> ActorEntry:
    """'armed herders', 'armed villagers': unarmed people who carry arms as a group are a
    communal militia (ACLED inter 4), not civilians or rioters."""
    if entry.inter not in _UNARMED_INTERS or not _ARMED_WORDS & set(words):
        return entry
    return dictionary.lookup("communal militia", country) or entry


def _national_forces(words: list[str], dictionary: ActorDictionary, country: str | None) -> ActorEntry | None:
    """'Malian forces', 'the Syrian forces': a country's adjective and nothing else before
    'forces' names that state's forces ('forces' alone, or 'Kurdish forces', names no state)."""
    if len(words) < 2 or words[-1] not in _FORCES_WORDS:
        return None
    if dictionary.demonyms.get(" ".join(words[:-1])) is None:
        return None
    return dictionary.lookup("armed forces", country)


def _actor_from(
    entry: ActorEntry, mention: str, words: list[str], dictionary: ActorDictionary,
    country: str | None,
) -> Actor:
    """Fill a generic template with the mention's demonym, else the article's country."""
    code = entry.country_code
    name = entry.name
    if entry.generic:
        code = _demonym_country(words, dictionary) or country
        cname = dictionary.countries.get(code or "") or _country_name(code)
        if code in dictionary.definite:
            name = name.replace("of {country}", "of the {country}")
        name = name.replace("{country}", cname).replace(" of )", ")").replace(" ()", "")
        name = re.sub(r"\s+of\s*$", "", name.strip())
    inter, kind = entry.inter, entry.kind
    if inter == 1 and country and code and code != country:
        inter, kind = 8, INTER_KINDS[8]  # ACLED: state forces acting abroad are external forces
    return Actor(name=name, mention=mention, kind=kind, inter=inter, country_code=code)
