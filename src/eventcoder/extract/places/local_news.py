"""Local-news style: which country an article's publisher or its style says it is at home in.

Geoparsing corpora of local news (and local feeds in general) are full of small towns
named like famous cities abroad: 'Athens police' in a Texas paper, 'Dublin's parade' in a
Georgia one, 'London' in an Ontario one.  When such a story names no other place that says
where it is, two things do: the publisher's country-code domain ('.co.uk', '.ca'), and the
story's style: local institutions, postal addresses and national usage together mark a
home, and a lone ambiguous town then goes to its namesake there (see
``choice._home_namesakes``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlparse

from eventcoder.extract.lexicons import PhraseGate, folded, lexicon, words

HOME = "US"
"""The country whose institutions a town's name may open ('Athens Police Department')."""
LEXICONS = {"US": "us_local_cues", "GB": "gb_local_cues", "CA": "ca_local_cues"}
"""Per home country, the lexicon of its local-news cues."""
USES = ("institution", "street", "usage")
MIN_KINDS = 2
"""Kinds of cue (institution, street address, usage) a story must show: one alone is
common in international news too ('police department', 'p.m.')."""
DOMAIN_ALIASES = {"uk": "GB"}
"""The one country-code domain that is not the country's ISO code."""
VANITY_DOMAINS = frozenset(words("place_domains"))
PHONE = re.compile(r"(?<![\w-])(?:\(([2-9]\d\d)\) ?|([2-9]\d\d)[-.])[2-9]\d\d[-.]\d{4}(?![\w-])")
"""A North American telephone number: '(903) 555-0142', '903-555-0142', '903.555.0142'."""


@dataclass(frozen=True)
class Style:
    """What says where an article is at home: its publisher's domain, or its cue kinds."""

    domain: str | None
    kinds: tuple[tuple[str, int], ...]
    areas: frozenset[tuple[str, str]] = frozenset()
    """The (country, admin1) areas of the story's local telephone numbers (``phone_areas``)."""

    @property
    def phone(self) -> str | None:
        """The one country the story's local telephone numbers lie in, if any."""
        countries = {cc for cc, _ in self.areas}
        return next(iter(countries)) if len(countries) == 1 else None


NO_STYLE = Style(None, ())
"""Before the article's style is read: only a name opening a local body says anything."""


@cache
def _pattern(lexicon: str, use: str) -> re.Pattern[str] | None:
    """One alternation of the lexicon's phrases for ``use``, longest first (None if it has none)."""
    phrases = sorted(words(lexicon, use), key=len, reverse=True)
    if not phrases:
        return None
    body = "|".join(re.escape(p) + (r"(?!\w)" if p[-1].isalnum() or p[-1] == "." else "") for p in phrases)
    if use == "street" and lexicon == LEXICONS["US"]:  # a house number and a street name before the abbreviation
        return re.compile(rf"\b\d+ (?:[A-Z][\w'-]* ){{1,3}}(?:{body})(?!\w)", re.IGNORECASE)
    return re.compile(rf"(?<![\w.])(?:{body})", re.IGNORECASE)


@cache
def _gate(lexicon: str, use: str) -> PhraseGate:
    """The phrases one of which ``_pattern``'s match must hold: most stories hold none."""
    return PhraseGate(words(lexicon, use))


