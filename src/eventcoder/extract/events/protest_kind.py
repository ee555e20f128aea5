"""The protest sub-type (ACLED): a demonstration that turns violent is a violent demonstration;
police or troops acting on it make an intervention, and lethal force or serious injury makes
it excessive force.  Read from the protest's sentence and, for the policing, the sentence told
next in the paragraph."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.events.clause import counted, is_agentive, next_in_paragraph, subject
from eventcoder.extract.events.kinds import (
    EXCESSIVE_FORCE,
    PEACEFUL_PROTEST,
    PROTEST_WITH_INTERVENTION,
    VIOLENT_DEMONSTRATION,
)
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import span_lemmas

_RIOT_HINTS = words("riot_actions", "protester_act")
_RIOT_WORDS = words("riot_actions", "riot_word")
_PROPERTY_ACTS = words("riot_actions", "property_act")
_VIOLENCE_NOUNS = words("riot_actions", "violence_noun")
_FORCE_HINTS = words("protest_policing", "force_cue")
_LESS_LETHAL = words("protest_policing", "less_lethal")
_FORCE_VERBS = words("protest_policing", "force_verb")
_INTERVENTION_NOUNS = words("protest_policing", "intervention_noun")
_INTERVENTION_VERBS = words("protest_policing", "intervention_verb")
_POLICE_MEANS = words("protest_policing", "police_means")
_DEATH_VERBS = words("protest_policing", "death_verb")
_POLICE_WORDS = words("security_forces")
_RIOTING_SUBJECTS = words("crowd_words", "rioting_subject")
_UNARMED = words("crowd_words", "unarmed")
_BLOCKING = {"barricade", "block"}
"""Blocking a road is how many peaceful protests are held (ACLED), not violence."""
_PROTEST_SELF = words("crowd_words", "protester")
_EQUIPMENT_HEADS = words("non_event_heads", "protest")
_RECALLING = words("background_cues", "recalling_word")
_CONTRAST_MARKS = {"while", "whereas"}


def protest_sub_type(trigger: Token, sent: Span) -> tuple[str, str]:
    """The ACLED sub-type of a protest trigger in its sentence."""
    apart = _contrasted(sent, trigger)
    own = [t for t in sent if t.i not in apart]
    words = _protest_words(sent, trigger) - {t.lemma_.lower() for t in sent if t.i in apart}
    protesters_act = any(t.lemma_.lower() in _RIOT_HINTS and t.pos_ == "VERB" and _protester_subject(t)
                         for t in own)
    if protesters_act or words & _RIOT_WORDS or any(_destroyed(t) or _violence(t) for t in own):
        return VIOLENT_DEMONSTRATION
    policed = _policed(sent)
    after = next_in_paragraph(sent)
    if not (policed or words & _INTERVENTION_NOUNS) and after is not None and _policed(after, crowd_only=True):
        policed, words = True, words | _protest_words(after, trigger)  # 'Police fired tear gas to disperse them.'
    if words & _FORCE_HINTS and (policed or words & _INTERVENTION_NOUNS):
        return EXCESSIVE_FORCE
    if policed and after is not None and _crowd_harmed(after, sent):
        return EXCESSIVE_FORCE  # 'Police fired at the sit-in. One teacher was killed.'

    if policed or words & _INTERVENTION_NOUNS:
        return PROTEST_WITH_INTERVENTION
    return PEACEFUL_PROTEST


def _contrasted(sent: Span, trigger: Token) -> set[int]:
    """'farmers drove into Paris to protest, while a separate march in Nantes turned violent': a
    'while' / 'whereas' clause with its own subject tells another crowd; its violence is not this
    protest's (token indices of such clauses that do not hold the trigger)."""
    out: set[int] = set()
    for verb in sent:
        if verb.dep_ == "advcl" and subject(verb) is not None and any(
                c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in verb.children):
            ids = {t.i for t in verb.subtree}
            if trigger.i not in ids:
                out |= ids
    return out


_TYPING_WORDS = _RIOT_WORDS | _FORCE_HINTS | _INTERVENTION_NOUNS
"""The only lemmas a protest's sub-type reads: the checks below run on these words alone."""


def _protest_words(sent: Span, trigger: Token) -> set[str]:
    """Lemmas that can type a protest, minus negated words, crowd-control munitions and gear."""
    lemmas = span_lemmas(sent)
    return {t.lemma_.lower() for t in (sent.doc[sent.start + k] for k, lemma in enumerate(lemmas) if lemma in _TYPING_WORDS)
            if t.i != trigger.i and not _denied(t) and not _less_lethal(t)
            and not (t.dep_ in {"compound", "amod"} and t.head.lemma_.lower() in _EQUIPMENT_HEADS)
            and not _recalled(t)}


def _recalled(token: Token) -> bool:
    """'a vigil recalling the 60 people shot dead by police then': words under a verb or noun of
    remembering tell the past the crowd remembers, not what happened to the crowd."""
    return any(a.lemma_.lower() in _RECALLING for a in token.ancestors)


