"""Actor phrases that no dictionary entry names as they stand, coded as ACLED would: persons as
civilians, a country's name as its military, a military site as the force it belongs to, a
generic word followed by a named group as that group, and the other side of a clash.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import DEP, HEAD, POS
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from eventcoder.extract.actors.dictionary import ActorDictionary, resolve_actor
from eventcoder.extract.events.clause import is_agentive, same_line
from eventcoder.extract.events.parts import semicolon_part
from eventcoder.extract.events.weapon_kind import AIR_WORDS
from eventcoder.extract.lexicons import words
from eventcoder.model import Actor

_ARMED_INTERS = {1, 2, 3, 4, 8}
_NOUN_POS = frozenset({NOUN, PROPN, PRON})
_CIVILIAN_WORDS = words("people_nouns", "civilian") - words("agent_nouns", "not_agent")
_SITE_WORDS = words("people_nouns", "armed") & words("agent_nouns", "not_agent")
"""'base', 'checkpoint', 'convoy': places and things of an armed force, never actors themselves."""
_SITE_OWNERS = {"compound", "amod", "nmod", "poss"}
_THING_OWNERS = {"compound", "poss"}
_PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
_THING_ENTITIES = {"LAW", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"}
_MEMBER_PREPS = {"of", "from"}
_SOURCE_VERBS = words("speech_verbs", "side")
_REPELLING = words("repelling_verbs", "attack")
_REPELLING_PEOPLE = words("repelling_verbs", "attackers")
_DEVICES = words("actor_cues", "device")
_OWN_UNITS = words("actor_cues", "own_unit")
_PATIENT_DEPS = {"nsubjpass", "dobj"}
_HURTING = words("harm_verbs") | words("killing_verbs") | words("target_verbs")
_MEMBERSHIP = words("actor_cues", "membership")
_USER_DEPS = {"amod", "compound", "poss", "nmod"}
_RECIPROCAL = {"exchange", "trade", "sign", "agree", "reach", "conclude"}
"""Verbs whose conjoined subjects are the two sides even with an object ('A and B signed a truce')."""
"""'exchanged fire', 'traded gunfire': the object is the means, the conjoined subjects the sides."""


def _phrase(token: Token) -> str:
    return token.doc[token.left_edge.i:token.i + 1].text


def named_group(token: Token, generic: Actor, dictionary: ActorDictionary, country: str | None) -> Actor | None:
    """'gunmen of the Sinaloa Cartel', 'fighters from the TTP', 'fighters linked to al Qaeda': a
    generic word whose 'of'/'from' phrase, or the group it is tied to, names a listed group is
    that group, as ACLED names the actor."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in _MEMBER_PREPS]
    ties = [c for c in token.children if c.dep_ in {"acl", "amod"} and c.lemma_.lower() in _MEMBERSHIP]
    preps += [p for c in ties for p in c.children if p.dep_ == "prep"]
    preps += [p for c in ties for p in c.subtree if p.dep_ == "prep" and p.lower_ == "as"
              and p not in preps]  # 'identified by residents as members of X': 'as' may hang on 'residents'
    for prep in preps:
        for node in prep.subtree:
            if node.pos_ not in {"PROPN", "NOUN"} or node.dep_ == "compound":
                continue
            phrases = [_phrase(node)]
            if node.dep_ == "pobj":  # 'the Convention for the Popular Revolution': the whole name
                phrases.insert(0, node.doc[node.left_edge.i:node.right_edge.i + 1].text)
            for named in (resolve_actor(p, dictionary, country=country) for p in phrases):
                if named is not None and named.inter is not None and named.name != generic.name \
                        and not (named.inter == 7 and "(" in named.name):  # 'by residents as ...': a witness
                    return named
    return None


