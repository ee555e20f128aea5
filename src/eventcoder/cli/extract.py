"""``eventcoder extract``: articles in, one JSON record per article out (JSON Lines).

Streams end to end: articles are read lazily, parsed in batches (on workers or Dask with
--workers/--dask) and each record is written as soon as it is back, in input order, so memory
stays flat whatever the input size. Readers and the model are imported only when a run starts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from eventcoder.cli.output import open_output
from eventcoder.config import Settings, load_settings, resolve_actors, resolve_max_chars
from eventcoder.errors import ConfigError, InputError
from eventcoder.model import Article, Record
from eventcoder.scale import build_records_parallel
from eventcoder.scale.cluster import check_address
from eventcoder.scale.progress import Progress, progress_for


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "extract",
        help="extract records from articles (txt, html, jsonl, folders, - for stdin)",
        description="Read articles and write one JSON record per article (schema version 1) as JSON Lines.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="a .txt/.html/.jsonl file, a folder, or - for stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write JSON Lines here (default: standard output)")
    add_article_options(p)
    add_scale_options(p)
    p.set_defaults(func=run_extract)

    s = subparsers.add_parser("schema", help="print the JSON Schema of the record")
    s.set_defaults(func=run_schema)


def positive_int(value: str) -> int:
    """``checks.positive_int``, imported on use: checks pulls in the readers (trafilatura)."""
    from eventcoder.cli.checks import positive_int as check

    return check(value)


def add_article_options(p: argparse.ArgumentParser) -> None:
    """Options shared by every command that reads articles."""
    p.add_argument("--published", metavar="DATE", help="publication date (YYYY-MM-DD) that anchors relative dates")
    p.add_argument("--id", dest="article_id", metavar="ID", help="article id for a single file or stdin")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="a YAML actor dictionary merged over the bundled ones (repeatable; "
                        "replaces the config file's list)")
    p.add_argument("--max-chars", type=positive_int, metavar="N",
                   help="refuse articles longer than N characters (default 1,000,000 or the config file's)")


def add_scale_options(p: argparse.ArgumentParser) -> None:
    """--workers and --dask, shared by extract and ingest."""
    p.add_argument("--workers", type=positive_int, default=1, metavar="N",
                   help="worker processes sharing the model loaded once (default 1)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="run on Dask: local:N starts N local workers, tcp://host:8786 uses a running "
                        "scheduler (needs eventcoder[cluster])")


def article_options(args: argparse.Namespace) -> tuple[str | None, tuple[Path, ...]]:
    """Validate the shared options; raise ConfigError (exit 2) on a usage mistake."""
    from eventcoder.cli.checks import check_actor_files
    from eventcoder.ingest import normalise_published

    published = None
    if args.published:
        published = normalise_published(args.published)
        if published is None:
            raise ConfigError(f"--published {args.published!r} is not a date; use YYYY-MM-DD")
    if args.article_id and (len(args.inputs) != 1 or Path(args.inputs[0]).is_dir()):
        raise ConfigError("--id names one article: give it a single file or - (stdin)")
    if getattr(args, "workers", 1) < 1:
        raise ConfigError("--workers must be 1 or more")
    if getattr(args, "dask", None):
        check_address(args.dask)
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
    from eventcoder.ingest import iter_articles

    published, actor_files = article_options(args)
    tally = Tally(progress_for(args.inputs, sys.stderr))
    articles = tally.articles(iter_articles(args.inputs, published=published, article_id=args.article_id,
                                            max_chars=max_chars_of(args)))
    with open_output(args.output) as out:
        for outcome in build_records_parallel(articles, workers=args.workers, actor_files=actor_files,
                                              dask=args.dask):
            if outcome.record is None:
                tally.fail(f"{outcome.article.id}: extraction failed: {outcome.error!r}")
                continue
            out.write(outcome.record.model_dump_json() + "\n")
            out.flush()
            tally.step()
    return tally.exit_status()


class Tally:
    """Counts a batch's successes and failures, reporting each failure on stderr as it happens."""

    def __init__(self, progress: Progress | None = None) -> None:
        self.done = 0
        self.failed = 0
        self.progress = progress

    def step(self) -> None:
        self.done += 1
        if self.progress:
            self.progress.step()

    def articles(self, items: Iterator[Article | InputError]) -> Iterator[Article]:
        """Pass good articles on; report bad inputs and keep going."""
        for item in items:
            if isinstance(item, InputError):
                self.fail(str(item))
            else:
                yield item

    def fail(self, message: str) -> None:
        self.failed += 1
        if self.progress:
            self.progress.fail()
        print(f"eventcoder: skipped {message}", file=sys.stderr, flush=True)
        if self.progress:
            self.progress.step()

    def exit_status(self) -> int:
        if self.progress:
            self.progress.close()
        if self.failed:
            print(f"eventcoder: {self.done} article(s) done, {self.failed} input(s) failed", file=sys.stderr)
        return 1 if self.failed else 0


def run_schema(args: argparse.Namespace) -> int:
    print(json.dumps(Record.model_json_schema(), indent=1))
    return 0

