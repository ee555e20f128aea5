"""Events in the ACLED taxonomy: triggers on the parse, arguments, certainty, then merging.

Pipeline per sentence: match triggers (``event_lexicon``), drop negated and hypothetical
ones (``event_modality``), read agent/patient and refine the sub-type (``event_roles``),
attach date, place, toll and sources (``event_args``); then mentions of one real-world
event merge (``event_merge``) and become ``Event`` records with stable ids.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from eventcoder.extract.actors.dictionary import (
    ActorDictionary,
    load_actor_dictionaries,
)
from eventcoder.extract.context import Context
from eventcoder.extract.events import args, classifier, nonconflict, sentence_rules, strategic, told_time
from eventcoder.extract.events.actor_phrases import conjoined_foe, repelled_roles
from eventcoder.extract.events.actor_roles import acled_roles, intervening_force
from eventcoder.extract.events.additions import add_followup_tolls
from eventcoder.extract.events.agents import allies, antecedent, claimant, refers_back
from eventcoder.extract.events.article_actors import claimed_attacks, place_countries
from eventcoder.extract.events.article_groups import article_group
from eventcoder.extract.events.background import crowd_source, dates_a_state, punished_for, without_background
from eventcoder.extract.events.beside import looting_apart, without_swallowed
from eventcoder.extract.events.counterclaims import told_news_claims
from eventcoder.extract.events.crowds import crowd_hits
from eventcoder.extract.events.deeds import deed_hits
from eventcoder.extract.events.embedded import drop_embedded
from eventcoder.extract.events.fatalities import cluster_toll
from eventcoder.extract.events.folds import fold_article
from eventcoder.extract.events.kinds import (
    ARMED_CLASH,
    BATTLES,
    DISRUPTED_WEAPONS_USE,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    SUICIDE_BOMB,
    VIOLENCE_AGAINST_CIVILIANS,
    VIOLENT_DEMONSTRATION,
    event_type,
)
from eventcoder.extract.events.merge import Cluster, Mention
from eventcoder.extract.events.modality import Modality, assess, nobody, plans_beside_news, refuted
from eventcoder.extract.events.parts import same_part
from eventcoder.extract.events.past_events import past_named
from eventcoder.extract.events.retelling import cluster_article
from eventcoder.extract.events.roles import (
    actor_for,
    armed_target,
    casualty_patient,
    is_agentive,
    roles,
    sentence_actor,
)
from eventcoder.extract.events.sentence_rules import (
    NON_VIOLENT_TRANSFER,
    agentless,
    arrests_at_protests,
    consequence,
    country_wide,
    definite,
    in_subset,
    one_assault,
    running_total,
    split_per_place,
    unopposed_transfer,
    unsettled,
)
from eventcoder.extract.events.sub_kinds import refine
from eventcoder.extract.events.toll_attach import attach_orphan_tolls, fold_bare_tolls
from eventcoder.extract.events.toll_retold import revised_fatalities
from eventcoder.extract.events.triggers import TriggerHit, match_triggers
from eventcoder.extract.lexicons import lexicon, words
from eventcoder.extract.text import doc_forms, paragraph_at, paragraphs, span_words
from eventcoder.model import Actor, Event, Location, Place, TextSpan

_ANCHOR_WORDS = words("violence_anchors")
_ARMED = {1, 2, 3, 4, 8}
STRATEGIC = event_type("Strategic developments")
_VIOLENT = {BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS}
_SPORT_WORDS = words("sport_words")
_GROUND_NOUNS = words("territory_nouns") | lexicon("place_nouns").all() | words("people_nouns", "armed")


class _Article:
    """Per-article state shared by all sentences: dictionaries, focus place, paragraphs."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.dictionary: ActorDictionary = load_actor_dictionaries(ctx.actor_files)
        self.excluded = args.comparison_places(ctx) | args.modifier_places(ctx)
        self.focus: Location | None = args.focus_place(ctx, self.excluded)
        self.country = self.focus.country_code if self.focus else None
        self.paragraphs = paragraphs(ctx.text)
        lines = args.dateline_places(ctx)
        self.last_actor: Actor | None = None
        """The last armed doer named, for 'they' and 'the group' in later sentences."""
        self.dateline: Place | None = next((p for p in ctx.places if p.start in lines), None)
        self.hazards: set[int] = set()
        """Sentences that tell a disaster or accident: 'the explosion' after one retells it."""
        self.out_of_scope: set[int] = set()
        """Sentences a codebook rule put outside ACLED (a disaster, a claim): the model adds nothing there."""


