"""Mentions that retell an event told elsewhere in the article, or tell a part of it: ACLED codes
one event per reported occurrence, and a report's later sentences, headline and details (the
houses burnt, the men arrested, the weapons seized during an attack) are more evidence for it.

A mention retells an earlier event when it has no date and no place of its own (its date and
place come from the paragraph, the article's focus or publication): 'The gunmen fled on
motorbikes', 'The raid lasted an hour'.  A headline sums up the body: it never starts an event the body
tells, and its region-level place ('in Kunar province') never outranks the body's town.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from eventcoder.extract.events.config import EventConfig
from eventcoder.extract.events.evidence import kinds_agree
from eventcoder.extract.events.kinds import (
    BATTLES,
    DISRUPTED_WEAPONS_USE,
    EXCESSIVE_FORCE,
    EXPLOSIONS,
    LOOTING,
    PROTEST_WITH_INTERVENTION,
    RIOTS,
    VIOLENCE_AGAINST_CIVILIANS,
    sub_type,
)
from eventcoder.extract.events.merge import (
    Cluster,
    Mention,
    cluster_mentions,
    compatible,
    dates_compatible,
    places_compatible,
    within,
)
from eventcoder.extract.events.wire_lines import slug_line
from eventcoder.extract.lexicons import words
from eventcoder.extract.text import in_headline, paragraphs

ARRESTS = sub_type("Arrests")
AGREEMENT = sub_type("Agreement")
_LOSING = words("losing_verbs")
_VIOLENT = {BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS, RIOTS}
_PARTS = {ARRESTS, LOOTING, DISRUPTED_WEAPONS_USE, sub_type("Non-violent transfer of territory")}
"""What happens during an attack or a raid and ACLED codes inside it: arrests, burning, seizures,
the attackers' withdrawal."""
_TERRITORY = {sub_type("Non-state actor overtakes territory"), sub_type("Government regains territory")}
"""Sub-types that say more than the attack they are told with: they keep their weight in the event."""
Agrees = Callable[..., bool]
"""Whether a mention's date allows it to join a cluster."""
_SEIZURES = {ARRESTS, DISRUPTED_WEAPONS_USE}
_POLICED = {EXCESSIVE_FORCE, PROTEST_WITH_INTERVENTION}
_OWN = {"governing", "sentence"}
"""Sources of a date or place the mention's own sentence states."""
_SEPARATE = words("separation_cues")
TITLE_MAX_WORDS = 24
"""A first line longer than this is a lead sentence that lost its full stop, not a title."""
_STOPS = set(".!?\"”’:")
_BULLETS = set("*•-–·▪")
_LABEL_PART = r"[A-Z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,4}"
_ENTRY_LABEL = re.compile(rf"[ \t]*{_LABEL_PART}(?: / {_LABEL_PART})+ [-–—] ")
"""A digest entry's label: region and town parted by slashes, then a dash ('Gedo / Bulo Hawo - ')."""

def mark_headlines(text: str, mentions: list[Mention]) -> None:
    """Flag mentions in a title line that has body text after it (a one-line note is no headline)."""
    bounds = paragraphs(text)
    if len(bounds) < 2:
        return
    body_start = bounds[1][0]
    title = _title_line(text[bounds[0][0]:bounds[0][1]])
    for m in mentions:
        m.headline = (m.start < body_start and (in_headline(text, m.start) or (title and m.start < bounds[0][1]))) \
            or (highlight(text, m.start) and not dated_on_line(text, m)) \
            or slug_line(text, m.start)  # 'UPDATE 1 - Toll rises ...': a take's summary, like the title


def dated_on_line(text: str, m: Mention) -> bool:
    """The mention's own date is written on its line ('- 5 May: drone strike on X'); a date
    governing from a title ('Update (covering 3 to 8 May)') makes a bullet no entry."""
    at = getattr(m.date, "start", None)
    if m.date_source not in _OWN or at is None:
        return False
    return text.rfind("\n", 0, m.start) == text.rfind("\n", 0, at)


