"""Errors eventcoder raises on purpose, each with a message that says what to do.

    EventcoderError
    ├── InputError          an input file or line cannot be read as an article
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── MalformedInput  (bad JSON, missing fields)
    │   └── NotEnglish
    ├── ConfigError         a dictionary, gazetteer file or option is wrong
    │   └── FilterError     a filter value cannot be understood (also a ValueError)
    ├── StoreError          the corpus database refused an operation
    │   └── CorpusNotFound  a read command named a corpus that does not exist
    └── ExtractionTimeout   one article ran past its time budget
"""

from __future__ import annotations


class EventcoderError(Exception):
    """Base of every error eventcoder raises on purpose."""


class InputError(EventcoderError):
    """An input cannot be turned into an article; ``where`` names the file and line."""

    def __init__(self, message: str, *, where: str = "") -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class EmptyInput(InputError):
    """The input has no text."""


class BinaryInput(InputError):
    """The input is not text."""


class MalformedInput(InputError):
    """The input is text but not in the expected shape."""


class NotEnglish(InputError):
    """The input is not English; eventcoder reads English only."""


class ConfigError(EventcoderError):
    """A dictionary, gazetteer file or option is wrong."""


class StoreError(EventcoderError):
    """The corpus database refused an operation."""


class CorpusNotFound(StoreError):
    """A read command was pointed at a corpus that does not exist."""


class FilterError(ConfigError, ValueError):
    """A filter value (country, date, count) cannot be understood; the message says the form."""


class ExtractionTimeout(EventcoderError):
    """One article took longer than its time budget; it is reported and skipped."""
