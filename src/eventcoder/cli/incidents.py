"""Incident commands: ``incidents`` (a filtered list), ``incident ID`` (one incident, its
sources' evidence and their figures side by side) and ``relink`` (rebuild incidents).

Incidents are shown as the analysts left them (corrections applied, ``export.reviewed``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from eventcoder.cli.checks import positive_int
from eventcoder.cli.corpus import _db_arg, _filter_args, db_of, filters_from, open_corpus
from eventcoder.cli.terminal import safe_for_terminal
from eventcoder.errors import EventcoderError
from eventcoder.export.acled_csv import fatalities
from eventcoder.export.reviewed import ReviewedIncident, Reviewer, reviewed_incidents
from eventcoder.store import IncidentView, Store


def _say(line: str = "") -> None:
    print(safe_for_terminal(line))


def _err(message: str) -> None:
    print(f"eventcoder: {message}", file=sys.stderr)


def _when(i: IncidentView) -> str:
    if not i.date_start:
        return "undated"
    return i.date_start if i.date_start == i.date_end else f"{i.date_start}..{i.date_end}"


def _toll(done: ReviewedIncident, store: Store) -> int:
    return int(done.fatalities) if done.fatalities is not None else fatalities(done.incident, store.rules)


def _line(done: ReviewedIncident, store: Store) -> str:
    """One incident on one line: id, date, type, place, sources, toll, flags."""
    i = done.incident
    place = ", ".join(p for p in (i.location_name, i.admin1, i.country_code) if p) or "no place"
    flags = ("  [disputed]" if i.disputed else "") + (
        f"  [{done.status}]" if done.status != "unreviewed" else "")
    return (f"{i.uid}  {_when(i)}  {i.sub_type}  {place}  {len(i.sources)} source(s)  "
            f"{_toll(done, store)} killed{flags}")


def cmd_incidents(args: argparse.Namespace) -> int:
    """List incidents passing the filters, by date."""
    try:
        with open_corpus(args) as store:
            found = []
            for done in reviewed_incidents(store, filters_from(args)):
                found.append(done)
                if len(found) >= args.limit:
                    break
            if args.json:
                json.dump([_as_dict(d, store) for d in found], sys.stdout, ensure_ascii=False, indent=2)
                print()
            else:
                for done in found:
                    _say(_line(done, store))
    except EventcoderError as exc:
        _err(str(exc))
        return 2
    if not found:
        print("no incidents", file=sys.stderr)
    return 0


def _as_dict(done: ReviewedIncident, store: Store) -> dict[str, Any]:
    data = done.incident.to_dict()
    data.update(review_status=done.status, fatalities=_toll(done, store))
    return data


def claims_table(i: IncidentView) -> list[str]:
    """Figures per category, one source a row, '!' before those another source contradicts."""
    lines: list[str] = []
    for category in sorted({c.category for c in i.claims}):
        lines.append(f"  {category}:")
        for c in (c for c in i.claims if c.category == category):
            figure = c.text or (f"{c.value:g}" if c.value is not None else "?")
            mark = "!" if c.disputed else " "
            lines.append(f"   {mark} {figure:<28} {c.source or 'unattributed':<24} ({c.article_id})")
    return lines


def show_incident(done: ReviewedIncident, store: Store) -> None:
    """The incident, its sources with their evidence and merge reason, and the claims."""
    i = done.incident
    _say(_line(done, store))
    _say(f"  {i.type} / {i.sub_type}; actors: {i.actor1 or '-'} vs {i.actor2 or '-'}")
    _say(f"\nSources ({len(i.members)} reports, {len(i.sources)} sources)")
    for m in i.members:
        _say(f"  • {m.source or '-'} [{m.article_id}] {m.date or 'undated'}, {m.location_name or 'no place'}")
        _say(f"    “{' '.join(m.evidence.split())}”")
        _say(f"    merged: {m.reason}")
    if i.claims:
        _say("\nClaims (! = contradicted by another source)")
        for line in claims_table(i):
            _say(line)
    for note in i.disputes:
        _say(f"  disputed {note}")


def cmd_incident(args: argparse.Namespace) -> int:
    """Show one incident by its id (SYR-3f9a2c)."""
    try:
        with open_corpus(args) as store:
            found = store.incident(args.id)
            if found is None:
                _err(f"no incident {args.id!r}; list them with 'eventcoder incidents'")
                return 2
            done = Reviewer(store).apply(found)
            if args.json:
                json.dump(_as_dict(done, store), sys.stdout, ensure_ascii=False, indent=2)
                print()
            else:
                show_incident(done, store)
    except EventcoderError as exc:
        _err(str(exc))
        return 2
    return 0


def cmd_relink(args: argparse.Namespace) -> int:
    """Rebuild every incident with the current linking rules."""
    try:
        with Store.open(db_of(args), create=False) as store:
            linked = store.relink()
            total = store.counts()["incidents"]
    except EventcoderError as exc:
        _err(str(exc))
        return 2
    print(f"relinked {linked} mentions into {total} incidents", file=sys.stderr)
    return 0


def register(subparsers: Any) -> None:
    """Add incidents, incident and relink to the main parser's subcommands."""
    p = subparsers.add_parser("incidents", help="list incidents with their sources and figures")
    _db_arg(p)
    _filter_args(p)
    p.add_argument("--limit", type=positive_int, default=50)
    p.add_argument("--json", action="store_true", help="print incidents as JSON")
    p.set_defaults(func=cmd_incidents)

    p = subparsers.add_parser("incident", help="one incident: sources, evidence, claims side by side")
    p.add_argument("id", metavar="ID", help="incident id, e.g. SYR-3f9a2c")
    _db_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_incident)

    p = subparsers.add_parser("relink", help="rebuild incidents after a linking rule change")
    _db_arg(p)
    p.set_defaults(func=cmd_relink)
