"""Who did what to whom: agent and patient phrases of a trigger and the actors they name; the
sub-type rules that read those sides live in ``sub_kinds``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.actors.dictionary import ActorDictionary, resolve_actor
from eventcoder.extract.events.actor_phrases import named_group, unlisted
from eventcoder.extract.events.actor_phrases import sentence_actor as sentence_actor  # re-exported
from eventcoder.extract.events.actor_phrases import sentence_noun_chunks as sentence_noun_chunks
from eventcoder.extract.events.clause import children as _children
from eventcoder.extract.events.clause import counted, is_agentive, misread_to_object, same_line
from eventcoder.extract.events.clause import subject as _subject
from eventcoder.extract.events.entries import leaving_side
from eventcoder.extract.events.victims import own_words
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import doc_forms
from eventcoder.model import Actor

_NP_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "case", "quantmod"}
"""Dependencies that make up a noun phrase's left side: grammar, not vocabulary, so kept here."""
_SUPPORT_VERBS = words("support_verbs")
_ACCUSING = words("speech_verbs", "accusation")
_UNDERGO = words("actor_cues", "undergo")
_CIVILIAN_WORDS = words("people_nouns", "civilian")
_FORMER = words("former_status")
_VICTIM_NOUNS = words("people_nouns", "victim")
_ARMED_WORDS = words("people_nouns", "armed")
_LOSING_VERBS = words("losing_verbs")
_HARM_VERBS = words("harm_verbs")
_FIGHT_WITH = words("actor_cues", "fight_with")
"""'fought with soldiers', 'clashes with militants': the 'with' phrase is the other side."""
_NOT_ACTOR_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}
"""Named-entity labels of numbers and times: such a token in a role slot is never who acted."""


def noun_phrase(token: Token) -> str:
    """The token with its left modifiers: 'Assad regime forces', 'Syrian soldiers'."""
    left = token
    for child in token.lefts:
        if child.dep_ in _NP_DEPS and same_line(child.left_edge, token):
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    right = token
    for child in token.rights:
        if child.dep_ in {"compound", "flat"} or (child.dep_ == "prep" and child.lower_ == "of"
                                                  and token.lemma_.lower() in {"member", "group"}):
            right = max(right, child.right_edge, key=lambda t: t.i)
    return token.doc[left.i:right.i + 1].text


def _first(tokens: list[Token]) -> Token | None:
    return tokens[0] if tokens else None


def _prep_objects(token: Token, preps: set[str]) -> list[Token]:
    out: list[Token] = []
    for prep in token.children:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in preps:
            out.extend(_children(prep, "pobj"))
    return out


def verb_roles(verb: Token) -> tuple[Token | None, Token | None]:
    """Agent and patient of a verb trigger, active or passive ('lost to X': X is the agent)."""
    if verb.lemma_.lower() in _LOSING_VERBS:
        misread = misread_to_object(verb)
        winner = _prep_objects(verb, {"to"}) or _hands_of(verb) or ([misread] if misread is not None else [])
        if winner:
            loser = [t for t in _children(verb, "nsubj", "nsubjpass") if _side_not_place(t)]
            return winner[0], (loser[0] if loser else None)
    agent = _first(_prep_objects(verb, {"by"}))
    passive = _children(verb, "nsubjpass")
    if passive or verb.tag_ == "VBN" and agent is not None:
        patient = passive[0] if passive else (verb.head if verb.dep_ == "acl" else None)
        return agent, patient
    targets = [t for t in _prep_objects(verb, _target_preps(verb)) if t.ent_type_ not in _NOT_ACTOR_ENTITIES]
    patient = _first(_children(verb, "dobj") or targets)
    if patient is not None and targets and patient.dep_ == "dobj" and not is_agentive(patient) \
            and patient.lemma_.lower() not in _VICTIM_NOUNS:  # 'shot a civil servant at a checkpoint'
        patient = targets[0]  # 'opened fire on militants': the fire is the means, the militants the target
    return _subject(verb), patient


def _side_not_place(token: Token) -> bool:
    """'Lascahobas fell to the gangs': what 'falls' is the place lost, never a side (the parser
    often tags an unknown town as an organisation); 'the army lost to the rebels' names a side."""
    if token.head.lemma_.lower() == "fall" or token.ent_type_ in {"GPE", "LOC", "FAC"}:
        return False
    return token.ent_type_ in {"ORG", "NORP", "PERSON"} or is_agentive(token)


def _hands_of(verb: Token) -> list[Token]:
    """'fell into the hands of the gangs': the owner of the hands is the winner."""
    return [o for hands in _prep_objects(verb, {"into"}) if hands.lemma_.lower() == "hand"
            for o in _prep_objects(hands, {"of"})]


