"""Corpus commands: ingest, search, export, stats. Thin: parse arguments, call the store.

``register(subparsers)`` adds the four commands; each sets ``func`` to a handler
``(args) -> int`` returning the exit status (0 ok, 1 some inputs failed, 2 usage/config error).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from eventcoder.cli.checks import iso_day, positive_int, sqlite_path
from eventcoder.cli.extract import (
    add_article_options,
    add_scale_options,
    article_options,
    max_chars_of,
    settings_of,
)
from eventcoder.cli.output import open_output
from eventcoder.cli.terminal import safe_for_terminal
from eventcoder.config import resolve_db
from eventcoder.errors import EventcoderError, FilterError, InputError, OutputError
from eventcoder.model import Article, Record
from eventcoder.scale import RecordBuilder
from eventcoder.scale.progress import Progress, estimate_total, progress_for  # noqa: F401 - re-exported
from eventcoder.store import Filters, Store
from eventcoder.store.countries import country_code

EVENT_TYPES = [
    "Battles", "Explosions/Remote violence", "Violence against civilians",
    "Protests", "Riots", "Strategic developments",
]
FORMATS = ("acled-csv", "geojson", "jsonl", "incidents-jsonl")


# ---- shared arguments --------------------------------------------------------------------

def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None,
                   help="corpus URL: a SQLite path/URL or postgresql://… (default $EVENTCODER_DB, "
                        "else 'db' in eventcoder.toml, else ./eventcoder.db)")


def db_of(args: argparse.Namespace) -> str:
    """The corpus URL in effect: --db, $EVENTCODER_DB, the config file, or ./eventcoder.db."""
    return resolve_db(args.db, settings_of(args))[0]


def country(value: str) -> str:
    """--country as ISO alpha-2 via the store's strict lookup (codes, names, DRC, UK, USA);
    an unknown one is a usage error that says what to give."""
    try:
        return country_code(value)
    except FilterError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def open_corpus(args: argparse.Namespace) -> Store:
    """The existing corpus for a read command: a missing SQLite file is CorpusNotFound, not a new file."""
    return Store.open(db_of(args), create=False)


def _filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--country", type=country, help="ISO code, English name or alias (DRC, UK, USA)")
    p.add_argument("--admin1", help="first-level region, e.g. 'Aleppo'")
    p.add_argument("--from", dest="date_from", type=iso_day, metavar="DATE", help="YYYY-MM-DD, inclusive")
    p.add_argument("--to", dest="date_to", type=iso_day, metavar="DATE", help="YYYY-MM-DD, inclusive")
    p.add_argument("--type", dest="event_type", choices=EVENT_TYPES, help="ACLED event type")
    p.add_argument("--actor", help="actor name (substring, any case)")
    p.add_argument("--speaker", help="quoted speaker (substring, any case)")


def filters_from(args: argparse.Namespace) -> Filters:
    """Build Filters from the shared arguments."""
    return Filters(date_from=args.date_from, date_to=args.date_to, country=args.country,
                   admin1=args.admin1, event_type=args.event_type, actor=args.actor,
                   speaker=args.speaker)


def _err(message: str) -> None:
    print(f"eventcoder: {message}", file=sys.stderr)


# ---- ingest ------------------------------------------------------------------------------

def _builder(actor_files: tuple[Path, ...]) -> Callable[[Article], Record]:
    """build_record with the user's actor dictionaries, batch-capable (a seam tests replace)."""
    return RecordBuilder(actor_files)


def _articles(args: argparse.Namespace, published: str | None) -> Iterator[Article | InputError]:
    from eventcoder.ingest import iter_articles

    return iter_articles(args.inputs, published=published, article_id=args.article_id,
                         max_chars=max_chars_of(args))


def cmd_ingest(args: argparse.Namespace) -> int:
    """Ingest files into the corpus; one stderr line per bad input; exit 1 if any failed."""
    from eventcoder.store.loader import ingest

    try:
        published, actor_files = article_options(args)
        db = db_of(args)
        _announce_new_corpus(db)
        store = Store.open(db)
    except EventcoderError as exc:
        _err(str(exc))
        return 2
    build = _builder(actor_files)
    if isinstance(build, RecordBuilder):  # extraction on workers or Dask; this process stays the writer
        build = build.spread(workers=args.workers, dask=args.dask)
    items = _articles(args, published)
    progress = progress_for(args.inputs, sys.stderr)

    def on_error(message: str) -> None:
        if progress:
            progress.fail()
        _err(f"skipped {message}")

    with store:
        report = ingest(store, items, build, on_error=on_error,
                        on_done=progress.step if progress else None, force=args.force)
    if progress:
        progress.close()
    print(f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
          f"{report.failed} failed", file=sys.stderr)
    return 1 if report.failed else 0


