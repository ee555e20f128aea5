"""How sure the text is that a trigger reports a real event: asserted, alleged, planned, denied,
or not an event at all (negated, hypothetical, feared, called for).

The decision reads the dependency path from the trigger up to the sentence root, so that
"evacuations would begin" is planned while "fear of being executed" is no event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventcoder.extract.events.debunked import debunks, inside_false_account
from eventcoder.extract.events.entries import uncontrolled_entry
from eventcoder.extract.events.merge import Mention
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import doc_forms, doc_table, span_lemmas

_HYPOTHETICAL_MODALS = words("modality_cues", "hypothetical_modal")
_FUTURE_MODALS = words("modality_cues", "future_modal")
_DROP_GOVERNORS = words("modality_cues", "drop_governor")
_PLANNED_GOVERNORS = words("modality_cues", "planned_governor")
_ALLEGED_GOVERNORS = words("modality_cues", "alleged_governor")
_REPORT_NOUNS = words("modality_cues", "report_noun")
_DENIAL_GOVERNORS = words("modality_cues", "denial_governor")
_HEARSAY_NOUNS = words("modality_cues", "hearsay_noun")
_DURATION_NOUNS = words("modality_cues", "duration_noun")
_EVALUATIVE_GOVERNORS = words("modality_cues", "evaluative_governor")
_CONDITIONAL_MARKS = words("modality_cues", "conditional_mark")
_ATTEMPT_GOVERNORS = words("modality_cues", "attempt_governor")
_NOBODY = words("modality_cues", "negative_quantifier")
_COPULAS = words("modality_cues", "linking_verb")
_SCENE_NOUNS = words("modality_cues", "scene_noun")
_CAMPAIGN_NOUNS = words("modality_cues", "campaign_noun")
_TERMS_GOVERNORS = words("modality_cues", "terms_governor")
_DISARMING = words("modality_cues", "disarming_verb")
_CONFIRMING = words("modality_cues", "confirming_verb")
_PROTEST_WORDS = words("demonstration_words")
_PROTEST_PROPS = words("modality_cues", "protest_prop")
_FIRE_NOUNS = words("modality_cues", "fire_noun")
_DEFAULT_CERTAINTY = "asserted"


@dataclass(frozen=True)
class Modality:
    """The outcome for one trigger: None certainty means 'no event'."""

    certainty: str | None
    weak: bool = False
    reason: str = ""


def _path(trigger: Token) -> list[Token]:
    """The trigger and its ancestors up to the sentence root."""
    path = [trigger]
    while path[-1].head.i != path[-1].i and len(path) < 12:
        path.append(path[-1].head)
    return path


def _local(trigger: Token) -> list[Token]:
    """The trigger and its ancestors up to the first verb (its own clause)."""
    local = [trigger]
    for token in _path(trigger)[1:]:
        local.append(token)
        if token.pos_ in {"VERB", "AUX"}:
            break
    return local


def _is_negated(trigger: Token) -> bool:
    # 'handed over the town without fighting': a 'without' phrase under the trigger negates the
    # other thing, not the trigger; 'no attack' and 'without an attack' (trigger as object) do
    if any(c.lower_ in {"no", "without"} and c.dep_ in {"det", "neg"} for c in trigger.children):
        return True
    if trigger.head.lower_ in {"without", "no"}:
        return True
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in trigger.head.head.children):
        return True  # 'no sign of an explosion', 'no evidence of an attack'
    for token in _local(trigger):
        if any(c.dep_ == "neg" for c in token.children) and not _past_semicolon(trigger, token):
            return True
    # 'no one was detained'; but 'no one survived the attack': the subject of another verb;
    # 'nobody had been hurt or detained': the subject of the first verb is the second's too
    heads = [trigger, trigger.head] if trigger.dep_ == "conj" and trigger.pos_ == "VERB" else [trigger]
    return any(nobody(c) for t in heads for c in t.children if c.dep_ in {"nsubj", "nsubjpass"})


def _past_semicolon(trigger: Token, head: Token) -> bool:
    """'police detained two priests; their whereabouts were not disclosed': a semicolon between the
    trigger and a negated head starts a clause of its own, whatever the parser hung on it."""
    lo, hi = sorted((trigger.i, head.i))
    return head.i != trigger.i and any(t.text == ";" for t in trigger.doc[lo:hi])


def confirmed_lower(trigger: Token) -> bool:
    """'the group claimed forty soldiers died; officials confirmed only three deaths': a claimed
    figure beside a lower one that others 'confirmed only' is a disputed toll of the event the
    confirmation counts, not an event of its own (it may only join that event)."""
    sent, doc = trigger.sent, trigger.doc
    confirming = (doc[sent.start + k] for k, lemma in enumerate(span_lemmas(sent)) if lemma in _CONFIRMING)
    return any(t.i != trigger.i and any(d.lower_ == "only" for d in t.subtree) for t in confirming)


def nobody(token: Token) -> bool:
    """'no one was detained', 'nobody was hurt', 'no group has claimed it': a subject that names
    no one negates its verb, and is no actor."""
    if token.lower_ in _NOBODY:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _aux_lemmas(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}


def _modal_certainty(path: list[Token]) -> str | None:
    """'dropped' for could/might/if, 'planned' for will/would/to-be-done, else None."""
    for token in path[:4]:
        auxes = _aux_lemmas(token)
        if auxes & _HYPOTHETICAL_MODALS:
            return "dropped"
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in token.children):
            return "dropped"
        if auxes & _FUTURE_MODALS and _conditioned(token):
            return "dropped"  # 'would attack the town if the army stayed': a threat, not a plan
        if auxes & _FUTURE_MODALS:
            return "planned"
        if "to" in auxes and "be" in auxes and token.tag_ == "VBN":
            return "planned"
        if "to" in auxes and token.dep_ == "xcomp" and token.head.lemma_.lower() == "be":
            return _bound_to(token.head)
    return None


def _bound_to(be: Token) -> str:
    """'troops are to withdraw by Friday': a plan; 'troops were to withdraw under the truce':
    what a past deal bound them to do, told as not done or not known, so no event at all."""
    return "dropped" if be.tag_ == "VBD" else "planned"


def _conditioned(token: Token) -> bool:
    """A clause of the token's own marked by 'if' / 'unless': what it says hangs on a condition."""
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITIONAL_MARKS for g in c.children)
               for c in token.children)


