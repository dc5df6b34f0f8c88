"""The ``beritanlp`` command line: one module per command, the parser built here.

``beritanlp analyze`` (:mod:`~beritanlp.cli.analyze`), ``stem`` (:mod:`~beritanlp.cli.stem`),
``tag`` (:mod:`~beritanlp.cli.tag`), ``train ner|topics`` (:mod:`~beritanlp.cli.train`) and
``evaluate stem|facts|ner|topics`` (:mod:`~beritanlp.cli.evaluate`). Each module has an
``add_parser(subcommands)`` that registers its arguments and sets ``func``; the work itself is
in the library (a command only reads arguments and prints). A new command is a new module and
one line in :func:`build_parser`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from beritanlp._version import __version__
from beritanlp.cli import analyze, evaluate, stem, tag, train
from beritanlp.cli.analyze import example_text, format_summary


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="beritanlp",
        description="Structured facts from Indonesian news: officials, agencies, places, "
                    "scores, dates, topics and Sastrawi stems.")
    parser.add_argument("--version", action="version", version=f"beritanlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in (analyze, stem, tag, train, evaluate):
        command.add_parser(sub)
    return parser


def _help_target(parser: argparse.ArgumentParser, command: str | None) -> argparse.ArgumentParser:
    """The parser of ``command`` (``train``, ``evaluate``), or the main parser."""
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        choices = getattr(action, "choices", None) or {}
        if command in choices:
            return choices[command]
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``beritanlp`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        # `beritanlp`, `beritanlp train` or `beritanlp evaluate` alone: explain what exists.
        _help_target(parser, args.command).print_help()
        return 2
    try:
        return int(func(args) or 0)
    except BrokenPipeError:
        _drop_stdout()
        return 0
    except OSError as exc:
        # a file the command reads or writes, or standard output (a full disk): one line
        print(f"beritanlp {_command_name(args)}: {_os_error(exc)}", file=sys.stderr)
        _drop_stdout()
        return 1


def _command_name(args: argparse.Namespace) -> str:
    """``tag``, ``evaluate facts``: the command as typed."""
    return " ".join(part for part in (args.command, getattr(args, "what", None)) if part)


def _os_error(exc: OSError) -> str:
    """An OSError in one line: ``PATH: reason`` when it names a file, else the reason."""
    if exc.filename is not None and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    return exc.strerror or str(exc) or type(exc).__name__


def _drop_stdout() -> None:
    """Send what is left in standard output's buffer nowhere, when it cannot be written.

    Without this, Python flushes the buffer again at exit and prints the error once more.
    """
    try:
        sys.stdout.flush()
    except OSError:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError):  # no file descriptor (a replaced sys.stdout)
            pass


__all__ = ["build_parser", "example_text", "format_summary", "main"]
