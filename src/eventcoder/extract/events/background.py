"""Mentions that give the setting or the means of another event in their sentence, not an event
of their own (ACLED codes the event the sentence reports, once): the fighting a truce ends, the
raid that made the arrests, the evacuation a blast caused, the curfew a crowd defied.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.events.clause import climb
from eventcoder.extract.events.embedded import held_not_fired
from eventcoder.extract.events.kinds import (
    BATTLES,
    DISRUPTED_WEAPONS_USE,
    EXPLOSIONS,
    GOVERNMENT_REGAINS,
    MOB_VIOLENCE,
    NON_STATE_OVERTAKES,
    PROTESTS,
    RIOTS,
    VIOLENCE_AGAINST_CIVILIANS,
    sub_type,
)
from eventcoder.extract.events.merge import Mention
from eventcoder.extract.events.parts import done_by_it
from eventcoder.extract.events.sentence_rules import generic_statement, mere_retreat
from eventcoder.extract.events.strategic import (
    care_of_the_hurt,
    described_troops,
    earlier_step,
    measure_prolonged,
    not_concluded,
    one_sided_pledge,
    open_end,
    standing_deal,
    to_the_scene,
)
from eventcoder.extract.events.told_time import (
    habitual,
    lasted_years,
    lasting,
    ongoing,
    over_a_period,
    pluperfect_month,
    time_reference,
    told_as_past,
)
from eventcoder.extract.events.triggers import TriggerHit
from eventcoder.extract.lexicons import words
from eventcoder.model import DateMention

_SETTING_PREPS = words("background_cues", "setting_prep")
_ARREST_OPERATIONS = words("background_cues", "arrest_operation")
_DEFY_VERBS = words("background_cues", "defy_verb")
_MOTIVE_NOUNS = words("background_cues", "motive_noun")
_SCENE_NOUNS = words("background_cues", "scene_noun")
_SANCTION_VERBS = words("background_cues", "sanction_verb")
_STATE_VERBS = words("background_cues", "state_verb")
_SET_OFF_MARKS = words("background_cues", "set_off_mark")
_MEMORIALS = words("background_cues", "memorial_noun")
_INQUIRIES = words("background_cues", "inquiry_noun")
_UNREALISED = words("background_cues", "unrealised_adjective")
_CHARGE_PREPS = words("charge_words", "charge_preposition")
_NOUN_MODIFIERS = {"compound", "amod", "nmod"}
_VIOLENT = {BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS, RIOTS}
_ARMED_VIOLENCE = {BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS}
_GAINS = {GOVERNMENT_REGAINS, NON_STATE_OVERTAKES}
ARRESTS = sub_type("Arrests")
STRATEGIC_TYPE = "Strategic developments"
_WHILE_MARKS = {"while", "as", "when"}
_NAMING_VERBS = {"know", "call", "name", "dub"}
_WITHIN_PREPS = {"in", "during"}
_DEFINITE = {"the", "this", "that", "its", "their"}
_TOLD_EVENTS = words("background_cues", "told_event")
OTHER = sub_type("Other")

Found = list[tuple[Mention, TriggerHit]]


def in_setting(trigger: Token) -> bool:
    """'after weeks of fighting', 'amid clashes': the noun is the object of a setting preposition."""
    node = trigger
    if node.dep_ == "pobj" and node.head.lower_ in _SETTING_PREPS:
        return True
    return node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ == "pobj" \
        and node.head.head.head.lower_ in _SETTING_PREPS  # 'after weeks of fighting'


def as_motive(trigger: Token) -> bool:
    """'in retaliation for an air strike', 'in response to the raid': an earlier event told as the
    cause of the sentence's event, not the news (anywhere below the motive noun)."""
    for node in (trigger, *trigger.ancestors):
        if node.dep_ == "pobj" and node.head.lower_ in {"for", "to"} \
                and node.head.head.lemma_.lower() in _MOTIVE_NOUNS:
            return True
    return False