def _governor_certainty(path: list[Token]) -> str | None:
    """The nearest governor that qualifies the event; a rumoured or denied plan is no event."""
    flags = [f for f in (_classify(t, path) for t in path[1:] if not _after_semicolon(path[0], t)) if f]
    if "dropped" in flags or ("planned" in flags and {"alleged", "denied"} & set(flags)):
        return "dropped"
    if _denied_hearsay(path):
        return "dropped"
    return flags[0] if flags else None


def _after_semicolon(trigger: Token, governor: Token) -> bool:
    """'A trader was kidnapped ...; the gang demanded a ransom': a demand (or fear, refusal) after a
    semicolon with an object of its own is a sentence of its own, though the parser hangs the
    first clause on its verb; it makes nothing before it unrealised."""
    if governor.lemma_.lower() not in _DROP_GOVERNORS or not any(
            c.dep_ == "dobj" and c.pos_ != "PRON" for c in governor.children):
        return False  # '...; police called it an accident': 'it' is what came before
    return any(c.lower_ == ";" and trigger.i < c.i < governor.i for c in governor.children)


def _denied_hearsay(path: list[Token]) -> bool:
    """'denied reports that a post had been overrun': the event is told only as hearsay (the
    noun on the path, or the denial's object beside the clause) and the one party that speaks
    denies it, so nobody asserts it."""
    seen_hearsay = False
    for token in path[1:]:
        if token.pos_ == "NOUN" and token.lemma_.lower() in _HEARSAY_NOUNS:
            seen_hearsay = True
        elif token.lemma_.lower() in _DENIAL_GOVERNORS:
            return seen_hearsay or any(c.dep_ == "dobj" and c.lemma_.lower() in _HEARSAY_NOUNS for c in token.children)
    return False


def _classify(token: Token, path: list[Token]) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in _DROP_GOVERNORS and not _beside_governor(token, path):
        return "dropped"
    if lemma in _DENIAL_GOVERNORS:
        return "denied"
    if lemma in _TERMS_GOVERNORS and _under_object(token, path):
        return "dropped"  # 'the deal stipulates the withdrawal of armed vehicles': a term, not an act
    if lemma in _ALLEGED_GOVERNORS or (lemma in _REPORT_NOUNS and token.pos_ == "NOUN"):
        return "alleged"
    if lemma in _PLANNED_GOVERNORS and token.i != path[0].i and _infinitive_child(token, path) \
            and not _set_off(token, path):
        return "planned"
    return None


def _beside_governor(governor: Token, path: list[Token]) -> bool:
    """'Demonstrators opposed to the reform hurled stones': the path reaches the governor through
    its subject or an adverbial clause, so the trigger is who opposed or what they did besides,
    not what was opposed; 'opposed to' (an adjective with its 'to' phrase) takes no clause."""
    below = [t for t in path if t.head.i == governor.i and t.i != governor.i]
    adjective = any(c.dep_ == "prep" and c.lower_ == "to" for c in governor.children)
    if not below or below[0].i != path[0].i:  # 'the party whose leader was detained called for': a
        return False  # clause inside the subject is background the governor's story retells
    return below[0].dep_ in {"nsubj", "advcl"} or adjective and below[0].dep_ == "ccomp"


