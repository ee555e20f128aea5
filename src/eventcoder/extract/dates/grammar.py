"""The temporal grammar: regex rules that turn words into :class:`Expr` atoms.

Each rule is a pattern plus a builder (:mod:`.builders`) that may still reject the match (a day 42, a bare
month with no preposition). :func:`scan` runs every rule, keeps the longest non-overlapping
atoms, then composes clock times with the day they belong to ("5am local time [03:00 GMT]"
+ "on Wednesday"). A bare clock time is not a date and is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from eventcoder.extract.dates import builders as b
from eventcoder.extract.dates import holidays as hd
from eventcoder.extract.dates import periods as pr
from eventcoder.extract.dates import spelled as sp
from eventcoder.extract.dates.config import DateConfig
from eventcoder.extract.dates.expr import Clock, Expr
from eventcoder.extract.dates.lexicon import (
    MONTH_RE,
    MONTHS,
    NUMBER_WORD_RE,
    PART_OF_DAY_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    word_anchor,
)
from eventcoder.extract.lexicons import words

SpanTest = Callable[[int, int], bool]


def _never(start: int, end: int) -> bool:
    return False


@dataclass(frozen=True)
class Hints:
    """What a parse can tell the grammar about a span; both default to 'no' without one.

    counts   -- the number counts something ('2000 civilians'): not a year
    is_date  -- the tagger calls it a DATE ('the 2011 uprising'): a hint, never enough alone
    """

    counts: SpanTest = _never
    is_date: SpanTest = _never


@dataclass(frozen=True)
class Atom:
    """One matched expression: its span in the text and what it says (None for a bare clock).

    ``second`` is where a range's written second end starts ('between 1985 and *1987*'): each
    end is a time of its own, listed as its own item.
    """

    start: int
    end: int
    expr: Expr | None
    local: Clock | None = None
    utc: Clock | None = None
    second: int | None = None


Builder = Callable[[re.Match[str]], Expr | None]

_I = "(?i:{})".format
PREP = r"(?:\b(?P<prep>" + _I(r"on|in|since|until|till|by|from|during|throughout|as\s+of") + r")\s+)?"
_MONTH_PREP = r"(?:\b(?P<prep>" + _I(r"on|in|since|until|till|by|from|during|throughout|through|for|before|after|as\s+of") \
    + r")\s+)?"
"""A month alone needs a preposition: more of them than before a day ('for November', 'through January')."""
_MON = r"\b(?P<mon>" + MONTH_RE + r")(?!\w)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_DAY2 = r"(?:\s*(?:[-–]|" + _I("to|and") + r")\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?!\d))?"
_YEAR = r"(?P<y>(?:1[89]|20)\d\d)(?!\d|[,.]\d|%)"
_WDP = r"(?:(?P<wdn>" + WEEKDAY_RE + r"),?\s+)?"
_MOD = _I(r"early|late|mid|the\s+(?:start|beginning|end|middle)\s+of|the\s+(?:first|second)\s+half\s+of"
         r"|the\s+(?:first|second|third|fourth|last)\s+(?:week|days|weeks)\s+of")
_REL_YEAR = r",?\s+(?P<ry>" + _I("this|last|next") + r")\s+" + _I("year") + r"(?![\w'’-])"
"""'in April next year', 'March 3 last year': the month in the year named relative to publication."""
_SEASON = _I(r"(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?")
_FUNCTION_AFTER_YEAR = words("year_stop_words")


@dataclass(frozen=True)
class Rule:
    """One grammar rule: a pattern, the builder that reads its match, and its anchor.

    The anchor is a short pattern for the word every match must contain (a month name, a
    year, 'yesterday'). A scan looks for anchors first and tries the pattern only around them
    (the patterns open with optional prepositions, which defeat the regex engine's own
    prefilter); the anchors *are* the prefilter, so a new rule brings its own. A rule without
    an anchor is tried at every word start.
    """

    name: str
    pattern: str
    build: Builder
    anchor: str | None = None


def _words(*words: str) -> str:
    return word_anchor(list(words))


_YEAR_ANCHOR = r"(?:1[89]|20)(?<!\w..)\d\ds?(?!\w)"
_MONTH_ANCHOR = word_anchor(list(MONTHS), capitalised=True)
_DIGIT_WORD = r"\d(?<!\w\d)\w*"
_NUMERIC_ANCHOR = _DIGIT_WORD + r"(?=[/.]\d)"
_TIME_ANCHOR = _DIGIT_WORD + r"(?!\w)(?:(?<=[aApP][mM])|(?=\s*(?:[aApP]\.?[mM]\b|[:.]\d\d)|\s*(?:GMT|UTC|hrs|hours|local)))" \
    + "|" + _words("noon", "midnight")

RULES: list[Rule] = [
    Rule("iso", PREP + r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"
         r"(?:T(?P<hh>\d\d):(?P<mm>\d\d)(?::\d\d)?(?P<z>Z)?)?(?![\d-])", b.iso, _YEAR_ANCHOR),
    Rule("numeric", PREP + r"(?<![\d./])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})(?![\d/]|\.\d)",
         b.numeric, _NUMERIC_ANCHOR),
    Rule("day_month", PREP + _WDP + r"(?:" + _I("the") + r"\s+)?(?<![\d.,])" + _DAY + _DAY2
         + r"\s+(?:" + _I("of") + r"\s+)?" + _MON + r"(?:,?\s+" + _YEAR + r"|" + _REL_YEAR + r")?", b.day_month,
         _MONTH_ANCHOR),
    Rule("month_day", PREP + _WDP + _MON + r"\s+" + _DAY + _DAY2 + r"(?:,?\s+" + _YEAR + r"|" + _REL_YEAR
         + r")?(?![\d,]\d)", b.day_month, _MONTH_ANCHOR),
    Rule("month_year", PREP + r"(?:(?P<mod>" + _MOD + r")[\s-]+)?" + _MON + r",?\s+(?:" + _I("of")
         + r"\s+)?" + _YEAR, b.month_year, _MONTH_ANCHOR),
    Rule("month_range", r"\b" + _I("from|between") + r"\s+" + _MON + r"\s+(?:[-–]|" + _I("to|and|until|through")
         + r")\s+\b(?P<mon2>" + MONTH_RE + r")(?!\w)(?:,?\s+" + _YEAR + r")?", b.month_range, _MONTH_ANCHOR),
    Rule("bare_month", _MONTH_PREP + r"(?:(?P<mod>" + _MOD + r")[\s-]+)?(?:(?P<dir>" + _I("last|next|this") + r")\s+|"
         r"(?P<det>" + _I("the|a|an|its|their|his|her") + r")\s+)?" + _MON + r"(?!\.?\s*\d)(?:" + _REL_YEAR + r")?(?=\s+(?P<noun>[a-z]+))?",
         b.bare_month, _MONTH_ANCHOR),
    Rule("weekday", PREP + r"(?:(?P<mod>" + _I("late|early|earlier|later|overnight") + r")\s+(?:" + _I("on")
         + r"\s+)?)?(?:(?P<dir>" + _I(r"last|next|this|this\s+past|this\s+coming|coming|past") + r")\s+)?"
         r"\b(?P<wd>" + WEEKDAY_RE + r")(?:\s+(?P<pod>" + PART_OF_DAY_RE + r"))?(?!\w)", b.weekday,
         word_anchor(list(WEEKDAYS), capitalised=True)),
    Rule("deictic", r"(?:\b(?P<prep>" + _I("since|until|by|from") + r")\s+)?(?<!USA\s)\b(?!TODAY|TONIGHT)(?P<w>"
         + _I(r"the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|"
              r"(?:this|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)") + r")(?!\w)", b.deictic,
         _words("yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night")),
    Rule("weekend", r"(?:\b" + _I("over|during|at|on|by") + r"\s+)?\b(?P<dir>" + _I("the|this|last|next")
         + r")\s+" + _I("weekend") + r"(?!\w)", b.weekend, _words("weekend")),
    Rule("relative", PREP + r"(?:(?P<mod>" + _MOD + r"|" + _I("earlier|later") + r")[\s-]+)?\b(?P<dir>"
         + _I(r"this|last|next|the\s+previous|previous|the\s+coming|coming|the\s+current|current")
         + r")\s+(?P<unit>" + _I("week|month|year") + r")(?!\w)", b.relative, _words("week", "month", "year")),
    Rule("the_year", r"(?:\b(?P<prep>" + _I("in|for|during|through|throughout|by|since|until") + r")\s+)?(?:(?P<mod>"
         + _MOD + r"|" + _I("earlier|later") + r")[\s-]+(?:" + _I("in|of") + r"\s+)?)?\b[Tt]he\s+(?:(?:full|whole|entire"
         r"|fiscal|current)\s+){0,2}year(?![\w'’-]|\s+(?:" + _I(r"ago|earlier|before|after|later|of|that|when|ended|ending"
         r"|since|to|in|\d+|" + NUMBER_WORD_RE) + r")(?!\w))", b.the_year, _words("year")),
    Rule("ago", r"\b(?P<n>" + _I(r"\d+|" + NUMBER_WORD_RE + r"|a\s+few|few|several|some|many") + r")\s+(?P<unit>"
         + _I(r"days?|weeks?|months?|years?") + r")\s+" + _I("ago") + r"(?:,?\s+(?P<same>" + _I(r"this\s+week|this\s+month|today"
         r"|to\s+the\s+day") + r"))?(?!\w)", b.ago, _words("ago")),
    Rule("past_span", r"(?:\b(?P<prep>" + _I("in|over|during|for|within|throughout|until|till") + r")\s+)?"
         r"\b(?:" + _I("the") + r"\s+)?" + _I(r"past|last|previous|recent") + r"\s+(?:(?P<n>"
         + _I(r"\d+|" + NUMBER_WORD_RE + r"|few|several|couple\s+of") + r")\s+)?(?P<unit>"
         + _I(r"days?|weeks?|months?|years?|hours?") + r")(?!\w)", b.past_span,
         _words("past", "last", "previous", "recent")),
    Rule("year", r"(?:\b(?P<prep>" + _I(r"in|since|until|till|by|from|during|throughout|before|after|through"
         r"|as\s+of|around|circa|between") + r")\s+)?(?:(?P<mod>" + _MOD + r"|" + _SEASON + r"|"
         + _I(r"the\s+year|fiscal(?:\s+year)?") + r")[\s-]+)?(?:(?P<the>" + _I("the") + r")\s+)?\b"
         + r"(?P<y>(?:1[89]|20)\d\d)(?P<s>['’]?s)?(?!\d|[,.]\d|%|\w)", b.year, _YEAR_ANCHOR),
    Rule("year_range", r"(?:\b(?P<lead>" + _I("from|between") + r")\s+)?\b(?P<y>(?:1[89]|20)\d\d)\s*(?P<sep>[-–]|"
         + _I("to|and|until|through") + r")\s*(?P<y2>(?:1[89]|20)\d\d)(?![\d\w])", b.year_range, _YEAR_ANCHOR),
    Rule("spelled_year", sp.PATTERN, sp.spelled_year, sp.ANCHOR),
    Rule("decade_words", sp.DECADE, sp.decade, sp.DECADE_ANCHOR),
    Rule("century", sp.CENTURY, sp.century, sp.CENTURY_ANCHOR),
    Rule("quarter", pr.QUARTER, pr.quarter, pr.QUARTER_ANCHOR),
    Rule("period", pr.PERIOD, pr.period, pr.PERIOD_ANCHOR),
    Rule("shifted", pr.SHIFTED, pr.shifted, pr.SHIFTED_ANCHOR),
    Rule("same_year", pr.SAME_YEAR, pr.same_year, pr.SAME_YEAR_ANCHOR),
    Rule("year_end", pr.YEAR_END, pr.year_end, pr.YEAR_END_ANCHOR),
    Rule("following", pr.FOLLOWING, pr.following, pr.FOLLOWING_ANCHOR),
    Rule("holiday", hd.HOLIDAY, hd.holiday, hd.HOLIDAY_ANCHOR),
    Rule("hinted_year", r"(?<![\w,.$€£#/-])(?P<y>(?:1[89]|20)\d\d)(?![\w%]|[,.]\d|[-/]\d)", b.hinted_year,
         _YEAR_ANCHOR),
]
_WORD_START = re.compile(r"\b\w")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _anchors(text: str, anchor: str | None) -> list[tuple[int, int]]:
    """Where a rule could match: its anchor's spans, or every word when it has none."""
    return [m.span() for m in _compiled(anchor if anchor is not None else r"\w+").finditer(text)]


