"""Sentence-level readings of the ACLED codebook that sit beside trigger matching: which
mentions are context (running totals, agreements only talked about, how some of the dead died),
which belong to an event told before ('the attack', 'Nine people were killed'), and which
sub-type a protest's arrests take.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from eventcoder.extract.context import Context
from eventcoder.extract.events import args
from eventcoder.extract.events.kinds import (
    ARMED_CLASH,
    ATTACK,
    CHANGE_TO_GROUP,
    GOVERNMENT_REGAINS,
    LOOTING,
    NON_STATE_OVERTAKES,
    PROTEST_WITH_INTERVENTION,
    PROTESTS,
    VIOLENCE_AGAINST_CIVILIANS,
    kind,
    sub_type,
)
from eventcoder.extract.events.merge import Mention
from eventcoder.extract.events.obstacles import OBSTACLES, cleared_obstacle
from eventcoder.extract.events.tolls import has_context_cue, is_context, per_place, sentence_killed, sentence_tolls
from eventcoder.extract.events.triggers import TriggerHit
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import span_lemmas
from eventcoder.model import Place

_CROWD_SUBJECTS = words("crowd_words", "crowd_subject")
_SUBSET_PREPS = {w.split()[0] for w in words("toll_subset_cues", "before")} - {"of"}  # 'including', 'among'; 'of' heads too much
_UNSETTLED = words("unsettled_agreement_verbs")
_INTERVENTION_NOUNS = words("protest_policing", "intervention_noun")
_AT_EVENT = re.compile(r"\b(" + "|".join(sorted(words("locative_prepositions", "at_event"))) + r")\b[\w\s-]*$", re.I)
"""'at a rally', 'during the march': the protest is where the arrests happened."""
_NEGATED_FIGHT = words("unopposed_cues", "negated")
_UNOPPOSED = words("unopposed_cues", "alone")
_DESTINATIONS = words("unopposed_cues", "destination")
_KILLING = words("killing_verbs")
_PEOPLE = words("people_nouns", "countable")
_HARMED = words("figure_victim_verbs") | words("figure_nouns") | _KILLING
_ABDUCTION = sub_type("Abduction/forced disappearance")
_NEGATORS = {"without", "no", "not", "n't", "never"}
_CONSENT = {"agree", "decide", "vow", "pledge"}
_BECOME = {"become", "remain"}
_COUNTRY_WIDE = words("country_wide")
_TALLIED = {kind("Strategic developments", "Disrupted weapons use"), CHANGE_TO_GROUP, kind("Explosions/Remote violence", "Air/drone strike"),
            kind("Explosions/Remote violence", "Shelling/artillery/missile attack")}
ARRESTS = sub_type("Arrests")
NON_VIOLENT_TRANSFER = kind("Strategic developments", "Non-violent transfer of territory")
AGREEMENT = sub_type("Agreement")


def crowd_word(token: Token) -> bool:
    """'Rioters' after a dateline is tagged a proper noun with itself as lemma: try the plain form too."""
    lower = token.lower_
    return token.lemma_.lower() in _CROWD_SUBJECTS or (lower.endswith("s") and lower[:-1] in _CROWD_SUBJECTS)


def in_subset(trigger: Token) -> bool:
    """'8 killed, including three civilians hit by stray shells': how some of the dead died is
    part of the toll's description, not an event of its own."""
    node = trigger
    for _ in range(8):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ == "prep" and node.lower_ in _SUBSET_PREPS:
            return True
    return False


def consequence(hit: TriggerHit, hits: list[TriggerHit]) -> bool:
    """'attacked an army post, killing five people': a killing told as the outcome of another
    trigger's act (a participle clause hanging on it) is that event's toll, not a second event."""
    head = hit.head
    return head.lemma_.lower() in _KILLING and head.dep_ == "advcl" and head.tag_ == "VBG" \
        and any(h.head.i == head.head.i for h in hits if h is not hit)