def repelled_roles(trigger: Token, agent: Token | None, patient: Token | None) -> tuple[Token | None, Token | None]:
    """'Troops repelled an attack by ISWAP fighters', 'troops repelled the militants', 'repelled
    Russian assaults': the attack's doer, or the people repelled, is actor1 and the troops, who only fended it off, actor2 (ACLED
    codes the attacker first)."""
    if trigger.lemma_.lower() not in _REPELLING or patient is None or patient.dep_ != "dobj":
        return agent, patient
    if trigger.lemma_.lower() in _REPELLING_PEOPLE and (patient.pos_ == "PRON" or is_agentive(patient)):
        return patient, agent  # 'soldiers repelled them', 'repulsed the militants': they attacked
    for prep in patient.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            attacker = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if attacker is not None:
                return attacker, agent
    if any(c.dep_ in {"amod", "compound"} and (c.ent_type_ in {"NORP", "ORG"} or c.pos_ == "PROPN")
           for c in patient.children):
        return patient, agent  # 'repelled 12 Russian assaults', 'repulsed an ISWAP raid': its namer attacked
    return agent, patient


def conjoined_foe(agent: Token | None) -> Token | None:
    """'M23 rebels and militiamen fought', 'A and B exchanged fire': with a reciprocal verb and no
    object, the subject's last conjunct is the other side."""
    if agent is None or agent.dep_ != "nsubj":
        return None
    verb = agent.head
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children) and verb.lemma_.lower() not in _RECIPROCAL:
        return None
    others = list(agent.conjuncts) or [c for c in verb.children if c.dep_ == "nsubj" and c.i > agent.i]
    return others[-1] if others else None  # the parser may hang both sides on the verb as subjects


def unlisted(token: Token, phrase: str, agentive: bool, dictionary: ActorDictionary, country: str | None) -> Actor | None:
    """A phrase no dictionary names, as ACLED would code it: a person ('a 17-year-old boy') is a
    civilian of the country, a country's name acting ('Pakistan shelled ...') is its military,
    and a place or a thing ('the Finance Bill') is no actor; ``agentive``: could the word name
    a person or group at all."""
    generic = None
    if token.lemma_.lower() in _DEVICES:
        return device_user(token, dictionary, country)
    if token.lemma_.lower() in _CIVILIAN_WORDS:
        generic = resolve_actor(f"{phrase} civilians", dictionary, country=country)
    elif token.ent_type_ in _PLACE_ENTITIES:
        if not dictionary.country_code(phrase) or _dateline(token):
            return None
        generic = resolve_actor(f"{phrase} military", dictionary, country=country)
    if generic is not None:
        return generic.model_copy(update={"mention": phrase})
    if token.lemma_.lower() in _SITE_WORDS:
        return _target_owner(token, dictionary, country, _SITE_OWNERS)
    if token.ent_type_ in _THING_ENTITIES or not agentive:  # 'an army truck', 'Houthi positions'
        return _target_owner(token, dictionary, country, _THING_OWNERS) if token.pos_ == "NOUN" else None
    return resolve_actor(phrase, dictionary, country=country)


def _dateline(token: Token) -> bool:
    """'Guatemala, 22 June 2025: gunmen fired ...', 'SUDAN, Khartoum - ...': a country's name
    opening its sentence before a comma or a dash tells where, never who acted."""
    left = token.left_edge
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return left.i == token.sent.start and after is not None and after.text in {",", "-", "\u2013", ":"}