def _postcode(cc: str) -> re.Pattern[str] | None:
    """A postal code of the country's own shape: a street address there ('M5V 2T6', 'SW1A 1AA')."""
    shapes = {"GB": r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b", "CA": r"\b[A-Z]\d[A-Z] \d[A-Z]\d\b"}
    return re.compile(shapes[cc]) if cc in shapes else None


def cue_kinds(text: str, cc: str = HOME, low: str | None = None) -> int:
    """How many kinds of local-news cue of country ``cc`` (institution, street address, usage)
    the text shows (``low``: the text ``folded``, when the caller has it)."""
    found, low = 0, folded(text) if low is None else low
    for use in USES:
        pattern = _pattern(LEXICONS[cc], use)
        hit = pattern is not None and _gate(LEXICONS[cc], use).may_match(low) and pattern.search(text) is not None
        if use == "street" and not hit and (code := _postcode(cc)) is not None:
            hit = code.search(text) is not None
        found += hit
    return found


def domain_country(url: str | None) -> str | None:
    """The country of the publisher's country-code domain ('lfpress.ca': CA), unless the code
    is sold worldwide as a vanity name ('.tv')."""
    host = urlparse(url or "").hostname or ""
    tld = host.rpartition(".")[2].lower()
    if len(tld) != 2 or not tld.isalpha() or tld in VANITY_DOMAINS:
        return None
    return DOMAIN_ALIASES.get(tld, tld.upper())


def article_style(text: str, url: str | None) -> Style:
    """The article's publisher country, cue kinds per home country and telephone country."""
    low = folded(text)
    return Style(domain_country(url), tuple((cc, cue_kinds(text, cc, low)) for cc in LEXICONS), phone_areas(text))


def phone_areas(text: str) -> frozenset[tuple[str, str]]:
    """The (country, admin1) areas whose area codes the text's telephone numbers bear: local
    news prints local numbers, so the story is at home there (toll-free codes say nothing)."""
    codes = lexicon("area_codes").labels()
    found = (codes.get(m.group(1) or m.group(2)) for m in PHONE.finditer(text))
    return frozenset((label.partition(":")[0], label.partition(":")[2]) for label in found if label)


def opens_institution(text: str, end: int) -> bool:
    """The name ending at ``end`` opens a US-style local body ('Athens Police Department')."""
    m = _pattern(LEXICONS[HOME], "institution").match(text, end + 1)  # type: ignore[union-attr]
    return m is not None and text[end : end + 1] == " "


def local_home(text: str, style: Style, end: int, masthead: bool = False) -> str | None:
    """The country the story's publisher or style places the name ending at ``end`` in: the
    domain's country; else its telephone numbers' country; else the one country with ``MIN_KINDS`` kinds of cue and more than any
    other (the US on a tie, whose cues came first); else the US when the name itself opens a
    local body or is the paper's ``masthead`` town; else None."""
    if style.domain or style.phone:
        return style.domain or style.phone
    ranked = sorted(style.kinds, key=lambda t: (t[1], t[0] == HOME), reverse=True)
    (best, n), runner_up = ranked[0] if ranked else (HOME, 0), ranked[1][1] if len(ranked) > 1 else 0
    if n >= MIN_KINDS and (best == HOME or runner_up < n):
        return best
    return HOME if masthead or opens_institution(text, end) else None


LOCAL_SECTION = re.compile(r"/(?:local|local[-_]news|metro|community|neighbou?rhoods?)(?:/|[-_.]|$)", re.I)
"""A local paper's section in a URL path ('/local/', '/local_news/', '/metro/')."""


def local_section(url: str | None) -> bool:
    """The URL files the story under a local-news section of its paper."""
    return bool(LOCAL_SECTION.search(urlparse(url or "").path))


MASTHEAD_MIN_LETTERS = 5
"""Shortest name looked for in a publisher's host: shorter ones sit in words by chance."""


def in_masthead(key: str, url: str | None) -> bool:
    """The folded name ``key`` is written in the publisher's host name ('parisherald.com',
    'richmondandkewtimes.co.uk'): local papers are named after their town, and a story of
    theirs naming that town means it, not a famous namesake abroad.  The everyday-word check
    is the caller's ('Tribune', 'Globe' are towns too)."""
    letters = key.replace(" ", "")
    if len(letters) < MASTHEAD_MIN_LETTERS or not letters.isalpha():
        return False
    labels = (urlparse(url or "").hostname or "").lower().split(".")
    return any(letters in label for label in labels[:-1] if label != "www")
