"""A plain-text view of one record: what happened, where, when, how many, who said it."""

from __future__ import annotations

import textwrap

from eventcoder.model import Event, Place, Quantity, Quote, Record, TimeRef


def render_record(record: Record, *, width: int = 100) -> str:
    """Render a record as sections a reader can scan, each item with its evidence."""
    a = record.article
    lines = [f"== {a.id}" + (f" — {a.title}" if a.title else ""), f"   published {a.published or 'unknown'}"]
    lines += [f"   ! {w}" for w in record.warnings]
    lines += _section("Events", [_event_line(record, e) for e in record.events], width)
    lines += _section("Places", _places(record), width)
    lines += _section("Dates", [f"{d.text!r} → {_when(d)}" for d in record.dates], width)
    lines += _section("Figures", [_figure_line(q) for q in record.quantities], width)
    lines += _section("Quotes", [_quote_line(q) for q in record.quotes], width)
    return "\n".join(lines) + "\n"


def _section(title: str, items: list[str], width: int) -> list[str]:
    out = ["", f"{title} ({len(items)})"]
    for item in items:
        out += textwrap.wrap(item, width=width, initial_indent="  • ", subsequent_indent="    ")
    return out


def _when(t: TimeRef | None) -> str:
    if t is None or t.value is None:
        return "unresolved"
    return f"{t.value} … {t.until}" if t.until else f"{t.value} ({t.precision})"


def _event_line(record: Record, e: Event) -> str:
    actors = " vs ".join(a.name for a in (e.actor1, e.actor2) if a) or "actors unknown"
    where = e.location.name + (f", {e.location.country_code}" if e.location.country_code else "") if e.location else "place unknown"
    killed = f"; fatalities {e.fatalities.text or e.fatalities.value}" if e.fatalities else ""
    source = f"; per {', '.join(e.attributed_to)}" if e.attributed_to else ""
    span = e.evidence[0]
    evidence = record.article.text[span.start:span.end].strip()
    return (f"{e.type} / {e.sub_type} [{e.certainty}] — {actors}; {where}; {_when(e.date)}"
            f"{killed}{source} — “{_clip(evidence, 160)}”")


def _places(record: Record) -> list[str]:
    seen: dict[str, int] = {}
    first: dict[str, Place] = {}
    for p in record.places:
        key = f"{p.name} ({p.country_code or '?'})"
        seen[key] = seen.get(key, 0) + 1
        first.setdefault(key, p)
    out = []
    for key, count in seen.items():
        p = first[key]
        coords = f" {p.lat:.3f},{p.lon:.3f}" if p.lat is not None and p.lon is not None else ""
        out.append(f"{key}{coords} {p.precision} ×{count}")
    return out


def _figure_line(q: Quantity) -> str:
    amount = q.text
    who = f" — per {q.attributed_to}" if q.attributed_to else ""
    when = f", {_when(q.date)}" if q.date else ""
    return f"{q.category}: {amount!r} ({q.qualifier}{when}){who}"


def _quote_line(q: Quote) -> str:
    speaker = q.speaker or "unattributed"
    role = f" ({q.speaker_role})" if q.speaker_role else ""
    return f"{speaker}{role} [{q.kind}]: “{_clip(q.text, 140)}”"


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
