"""Make decoded strings safe to store and print: no lone surrogates, no NUL characters.

A lone surrogate (``"\\ud800"`` in a JSON escape, or a file name that is not UTF-8)
cannot be encoded as UTF-8, so writing it out later would fail far from its cause.
"""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """Replace lone surrogates by U+FFFD and drop NUL characters."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return _LONE_SURROGATE.sub(REPLACEMENT, text)


def clean_optional(value: str | None) -> str | None:
    """:func:`clean_text` for optional metadata fields."""
    return None if value is None else clean_text(value)
