"""The article's one named armed group stands for its generic attackers: a story headlined
'Al Shabaab raids village' that tells 'gunmen killed four farmers' codes Al Shabaab, as ACLED's
coders read the whole report.  The generic actor stays when the text insists it is unknown
('unidentified gunmen', 'no group has claimed the attack') or names two groups of the kind."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.actors.dictionary import ActorDictionary, generic_mention, resolve_actor
from eventcoder.extract.context import Context
from eventcoder.extract.events.kinds import BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS
from eventcoder.extract.events.roles import sentence_noun_chunks
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import span_lemmas
from eventcoder.model import Actor, Event

_UNKNOWN = words("article_group_cues", "unknown")
_CLAIM = words("article_group_cues", "claim")
_UNCLEAR = words("article_group_cues", "unclear")
_DENYING = words("speech_verbs", "denial")
_ACCUSING = words("speech_verbs", "accusation")
_GROUP_NOUNS = words("armed_group_nouns") | {"clan"}
_ARMED_GROUPS = {2, 3, 4}
"""Rebels, political and identity militias: one kind, so any two named leave 'gunmen' unnamed."""
_UNNAMED_KINDS = {2, 3}
"""'Gunmen', 'rebels', 'bandits', 'gang members'; an unnamed communal militia ('armed youths of a
clan') is a community's men, not a named militia told elsewhere."""
_VIOLENT = {BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS}


def _denied_claim(sent: Span) -> bool:
    """'No group has claimed the attack', 'it was not claimed': the attackers are not known."""
    for token in _with_lemma(sent, _CLAIM):
        if token.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if any(c.dep_ == "neg" for c in token.children) or any(
                    d.lower_ in {"no", "nobody", "none"} for s in subjects for d in s.subtree):
                return True
    return False


def _unclear_who(sent: Span) -> bool:
    """'It was not clear who was behind the attack', 'it is unknown who fired'."""
    if "who" not in span_lemmas(sent):
        return False
    return any(t.lower_.startswith("un") or any(c.dep_ == "neg" for c in (*t.children, *t.head.children))
               for t in _with_lemma(sent, _UNCLEAR))


def _with_lemma(sent: Span, lemmas: frozenset[str] | set[str]) -> list[Token]:
    """The sentence's tokens whose lower-cased lemma is one of ``lemmas``, in order: the lemma
    column is scanned as strings and Tokens are made only for those."""
    doc = sent.doc
    return [doc[sent.start + k] for k, lemma in enumerate(span_lemmas(sent)) if lemma in lemmas]


def _unknown_doer(sents: list[Span]) -> bool:
    """The article says the attackers are not known."""
    return any(_denied_claim(s) or _unclear_who(s) for s in sents)


def _denying(sents: list[Span]) -> list[Span]:
    """Sentences of denial: a group denying a role ('X denied any involvement') is not the doer."""
    return [s for s in sents if not _DENYING.isdisjoint(span_lemmas(s))]


def _claiming(sents: list[Span]) -> list[Span]:
    """Sentences of a claim: a group's claim names what it covers, and nothing else it did."""
    return [s for s in sents if not _CLAIM.isdisjoint(t.lemma_.lower() for t in s)]


def _speaks_of(group: Actor, sents: list[Span], dictionary: ActorDictionary, country: str | None) -> bool:
    """Does one of the sentences name the group?"""
    return group.name in _named_groups(sents, dictionary, country)


def _blames_other(group: Actor, sents: list[Span], dictionary: ActorDictionary, country: str | None) -> bool:
    """'A killing residents blamed on a militia': a source blames someone other than the group."""
    for sent in sents:
        for verb in (t for t in sent if t.lemma_.lower() in _ACCUSING and t.pos_ == "VERB"):
            laid_on = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "to"}
                       for o in c.children if o.dep_ == "pobj"]
            for obj in laid_on or [c for c in verb.children if c.dep_ == "dobj"]:
                if obj.pos_ in {"PRON", "PROPN"} or any(c.dep_ == "neg" for c in verb.children):
                    continue
                phrase = sent.doc[obj.left_edge.i:obj.i + 1]  # no apposition: "a militia, one of ..."
                blamed = resolve_actor(phrase.text, dictionary, country=country)
                armed = blamed is not None and (blamed.inter in _ARMED_GROUPS or blamed.inter is None
                                                and obj.lemma_.lower() in _GROUP_NOUNS)  # 'a rival group'
                if armed and blamed is not None and blamed.name != group.name:
                    return True  # a state blamed ('accused the government of neglect') is no rival doer
    return False


def _fights_unnamed(group: Actor, events: list[Event], dictionary: ActorDictionary, country: str | None) -> bool:
    """The group is told fighting unnamed armed men: it is not them."""
    for event in events:
        sides = [event.actor1, event.actor2]
        if any(a is not None and a.name == group.name for a in sides) and any(
                _generic_attacker(a, dictionary, country) for a in sides):
            return True
    return False


def _named_groups(sents: list[Span], dictionary: ActorDictionary, country: str | None) -> dict[str, Actor]:
    """Every armed group the article names, by canonical name."""
    found: dict[str, Actor] = {}
    for sent in sents:
        for chunk in sentence_noun_chunks(sent):
            if generic_mention(chunk.text, dictionary, country):
                continue
            actor = resolve_actor(chunk.text, dictionary, country=country)
            if actor is not None and actor.inter in _ARMED_GROUPS:
                found.setdefault(actor.name, actor)
    return found


def _generic_attacker(actor: Actor | None, dictionary: ActorDictionary, country: str | None) -> bool:
    """An unnamed armed group ('gunmen', 'bandits', 'the militants') the text does not call unknown."""
    if actor is None or actor.inter not in _UNNAMED_KINDS or not actor.mention:
        return False
    if _UNKNOWN & set(actor.mention.lower().split()):
        return False
    return generic_mention(actor.mention, dictionary, country)


def _fits(group: Actor, event: Event) -> bool:
    """A group of the event's country (or of none), never the side it fights."""
    place = event.location.country_code if event.location else None
    if group.country_code and place and group.country_code != place:
        return False
    return all(a is None or a.name != group.name for a in (event.actor1, event.actor2))


def _contradicted(group: Actor, sents: list[Span], events: list[Event], dictionary: ActorDictionary,
                  country: str | None) -> bool:
    """The group claims or denies something (its words cover what they name), a source blames
    another group, or it is told fighting the unnamed men."""
    return (_speaks_of(group, _claiming(sents) + _denying(sents), dictionary, country)
            or _blames_other(group, sents, dictionary, country)
            or _fights_unnamed(group, events, dictionary, country))


def article_group(ctx: Context, events: list[Event], dictionary: ActorDictionary,
                  country: str | None) -> list[Event]:
    """Generic attackers of violent events named as the article's one named armed group; a group
    that claimed one attack is that attack's doer only (a claim names what it covers)."""
    sents = list(ctx.sentences)
    if not any(e.type in _VIOLENT and _generic_attacker(e.actor1, dictionary, country) for e in events):
        return events
    if _unknown_doer(sents):
        return events
    groups = _named_groups(sents, dictionary, country)
    if len(groups) != 1:
        return events
    group = next(iter(groups.values()))
    if _contradicted(group, sents, events, dictionary, country):
        return events
    out = []
    for event in events:
        if event.type in _VIOLENT and _generic_attacker(event.actor1, dictionary, country) and _fits(group, event):
            event = event.model_copy(update={"actor1": group})
        out.append(event)
    return out