def _announce_new_corpus(url: str) -> None:
    """Say so when ingest creates a corpus, so a mistyped --db does not go unnoticed."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        _err(f"creating a new corpus at {path}")


# ---- search / export / stats -------------------------------------------------------------

def cmd_search(args: argparse.Namespace) -> int:
    """Print hits as text, or as a JSON list with --json."""
    try:
        with open_corpus(args) as store:
            hits = store.search(args.query, filters_from(args), limit=args.limit)
    except EventcoderError as exc:
        _err(str(exc))
        return 2
    if args.json:
        json.dump([h.to_dict() for h in hits], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for h in hits:
        who = f"  {h.speaker}:" if h.kind == "quote" and h.speaker else ""
        print(safe_for_terminal(f"[{h.kind}] {h.article_id}  {h.source or '-'}  {h.published or '-'}{who}"))
        print(safe_for_terminal(f"    {' '.join(h.snippet.split())}"))
    if not hits:
        print("no matches", file=sys.stderr)
    return 0


def _write_export(store: Store, fmt: str, out: TextIO, filters: Filters, planned: bool = False) -> str:
    from eventcoder.export import write_acled_csv, write_geojson, write_incidents_jsonl, write_jsonl

    if fmt == "incidents-jsonl":
        return f"{write_incidents_jsonl(store, out, filters, planned)} incidents"
    if fmt == "acled-csv":
        return f"{write_acled_csv(store, out, filters, planned)} incidents"
    if fmt == "geojson":
        written, skipped = write_geojson(store, out, filters, planned)
        return f"{written} incidents ({skipped} without coordinates left out)"
    return f"{write_jsonl(store, out, filters)} records"


def cmd_export(args: argparse.Namespace) -> int:
    """Write the export to a ``.part`` file beside the target, renamed only when the whole
    export succeeded and deleted when it failed (``cli.output.open_output``)."""
    try:
        with open_corpus(args) as store, open_output(args.output) as out:
            summary = _write_export(store, args.format, out, filters_from(args), args.include_planned)
    except (BrokenPipeError, OutputError):
        raise  # main: a closed pipe (| head) is success, a failed write is exit 1
    except (EventcoderError, OSError) as exc:
        _err(str(exc))
        return 2
    print(f"wrote {summary} to {args.output}", file=sys.stderr)
    return 0


def _print_stats(data: dict[str, Any]) -> None:
    for key, value in data["totals"].items():
        print(f"{key:>20}  {value}")
    for title, key in (("incidents by type", "by_type"), ("incidents by country", "by_country"),
                       ("incidents by month", "by_month"), ("most-cited sources", "top_sources"),
                       ("figures attributed to", "top_attributions")):
        print(f"\n{title}:")
        for label, n in data[key]:
            print(f"  {n:>7}  {label}")


def cmd_stats(args: argparse.Namespace) -> int:
    """Print corpus statistics, as text or JSON."""
    try:
        with open_corpus(args) as store:
            data = store.stats(top=args.top).to_dict()
    except EventcoderError as exc:
        _err(str(exc))
        return 2
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_stats(data)
    return 0


# ---- registration ------------------------------------------------------------------------

def register(subparsers: Any) -> None:
    """Add ingest, search, export and stats to the main parser's subcommands."""
    p = subparsers.add_parser("ingest", help="extract records from articles into the corpus")
    p.add_argument("inputs", nargs="+", metavar="PATH", help="files, directories or - for stdin")
    _db_arg(p)
    add_article_options(p)
    p.add_argument("--force", action="store_true",
                   help="re-extract and replace articles already stored with the same content "
                        "(after a dictionary or gazetteer change)")
    add_scale_options(p)
    p.set_defaults(func=cmd_ingest)

    p = subparsers.add_parser("search", help="full-text search over articles and quotes")
    p.add_argument("query")
    _db_arg(p)
    _filter_args(p)
    p.add_argument("--limit", type=positive_int, default=20)
    p.add_argument("--json", action="store_true", help="print hits as JSON")
    p.set_defaults(func=cmd_search)

    p = subparsers.add_parser("export", help="export incidents or records")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="output file, - for stdout")
    p.add_argument("--include-planned", action="store_true",
                   help="also export incidents only announced or planned (left out by default: "
                        "ACLED codes what happened); the records format always has every event")
    _db_arg(p)
    _filter_args(p)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("stats", help="counts per type, country, month; top sources")
    _db_arg(p)
    p.add_argument("--top", type=positive_int, default=10)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)
