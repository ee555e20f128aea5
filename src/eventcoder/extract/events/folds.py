"""Article-level folds, after clustering: a careful coder codes one event per incident, and the
sides' moves around a battle for a town (the losers' retreat, the winners' 'restored control',
reinforcements sent) are that battle told from another side, not events of their own.

Clustering reads an article in text order, so an explainer that tells the army's 'restored
control of the town' before its timeline's 'the army retakes the town' keeps both; these folds
look at the whole article's events at once.
"""

from __future__ import annotations

import re
from datetime import date

from eventcoder.extract.events.config import EventConfig
from eventcoder.extract.events.kinds import (
    ARMED_CLASH,
    CHANGE_TO_GROUP,
    EXCESSIVE_FORCE,
    GOVERNMENT_REGAINS,
    NON_STATE_OVERTAKES,
    NON_VIOLENT_TRANSFER,
    PEACEFUL_PROTEST,
    PROTEST_WITH_INTERVENTION,
    RIOTS,
    event_type,
    kind,
)
from eventcoder.extract.events.merge import Cluster, Mention, dates_compatible, places_compatible, within
from eventcoder.extract.events.retelling import as_evidence, placeless, undated
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import Paragraphs, paragraph_index, paragraphs
from eventcoder.model import Location

_GAINS = {GOVERNMENT_REGAINS, NON_STATE_OVERTAKES}
_BASE = kind(event_type("Strategic developments"), "Headquarters or base established")
_FIGHTS = _GAINS | {ARMED_CLASH}
_POLICED = {PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE}
_APART = words("apart_words")
_ARRESTS = kind(event_type("Strategic developments"), "Arrests")
_CROWDS = {event_type("Protests"), RIOTS}
_VIOLENT = {event_type("Battles"), event_type("Explosions/Remote violence"), event_type("Violence against civilians")}
_SETTING_MARKS = words("background_cues", "set_off_mark")
_CROWD_INTERS = {5, 6, 7}
"""ACLED's codes of rioters, protesters and civilians: who a crowd's arrests take."""
_RELATIVES = {"who", "whom", "which", "that", "whose"}
"""'arrested officials who had organised a protest': the protest is who they are, not the setting."""


def fold_article(text: str, clusters: list[Cluster], anchor: date | None, cfg: EventConfig) -> list[Cluster]:
    """Moves of the sides folded into the fight for the ground they concern; a crowd's violence
    folded into the protest the police met with force there."""
    out = list(clusters)
    paras = paragraphs(text)
    apart = _apart_sentences(text, clusters)
    for c in clusters:
        if any(m.sent_start in apart for m in c.mentions):
            continue
        home = (_ground_home(out, c, anchor, cfg) or _base_home(out, c) or _reinforcing_home(out, c)
                or _protest_home(out, c, paras, anchor, cfg) or _crowd_arrest_home(text, out, c) or _crowd_retold_arrests(out, c, paras) or _dated_twin(out, c)
                or _undated_telling(out, c))
        if home is not None and not any(m.sent_start in apart for m in home.mentions):
            for m in c.mentions:
                as_evidence(m)
                m.fatalities = None  # the home's own count stands (a vague retelling may carry a headline's)
            home.mentions.extend(c.mentions)
            home.mentions.sort(key=lambda x: x.start)
            out.remove(c)
    return out


def _apart_sentences(text: str, clusters: list[Cluster]) -> set[int]:
    """Starts of the sentences that set their event apart ('a separate sit-in', 'another attack')."""
    return {m.sent_start for c in clusters for m in c.mentions
            if _APART & set(re.findall(r"[a-z]+", text[m.sent_start:m.sent_end].lower()))}


def _strong(c: Cluster) -> list[Mention]:
    return [m for m in c.mentions if not m.weak] or c.mentions


def _kinds(c: Cluster) -> set[tuple[str, str]]:
    return {(m.type, m.sub_type) for m in _strong(c)}


