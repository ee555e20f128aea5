"""Speed-ups of the shipped spaCy pipeline that leave every annotation as it was.

- thinc's matrix multiplies through numpy with one BLAS thread instead of blis (faster here);
- glibc keeps freed memory for the next batch's arrays (``keep_freed_memory``);
- the ``attribute_ruler``'s single-token rules answered from a cache keyed by what they read
  (tag, lowercase form, dependency label): its matcher otherwise tries 179 patterns on every
  token, although the answer for one kind of token is always the same. Rules that span two
  tokens ("gon na", "let 's", "there were") are read the same way, token by token: a rule
  matches where each of its tokens does (a matcher over the whole doc only for rules that
  read more than a token's kind or have operators);
- the rule lemmatizer's answers cached by what it reads (form, part of speech, morphology) and
  written with one array call: it otherwise makes a Token object and re-derives base forms
  for every token.

A guard on the tokenizer keeps it linear on long runs without whitespace (``RunGuardTokenizer``).

``tests/test_engine.py`` checks that the parse is identical to the model loaded as shipped.
"""

from __future__ import annotations

import re
from typing import Any, cast

from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs
from thinc.types import Ints2d

TokenKey = tuple[int, int, int]
_KindParts = tuple[frozenset[tuple[int, int]], tuple[tuple[int, int], ...]]
"""(rule, position) pairs a token kind matches, and the (rule, length) of those it may open."""


# glibc mallopt parameters: freed blocks up to 32 MB stay in the heap, and the heap keeps up to
# 256 MB of free memory at its top instead of handing it back to the kernel
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_KEEP_MMAP, _KEEP_TRIM = 32 * 1024 * 1024, 256 * 1024 * 1024


