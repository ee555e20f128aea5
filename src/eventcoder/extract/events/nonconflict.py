"""Sentences whose trigger words do not report political violence or a strategic move, by
ACLED's scope: harm and blasts caused by disasters and accidents, and claims of responsibility
for an event told elsewhere (an attribution, not a report of the event).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.events.clause import climb, heads_up, misread_to_phrase
from eventcoder.extract.events.entries import expelled
from eventcoder.extract.events.merge import Mention
from eventcoder.extract.lexicons import lexicon, words
from eventcoder.extract.text import span_lemmas, span_lowers, span_words

_HAZARDS = words("hazard_words", "hazard")
_NOT_ACCIDENT = words("hazard_words", "violence")
_WORKS = words("hazard_words", "works")
_ARMED_WORDS = words("people_nouns", "armed")
_WEAPON_WORDS = lexicon("weapons").all()
_CLAIMED_FOR = words("attribution_cues", "claimed_for")
_CLAIM_VERBS = words("attribution_cues", "claim_verb")
_OWNED_VERBS = words("attribution_cues", "owned_verb")
_SPEECH = words("speech_verbs", "event_source")
_DEFINITE = {"the", "this", "that", "these", "those"}
_ARMED_INTERS = {1, 2, 3, 4, 8}
_GOODS = words("seized_goods")
_SPOILS = words("seized_spoils")
_PEOPLE = words("people_nouns", "countable")
_RELIEF = words("hazard_words", "relief")
_REMNANT = words("hazard_words", "remnant")
_ATTACK_NOUNS = words("hazard_words", "attack_noun")
_WARS = {"war", "conflict", "insurgency"}
_FREEING = words("hazard_words", "freeing")
_STRATEGIC = "Strategic developments"
_LEADING = words("leading_verbs")
_TALKS = words("diplomacy_nouns")
_NON_STATE = {2, 3, 4, 8}
_TAKEN_DEPS = {"dobj", "nsubjpass", "pobj"}
_KIND_HEADS = words("kind_heads")
_MANNERS = words("unarmed_manners")
_NON_LETHAL = words("protest_policing", "less_lethal")
_NOT_GROUND = words("taken_not_ground")
_CRITIC_REASONS = words("criticism_cues", "reason")
_CRITICS = words("criticism_cues", "critic")
_CRITICISED_THINGS = words("criticism_cues", "thing")
_UNDERGO = words("actor_cues", "undergo")


def _armed_word(token: Token) -> bool:
    """An armed person or group named in the sentence ('fire fighters' are not armed)."""
    if token.lemma_.lower() not in _ARMED_WORDS and token.lower_ not in _ARMED_WORDS:
        return False
    return not any(c.dep_ == "compound" and c.lower_ == "fire" for c in token.children)


def _source(token: Token) -> bool:
    """'..., police said': the subject of a speech verb tells the news; it is no party to it."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in _SPEECH


def _works_product(token: Token) -> bool:
    """'a chemical plant', 'a fertiliser and chemical factory': what an industrial site makes."""
    return any(h.lemma_.lower() in _WORKS for h in heads_up(token, {"compound", "amod", "conj"}))


def hazard_sentence(sent: Span, mentions: list[Mention]) -> bool:
    """A disaster or accident names the harm's cause, and no armed actor or weapon is in sight:
    'a tsunami killed 40', 'a gas cylinder exploded', 'floods forced the evacuation of 900'."""
    if _names_war_remnant(sent) and not any(_armed_word(t) and not _source(t) for t in sent):
        return True  # 'an old mine left from the war exploded': an accident of the war's leftovers
    seen = span_words(sent)
    lowers = span_lowers(sent)
    if not (seen & _HAZARDS or any(_hazard_form(lem, low) for lem, low in zip(span_lemmas(sent), lowers))):
        return False
    if not any(_hazard_word(t) and not _done_by_people(t) for t in sent):
        return False
    things = {t.lemma_.lower() for t in sent if t.pos_ != "VERB"}  # 'forces', not 'forced to flee'
    weapons = {t.lemma_.lower() for t in sent if not (_works_product(t) or _names_a_place_kind(t))} & _WEAPON_WORDS
    if weapons or things & _NOT_ACCIDENT:
        return False
    if hazard_led(sent, mentions):
        return True
    if any(_armed_word(t) and not _source(t) for t in sent):
        return False
    return not any(a is not None and a.inter in _ARMED_INTERS for m in mentions for a in (m.actor1, m.actor2))