def _ground_home(clusters: list[Cluster], c: Cluster, anchor: date | None, cfg: EventConfig) -> Cluster | None:
    """'Police retreated and regrouped 20 km away', 'the army said it had restored control of the
    town': a transfer told beside a town taken or retaken by force, at that town (or near it) on
    the same day, is the one who lost or won that fight: ACLED codes the fight alone."""
    if _kinds(c) != {NON_VIOLENT_TRANSFER}:
        return None
    return next((g for g in clusters if g is not c and g.sub_type() in _GAINS and _same_ground(g, c, anchor, cfg)), None)


def _same_ground(gain: Cluster, move: Cluster, anchor: date | None, cfg: EventConfig) -> bool:
    if not places_compatible(gain.location[0], move.location[0], cfg.merge_km):
        return False
    return all(dates_compatible(x, y, anchor, cfg.merge_days) for x in _strong(gain) for y in _strong(move))


def _base_home(clusters: list[Cluster], c: Cluster) -> Cluster | None:
    """'Fighters moved into a village and set up a base there': moving in to set up a base, told
    in the base's sentence, is the base's establishment (one event), not a transfer beside it."""
    if _kinds(c) != {NON_VIOLENT_TRANSFER}:
        return None
    sentences = {m.sent_start for m in _strong(c)}
    return next((g for g in clusters if g is not c and g.sub_type() == _BASE
                 and sentences <= {m.sent_start for m in g.mentions}), None)


def _reinforcing_home(clusters: list[Cluster], c: Cluster) -> Cluster | None:
    """'Reinforcements had been sent', told after a battle with no day or place of its own: the
    answer to that battle, not a change in a group's activity ACLED would code apart."""
    if _kinds(c) != {CHANGE_TO_GROUP} or not all(undated(m) and placeless(m) for m in _strong(c)):
        return None
    start = min(m.start for m in c.mentions)
    told = [g for g in clusters if g is not c and g.sub_type() in _FIGHTS and min(m.start for m in g.mentions) < start]
    return max(told, key=lambda g: min(m.start for m in g.mentions), default=None)


def _protest_home(clusters: list[Cluster], c: Cluster, paras: Paragraphs, anchor: date | None,
                  cfg: EventConfig) -> Cluster | None:
    """'Police shot two protesters dead in Gulu. Witnesses said they fired after youths blocked a
    road with burning tyres': a crowd's violence with no dead of its own, told in the paragraph of
    a protest the police met with force at that place that day, is that protest's part (ACLED codes
    one demonstration per place and day, typed by the intervention)."""
    if {m.type for m in _strong(c)} != {RIOTS} or any(m.fatalities is not None and m.fatalities.value for m in c.mentions):
        return None
    told = {paragraph_index(paras, m.start) for m in _strong(c)}
    return next((g for g in clusters if g is not c and g.sub_type() in _POLICED
                 and told <= {paragraph_index(paras, m.start) for m in g.mentions}
                 and places_compatible(g.location[0], c.location[0], cfg.town_apart_km)
                 and all(dates_compatible(x, y, anchor, cfg.merge_days) for x in _strong(g) for y in _strong(c))), None)


def _crowd_arrest_home(text: str, clusters: list[Cluster], c: Cluster) -> Cluster | None:
    """'Police broke up a sit-in and detained several women', 'Police held 15 people after they
    blocked a road': arrests told with a protest in its own sentence, before it or tied to it by
    'after', 'as', 'when', are the police's intervention in it (ACLED: a protest with intervention),
    not an event beside it; 'detained the men who had organised the protests' arrests people for one."""
    if _kinds(c) != {_ARRESTS}:
        return None
    arrests = _strong(c)
    home = next((g for g in clusters if g is not c and g.sub_type()[0] in _CROWDS and all(
        any(x.sent_start == m.sent_start and not x.weak and _told_with(text, x, m) for x in g.mentions)
        for m in arrests)), None)
    return _with_intervention(home)


