"""Bytes → text: UTF-8 first, then a detected encoding; binary is refused, not guessed."""

from __future__ import annotations

import charset_normalizer

from eventcoder.errors import BinaryInput, EmptyInput

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


def decode_text(data: bytes, *, where: str) -> str:
    """Decode article bytes, refusing binary data and empty files with a clear message."""
    if not data.strip():
        raise EmptyInput("the input is empty", where=where)
    if _looks_binary(data):
        raise BinaryInput("the input looks binary (NUL or control bytes), not text", where=where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise BinaryInput("the input is not UTF-8 and no text encoding fits it", where=where)
    return str(best)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean a binary file (image, PDF, archive)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and chr(b) not in _CONTROL_OK)
    return controls > max(8, len(sample) // 100)
