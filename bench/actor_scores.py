"""Actor scores (issue 10): actor1 / actor2 of events against the gold of the coded-note and
article fixtures, by normalised ACLED name and by inter code.

usage: PYTHONPATH=src python bench/actor_scores.py [--show]

- notes3 (tests/fixtures/events_notes3.yaml): the first event of the gold type, as its test judges.
- articles, articles2, articles3 (tests/fixtures/events_articles*.yaml): gold events paired with
  found ones as their tests pair them (never the unseen articles4/5 sets).
Sets whose gold carries no actors (notes2, fresh) are skipped. Names match after lower-casing,
dropping ACLED's year spans ('(2021-)') and punctuation, or on the short name before ' - ' or ':'
('JNIM - ...' and 'JNIM: ...'). The gold inter code comes from ACLED's generic patterns
('Protesters (X)' 6, 'Military Forces of X' 1, ...) or, for named actors, from the dictionaries;
gold actors with no known code are left out of the inter score. Not a test: a measure to print
before and after a change (notes3 is unseen: never tune on its sentences).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

_PATTERNS = [(r"^(military|police) forces of", 1), (r"^protesters\b", 6), (r"^rioters\b", 5),
             (r"^civilians\b", 7), (r"^unidentified (armed group|gang)", 3),
             (r"(communal|ethnic|clan) militia", 4), (r"^government of", 1)]


def norm(name: str) -> str:
    """Lower case, no year spans or punctuation, single spaces."""
    text = re.sub(r"\(\d{4}-\d{0,4}\)", " ", name.lower())
    return re.sub(r"\s+", " ", re.sub(r"[^\w ]", " ", text)).strip()


def short(name: str) -> str:
    """The acronym or short name before ' - ' or ':' ('JNIM - Jama'at ...' -> 'jnim')."""
    return norm(re.split(r" - |:", name, maxsplit=1)[0])


def variants(name: str, *, bare: bool = False) -> set[str]:
    """Full, short and long forms ('RSF - Rapid Support Forces'); ``bare`` adds the name without
    its parenthesis, for gold written without a country ('Civilians')."""
    parts = re.split(r" - |:", name, maxsplit=1)
    out = {norm(name), norm(parts[0]), norm(parts[-1])}
    if bare:
        out |= {norm(re.sub(r"\([^)]*\)", " ", v)) for v in (name, parts[0], parts[-1])}
    return out - {""}


def same_name(got: str | None, gold: str) -> bool:
    if not got:
        return False
    return bool(variants(got, bare="(" not in gold) & variants(gold))


def gold_inter(name: str, country: str | None) -> int | None:
    """ACLED's generic names carry their code; named actors take the dictionaries' code."""
    low = name.lower()
    for pattern, inter in _PATTERNS:
        if re.search(pattern, low):
            return inter
    from eventcoder.extract.actors.dictionary import load_actor_dictionaries, resolve_actor

    actor = resolve_actor(re.sub(r"\(\d{4}-\d{0,4}\)", "", name), load_actor_dictionaries(), country=country)
    return actor.inter if actor is not None else None


def _tally(tally: dict[str, list[int]], event: Any, gold: dict[str, Any], show: str | None) -> None:
    for slot in ("actor1", "actor2"):
        want = gold.get(slot)
        if not want:
            continue
        actor = getattr(event, slot) if event is not None else None
        ok = same_name(actor.name if actor else None, want)
        tally[f"{slot}_name"].append(ok)
        inter = gold_inter(want, gold.get("country"))
        if inter is not None:
            tally[f"{slot}_inter"].append(actor is not None and actor.inter == inter)
        if show is not None and not ok:
            got = f"{actor.name} [{actor.inter}]" if actor else "-"
            print(f"  {show:26} {slot}: got {got!r:50} want {want!r} [{inter}]")


def notes3(show: bool) -> dict[str, list[int]]:
    from eventcoder.model import Article
    from eventcoder.record import build_record

    data = yaml.safe_load((ROOT / "tests/fixtures/events_notes3.yaml").read_text(encoding="utf-8"))
    tally: dict[str, list[int]] = {k: [] for k in ("actor1_name", "actor1_inter", "actor2_name", "actor2_inter")}
    for item in (i for items in data.values() for i in items):
        rec = build_record(Article(id=item["id"], text=item["text"], published=item["published"]))
        event = next((e for e in rec.events if e.type == item["type"]), None)
        _tally(tally, event, item, item["id"] if show else None)
    return tally


def articles(show: bool, fixture: str = "events_articles.yaml") -> dict[str, list[int]]:
    from test_events_articles import _pair

    from eventcoder.model import Article
    from eventcoder.record import build_record

    data = yaml.safe_load((ROOT / "tests/fixtures" / fixture).read_text(encoding="utf-8"))
    tally: dict[str, list[int]] = {k: [] for k in ("actor1_name", "actor1_inter", "actor2_name", "actor2_inter")}
    for item in (i for items in data.values() for i in items):
        rec = build_record(Article(id=item["id"], text=item["text"], published=item.get("published")))
        found = dict((id(g), e) for e, g in _pair(rec.events, item["events"]))
        for gold in item["events"]:
            _tally(tally, found.get(id(gold)), gold, item["id"] if show else None)
    return tally


def line(label: str, tally: dict[str, list[int]]) -> str:
    parts = [f"{k}={sum(v) / len(v):.2f}({len(v)})" for k, v in tally.items() if v]
    return f"{label}: " + "  ".join(parts)


def main() -> None:
    show = "--show" in sys.argv
    print(line("notes3", notes3(show)))
    print(line("articles", articles(show)))
    print(line("articles2", articles(show, "events_articles2.yaml")))
    print(line("articles3", articles(show, "events_articles3.yaml")))


if __name__ == "__main__":
    main()