def _with_intervention(home: Cluster | None) -> Cluster | None:
    """A peaceful protest whose people were arrested is a protest with intervention (ACLED)."""
    for m in home.mentions if home is not None else []:
        if (m.type, m.sub_type) == PEACEFUL_PROTEST:
            m.sub_type = PROTEST_WITH_INTERVENTION[1]
    return home


def _crowd_retold_arrests(clusters: list[Cluster], c: Cluster, paras: Paragraphs) -> Cluster | None:
    """'Riot police fired tear gas at the marchers in Lima. The ministry said 40 people were
    detained.': arrests told with no day or place of their own after a protest or riot, in its
    paragraph, are made in it (ACLED codes them in the demonstration), not an event beside it."""
    if _kinds(c) != {_ARRESTS} or not all(undated(m) and placeless(m) and _of_a_crowd(m) for m in _strong(c)):
        return None
    told = {paragraph_index(paras, m.start) for m in _strong(c)}
    first = min(m.sent_start for m in _strong(c))
    return _with_intervention(next((g for g in clusters if g is not c and g.sub_type()[0] in _CROWDS
                                    and any(x.sent_start < first for x in _strong(g))
                                    and told <= {paragraph_index(paras, m.start) for m in _strong(g)}), None))


def _of_a_crowd(arrest: Mention) -> bool:
    """Those arrested could be the crowd: people, protesters, rioters ('12 people were detained'),
    not an armed group or a gang ('arrested two gang leaders in the city' is another story)."""
    return arrest.actor2 is None or arrest.actor2.inter in _CROWD_INTERS


def _told_with(text: str, crowd: Mention, arrest: Mention) -> bool:
    """The crowd is told before the arrest, or after it behind a word that makes it the arrest's
    setting ('detained 15 after they blocked a road', 'as crowds marched')."""
    if crowd.start < arrest.start:
        return True
    between = set(re.findall(r"[a-z]+", text[arrest.end:crowd.start].lower()))
    return bool(between & _SETTING_MARKS) and not between & _RELATIVES


def _dated_twin(clusters: list[Cluster], c: Cluster) -> Cluster | None:
    """'a peace deal signed in Yirol' in a bulletin's headlines and 'the agreement' after it, dated
    by nothing better than a year, beside 'signed a peace agreement in Yirol on Tuesday': an event
    with no day of its own, of the same sub-type and at the same place as one told with its day,
    is that event told again."""
    if any(_own_day(m) for m in c.mentions) or c.location[0] is None:
        return None
    kind_of = c.sub_type()
    return next((g for g in clusters if g is not c and g.sub_type() == kind_of and any(_own_day(m) for m in g.mentions)
                 and _same_place(g.location[0], c.location[0])), None)


def _undated_telling(clusters: list[Cluster], c: Cluster) -> Cluster | None:
    """'Bandits have abducted 31 people in a raid in Zamfara' in the lead, then 'the gunmen
    stormed the village on Saturday': political violence told with no date at all (dated by
    publication) at the place of the one event of its type told with its day is that event told
    again (ACLED: one event per incident); with two such events it stays, as nothing says which."""
    strong = _strong(c)
    if c.location[0] is None or not all(m.date_source == "article" for m in strong) \
            or not {m.type for m in strong} <= _VIOLENT:
        return None
    kind_of = c.sub_type()[0]
    twins = [g for g in clusters if g is not c and g.sub_type()[0] == kind_of and any(_own_day(m) for m in g.mentions)
             and _same_place(g.location[0], c.location[0])]
    return twins[0] if len(twins) == 1 else None


def _own_day(m: Mention) -> bool:
    return not undated(m) and m.date is not None and len(m.date.value or "") >= 10


def _same_place(a: Location | None, b: Location | None) -> bool:
    return a is not None and b is not None and (a.name.lower() == b.name.lower() or within(a, b) or within(b, a))