def extract_events(ctx: Context) -> list[Event]:
    """All events of the article, merged, in order of first evidence."""
    art = _Article(ctx)
    mentions: list[Mention] = []
    sentences = _sentences(ctx)
    for sent in sentences:
        mentions.extend(_sentence_mentions(art, sent))
    added = add_followup_tolls(ctx, art.paragraphs, sentences, mentions, _VIOLENT)
    mentions = strategic.damage_in_attack(nonconflict.retold_hazards(fold_bare_tolls(ctx, art.paragraphs, mentions), art.hazards))
    mentions = nonconflict.in_disaster_story(mentions, art.hazards)  # a flood story's relief and deaths
    mentions = plans_beside_news(mentions)  # a retake only planned, beside what happened
    mentions = sentence_rules.unopposed_after(told_news_claims(mentions, sentences, ctx.quotes), sentences)  # denials
    ruled = {id(m) for m in mentions}
    mentions = [m for m in classifier.review(art, sentences, mentions)  # the learned second opinion
                if id(m) in ruled or m.sent_start not in art.out_of_scope]
    mentions = past_named(refuted(mentions, sentences), sentences, ctx.anchor)  # denied claims; 'the April 2019 ambush'
    clusters = fold_article(ctx.text, cluster_article(ctx.text, mentions, ctx.anchor, ctx.config.events), ctx.anchor,
                            ctx.config.events)
    attach_orphan_tolls(ctx, art.paragraphs, clusters, mentions, added)
    clusters.sort(key=lambda c: c.mentions[0].start)
    events = [_to_event(ctx.article.id, n, c) for n, c in enumerate(clusters, start=1)]
    events = article_group(ctx, claimed_attacks(ctx, events, art.dictionary, art.country), art.dictionary, art.country)
    events = place_countries(events, art.dictionary, art.country)
    return [acled_roles(e, art.dictionary, art.country) for e in events]  # roles as ACLED's type codes them


def _unreal(modality: Modality) -> bool:
    """A hypothetical, bound or planned act ('could withdraw', 'were to withdraw', 'will withdraw'); a
    negated word ('moved in without fighting') says nothing of the sentence's other acts."""
    return modality.reason == "hypothetical" or modality.certainty == "planned"


def _sentences(ctx: Context) -> list[Span]:
    """Parser sentences, cut again at line breaks: a headline never runs into its paragraph."""
    out: list[Span] = []
    texts = doc_forms(ctx.doc).text  # strings, not a Token per word
    for sent in ctx.sentences:
        start = sent.start
        for i in (range(sent.start, sent.end) if "\n" in ctx.text[sent.start_char:sent.end_char] else ()):
            if "\n" in texts[i] and texts[i].isspace():  # Token.is_space is str.isspace
                if i > start:
                    out.append(ctx.doc[start:i])
                start = i + 1
        if sent.end > start:
            out.append(ctx.doc[start:sent.end])
    return out