def _finditer(rx: re.Pattern[str], text: str, triggers: list[tuple[int, int]],
              config: DateConfig) -> list[re.Match[str]]:
    """Matches of ``rx`` that cover a trigger, tried only from the word starts just before it."""
    found: dict[tuple[int, int], re.Match[str]] = {}
    for t_start, t_end in triggers:
        hi = min(len(text), t_end + config.right_window)
        for start in _WORD_START.finditer(text, max(0, t_start - config.left_window), t_start + 1):
            m = rx.match(text, start.start(), hi)
            if m and m.end() > t_start and (m.end() < hi or hi == len(text)):
                found.setdefault(m.span(), m)
    return [found[span] for span in sorted(found)]


_CLOCK_12 = r"(?P<{p}h>[01]?\d)(?:[:.](?P<{p}m>[0-5]\d))?\s*(?P<{p}ap>" + _I(r"a\.m\.|p\.m\.|am|pm") + r")(?!\w)"
_CLOCK_24 = r"(?P<{p}h>[0-2]?\d)[:.]?(?P<{p}m>[0-5]\d)"
_LOCAL_ZONES = "|".join(sorted(words("local_time_zones"), key=len, reverse=True))
"""US zones after a clock ('5 p.m. EST'): the time stays local, as written."""
_TIME_LEAD = r"(?:" + _I("at|around|about|from|after|before|by|until") + r"\s+)?"
_TIME = re.compile(
    _TIME_LEAD + r"(?:" + _CLOCK_12.format(p="l") + r"|" + _CLOCK_24.format(p="k") + r"\s*(?="
    + _I(r"hrs|hours|local|[\[(]") + r")|(?P<noon>" + _I("noon|midnight") + r"))(?:\s*" + _I(r"hrs|hours")
    + r")?(?:\s+" + _I(r"local(?:\s+time)?") + r"|\s+(?:" + _LOCAL_ZONES + r")\b)?(?:\s*[\[(]\s*(?:" + _CLOCK_12.format(p="u") + r"|"
    + _CLOCK_24.format(p="g") + r")\s*(?:GMT|UTC|Z)\s*[\])])?"
    r"|" + _TIME_LEAD + _CLOCK_24.format(p="z") + r"\s*(?:GMT|UTC)\b"
)
_COUNTED_NOUNS = words("counted_nouns_after_year")