def judged(trigger: Token) -> bool:
    """'the government said the arrest was lawful', 'said the raid was legal': an event named
    with 'the' as the subject of a judgement is an event told elsewhere (or its setting), judged,
    not reported again."""
    head = trigger.head
    return trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and head.lemma_.lower() == "be" \
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in trigger.children) \
        and any(c.dep_ == "acomp" for c in head.children)  # not "was a breach of the truce": that tells it


def unrealised(trigger: Token) -> bool:
    """'ahead of planned protests', 'the threatened offensive', 'a possible attack': an event noun
    its adjective marks as not (yet) happened is no event."""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _UNREALISED for c in trigger.children)


def remembered(trigger: Token) -> bool:
    """'marked the anniversary of the massacre', 'a memorial to the victims of the bombing': an
    event remembered is history, not news."""
    node = climb(trigger, _NOUN_MODIFIERS)
    return node.dep_ == "pobj" and node.head.lower_ in {"of", "to", "for"} \
        and node.head.head.lemma_.lower() in _MEMORIALS


def people_so_described(trigger: Token) -> bool:
    """'compensation for those killed', 'the families of those abducted': a participle on a bare
    pronoun names people by what befell them in an event told elsewhere (or long past), not a new one."""
    return trigger.tag_ == "VBN" and trigger.dep_ == "acl" and trigger.head.pos_ == "PRON"


def inquired_into(trigger: Token) -> bool:
    """'the investigation into the shootout', 'on suspicion of involvement in the attack': a bare
    event noun with 'the' that an inquiry looks into is an event told before, not a new one."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.head.lemma_.lower() not in _INQUIRIES:
        return False
    kids = list(trigger.children)
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids) and all(
        c.dep_ in {"det", "amod", "compound", "poss"} or _at_a_named_place(c) for c in kids)


def _at_a_named_place(prep: Token) -> bool:
    """'in Tijuana', 'near Gao': a place name on the noun, which names no new event."""
    return prep.dep_ == "prep" and prep.lower_ in {"in", "at", "near"} and all(
        g.pos_ == "PROPN" for g in prep.children if g.dep_ == "pobj")


def as_scene(trigger: Token) -> bool:
    """'the town, the scene of heavy fighting last year': a past event that describes a place."""
    node = climb(trigger, _NOUN_MODIFIERS)  # 'chemical weapons attack': the noun the trigger modifies
    while node.dep_ == "pobj" and node.head.lower_ == "of":
        if node.head.head.lemma_.lower() in _SCENE_NOUNS:
            return True
        node = node.head.head  # 'the scene of some of the fiercest fighting'
    return False


def defied(trigger: Token) -> bool:
    """'defying the curfew', 'in violation of the curfew': the order is broken, not imposed."""
    head = trigger.head
    if trigger.dep_ == "dobj" and head.lemma_.lower() in _DEFY_VERBS:
        return True
    return trigger.dep_ == "pobj" and head.head.lemma_.lower() in _DEFY_VERBS | {"violation", "breach"}


def set_off(trigger: Token) -> bool:
    """'after the arrest of a cleric', 'after police detained a commander', 'while arresting them':
    an arrest told as what set off, or went on during, the sentence's event."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in _SETTING_PREPS:
        return True
    return trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SET_OFF_MARKS for c in trigger.children) \
        or (trigger.dep_ == "pcomp" and trigger.head.lower_ in _SET_OFF_MARKS)


