#!/usr/bin/env python3
"""Regenerate the packaged place gazetteer from the Kemendagri region table.

Usage::

    python scripts/build_wilayah.py [WILAYAH_TSV] [--corpus CLICKID_JSONL_GZ]

Reads ``../shared/data/gazetteers/wilayah_kepmendagri_2025.tsv`` (cahyadsn/wilayah, MIT; the codes
and names are those of Kepmendagri No. 300.2.2-2430/2025) and writes two compact files into
``src/beritanlp/resources/``:

``wilayah.tsv``
    provinces, kabupaten, kota and kecamatan: ``code<TAB>name<TAB>type<TAB>common``, where
    ``common`` is 1 when the bare name (one word or a phrase) is also an ordinary Indonesian
    word (it is written in lowercase in news text more than occasionally), so it must not fire
    without a cue.
``wilayah_desa.tsv.gz``
    desa and kelurahan: ``code<TAB>name<TAB>key`` (gzip; ``key`` is the gazetteer's matching key,
    precomputed so the lazy load stays fast), read lazily and matched only with a
    cue ("Desa X", "Kelurahan X") or when followed by its own parent region.

The ``common`` flag is measured on the CLICK-ID news corpus (``--corpus``; CC BY 4.0): a name is
common when its lowercase form occurs at least 3 times and at least a fifth as often as its
capitalised form. Without ``--corpus`` every flag is 0 except the names in ``ALWAYS_COMMON``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TSV = ROOT.parent / "shared" / "data" / "gazetteers" / "wilayah_kepmendagri_2025.tsv"
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "topics" / "clickid_rubrik_trainval.jsonl.gz"
OUT = ROOT / "src" / "beritanlp" / "resources"

PREFIXES = ("Kota Administrasi ", "Kabupaten Administrasi ", "Kabupaten ", "Kota ")
ALWAYS_COMMON = {"batu", "agam", "banjar", "metro", "kota", "tengah", "barat", "timur", "utara",
                 "selatan"}
WORD = re.compile(r"[A-Za-z]+")
LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # same as the gazetteer's word pattern


def match_key(name: str) -> str:
    """The gazetteer's key: casefolded letters only (see beritanlp.lexicons.regions.key)."""
    return "".join(w.casefold() for w in LETTERS.findall(name))


def bare(name: str) -> str:
    """Strip the administrative prefix from a level-2 name."""
    for prefix in PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def common_flags(names: set[str], corpus: Path | None) -> set[str]:
    """Return the lowercased names that news text also uses as ordinary words.

    A name of several words is counted as a phrase ("batu bara", coal, beside the regency Batu
    Bara): it is written in lowercase when every letter of the phrase is.
    """
    flagged = {n for n in names if n in ALWAYS_COMMON}
    if corpus is None or not corpus.exists():
        return flagged
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    phrases = sorted((n for n in names if " " in n), key=len, reverse=True)
    phrase = re.compile(r"(?<![A-Za-z])(?:" + "|".join(
        r"[ \t]+".join(re.escape(w) for w in n.split()) for n in phrases) + r")(?![A-Za-z])",
        re.IGNORECASE) if phrases else None
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            for word in WORD.findall(text):
                low = word.lower()
                if low in names:
                    if word[0].islower():
                        lower[low] += 1
                    else:
                        upper[low] += 1
            for found in phrase.finditer(text) if phrase is not None else ():
                low = " ".join(found.group(0).lower().split())
                if found.group(0).islower():
                    lower[low] += 1
                else:
                    upper[low] += 1
    for name in names:
        if lower[name] >= 3 and lower[name] * 5 >= upper[name]:
            flagged.add(name)
    return flagged


def main() -> None:
    """Build the packaged gazetteer files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tsv", nargs="?", type=Path, default=DEFAULT_TSV)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    upper_rows: list[tuple[str, str, str]] = []
    desa_rows: list[tuple[str, str, str]] = []
    with args.tsv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            code, name, kind = row["kode"], row["nama"].strip(), row["type"]
            if kind in {"provinsi", "kabupaten", "kota", "kecamatan"}:
                upper_rows.append((code, name, kind))
            elif kind in {"desa", "kelurahan", "desa_adat"}:
                desa_rows.append((code, name, match_key(name)))

    bare_names = {bare(n).lower() for _, n, k in upper_rows if k != "kecamatan"}
    flagged = common_flags(bare_names, args.corpus)

    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "wilayah.tsv").open("w", encoding="utf-8", newline="\n") as out:
        for code, name, kind in upper_rows:
            common = 1 if kind != "kecamatan" and bare(name).lower() in flagged else 0
            out.write(f"{code}\t{name}\t{kind}\t{common}\n")
    body = "".join(f"{code}\t{name}\t{k}\n" for code, name, k in desa_rows)
    # mtime=0: rebuilding the same data gives the same bytes (no binary churn in git).
    (OUT / "wilayah_desa.tsv.gz").write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
    print(f"wrote {len(upper_rows)} regions, {len(desa_rows)} desa/kelurahan; "
          f"common-word names: {sorted(flagged)}")


if __name__ == "__main__":
    main()
