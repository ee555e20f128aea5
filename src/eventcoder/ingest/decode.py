"""Bytes → text: BOMs and UTF-16 first, then UTF-8, then a detected legacy encoding.

Binary data (images, PDFs, archives) is refused rather than guessed; a stray NUL byte in
an otherwise textual file is not enough to call it binary.
"""

from __future__ import annotations

import codecs

import charset_normalizer

from eventcoder.errors import BinaryInput, EmptyInput
from eventcoder.ingest.clean import clean_text

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Multi-byte East Asian codecs decode almost any short byte string; charset_normalizer then
# prefers them over the single-byte Cyrillic/Arabic code pages the text really uses.
_CJK_CODECS = [
    "shift_jis", "shift_jis_2004", "shift_jisx0213", "cp932", "euc_jp", "euc_jis_2004",
    "euc_jisx0213", "gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs", "cp950",
    "euc_kr", "cp949", "johab", "iso2022_jp", "iso2022_kr", "cp1361",
]
MAX_NUL_SHARE = 0.01
"""Above this share of NUL bytes (and not UTF-16), the data is binary."""


def decode_text(data: bytes, *, where: str) -> str:
    """Decode article bytes, refusing binary data and empty files with a clear message."""
    if not data.strip(b" \t\r\n\x00"):
        raise EmptyInput("the input is empty", where=where)
    text = _decode_utf16_or_bom(data)
    if text is None:
        if _looks_binary(data):
            raise BinaryInput("the input looks binary (NUL or control bytes), not text", where=where)
        text = _decode_utf8(data)
    if text is None:
        text = _decode_legacy(data, where=where)
    return clean_text(text)


def _decode_utf16_or_bom(data: bytes) -> str | None:
    """Text with a BOM, or UTF-16 without one; None when neither fits."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return _utf16_without_bom(data)


def _decode_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """ASCII-range text in UTF-16 has a NUL in every other byte; try the matching byte order."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    codec = "utf-16-be" if even_nuls > 0.4 > odd_nuls else "utf-16-le" if odd_nuls > 0.4 > even_nuls else None
    if codec is None:
        return None
    try:
        return data[: len(data) // 2 * 2].decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_legacy(data: bytes, *, where: str) -> str:
    """Detect a legacy encoding (Windows-1256, KOI8-R, Latin-1…) with charset_normalizer."""
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding in _CJK_CODECS and best.coherence < 0.1:
        best = charset_normalizer.from_bytes(data, cp_exclusion=_CJK_CODECS).best() or best
    if best is None:
        raise BinaryInput("the input is not UTF-8 and no text encoding fits it", where=where)
    return str(best)


def _looks_binary(data: bytes) -> bool:
    """Many NUL bytes or many control characters mean a binary file (image, PDF, archive)."""
    sample = data[:8192]
    if sample.count(0) > max(1, len(sample) * MAX_NUL_SHARE):
        return True
    controls = sum(1 for b in sample if b < 32 and b != 0 and chr(b) not in _CONTROL_OK)
    return controls > max(8, len(sample) // 100)