def keep_freed_memory() -> bool:
    """Let glibc reuse freed memory for the next batch's arrays instead of returning it.

    Each layer of the networks allocates arrays of several MB per batch; by default glibc maps
    and unmaps them, and the kernel zeroes every fresh page again (a quarter of the parse's CPU
    time). Returns False where the C library is not glibc (nothing changed)."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, _KEEP_MMAP)) and bool(mallopt(_M_TRIM_THRESHOLD, _KEEP_TRIM))


def freeze_loaded() -> None:
    """Take what is loaded so far (the pipeline: ~90,000 objects) out of the garbage collector's
    passes. The model lives as long as the process, yet every full pass walked it again: ~0.25 s
    of CPU per 100 articles here. Garbage is collected first, so only live objects are frozen;
    what articles make later is collected as before (Python's ``gc.freeze``)."""
    import gc

    gc.collect()
    gc.freeze()


def use_numpy_ops() -> None:
    """Route thinc's matrix multiplies to numpy and pin BLAS to one thread for this process."""
    from thinc.api import NumpyOps, set_current_ops
    from threadpoolctl import threadpool_limits

    set_current_ops(NumpyOps(use_blis=False))
    threadpool_limits(limits=1, user_api="blas")


class CachedAttributeRuler(AttributeRuler):
    """The shipped ruler with a cache: same rules, applied to each token in the same order.

    ``cache_attribute_ruler`` turns a loaded ruler into this class in place, keeping its rules.
    """

    def __call__(self, doc: Doc) -> Doc:
        state = _state(self)
        keys = state.token_keys(doc)
        spanning = state.multi_token_rules(doc, keys)
        for token, key in zip(doc, keys):
            rules = state.single_token_rules(token, key)
            if token.i in spanning:
                rules = tuple(sorted(rules + tuple(spanning[token.i])))
            for attr_id in rules:
                set_token_attrs(token, self.attrs[attr_id])
        return doc


class _RulerCache:
    """What the cached ruler keeps: answers per token kind for the single-token rules and for each
    token of the multi-token rules, and a matcher of the multi-token rules for when those answers
    cannot stand in for it."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.multi = Matcher(ruler.vocab)
        self.spanning: list[tuple[int, int]] = []
        """(rule, pattern length) of the multi-token rules, each read token by token from ``parts``."""
        self.parts = Matcher(ruler.vocab)
        by_tokens = True
        for attr_id, rule in enumerate(ruler.patterns):
            patterns: list[list[dict[str, Any]]] = rule["patterns"]  # type: ignore[assignment]
            if any(len(pattern) > 1 for pattern in patterns):
                self.multi.add(str(attr_id), patterns)
                by_tokens = by_tokens and len(patterns) == 1 and all(_read_by_key(spec) for spec in patterns[0])
                self.spanning.append((attr_id, len(patterns[0])))
                for j, spec in enumerate(patterns[0]):
                    self.parts.add(f"{attr_id}:{j}", [[spec]])
        self.by_tokens = by_tokens
        self.answers: dict[TokenKey, tuple[int, ...]] = {}
        self.part_answers: dict[TokenKey, _KindParts] = {}

    def token_keys(self, doc: Doc) -> list[TokenKey]:
        """Each token's kind, as the rules read it: (tag, lowercase form, dependency label)."""
        return [(tag, lower, dep) for tag, lower, dep in doc.to_array([TAG, LOWER, DEP]).tolist()] if len(doc) else []

    def single_token_rules(self, token: Token, key: TokenKey) -> tuple[int, ...]:
        rules = self.answers.get(key)
        if rules is None:
            rules = self.answers[key] = self._rules_for(token)
        return rules

    def _probe(self, token: Token) -> Doc:
        """A one-token doc of the token's kind: a rule's answer on it is its answer on the token."""
        return Doc(self.ruler.vocab, words=[token.text], tags=[token.tag_], deps=[token.dep_], heads=[0])

    def _rules_for(self, token: Token) -> tuple[int, ...]:
        """Every single-token rule matching a token of this kind, in the ruler's order."""
        matches = self.ruler.matcher(self._probe(token), allow_missing=True, as_spans=False)
        return tuple(sorted(int(self.ruler.vocab.strings[m_id]) for m_id, _start, _end in matches))

    def _parts_for(self, token: Token) -> frozenset[tuple[int, int]]:
        """(rule, position) of every multi-token rule's token that a token of this kind matches."""
        matches = self.parts(self._probe(token), allow_missing=True, as_spans=False)
        return frozenset(_rule_position(self.ruler.vocab.strings[m_id]) for m_id, _start, _end in matches)

    def multi_token_rules(self, doc: Doc, keys: list[TokenKey]) -> dict[int, list[int]]:
        """Token index → rules spanning several tokens that set its attributes.

        Where every such rule is one fixed run of tokens, each reading only a token's kind, a rule
        matches where each of its tokens does: the answers per kind replace the matcher, which
        tried every rule at every token of the doc (half the ruler's time)."""
        if not self.spanning:
            return {}
        if not self.by_tokens:
            return self._matched_rules(doc)
        known = self.part_answers
        kinds = [known.get(key) or self._kind_parts(doc, i, key) for i, key in enumerate(keys)]
        out: dict[int, list[int]] = {}
        for start, (_parts, opened) in enumerate(kinds):
            for attr_id, length in opened:  # most tokens open no rule
                if start + length <= len(kinds) and all((attr_id, j) in kinds[start + j][0] for j in range(1, length)):
                    target = doc[start:start + length][self.ruler.indices[attr_id]].i
                    out.setdefault(target, []).append(attr_id)
        return out

    def _kind_parts(self, doc: Doc, i: int, key: TokenKey) -> _KindParts:
        """The multi-token rules' tokens a token of this kind matches, and the rules it may open."""
        found = self.part_answers.get(key)
        if found is None:
            parts = self._parts_for(doc[i])
            opened = tuple((attr_id, length) for attr_id, length in self.spanning if (attr_id, 0) in parts)
            found = self.part_answers[key] = (parts, opened)
        return found

    def _matched_rules(self, doc: Doc) -> dict[int, list[int]]:
        """The multi-token rules found by the matcher over the whole doc."""
        out: dict[int, list[int]] = {}
        for m_id, start, end in self.multi(doc, allow_missing=True, as_spans=False):
            attr_id = int(self.ruler.vocab.strings[m_id])
            target = doc[start:end][self.ruler.indices[attr_id]].i
            out.setdefault(target, []).append(attr_id)
        return out


_KEY_ATTRS = frozenset({"TAG", "LOWER", "DEP"})


def _read_by_key(spec: dict[str, Any]) -> bool:
    """Whether a pattern token reads only a token's kind (tag, lowercase form, label) and stands
    for exactly one token (no operator)."""
    return set(spec) <= _KEY_ATTRS


def _rule_position(name: str) -> tuple[int, int]:
    attr_id, position = name.split(":")
    return int(attr_id), int(position)


_STATES: dict[int, _RulerCache] = {}


def _state(ruler: AttributeRuler) -> _RulerCache:
    state = _STATES.get(id(ruler))
    if state is None or state.ruler is not ruler:
        state = _STATES[id(ruler)] = _RulerCache(ruler)
    return state


def cache_attribute_ruler(nlp: Language) -> None:
    """Give the pipeline's attribute_ruler its cache (no-op when the pipeline has none)."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if type(ruler) is AttributeRuler:
            ruler.__class__ = CachedAttributeRuler


class CachedLemmatizer(Lemmatizer):
    """The shipped rule lemmatizer, asked once per kind of token.

    Its lemma depends only on the token's form, part of speech and morphology (and the lookup
    tables), so the answer for the first token of a kind holds for the rest. Tokens that already
    have a lemma (set by the attribute_ruler) keep it, as in the shipped component.
    """

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = cast(Ints2d, rows[:, 3:4].copy())  # uint64 hashes; spaCy's stub says float
        known: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_lemma_hashes", {})
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            value = known.get((orth, pos, morph))
            if value is None:
                value = known[(orth, pos, morph)] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
            lemmas[i, 0] = value
        doc.from_array([LEMMA], lemmas)
        return doc


def cache_lemmatizer(nlp: Language) -> None:
    """Give the pipeline's rule lemmatizer its cache (no-op when it has none or another kind)."""
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if type(lemmatizer).__name__ == "EnglishLemmatizer" and isinstance(lemmatizer, Lemmatizer):
            lemmatizer.__class__ = type("CachedEnglishLemmatizer", (CachedLemmatizer, type(lemmatizer)), {})