def _clock(m: re.Match[str], p: str) -> Clock | None:
    """Read the clock of group prefix ``p``: 12-hour when an am/pm group exists, else 24-hour."""
    hour = m.groupdict().get(p + "h")
    if hour is None:
        return None
    minute = m.group(p + "m")
    h = int(hour)
    ap = (m.groupdict().get(p + "ap") or "").lower().replace(".", "")
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap == "pm" else 0)
    if h > 23:
        return None
    return Clock(h, int(minute) if minute else 0, minute is not None)


def _time_atom(m: re.Match[str]) -> Atom | None:
    noon = m.group("noon")
    local = _clock(m, "l") or _clock(m, "k") or (
        Clock(12 if noon.lower() == "noon" else 0) if noon else None)
    utc = _clock(m, "u") or _clock(m, "g") or _clock(m, "z")
    if local is None and utc is None:
        return None
    return Atom(m.start(), m.end(), None, local, utc)


def _may_count(rule: str, m: re.Match[str]) -> bool:
    """Only a year after a bare preposition can be a count ('since 2011 civilians');
    'summer of 2012' or 'late 2015' cannot."""
    if rule in ("year_range", "hinted_year", "spelled_year"):
        return True
    return rule == "year" and not m.group("mod") and not m.group("s")


def counts_lexically(text: str, lookahead: int = DateConfig.count_lookahead) -> SpanTest:
    """The parse-free test: a year-shaped number before a plural noun ('2011 civilians',
    '2000 displaced families'); looks at up to two lower-case words, stopping at a function word."""

    def counts(start: int, end: int) -> bool:
        for raw in text[end:end + lookahead].split()[:2]:
            word = raw.rstrip(",.;:!?)")
            if not word.isalpha() or not word.islower() or word in _FUNCTION_AFTER_YEAR:
                return False
            if word in _COUNTED_NOUNS or (word.endswith("s") and not word.endswith("ss")):
                return True
            if word != raw:
                return False
        return False

    return counts


