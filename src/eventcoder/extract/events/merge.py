"""One event per real-world event: mentions of the same event in several sentences merge.

Two mentions merge when they share a type family, their dates are compatible (same day
±1, or one only falls back to the article's date and the other is recent), and their places
are the same or within ``EventConfig.merge_km``.  A weak mention (background, evaluation) joins an event but
never starts one.  What rules a merge out or in beyond that (two stated towns, a strike beside a
bomb, other sides, the two riot sub-types, a raid and its gunfights) is weighed in ``evidence.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from eventcoder.extract.events.config import EventConfig
from eventcoder.extract.events.evidence import (
    evidence_against,
    kinds_agree,
    same_fight,
    settle_kind,
    town_conflict,
)
from eventcoder.extract.events.kinds import (
    BATTLES,
    EXCESSIVE_FORCE,
    EXPLOSIONS,
    GOVERNMENT_REGAINS,
    MOB_VIOLENCE,
    NON_STATE_OVERTAKES,
    NON_VIOLENT_TRANSFER,
    PROTEST_WITH_INTERVENTION,
    PROTESTS,
    RIOTS,
    VIOLENCE_AGAINST_CIVILIANS,
    VIOLENT_DEMONSTRATION,
)
from eventcoder.geo import haversine_km
from eventcoder.model import Actor, Fatalities, Location, TimeRef

_CERTAINTY_RANK = {"asserted": 0, "reported": 1, "alleged": 2, "planned": 3, "denied": 4}
_SUBTYPE_PRIORITY = {
    GOVERNMENT_REGAINS[1]: 3, NON_STATE_OVERTAKES[1]: 3,
    EXCESSIVE_FORCE[1]: 3, PROTEST_WITH_INTERVENTION[1]: 2, VIOLENT_DEMONSTRATION[1]: 4,
}
"""When mentions of one event disagree, the more specific sub-type wins (unlisted ones score 0)."""
_VIOLENT = {BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS}
"""'the attack' after a bombing names the bombing: political violence of any of these types."""
_FAMILY = {PROTESTS: "demonstration", RIOTS: "demonstration"}
_SUBTYPE_FAMILIES = {BATTLES, EXPLOSIONS, PROTESTS, RIOTS}


@dataclass
class Mention:
    """One trigger in one sentence, with its resolved arguments."""

    type: str
    sub_type: str
    trigger: str
    start: int
    end: int
    sent_start: int
    sent_end: int
    certainty: str
    weak: bool
    date: TimeRef | None
    date_source: str
    location: Location | None
    location_source: str
    location_score: int
    actor1: Actor | None = None
    actor2: Actor | None = None
    fatalities: Fatalities | None = None
    sources: list[str] = field(default_factory=list)
    cameo: str | None = None
    plover: str | None = None
    plover_mode: str | None = None
    lexicon_family: str | None = None
    generic: bool = False
    """The sub-type is a lexicon default (a bare 'bombardment'), not read from the text."""
    anaphoric: bool = False
    """'the attack', 'the blast' with no date of its own: the event named before."""
    revised_toll: bool = False
    """Its toll is an update told by a tally that rose ('the toll has risen to 19'): the latest
    toll of the event, coded over the first report's lower one."""
    bare_toll: bool = False
    """'Nine people were killed': a toll with no agent and no date of its own."""
    split_from: int | None = None
    """Sentence start when the sentence gave one toll per place: such mentions never merge."""
    headline: bool = False
    """In the article's title line: a summary of the body, never an event of its own beside it."""
    separate: bool = False
    """Its sentence opens with 'Separately', 'Elsewhere': another incident, never a retelling."""
    reference: bool = False
    """Told only to date another event ('a day after clans signed a truce'): like a headline, it
    joins the event of its kind the article tells, and starts one only when none is told."""

    @property
    def family(self) -> str:
        if (self.type, self.sub_type) == NON_VIOLENT_TRANSFER:  # 'withdrew', 'handed over', 'entered
            return f"{self.type}/movement"  # unopposed': tellings of one place changing hands
        if self.lexicon_family:
            return f"{self.type}/{self.lexicon_family}"
        if (self.type, self.sub_type) == MOB_VIOLENCE:
            return "/".join(MOB_VIOLENCE)
        if self.type in _SUBTYPE_FAMILIES:
            return _FAMILY.get(self.type, self.type)
        return f"{self.type}/{self.sub_type}"


