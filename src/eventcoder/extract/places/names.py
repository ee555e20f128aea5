"""Name normalisation for the gazetteer: one folding used for index keys and text mentions alike.

News text writes the same place as "Hama", "Hamah", "Ḩamāh" or "al-Hama"; GeoNames stores
one of them.  Both sides are folded the same way (diacritics stripped, apostrophes dropped,
hyphens as spaces) and a few transliteration variants are added to the index keys.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"[’‘'`ʻʼʿʾ´]")
_SEPARATORS = re.compile(r"[\s\-‐–—_/.]+")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|adh|ar|az|at|an|ath)\s+(?=\S{3,})")
_LATIN = re.compile(r"^[a-z0-9 ,()&]+$")

ADMIN_WORDS = (
    "governorate", "province", "oblast", "region", "state", "division", "prefecture",
    "department", "district", "county", "municipality", "wilaya", "velayat", "raion",
)
_ADMIN_AFFIXES = re.compile(
    r"^(?:muhafazat|mayorality of|misto|provincia de|province of|region of|state of|"
    r"departement de|wilayat|ostan-e)\s+|\s+(?:" + "|".join(ADMIN_WORDS) + r"|city)$"
)
_COMPASS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west",
            "central": "central"}

MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)

# Capitalised English words and first names that GeoNames also lists as places: they
# are places only when NER or the sentence says so (``in Deal``), never on their own.
COMMON_WORDS = frozenset("""
of the a an and or but in on at to by for from with as is it us we he she they you i me my
our his her its their this that these those there here not no yes all any some more most
much many few one two three four five six seven ten first last next new old good best great
big little long high low east west north south central eastern western northern southern
mid upper lower deal power mobile reading bath nice split hope police union progress
liberty independence enterprise victory freedom peace justice unity concord harmony friendship
commerce industry paradise eden zion bethel canaan goshen sharon salem trinity temple church
university college school hospital airport station market center centre park lake river
mount sea ocean gulf bay island islands valley hill hills city town village camp port fort
street road bridge square gate garden tower castle palace house home office court hall state
republic kingdom empire army navy force forces government council security nations world
earth sun moon star energy oil gas water fire ice snow rain wind storm cloud sky day night
time year week today morning evening media news press post mail times herald tribune
guardian independent telegraph reuters associated afp bbc cnn
chance luck bliss joy love faith grace mercy charity patience prudence constance
early late such same other many still even just only also then than when where while after
before under over above below between among against during without within through across
man men woman women child children people family friend friends king queen prince princess
lord lady sir saint st mr mrs ms dr president minister general colonel captain chief
national international federal regional local royal imperial democratic popular socialist
islamic christian muslim jewish catholic orthodox sunni shia shiite alawite kurdish
rebel rebels troops soldier soldiers militia fighters opposition regime coalition alliance
ceasefire war battle siege attack strike offensive front line border
man alpha beta delta gamma omega echo bravo
""".split()) | MONTHS_AND_DAYS


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


# Word spellings GeoNames uses → the ones English news prefers ('Dayr al Balah' → 'Deir al Balah').
_ARABIC_WORDS = {"dayr": "deir", "bayt": "beit", "jabal": "jebel", "shaykh": "sheikh",
                 "ayn": "ain", "tall": "tel", "kafr": "kfar", "qasr": "kasr", "wadi": "wadi"}


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


_DEMONYM_SUFFIXES = ("ian", "ean", "an", "ese", "ish", "i", "ic", "n")
_IRREGULAR_DEMONYMS = frozenset(
    "british french dutch english welsh scottish irish swiss greek thai arab arabic arabian"
    " afghan filipino saudi emirati kurd kurds kurdish turk turks turkish chechen houthi druze"
    " rohingya pashtun tajik uzbek kazakh baloch persian yazidi hazara tamil sinhalese western"
    " eastern european african asian american americans shiite sunni alawite jihadist islamist"
    " israeli palestinian".split()
)


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