def one_assault(found: list[tuple[Mention, TriggerHit]]) -> list[tuple[Mention, TriggerHit]]:
    """'soldiers abducted and assaulted two traders': a generic assault verb conjoined with a
    specific violence against civilians (abduction, rape) is one more act of that event."""
    harm = {h.head.i for m, h in found if m.type == VIOLENCE_AGAINST_CIVILIANS and (m.type, m.sub_type) != ATTACK}

    def folded(m: Mention, h: TriggerHit) -> bool:  # a killing stays: it changes what ACLED codes
        return (m.type, m.sub_type) in {ARMED_CLASH, ATTACK} and h.head.dep_ == "conj" \
            and h.head.head.i in harm and h.head.lemma_.lower() not in _KILLING
    kept = [(m, h) for m, h in found if not folded(m, h) and not raid_for_property(m, h, found)]
    for m, h in kept:
        if m.sub_type == _ABDUCTION and killed_beside(h.head):
            m.type, m.sub_type = ATTACK  # ACLED: an abduction with killings is coded by its gravest act
    return kept


def raid_for_property(m: Mention, h: TriggerHit, found: list[tuple[Mention, TriggerHit]]) -> bool:
    """'raided the hamlet and burned its huts', 'stormed a village and torched homes': a raid verb,
    with no toll and no person as its object, conjoined with burning or looting harmed property
    only; ACLED codes it as looting/property destruction, not an attack on civilians."""
    if (m.type, m.sub_type) != ATTACK or m.fatalities is not None or h.head.lemma_.lower() in _KILLING:
        return False
    if any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _PEOPLE for c in h.head.children):
        return False  # 'raided the traders and burned their stalls': people were set upon
    looted = {g.head.i for x, g in found if x.sub_type == LOOTING}
    return any(t.i in looted for t in h.head.conjuncts) and not _harm_told(h.head, looted)


def _harm_told(raid: Token, acts: set[int]) -> bool:
    """'... and beat residents', 'The Red Cross counted 52 dead.': harm or a toll in the raid's
    sentence or the next one (other than the raid and the burning, ``acts``) makes the raid an
    attack on people after all."""
    sent, doc = raid.sent, raid.doc
    after = doc[sent.end].sent if sent.end < len(doc) and "\n" not in doc[sent.end - 1].text_with_ws else None
    spans = [sent] + ([after] if after is not None else [])
    return any(t.i != raid.i and t.i not in acts and (t.lemma_.lower() in _HARMED or t.lower_ in _HARMED) for span in spans for t in span)


def killed_beside(trigger: Token) -> bool:
    """'gunmen killed three villagers and abducted two women': a killing verb conjoined with the
    abduction tells one raid that took lives, which ACLED codes as an attack."""
    return any(t.lemma_.lower() in _KILLING and t.pos_ == "VERB" for t in trigger.conjuncts)


def unsettled(mention: Mention, trigger: Token) -> bool:
    """'to discuss a ceasefire', 'called for a truce': an agreement talked about, not reached."""
    if mention.sub_type != AGREEMENT:
        return False
    if trigger.pos_ == "VERB" and _goal(trigger):
        return True  # 'arrived to sign a truce': the signing verb itself is the purpose
    verb = trigger.head if trigger.dep_ in {"dobj", "pobj"} else None
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head
    return verb is not None and (verb.lemma_.lower() in _UNSETTLED or _goal(verb)) or _talked_about(trigger)


def _talked_about(trigger: Token) -> bool:
    """'the prisoner exchange that was discussed in Istanbul', 'a truce proposed by Qatar': a
    clause on the agreement's noun saying it was talked about tells that it is not yet reached."""
    nouns = [trigger, *([trigger.head] if trigger.dep_ == "compound" else [])]
    return any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in _UNSETTLED for n in nouns for c in n.children)


def _goal(verb: Token) -> bool:
    """'came to reach an agreement', 'met to sign a truce': an infinitive of purpose names what a
    meeting is for; 'agreed to sign a truce' is the agreement itself."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and verb.head.lemma_.lower() not in _CONSENT


def generic_statement(trigger: Token) -> bool:
    """'Kidnapping for ransom has become an industry', 'raids remain a risk': a bare noun whose
    clause says what it is in general (a copula with a noun, or 'become') reports no event."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} for c in trigger.children):
        return False
    head = trigger.head
    return head.lemma_.lower() in _BECOME or (
        head.lemma_.lower() == "be" and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in head.children))