def _rule_atoms(rule: Rule, text: str, anchors: list[tuple[int, int]], hints: Hints,
                lexical_counts: SpanTest, config: DateConfig) -> list[Atom]:
    """The atoms one rule finds around its anchors, after its builder and the count vetoes."""
    atoms = []
    for m in _finditer(_compiled(rule.pattern), text, anchors, config):
        expr = rule.build(m)
        if expr is None:
            continue
        if _may_count(rule.name, m) and (hints.counts(*m.span("y")) or (
                rule.name in ("hinted_year", "spelled_year") and lexical_counts(*m.span("y")))):
            continue
        if rule.name == "hinted_year" and not hints.is_date(m.start("y"), m.end("y")):
            continue
        start = m.start("mon") if rule.name == "bare_month" and m.group("det") else m.start()  # 'the October killing'
        atoms.append(Atom(start, m.end(), expr, second=_second_end(m) if expr.until else None))
    return atoms


def _second_end(m: re.Match[str]) -> int | None:
    """Where the second end of a range is written: its year, month or day group."""
    groups = m.groupdict()
    starts = [m.start(g) for g in ("y2", "mon2", "d2") if groups.get(g)]
    return min(starts) if starts else None


def _candidates(text: str, hints: Hints, config: DateConfig, rules: list[Rule]) -> list[Atom]:
    atoms: list[Atom] = []
    lexical_counts = counts_lexically(text, config.count_lookahead)
    anchors: dict[str | None, list[tuple[int, int]]] = {}  # rules often share an anchor
    for rule in rules:
        if rule.anchor not in anchors:
            anchors[rule.anchor] = _anchors(text, rule.anchor)
        atoms.extend(_rule_atoms(rule, text, anchors[rule.anchor], hints, lexical_counts, config))
    for m in _finditer(_TIME, text, _anchors(text, _TIME_ANCHOR), config):
        atom = _time_atom(m)
        if atom:
            atoms.append(atom)
    return atoms