def _sentence_mentions(art: _Article, sent: Span) -> list[Mention]:
    crowd = {h.head.i: h for h in deed_hits(sent) + crowd_hits(sent)}  # 'rioters torched cars': a riot, not
    hits = [crowd.pop(h.head.i, h) for h in match_triggers(sent)]  # looting; 'seized a trader': an abduction
    hits += list(crowd.values())
    if not hits:
        if nonconflict.talks_only(sent) or nonconflict.hazard_sentence(sent, []):  # talks, or 'bus collides with
            art.out_of_scope.add(sent.start_char)  # tanker': diplomacy or an accident, nothing for the model to add
        return []
    found = [m for m in (_mention(art, sent, h) for h in hits) if m is not None]
    if not found and any(_unreal(assess(h.head)) for h in hits):  # 'troops were to withdraw': the rules read
        art.out_of_scope.add(sent.start_char)  # the act as not happening; the model reads no modality
    told = bool(found) or any(nonconflict.names_a_kind(h.head) for h in hits)  # 'bomb squad': no model guess
    if nonconflict.claim_sentence([h.head for _, h in found]):  # 'claimed the blast': names who did an event told elsewhere
        for m, _ in found:
            m.weak = True
        art.out_of_scope.add(sent.start_char)
    found = [(m, h) for m, h in drop_embedded(found) if not (crowd_source(h) or told_time.told_as_past(h.head))]  # a source, not a riot,
    # before the rule below lets a riot word swallow the attack it only reports
    if found and all(punished_for(h.head) for _, h in found):  # 'expelled for joining protests'
        art.out_of_scope.add(sent.start_char)
    specific = [m for m, h in found if h.definition.resolve != "target" and (  # a foiled suicide bombing
        m.type != STRATEGIC or h.definition.sub_type == SUICIDE_BOMB)]  # owns the bomber's death
    if specific:  # 'a drone strike ... killing 2': the kill belongs to the strike
        found = without_swallowed(found, specific)  # but 'attacks on protesters' types that protest
    found = one_assault([(m, h) for m, h in found if not consequence(h, [g for _, g in found])])  # 'attacked a post, killing 5'
    if any(m.type in _VIOLENT | {RIOTS} and not m.weak for m, _ in found):  # 'killed 10 and set houses on fire': one attack
        found = looting_apart(found, _VIOLENT | {RIOTS})  # 'rioted, looting shops': the riot (ACLED)
    if any(m.type in _VIOLENT and m.fatalities is not None for m, _ in found):  # 'killing 5 and seizing weapons'
        found = [(m, h) for m, h in found if m.sub_type != DISRUPTED_WEAPONS_USE]
    found = without_background([(m, h) for m, h in found if not in_subset(h.head) and not unsettled(m, h.head)])
    mentions = [m for m in split_per_place(art.ctx, sent, [m for m, _ in found]) if not country_wide(sent, m, art.ctx.places)]
    mentions = strategic.not_news(mentions, art.ctx.anchor, art.ctx.config.events.planned_horizon_days)  # plans, month-dated moves
    if nonconflict.hazard_sentence(sent, mentions):  # 'a tsunami killed 40': no political violence
        art.out_of_scope.add(sent.start_char)
        art.hazards.add(sent.start_char)
        mentions = [m for m in mentions if m.type in {PROTESTS, RIOTS}]
    arrests_at_protests(sent, mentions)
    mentions = unopposed_transfer(sent, mentions)
    if any(m.type in _VIOLENT and not m.weak for m in mentions):  # 'shelled them, forcing them to retreat'
        mentions = [m for m in mentions if (m.type, m.sub_type) != NON_VIOLENT_TRANSFER]
    crowds = [c.start for c in mentions if c.type in {PROTESTS, RIOTS}]
    for m in mentions:  # 'fought with police during a protest': the protest turned violent
        if (m.type, m.sub_type) == ARMED_CLASH and any(same_part(sent, m.start, c) for c in crowds):
            m.type, m.sub_type = VIOLENT_DEMONSTRATION
    if told and not mentions:  # the codebook rules read this sentence's events as no events
        art.out_of_scope.add(sent.start_char)
    return mentions