def country_wide(sent: Span, mention: Mention, places: list[Place]) -> bool:
    """'shot down 41 of 60 drones launched across the country': a tally over the whole country
    is no event at one place (ACLED codes each strike where it fell); so is a deployment
    'across the country' (ACLED codes a change of activity where it happens)."""
    if (mention.type, mention.sub_type) not in _TALLIED:
        return False
    text = sent.text.lower()
    if not any(phrase in text for phrase in _COUNTRY_WIDE):
        return False
    return not any(sent.start_char <= p.start < sent.end_char and p.precision != "country" for p in places)


def arrests_at_protests(sent: Span, mentions: list[Mention]) -> None:
    """ACLED: arrests while police disperse a protest ('tear gas ... dozens were arrested',
    'detained 14 students at a rally') are that protest's intervention; arrests of people who
    organise protests elsewhere stay arrests."""
    if not any(m.sub_type == ARRESTS for m in mentions):
        return  # nothing to retype: the tests below read the whole sentence
    policing = _INTERVENTION_NOUNS.intersection(span_lemmas(sent))
    text, base = sent.text, sent.start_char  # Doc.text is rebuilt from every token on each read
    at_protest = any(m.type == PROTESTS and _AT_EVENT.search(text[max(0, m.start - base - 24):m.start - base])
                     for m in mentions)
    policed = any(t.lemma_.lower() in OBSTACLES and cleared_obstacle(t) for t in sent)  # 'cleared ... and arrested'
    if not (policing or at_protest or policed or _during_protest(sent, mentions)):
        return
    for m in mentions:
        if m.sub_type == ARRESTS:
            m.type, m.sub_type = PROTEST_WITH_INTERVENTION


_WHILE_MARKS = {"as", "while", "when"}


def _during_protest(sent: Span, mentions: list[Mention]) -> bool:
    """'Police detained 40 people as students marched on parliament': the arrests' clause holds
    the protest in a 'while' clause, so they are made at it."""
    doc = sent.doc
    heads = {m.sub_type: doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions}
    arrest = heads.get(ARRESTS)
    protests = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions if m.type == PROTESTS]
    if arrest is None:
        return False
    verb = arrest.root
    for span in protests:
        for node in (span.root, *span.root.ancestors) if span is not None else ():
            if node.dep_ == "advcl" and node.head.i == verb.i \
                    and any(c.dep_ == "mark" and c.lower_ in _WHILE_MARKS for c in node.children):
                return True
    return False


def agentless(verb: Token, agent: Token | None) -> bool:
    """'Nine people were killed', and telegraphic '4 bandits and 1 officer killed.' (the parser
    reads the counted victims as the subject of a verb with no object)."""
    if agent is None:
        return True
    counted = any(c.dep_ == "nummod" for c in agent.children) or agent.like_num
    return counted and not any(c.dep_ in {"dobj", "obj", "aux"} for c in verb.children)