def _longest(atoms: list[Atom]) -> list[Atom]:
    """Longest atoms first, earliest on ties; drop whatever overlaps an atom already kept.

    The kept atoms are disjoint, so only the neighbours of a new atom's start can overlap it.
    """
    starts: list[int] = []
    kept: list[Atom] = []
    for atom in sorted(atoms, key=lambda a: (a.start - a.end, a.start)):
        i = bisect_right(starts, atom.start)
        if i > 0 and kept[i - 1].end > atom.start:
            continue
        if i < len(kept) and kept[i].start < atom.end:
            continue
        starts.insert(i, atom.start)
        kept.insert(i, atom)
    return kept


def _adjacent(text: str, left: Atom, right: Atom) -> bool:
    return re.fullmatch(r"\s*,?\s*", text[left.end:right.start]) is not None


def _compose(text: str, atoms: list[Atom]) -> list[Atom]:
    """Attach each clock time to the day written next to it; bare clock times are dropped."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if atom.expr is not None:
            out.append(atom)
            i += 1
            continue
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        prev = out[-1] if out else None
        if nxt and nxt.expr and nxt.expr.is_day and _adjacent(text, atom, nxt):
            out.append(Atom(atom.start, nxt.end, nxt.expr.with_clock(atom.local, atom.utc)))
            i += 2
            continue
        if (prev and prev.expr and prev.expr.is_day and prev.expr.local is None
                and prev.expr.utc is None and _adjacent(text, prev, atom)):
            out[-1] = Atom(prev.start, atom.end, prev.expr.with_clock(atom.local, atom.utc))
        i += 1
    return out


def scan(text: str, hints: Hints | None = None, config: DateConfig | None = None,
         rules: list[Rule] | None = None) -> list[Atom]:
    """All temporal expressions in ``text``, longest-match, non-overlapping, in text order.

    ``hints`` come from a parse: they veto year-shaped counts and admit years the tagger calls DATE.
    ``rules`` default to :data:`RULES` (a test may add its own).
    """
    config = config or DateConfig()
    hints = hints or Hints(counts=counts_lexically(text, config.count_lookahead))
    return _compose(text, _longest(_candidates(text, hints, config, RULES if rules is None else rules)))
