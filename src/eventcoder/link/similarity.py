"""How alike two evidence sentences are: bag-of-words cosine, no model needed.

Two outlets telling one attack share its content words (shelled, market, village, Kadada)
even in different wording; reports of different events in one place and week share fewer.
Words are lower-cased, stripped of a plural or past-tense ending, and common reporting words
(``data/lexicons/link_stopwords.yaml``) are dropped.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping

from eventcoder.extract.lexicons import words as lexicon_words

_WORD = re.compile(r"[^\W\d_]{3,}")
MAX_TERMS = 60
"""An incident keeps its most frequent terms only, so its summary stays a fixed size."""


def _stem(word: str) -> str:
    """A crude suffix strip: shells/shelled/shelling → shell; enough to align two wordings."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def terms(text: str) -> Counter[str]:
    """Content-word counts of a text."""
    stop = lexicon_words("link_stopwords")
    return Counter(_stem(w) for w in (m.casefold() for m in _WORD.findall(text)) if w not in stop)


def evidence_terms(evidence: str, *names: str | None) -> Counter[str]:
    """Terms of an evidence sentence less the words of its place names: place is matched by
    its own rule, and counting it again would make any two reports from one town alike."""
    found = terms(evidence)
    for name in names:
        for word in terms(name or ""):
            found.pop(word, None)
    return found


def cosine(a: Mapping[str, int], b: Mapping[str, int]) -> float:
    """Cosine of two count vectors; 0.0 when either is empty."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(n * large.get(w, 0) for w, n in small.items())
    norm = math.sqrt(sum(n * n for n in a.values())) * math.sqrt(sum(n * n for n in b.values()))
    return dot / norm if norm else 0.0


def merge_terms(total: Mapping[str, int], new: Mapping[str, int]) -> dict[str, int]:
    """An incident's centroid after one more member: counts added, trimmed to ``MAX_TERMS``."""
    summed = Counter(total)
    summed.update(new)
    return dict(sorted(summed.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TERMS])