@dataclass
class Cluster:
    """Mentions judged to describe one event."""

    mentions: list[Mention]

    @property
    def date(self) -> TimeRef | None:
        return self._best_date()[0]

    @property
    def date_source(self) -> str:
        return self._best_date()[1]

    def _best_date(self) -> tuple[TimeRef | None, str]:
        """The date most mentions of the event's own sub-type state; plans count last."""
        lead = self.sub_type()
        stated = [m for m in self.mentions
                  if m.date_source in {"governing", "paragraph"} and m.date is not None and m.date.value]
        own = [m for m in stated if (m.type, m.sub_type) == lead]
        pool = [m for m in own if m.certainty != "planned"] or own or stated
        pool = [m for m in pool if m.date is not None and len(m.date.value or "") >= 10] or pool  # a day over 'June'
        if pool:
            votes = Counter((m.date.value or "")[:10] for m in pool if m.date is not None)
            top = max(votes.values())
            best = next(m for m in pool if m.date is not None and votes[(m.date.value or "")[:10]] == top)
            return best.date, best.date_source
        fallback = self.mentions[0]
        return fallback.date, fallback.date_source

    @property
    def location(self) -> tuple[Location | None, str]:
        """The best-attached place; ACLED codes the most precise one, so a town inside that province."""
        best = max(self.mentions, key=lambda m: (m.location_score, not m.weak))
        inner = [m for m in self.mentions if m.location_source != "focus" and within(best.location, m.location)]
        if inner:
            best = max(inner, key=lambda m: (m.location_score, not m.weak))
        return best.location, best.location_source

    def sub_type(self) -> tuple[str, str]:
        """Type and sub-type: the most specific one told (not planned), then the most frequent, then
        the one told with its own day and place, then the first; a bare toll ('six people were
        killed') says nothing of how, so it types the event only when nothing else does.  The
        retellings then settle it (``evidence.settle_kind``)."""
        firm = [m for m in self.mentions if m.certainty not in {"alleged", "denied"}] or self.mentions
        counts = (Counter((m.type, m.sub_type) for m in firm if not m.weak and not m.generic and not m.bare_toll)
                  or Counter((m.type, m.sub_type) for m in firm if m.headline and not m.generic)  # 'Jets pound port'
                  or Counter((m.type, m.sub_type) for m in firm if not m.weak and not m.bare_toll)
                  or Counter((m.type, m.sub_type) for m in firm if not m.weak)
                  or Counter((m.type, m.sub_type) for m in firm))
        first = {key: i for i, key in reversed(list(enumerate((m.type, m.sub_type) for m in self.mentions)))}
        told = {(m.type, m.sub_type) for m in firm if m.certainty != "planned"}  # 'would take every town' is no takeover
        grounded = Counter((m.type, m.sub_type) for m in firm if _grounded(m))
        lead = max(counts, key=lambda k: (_SUBTYPE_PRIORITY.get(k[1], 0) if k in told else 0, counts[k],
                                          grounded[k], -first[k]))
        return settle_kind(lead, firm)

    def certainty(self) -> str:
        return min((m.certainty for m in self.mentions), key=lambda c: _CERTAINTY_RANK.get(c, 9))


def _grounded(m: Mention) -> bool:
    """The mention's own sentence gives both its day and its place: the best evidence of what
    happened, before a retelling that borrows them."""
    return m.date_source == "governing" and m.location_source in {"governing", "sentence"}


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _prefix(ref: TimeRef) -> str:
    return (ref.value or "")[: {"year": 4, "month": 7}.get(ref.precision, 10)]


def _recent(ref: TimeRef | None, anchor: date | None, days: int) -> bool:
    """A date within ``days`` of publication (or a range that reaches it)."""
    if ref is None or anchor is None:
        return True
    day, until = _day(ref.value), _day(ref.until)
    if day is not None and abs((day - anchor).days) <= days:
        return True
    if until is not None and abs((until - anchor).days) <= days:
        return True  # a period that runs up to publication ('since September')
    return day is None and anchor.isoformat().startswith(_prefix(ref))


def _within(ref: TimeRef, span: TimeRef) -> bool:
    """A day inside a stated range ('besieged since May' covers last Sunday)."""
    if not span.until:
        return False
    day = (ref.value or "")[:10]
    return bool(day) and (span.value or "")[: len(day)] <= day <= span.until[: len(day)]


def dates_compatible(a: Mention, b: Mention, anchor: date | None, days: int = 1) -> bool:
    """Same day ± ``days``, same month/year at the coarser precision; article fallbacks match recent dates."""
    fallback = {"article", "none"}
    if a.date_source in fallback and b.date_source in fallback:
        return True
    if a.date_source in fallback:
        return _recent(b.date, anchor, days)
    if b.date_source in fallback:
        return _recent(a.date, anchor, days)
    if a.date is None or b.date is None:
        return True
    if _within(a.date, b.date) or _within(b.date, a.date):
        return True
    da, db = _day(a.date.value), _day(b.date.value)
    if da is not None and db is not None and a.date.precision in {"day", "hour", "minute"} \
            and b.date.precision in {"day", "hour", "minute"}:
        return abs((da - db).days) <= days
    pa, pb = _prefix(a.date), _prefix(b.date)
    n = min(len(pa), len(pb))
    return bool(n) and pa[:n] == pb[:n]