def _is_background(m: Mention, h: TriggerHit, found: Found) -> bool:
    """Clashes as the setting of a truce or a blast (not of a protest: there they make it a riot),
    a raid that made the sentence's arrests, an arrest that set off its violence, an evacuation or
    curfew beside violence or defied."""
    others = {o.type for o, _ in found if o is not m}
    if (as_motive(h.head) or as_scene(h.head)) and any(not (as_motive(g.head) or as_scene(g.head)) for _, g in found):
        return True  # 'shelled the post in retaliation for an air strike': the shelling is the news
    if m.type == BATTLES and h.definition.weak and others - {BATTLES} and not others & {PROTESTS, RIOTS} and h.head.pos_ == "NOUN" and in_setting(h.head):
        return True
    if (h.definition.type, h.definition.sub_type) == MOB_VIOLENCE and h.head.pos_ in {"NOUN", "PROPN"} \
            and others & _ARMED_VIOLENCE:
        return True  # 'militants raided the village, according to vigilantes': a party or a source, no riot
    if h.head.lemma_.lower() in _ARREST_OPERATIONS and m.fatalities is None \
            and any(o.sub_type == ARRESTS for o, _ in found):
        return True  # 'raided homes to detain 12 activists'
    if m.sub_type == ARRESTS and others & (_VIOLENT | {PROTESTS}) and set_off(h.head):
        return True  # 'rioted after the arrest of a cleric': the arrest is part of the riot
    if m.type == STRATEGIC_TYPE and (earlier_step(h.head) or described_troops(m, h.head)):
        return True  # 'defected after laying down arms', 'grenades hurled at soldiers deployed there'
    if m.sub_type == DISRUPTED_WEAPONS_USE and others & {BATTLES, EXPLOSIONS} and h.head.tag_ == "VBG" \
            and h.head.dep_ in {"advcl", "conj", "xcomp"}:
        return True  # 'captured the base, seizing ammunition': the spoils of that fight, not a defusal
    if m.sub_type == OTHER and (defied(h.head) or (m.lexicon_family and others & _VIOLENT)):
        return True  # 'evacuated after a blast': part of the blast
    return False


def crowd_source(h: TriggerHit) -> bool:
    """'according to vigilantes': a crowd noun that only tells the news is no riot."""
    head = h.head
    return (h.definition.type, h.definition.sub_type) == MOB_VIOLENCE and head.dep_ == "pobj" \
        and head.head.lower_ == "to" and head.head.head.lower_ == "according"


def punished_for(trigger: Token) -> bool:
    """'expelled diplomats for taking part in protests', 'jailed for the riot', 'jails leaders
    over attacks': the deed a punishment is for happened before; the news is the punishment."""
    return any(node.dep_ == "prep" and node.lower_ in {"for", "over"} and node.head.lemma_.lower() in _SANCTION_VERBS
               for node in trigger.ancestors)


def as_state(trigger: Token) -> bool:
    """'the besieged city', 'has been encircled for most of the war', 'which have besieged it for
    months': a siege or occupation told as a place's description or with how long it has lasted is
    the standing situation, not an event of the day (ACLED codes the attacks within it)."""
    if trigger.lemma_.lower() not in _STATE_VERBS and trigger.lower_ not in _STATE_VERBS:
        return False
    if trigger.dep_ == "amod" or (trigger.tag_ == "VBN" and trigger.dep_ == "acl"):
        return True
    return lasting(trigger) or (trigger.head.pos_ in {"VERB", "AUX"} and lasting(trigger.head))


def while_doing(m: Mention, trigger: Token) -> bool:
    """'came under fire while arresting wanted men', 'struck the attackers as they withdrew': an
    arrest or a withdrawal in a 'while' / 'as' clause is the setting of the main clause's act."""
    if m.type != STRATEGIC_TYPE:
        return False
    node = climb(trigger, {"conj", "xcomp"})
    if node.head.lemma_.lower() in _NAMING_VERBS and node.head.tag_ == "VBN":
        return False  # 'militias known as Wazalendo withdrew': a name read as a clause, not 'as they withdrew'
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _WHILE_MARKS for c in node.children)