def device_user(token: Token, dictionary: ActorDictionary, country: str | None) -> Actor | None:
    """'a Turkish drone', 'an RSF drone', 'the army's helicopter': a weapon or craft is never an
    actor; its user is the state a demonym names (its military) or the armed group a modifier
    names; 'a shell fired by Houthi forces': whoever fired it. With none, nobody: the caller
    falls back on the armed actor the sentence names."""
    for acl in (c for c in token.rights if c.dep_ == "acl"):
        for by in (c for c in acl.children if c.dep_ == "agent"):
            for user in (c for c in by.children if c.dep_ == "pobj"):
                actor = resolve_actor(_phrase(user), dictionary, country=country)
                if actor is not None and actor.inter in _ARMED_INTERS:
                    return actor
    for child in token.lefts:
        if child.dep_ not in _USER_DEPS or not same_line(child.left_edge, token):
            continue
        owner = token.doc[child.left_edge.i:child.i + 1].text
        if dictionary.country_code(child.text) or dictionary.country_code(owner):
            owner = f"{owner} military"  # 'a Turkish drone', 'United States aircraft
        actor = resolve_actor(owner, dictionary, country=country)
        if actor is not None and actor.inter in _ARMED_INTERS:
            return actor
    return None


def _target_owner(token: Token, dictionary: ActorDictionary, country: str | None, deps: set[str]) -> Actor | None:
    """'a Malian army checkpoint', 'an army truck': the force a military site or thing belongs to
    is the side attacked there (ACLED's actor2), when its modifiers name one. A thing's owner is
    read from its noun modifiers only: 'RSF-held areas' are not the RSF's."""
    owner = " ".join(c.text for c in token.lefts if c.dep_ in deps for c in c.subtree)
    actor = resolve_actor(owner, dictionary, country=country) if owner else None
    return actor if actor is not None and actor.inter in _ARMED_INTERS else None


def sentence_actor(
    sent: Span, before: int, dictionary: ActorDictionary, country: str | None, *, skip: Token | None = None,
) -> Actor | None:
    """Fallback agent: the military that tells of its own strike or patrol; else the first known
    armed actor named before the trigger in its sentence, skipping sources and accusers ('The
    army blamed the RSF for the strikes') and those the sentence says were hit (a passive
    subject, an object, 'members of' them): ACLED never codes a victim as actor1."""
    own = _speaking_force(sent.doc[before], dictionary, country)
    if own is not None:
        return own
    own_start = semicolon_part(sent, before)[0]  # 'X killed in raid; buses torched in protest'
    for chunk in sentence_noun_chunks(sent):
        if chunk.start >= before:
            break
        if chunk.start < own_start or (skip is not None and chunk.start <= skip.i < chunk.end):
            continue
        text = _doer_text(chunk)
        if text is None:
            continue
        actor = resolve_actor(text, dictionary, country=country)
        if actor is not None and actor.inter in _ARMED_INTERS:
            return actor
    return None


def _doer_text(chunk: Span) -> str | None:
    """The chunk's text when it may name a doer: not the subject of a source's verb ('the army
    said'), not the ones hit ('three soldiers were killed when a bomb hit their vehicle'). Read
    once per chunk (``doc.user_data``): every trigger of the sentence asks."""
    memo: dict[tuple[int, int], str | None] = chunk.doc.user_data.setdefault(_DOER_KEY, {})
    key = (chunk.start, chunk.end)
    if key not in memo:
        root = chunk.root
        source = root.dep_ == "nsubj" and root.head.lemma_.lower() in _SOURCE_VERBS
        memo[key] = None if source or hit_by_it(root) or _members_hit(root) else chunk.text
    return memo[key]


_DOER_KEY = "eventcoder.doer_chunks"


def _members_hit(token: Token) -> bool:
    """'killed three members of an ELN cell': the group whose members were hit is the victim side."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in _MEMBER_PREPS and prep.head.i != prep.i and hit_by_it(prep.head)


def _speaking_force(trigger: Token, dictionary: ActorDictionary, country: str | None) -> Actor | None:
    """'The army said a drone strike destroyed a rebel camp', 'the army said a patrol killed two
    rebels': an air strike with no doer named, or one done by an unnamed unit, told by a state's
    military is that military's own (a foe's would be named as such)."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if not (AIR_WORDS & {trigger.lemma_.lower(), noun.lemma_.lower(), *(c.lemma_.lower() for c in noun.children)}
            or _by_own_unit(noun)):
        return None
    for node in noun.ancestors:
        if node.lemma_.lower() in _SOURCE_VERBS:
            for subj in (c for c in node.children if c.dep_ == "nsubj"):
                actor = resolve_actor(_phrase(subj), dictionary, country=country)
                if actor is not None and actor.inter == 1 and actor.name.startswith("Military Forces"):
                    return actor
            return None
    return None


