"""Small made-up wire articles for the scale tests: many distinct texts from a few templates."""

from __future__ import annotations

import json
from pathlib import Path

from eventcoder.model import Article

PLACES = ["Goma", "Aleppo", "Kharkiv", "Mogadishu", "Bamako", "Khartoum", "Mosul", "Kabul"]
ACTORS = ["Rebels", "Government forces", "Unidentified gunmen", "Militia fighters", "Protesters"]
DAYS = ["Monday", "Tuesday", "on Wednesday", "Thursday night", "at the weekend"]
TEMPLATES = [
    "{actor} attacked a village near {place} on {day}, killing {n} civilians, local officials said.",
    "An air strike hit a market in {place} {day}. At least {n} people were killed and {m} wounded.",
    "{actor} clashed with the army outside {place} {day}; {n} fighters died, a spokesman told reporters.",
    "Hundreds marched through {place} {day} to demand the release of {n} detained students.",
    "\"We counted {n} bodies,\" said a doctor in {place}, after shelling {day} displaced {m} families.",
]


def article_text(i: int) -> str:
    """The i-th article: two sentences from the templates, numbers and names varied by i."""
    parts = []
    for k in (i, i + 3):
        template = TEMPLATES[k % len(TEMPLATES)]
        parts.append(template.format(actor=ACTORS[k % len(ACTORS)], place=PLACES[(i + k) % len(PLACES)],
                                     day=DAYS[(i // 3 + k) % len(DAYS)].removeprefix("on "),
                                     n=3 + i % 40, m=10 + i % 90))
    return " ".join(parts)


def articles(n: int, start: int = 0) -> list[Article]:
    return [Article(id=f"s{i:05d}", text=article_text(i), published="2024-05-12") for i in range(start, start + n)]


def write_jsonl(path: Path, n: int) -> Path:
    """A JSON Lines file of n articles, written line by line."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"s{i:05d}", "text": article_text(i), "published": "2024-05-12"}) + "\n")
    return path