def _target_preps(trigger: Token) -> set[str]:
    """Prepositions whose object is the side acted on; 'with' only after a verb or noun of fighting
    ('clashed with the army'), where it is the foe, not the means ('attacked with rifles')."""
    preps = {"on", "against", "at"}
    return preps | {"with"} if trigger.lemma_.lower() in _FIGHT_WITH else preps


def noun_roles(noun: Token) -> tuple[Token | None, Token | None]:
    """Agent and patient of a nominal trigger ('RSF shelling of El Fasher', 'talks between A and B')."""
    between = _prep_objects(noun, {"between"})
    if between:
        conj = [c for c in between[0].conjuncts]
        return between[0], (conj[-1] if conj else None)
    if noun.dep_ == "nsubj" and _prep_objects(noun.head, {"between"}):  # 'fighting erupted between A and B'
        first = _prep_objects(noun.head, {"between"})[0]
        return first, (first.conjuncts[-1] if first.conjuncts else None)
    agent = _first(_prep_objects(noun, {"by"}) or _children(noun, "poss") or _done_by(noun))
    if agent is None:
        agent = next((c for c in noun.lefts if (c.dep_ == "compound" and c.pos_ == "PROPN")
                      or (c.dep_ == "amod" and c.ent_type_ == "NORP")), None)
    patient = _first(_prep_objects(noun, _target_preps(noun) - {"at"} | {"of", "targeting"}))
    slot = _quantity_head(noun)
    if agent is None and slot.dep_ in {"dobj", "pobj"}:
        verb = slot.head if slot.dep_ == "dobj" else slot.head.head
        if verb.lemma_.lower() in _ACCUSING:
            agent = None  # 'sources attributed the strike to X': who blames is no doer
        elif verb.lemma_.lower() in _SUPPORT_VERBS or verb.pos_ == "VERB" and slot.dep_ == "dobj":
            agent = _subject(verb)
        else:
            agent = _late_by_agent(verb, noun)
    if noun.dep_ in {"nsubj"} and patient is None:
        patient = _first(_children(noun.head, "dobj"))
    return agent, patient


def _done_by(noun: Token) -> list[Token]:
    """'a shell fired by Houthi forces', 'an attack carried out by JNIM': the doer of the
    participle describing the noun."""
    return [o for acl in _children(noun, "acl") if acl.tag_ == "VBN" for o in _prep_objects(acl, {"by"})]


def _quantity_head(noun: Token) -> Token:
    """'fired a number of missiles', 'dozens of shells': the counting noun holds the verb slot."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in {"NOUN", "NUM"} and head.head.i < noun.i:
        return head.head
    return noun


def _late_by_agent(verb: Token, noun: Token) -> Token | None:
    """'suffered losses in raids by the army's helicopters': the parser hangs the noun's 'by'
    phrase on a word above it (the verb, or the noun the trigger's phrase modifies); a 'by'
    after the noun, below the clause's verb, names who carried the raids out."""
    for node in (verb, *verb.ancestors):
        for by in node.children:
            if by.dep_ in {"prep", "agent"} and by.lower_ == "by" and by.i > noun.i:
                return _first([c for c in by.children if c.dep_ == "pobj"])
        if node.pos_ in {"VERB", "AUX"}:
            return None
    return None


def roles(trigger: Token) -> tuple[Token | None, Token | None]:
    """Agent and patient of a trigger; a gerund heading a noun phrase ('Fighting between A and B
    broke out') is read as the noun it is, whatever tag the parser gave it."""
    if trigger.pos_ in {"VERB", "AUX"} and not (trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.tag_ == "VBG"):
        agent, patient = verb_roles(trigger)
    else:
        agent, patient = noun_roles(trigger)
    if agent is not None and not same_line(agent, trigger):
        agent = _line_subject(trigger)
    patient = leaving_side(trigger) or patient  # 'entered X after the army withdrew': the army lost X
    undergoer = _undergoer(trigger)
    if undergoer is not None:  # 'Kherson came under Russian shelling': Kherson was shelled
        if agent is None or agent.i == undergoer.i:
            agent = _inflicter(undergoer.head, trigger)
        if patient is None or agent is not None and patient.i == agent.i:
            patient = undergoer
    return agent, (patient if patient is None or same_line(patient, trigger) else None)


def _undergoer(trigger: Token) -> Token | None:
    """The subject of 'came under (fire, shelling, attack)' near the trigger: what suffered it."""
    for node in (trigger, trigger.head, trigger.head.head):
        if node.lemma_.lower() in _UNDERGO and any(c.dep_ == "prep" and c.lower_ == "under" for c in node.children):
            return next((c for c in node.children if c.dep_ == "nsubj"), None)
    return None


def _inflicter(verb: Token, trigger: Token) -> Token | None:
    """Who inflicted what was undergone: 'came under attack by JNIM', 'under Russian shelling',
    'came under fire from ELN members' (the 'from' of the fire is who fired it)."""
    found = _prep_objects(verb, {"by", "from"}) + _prep_objects(trigger, {"by", "from"}) + [
        o for o in _prep_objects(verb, {"under"}) if o.i != trigger.i and o.ent_type_ in {"NORP", "ORG"}]
    found += [c for c in trigger.children if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "ORG"}]
    return found[0] if found else None