def _under_object(governor: Token, path: list[Token]) -> bool:
    """The path reaches the governor through its object or complement, not its subject."""
    below = [t for t in path if t.head.i == governor.i and t.i != governor.i]
    return bool(below) and below[0].dep_ in {"dobj", "prep", "ccomp", "xcomp", "attr"}


def _set_off(governor: Token, path: list[Token]) -> bool:
    """'militants set off a car bomb': a phrasal verb whose object is the trigger itself tells a
    detonation done, not planned ('setting off hours of fighting' is left to the rules of causes)."""
    if not any(c.dep_ == "prt" for c in governor.children):
        return False
    upto = path[:path.index(governor)] if governor in path else []
    return bool(upto) and all(t.dep_ in {"compound", "amod", "nmod"} for t in upto[:-1])


def _infinitive_child(governor: Token, path: list[Token]) -> bool:
    """'plans to attack', 'expected to be evacuated', 'planning an offensive', and the subject of a
    passive plan: 'a march is planned for next week', 'strikes are expected'."""
    for token in path:
        if token.head.i == governor.i and token.i != governor.i:
            return token.dep_ in {"dobj", "nsubjpass"} or any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)
    return False


def _is_weak(trigger: Token, path: list[Token]) -> bool:
    """Background or evaluative mentions: they may support an event but never create one."""
    if trigger.dep_ in {"csubj", "csubjpass"}:
        return not _causes_a_past_act(trigger)
    first = trigger
    while first.dep_ == "conj" and first.head.i != first.i:  # 'months of siege and bombardment'
        first = first.head
    head = first.head
    if first.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _DURATION_NOUNS:
        return True
    if first.dep_ == "pobj" and head.lower_ in {"under", "amid", "despite", "like"} and not _came_under(head, first):
        return True
    if first.dep_ == "pobj" and head.lower_ == "against" and _protest_word(head.head):
        return True  # 'banners against the air strikes': what a protest opposes, told as its cause
    if first.dep_ in {"compound", "amod"} and first.head.lemma_.lower() in _SCENE_NOUNS:
        return True  # 'men travelling to the fighting zone': a place, not an act
    if _campaign_goal(trigger):
        return True
    return any(t.lemma_.lower() in _EVALUATIVE_GOVERNORS and not _coordinated(path, t) and not _told_before(path, t)
               for t in path[1:3])


def _came_under(prep: Token, trigger: Token) -> bool:
    """'the town came under artillery fire': what a place or unit came under is what hit it, when
    it is fire of a weapon; 'came under attack' stays weak (it is also said of criticism, and
    names no weapon)."""
    return prep.lower_ == "under" and prep.head.lemma_.lower() == "come" and trigger.lemma_.lower() in _FIRE_NOUNS


def _told_before(path: list[Token], governor: Token) -> bool:
    """'The rally ended without incident', 'demonstrators gathered ...; the rally ended': the
    event is the governor's subject, or a clause told before it, not what it ended or judged."""
    below = [t for t in path if t.head.i == governor.i and t.i != governor.i]
    return bool(below) and (below[0].dep_ == "nsubj" or below[0].dep_ == "ccomp" and below[0].i < governor.i)


def _coordinated(path: list[Token], governor: Token) -> bool:
    """'stopped a bus and shot dead seven': a verb joined to the governor by 'and' (through a
    list of verbs) is a second act of the same doers, not an act the governor judges or halts."""
    links = path[:path.index(governor) + 1]
    if governor.pos_ != "VERB" or not any(t.dep_ == "conj" for t in links[:-1]):
        return False
    return all(t.pos_ == "VERB" and t.dep_ in {"conj", "dep"} for t in links[:-1])  # 'stopped ..., ordered ... and shot'


def _campaign_goal(trigger: Token) -> bool:
    """'who led the long campaign to take the city': the goal of a campaign, with no day of its
    own, is the campaign's story, not one event."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    head = trigger.head
    near = [head] + [c for c in head.children if c.dep_ == "dobj"]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _CAMPAIGN_NOUNS for t in near)


def _protest_word(token: Token) -> bool:
    """'a march against', 'banners against', 'protesting against': the phrase a protest opposes."""
    lemma = token.lemma_.lower()
    return lemma in _PROTEST_WORDS or lemma in _PROTEST_PROPS


def _causes_a_past_act(trigger: Token) -> bool:
    """'Shelling in Kherson killed three' reports what the shelling did; 'Shelling homes is a
    crime' judges it: a gerund subject is an event only under a past-tense verb of action."""
    head = trigger.head
    return head.tag_ == "VBD" and head.lemma_.lower() not in _COPULAS