def _mention(art: _Article, sent: Span, hit: TriggerHit) -> tuple[Mention, TriggerHit] | None:
    """One trigger's event told in the sentence, with its sides, type, date, place, toll and
    sources; None when the trigger tells no event (an intention, a figure of speech, history)."""
    ctx, trigger = art.ctx, hit.head
    modality = assess(trigger)
    if modality.certainty is None or (modality.certainty == "planned" and hit.definition.weak):
        return None  # 'they would fight the junta': an intention, not an event
    agent, patient = repelled_roles(trigger, *roles(trigger))  # 'repelled an attack by X': X attacked
    agent, patient = (None if t is None or nobody(t) else t for t in (claimant(trigger) or agent, patient))
    if hit.definition.weak and _figurative(trigger, patient) or (
            hit.definition.resolve == "territory" and nonconflict.seized_goods(trigger)) or (
            nonconflict.not_political(trigger, hit.definition.type)):
        return None  # 'battle against inflation', 'seized 40 kg of heroin': no event
    agent, patient, actor1, actor2 = _sides(art, sent, hit, agent, patient)
    etype, sub = refine(hit.definition, trigger, sent, actor1, actor2, patient)
    if actor2 is None:  # 'police dispersed teachers protesting ...': who intervened
        actor2 = intervening_force((etype, sub), sent, art.dictionary, art.country)
    start = ctx.doc[hit.start].idx
    end = ctx.doc[hit.end - 1].idx + len(ctx.doc[hit.end - 1])
    para = paragraph_at(art.paragraphs, start)
    when = args.event_date(ctx, start, end, para, planned=modality.certainty == "planned")
    if when.source == "governing" and dates_a_state(ctx.dates, sent, trigger, getattr(when.value, "text", None)):
        when = args.Anchored(args.article_date(ctx), "article")
    if _historical(when.value, ctx.anchor, ctx.config.events.historical_days) or running_total(ctx, sent, when.value):
        return None
    if modality.certainty == "planned" and _before(when.value, ctx.anchor):
        when = args.Anchored(args.article_date(ctx), "article")
    actor_ids = {t.i for t in (agent, patient) if t is not None}
    where = args.event_location(ctx, sent, trigger, actor_ids, art.excluded, art.focus, para, art.dateline)
    weak = modality.weak or (hit.definition.weak and not _anchored(
        sent, actor1, actor2, where.score >= ctx.config.events.anchoring_place_score))
    sources = args.event_sources(ctx, sent, start, end)
    certainty = modality.certainty
    if certainty == "asserted" and sources:
        certainty = "reported"
    toll = args.event_fatalities(ctx, sent, trigger)
    mention = Mention(
        type=etype, sub_type=sub, trigger=ctx.text[start:end], start=start, end=end,
        sent_start=sent.start_char, sent_end=sent.start_char + len(ctx.text[sent.start_char:sent.end_char].rstrip()),
        certainty=certainty, weak=weak, date=when.value, date_source=when.source, location=where.value,
        location_source=where.source, location_score=where.score, actor1=actor1, actor2=actor2,
        fatalities=toll, revised_toll=revised_fatalities(sent, toll), sources=sources,
        cameo=hit.definition.cameo, plover=hit.definition.plover,
        plover_mode=hit.definition.plover_mode, lexicon_family=hit.definition.family,
        anaphoric=definite(trigger) and (when.source != "governing" or len(getattr(when.value, "value", "") or "") < 10),
        bare_toll=hit.definition.resolve == "target" and trigger.pos_ == "VERB" and agentless(trigger, agent),
        generic=hit.definition.resolve == "weapon" and sub == hit.definition.sub_type,
    )
    return mention, hit


def _sides(art: _Article, sent: Span, hit: TriggerHit, agent: Token | None,
           patient: Token | None) -> tuple[Token | None, Token | None, Actor | None, Actor | None]:
    """The doer and the one done to, as tokens and as actors: the trigger's roles first, then
    what refers back, the casualties of the sentence and the sentence's other actors."""
    ctx = art.ctx
    actor1 = _not_a_place(ctx, agent, actor_for(agent, art.dictionary, art.country))
    if agent is not None and refers_back(agent) and (actor1 is None or actor1.inter is None):
        actor1 = antecedent(agent, sent, art.dictionary, art.country, art.last_actor)
    actor2 = _not_a_place(ctx, patient, actor_for(patient, art.dictionary, art.country))
    if patient is not None and actor2 is None and refers_back(patient):  # 'repelled an attack by X', said they
        actor2 = antecedent(patient, sent, art.dictionary, art.country, None)
        actor2 = None if actor1 is not None and actor2 is not None and actor2.name == actor1.name else actor2
    if (actor2 is None or actor2.inter is None) and not armed_target(patient):  # 'hit the market, killing 12 civilians'
        hurt = casualty_patient(sent)  # but 'attacked a checkpoint, killing five people' stays a battle
        victim = _not_a_place(ctx, hurt, actor_for(hurt, art.dictionary, art.country))
        if victim is not None and (actor2 is None or victim.inter is not None):
            patient, actor2 = hurt, victim
    if actor1 is None or actor1.inter is None:
        actor1 = sentence_actor(sent, hit.start, art.dictionary, art.country, skip=patient) or actor1
    if actor2 is None and patient is None:  # 'A and B clashed': the other side
        actor2 = actor_for(conjoined_foe(agent), art.dictionary, art.country)
    if allies(actor1, actor2):  # 'police and army units manned checkpoints': one side, not a battle
        actor2 = None
    if actor1 is not None and actor1.inter in _ARMED:
        art.last_actor = actor1
    return agent, patient, actor1, actor2


