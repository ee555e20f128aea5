"""When a told act lies outside the news of the day: history told in the past perfect or over
years, habits, standing states, acts given only as a time reference ('two days after they killed'),
and acts spread over a period. ``events.background`` sets such mentions aside.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.events.merge import Mention
from eventcoder.extract.events.offsets import told_before_another
from eventcoder.extract.lexicons import words

_HABIT_WORDS = words("background_cues", "habit_word")
_HABIT_ADVERBS = _HABIT_WORDS | words("background_cues", "habit_adverb")
_HISTORY_SPANS = words("background_cues", "history_span")
_LONG_SPANS = words("background_cues", "long_span")
_PAST_ADJECTIVES = words("background_cues", "past_adjective")
_PAST_MARKERS = words("background_cues", "past_marker")
_PERIOD_PREPS = words("background_cues", "period_prep")
_REFERENCE_UNITS = words("background_cues", "reference_unit")
_SPANS = words("modality_cues", "duration_noun") | words("background_cues", "span_word")
_SPEECH = words("speech_verbs", "event_source")


def pluperfect_month(m: Mention, trigger: Token) -> bool:
    """'In March, gangs had attacked the town but were pushed back': a past perfect dated only by a
    month sets the scene for the news; ACLED codes it from its own report, not from this one."""
    verb = trigger.head if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" else trigger
    had = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    return had and m.date is not None and m.date.precision == "month"


def told_as_past(trigger: Token) -> bool:
    """'a ship that had been used in attacks in the past', 'rebels previously shelled the town':
    the clause itself says the event is history."""
    clause = [trigger]
    for node in trigger.ancestors:
        clause.append(node)
        if node.pos_ in {"VERB", "AUX"}:
            break
    if any(c.dep_ == "amod" and c.lower_ in _PAST_ADJECTIVES for c in trigger.children) or (
            trigger.dep_ == "pobj" and trigger.head.lower_ in _PAST_ADJECTIVES):
        return True  # 'used past ceasefires to regroup' (read 'past' as a preposition too), 'previous raids'
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "since":
        return True  # 'a crisis since the Taliban takeover': the start of a period, history
    if trigger.dep_ == "relcl" and {c.lower_ for c in trigger.children if c.dep_ == "aux"} & {"have", "has"}:
        return True  # 'two clans that have fought over grazing land': who they are, not what they did today
    for node in clause:
        for c in node.children:
            if c.dep_ == "advmod" and c.lower_ in _PAST_MARKERS:
                return True
            if c.dep_ == "prep" and c.lower_ == "in" and any(
                    g.dep_ == "pobj" and g.lower_ in _PAST_MARKERS for g in c.children):
                return True
    return told_before_another(trigger)  # 'two days after they killed', 'killed years earlier'


def habitual(trigger: Token) -> bool:
    """'its cells still carry out sporadic attacks', 'gunmen often kidnap travellers there', 'the
    town is shelled almost daily', 'rights groups have long accused them of killing', 'the group
    has repeatedly attacked convoys': an event told in the simple present (active or passive) or
    the present perfect with a word of habit is what happens from time to time, not an event of
    the day."""
    verb = _finite_verb(trigger)
    if verb is None:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _HABIT_ADVERBS for c in verb.children) or any(
        c.dep_ == "amod" and c.lower_ in _HABIT_WORDS for c in trigger.children)


def _finite_verb(trigger: Token) -> Token | None:
    """The verb of the trigger's clause when it is in the present or the present perfect: the
    trigger's own verb or the one it hangs from ('accused them of abducting and killing'), five steps up at most."""
    node = trigger if trigger.pos_ == "VERB" else trigger.head
    for _ in range(5):
        if _present_or_perfect(node):
            return node
        if node.tag_ not in {"VBG", "VBN", "NN", "NNS", "IN"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _present_or_perfect(verb: Token) -> bool:
    """'kidnap', 'is shelled', 'have attacked', 'has been shelled': not the simple past."""
    if verb.lemma_.lower() == "be" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.tag_ in {"VBP", "VBZ"}:
        return True
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VBN" and any(c.tag_ in {"VBP", "VBZ"} for c in auxes) and not any(
        c.tag_ == "MD" for c in auxes)


