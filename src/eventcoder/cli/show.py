"""``eventcoder show``: a readable summary of records, for people rather than programs."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from eventcoder.cli.checks import positive_int
from eventcoder.cli.terminal import safe_for_terminal
from eventcoder.errors import ConfigError, InputError
from eventcoder.model import Record
from eventcoder.summary import render_record


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "show",
        help="print a readable summary of records written by extract",
        description="Summarise JSON Lines records: events, places, dates, figures and quotes with their evidence.",
    )
    p.add_argument("records", nargs="?", default="-", metavar="RECORDS", help="a .jsonl file of records (default: stdin)")
    p.add_argument("--width", type=positive_int, default=100, help="wrap evidence at this many characters")
    p.set_defaults(func=run_show)


def run_show(args: argparse.Namespace) -> int:
    """Print each record; article text goes through :func:`safe_for_terminal` first."""
    if args.records == "-":
        return _show_lines(sys.stdin, args)
    path = Path(args.records)
    if not path.is_file():
        raise ConfigError(f"{path}: no such file; give a .jsonl file written by 'eventcoder extract'")
    try:
        with path.open(encoding="utf-8", errors="replace") as lines:
            return _show_lines(lines, args)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _show_lines(lines: Iterable[str], args: argparse.Namespace) -> int:
    failed = 0
    for item in read_records(lines, where=args.records):
        if isinstance(item, InputError):
            print(safe_for_terminal(f"eventcoder: skipped {item}"), file=sys.stderr)
            failed += 1
            continue
        print(safe_for_terminal(render_record(item, width=args.width)))
    return 1 if failed else 0


def read_records(lines: Iterable[str], *, where: str) -> Iterator[Record | InputError]:
    """Parse JSON Lines records, yielding an InputError for each line that is not a record."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield Record.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError, RecursionError) as exc:
            yield InputError(f"not a schema-1 record: {str(exc).splitlines()[0]}", where=f"{where}:{number}")
