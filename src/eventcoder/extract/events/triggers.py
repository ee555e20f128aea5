"""The trigger lexicon (``data/event_triggers.yaml``) and its matcher over a parsed sentence.

Triggers are matched on lemmas (and surface forms, for irregular parses) so that verbs and
their nominalisations ("shelled", "shelling") hit the same entry.  The YAML stays the
single place to add words; this module only indexes and matches it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, RootModel, ValidationInfo, field_validator
from spacy.tokens import Span, Token

from eventcoder import taxonomy
from eventcoder.datafiles import Example, bundled, load_checked
from eventcoder.extract.events.clause import is_agentive, subject
from eventcoder.extract.events.kinds import VIOLENCE_AGAINST_CIVILIANS
from eventcoder.extract.events.stoppage import labour_strike
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import span_lemmas, span_lowers

_VERB_POS = {"VERB", "AUX"}
_NOUN_POS = {"NOUN", "PROPN", "ADJ", "X"}
_NON_EVENT_HEADS = words("non_event_heads", "trigger")
_PLAN_NOUNS = words("plan_nouns")
"""Objects of 'execute' (and other violence verbs) that are an action, not a person harmed."""
_OBJ_DEPS = {"dobj", "obj", "nsubjpass", "attr", "oprd"}
_ARMED_MOVERS = words("armed_movers")
_GROUND_WORDS = words("territory_nouns")
_LOSING_VERBS = words("losing_verbs")
_SPORT_WORDS = words("sport_words")
"""'seized the garrison', 'took the base': ground words that the agent-noun test could take for people."""
TRIGGER_FILE = "event_triggers.yaml"


class TriggerEntry(BaseModel):
    """One entry of ``event_triggers.yaml`` as written (the file's header explains each key)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    type: str
    sub_type: str
    resolve: Literal["territory", "target", "weapon", "protest"] | None = None
    weak: bool = False
    pos: Literal["VERB", "NOUN", "any"] = "any"
    cameo: str | None = None
    plover: str | None = None
    plover_mode: str | None = None
    family: str | None = None
    lemmas: list[str] = []
    phrases: list[list[str]] = []
    objects: dict[str, list[str]] = {}
    examples: list[Example] = []

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in taxonomy.event_types():
            raise ValueError(f"unknown ACLED event type {value!r}; known: {', '.join(taxonomy.event_types())}")
        return value

    @field_validator("sub_type")
    @classmethod
    def _owned_sub_type(cls, value: str, info: ValidationInfo) -> str:
        if value not in taxonomy.sub_types():
            raise ValueError(f"unknown ACLED sub-type {value!r}; known: {', '.join(taxonomy.sub_types())}")
        etype = info.data.get("type")
        if etype is not None and taxonomy.type_of(value) != etype:
            raise ValueError(f"sub-type {value!r} belongs to {taxonomy.type_of(value)!r}, not {etype!r}")
        return value


class TriggerFile(RootModel[list[TriggerEntry]]):
    """The whole trigger lexicon: a list of entries."""


@dataclass(frozen=True)
class TriggerDef:
    """One lexicon entry: what a matched word means in the ACLED taxonomy."""

    type: str
    sub_type: str
    resolve: str | None = None
    weak: bool = False
    pos: str = "any"
    cameo: str | None = None
    plover: str | None = None
    plover_mode: str | None = None
    family: str | None = None
    """Entries of one family describe the same real-world event (withdrawal / evacuation)."""


@dataclass(frozen=True)
class TriggerHit:
    """A matched trigger: its head token, the matched tokens and the entry."""

    head: Token
    start: int
    end: int
    definition: TriggerDef


@dataclass
class Lexicon:
    """Indexes over the YAML entries."""

    lemmas: dict[str, list[TriggerDef]]
    phrases: list[tuple[tuple[str, ...], TriggerDef]]
    objects: dict[str, dict[str, TriggerDef]]
    phrases_by_first: dict[str, list[int]] = field(default_factory=dict)
    """Ranks in ``phrases`` by the phrase's first word."""


def _definition(entry: TriggerEntry) -> TriggerDef:
    return TriggerDef(
        type=entry.type, sub_type=entry.sub_type, resolve=entry.resolve, weak=entry.weak, pos=entry.pos,
        cameo=entry.cameo, plover=entry.plover, plover_mode=entry.plover_mode, family=entry.family,
    )


def read_trigger_file(path: Path) -> list[TriggerEntry]:
    """A trigger file's entries, checked: a misspelt key, an unknown sub-type or a type that does
    not own its sub-type is a ``DataFileError`` naming the file and line."""
    return load_checked(path, TriggerFile).root


def index_entries(entries: list[TriggerEntry]) -> Lexicon:
    """Index entries by lemma, phrase (longest first) and verb+object."""
    lex = Lexicon(lemmas={}, phrases=[], objects={})
    for entry in entries:
        definition = _definition(entry)
        for lemma in entry.lemmas:
            lex.lemmas.setdefault(lemma.lower(), []).append(definition)
        for phrase in entry.phrases:
            lex.phrases.append((tuple(w.lower() for w in phrase), definition))
        for verb, objs in entry.objects.items():
            for obj in objs:
                lex.objects.setdefault(verb, {})[obj] = definition
    lex.phrases.sort(key=lambda p: -len(p[0]))
    for rank, (phrase_words, _) in enumerate(lex.phrases):
        lex.phrases_by_first.setdefault(phrase_words[0], []).append(rank)
    return lex


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read, check and index the bundled trigger lexicon once per process."""
    return index_entries(read_trigger_file(bundled(TRIGGER_FILE)))


def _pos_ok(token: Token, definition: TriggerDef) -> bool:
    if token.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"}:
        return False  # '12 March' is a date, not a march
    if token.lower_ == "according":
        return False
    if token.dep_ in {"compound", "amod"} and token.head.lemma_.lower() in _NON_EVENT_HEADS:
        return False  # 'riot police', 'protest organisers' are not events
    if (definition.type == VIOLENCE_AGAINST_CIVILIANS and token.pos_ in _VERB_POS
            and any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _PLAN_NOUNS for c in token.children)):
        return False  # 'executed a raid': the plan is not a victim
    if definition.resolve == "weapon" and labour_strike(token):
        return False  # 'nurses on strike over pay': workers downing tools, not a blow
    if definition.resolve == "territory" and token.dep_ == "amod":
        return False  # 'executed captured soldiers', 'the occupied West Bank': a state, not a takeover
    if definition.resolve == "territory" and token.pos_ in _VERB_POS and _takes_people(token):
        return False  # 'residents seized two men': people taken, not ground
    if definition.resolve == "protest" and token.pos_ in _VERB_POS and _armed_subject(token):
        return False  # 'armed men marched into the town': a force moving, not demonstrators
    if definition.pos == "VERB":
        return token.pos_ in _VERB_POS
    if definition.pos == "NOUN":
        return token.pos_ in _NOUN_POS
    return token.pos_ not in {"ADP", "DET", "PRON", "CCONJ", "PUNCT"}


def _armed_subject(verb: Token) -> bool:
    """The verb's doers are armed ('armed men', 'gunmen'): its head noun or a modifier of it says so."""
    subj = subject(verb)
    if subj is None:
        return False
    own = [subj, *(c for c in subj.children if c.dep_ in {"amod", "compound"})]
    return any(t.lemma_.lower() in _ARMED_MOVERS or t.lower_ in _ARMED_MOVERS for t in own)


def _thing_lost(verb: Token) -> bool:
    """'The weapons fell to smugglers': what a losing verb says was lost is neither ground nor a
    side (a place name, a territory noun or people), so no territory changed hands."""
    if verb.lemma_.lower() not in _LOSING_VERBS:
        return False
    lost = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(lost) and not any(
        t.pos_ in {"PROPN", "PRON"} or t.lemma_.lower() in _GROUND_WORDS or is_agentive(t) for t in lost)


def _takes_people(verb: Token) -> bool:
    """The verb's object is people named by a common noun ('seized two men', 'captured soldiers'),
    so the verb tells a capture, never a place taken (place names are proper nouns)."""
    return any(c.dep_ in {"dobj", "obj"} and c.pos_ == "NOUN" and is_agentive(c)
               and c.lemma_.lower() not in _GROUND_WORDS for c in verb.children)


def _phrase_head(tokens: list[Token]) -> Token:
    """The token whose head lies outside the phrase: the phrase's syntactic head."""
    ids = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in ids or token.head.i == token.i:
            return token
    return tokens[-1]


def _match_phrases(sent: Span, lex: Lexicon, used: set[int]) -> list[TriggerHit]:
    """Multi-word triggers, longest first; candidates are found through each phrase's first word
    so that a sentence is not compared against every phrase at every position."""
    doc = sent.doc
    lemmas, lowers = span_lemmas(sent), span_lowers(sent)
    candidates: list[tuple[int, int]] = []  # (phrase rank, start position)
    firsts = lex.phrases_by_first
    for k, (lemma, low) in enumerate(zip(lemmas, lowers)):
        if lemma not in firsts and low not in firsts:
            continue  # most words open no phrase
        for rank in {r for f in (lemma, low) for r in firsts.get(f, ())}:
            words = lex.phrases[rank][0]
            if k + len(words) <= len(lemmas) and all(w in (lemmas[k + j], lowers[k + j]) for j, w in enumerate(words)):
                candidates.append((rank, k))
    hits: list[TriggerHit] = []
    for rank, k in sorted(candidates):
        words, definition = lex.phrases[rank]
        first = sent.start + k
        if any(i in used for i in range(first, first + len(words))):
            continue  # Tokens are made only for a phrase that is kept
        window = list(doc[first:first + len(words)])
        head = _phrase_head(window)
        if head.dep_ in {"compound", "amod"} and head.head.lemma_.lower() in _NON_EVENT_HEADS:
            continue  # 'chemical weapons facilities', 'air strike unit': a thing named after the event
        if definition.resolve == "territory" and _thing_lost(head):
            continue  # 'the weapons fell into the hands of smugglers': no ground changed hands
        hits.append(TriggerHit(head, window[0].i, window[-1].i + 1, definition))
        used.update(t.i for t in window)
    return hits


def _object_lemmas(verb: Token) -> set[str]:
    """Direct objects of a verb, also through a particle or preposition ('set up a base')."""
    found: set[str] = set()
    for child in verb.children:
        if child.dep_ in _OBJ_DEPS:
            found |= _object_words(child)
        elif child.dep_ in {"prep", "prt", "dative"}:
            for g in _through_compound_preposition(child):
                if g.dep_ in {"pobj", "dobj"}:
                    found |= _object_words(g)
    return found


def _through_compound_preposition(prep: Token) -> list[Token]:
    """A preposition's children, and those of a second one it holds ('broke out of the jail',
    'ran away from the camp'): the two words are one preposition."""
    children = list(prep.children)
    return children + [g for c in children if c.dep_ == "prep" for g in c.children]


def _object_words(obj: Token) -> set[str]:
    """An object and its conjuncts, looking through amounts ('seized 20 kg of explosives',
    'found mortars, rockets and grenades')."""
    founded = _nominal_object_lemmas(obj) if obj.lemma_.lower() in _FOUNDING_NOUNS else set()
    if founded:  # 'announced the formation of a brigade': the brigade is what the verb is about
        return founded
    found = {obj.lemma_.lower()} | {c.lemma_.lower() for c in obj.conjuncts}
    found |= {c.lemma_.lower() for c in obj.children  # 'engaged Boko Haram (ISWAP) fighters': the
              if c.dep_ == "appos" and c.lemma_.lower() in _ARMED_PEOPLE}  # armed men a name is told as
    if obj.lemma_.lower() in _QUANTITY_NOUNS:
        found |= _nominal_object_lemmas(obj)
    if obj.pos_ == "PROPN" and obj.dep_ in {"dobj", "nsubjpass"} and obj.ent_type_ not in {"DATE", "TIME"} and _place_name(obj):
        found.add(PLACE_OBJECT)
    return found


PLACE_OBJECT = "@place"  # in a trigger's ``objects:``: any object that is a gazetteer place's name


def _place_name(obj: Token) -> bool:
    """'handed over Deir Hafer', 'turned over Bentiu': a proper-noun direct object (with its
    compound words) that the gazetteer knows is a place; the parser's entity label often misses
    towns, and a month ('on 2 May') is no object."""
    from eventcoder.extract.places.gazetteer import get_gazetteer

    words = [c.text for c in obj.children if c.dep_ == "compound" and c.i < obj.i] + [obj.text]
    return bool(get_gazetteer().lookup(" ".join(words).lower()))


_QUANTITY_NOUNS = words("quantity_nouns", "of_object")
_FOUNDING_NOUNS = words("founding_nouns", "of_founded")
_ARMED_PEOPLE = words("people_nouns", "armed")


def _nominal_object_lemmas(noun: Token) -> set[str]:
    """What a nominalised verb acts on: its 'of' complement, looking through quantity nouns
    ('an exchange of hundreds of prisoners' -> prisoner)."""
    found: set[str] = set()
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            found.add(obj.lemma_.lower())
            if obj.lemma_.lower() in _QUANTITY_NOUNS or obj.like_num:
                found |= _nominal_object_lemmas(obj)
    return found


def match_triggers(sent: Span) -> list[TriggerHit]:
    """All trigger hits in a sentence: phrases first, then verb+object pairs, then words."""
    lex = load_lexicon()
    used: set[int] = set()
    hits = _match_phrases(sent, lex, used)
    for k, (lemma, low) in enumerate(zip(span_lemmas(sent), span_lowers(sent))):
        if sent.start + k in used or not (lemma in lex.objects or lemma in lex.lemmas or low in lex.lemmas):
            continue  # the strings say no trigger starts here: no Token is made for the word
        token = sent.doc[sent.start + k]
        verb_objects = lex.objects.get(lemma)
        objs: set[str] = set()
        if verb_objects and token.pos_ in _VERB_POS:
            objs = _object_lemmas(token) & set(verb_objects)
        elif verb_objects and token.pos_ == "NOUN":
            objs = _nominal_object_lemmas(token) & set(verb_objects)
        if verb_objects and objs:
            hits.append(TriggerHit(token, token.i, token.i + 1, verb_objects[sorted(objs)[0]]))
            used.add(token.i)
            continue
        for definition in lex.lemmas.get(lemma, []) + (lex.lemmas.get(low, []) if low != lemma else []):
            if _pos_ok(token, definition):
                hits.append(TriggerHit(token, token.i, token.i + 1, definition))
                used.add(token.i)
                break
    return sorted((_undergone_by_unit(_sided(h)) for h in hits), key=lambda h: h.start)


def _undergone_by_unit(hit: TriggerHit) -> TriggerHit:
    """'a patrol was on the road when it came under fire': a pronoun that 'came under fire' refers
    back, mostly to a unit or a position; with no noun to tell a civilian target, the fire is
    read as a clash, not as an attack on civilians."""
    if hit.definition.resolve != "target" or hit.head.lower_ != "under":
        return hit
    subject = next((c for c in hit.head.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PRON":
        return hit
    return TriggerHit(hit.head, hit.start, hit.end, replace(hit.definition, resolve=None))


def _sided(hit: TriggerHit) -> TriggerHit:
    """'Fighting between A and B', 'A and B clashed', 'Russian and Ukrainian forces clashed': a
    weak fight word told with both of its sides tells a fight by itself, whoever the sides are."""
    if not hit.definition.weak or hit.definition.sub_type != "Armed clash" or not two_sides(hit.head):
        return hit
    if set(span_lemmas(hit.head.sent)) & _SPORT_WORDS:
        return hit  # 'the combat between the two boxers': a contest, left to the weak word's tests
    return TriggerHit(hit.head, hit.start, hit.end, replace(hit.definition, weak=False))


def two_sides(head: Token) -> bool:
    """The word names two sides: a 'between' phrase of two or more, or conjoined modifiers of
    one doer ('Russian and Ukrainian forces')."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            if any(g.dep_ == "pobj" and (g.conjuncts or g.tag_ in {"NNS", "NNPS"}) for g in child.children):
                return True
        if child.dep_ == "nsubj" and any(m.dep_ in {"amod", "compound"} and m.conjuncts for m in child.children):
            return True  # conjoined doers ('A and B clashed') are anchored by their own actors
    return False
