"""The parser's and the recognizer's greedy transition loop, driven from Python with the GIL held.

spaCy's compiled loop (``Parser.greedy_parse``) releases the GIL, and every token lookup inside a
move's validity check (``StateC.safe_get``, built by Cython 3) takes it back and drops it again:
about 200 GIL round trips per word for the recognizer's 74 moves. That was 70 % of the NER's
time. Here the same steps run with the GIL held, so those round trips cost nothing:

- the scores are computed as the compiled loop computes them: the precomputed feature rows
  summed in the same order, the same bias, the largest maxout piece, unseen classes set to the
  batch minimum; only the small hidden-to-output product goes through numpy's matrix multiply,
  like every other layer of the engine (BLIS costs ~27 µs a call at this size, numpy ~9): its
  last bits may differ, the parse does not (checked on the bench's articles and the dev sets);
- the choice and the move are spaCy's own compiled code (``Parser.transition_states``).

``tests/test_engine.py`` checks that the parse is identical to the stock loop's.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.ml.parser_model import ParserStepModel
from spacy.pipeline import DependencyParser, EntityRecognizer
from spacy.pipeline.transition_parser import Parser
from spacy.tokens import Doc
from thinc.api import set_dropout_rate


class _Weights:
    """What one batch's loop reads: the precomputed feature rows, biases and output layer."""

    def __init__(self, parser: Parser, docs: list[Doc]) -> None:
        tok2vec, lower, upper = parser.model.layers
        n_f, n_o, n_p = (lower.get_dim(d) for d in ("nF", "nO", "nP"))
        self.pieces = n_p
        cached = lower.predict(tok2vec.predict(docs))  # (tokens + 1 padding row, nF, nO, nP)
        self.table = cached.reshape((cached.shape[0], n_f, n_o * n_p))
        self.feat_bias = lower.get_param("b").reshape((n_o * n_p,))
        self.columns = np.arange(n_f)
        self.out_w_t = upper.get_param("W").T
        self.out_b = upper.get_param("b")
        unseen = parser.model.attrs["unseen_classes"]
        self.unseen = np.array(sorted(unseen), dtype="i") if unseen else None
        self.ids_of = SimpleNamespace(state2vec=SimpleNamespace(nF=n_f))

    def scores(self, states: list[Any]) -> np.ndarray:
        """Each state's class scores: the compiled loop's sums, bias and maxout, then the output
        layer through numpy's matrix multiply, as the engine's other layers (``use_numpy_ops``)."""
        ids = ParserStepModel.get_token_ids(self.ids_of, states)
        np.add(ids, 1, out=ids)
        np.maximum(ids, 0, out=ids)  # a missing token (-1) reads the padding row, row 0
        unmaxed = np.add.reduce(self.table[ids, self.columns], axis=1, initial=0.0)  # f0, f1, ... in turn
        unmaxed += self.feat_bias
        hidden = unmaxed[:, 0::self.pieces]
        for p in range(1, self.pieces):  # the largest piece, as in Vec.arg_max
            hidden = np.maximum(hidden, unmaxed[:, p::self.pieces])
        scores = hidden @ self.out_w_t
        scores += self.out_b
        if self.unseen is not None:
            scores[:, self.unseen] = scores.min()
        return scores


def greedy_parse(parser: Parser, docs: list[Doc], drop: float = 0.0) -> list[Any]:
    """``Parser.greedy_parse`` with the loop in Python: the same states, moves and annotations."""
    parser._ensure_labels_are_added(docs)
    set_dropout_rate(parser.model, drop)
    batch = parser.moves.init_batch(docs)
    states = [state for state in batch if not state.is_final()]
    if states:
        weights = _Weights(parser, docs)
        while states:
            states = parser.transition_states(states, weights.scores(states))
    return batch


class HeldGilParser(DependencyParser):
    """The shipped dependency parser, its greedy loop run by :func:`greedy_parse`."""

    __slots__ = ()

    def greedy_parse(self, docs: list[Doc], drop: float = 0.0) -> list[Any]:
        return greedy_parse(self, docs, drop)


class HeldGilRecognizer(EntityRecognizer):
    """The shipped entity recognizer, its greedy loop run by :func:`greedy_parse`."""

    __slots__ = ()

    def greedy_parse(self, docs: list[Doc], drop: float = 0.0) -> list[Any]:
        return greedy_parse(self, docs, drop)


# settings in a pipe's cfg that its class's constructor does not take (it fixes them itself)
_SET_BY_CLASS: dict[type, frozenset[str]] = {
    HeldGilParser: frozenset({"moves"}),
    HeldGilRecognizer: frozenset({"moves", "min_action_freq", "learn_tokens"}),
}


def hold_gil_in_parsers(nlp: Language) -> None:
    """Give the pipeline's greedy parser and recognizer the Python loop, same model and moves.

    spaCy's pipes are static types, so the component is rebuilt as the subclass around the very
    same model, transition system and settings, and put in the old one's place."""
    kinds: dict[type, type[Parser]] = {DependencyParser: HeldGilParser, EntityRecognizer: HeldGilRecognizer}
    for i, (name, component) in enumerate(nlp._components):  # disabled ones included: same indices
        kind = kinds.get(type(component))
        if kind is None or not isinstance(component, Parser) or component.cfg.get("beam_width", 1) != 1:
            continue
        pipe: Parser = component
        fixed = _SET_BY_CLASS[kind]
        settings = {key: value for key, value in pipe.cfg.items() if key not in fixed}
        held = kind(pipe.vocab, pipe.model, name, pipe.moves, scorer=pipe.scorer, **settings)
        held.cfg = pipe.cfg
        nlp._components[i] = (name, held)
