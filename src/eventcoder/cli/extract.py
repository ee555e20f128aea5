"""``eventcoder extract``: articles in, one JSON record per article out (JSON Lines)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from eventcoder.cli.checks import check_actor_files, positive_int
from eventcoder.cli.output import open_output
from eventcoder.config import Settings, load_settings, resolve_actors, resolve_max_chars
from eventcoder.errors import ConfigError, InputError
from eventcoder.ingest import iter_articles, normalise_published
from eventcoder.model import Article, Record
from eventcoder.scale import build_records_parallel


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "extract",
        help="extract records from articles (txt, html, jsonl, folders, - for stdin)",
        description="Read articles and write one JSON record per article (schema version 1) as JSON Lines.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="a .txt/.html/.jsonl file, a folder, or - for stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write JSON Lines here (default: standard output)")
    add_article_options(p)
    p.add_argument("--workers", type=positive_int, default=1, metavar="N",
                   help="worker processes, each loading the model once (default 1)")
    p.set_defaults(func=run_extract)

    s = subparsers.add_parser("schema", help="print the JSON Schema of the record")
    s.set_defaults(func=run_schema)


def add_article_options(p: argparse.ArgumentParser) -> None:
    """Options shared by every command that reads articles."""
    p.add_argument("--published", metavar="DATE", help="publication date (YYYY-MM-DD) that anchors relative dates")
    p.add_argument("--id", dest="article_id", metavar="ID", help="article id for a single file or stdin")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="a YAML actor dictionary merged over the bundled ones (repeatable; "
                        "replaces the config file's list)")
    p.add_argument("--max-chars", type=positive_int, metavar="N",
                   help="refuse articles longer than N characters (default 1,000,000 or the config file's)")


def article_options(args: argparse.Namespace) -> tuple[str | None, tuple[Path, ...]]:
    """Validate the shared options; raise ConfigError (exit 2) on a usage mistake."""
    published = None
    if args.published:
        published = normalise_published(args.published)
        if published is None:
            raise ConfigError(f"--published {args.published!r} is not a date; use YYYY-MM-DD")
    if args.article_id and (len(args.inputs) != 1 or Path(args.inputs[0]).is_dir()):
        raise ConfigError("--id names one article: give it a single file or - (stdin)")
    if getattr(args, "workers", 1) < 1:
        raise ConfigError("--workers must be 1 or more")
    files, _origin = resolve_actors(args.actors, settings_of(args))
    actor_files = tuple(Path(f) for f in files)
    check_actor_files(actor_files)
    return published, actor_files


def settings_of(args: argparse.Namespace) -> Settings:
    """The configuration file's settings, read once per command."""
    if getattr(args, "settings", None) is None:
        args.settings = load_settings()
    return args.settings


def max_chars_of(args: argparse.Namespace) -> int:
    """The article size limit in effect: --max-chars, the config file, or the default."""
    return resolve_max_chars(getattr(args, "max_chars", None), settings_of(args))[0]


def run_extract(args: argparse.Namespace) -> int:
    published, actor_files = article_options(args)
    tally = Tally()
    articles = tally.articles(iter_articles(args.inputs, published=published, article_id=args.article_id,
                                            max_chars=max_chars_of(args)))
    with open_output(args.output) as out:
        for outcome in build_records_parallel(articles, workers=args.workers, actor_files=actor_files):
            if outcome.record is None:
                tally.fail(f"{outcome.article.id}: extraction failed: {outcome.error!r}")
                continue
            out.write(outcome.record.model_dump_json() + "\n")
            out.flush()
            tally.done += 1
    return tally.exit_status()


class Tally:
    """Counts a batch's successes and failures, reporting each failure on stderr as it happens."""

    def __init__(self) -> None:
        self.done = 0
        self.failed = 0

    def articles(self, items: Iterator[Article | InputError]) -> Iterator[Article]:
        """Pass good articles on; report bad inputs and keep going."""
        for item in items:
            if isinstance(item, InputError):
                self.fail(str(item))
            else:
                yield item

    def fail(self, message: str) -> None:
        self.failed += 1
        print(f"eventcoder: skipped {message}", file=sys.stderr, flush=True)

    def exit_status(self) -> int:
        if self.failed:
            print(f"eventcoder: {self.done} article(s) done, {self.failed} input(s) failed", file=sys.stderr)
        return 1 if self.failed else 0


def run_schema(args: argparse.Namespace) -> int:
    print(json.dumps(Record.model_json_schema(), indent=1))
    return 0