class RunGuardTokenizer:
    """The pipeline's tokenizer, guarded against long runs without whitespace.

    spaCy's prefix/suffix/infix loops cost time quadratic in the length of a whitespace-free run
    (20,000 quote marks in a row took over a minute). Such runs are cut into pieces of
    ``max_run`` characters, each tokenized alone, and the pieces joined: the text and every offset
    are unchanged. Text without such a run goes to the tokenizer as it is.
    """

    def __init__(self, tokenizer: Any, max_run: int = 400) -> None:
        self.tokenizer = tokenizer
        self.max_run = max_run
        self._long_run = re.compile(rf"\S{{{max_run + 1},}}")

    def __call__(self, text: str) -> Doc:
        if len(text) <= self.max_run or not self._long_run.search(text):
            return self.tokenizer(text)
        docs, pos = [], 0
        for run in self._long_run.finditer(text):
            if run.start() > pos:
                docs.append(self.tokenizer(text[pos:run.start()]))
            for start in range(run.start(), run.end(), self.max_run):
                docs.append(self.tokenizer(text[start:min(start + self.max_run, run.end())]))
            pos = run.end()
        if pos < len(text):
            docs.append(self.tokenizer(text[pos:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def guard_tokenizer(nlp: Language) -> None:
    """Give the pipeline a tokenizer that stays linear on long whitespace-free runs."""
    if not isinstance(nlp.tokenizer, RunGuardTokenizer):
        nlp.tokenizer = RunGuardTokenizer(nlp.tokenizer)
