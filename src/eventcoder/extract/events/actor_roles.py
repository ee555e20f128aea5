"""Actors as ACLED's codebook names them once the event's type is known.

The roles found in a sentence follow its grammar ('police dispersed the lawyers': the police are
the subject); ACLED's roles follow the event type: in Protests actor1 is always the protesters of
the country and the police who intervene are actor2; in Riots the crowd is 'Rioters (Country)';
in Violence against civilians the victims are civilians, whatever crowd they came from. A law or
a demand is never an actor.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventcoder.extract.actors.dictionary import ActorDictionary, resolve_actor
from eventcoder.extract.events.actor_phrases import sentence_noun_chunks
from eventcoder.extract.events.clause import next_in_paragraph
from eventcoder.extract.events.kinds import (
    BATTLES,
    CHEMICAL_WEAPON,
    EXCESSIVE_FORCE,
    EXPLOSIONS,
    PEACEFUL_PROTEST,
    PROTEST_WITH_INTERVENTION,
    PROTESTS,
    RIOTS,
    VIOLENCE_AGAINST_CIVILIANS,
    sub_type,
)
from eventcoder.extract.events.weapon_kind import AIR_STRIKE
from eventcoder.extract.lexicons import words
from eventcoder.model import Actor, Event

_ARMED = {1, 2, 3, 4, 8}
_ARMY_WEAPONS = {AIR_STRIKE, CHEMICAL_WEAPON, sub_type("Shelling/artillery/missile attack")}
_ANONYMOUS = words("actor_cues", "anonymous")
_VIOLENT = {BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS}
_CROWD = {5, 6, 7}
"""Protesters, rioters and civilians: the unarmed crowd a protest or riot is made of."""


def _generic(alias: str, like: Actor | None, dictionary: ActorDictionary, country: str | None) -> Actor | None:
    """The generic ACLED actor for ``alias`` ('protesters') in the country of ``like`` (the crowd
    as the text named it, which may carry its own demonym) or of the article."""
    code = (like.country_code if like is not None else None) or country
    actor = resolve_actor(alias, dictionary, country=code)
    if actor is None or actor.inter is None:
        return None
    if like is None or like.mention is None:
        return actor  # no crowd named: the mention is the generic word ('protesters'), never empty
    return actor.model_copy(update={"mention": like.mention})


def _crowd(actor: Actor | None) -> bool:
    """Unarmed people or a raw phrase ('lawyers', 'a student'): the crowd, not a force."""
    return actor is not None and actor.inter not in _ARMED


def _protest_roles(a1: Actor | None, a2: Actor | None, dictionary: ActorDictionary,
                   country: str | None, peaceful: bool = False) -> tuple[Actor | None, Actor | None]:
    """ACLED: actor1 of a protest is Protesters (Country); the forces that intervene are actor2,
    and anything unarmed the protest is against (a bill, a town, a company) is no actor. A peaceful
    protest met by nobody has no actor2: the force it marched against ('against the junta') is its
    topic, not a side that acted."""
    force = next((a for a in (a1, a2) if a is not None and a.inter in _ARMED), None)
    if peaceful:
        force = None
    crowd = next((a for a in (a1, a2) if _crowd(a)), None)  # 'police dispersed protesters'
    return _generic("protesters", crowd, dictionary, country) or crowd, force


def _riot_roles(a1: Actor | None, a2: Actor | None, dictionary: ActorDictionary,
                country: str | None) -> tuple[Actor | None, Actor | None]:
    """ACLED: in Riots the crowd is 'Rioters (Country)', actor1; police or victims are actor2."""
    if a1 is not None and a1.inter in _ARMED and _crowd(a2):
        a1, a2 = a2, a1  # 'police fired on rioters'
    elif a1 is not None and a1.inter == 1 and (a2 is None or a2.inter is None or a2.name == a1.name):
        a1, a2 = None, a1  # "supporters clashed with police": the crowd rioted, the police met it
    if a1 is None or _crowd(a1):
        a1 = _generic("rioters", a1, dictionary, country) or a1
    if a2 is not None and a2.inter is None:
        a2 = None  # a thing or a place the crowd attacked is no actor
    return a1, a2


def _victims(a2: Actor | None, dictionary: ActorDictionary, country: str | None) -> Actor | None:
    """ACLED: the people attacked in violence against civilians are Civilians (Country), even
    when they were protesting or are named by a raw phrase."""
    if a2 is None or a2.inter in _ARMED or a2.inter == 7:
        return a2
    return _generic("civilians", a2, dictionary, country) or a2


def _unknown_attacker(event: Event, dictionary: ActorDictionary, country: str | None) -> Actor | None:
    """ACLED never leaves actor1 empty: violence whose doer the text does not name ('a grenade
    exploded', 'it was not clear who fired') is the Unidentified Armed Group of the place's
    country. Air strikes, shelling and chemical attacks are left open: mostly armies field such
    weapons, and guessing which one is no coding."""
    if event.type not in {BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS} or event.sub_type in _ARMY_WEAPONS:
        return None
    code = (event.location.country_code if event.location else None) or country
    actor = resolve_actor("unidentified armed group", dictionary, country=code)
    return actor.model_copy(update={"mention": ""}) if actor is not None and actor.inter else None  # no text names it


def _anonymous_doer(event: Event, a1: Actor | None, dictionary: ActorDictionary,
                    country: str | None) -> Actor | None:
    """'shot dead by two men on a motorcycle': people named only as people who commit violence
    are an unidentified armed group (ACLED), never civilians, whose inter code marks victims."""
    if event.type not in _VIOLENT or a1 is None or a1.inter != 7 or not a1.mention:
        return a1
    if a1.mention.lower().split()[-1] not in _ANONYMOUS:
        return a1
    return _unknown_attacker(event, dictionary, country) or a1


def acled_roles(event: Event, dictionary: ActorDictionary, country: str | None) -> Event:
    """The event with its actors named and ordered as ACLED codes its type."""
    a1, a2 = event.actor1, event.actor2
    if a1 is None:
        a1 = _unknown_attacker(event, dictionary, country)
    a1 = _anonymous_doer(event, a1, dictionary, country)
    if event.type == PROTESTS:
        a1, a2 = _protest_roles(a1, a2, dictionary, country, (event.type, event.sub_type) == PEACEFUL_PROTEST)
    elif event.type == RIOTS:
        a1, a2 = _riot_roles(a1, a2, dictionary, country)
    elif event.type == VIOLENCE_AGAINST_CIVILIANS:
        if a1 is not None and a1.inter == 7 and a2 is not None and a2.inter in _ARMED:
            a1, a2 = a2, a1  # ACLED: in violence against civilians the civilians are actor2, the armed side actor1
        a2 = _victims(a2, dictionary, country)
    if a1 is not None and a2 is not None and a1.name == a2.name and a1.inter in _ARMED:
        a2 = None  # one force on both sides is a misread: ACLED codes a split (a mutiny) by its factions
    if a1 is event.actor1 and a2 is event.actor2:
        return event
    return event.model_copy(update={"actor1": a1, "actor2": a2})


def intervening_force(kind: tuple[str, str], sent: Span, dictionary: ActorDictionary,
                      country: str | None) -> Actor | None:
    """'Police dispersed teachers protesting outside parliament': a protest met with intervention
    or force has the state forces the sentence names as its actor2 (ACLED), whatever the parse
    made the protest trigger's roles."""
    if kind not in {PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE}:
        return None
    after = next_in_paragraph(sent)  # 'Police fired tear gas to disperse them.' told next
    for chunk in [*sentence_noun_chunks(sent), *(sentence_noun_chunks(after) if after is not None else [])]:
        actor = resolve_actor(chunk.text, dictionary, country=country)
        if actor is not None and actor.inter in {1, 8} and not actor.name.startswith("Government"):
            return actor  # 'to demand that the government ...': what they protest to, not who intervened
    return None
