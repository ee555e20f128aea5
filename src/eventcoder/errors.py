"""Errors eventcoder raises on purpose, each with a message that says what to do.

    EventcoderError
    ├── InputError          an input file or line cannot be read as an article
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── MalformedInput  (bad JSON, missing fields)
    │   └── NotEnglish
    ├── ConfigError         a dictionary, gazetteer file, config file or option is wrong
    │   ├── DataFileError   a data file is malformed (the message names file and line)
    │   └── FilterError     a filter value cannot be understood (also a ValueError)
    ├── OutputError         an output file cannot be written (disk full, no permission)
    ├── StoreError          the corpus database refused an operation
    │   └── CorpusNotFound  a read command named a corpus that does not exist
    └── ExtractionTimeout   one article ran past its time budget
"""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class EventcoderError(Exception):
    """Base of every error eventcoder raises on purpose."""


class InputError(EventcoderError):
    """An input cannot be turned into an article; ``where`` names the file and line."""

    def __init__(self, message: str, *, where: str = "") -> None:
        where = _LONE_SURROGATE.sub("\ufffd", where)  # a non-UTF-8 file name must stay printable
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class EmptyInput(InputError):
    """The input has no text."""


class BinaryInput(InputError):
    """The input is not text."""


class MalformedInput(InputError):
    """The input is text but not in the expected shape."""


class NotEnglish(InputError):
    """The input is not English; eventcoder reads English only. ``language`` is its ISO code."""

    def __init__(self, message: str, *, where: str = "", language: str | None = None) -> None:
        self.language = language
        super().__init__(message, where=where)


class ConfigError(EventcoderError):
    """A dictionary, gazetteer file or option is wrong."""


class OutputError(EventcoderError):
    """An output file cannot be written; nothing half-written is left behind."""


class StoreError(EventcoderError):
    """The corpus database refused an operation."""


class DataFileError(ConfigError):
    """A bundled or user data file (word list, taxonomy, dictionary) is malformed: the message names
    the file and line; fix the entry it points at."""


class CorpusNotFound(StoreError):
    """A read command was pointed at a corpus that does not exist."""


class FilterError(ConfigError, ValueError):
    """A filter value (country, date, count) cannot be understood; the message says the form."""


class ExtractionTimeout(EventcoderError):
    """One article took longer than its time budget; it is reported and skipped."""
