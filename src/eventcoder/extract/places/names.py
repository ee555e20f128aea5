"""Name normalisation for the gazetteer: one folding used for index keys and text mentions alike.

News text writes the same place as "Hama", "Hamah", "Ḩamāh" or "al-Hama"; GeoNames stores
one of them.  Both sides are folded the same way (diacritics stripped, apostrophes dropped,
hyphens as spaces) and a few transliteration variants are added to the index keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from eventcoder.extract.dates.lexicon import full_calendar_names
from eventcoder.extract.lexicons import lexicon, words

_APOSTROPHES = re.compile(r"[’‘'`ʻʼʿʾ´]")
_SEPARATORS = re.compile(r"[\s\-‐–—_/.]+")
_LATIN = re.compile(r"^[a-z0-9 ,()&]+$")


def alternation(phrases: frozenset[str]) -> str:
    """A regex alternation of literal phrases, longest first."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))


_ARABIC_ARTICLE = re.compile(r"^(?:" + alternation(words("name_particles", "arabic_article")) + r")\s+(?=\S{3,})")
_ADMIN_AFFIXES = re.compile(
    r"^(?:" + alternation(words("admin_name_prefixes")) + r")\s+|\s+(?:"
    + alternation(words("place_nouns", "admin_suffix")) + r")$"
)
_COMPASS = lexicon("compass").labels()
COMMON_WORDS = words("toponym_stopwords") | full_calendar_names()
"""Capitalised words GeoNames also lists as places: places only on evidence, never on their own."""


_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
                          "þ": "th", "ð": "d", "ħ": "h"})
_NON_LATIN = re.compile(r"[^\x00-\u024f\u02b0-\u036f\u1e00-\u1eff\u2000-\u206f]")


def fold(text: str) -> str:
    """The comparison form of a name: no diacritics, no apostrophes, lower case, single spaces."""
    if text.isascii():
        bare = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = _APOSTROPHES.sub("", bare).lower()
    if not bare.isascii():
        bare = bare.translate(_LETTERS)
    return _SEPARATORS.sub(" ", bare).strip(" ,")


def is_latin_name(name: str) -> bool:
    """Cheap test before folding: names in other scripts never match English text."""
    return name.isascii() or not _NON_LATIN.search(name)


def is_latin_key(key: str) -> bool:
    """True when a folded key is plain Latin: other scripts never appear in English text."""
    return bool(key) and bool(_LATIN.match(key))


def strip_article(key: str) -> str:
    """'al hudaydah' -> 'hudaydah': news text often drops or changes the Arabic article."""
    return _ARABIC_ARTICLE.sub("", key)


_ARABIC_WORDS = lexicon("transliteration_variants").labels()
_ARABIC_PARTICLES = words("name_particles", "arabic_article") | words("name_particles", "assimilated_article")


def arabic_variants(key: str) -> set[str]:
    """Transliteration variants of an Arabic place name: article dropped, final -ah as -a,
    common word spellings ('dayr' → 'deir')."""
    out = {key}
    words = key.split()
    if any(w in _ARABIC_WORDS for w in words):
        out.add(" ".join(_ARABIC_WORDS.get(w, w) for w in words))
    out |= {strip_article(k) for k in out}
    for k in list(out):
        if k.endswith("ah") and len(k) > 4:
            out.add(k[:-1])
    return out


_RESPELT_DIGRAPHS = (("ou", "u"), ("dh", "d"), ("kh", "h"), ("q", "k"), ("y", "i"))
_DOUBLED = re.compile(r"([a-z])\1")
_FINAL_VOWEL = re.compile(r"(?<=[b-df-hj-np-tv-z])[ae]h?$")
LOOSE_PREFIX = "~"
"""Marks a loose key in the index, so it never meets an exact one."""
LOOSE_MIN_LETTERS = 5


def loose_key(key: str) -> str | None:
    """A spelling-tolerant form of a folded name, for places whose names English news
    respells from another script: articles and spaces dropped, doubled letters single,
    'ou'/'dh'/'kh'/'q' as 'u'/'d'/'h'/'k', a final -a/-ah/-e/-eh as -a ('Dhuusamarreeb' and
    'Dusamareb' -> 'dusamareb'; 'Hasakeh' and 'al-Hasakah' -> 'hasaka'). Vowels other than
    these stay: merging them lets person names meet towns ('Bashar', 'Bechar').
    None when too little is left to tell names apart."""
    parts = key.split()
    if len(parts) > 1:
        parts = [p for p in parts if p not in _ARABIC_PARTICLES] or parts
    word = _DOUBLED.sub(r"\1", "".join(parts))
    for old, new in _RESPELT_DIGRAPHS:
        word = word.replace(old, new)
    word = _FINAL_VOWEL.sub("a", _DOUBLED.sub(r"\1", word))
    if len(word) < LOOSE_MIN_LETTERS or not word.isalpha():
        return None
    return LOOSE_PREFIX + word


def admin_variants(name: str) -> set[str]:
    """Keys for an admin1 name: 'Muhafazat al Hudaydah' -> 'hudaydah', 'Northern Darfur' -> 'north darfur'."""
    key = fold(name)
    out = {key}
    bare = _ADMIN_AFFIXES.sub("", key).strip()
    if bare:
        out.add(bare)
    for k in list(out):
        first, _, rest = k.partition(" ")
        if first in _COMPASS and rest:
            out.add(f"{_COMPASS[first]} {rest}")
    return {k for k in out if len(k) >= 3}


def is_common_word(key: str) -> bool:
    """A key that is an everyday English word or a month/day name, place only on evidence."""
    return key in COMMON_WORDS


_DEMONYM_SUFFIXES = words("demonym_suffixes")
_IRREGULAR_DEMONYMS = words("demonyms")


@lru_cache(maxsize=65_536)
def looks_like_demonym(mention: str, country_names: frozenset[str]) -> bool:
    """'Syrian', 'Ukrainians', 'Iraqi', 'Sudanese': an adjective or people, not a place.

    Derived from the country names so it covers countries nobody listed by hand.
    """
    word = fold(mention)
    if word in _IRREGULAR_DEMONYMS or word.rstrip("s") in _IRREGULAR_DEMONYMS:
        return True
    if " " in word or word in country_names:
        return False
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    for suffix in _DEMONYM_SUFFIXES:
        if not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        for cut in (0, 1, 2, 3):
            if len(stem) >= (4 if cut == 3 else 3) and any(
                c.startswith(stem) and len(c) - len(stem) == cut for c in country_names
            ):
                return True
    return False


_WORD = re.compile(r"[\w'-]+")


@lru_cache(maxsize=8)
def lowercase_words(text: str) -> frozenset[str]:
    """The words an article writes in lower case ('mobile', 'reading'), read once per article:
    the resolver asks for them in each of its passes."""
    return frozenset(w for w in _WORD.findall(text) if w.islower())
