#!/usr/bin/env python3
"""Write the records of a fixed article set, or compare them between two commits.

The fixed set is the first ``--clickid`` articles of the CLICK-ID training file (default 1,000),
every article of ``gov_dev.jsonl`` and the seed article, all from the shared data folder (present
on development and CI machines only). A refactor must leave every record byte-identical; this
script is how that is checked.

Usage::

    # records of the beritanlp that is importable now, one JSON line per article
    python scripts/compare_records.py write OUT.jsonl

    # records of two commits (each checked out in a temporary worktree), then their differences
    python scripts/compare_records.py compare OLD_COMMIT NEW_COMMIT
    python scripts/compare_records.py compare OLD NEW --models models   # both with these models

    # two files written earlier
    python scripts/compare_records.py diff A.jsonl B.jsonl

``compare`` runs ``write`` once per commit in a fresh process with ``PYTHONPATH`` pointing at the
commit's ``src`` (the installed dependencies are used as they are). Exit code 0 when the records
are byte-identical, 1 when some differ (each difference is printed), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path


def _default_shared() -> Path:
    """``$BERITANLP_SHARED_DATA``, else the first ``shared/data`` beside a folder above this one."""
    if os.environ.get("BERITANLP_SHARED_DATA"):
        return Path(os.environ["BERITANLP_SHARED_DATA"])
    for folder in Path(__file__).resolve().parents[1:]:
        if (folder / "shared" / "data").is_dir():
            return folder / "shared" / "data"
    return Path(__file__).resolve().parents[2] / "shared" / "data"


SHARED = _default_shared()


def fixed_set(shared: Path, n_clickid: int) -> Iterator[dict[str, str]]:
    """Yield the fixed articles as ``{"id", "text"}`` dicts (title, blank line, body)."""
    with gzip.open(shared / "topics" / "clickid_rubrik_trainval.jsonl.gz", "rt") as handle:
        for i, line in enumerate(handle):
            if i >= n_clickid:
                break
            row = json.loads(line)
            yield {"id": f"clickid:{row['id']}", "text": f"{row['title']}\n\n{row['text']}"}
    with open(shared / "facts" / "gov_dev.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            yield {"id": f"gov_dev:{row['id']}", "text": f"{row['title']}\n\n{row['text']}"}
    seed = shared / "seed" / "spi_pangkalpinang_2024.txt"
    yield {"id": "seed", "text": seed.read_text(encoding="utf-8")}


def write(out: Path, shared: Path, n_clickid: int) -> int:
    """Write one record per fixed article to ``out``; return the number written."""
    import beritanlp

    items = list(fixed_set(shared, n_clickid))
    with open(out, "w", encoding="utf-8") as handle:
        for article in beritanlp.analyze_many(items):
            handle.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    return len(items)


def diff(a: Path, b: Path, limit: int = 20) -> int:
    """Print the records that differ between two files; return how many differ."""
    lines_a = a.read_text(encoding="utf-8").splitlines()
    lines_b = b.read_text(encoding="utf-8").splitlines()
    if len(lines_a) != len(lines_b):
        print(f"different record counts: {len(lines_a)} vs {len(lines_b)}")
        return max(len(lines_a), len(lines_b))
    differing = 0
    for line_a, line_b in zip(lines_a, lines_b, strict=True):
        if line_a == line_b:
            continue
        differing += 1
        if differing > limit:
            continue
        rec_a, rec_b = json.loads(line_a), json.loads(line_b)
        keys = [k for k in sorted(set(rec_a) | set(rec_b)) if rec_a.get(k) != rec_b.get(k)]
        print(f"{rec_a.get('id')}: differs in {keys}")
        for key in keys:
            print(f"  - {key}: {json.dumps(rec_a.get(key), ensure_ascii=False)[:400]}")
            print(f"  + {key}: {json.dumps(rec_b.get(key), ensure_ascii=False)[:400]}")
    print(f"{len(lines_a)} records, {differing} differ")
    return differing


def _records_of(commit: str, out: Path, models: Path | None, args: argparse.Namespace,
                python: str) -> None:
    repo = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory(prefix="beritanlp-records-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(repo), "worktree", "add", "--detach", "-q", str(tree),
                        commit], check=True)
        try:
            # beritanlp.models lives in models/ (mapped by pyproject); make it importable from src
            link = tree / "src" / "beritanlp" / "models"
            link.symlink_to((models or tree / "models").resolve(), target_is_directory=True)
            env = {**os.environ, "PYTHONPATH": str(tree / "src")}
            subprocess.run([python, str(Path(__file__).resolve()), "--shared", str(args.shared),
                            "--clickid", str(args.clickid), "write", str(out)],
                           check=True, env=env, cwd=tmp)
        finally:
            subprocess.run(["git", "-C", str(repo), "worktree", "remove", "--force", str(tree)],
                           check=False)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument("--clickid", type=int, default=1000, help="CLICK-ID articles to take")
    sub = parser.add_subparsers(dest="command", required=True)
    p_write = sub.add_parser("write", help="write the records of the importable beritanlp")
    p_write.add_argument("out", type=Path)
    p_cmp = sub.add_parser("compare", help="write and compare the records of two commits")
    p_cmp.add_argument("old")
    p_cmp.add_argument("new")
    p_cmp.add_argument("--models", type=Path, help="use this models/ folder for both commits")
    p_cmp.add_argument("--keep", type=Path, help="folder to keep both record files in")
    p_cmp.add_argument("--old-python", default=sys.executable,
                       help="Python of an environment installed from OLD (spaCy finds components "
                            "through installed entry points, so a commit that moved them needs "
                            "its own environment); default: this one")
    p_cmp.add_argument("--new-python", default=sys.executable,
                       help="the same for NEW")
    p_diff = sub.add_parser("diff", help="compare two record files")
    p_diff.add_argument("a", type=Path)
    p_diff.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"shared data folder not found: {args.shared}", file=sys.stderr)
        return 2
    if args.command == "write":
        print(f"{write(args.out, args.shared, args.clickid)} records written to {args.out}")
        return 0
    if args.command == "diff":
        return 1 if diff(args.a, args.b) else 0
    keep = args.keep or Path(tempfile.mkdtemp(prefix="beritanlp-compare-"))
    keep.mkdir(parents=True, exist_ok=True)
    outs = []
    for label, commit, python in (("old", args.old, args.old_python),
                                  ("new", args.new, args.new_python)):
        out = keep / f"{label}.jsonl"
        _records_of(commit, out, args.models, args, python)
        outs.append(out)
    print(f"old = {args.old}, new = {args.new}; files in {keep}")
    return 1 if diff(*outs) else 0


if __name__ == "__main__":
    sys.exit(main())