def highlight(text: str, at: int) -> bool:
    """'* Russian drone kills four in Sumy', '- Gunmen kill 7 in Zamfara': a short bulleted line
    with prose after it is a highlight of the story, a summary like the title."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if len(line) < 3 or line[0] not in _BULLETS or line[1] != " " or len(line.split()) > TITLE_MAX_WORDS:
        return False
    return any(len(p.split()) > TITLE_MAX_WORDS for p in text[end:].split("\n"))  # a body follows


def mark_separate(text: str, mentions: list[Mention]) -> None:
    """Flag mentions whose sentence opens with a turn to another incident ('Separately, a mine
    exploded ...', 'Elsewhere, gunmen ...') or calls its incident separate ('police fired at a
    separate sit-in'), so that it never joins an event of the same town and day told before."""
    for m in mentions:
        opening = text[m.sent_start:m.sent_end].lower().lstrip(" \"'“-–—")
        m.separate = any(opening.startswith(cue) and not opening[len(cue):len(cue) + 1].isalpha()
                         for cue in _SEPARATE) or digest_entry(text, m.start) or " a separate " in f" {opening}"


def digest_entry(text: str, at: int) -> bool:
    """'Kandahar / Spin Boldak – gunmen ...': a line opening with a 'region / town' label is one
    entry of a digest, one incident per line, so it never merges with the entry before it."""
    start = text.rfind("\n", 0, at) + 1
    return _ENTRY_LABEL.match(text, start) is not None and text.find("\n", start, at) < 0


def _title_line(first: str) -> bool:
    """The article's first paragraph as one line with no closing stop ('Army repels raid near X;
    drone strike kills seven at Y'): a title, however many clauses it packs."""
    line = first.strip()
    return bool(line) and "\n" not in line and len(line.split()) <= TITLE_MAX_WORDS and line[-1] not in _STOPS


def violent(m: Mention) -> bool:
    return m.type in _VIOLENT


def undated(m: Mention) -> bool:
    """No date of its own: the date was borrowed from the paragraph, the article, or nothing."""
    return m.date_source not in _OWN


def placeless(m: Mention) -> bool:
    """No place of its own: the paragraph's or the article's focus place, or none."""
    return m.location_source not in _OWN


def _family_fits(cluster: Cluster, m: Mention) -> bool:
    """Same kind of event, or two kinds of political violence ('the attack' after a bombing)."""
    head = cluster.mentions[0]
    return head.family == m.family or (violent(head) and violent(m)) or (_doerless_death(m) and _policed(cluster))


def _doerless_death(m: Mention) -> bool:
    """A killing told with no doer, and no place or date of its own ('One nurse was killed by a bullet')."""
    return violent(m) and m.actor1 is None and (m.bare_toll or undated(m) and placeless(m))


def _policed(cluster: Cluster) -> bool:
    """A protest the police met with force: a death told next with no doer ('One nurse was killed
    by a bullet') is its toll (ACLED: excessive force against protesters), not an attack of its own."""
    return any((x.type, x.sub_type) in _POLICED for x in cluster.mentions if not x.weak)


def _nearest_before(clusters: list[Cluster], m: Mention, fits: Callable[[Cluster], bool]) -> Cluster | None:
    """The cluster told last before ``m`` that ``fits``."""
    told = [c for c in clusters if min(x.start for x in c.mentions) < m.start and fits(c)]
    return max(told, key=lambda c: max(x.start for x in c.mentions if x.start < m.start), default=None)


def _holds_part(event: Mention, part: Mention, retold: bool) -> bool:
    """'killed four ... while arresting wanted men', 'arrested a leader, seizing rifles' (or 'rifles
    were seized from them; they were arrested': the act told first holds the other), 'the
    fighters, who seized weapons, came back' in a sentence retelling an attack; but a seizure in
    an operation with no toll is the seizure ACLED codes (Disrupted weapons use)."""
    if violent(event):
        return event.fatalities is not None or event.anaphoric or retold
    return event.sub_type != part.sub_type and {event.sub_type, part.sub_type} <= _SEIZURES


def gave_up(m: Mention) -> bool:
    """'nine soldiers were killed in the assault and dozens surrendered': fighters laying down
    their arms in a battle are part of it (ACLED codes a surrender as an agreement only apart)."""
    return m.sub_type == AGREEMENT and m.trigger.lower().startswith(tuple(_LOSING))


def part_home(clusters: list[Cluster], m: Mention, when: Agrees, max_km: float) -> Cluster | None:
    """'seizing rifles' beside 'arrested a leader'; 'Houses were set on fire' after an attack:
    a part of an event told in the same sentence, or told later with no date or place of its own."""
    if m.sub_type not in _PARTS and not gave_up(m):
        return None
    for c in clusters:  # the same sentence: the raid's arrest, the attack's burning
        if any(x.sent_start == m.sent_start and _holds_part(x, m, retold=x is not c.mentions[0])
               for x in c.mentions):
            return c
    if not (undated(m) and placeless(m)):
        return None
    return _nearest_before(clusters, m, lambda c: any(violent(x) and not x.weak for x in c.mentions)
                           and _place_fits(c, m, max_km) and when(c, m))


def retold_home(clusters: list[Cluster], m: Mention, when: Agrees, max_km: float) -> Cluster | None:
    """A later mention with no date and no place of its own, or a bare toll, of the kind of an
    event told before: the event told last before it; an undated one in that event's province; one
    with a place of its own to an event of its kind told with none."""
    if m.bare_toll or (undated(m) and placeless(m)):
        home = _nearest_before(clusters, m, lambda c: _family_fits(c, m) and _place_fits(c, m, max_km)
                               and when(c, m, not undated(m)) and _own_place_fits(c, m, max_km))
    elif undated(m):  # 'fighting across Kunar province' after a clash in Asadabad
        home = _nearest_before(clusters, m, lambda c: _family_fits(c, m) and within(m.location, c.location[0])
                               and when(c, m))
    else:  # 'Gunmen seized a trader. ... took the trader in Asadabad': where, at last
        home = _nearest_before(clusters, m, lambda c: all(placeless(x) for x in c.mentions)
                               and any(x.family == m.family for x in c.mentions) and when(c, m, True))
    told = {x.family for x in home.mentions if not (x.bare_toll or x.weak)} if home is not None else set()
    if told and m.family not in told and m.sub_type not in _TERRITORY:
        m.weak = True  # 'killed' after a bombing is evidence; 'took over the town' after it says more
    return home


def _own_place_fits(cluster: Cluster, m: Mention, max_km: float) -> bool:
    """'a leader was shot dead in Argelia on Saturday' after a grenade in Jamundi: a death told with
    its own place far from the event before is another event, not its toll."""
    return placeless(m) or places_compatible(cluster.location[0], m.location, max_km)


def _place_fits(cluster: Cluster, m: Mention, max_km: float) -> bool:
    """The article's focus place is a guess, not the mention's own: only a paragraph's place binds."""
    return m.location_source != "paragraph" or places_compatible(cluster.location[0], m.location, max_km)


def headline_home(clusters: list[Cluster], m: Mention, max_km: float) -> Cluster | None:
    """The body event a headline mention sums up: of its kind at its place (or inside it) first,
    then the first of its kind, then another kind of political violence at its place."""
    body = [c for c in clusters if not all(x.headline for x in c.mentions) and _family_fits(c, m)]
    same = ([c for c in body if any(kinds_agree(x, m) and not x.weak for x in c.mentions)]
            or [c for c in body if any(kinds_agree(x, m) for x in c.mentions)])
    placed = [c for c in body if m.location is not None and places_compatible(c.location[0], m.location, max_km)]
    placed_same = [c for c in placed if c in same]
    return next(iter(placed_same or same or placed), None)


def as_evidence(m: Mention) -> None:
    """A headline or a part joins an event without its place or date outranking the body's."""
    m.weak = True
    m.location_score = -1
    if m.date_source in _OWN:
        m.date_source = "article"


def _rejoin(clusters: list[Cluster], m: Mention, when: Agrees, max_km: float) -> Cluster | None:
    """A part of an event, or a retelling of one, joins it; a part adds no sub-type."""
    home = part_home(clusters, m, when, max_km)
    if home is not None:
        as_evidence(m)
    else:
        home = retold_home(clusters, m, when, max_km)
    if home is not None:
        _share_toll(home, m)
        _lethal_force(home, m)
    return home


def _lethal_force(home: Cluster, m: Mention) -> None:
    """ACLED: protesters killed by the forces that met them is excessive force against protesters."""
    if _doerless_death(m) and _policed(home):
        for x in home.mentions:
            if (x.type, x.sub_type) == PROTEST_WITH_INTERVENTION:
                x.sub_type = EXCESSIVE_FORCE[1]


def _body_toll_first(home: Cluster, m: Mention) -> None:
    """The body's own count of an event outranks its headline's summary, which may be another
    event's ('Army and rebels clash near X as cattle raid kills seven'); a headline toll stays
    only for an event whose body gives none."""
    if any(x.fatalities is not None and x.fatalities.value for x in home.mentions if not x.headline):
        m.fatalities = None


def _share_toll(home: Cluster, m: Mention) -> None:
    """A retelling carries the toll of the event it retells: a figure near it ('three of them
    children') is then a subset, not a lower count of the same dead."""
    told = next((x.fatalities for x in home.mentions if x.fatalities is not None and x.fatalities.value), None)
    if m.fatalities is None and told is not None:
        m.fatalities = told


def cluster_article(text: str, mentions: list[Mention], anchor: date | None, cfg: EventConfig) -> list[Cluster]:
    """Body mentions cluster first; a headline mention (or one told only to date another event)
    then joins the body event it sums up, and starts an event only when the body tells none of
    its kind."""
    mark_headlines(text, mentions)
    mark_separate(text, mentions)

    def when(c: Cluster, m: Mention, own: bool = False) -> bool:
        """A paragraph's date binds ('since September' is not the day of the attack), and with
        ``own`` the mention's own date too; an article's date does not."""
        return (m.date_source != "paragraph" and not own) or all(
            dates_compatible(x, m, anchor, cfg.merge_days) for x in c.mentions if not x.weak)

    clusters = cluster_mentions([m for m in mentions if not (m.headline or m.reference)], anchor, cfg,
                                rejoin=lambda cs, m: _rejoin(cs, m, when, cfg.merge_km))
    for m in (m for m in mentions if m.headline or m.reference):
        home = headline_home(clusters, m, cfg.merge_km)
        if home is not None:
            as_evidence(m)
            _body_toll_first(home, m)
        else:
            home = next((c for c in clusters if all(x.headline for x in c.mentions)
                         and compatible(c, m, anchor, cfg)), None)
        if home is not None:
            home.mentions.append(m)
            home.mentions.sort(key=lambda x: x.start)
        elif not m.weak:
            clusters.append(Cluster([m]))
    return clusters
