"""Is this article English? eventcoder's pipeline reads English only, so others are refused early.

Cheap first: short texts and texts full of English function words are English without
consulting a model. Only the rest go to py3langid (its model ships inside the package),
and a text is refused only when langid is confident it is another language.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is was that for on with as by at from his her it are were "
    "be has have had not this which but they their an or he she said after who will".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SAMPLE_CHARS = 5000
"""langid reads at most this much of an article: enough to be sure, cheap on long texts."""
MIN_WORDS_TO_JUDGE = 12
"""Shorter texts (headlines, telegraphic notes) are taken as English."""
MIN_NON_LATIN_WORDS = 4
"""A text mostly in another script (Arabic, Cyrillic, CJK) is judged from this many words."""
CLEARLY_ENGLISH_SHARE = 0.15
MIN_CONFIDENCE = 0.9
UNKNOWN = "und"
"""ISO 639 'undetermined': a non-Latin text langid cannot name."""


def detect_non_english(text: str) -> str | None:
    """The ISO 639-1 code of the text's language when it is confidently not English, else None."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample)
    latin = _latin_share(sample)
    if len(words) < (MIN_NON_LATIN_WORDS if latin < 0.5 else MIN_WORDS_TO_JUDGE):
        return None
    if latin >= 0.8 and _function_word_share(words) >= CLEARLY_ENGLISH_SHARE:
        return None
    lang, confidence = _identifier().classify(sample)
    if latin < 0.5:  # another script: not English whatever the model's confidence
        return str(lang) if lang != "en" else UNKNOWN
    if lang == "en" or confidence < MIN_CONFIDENCE:
        return None
    return str(lang)


def looks_english(text: str) -> bool:
    """True unless the text is confidently another language."""
    return detect_non_english(text) is None


def language_name(code: str) -> str:
    """'ru' → 'Russian'; the code itself when pycountry does not know it."""
    import pycountry

    if code == UNKNOWN:
        return "a language other than English"

    found = pycountry.languages.get(alpha_2=code)
    return str(found.name) if found else code


def _function_word_share(words: list[str]) -> float:
    return sum(1 for w in words if w.lower() in _ENGLISH_FUNCTION_WORDS) / len(words)


def _latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for c in letters if c < "\u0250") / len(letters)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """Load langid's bundled model once (about a second), with probabilities normalised."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
