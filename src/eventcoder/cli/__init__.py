"""The ``eventcoder`` command: a thin layer that parses arguments and calls the package.

Each command lives in its own module exposing ``register(subparsers)``; a module is
imported only when its command is used (``LazyCommand``), so ``eventcoder --help`` and
``eventcoder schema`` start without spaCy, SQLAlchemy, pandas or FastAPI. Handlers
return the exit status: 0 all went well, 1 some inputs failed (or output could not be
written), 2 usage error. Mistakes get one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import sys
from collections.abc import Sequence
from functools import cache
from typing import Any, NoReturn

from eventcoder import __version__
from eventcoder.errors import EventcoderError, OutputError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse whose errors are one line naming the command and where to get help."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("extract", "extract records from articles (txt, html, jsonl, folders, - for stdin)"),
    "schema": ("extract", "print the JSON Schema of the record"),
    "show": ("show", "print a readable summary of records written by extract"),
    "gazetteer": ("gazetteer", "extend the place gazetteer"),
    "ingest": ("corpus", "extract records from articles into the corpus"),
    "search": ("corpus", "full-text search over articles and quotes"),
    "export": ("corpus", "export incidents or records"),
    "stats": ("corpus", "counts per type, country, month; top sources"),
    "incidents": ("incidents", "list incidents with their sources and figures"),
    "incident": ("incidents", "one incident: sources, evidence, claims side by side"),
    "relink": ("incidents", "rebuild incidents after a linking rule change"),
    "review": ("review", "the analyst's review queue and gold export"),
    "serve": ("serve", "browse and review the corpus in a web browser"),
    "doctor": ("doctor", "check the model, data files, gazetteer, database and config"),
}
"""Command → (module under eventcoder.cli, one-line help): the top-level --help needs no import."""


@cache
def command_parsers(module: str) -> dict[str, argparse.ArgumentParser]:
    """The real parsers of one command module, registered on a parser of their own."""
    holder = Parser(prog="eventcoder")
    subparsers = holder.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    importlib.import_module(f"eventcoder.cli.{module}").register(subparsers)
    return dict(subparsers.choices)


class LazyCommand(Parser):
    """A sub-command placeholder that imports its module and hands over when it parses."""

    def __init__(self, *, command: str, **kwargs: Any) -> None:
        super().__init__(add_help=False, **kwargs)
        self.command = command

    def real(self) -> argparse.ArgumentParser:
        return command_parsers(COMMANDS[self.command][0])[self.command]

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        return self.real().parse_known_args(args, namespace)

    def format_help(self) -> str:
        return self.real().format_help()


def build_parser() -> argparse.ArgumentParser:
    """The full command-line interface; each command's module loads when that command parses."""
    parser = Parser(
        prog="eventcoder",
        description="Turn conflict news into a sourced, structured record.",
    )
    parser.add_argument("--version", action="version", version=f"eventcoder {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=LazyCommand)
    for name, (_module, help_text) in COMMANDS.items():
        subparsers.add_parser(name, help=help_text, command=name)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except OutputError as exc:
        print(f"eventcoder: error: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except EventcoderError as exc:
        print(f"eventcoder: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("eventcoder: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
        print("eventcoder: error: no space left on the device; free some space and run again",
              file=sys.stderr)
        return EXIT_SOME_FAILED