def _line_subject(trigger: Token) -> Token | None:
    """A heading ('KEY POINTS') the parser hung on the next line's verb is no argument of it; the
    doer is then the noun of the trigger's own line, before it, that the parser attached across
    the line break ('HEADLINE ... MOGADISHU - Al-Shabaab militants attacked a base')."""
    doc, start = trigger.doc, trigger.i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    loose = [t for t in doc[start:trigger.i] if t.pos_ in {"NOUN", "PROPN"} and not same_line(t, t.head)]
    return loose[-1] if loose else None


def casualty_patient(sent: Span) -> Token | None:
    """'..., killing 2 Houthi fighters': the people hit, when the trigger's own object is a thing."""
    lemmas = doc_forms(sent.doc).lemma  # a Token only for the harm verbs
    for token in (sent.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in _HARM_VERBS):
        if token.pos_ == "VERB":
            obj = _children(token, "dobj", "nsubjpass")
            if obj:
                return obj[0]
    return None


_OWNER_PRONOUNS = {"its", "their"}


def actor_for(token: Token | None, dictionary: ActorDictionary, country: str | None) -> Actor | None:
    """Resolve a role token to an actor; pronouns, numbers, dates and things give nothing, but
    'hundreds of students' are the students."""
    token = counted(token)
    if token is None or token.pos_ in {"PRON", "NUM"} or token.lower_ in {"that", "which", "who"}:
        return None
    if token.ent_type_ in _NOT_ACTOR_ENTITIES:
        return None  # 'set fire to an office on Monday': a weekday is never an actor
    owned = _whose(token)
    if owned is not None:  # 'whose troops': resolved through the owner, mentioned as written
        actor = resolve_actor(owned, dictionary, country=country)
        if actor is not None and actor.inter is not None:
            return actor.model_copy(update={"mention": noun_phrase(token)})
    phrase = noun_phrase(token)
    if is_agentive(token) and any(c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in token.children):
        return None  # 'its troops': whose they are is told before (the antecedent), not by 'troops'
    if token.pos_ == "ADJ" and token.ent_type_ == "NORP":
        phrase = f"{phrase} military"
    actor = resolve_actor(phrase, dictionary, country=country)
    if token.ent_type_ == "NORP" and token.tag_ == "NNP" and (actor is None or actor.inter is None):
        actor = resolve_actor(f"{phrase} military", dictionary, country=country) or actor  # 'under Russian shelling'
    if actor is not None and actor.inter is None:  # 'fighters of the X movement': X, if listed by name
        group = named_group(token, actor, dictionary, country)
        return group if group is not None and "(" not in group.name else unlisted(
            token, phrase, is_agentive(token), dictionary, country)
    if actor is not None and "(" in actor.name:
        return named_group(token, actor, dictionary, country) or actor
    return actor


def is_civilian(actor: Actor | None, token: Token | None) -> bool | None:
    """True for civilian targets, False for armed ones, None when unknown."""
    if token is not None and no_longer_armed(token):
        return True  # 'two former soldiers': whoever they served, they are civilians now
    if actor is not None and actor.inter is not None:
        return actor.inter in {6, 7}
    if token is not None:
        words = own_words(token)
        if words & _ARMED_WORDS:
            return False
        if words & _CIVILIAN_WORDS:
            return True
    return None


def no_longer_armed(token: Token) -> bool:
    """'two former army soldiers', 'a retired policeman', 'ex-rebels': a modifier says the person
    has left the armed side."""
    mods = [c for c in token.children if c.dep_ in {"amod", "compound", "nmod"}]
    return any(m.lemma_.lower() in _FORMER or m.lower_ in _FORMER for m in mods) or token.lower_.startswith("ex-")


def armed_target(patient: Token | None) -> bool:
    """ACLED: an attack on a base, checkpoint or patrol is a battle whoever else dies in it, so such
    a target is not traded for the people counted as killed."""
    return patient is not None and is_civilian(None, patient) is False



def _whose(token: Token) -> str | None:
    """'Burundi, whose troops fought ...': the troops of the noun the relative clause hangs on."""
    if not any(c.lower_ == "whose" for c in token.children):
        return None
    node = token
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    return f"{noun_phrase(node.head)} {token.text}" if node.dep_ == "relcl" else None
