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