def _names_a_place_kind(token: Token) -> bool:
    """'a roadside cafe': a weapon's word that only modifies a noun of no weapon nor attack (a
    place, a shop) tells where, not with what ('a mortar attack' still tells a weapon)."""
    head = token.head.lemma_.lower()
    return token.dep_ in {"amod", "compound"} and token.head.pos_ == "NOUN" \
        and head not in _WEAPON_WORDS and head not in _ATTACK_NOUNS


def _done_by_people(token: Token) -> bool:
    """'armed men stormed a house': a hazard's word used as a verb with an object, whose subject
    is no hazard, is something people did."""
    if token.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in token.children):
        return False
    return not any(c.dep_ == "nsubj" and _hazard_word(c) for c in token.children)


def _hazard_word(token: Token) -> bool:
    """A disaster's noun, plural or capitalised at a headline's start ('Landslides kill 23')."""
    return _hazard_form(token.lemma_.lower(), token.lower_)


def _hazard_form(lemma: str, low: str) -> bool:
    """``_hazard_word`` on a token's lower-cased lemma and form."""
    return lemma in _HAZARDS or low in _HAZARDS or (low.endswith("s") and low[:-1] in _HAZARDS)


def hazard_led(sent: Span, mentions: list[Mention]) -> bool:
    """'Landslides kill 23 as rebels prepare talks': a disaster is the subject of the sentence's
    main verb and every trigger is that verb, so the harm is the disaster's; rebels named in
    another clause do not make it political violence."""
    root = sent.root
    if root.pos_ != "VERB" or not any(c.dep_ == "nsubj" and _hazard_word(c) for c in root.children):
        return False
    return all(m.start == root.idx for m in mentions)


