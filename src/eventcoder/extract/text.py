"""Text layout helpers every extractor shares: paragraphs, headlines, datelines, sentence windows.

Written once so that places, dates, figures, quotes and events agree on what a paragraph or a
dateline is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

Bounds = tuple[int, int]

_BLANK_LINE = re.compile(r"\n\s*\n")
_LINE = re.compile(r"\n")
_BLANK_OR_QUOTE_LINE = re.compile(r"\n\s*\n|\n(?=\s*[\u201c\"'`])")


class Paragraphs(list[Bounds]):
    """Paragraph bounds in text order; their starts are kept once for binary search."""

    _starts: list[int] | None = None

    def starts(self) -> list[int]:
        if self._starts is None or len(self._starts) != len(self):
            self._starts = [start for start, _ in self]
        return self._starts


def _split(text: str, separator: re.Pattern[str]) -> list[Bounds]:
    bounds, pos = [], 0
    for match in separator.finditer(text):
        bounds.append((pos, match.start()))
        pos = match.end()
    bounds.append((pos, len(text)))
    return [b for b in bounds if b[1] > b[0]]


def paragraphs(text: str) -> Paragraphs:
    """Blank-line blocks, or lines when the text has no blank line (wire copy, feeds)."""
    return Paragraphs(_split(text, _BLANK_LINE if _BLANK_LINE.search(text) else _LINE))


def quote_paragraphs(text: str) -> Paragraphs:
    """Paragraphs as quotations see them: a line that opens with a quote mark starts a new one
    (a quote never runs on across it); whitespace around each is trimmed."""
    out = Paragraphs()
    for start, end in _split(text, _BLANK_OR_QUOTE_LINE):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


def paragraph_index(bounds: list[Bounds], offset: int) -> int:
    """Index of the paragraph holding ``offset`` (the last one starting at or before it)."""
    starts = bounds.starts() if isinstance(bounds, Paragraphs) else [start for start, _ in bounds]
    return max(0, bisect_right(starts, offset) - 1)


def paragraph_at(bounds: list[Bounds], offset: int) -> Bounds:
    """The paragraph holding ``offset``, or (0, 0) when it falls between paragraphs."""
    if not bounds:
        return 0, 0
    start, end = bounds[paragraph_index(bounds, offset)]
    return (start, end) if start <= offset < end else (0, 0)


def line_at(text: str, offset: int) -> str:
    """The line holding ``offset``, stripped."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)].strip()


_CLOSING_PUNCTUATION = re.compile(r"[.!?\"”’:;]$")
HEADLINE_MAX_WORDS = 14


def in_headline(text: str, offset: int) -> bool:
    """A short line without closing punctuation: a title or crosshead, not body text."""
    line = line_at(text, offset)
    return len(line.split()) <= HEADLINE_MAX_WORDS and not _CLOSING_PUNCTUATION.search(line)


_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z .'-]+?)(?:,|\s+\(|\s+[-\u2013\u2014])"
)
_DATELINE_TAIL = re.compile(r"[,\s]*(?:\d{4})?\s*(?:\([^)\n]{1,40}\))?\s*[-\u2013\u2014]")
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z .'-]+,(?:\s*[A-Z][A-Za-z .'-]+,)?\s*$")
"""'KYIV, ' or 'EL FASHER, Sudan, ' before a dateline's date."""
DATELINE_PARAGRAPHS = 3
DATELINE_MAX_CHARS = 200


@dataclass(frozen=True)
class Dateline:
    """'KYIV, March 4 (Wire) -': where and when the story was filed, not where events happened."""

    place: Bounds


def datelines(text: str) -> list[Dateline]:
    """Datelines open the body, so they are looked for at the start of each of the first few
    paragraphs (the first one is often the headline)."""
    found = []
    for start, end in paragraphs(text)[:DATELINE_PARAGRAPHS]:
        match = _DATELINE.match(text, start, min(end, start + DATELINE_MAX_CHARS))
        if match:
            found.append(Dateline(place=(match.start("place"), match.end("place"))))
    return found


