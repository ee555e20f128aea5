"""Country codes ↔ names for filters and exports (pycountry, with ACLED's own spellings)."""

from __future__ import annotations

from functools import lru_cache

import pycountry

# Where ACLED's country names differ from ISO 3166 short names (ACLED writes these).
ACLED_NAMES = {
    "RU": "Russia", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
    "PS": "Palestine", "TR": "Turkey", "CI": "Ivory Coast", "SZ": "eSwatini",
    "CV": "Cape Verde", "CZ": "Czech Republic", "MK": "North Macedonia",
}
_BY_ACLED_NAME = {v.casefold(): k for k, v in ACLED_NAMES.items()}


@lru_cache(maxsize=512)
def to_alpha2(value: str) -> str:
    """'SY', 'SYR', 'syria' or 'Syrian Arab Republic' → 'SY'; unknown values are upper-cased."""
    text = value.strip()
    if text.casefold() in _BY_ACLED_NAME:
        return _BY_ACLED_NAME[text.casefold()]
    for field in ("alpha_2", "alpha_3"):
        found = pycountry.countries.get(**{field: text.upper()}) if len(text) in (2, 3) else None
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