def _historical(when: object, anchor: date | None, max_days: int) -> bool:
    """Events dated well before publication are background, not news (e.g. 'in 2011')."""
    value = getattr(when, "value", None)
    if anchor is None or not value:
        return False
    end = getattr(when, "until", None) or value
    if getattr(when, "precision", "") == "year" and end[:4].isdigit():
        return int(end[:4]) < anchor.year
    year = int(end[:4]) if end[:4].isdigit() else None
    if year is None:
        return False
    last = date(year, 12, 31) if len(end) < 7 else date(year, int(end[5:7]), 28)
    if len(end) >= 10:
        try:
            last = date.fromisoformat(end[:10])
        except ValueError:
            return False
    return (anchor - last).days > max_days


def _not_a_place(ctx: Context, token: Token | None, actor: Actor | None) -> Actor | None:
    """'the battle of Mosul': a place in a role slot is where, not who (unless a known actor)."""
    if token is None or actor is None or actor.inter is not None:
        return actor
    if any(p.start <= token.idx < p.end for p in ctx.places):
        return None
    return actor


def _figurative(trigger: Token, patient: Token | None) -> bool:
    """'battle against inflation', 'assault on the smartphone market': a thing, not a foe."""
    if patient is None or patient.pos_ not in {"NOUN"} or any(c.dep_ == "dobj" for c in trigger.children):
        return False  # 'opened fire on a teahouse': a weapon's target, never a figure of speech
    prep = patient.head
    if patient.lemma_.lower() in _GROUND_NOUNS:
        return False  # 'an attack on a village', 'an assault on the base': ground and positions are real
    return prep.dep_ == "prep" and prep.lower_ in {"against", "on"} and prep.head.i == trigger.i \
        and not is_agentive(patient) and patient.ent_type_ == ""


def _before(when: object, anchor: date | None) -> bool:
    """A planned event cannot be dated before publication: such a date governs something else."""
    value = getattr(when, "until", None) or getattr(when, "value", None)
    return bool(anchor and value and value[:10] < anchor.isoformat()[: len(value[:10])])


def _anchored(sent: Span, actor1: Actor | None, actor2: Actor | None, tied_place: bool) -> bool:
    """A weak trigger counts only next to an armed actor, a weapon, a toll or a tied place,
    and never in sports copy ('a thrilling clash at the stadium')."""
    seen = span_words(sent)
    if seen & _SPORT_WORDS:
        return False
    if any(a is not None and a.inter in _ARMED for a in (actor1, actor2)):
        return True
    return bool(seen & _ANCHOR_WORDS) or tied_place


def _best_actor(cluster: Cluster, attr: str, lead: tuple[str, str]) -> Actor | None:
    """Prefer the actors of the mentions that carry the event's sub-type, then known ones."""
    ranked = sorted(cluster.mentions, key=lambda m: ((m.type, m.sub_type) != lead, m.weak))
    actors = [getattr(m, attr) for m in ranked if getattr(m, attr) is not None]
    known = [a for a in actors if a.inter is not None]
    return (known or actors or [None])[0]


def _to_event(article_id: str, n: int, cluster: Cluster) -> Event:
    etype, sub = cluster.sub_type()
    lead = next(m for m in cluster.mentions if (m.type, m.sub_type) == (etype, sub))
    location, location_source = cluster.location
    spans = sorted({(m.sent_start, m.sent_end) for m in cluster.mentions})
    sources = list(dict.fromkeys(s for m in cluster.mentions for s in m.sources))
    return Event(
        id=f"{article_id}-e{n}", type=etype, sub_type=sub,
        actor1=_best_actor(cluster, "actor1", (etype, sub)),
        actor2=_best_actor(cluster, "actor2", (etype, sub)),
        date=cluster.date, location=location, fatalities=cluster_toll(cluster.mentions),
        attributed_to=sources, certainty=cluster.certainty(),  # type: ignore[arg-type]
        evidence=[TextSpan(start=s, end=e) for s, e in spans],
        date_source=cluster.date_source, location_source=location_source,  # type: ignore[arg-type]
        cameo=lead.cameo, plover=lead.plover, plover_mode=lead.plover_mode,
        triggers=[m.trigger for m in cluster.mentions],
    )
