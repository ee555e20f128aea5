"""The temporal grammar: regex rules that turn words into :class:`Expr` atoms.

Each rule is a pattern plus a builder (:mod:`.builders`) that may still reject the match (a day 42, a bare
month with no preposition). :func:`scan` runs every rule, keeps the longest non-overlapping
atoms, then composes clock times with the day they belong to ("5am local time [03:00 GMT]"
+ "on Wednesday"). A bare clock time is not a date and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from eventcoder.extract.dates import builders as b
from eventcoder.extract.dates.expr import Clock, Expr
from eventcoder.extract.dates.lexicon import (
    MONTH_RE,
    MONTHS,
    NUMBER_WORD_RE,
    PART_OF_DAY_RE,
    WEEKDAY_RE,
    WEEKDAYS,
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
    """One matched expression: its span in the text and what it says (None for a bare clock)."""

    start: int
    end: int
    expr: Expr | None
    local: Clock | None = None
    utc: Clock | None = None


Builder = Callable[[re.Match[str]], Expr | None]

_I = "(?i:{})".format
PREP = r"(?:\b(?P<prep>" + _I(r"on|in|since|until|till|by|from|during|throughout|as\s+of") + r")\s+)?"
_MON = r"\b(?P<mon>" + MONTH_RE + r")(?!\w)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_DAY2 = r"(?:\s*(?:[-–]|" + _I("to|and") + r")\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?!\d))?"
_YEAR = r"(?P<y>(?:1[89]|20)\d\d)(?!\d|[,.]\d|%)"
_WDP = r"(?:(?P<wdn>" + WEEKDAY_RE + r"),?\s+)?"
_MOD = _I(r"early|late|mid|the\s+(?:start|beginning|end|middle)\s+of|the\s+(?:first|second)\s+half\s+of"
         r"|the\s+(?:first|second|third|fourth|last)\s+(?:week|days|weeks)\s+of")
_SEASON = _I(r"(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?")
_FUNCTION_AFTER_YEAR = words("year_stop_words")


RULES: list[tuple[str, str, Builder]] = [
    ("iso", PREP + r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"
     r"(?:T(?P<hh>\d\d):(?P<mm>\d\d)(?::\d\d)?(?P<z>Z)?)?(?![\d-])", b.iso),
    ("numeric", PREP + r"(?<![\d./])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})(?![\d/]|\.\d)", b.numeric),
    ("day_month", PREP + _WDP + r"(?:" + _I("the") + r"\s+)?(?<![\d.,])" + _DAY + _DAY2
     + r"\s+(?:" + _I("of") + r"\s+)?" + _MON + r"(?:,?\s+" + _YEAR + r")?", b.day_month),
    ("month_day", PREP + _WDP + _MON + r"\s+" + _DAY + _DAY2 + r"(?:,?\s+" + _YEAR + r")?(?![\d,]\d)",
     b.day_month),
    ("month_year", PREP + r"(?:(?P<mod>" + _MOD + r")[\s-]+)?" + _MON + r",?\s+(?:" + _I("of")
     + r"\s+)?" + _YEAR, b.month_year),
    ("month_range", r"\b" + _I("from|between") + r"\s+" + _MON + r"\s+(?:[-–]|" + _I("to|and|until|through")
     + r")\s+\b(?P<mon2>" + MONTH_RE + r")(?!\w)(?:,?\s+" + _YEAR + r")?", b.month_range),
    ("bare_month", PREP + r"(?:(?P<mod>" + _MOD + r")[\s-]+)?(?:(?P<dir>" + _I("last|next|this") + r")\s+)?"
     + _MON + r"(?!\s*\d)", b.bare_month),
    ("weekday", PREP + r"(?:(?P<mod>" + _I("late|early|earlier|later|overnight") + r")\s+(?:" + _I("on") + r"\s+)?)?"
     r"(?:(?P<dir>" + _I(r"last|next|this|this\s+past|this\s+coming|coming|past") + r")\s+)?"
     r"\b(?P<wd>" + WEEKDAY_RE + r")(?:\s+(?P<pod>" + PART_OF_DAY_RE + r"))?(?!\w)", b.weekday),
    ("deictic", r"(?:\b(?P<prep>" + _I("since|until|by|from") + r")\s+)?(?<!USA\s)\b(?!TODAY|TONIGHT)(?P<w>" + _I(
        r"the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|"
        r"(?:this|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)") + r")(?!\w)", b.deictic),
    ("weekend", r"(?:\b" + _I("over|during|at|on|by") + r"\s+)?\b(?P<dir>" + _I("the|this|last|next")
     + r")\s+" + _I("weekend") + r"(?!\w)", b.weekend),
    ("relative", PREP + r"(?:(?P<mod>" + _MOD + r"|" + _I("earlier|later") + r")[\s-]+)?\b(?P<dir>"
     + _I(r"this|last|next|the\s+previous|previous|the\s+coming|coming|the\s+current|current")
     + r")\s+(?P<unit>" + _I("week|month|year") + r")(?!\w)", b.relative),
    ("ago", r"\b(?P<n>" + _I(r"\d+|" + NUMBER_WORD_RE + r"|a\s+few|few|several|some|many") + r")\s+(?P<unit>"
     + _I(r"days?|weeks?|months?|years?") + r")\s+" + _I("ago") + r"(?!\w)", b.ago),
    ("past_span", r"(?:\b(?P<prep>" + _I("in|over|during|for|within|throughout|until|till") + r")\s+)?"
     r"\b(?:" + _I("the") + r"\s+)?" + _I(r"past|last|previous|recent") + r"\s+(?:(?P<n>"
     + _I(r"\d+|" + NUMBER_WORD_RE + r"|few|several|couple\s+of") + r")\s+)?(?P<unit>"
     + _I(r"days?|weeks?|months?|years?|hours?") + r")(?!\w)", b.past_span),
    ("year", r"(?:\b(?P<prep>" + _I(r"in|since|until|till|by|from|during|throughout|before|after|through"
     r"|as\s+of|around|circa|between") + r")\s+)?(?:(?P<mod>" + _MOD + r"|" + _SEASON + r"|"
     + _I(r"the\s+year") + r")[\s-]+)?(?:(?P<the>" + _I("the") + r")\s+)?\b" + r"(?P<y>(?:1[89]|20)\d\d)(?P<s>['’]?s)?"
     r"(?!\d|[,.]\d|%|\w)", b.year),
    ("year_range", r"(?:\b(?P<lead>" + _I("from|between") + r")\s+)?\b(?P<y>(?:1[89]|20)\d\d)\s*(?P<sep>[-–]|"
     + _I("to|and|until|through") + r")\s*(?P<y2>(?:1[89]|20)\d\d)(?![\d\w])", b.year_range),
    ("hinted_year", r"(?<![\w,.$€£#/-])(?P<y>(?:1[89]|20)\d\d)(?![\w%]|[,.]\d|[-/]\d)", b.hinted_year),
]
_COMPILED = [(name, re.compile(pattern), build) for name, pattern, build in RULES]

# Every rule needs one of these words; matching only around them keeps a scan fast (the
# patterns open with optional prepositions, which defeats the regex engine's own prefilter).
_MONTH_RULES = ("day_month", "month_day", "month_year", "month_range", "bare_month")
_YEAR_RULES = ("iso", "year", "year_range", "hinted_year")
_WORD_RULES: dict[str, tuple[str, ...]] = {
    **{w: ("deictic",) for w in ("yesterday", "today", "tonight", "tomorrow", "morning",
                                 "afternoon", "evening", "night")},
    "weekend": ("weekend",), "week": ("relative",), "month": ("relative",), "year": ("relative",),
    "ago": ("ago",), "noon": ("time",), "midnight": ("time",),
    **{w: ("past_span",) for w in ("past", "last", "previous", "recent")},
}
_WORD = re.compile(r"\w+")
_NUMERIC_NEXT = re.compile(r"[/.]\d")
_TIME_NEXT = re.compile(r"\s*(?:[aApP]\.?[mM]\b|[:.]\d\d)|\s*(?:GMT|UTC|hrs|hours|local)")
_YEAR_SHAPE = re.compile(r"(?:1[89]|20)\d\ds?$")


def _triggers(text: str) -> dict[str, list[tuple[int, int]]]:
    """One pass over the words: where each rule could possibly match."""
    out: dict[str, list[tuple[int, int]]] = {}
    for w in _WORD.finditer(text):
        word, span = w.group(), w.span()
        rules: tuple[str, ...] = ()
        if word[0].isdigit():
            rules = _YEAR_RULES if _YEAR_SHAPE.match(word) else ()
            if _NUMERIC_NEXT.match(text, w.end()):
                rules += ("numeric",)
            if _TIME_NEXT.match(text, w.end()) or word[-2:].lower() in ("am", "pm"):
                rules += ("time",)
        elif word[0].isupper() and word.lower() in MONTHS:
            rules = _MONTH_RULES
        elif word[0].isupper() and word.lower() in WEEKDAYS:
            rules = ("weekday",)
        else:
            rules = _WORD_RULES.get(word.lower(), ())
        for rule in rules:
            out.setdefault(rule, []).append(span)
    return out


_LEFT = 48  # longest optional lead-in: 'throughout the second half of', 'since the start of this'
_RIGHT = 80
_WORD_START = re.compile(r"\b\w")


def _finditer(rx: re.Pattern[str], text: str, triggers: list[tuple[int, int]]) -> list[re.Match[str]]:
    """Matches of ``rx`` that cover a trigger word, tried only from the word starts just before it."""
    found: dict[tuple[int, int], re.Match[str]] = {}
    for t_start, t_end in triggers:
        hi = min(len(text), t_end + _RIGHT)
        for start in _WORD_START.finditer(text, max(0, t_start - _LEFT), t_start + 1):
            m = rx.match(text, start.start(), hi)
            if m and m.end() > t_start and (m.end() < hi or hi == len(text)):
                found.setdefault(m.span(), m)
    return [found[span] for span in sorted(found)]


_CLOCK_12 = r"(?P<{p}h>[01]?\d)(?:[:.](?P<{p}m>[0-5]\d))?\s*(?P<{p}ap>" + _I(r"a\.m\.|p\.m\.|am|pm") + r")(?!\w)"
_CLOCK_24 = r"(?P<{p}h>[0-2]?\d)[:.]?(?P<{p}m>[0-5]\d)"
_TIME_LEAD = r"(?:" + _I("at|around|about|from|after|before|by|until") + r"\s+)?"
_TIME = re.compile(
    _TIME_LEAD + r"(?:" + _CLOCK_12.format(p="l") + r"|" + _CLOCK_24.format(p="k") + r"\s*(?="
    + _I(r"hrs|hours|local|[\[(]") + r")|(?P<noon>" + _I("noon|midnight") + r"))(?:\s*" + _I(r"hrs|hours")
    + r")?(?:\s+" + _I(r"local(?:\s+time)?") + r")?(?:\s*[\[(]\s*(?:" + _CLOCK_12.format(p="u") + r"|"
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
    if rule in ("year_range", "hinted_year"):
        return True
    return rule == "year" and not m.group("mod") and not m.group("s")


def counts_lexically(text: str) -> SpanTest:
    """The parse-free test: a year-shaped number before a plural noun ('2011 civilians',
    '2000 displaced families'); looks at up to two lower-case words, stopping at a function word."""

    def counts(start: int, end: int) -> bool:
        for raw in text[end:end + 40].split()[:2]:
            word = raw.rstrip(",.;:!?)")
            if not word.isalpha() or not word.islower() or word in _FUNCTION_AFTER_YEAR:
                return False
            if word in _COUNTED_NOUNS or (word.endswith("s") and not word.endswith("ss")):
                return True
            if word != raw:
                return False
        return False

    return counts


def _candidates(text: str, hints: Hints) -> list[Atom]:
    atoms: list[Atom] = []
    triggers = _triggers(text)
    lexical_counts = counts_lexically(text)
    for name, rx, build in _COMPILED:
        for m in _finditer(rx, text, triggers.get(name, [])):
            expr = build(m)
            if expr is None:
                continue
            if _may_count(name, m) and (hints.counts(*m.span("y")) or (
                    name == "hinted_year" and lexical_counts(*m.span("y")))):
                continue
            if name == "hinted_year" and not hints.is_date(m.start("y"), m.end("y")):
                continue
            atoms.append(Atom(m.start(), m.end(), expr))
    for m in _finditer(_TIME, text, triggers.get("time", [])):
        atom = _time_atom(m)
        if atom:
            atoms.append(atom)
    return atoms


def _longest(atoms: list[Atom]) -> list[Atom]:
    """Longest atoms first, earliest on ties; drop whatever overlaps an atom already kept."""
    kept: list[Atom] = []
    for atom in sorted(atoms, key=lambda a: (a.start - a.end, a.start)):
        if all(atom.end <= k.start or atom.start >= k.end for k in kept):
            kept.append(atom)
    return sorted(kept, key=lambda a: a.start)


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


def scan(text: str, hints: Hints | None = None) -> list[Atom]:
    """All temporal expressions in ``text``, longest-match, non-overlapping, in text order.

    ``hints`` come from a parse: they veto year-shaped counts and admit years the tagger calls DATE.
    """
    return _compose(text, _longest(_candidates(text, hints or Hints(counts=counts_lexically(text)))))


def strip_span(text: str, atom: Atom) -> Atom:
    """Trim whitespace and trailing commas the optional groups may have swallowed."""
    start, end = atom.start, atom.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return replace(atom, start=start, end=end)