def is_dateline_date(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is a dateline's ('KYIV, May 26 (Wire) -'): the filing
    date, which governs nothing in the sentence it opens."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_DATELINE_HEAD.fullmatch(text, line_start, start) and _DATELINE_TAIL.match(text, end))


_WORDS_KEY = "eventcoder.span_words"
_FORMS_KEY = "eventcoder.doc_forms"
_LOWERED: dict[int, str] = {}
"""String hash → its lower-cased string, shared by every article (the vocabulary only grows)."""


@dataclass(frozen=True)
class DocForms:
    """Each token's lower-cased form, lower-cased lemma and text, by token index."""

    lower: list[str]
    lemma: list[str]
    text: list[str]

    def indices(self, forms: frozenset[str] = frozenset(), lemmas: frozenset[str] = frozenset()) -> list[int]:
        """Indices of the tokens whose form is in ``forms`` or whose lemma is in ``lemmas``, in order."""
        return [i for i, (w, lem) in enumerate(zip(self.lower, self.lemma)) if w in forms or lem in lemmas]


def doc_forms(doc: Doc) -> DocForms:
    """The article's forms and lemmas read once as strings (kept on the Doc's ``user_data``).

    A scan for a few words over a whole article made a Token object per word and read two
    attributes; reading the two columns as arrays and scanning strings costs a fraction."""
    found = doc.user_data.get(_FORMS_KEY)
    if found is None:
        from spacy.attrs import LEMMA, LOWER, ORTH  # spaCy is loaded by now; the CLI's start stays light

        table = doc.to_array([LOWER, LEMMA, ORTH]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        lowered = _LOWERED

        def low(h: int) -> str:
            text = lowered.get(h)
            if text is None:
                text = lowered[h] = strings[h].lower()
            return text

        found = doc.user_data[_FORMS_KEY] = DocForms(
            [low(a) for a, _, _ in table], [low(b) for _, b, _ in table], [strings[c] for _, _, c in table])
    return found


def span_lemmas(span: Span) -> list[str]:
    """The span's lower-cased lemmas, by position, from the article's string columns: a rule
    asking 'is any of these words in the sentence' reads strings, not one Token per word."""
    return doc_forms(span.doc).lemma[span.start:span.end]


def span_lowers(span: Span) -> list[str]:
    """The span's lower-cased forms, by position (see ``span_lemmas``)."""
    return doc_forms(span.doc).lower[span.start:span.end]


def token_texts(doc: Doc) -> list[str]:
    """Each token's text by index, read once per article (kept on the Doc's ``user_data``).

    Scans that test every token's first letter ('is it capitalised?') made a Token object per
    word; most words fail the test, so reading the strings first leaves Tokens to the few that pass."""
    return doc_forms(doc).text


def span_words(span: Span) -> frozenset[str]:
    """Every lower-cased lemma and form in a span, computed once per span of a parsed article.

    Many rules ask 'does this sentence name any of these words'; each asking walked the
    sentence's tokens again. The answer is kept on the Doc (``user_data``), so it lives and dies
    with the article."""
    memo: dict[tuple[int, int], frozenset[str]] = span.doc.user_data.setdefault(_WORDS_KEY, {})
    key = (span.start, span.end)
    found = memo.get(key)
    if found is None:
        forms = doc_forms(span.doc)
        found = memo[key] = frozenset(forms.lemma[span.start:span.end]) | frozenset(forms.lower[span.start:span.end])
    return found


_TABLE_KEY = "eventcoder.doc_table"


@dataclass(frozen=True)
class DocTable:
    """Each token's offsets, head, dependency, POS and sentence, by token index.

    The hottest walks (up a chain of heads, over a clause's children, from a character offset to
    its token) made a Token object per step; these columns are read once per article instead."""

    idx: list[int]
    end: list[int]
    head: list[int]
    dep: list[str]
    pos: list[str]
    sent_start: list[int]
    """Index of the first token of each token's sentence (spaCy's ``Token.sent``)."""
    sent_end: list[int]
    has_sents: bool
    """``doc.has_annotation("SENT_START")``, asked once."""
    kid_order: list[int]
    """Every token that has a head, grouped by its head and in text order within a group."""
    kid_start: list[int]
    """Where each token's children start in ``kid_order`` (one more entry than tokens)."""
    text_length: int

    def kids(self, i: int) -> list[int]:
        """Token ``i``'s children, in text order (``Token.children``)."""
        return self.kid_order[self.kid_start[i]:self.kid_start[i + 1]]

    def token_at(self, char: int) -> int:
        """The token whose text or trailing space holds ``char``, or -1 (spaCy's token_by_char)."""
        if char < 0 or char >= self.text_length:
            return -1
        return bisect_right(self.idx, char) - 1

    def expand(self, start: int, end: int) -> tuple[int, int] | None:
        """Token bounds of ``doc.char_span(start, end, alignment_mode="expand")``, or None."""
        first = self.token_at(start)
        if first < 0:
            return None
        last = self.token_at(end - 1)
        if last < 0:
            return None
        if start == self.end[first]:
            first += 1
        return first, last + 1


def doc_table(doc: Doc) -> DocTable:
    """The article's syntax columns, read once (kept on the Doc's ``user_data``)."""
    found = doc.user_data.get(_TABLE_KEY)
    if found is None:
        found = doc.user_data[_TABLE_KEY] = _read_table(doc)
    return found


def _read_table(doc: Doc) -> DocTable:
    import numpy as np
    from spacy.attrs import DEP, HEAD, IDX, LENGTH, POS, SENT_START

    n = len(doc)
    if not n:
        return DocTable([], [], [], [], [], [], [], False, [], [0], 0)
    names = doc.to_array([IDX, LENGTH, DEP, POS])
    signed = doc.to_array([HEAD, SENT_START]).astype("int64")
    idx, dep, pos = names[:, 0].tolist(), names[:, 2].tolist(), names[:, 3].tolist()
    heads = signed[:, 0] + np.arange(n)
    head = heads.tolist()
    strings = doc.vocab.strings
    name = {h: strings[h] for h in {*dep, *pos}}  # a few dozen labels: each looked up once
    has_head = np.flatnonzero(signed[:, 0])  # the roots point at themselves
    kid_order = has_head[np.argsort(heads[has_head], kind="stable")].tolist()
    kid_start = np.concatenate(([0], np.cumsum(np.bincount(heads[has_head], minlength=n)))).tolist()
    starts, ends = _sentence_columns(signed[:, 1].tolist())
    return DocTable(idx, (names[:, 0] + names[:, 1]).tolist(), head, [name[h] for h in dep], [name[h] for h in pos],
                    starts, ends, doc.has_annotation("SENT_START"), kid_order, kid_start,
                    doc[-1].idx + len(doc[-1].text_with_ws))  # len(doc.text), which spaCy rebuilds


def _sentence_columns(flags: list[int]) -> tuple[list[int], list[int]]:
    """Each token's sentence bounds from the SENT_START column (1 opens a sentence), as
    ``Span.sent`` finds them."""
    n = len(flags)
    opens = [0, *(i for i in range(1, n) if flags[i] == 1), n]
    starts: list[int] = []
    ends: list[int] = []
    for first, after in zip(opens, opens[1:]):
        starts += [first] * (after - first)
        ends += [after] * (after - first)
    return starts, ends
