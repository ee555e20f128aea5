"""The ``eventcoder`` command: a thin layer that parses arguments and calls the package.

Each command lives in its own module exposing ``register(subparsers)``; handlers
return the exit status: 0 all went well, 1 some inputs failed (or output could not be
written), 2 usage error. Mistakes get one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Sequence
from typing import NoReturn

from eventcoder import __version__
from eventcoder.errors import EventcoderError, OutputError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse whose errors are one line naming the command and where to get help."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The full command-line interface, one sub-command per module."""
    from eventcoder.cli import corpus, doctor, extract, gazetteer, incidents, review, serve, show

    parser = Parser(
        prog="eventcoder",
        description="Turn conflict news into a sourced, structured record.",
    )
    parser.add_argument("--version", action="version", version=f"eventcoder {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in (extract, show, gazetteer, corpus, incidents, review, serve, doctor):
        module.register(subparsers)
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