def lasting(node: Token) -> bool:
    """'for months', 'for most of the war', 'since 2021', 'since the war began': a phrase that
    gives how long something has lasted."""
    for c in node.children:
        if c.dep_ != "prep" or c.lower_ not in {"for", "since"}:
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        if any(o.lemma_.lower() in _SPANS or (c.lower_ == "since" and o.like_num) for o in objs):
            return True  # 'since 2021' (a year); 'since Monday' may date a fresh siege
    return False


def ongoing(m: Mention, trigger: Token) -> bool:
    """'who have shelled villages for years', 'have fought the army for more than a year', 'have
    killed 3,000 civilians since 2017': an act told in the perfect with how long it has gone on
    is the standing conflict (its toll a running total), not an event of the day."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else next(
        (a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.tag_ not in {"VBN", "VBG"} or not any(  # 'have fought', 'has been fighting'
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    return any(t.dep_ == "prep" and in_clause(t, verb) and any(_span_of_years(t, g) for g in t.children)
               for t in verb.subtree)


def _span_of_years(prep: Token, obj: Token) -> bool:
    """'for years', 'since 2017', 'in recent years', 'over the past months': how long an act told
    in the perfect has gone on (a plural span after 'in' or 'over': 'has seen clashes in recent years')."""
    if obj.dep_ != "pobj":
        return False
    if prep.lower_ == "for":
        return obj.lemma_.lower() in _LONG_SPANS
    if prep.lower_ in {"in", "over"}:  # but 'the worst fighting in decades' measures the fighting
        return obj.tag_ == "NNS" and obj.lemma_.lower() in _LONG_SPANS and not any(
            c.tag_ == "JJS" for c in prep.head.children)
    return prep.lower_ == "since" and obj.like_num


def lasted_years(trigger: Token) -> bool:
    """'the district where the army fought the Taliban for a decade', 'rebels held the valley for
    years': an act told in the simple past as lasting years (a decade, a war) is the conflict's
    history, not an event of the day; shorter spans ('fought for six hours') stay events."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else next(
        (a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.tag_ != "VBD":
        return False
    spans = [t for t in verb.children if t.dep_ == "prep"]  # on the verb or on its object, not a clause below
    spans += [t for o in verb.children if o.dep_ == "dobj" for t in o.children if t.dep_ == "prep"]
    return any(t.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in _HISTORY_SPANS for g in t.children)
               for t in spans)


def time_reference(trigger: Token) -> bool:
    """'killed four soldiers, a day after rival militias signed a truce': a clause measured 'a day
    after' / 'hours before' the main event dates that event by one told elsewhere; '"...," said a
    teacher who marched in Kisumu': a clause describing who speaks names an event told elsewhere."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else next(
        (a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:  # the clause's own mark decides: the parser may hang it anywhere
        return False
    if verb.dep_ == "relcl" and _speaker(verb.head):
        return True
    return any(c.dep_ == "mark" and c.lower_ in {"after", "before"} for c in verb.children) and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in _REFERENCE_UNITS for c in verb.children)


def _speaker(noun: Token) -> bool:
    """The subject of a speech verb, or a description set beside it ('said Achieng, a teacher')."""
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _SPEECH


def over_a_period(m: Mention, trigger: Token) -> bool:
    """'900 people were killed during the months of protests', 'killed over years of war': a toll
    with no doer, counted over weeks, months or years, is a running total (ACLED codes the
    events it sums, each once), not an event of its own."""
    if not m.bare_toll:
        return False
    return any(c.dep_ == "prep" and c.lower_ in _PERIOD_PREPS and any(
        g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in _LONG_SPANS for g in c.children)
        for c in trigger.children)


def in_clause(token: Token, verb: Token) -> bool:
    """The token hangs on the verb with no finite verb between ('used drones loaded with explosives
    against villages for years': the span may attach to the participle)."""
    node = token.head
    while node.i != verb.i:
        if node.tag_ in {"VBD", "VBZ", "VBP", "MD"} or node.head.i == node.i:
            return False
        node = node.head
    return True