def definite(trigger: Token) -> bool:
    """'the attack', 'this blast', 'its offensive': a noun trigger naming an event already told."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "its", "their"} for c in trigger.children)


def running_total(ctx: Context, sent: Span, when: object) -> bool:
    """'The war has killed 500,000 people since 2011', 'attacks intensified this month': a
    statement dated to a month or year with a running-total cue is context, not an event; so is
    one dated by the start of a period ('Since the beginning of the year, 900 have been killed'),
    which resolves to a day but is not the day of any event."""
    value = getattr(when, "value", None)
    if not value or (len(value) >= 10 and not str(getattr(when, "text", "")).lower().startswith("since ")):
        return False
    return has_context_cue(sent.text) or any(is_context(q, sent.text) for q in sentence_killed(ctx.quantities, sent))


def split_per_place(ctx: Context, sent: Span, mentions: list[Mention]) -> list[Mention]:
    """'killed nine people in Idlib and four in Ariha': one event per place, each with its toll."""
    if all(m.fatalities is None for m in mentions):
        return mentions  # no toll to split: the sentence's tolls are not read
    places = [p for p in ctx.places if sent.start_char <= p.start < sent.end_char]
    pairs = per_place(ctx.text, sentence_tolls(ctx.text, ctx.quantities, sent), places)
    if not pairs:
        return mentions
    out = []
    for m in mentions:
        if m.fatalities is None:
            out.append(m)
            continue
        out.extend(replace(m, location=args.as_location(place), location_source="sentence",
                           fatalities=toll.as_fatalities(), split_from=sent.start_char) for toll, place in pairs)
    return out


def _no_fighting(token: Token) -> bool:
    """'without resistance', 'no shot was fired', 'had not encountered any resistance'."""
    if token.lemma_.lower() in _UNOPPOSED:
        return True
    if token.lemma_.lower() not in _NEGATED_FIGHT:
        return False
    node = token
    for _ in range(4):
        if any(c.lower_ in _NEGATORS for c in node.children if c.dep_ in {"neg", "det"}) or node.lower_ in _NEGATORS:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def mere_retreat(m: Mention, trigger: Token) -> bool:
    """'withdrew towards the forest', 'withdrew to regroup': a retreat told only by where it went or
    what for, with no place given up ('from the town', 'out of Kidal') and no side taking one
    (checked by the caller), is movement, not a transfer of territory."""
    if (m.type, m.sub_type) != NON_VIOLENT_TRANSFER or trigger.pos_ != "VERB":
        return False
    preps = [c for c in trigger.children if c.dep_ in {"prep", "prt"}]
    if any(c.lower_ in {"from", "out", "of"} for c in preps):
        return False
    goes = any(c.lower_ in _DESTINATIONS for c in preps) or any(
        c.dep_ in {"advcl", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in trigger.children)
    return goes and not any(c.dep_ in {"dobj", "nsubjpass"} for c in trigger.children)


def unopposed_transfer(sent: Span, mentions: list[Mention]) -> list[Mention]:
    """ACLED: territory taken without a fight ('without resistance', 'after the army pulled out')
    is a non-violent transfer of territory, not a battle; one side leaving and the other taking
    over is one transfer."""
    gains = [m for m in mentions if (m.type, m.sub_type) in {GOVERNMENT_REGAINS, NON_STATE_OVERTAKES}]
    if not gains:
        return mentions
    withdrawal = any((m.type, m.sub_type) == NON_VIOLENT_TRANSFER for m in mentions)
    fought = any((m.type, m.sub_type) == ARMED_CLASH and not m.weak for m in mentions)
    if not (any(_no_fighting(t) for t in sent) or (withdrawal and not fought and not _fighting_words(sent))):
        return mentions
    for m in gains:
        m.type, m.sub_type = NON_VIOLENT_TRANSFER
    denied = {t.idx for t in sent if _no_fighting(t)}  # 'without any armed clashes' is no clash
    return [m for m in mentions if m in gains or ((m.type, m.sub_type) != NON_VIOLENT_TRANSFER
                                                  and not (m.type == ARMED_CLASH[0] and m.start in denied))]


def unopposed_after(mentions: list[Mention], sentences: list[Span]) -> list[Mention]:
    """'The army said it had retaken Bama. The militants fled and there was no fighting.': a gain of
    territory with no toll, whose next sentences in the paragraph say no fight took place, is a
    non-violent transfer (ACLED), as when the sentence itself says so."""
    gains = [m for m in mentions if (m.type, m.sub_type) in {GOVERNMENT_REGAINS, NON_STATE_OVERTAKES}
             and m.fatalities is None]
    places: set[str] = set()
    for m in gains:
        here = next((i for i, s in enumerate(sentences) if s.start_char == m.sent_start), None)
        if here is not None and any(_no_fighting(t) for s in _same_paragraph(sentences, here) for t in s):
            places.add(m.location.name if m.location else "")
    for m in gains:  # the headline's 'retook Bama' is the same unopposed transfer
        if (m.location.name if m.location else "") in places:
            m.type, m.sub_type = NON_VIOLENT_TRANSFER
    return mentions


def _same_paragraph(sentences: list[Span], here: int, ahead: int = 2) -> list[Span]:
    """Up to ``ahead`` sentences after sentence ``here``, stopping at a line break."""
    out: list[Span] = []
    for sent in sentences[here + 1:here + 1 + ahead]:
        if sent.start > 0 and "\n" in sent.doc[sent.start - 1].text:
            break
        out.append(sent)
    return out


def _fighting_words(sent: Span) -> bool:
    """Fighting named in the sentence, and not negated ('after heavy fighting')."""
    return any(t.lemma_.lower() in _NEGATED_FIGHT and not _no_fighting(t) for t in sent)