def relief_work(trigger: Token) -> bool:
    """'deployed troops to evacuate stranded families', 'set up relief camps', 'officers were
    deployed to rescue the victims': forces sent to help, or a camp for the displaced, are relief,
    not a change in a group's activity or a base (ACLED codes neither)."""
    purposes = [c for c in trigger.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if any(p.lemma_.lower() in _RELIEF for p in purposes):
        return True
    if trigger.lemma_.lower() in _FREEING:  # 'released three aid workers': the workers were held
        return False
    things = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    things += [g for c in trigger.children if c.dep_ == "prt" for g in c.head.children if g.dep_ == "dobj"]
    return any(m.lemma_.lower() in _RELIEF for t in things for m in t.children if m.dep_ in {"compound", "amod"})


def led_away(trigger: Token) -> bool:
    """'marched the captives into the forest': a march with a direct object leads people away; it
    is no protest."""
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in _LEADING and any(c.dep_ == "dobj" for c in trigger.children)


def not_political(trigger: Token, etype: str) -> bool:
    """A trigger word used for relief work, for leading people away, for naming a kind of team
    or kit ('bomb disposal squad'), or in a manner no weapon takes ('clashed politically'), not
    for a conflict event."""
    return (etype == _STRATEGIC and relief_work(trigger)) or (etype == "Protests" and led_away(trigger)) \
        or names_a_kind(trigger) or any(c.dep_ == "advmod" and c.lower_ in _MANNERS for c in trigger.children) \
        or non_lethal(trigger) or taken_not_ground(trigger) or criticised(trigger)


def _names_war_remnant(sent: Span) -> bool:
    """Whether any word of the sentence is a ``war_remnant``: only weapon words can be, so the
    sentence's lemmas are scanned as strings and a Token is made only for those."""
    doc = sent.doc
    return any(war_remnant(doc[sent.start + k]) for k, lemma in enumerate(span_lemmas(sent)) if lemma in _WEAPON_WORDS)


def war_remnant(device: Token) -> bool:
    """'an old mine left over from the war', 'a shell from the 1990s war': a weapon
    told as left from a past war, whose blast years on is an accident, no act of today's conflict."""
    if device.pos_ not in {"NOUN", "PROPN"} or device.lemma_.lower() not in _WEAPON_WORDS:  # not 'remnants of Daesh'
        return False
    for c in device.children:
        if c.dep_ in {"amod", "acl", "compound"} and (c.lemma_.lower() in _REMNANT or c.lower_ in _REMNANT):
            return True  # 'old', 'leftover'
        if c.dep_ == "acl" and c.lemma_.lower() == "leave" and any(g.lower_ == "over" for g in c.children):
            return True  # 'left over from the war'; not 'a bomb left near a market'
        if c.dep_ == "prep" and c.lower_ == "from" and any(_past_war(g) for g in c.children if g.dep_ == "pobj"):
            return True
    return False


def _past_war(noun: Token) -> bool:
    """'the 1990s war', 'the previous conflict': a war named by its years or as over."""
    return noun.lemma_.lower() in _WARS and any(
        c.dep_ in {"amod", "nummod", "compound"} and (any(ch.isdigit() for ch in c.text) or c.lower_ in _REMNANT)
        for c in noun.children)


def criticised(trigger: Token) -> bool:
    """'the minister came under fire over the budget', 'the law came under attack from lawmakers':
    'come under fire' (the phrase's head is 'under') is also the idiom for criticism; a reason given, critics as the source, or a
    text or decision as the subject make it words, not gunfire."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "under":  # 'came under attack': the word after 'under'
        trigger = trigger.head
    if trigger.lower_ != "under":
        return False
    verb = trigger.head
    if verb.lemma_.lower() not in _UNDERGO:
        return True  # 'was under fire for an hour': a state told, not the attack as it came
    preps = [c for c in verb.children if c.dep_ == "prep"] + [
        g for o in trigger.children for g in o.children if g.dep_ == "prep"]
    if any(p.lower_ in _CRITIC_REASONS for p in preps):
        return True
    sources = [o for p in preps if p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(o.lemma_.lower() in _CRITICS for o in sources) or any(
        s.lemma_.lower() in _CRITICISED_THINGS for s in subjects)


def non_lethal(trigger: Token) -> bool:
    """'tear gas shells', 'stun grenades': crowd-control gear, whose firing is a protest's
    intervention, not an explosion; the modifier may sit on a modifier ('tear' on 'gas')."""
    todo = [c for c in trigger.children if c.dep_ in {"compound", "amod"}]
    while todo:
        node = todo.pop()
        if node.lemma_.lower() in _NON_LETHAL or node.lower_ in _NON_LETHAL:
            return True
        todo += [c for c in node.children if c.dep_ in {"compound", "amod"}]
    return False


def taken_not_ground(trigger: Token) -> bool:
    """'took his nom de guerre from the port city': what the verb takes is its direct object; a
    name or an idea taken from a place leaves the place where it was (no territory event)."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in _NOT_GROUND or c.lower_ in _NOT_GROUND)
               for c in trigger.children)


def names_a_kind(trigger: Token) -> bool:
    """'a bomb disposal squad', 'post-rape kits', 'air raid sirens': a trigger inside a noun's
    modifiers says what kind of squad, kit or alarm it is; no bomb went off, no raid was flown."""
    node = climb(trigger, {"compound", "amod"})
    return node.i != trigger.i and (node.lemma_.lower() in _KIND_HEADS or node.lower_ in _KIND_HEADS)


def talks_only(sent: Span) -> bool:
    """'Negotiators resumed peace talks in Oslo', 'talks will focus on prisoners': the sentence's
    main clause is about negotiations, which ACLED codes only once an agreement is reached."""
    root = sent.root
    return any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.lemma_.lower() in _TALKS for c in root.children) \
        or root.lemma_.lower() in _TALKS


def disaster_story(mentions: list[Mention], hazards: set[int]) -> bool:
    """The article leads with a disaster: its first sentence of harm is a disaster's."""
    if not hazards:
        return False
    firm = [m.sent_start for m in mentions if not m.weak and m.type != _STRATEGIC and m.sent_start not in hazards]
    return min(hazards) < min(firm, default=min(hazards) + 1)