def toll_of_told_event(trigger: Token) -> bool:
    """'said its fighters had killed 20 soldiers in the attack': a killing placed in an event named
    with 'the' is that event's toll as told (often by a side), not a new event."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in _WITHIN_PREPS \
            and trigger.head.head.pos_ == "VERB":
        return toll_of_told_event(trigger.head.head)  # 'the attack' itself, as that killing's setting
    if trigger.pos_ != "VERB":
        return False
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in _WITHIN_PREPS:
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _TOLD_EVENTS and any(
                        c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in noun.children):
                    return True
    return False


def without_background(found: Found) -> Found:
    """The sentence's mentions less those that only set the scene for another one; a toll placed
    in 'the attack' names that event (anaphoric: it joins the event told before, if any)."""
    for m, h in found:
        m.reference = time_reference(h.head)
        if m.reference:  # the sentence's toll is its main event's
            m.fatalities = None
        if toll_of_told_event(h.head):  # the event noun names the event told before, if any
            m.anaphoric = True  # (else it is the news); the killing is its toll and never a new event
        elif done_by_it(h.head) and m.date_source != "governing":
            m.anaphoric = True  # 'It struck a market, killing two': the weapon told before
            m.weak = h.head.pos_ == "VERB" and any(g.head.pos_ == "NOUN" and toll_of_told_event(g.head) for _, g in found)
    found = [(m, h) for m, h in found
             if not (crowd_source(h) or people_so_described(h.head) or inquired_into(h.head) or held_not_fired(m, h.head) or punished_for(h.head) or told_as_past(h.head) or as_state(h.head) or remembered(h.head)
                     or unrealised(h.head) or judged(h.head)
                     or generic_statement(h.head) or while_doing(m, h.head)
                     or standing_deal(m, h.head) or open_end(h.head) or one_sided_pledge(m, h.head)
                     or habitual(h.head) or to_the_scene(m, h.head) or care_of_the_hurt(m, h.head) or measure_prolonged(m, h.head) or ongoing(m, h.head) or lasted_years(h.head)
                     or over_a_period(m, h.head) or not_concluded(m, h.head) or bare_plural_charge(h.head)
                     or pluperfect_month(m, h.head))]
    if not any((m.type, m.sub_type) in _GAINS for m, _ in found):  # nobody takes the place
        found = [(m, h) for m, h in found if not mere_retreat(m, h.head)]
    if len(found) < 2 and not any(m.sub_type == OTHER for m, _ in found):
        return found
    return [(m, h) for m, h in found if not _is_background(m, h, found)]


def bare_plural_charge(trigger: Token) -> bool:
    """'suspected of facilitating militant attacks', 'for carrying out attacks': a bare plural
    (no article, number or owner) after a gerund hung on a preposition names a kind of act
    someone is charged with or known for, not an event that happened."""
    gerund = trigger.head
    if trigger.tag_ != "NNS" or trigger.dep_ not in {"dobj", "obj"} or gerund.dep_ != "pcomp" \
            or gerund.head.lower_ not in _CHARGE_PREPS:
        return False  # 'after foiling attacks on two posts' tells what happened
    return not any(c.dep_ in {"det", "poss", "nummod", "quantmod"} for c in trigger.children)


def dates_a_state(dates: list[DateMention], sent: Span, trigger: Token, text: str | None) -> bool:
    """'recaptured the town, which rebels had held since 2016': a 'since' date hanging on another
    clause dates how long a state lasted, not the event; one on the trigger's own clause ('fighting
    has raged since 2016') still dates it."""
    if not text or not text.lower().startswith("since"):
        return False
    mention = next((d for d in dates if d.text == text and sent.start_char <= d.start < sent.end_char), None)
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
    if span is None:
        return False
    for node in (span[0].head, *span[0].head.ancestors):
        if node.i == trigger.i or node.i in {a.i for a in trigger.ancestors}:
            return False  # reached the trigger's own clause: the date is told about the event
        if node.dep_ in _ASIDE_CLAUSES:
            return True
    return False


_ASIDE_CLAUSES = {"relcl", "appos", "acl"}
"""A relative clause or apposition on a noun of the event ('the town, which rebels held',
'a rebel stronghold since 2016') describes that noun."""