def km(a: Location, b: Location) -> float | None:
    """Distance between two located places, None when either lacks coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def within(region: Location | None, place: Location | None) -> bool:
    """'Kunar' and 'Asadabad': a province or region that holds the other place."""
    if region is None or place is None or region.precision not in {"admin1", "region"} \
            or place.precision in {"admin1", "region", "country"}:
        return False
    same_country = region.country_code is not None and region.country_code == place.country_code
    return same_country and (place.admin1 or "").lower() == region.name.lower()


def places_compatible(a: Location | None, b: Location | None, max_km: float) -> bool:
    """Same place, within ``max_km``, a country-level place, or one place inside the other's province."""
    if a is None or b is None:
        return True
    if a.name.lower() == b.name.lower() or within(a, b) or within(b, a):
        return True
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    if "country" in {a.precision, b.precision}:
        return True
    dist = km(a, b)
    return dist is not None and dist <= max_km


def compatible(cluster: Cluster, m: Mention, anchor: date | None, cfg: EventConfig) -> bool:
    """Same family, places within reach, dates that agree with every strong mention."""
    if not all(kinds_agree(c, m) for c in cluster.mentions[:1]):
        return False
    if town_conflict(cluster.mentions, m, cfg.town_apart_km) or evidence_against(cluster.mentions, m):
        return False
    if m.split_from is not None and any(
            c.split_from == m.split_from and c.location != m.location for c in cluster.mentions):
        return False
    loc, _ = cluster.location
    if not places_compatible(loc, m.location, cfg.merge_km):
        return False
    return all(dates_compatible(c, m, anchor, cfg.merge_days) for c in cluster.mentions if not c.weak) or all(
        c.weak for c in cluster.mentions)


Rejoin = Callable[[list[Cluster], Mention], "Cluster | None"]
"""Where a mention no cluster takes by place and date still belongs (an event it retells), if anywhere."""


def cluster_mentions(mentions: list[Mention], anchor: date | None, cfg: EventConfig | None = None,
                     rejoin: Rejoin | None = None) -> list[Cluster]:
    """Greedy single pass in text order: strong mentions start events, weak ones only join."""
    cfg = cfg or EventConfig()
    clusters: list[Cluster] = []
    pending_weak: list[Mention] = []
    for m in mentions:
        pool = [c for c in clusters if any(x.sent_start == m.sent_start for x in c.mentions)] \
            if m.separate else clusters  # 'Separately, ...' joins only what its own sentence told
        home = next((c for c in pool if compatible(c, m, anchor, cfg)), None)
        if home is None:  # 'police raided the district' beside 'gunfights went on': one operation
            home = next((c for c in pool if same_fight(c.mentions, m)), None)
        if home is None and m.anaphoric:
            home = next((c for c in reversed(pool) if c.mentions[0].family == m.family
                         or {c.mentions[0].type, m.type} <= _VIOLENT), None)
            if home is not None:  # 'the strike' names the event; its sentence's place and date may be another's
                m.location, m.location_score, m.date_source = None, -1, "anaphora"
                m.weak = m.weak or home.mentions[0].family != m.family  # 'the attack' names a bombing, never retypes it
        if home is None and rejoin is not None:
            home = rejoin(pool, m)
        if home is not None:
            home.mentions.append(m)
        elif m.weak:
            pending_weak.append(m)
        else:
            clusters.append(Cluster([m]))
    for m in pending_weak:  # weak mentions seen before the event they belong to
        home = next((c for c in clusters if compatible(c, m, anchor, cfg)), None)
        if home is not None:
            home.mentions.append(m)
    for c in clusters:
        c.mentions.sort(key=lambda x: x.start)
        named_over_unidentified(c)
    return clusters


_NON_STATE = {2, 3, 4}


def named_over_unidentified(cluster: Cluster) -> None:
    """'The gangs stormed the town ... Viv Ansanm fighters burned the station': one telling names
    the group another leaves unidentified; of the same side (inter code) the named group stands."""
    for attr in ("actor1", "actor2"):
        actors = [getattr(m, attr) for m in cluster.mentions if getattr(m, attr) is not None]
        named = {_side(a.inter): a for a in reversed(actors) if a.inter is not None and not a.name.startswith("Unidentified")}
        for m in cluster.mentions:
            actor = getattr(m, attr)
            if actor is not None and actor.name.startswith("Unidentified") and _side(actor.inter) in named:
                setattr(m, attr, named[_side(actor.inter)])


def _side(inter: int | None) -> int | None:
    """Rebels, militias and gangs (inter 2-4) are one side for an unidentified group: it may be any of them."""
    return 3 if inter in _NON_STATE else inter
