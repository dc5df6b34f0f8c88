"""``beritanlp tag``: an archive in, one JSON record per article out (streaming, resumable).

The command chooses where batches run: this process or worker processes
(:func:`beritanlp.batch.tag_file`), or a Dask cluster (:func:`beritanlp.dask.tag_file_on_dask`).
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from beritanlp.batch import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_CHARS,
    FORMATS,
    PipelineSpec,
    errors_path,
    tag_file,
)


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register ``tag`` on the subcommands ``sub``."""
    p = sub.add_parser(
        "tag", help="tag an archive (JSONL, CSV, Parquet): streaming, resumable, Dask",
        description="Tag every article of an archive and append one JSON record per article "
                    "to OUTPUT; lines that cannot be processed go to OUTPUT's .errors.jsonl "
                    "with the reason. --resume continues a killed run without duplicates.")
    p.add_argument("input", help="archive: .jsonl, .csv, .tsv (each optionally .gz) or .parquet")
    p.add_argument("output", help="JSONL output, one record per article; errors go to "
                                  "OUTPUT with .errors.jsonl")
    p.add_argument("--format", choices=sorted(set(FORMATS.values())),
                   help="input format (default: from the file suffix)")
    p.add_argument("--text-field", default="text", help="text field/column (default: text)")
    p.add_argument("--id-field", default="id",
                   help="id field/column (default: id; missing ids become line-<n>)")
    p.add_argument("--title-field", default="title",
                   help="title field/column, joined to the text (default: title)")
    p.add_argument("--date-field", default="date", metavar="NAME",
                   help="field/column with each article's publication date, read when present "
                        "(default: date; '' ignores dates in the input). It becomes the "
                        "record's date and dates the article's 'tahun ini', 'kemarin' and "
                        "score years; a date that cannot be read is left out with a line in "
                        "the record's warnings")
    p.add_argument("--date-order", choices=["dmy", "mdy"],
                   help="how the archive writes numeric dates whose day and month are both 12 "
                        "or less (03/04/2019): dmy or mdy; by default they are left out, with "
                        "a warning")
    p.add_argument("--n-process", type=int, default=1,
                   help="worker processes (default 1; -1 = one per CPU)")
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE,
                   help=f"articles per batch (default {DEFAULT_BATCH_SIZE})")
    p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS,
                   help=f"longest article accepted, in characters (default {DEFAULT_MAX_CHARS})")
    p.add_argument("--resume", action="store_true",
                   help="continue an interrupted run: skip records already in OUTPUT")
    p.add_argument("--force", action="store_true", help="overwrite an existing OUTPUT")
    p.add_argument("--model", help="saved spaCy pipeline folder to use instead of the default")
    p.add_argument("--exclude", action="append", default=[], metavar="COMPONENT",
                   help="pipeline component not to run (repeatable)")
    p.add_argument("--topics", help="topic model folder to use instead of the shipped one")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="run on a Dask cluster (e.g. tcp://host:8786); needs beritanlp[dask]")
    p.add_argument("--dask-workers", type=int, metavar="N",
                   help="run on a local Dask cluster of N worker processes")
    bar = p.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="always draw the progress bar")
    bar.add_argument("--no-progress", dest="progress", action="store_false",
                     help="never draw the progress bar")
    p.set_defaults(func=run)


def _log_to_stderr() -> None:
    log = logging.getLogger("beritanlp")
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("beritanlp: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)


def run(args: argparse.Namespace) -> int:
    """Run ``beritanlp tag`` from parsed arguments.

    Returns 0 when the whole input was processed (bad lines are data: they are in the errors
    file), 130 when interrupted; exits with a message for unusable arguments or files.
    """
    _log_to_stderr()
    spec = PipelineSpec(model=args.model, exclude=tuple(args.exclude), topics=args.topics)
    kwargs: dict[str, Any] = dict(
        fmt=args.format, text_field=args.text_field, id_field=args.id_field,
        title_field=args.title_field, date_field=args.date_field or None,
        date_order=args.date_order, n_process=args.n_process, batch_size=args.batch_size,
        max_chars=args.max_chars, resume=args.resume, force=args.force, spec=spec,
        progress=args.progress)
    try:
        if args.scheduler or args.dask_workers:
            from beritanlp.dask import tag_file_on_dask

            summary = tag_file_on_dask(args.input, args.output, scheduler=args.scheduler,
                                       n_workers=args.dask_workers, **kwargs)
        else:
            summary = tag_file(args.input, args.output, **kwargs)
    except (OSError, ValueError, ImportError, RuntimeError) as exc:
        raise SystemExit(f"beritanlp tag: {exc}") from exc
    except KeyboardInterrupt:
        return 130
    print(summary.format(), file=sys.stderr)
    if summary.errors:
        print(f"error records: {errors_path(args.output)}", file=sys.stderr)
    return 0
