"""Who did it, when the text names the doer indirectly: pronouns and 'the group' resolved to an
actor named before, the claimant of an attack, the side a source speaks for, and allies that
are never each other's foe.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.actors.dictionary import ActorDictionary, resolve_actor
from eventcoder.extract.events.roles import sentence_noun_chunks
from eventcoder.extract.lexicons import words
from eventcoder.model import Actor

_BACK_PRONOUNS = words("back_references", "pronoun")
_PERSON_PRONOUNS = words("back_references", "person")
_GROUP_NOUNS = words("back_references", "group_noun")
_SAME = words("back_references", "same")
_SPEECH = words("speech_verbs", "event_source")
_CLAIM_VERBS = words("back_references", "claim")
_KNOWN = {1, 2, 3, 4, 8}


def refers_back(token: Token) -> bool:
    """'they', 'its forces', 'the group', 'the same group': a doer named earlier, not here."""
    if token.lower_ in _BACK_PRONOUNS:
        return True
    if any(c.dep_ == "poss" and c.lower_ in _BACK_PRONOUNS for c in token.children):
        return True
    return (token.lemma_.lower() in _GROUP_NOUNS and token.ent_type_ == ""
            and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children)
            and not any(c.dep_ in {"compound", "amod"} and c.lower_ not in _SAME for c in token.children))


def claimant(trigger: Token) -> Token | None:
    """'JNIM claimed responsibility for the blast', 'JNIM claimed the attack', 'the attack was
    claimed by JNIM': the claimant is the attack's doer (ACLED codes a claimed attack to it)."""
    verb = trigger.head
    if trigger.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lemma_.lower() == "responsibility":
        verb = verb.head.head
    elif trigger.dep_ not in {"dobj", "nsubjpass"}:
        return None
    if verb.lemma_.lower() not in _CLAIM_VERBS:
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    subj += [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    return subj[0] if subj else None


def speaker_side(token: Token) -> Token | None:
    """'Troops said they had repelled an attack': 'they' is the speaking side."""
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in _SPEECH:
            subj = [c for c in node.children if c.dep_ == "nsubj" and c.i != token.i]
            return subj[0] if subj else None
    return None


def antecedent(token: Token, sent: Span, dictionary: ActorDictionary, country: str | None,
               previous: Actor | None) -> Actor | None:
    """The actor a pronoun or 'the group' stands for: the speaking side, else the nearest known
    armed actor named before it in the sentence, else the last one named in the article (not
    for 'he' or 'she': one person is not a group told before)."""
    side = speaker_side(token)
    if side is not None and side.pos_ != "PRON":
        actor = resolve_actor(_phrase(side), dictionary, country=country)
        if actor is not None and actor.inter in _KNOWN:
            return actor
    for chunk in reversed(sentence_noun_chunks(sent)):
        if chunk.end > token.i or chunk.root.pos_ == "PRON":
            continue
        actor = resolve_actor(chunk.text, dictionary, country=country)
        if actor is not None and actor.inter in _KNOWN:
            return actor
    return None if token.lower_ in _PERSON_PRONOUNS else previous  # 'he stepped on a mine': a person


def _phrase(token: Token) -> str:
    return token.doc[token.left_edge.i:token.i + 1].text


def allies(actor1: Actor | None, actor2: Actor | None) -> bool:
    """Two state forces of one country (police and army) act together; they are never foes."""
    return (actor1 is not None and actor2 is not None and actor1.inter == 1 and actor2.inter == 1
            and actor1.country_code is not None and actor1.country_code == actor2.country_code)