def attempted(trigger: Token) -> bool:
    """'tried to seize the town', 'an offensive to capture it': an infinitive under an effort or
    an assault names what was fought for, not what was won."""
    return (trigger.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
            and trigger.head.lemma_.lower() in _ATTEMPT_GOVERNORS)


def disarmed(trigger: Token) -> bool:
    """'troops found and deactivated six explosive devices': a bomb made safe before it went off is
    a disrupted weapons use (ACLED), not an explosion."""
    if trigger.dep_ not in {"dobj", "nsubjpass"}:
        return False
    verb = trigger.head
    verbs = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(v.lemma_.lower() in _DISARMING for v in verbs)


def assess(trigger: Token) -> Modality:
    """Certainty and weakness of one trigger token."""
    if _is_negated(trigger):
        return Modality(None, reason="negated")
    if uncontrolled_entry(trigger):  # 'entered a village and shot four': the scene, not a takeover
        return Modality(None, reason="entry")
    path = _path(trigger)
    if inside_false_account(path):  # 'rumours of a second fight are false'
        return Modality(None, reason="debunked")
    weak = _is_weak(trigger, path)
    advs = {c.lower_ for t in path[:2] for c in t.children if c.dep_ == "advmod"}
    modal = _modal_certainty(path)
    if modal == "dropped":
        return Modality(None, reason="hypothetical")
    governed = _governor_certainty(path)
    if governed == "dropped":
        return Modality(None, reason="hypothetical")
    if modal == "planned" and governed == "alleged":
        return Modality(None, reason="hypothetical")  # a plan told beside an accusation: no event
    if "allegedly" in advs or governed == "alleged":
        return Modality("alleged", weak or confirmed_lower(trigger))
    if governed == "denied":
        return Modality("denied", weak)
    if modal == "planned" or governed == "planned":
        return Modality("planned", weak)
    return Modality(_DEFAULT_CERTAINTY, weak)


# a protest only announced, beside protests or fights that did happen, is the story's outlook too
_VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests"}


def plans_beside_news(mentions: list[Mention]) -> list[Mention]:
    """'a plan to retake the towns is being prepared', 'would send more vigilantes': ACLED codes
    what happened, so violence only planned, told beside events that did happen, is the article's
    outlook; an article that tells nothing but a plan (a plot foiled) keeps it."""
    if not any(m.certainty != "planned" and not m.weak for m in mentions):
        return mentions
    return [m for m in mentions if m.certainty != "planned" or m.type not in _VIOLENT_TYPES]


def refuted(mentions: list[Mention], sentences: list[Span]) -> list[Mention]:
    """'posts alleged that gunmen abducted 40 pupils ... No pupil was abducted, police said': an
    event told only as an allegation whose own word the article negates elsewhere ('no pupil was
    abducted') is refuted: nobody asserts it, so ACLED codes nothing."""
    if not any(m.certainty == "alleged" for m in mentions):
        return mentions  # only an allegation can be refuted: skip the article-wide negation scan
    if debunks(sentences):  # a fact-check's 'Verdict: false': every claim told falls with it
        return [m for m in mentions if m.certainty != "alleged"]
    if not sentences:
        return mentions
    doc = sentences[0].doc
    pos, lemmas = doc_table(doc).pos, doc_forms(doc).lemma  # columns, not a Token per word
    stems = {t.lemma_.lower()[:4] for m in mentions if m.certainty == "alleged"
             for t in doc.char_span(m.start, m.end, alignment_mode="expand") or ()}  # same_word needs 4 letters
    negated = {lemmas[i] for s in sentences for i in range(s.start, s.end)
               if pos[i] in {"VERB", "NOUN"} and lemmas[i][:4] in stems and _is_negated(doc[i])}
    if not negated:
        return mentions

    def denied(m: Mention) -> bool:
        if m.certainty != "alleged":
            return False  # 'confirmed the fighting' beside 'no fighting in Bor' is no refutation
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and any(same_word(t.lemma_.lower(), n) for t in span for n in negated)
    return [m for m in mentions if not denied(m)]


def same_word(a: str, b: str) -> bool:
    """'abduct' and 'abduction', 'kill' and 'killing': one word's forms share its first letters."""
    stem = min(len(a), len(b), 6)
    return stem >= 4 and a[:stem] == b[:stem]