def _policed(sent: Span, *, crowd_only: bool = False) -> bool:
    """Police or troops act on the crowd: 'police dispersed them', 'troops opened fire'.  With
    ``crowd_only`` (a sentence told after the protest), acts on other people ('police arrested
    two gang members') are another story."""
    return any(t.lemma_.lower() in _INTERVENTION_VERBS | _FORCE_VERBS and _police_subject(t)
               and not (crowd_only and _acts_on_others(t)) and not _recalled(t) for t in sent)


def _crowd_harmed(after: Span, sent: Span) -> bool:
    """The next sentence tells one of the crowd killed, wounded or dead ('One teacher was killed by
    a bullet', 'three people died of gunshot wounds'): the harmed are named as the protest's own
    people, as protesters or as unarmed people, and no other doer is named, so the police's fire
    did it (ACLED: lethal force is excessive force)."""
    crowd = {t.lemma_.lower() for t in sent} | _PROTEST_SELF | _UNARMED
    for verb in (t for t in after if t.lemma_.lower() in _FORCE_VERBS and t.tag_ == "VBN"
                 or t.lemma_.lower() in _DEATH_VERBS and t.pos_ == "VERB"):
        harmed = [counted(c) for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}]
        doers = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if any(h is not None and h.lemma_.lower() in crowd for h in harmed) and all(
                d.lemma_.lower() in _POLICE_WORDS | _POLICE_MEANS for d in doers):
            return True
    return _bare_toll(after)


def _bare_toll(after: Span) -> bool:
    """'The ministry reported six dead', 'officials put the death toll at five': a count of dead
    with no doer of its own, told right after the police fired on the crowd, is that fire's toll."""
    if any(c.dep_ in {"agent", "nsubj"} and c.lemma_.lower() not in _POLICE_WORDS
           for t in after if t.lemma_.lower() in _FORCE_VERBS and t.pos_ == "VERB" for c in t.children):
        return False  # 'gunmen later killed two': another doer's deed
    for t in after:
        if t.lemma_.lower() in _FORCE_HINTS and t.pos_ in {"ADJ", "NOUN"} and (
                any(c.dep_ == "nummod" for c in t.children) or t.head.lemma_.lower() == "toll"):
            return True
    return False


def _acts_on_others(verb: Token) -> bool:
    """The verb's object names people who are not the crowd ('arrested three suspects')."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    return any(is_agentive(o) and o.pos_ != "PRON" and o.lemma_.lower() not in _UNARMED | _PROTEST_SELF
               for o in objs)


def _less_lethal(token: Token) -> bool:
    """'rubber bullets': crowd control, not the lethal force ACLED calls excessive."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in _LESS_LETHAL for c in token.children)


def force_cued(sent: Span) -> bool:
    """The sentence tells lethal force or injury ('killing two'), rubber bullets aside."""
    return bool({t.lemma_.lower() for t in sent if not _less_lethal(t)} & _FORCE_HINTS)


def _denied(token: Token) -> bool:
    """'non-violent', 'nonviolent': the word says the opposite."""
    before = token.doc[token.i - 2:token.i] if token.i >= 2 else token.doc[:token.i]
    return token.lower_.startswith("non") or any(t.lower_ in {"non", "non-"} for t in before)


def _destroyed(token: Token) -> bool:
    """'with banks set ablaze', 'shops were looted': property destroyed at a protest with no other
    doer named is the protesters' doing."""
    if token.lemma_.lower() not in _PROPERTY_ACTS or any(c.dep_ == "agent" for c in token.children):
        return False
    if token.lemma_.lower() not in _RIOT_HINTS and any(c.dep_ == "prt" for c in token.children):
        return False  # 'the march set off from the university': a phrasal verb, not 'set ablaze'
    if token.tag_ == "VBN":  # 'shops were looted', 'smashed windows'
        return True
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subj is not None and not is_agentive(subj)  # 'banks set ablaze' read as an active verb


def _violence(token: Token) -> bool:
    """'violence boiling over', 'turned to violence', but not 'protest against police violence'."""
    if token.lemma_.lower() not in _VIOLENCE_NOUNS:
        return False
    if token.head.dep_ == "prep" and token.head.lower_ in {"against", "over", "about", "at"}:
        return False
    return not any(c.lemma_.lower() in _POLICE_WORDS | {"sexual", "domestic", "gender"} for c in token.children)


def _police_subject(token: Token) -> bool:
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head  # 'opened fire': fire -> opened
    subj = subject(verb) or next((c for p in verb.children if p.dep_ == "agent" for c in p.children), None)
    return subj is not None and any(t.lemma_.lower() in _POLICE_WORDS for t in subj.subtree)


def _protester_subject(verb: Token) -> bool:
    """The act's doers are the demonstrators: a crowd word, or an unarmed group ('students threw
    stones at police during a march') doing more than blocking a road."""
    subj = counted(subject(verb))
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    return lemma in _RIOTING_SUBJECTS or lemma in _UNARMED and verb.lemma_.lower() not in _BLOCKING
