"""Actors read across the article once its events are known: a group that claims an attack told
in another sentence is that attack's actor1, and generic actors ('soldiers', 'gunmen',
'civilians') take the country of the place where the event happened, as ACLED names them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.actors.dictionary import ActorDictionary, generic_mention, mention_country, resolve_actor
from eventcoder.extract.context import Context
from eventcoder.extract.events.agents import claimant, refers_back, speaker_side
from eventcoder.extract.events.kinds import BATTLES, EXPLOSIONS, SUICIDE_BOMB, VIOLENCE_AGAINST_CIVILIANS, sub_type
from eventcoder.extract.events.nonconflict import owned_up
from eventcoder.extract.events.roles import noun_phrase, sentence_noun_chunks
from eventcoder.extract.events.triggers import match_triggers
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import paragraph_index, paragraphs, span_lemmas
from eventcoder.model import Actor, Event

_CLAIM_VERBS = words("back_references", "claim")
_DEEDS = words("actor_cues", "deed")
_OWNING = words("attribution_cues", "owned_verb")
_ATTACKERS = words("actor_cues", "attacker")
_MEMBERSHIP = words("actor_cues", "membership")
_ACCUSING = words("speech_verbs", "accusation")
_NAMED_INTERS = {2, 3, 4, 8}
_BLAMED_INTERS = _NAMED_INTERS | {1}
"""A source may blame a state's forces by name ('blamed the Congolese army'): ACLED's reported doer."""
_VIOLENT = {BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS}
_GENERIC_INTERS = {1, 3, 4, 5, 6, 7}
_HIDDEN_BLASTS = {SUICIDE_BOMB, sub_type("Remote explosive/landmine/IED")}
"""Blasts a state's forces do not set off: troops told beside a claimed one are the ones hit."""


def _unnamed(actor: Actor | None) -> bool:
    """No actor, a raw phrase, or ACLED's 'Unidentified ...' group: a claim may name it."""
    return actor is None or actor.inter is None or actor.name.startswith("Unidentified")


def _claim(sent: Span, dictionary: ActorDictionary, country: str | None) -> Actor | None:
    """The named group a sentence says claimed an attack ('Al Shabaab claimed the bombing',
    'the attack was claimed by ISWAP', 'JNIM claimed responsibility'); pronouns and 'the group'
    name nobody new."""
    heads = [h.head for h in match_triggers(sent)]
    heads += [t for t in sent if t.lemma_.lower() == "responsibility" and t.dep_ == "dobj"
              or t.lemma_.lower() in _DEEDS and t.dep_ in {"dobj", "nsubjpass"}]
    for head in heads:
        doer = _claiming_subject(head) if head.lemma_.lower() == "responsibility" else claimant(head)
        if doer is None and owned_up(head):
            doer = speaker_side(head)  # 'Al Shabaab said it had carried out the attack'

        if doer is None or doer.pos_ == "PRON" or refers_back(doer):
            continue
        actor = _named(noun_phrase(doer), dictionary, country) or _within(doer, sent, dictionary, country)
        if actor is not None:
            return actor
    return None


def _within(doer: Token, sent: Span, dictionary: ActorDictionary, country: str | None) -> Actor | None:
    """'a group calling itself X', 'fighters of X': the named group inside the doer's phrase."""
    left, right = doer.left_edge.i, doer.right_edge.i
    for chunk in sentence_noun_chunks(sent):
        if left <= chunk.start and chunk.end - 1 <= right and chunk.root.i != doer.i:
            actor = _named(chunk.text, dictionary, country)
            if actor is not None:
                return actor
    return None


def _named(phrase: str, dictionary: ActorDictionary, country: str | None,
           inters: set[int] = _NAMED_INTERS) -> Actor | None:
    """The named armed group a phrase names ('JNIM fighters'), never a kind ('gunmen')."""
    if generic_mention(phrase, dictionary, country):
        return None
    actor = resolve_actor(phrase, dictionary, country=country)
    return actor if actor is not None and actor.inter in inters else None


def _identified(sent: Span, dictionary: ActorDictionary, country: str | None) -> Actor | None:
    """'The attackers belonged to X', 'the gunmen, whom residents identified as members of X':
    attackers told before ('the ...') tied by a membership word to a named group are that group."""
    if _MEMBERSHIP.isdisjoint(span_lemmas(sent)):
        return None
    for token in sent:
        if token.lemma_.lower() not in _ATTACKERS or not (_told_before(token) or _tied_here(token)):
            continue
        for chunk in sentence_noun_chunks(sent):
            if chunk.start > token.i:
                actor = _named(chunk.text, dictionary, country)
                if actor is not None:
                    return actor
    return None


def _told_before(token: Token) -> bool:
    """'The gunmen': attackers told before."""
    return any(c.lower_ == "the" for c in token.children)


def _tied_here(token: Token) -> bool:
    """'Armed men identified by officials as members of X attacked': the tie sits in the
    attackers' own phrase."""
    return any(t.lemma_.lower() in _MEMBERSHIP for t in token.subtree if t.i != token.i)


