"""Word lists as data: one file per concept under ``data/lexicons/``, loaded once and checked.

A lexicon file has an ``about`` line and its ``words`` in one of three shapes:

- a list: a plain set of words (``weapons``);
- a mapping of word to a list of *uses*: one concept serving several rules, each rule taking
  the words tagged with its use (``speech_verbs``: ``say: [quote, content, source]``); every use
  is declared under ``uses`` with what it is for;
- a mapping of word to one label: a classification (``kill: killed``).

Unknown keys, undeclared uses and words given twice are refused with the file and line.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, model_validator

from eventcoder.datafiles import Example, bundled, load_checked

LEXICON_DIR = "lexicons"


class Lexicon(BaseModel):
    """One concept's words, as read from its file."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    about: str
    uses: dict[str, str] = {}
    words: list[str] | dict[str, list[str] | str]
    examples: list[Example] = []

    @model_validator(mode="after")
    def _consistent(self) -> Lexicon:
        if isinstance(self.words, list):
            seen: set[str] = set()
            for word in self.words:
                if word in seen:
                    raise ValueError(f"'{word}' is listed twice")
                seen.add(word)
            return self
        for word, tags in self.words.items():
            for tag in [tags] if isinstance(tags, str) else tags:
                if isinstance(tags, list) and tag not in self.uses:
                    raise ValueError(f"'{word}' has use '{tag}', which is not declared under 'uses'")
        return self

    def all(self) -> frozenset[str]:
        """Every word of the concept."""
        return frozenset(self.words)

    def words_for(self, use: str) -> frozenset[str]:
        """The words tagged with one use (a KeyError names the declared uses)."""
        if use not in self.uses:
            raise KeyError(f"no use {use!r} in this lexicon; declared: {', '.join(self.uses)}")
        assert isinstance(self.words, dict)
        return frozenset(w for w, tags in self.words.items() if isinstance(tags, list) and use in tags)

    def labels(self) -> dict[str, str]:
        """Word → label, for a classifying lexicon."""
        assert isinstance(self.words, dict)
        return {w: label for w, label in self.words.items() if isinstance(label, str)}


@cache
def lexicon(name: str) -> Lexicon:
    """The bundled lexicon ``data/lexicons/NAME.yaml``, read once per process."""
    return load_checked(bundled(f"{LEXICON_DIR}/{name}.yaml"), Lexicon)


def words(name: str, use: str | None = None) -> frozenset[str]:
    """Shorthand: all words of a lexicon, or those for one use."""
    lex = lexicon(name)
    return lex.all() if use is None else lex.words_for(use)


def lexicon_files() -> list[Path]:
    """Every bundled lexicon file (for the test that loads them all)."""
    return sorted(bundled(LEXICON_DIR).glob("*.yaml"))


_ASCII_EQUIVALENTS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""The four non-ASCII letters that Python's case-insensitive re lets an ASCII letter match
('İ' and 'ı' for i, 'ſ' for s, the Kelvin sign for k), each written as that letter."""


def folded(text: str) -> str:
    """The text lower-cased as a case-insensitive regex sees ASCII letters (``PhraseGate``)."""
    if any(c in text for c in "\u0130\u0131\u017f\u212a"):
        text = text.translate(_ASCII_EQUIVALENTS)
    return text.lower()


def _folds_plainly(phrase: str) -> bool:
    """Every character is ASCII or has no case ('£', '–'): what a case-insensitive regex matches
    for it, ``folded`` turns into it."""
    return all(c.isascii() or c.lower() == c.upper() == c for c in phrase)


class PhraseGate:
    """Whether a case-insensitive pattern that must match one of some literal phrases may match
    a text at all.

    A regex alternation of many phrases is tried at every position of the text; a substring
    search per phrase in the ``folded`` text is far cheaper. Every match of the pattern holds one
    of the phrases, each of its letters in a form that folds to the phrase's own, so a text
    holding none of them cannot match; one that holds one still goes to the pattern (word
    bounds, context). Phrases with non-ASCII letters keep the gate open: ``lower`` does not
    fold all their case-insensitive forms."""

    def __init__(self, phrases: frozenset[str]) -> None:
        self.phrases = tuple(sorted(p.lower() for p in phrases)) if all(map(_folds_plainly, phrases)) else None

    def may_match(self, folded_text: str) -> bool:
        return self.phrases is None or any(p in folded_text for p in self.phrases)