def in_disaster_story(mentions: list[Mention], hazards: set[int]) -> list[Mention]:
    """In a story about a flood or a quake, troops deployed, people evacuated and deaths with no
    armed doer are the disaster and its relief; only what an armed group does, or a crowd, stays."""
    if not disaster_story(mentions, hazards):
        return mentions

    def kept(m: Mention) -> bool:
        actors = [a.inter for a in (m.actor1, m.actor2) if a is not None]
        if m.type == _STRATEGIC:
            return any(i in _NON_STATE for i in actors)
        return m.type in {"Protests", "Riots"} or any(i in _ARMED_INTERS for i in actors)
    return [m for m in mentions if kept(m)]


def retold_hazards(mentions: list[Mention], hazards: set[int]) -> list[Mention]:
    """'A gas cylinder exploded in a shop. When the explosion occurred, ...': 'the explosion'
    after an accident, with no armed actor of its own, is that accident told again."""
    def retold(m: Mention) -> bool:
        return m.anaphoric and any(h < m.sent_start for h in hazards) and not any(
            a is not None and a.inter in _ARMED_INTERS for a in (m.actor1, m.actor2))
    return [m for m in mentions if not retold(m)]


def _claim_phrase(token: Token) -> bool:
    """'responsibility' itself, or a verb whose object it is ('takes credit for')."""
    return token.lemma_.lower() in _CLAIMED_FOR or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMED_FOR for c in token.children)


def claimed(trigger: Token) -> bool:
    """'claimed responsibility for a car bomb', 'took credit for the ambush', 'claimed the murder
    of a blogger': the event is the object of a claim."""
    node = trigger
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in _CLAIM_VERBS:  # or "the attack was claimed by"
            return True
        if node.dep_ == "pobj" and head.lower_ == "for" and _claim_phrase(head.head):
            return True
        node = head
    return False


def owned_up(trigger: Token) -> bool:
    """'the group said it had carried out the attack': a doer saying it did an event already told
    ('the attack') claims it; 'said it carried out an attack on Gao' still tells a new one."""
    head = trigger.head
    if trigger.dep_ != "dobj" or head.lemma_.lower() not in _OWNED_VERBS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in trigger.children):
        return False
    return any(a.lemma_.lower() in _SPEECH for a in head.ancestors)


def claim_sentence(triggers: list[Token]) -> bool:
    """A sentence that claims an event: what it adds (a toll, weapons seized) is the claimant's
    account of that event, not news of its own."""
    return any(claimed(t) or owned_up(t) for t in triggers)


def seized_goods(trigger: Token) -> bool:
    """'seized 40 kg of heroin', 'the seizure of fake currency notes', 'drugs were seized', 'killed
    six and weapons seized', 'seized three motorcycles', 'a crowd seized two men': a capture of
    goods, arms, vehicles or people is law enforcement, theft, an abduction or part of a fight,
    not territory changing hands. An armed side driven out ('forced the police out') is the
    place's loss, not a capture of people."""
    if expelled(trigger):
        return False
    taken = [c for c in trigger.children if (c.dep_ in _TAKEN_DEPS or _gapped_subject(trigger, c)) and not misread_to_phrase(c)]
    taken += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN":
        taken.append(trigger.head)  # 'drugs seized at the border'
    things = {t for c in taken for t in (c, *c.conjuncts)}
    things |= {g for t in list(things) for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"}  # '40 kilograms of heroin'
    return any(t.lemma_.lower() in _GOODS | _SPOILS | _PEOPLE or t.lower_ in _GOODS for t in things)


def _gapped_subject(verb: Token, child: Token) -> bool:
    """'six were killed and weapons seized': the subject of a verb with no auxiliary, conjoined to a
    passive, is what the gapped passive acts on."""
    return child.dep_ == "nsubj" and verb.dep_ == "conj" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) \
        and any(c.dep_ == "auxpass" for c in verb.head.children)