def _by_own_unit(trigger: Token) -> bool:
    """The trigger's clause is done by an unnamed unit ('a patrol', 'a force of the command')."""
    verb = trigger
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _OWN_UNITS and not any(
        g.pos_ == "PROPN" or g.ent_type_ for g in c.subtree if g.i != c.i) for c in verb.children)


def hit_by_it(token: Token) -> bool:
    """Is the noun told as hurt ('soldiers were killed', 'killed two soldiers', headlines' 'Two
    soldiers killed as ...' and 'Soldier, four militants killed in clash')?"""
    head = token.head
    if head.lemma_.lower() in _HURTING and (token.dep_ in _PATIENT_DEPS or token.dep_ == "nsubj" and head.tag_ == "VBN"):
        return True
    nouns = [token, *(c for c in token.children if c.dep_ in {"appos", "conj"})]
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _HURTING for n in nouns for c in n.children)


def sentence_noun_chunks(sent: Span) -> list[Span]:
    """A sentence's noun chunks. ``Span.noun_chunks`` walks the whole document on every call,
    so the document's chunks are computed once and kept in ``doc.user_data``."""
    doc = sent.doc
    index: _ChunkIndex | None = doc.user_data.get(_CHUNKS_KEY)
    if index is None:
        index = doc.user_data[_CHUNKS_KEY] = _ChunkIndex(doc, english_chunk_bounds(doc))
    return index.within(sent.start, sent.end)


_NP_DEPS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")


def english_chunk_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the document's noun chunks, as spaCy's English iterator finds them
    (``spacy.lang.en.syntax_iterators``), read from the parse's integer columns.

    The iterator makes a Token object per word to test its part of speech; reading the columns
    once leaves Tokens to the nouns, whose left edge only the parse knows
    (``tests/test_noun_chunks.py`` checks the chunks are the iterator's)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    np_deps = {strings.add(label) for label in _NP_DEPS}
    conj = strings.add("conj")
    table = doc.to_array([POS, DEP]).tolist()
    heads = [i + rel for i, rel in enumerate(doc.to_array(HEAD).view(np.int64).tolist())]  # HEAD is signed
    bounds, prev_end = [], -1
    for i, (pos, dep) in enumerate(table):
        if pos not in _NOUN_POS or not (dep in np_deps or dep == conj):
            continue
        left = doc[i].left_edge.i
        if left <= prev_end:
            continue
        if dep == conj:
            head = heads[i]
            while table[head][1] == conj and heads[head] < head:
                head = heads[head]
            if table[head][1] not in np_deps:
                continue
        prev_end = i
        bounds.append((left, i + 1))
    return bounds


class _ChunkIndex:
    """A document's noun chunks by position, and each sentence's share once asked for (a chunk's
    Span is made when a sentence asks for it)."""

    def __init__(self, doc: Doc, bounds: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.label = doc.vocab.strings.add("NP")
        self.bounds = bounds
        self.starts = [start for start, _ in bounds]
        self.asked: dict[tuple[int, int], list[Span]] = {}

    def within(self, start: int, end: int) -> list[Span]:
        found = self.asked.get((start, end))
        if found is None:
            found = []
            for k in range(bisect_left(self.starts, start), len(self.bounds)):
                chunk_start, chunk_end = self.bounds[k]
                if chunk_start >= end:
                    break
                if chunk_end <= end:
                    found.append(Span(self.doc, chunk_start, chunk_end, label=self.label))
            self.asked[(start, end)] = found
        return list(found)


_CHUNKS_KEY = "eventcoder_noun_chunks"
