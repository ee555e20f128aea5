"""Country codes ↔ names for filters and exports (pycountry, with ACLED's own spellings)."""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from eventcoder.errors import FilterError

# Where ACLED's country names differ from ISO 3166 short names (ACLED writes these).
ACLED_NAMES = {
    "RU": "Russia", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
    "PS": "Palestine", "TR": "Turkey", "CI": "Ivory Coast", "SZ": "eSwatini",
    "CV": "Cape Verde", "CZ": "Czech Republic", "MK": "North Macedonia",
}
_BY_ACLED_NAME = {v.casefold(): k for k, v in ACLED_NAMES.items()}

# Everyday names and abbreviations that ISO 3166 (and so pycountry) does not list.
ALIASES = {
    "drc": "CD", "dr congo": "CD", "congo-kinshasa": "CD", "congo kinshasa": "CD",
    "congo-brazzaville": "CG", "congo brazzaville": "CG", "uk": "GB", "britain": "GB",
    "great britain": "GB", "england": "GB", "usa": "US", "u.s.": "US", "u.s.a.": "US",
    "united states of america": "US", "america": "US", "russia": "RU", "burma": "MM",
    "kosovo": "XK", "brunei": "BN", "swaziland": "SZ", "macedonia": "MK", "east timor": "TL",
    "vatican": "VA", "micronesia": "FM", "uae": "AE", "car": "CF", "gaza": "PS",
    "west bank": "PS", "palestinian territories": "PS", "cote d'ivoire": "CI",
}
_KOSOVO = "XK"  # user-assigned code ACLED uses; not in ISO 3166, so not in pycountry
_HOW = ("give a country as an ISO 3166 code (SY, SYR), its English name (Syria, "
        "Democratic Republic of the Congo) or a common short form (DRC, UK, USA)")


def country_code(value: str) -> str:
    """Strictly map a code, name or alias to ISO alpha-2; anything else is a FilterError.

    Unlike ``to_alpha2`` there is no fuzzy matching: a typo or a code that is not a
    country ('EU') must be refused, not silently read as some other country (Réunion).
    """
    text = re.sub(r"\s+", " ", value.replace("\u2019", "'")).strip()
    key = text.casefold()
    found = ALIASES.get(key) or _BY_ACLED_NAME.get(key) or _iso_lookup(text)
    if found is None:
        raise FilterError(f"unknown country {value!r}: {_HOW}")
    return found


def _iso_lookup(text: str) -> str | None:
    """Exact ISO code or name (official, common) via pycountry; None when there is none."""
    if text.upper() == _KOSOVO:
        return _KOSOVO
    if not text or not all(c.isalpha() or c in " '-,()." for c in text):
        return None
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        return None


@lru_cache(maxsize=512)
def to_alpha2(value: str) -> str:
    """'SY', 'SYR', 'syria' or 'Syrian Arab Republic' → 'SY'; unknown values are upper-cased."""
    text = value.strip()
    if text.casefold() in _BY_ACLED_NAME:
        return _BY_ACLED_NAME[text.casefold()]
    for field in ("alpha_2", "alpha_3"):
        found = pycountry.countries.get(**{field: text.upper()}) if len(text) in (2, 3) else None  # type: ignore[arg-type]
        if found:
            return str(found.alpha_2)
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        pass
    try:
        return str(pycountry.countries.search_fuzzy(text)[0].alpha_2)
    except LookupError:
        return text.upper()


@lru_cache(maxsize=512)
def name(alpha2: str | None) -> str:
    """The name ACLED uses: its own spelling where it differs, else pycountry's common name."""
    if not alpha2:
        return ""
    if alpha2.upper() in ACLED_NAMES:
        return ACLED_NAMES[alpha2.upper()]
    found = pycountry.countries.get(alpha_2=alpha2.upper())
    if not found:
        return alpha2
    return str(getattr(found, "common_name", None) or found.name)


@lru_cache(maxsize=512)
def alpha3(alpha2: str | None) -> str:
    """ISO alpha-3 for ACLED's event_id_cnty prefix ('SYR'); 'XXX' when unknown."""
    if not alpha2:
        return "XXX"
    found = pycountry.countries.get(alpha_2=alpha2.upper())
    return str(found.alpha_3) if found else alpha2.upper()