def _blamed(sent: Span, dictionary: ActorDictionary, country: str | None) -> Actor | None:
    """'It blamed fighters of the X faction', 'the governor blamed X', 'attributed the strike to X':
    the group a source blames for an event told with no named doer is the doer ACLED codes (the
    reported perpetrator)."""
    accusing = (sent.doc[sent.start + k] for k, lemma in enumerate(span_lemmas(sent)) if lemma in _ACCUSING)
    for verb in (t for t in accusing if t.pos_ == "VERB"):
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        laid_on = [o for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "on"}
                   for o in c.children if o.dep_ == "pobj"]  # 'attributed the strike to X', 'blamed it on X'
        for obj in [c for c in verb.children if c.dep_ == "dobj"] + laid_on:
            if obj.pos_ == "PRON" or refers_back(obj):
                continue
            actor = _named(noun_phrase(obj), dictionary, country, _BLAMED_INTERS) or _within(
                obj, sent, dictionary, country)
            if actor is not None and not _unnamed(actor):  # 'blamed a rival group' names nobody
                return actor
    return None


def _claiming_subject(responsibility: Token) -> Token | None:
    """'X claimed responsibility' with no 'for' phrase: X claims the event told before."""
    verb = responsibility.head
    if verb.lemma_.lower() not in _CLAIM_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _claimed_event(events: list[Event], start: int, end: int, paras: list[tuple[int, int]]) -> int | None:
    """The event a claim at [start, end) is about: one the claim sentence is evidence of, else
    the violent event told last before it, in its paragraph or the one before."""
    for k, event in enumerate(events):
        if any(s.start < end and start < s.end for s in event.evidence) and event.type in _VIOLENT:
            return k
    here = paragraph_index(paras, start)
    best: tuple[int, int] | None = None
    for k, event in enumerate(events):
        told = [s.start for s in event.evidence if s.start < start]  # its latest telling before the claim
        last = max(told, default=-1)
        if event.type in _VIOLENT and told and here - paragraph_index(paras, last) <= 1:
            if best is None or last > best[0]:
                best = (last, k)
    return best[1] if best else None


def claimed_attacks(ctx: Context, events: list[Event], dictionary: ActorDictionary,
                    country: str | None) -> list[Event]:
    """ACLED codes a claimed attack to the claimant: an attack told with no named doer ('gunmen',
    'a bomb') takes the group that claimed it, or that a later sentence says the attackers
    belonged to; a claimed battle whose only named side is the state's turns that side into the
    one attacked."""
    paras = paragraphs(ctx.text)
    out = list(events)
    claim_words = _CLAIM_VERBS | _OWNING
    for sent in ctx.sentences:
        claimed = not claim_words.isdisjoint(span_lemmas(sent))
        group = _claim(sent, dictionary, country) if claimed else None
        group = group or _identified(sent, dictionary, country) or _blamed(sent, dictionary, country)
        if group is None:
            continue
        k = _claimed_event(out, sent.start_char, sent.end_char, paras)
        if k is not None:
            out[k] = _credited(out[k], group, claimed)
    return out


def _credited(event: Event, group: Actor, claimed: bool) -> Event:
    """The event with ``group`` as its doer, when nothing named contradicts it."""
    a1, a2 = event.actor1, event.actor2
    if a2 is not None and a2.name == group.name:
        return event
    if _unnamed(a1) or a2 is not None and a1 is not None and a1.name == a2.name:  # a side never fights itself
        return event.model_copy(update={"actor1": group})
    sides_swap = event.type == BATTLES or event.sub_type in _HIDDEN_BLASTS
    if claimed and sides_swap and a1 is not None and a1.inter == 1 and (a2 is None or _unnamed(a2)):
        return event.model_copy(update={"actor1": group, "actor2": a1})  # 'JNIM claimed the attack' on troops, the IED that hit them
    return event


def _local(actor: Actor | None, place_country: str | None, article_country: str | None,
           dictionary: ActorDictionary) -> Actor | None:
    """A generic actor filled with the article's country, at a place in another country, and
    whose words name no country: the place's ('Unidentified Armed Group (Niger)' for gunmen in
    Niger in a story about Mali)."""
    if actor is None or actor.mention is None or actor.inter not in _GENERIC_INTERS:
        return actor
    if not place_country or actor.country_code != article_country or place_country == article_country:
        return actor
    if mention_country(actor.mention, dictionary) is not None:
        return actor
    local = resolve_actor(actor.mention, dictionary, country=place_country)
    if local is None or local.name == actor.name or local.country_code != place_country:
        return actor
    return local


def place_countries(events: list[Event], dictionary: ActorDictionary, country: str | None) -> list[Event]:
    """Generic actors of each event in the country of its place. A remote strike's attacker is
    left alone: drones and missiles cross borders, the troops firing them need not be local."""
    out = []
    for event in events:
        place = event.location.country_code if event.location else None
        a1 = event.actor1 if event.type == EXPLOSIONS else _local(event.actor1, place, country, dictionary)
        a2 = _local(event.actor2, place, country, dictionary)
        if a1 is not event.actor1 or a2 is not event.actor2:
            event = event.model_copy(update={"actor1": a1, "actor2": a2})
        out.append(event)
    return out
