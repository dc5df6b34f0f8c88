#!/usr/bin/env python3
"""Count the misses of the fact extractors per error family, on one split of a gold file.

A development aid for the fact rules: it aligns gold and predicted facts with the same matching
as ``beritanlp evaluate facts`` (``beritanlp.facts_eval``), then puts every unmatched gold fact
(a false negative, FN) and every unmatched prediction (a false positive, FP) into one error family
by a few surface tests on the fact and on the article text around it. The families are the ones
the fact work is organised by; the tests are heuristics, stated in each ``_family`` function, so
read the counts as a map of where the misses are, not as a measurement of their causes.

Usage::

    beritanlp evaluate facts GOLD.jsonl --pred-out PRED.jsonl
    python scripts/fact_misses.py GOLD.jsonl PRED.jsonl --split tune          # counts
    python scripts/fact_misses.py GOLD.jsonl PRED.jsonl --split tune --show   # and every miss
    python scripts/fact_misses.py GOLD.jsonl OLD.jsonl --split tune --against NEW.jsonl

``--against`` prints the counts of two prediction files side by side (before and after).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from beritanlp import facts_eval

Fact = Mapping[str, Any]
Row = Mapping[str, Any]

_SAME: dict[str, Callable[[Fact, Fact], bool]] = {
    "officials": facts_eval.same_official,
    "agencies": facts_eval.same_agency,
    "places": facts_eval.same_place,
    "scores": facts_eval.same_score,
}

_COMPANY_OR_FOREIGN = re.compile(
    r"\b(PT|Persero|Tbk|Perum|BUMN|Direktur Utama|Dirut|Komisaris|CEO|Presiden Direktur|"
    r"Perdana Menteri|Duta Besar|Dubes|Kanselir|Raja|Ratu|Sekretaris Jenderal PBB)\b"
)
_COMPANY = re.compile(
    r"^(PT|Perum|Perumda)\b|\bPersero\b|\bTbk\b|\b(Pertamina|PLN|Bulog|Pelindo|Angkasa Pura|"
    r"Telkom|Garuda|Jasa Marga|Danantara|Bank (Mandiri|BRI|BNI|BTN))\b"
)
_NUMBERED = re.compile(r"\b([IVXL]+|\d+)$")
_REGIONAL = re.compile(
    r"\b(Perwakilan|Kanwil|Kantor Wilayah|Kantor Pelayanan|KPP|Provinsi|Kabupaten|Kota|Kab\.|"
    r"Polda|Polres|Polresta|Kejati|Kejari|Kodam|Korem|Kodim)\b"
)
_GENERIC = re.compile(
    r"^(pemerintah( pusat| daerah)?|lembaga( negara)?|instansi( pemerintah)?|kementerian|badan|"
    r"dinas|negara|pemda|pemerintah indonesia)$"
)
_ROMAN = re.compile(r"^[IVXL]+$")
_AUDIT = re.compile(r"\b(opini|WTP|WDP|TMP|TW)\b", re.IGNORECASE)


def _unmatched(gold: Sequence[Fact], pred: Sequence[Fact], same: Callable[[Fact, Fact], bool]
               ) -> tuple[list[Fact], list[Fact], list[tuple[Fact, Fact]]]:
    """Unmatched gold, unmatched pred and the pairs of :func:`beritanlp.facts_eval.align`."""
    pairs = facts_eval.align(gold, pred, same)
    gold_ids, pred_ids = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
    return ([g for g in gold if id(g) not in gold_ids],
            [p for p in pred if id(p) not in pred_ids], pairs)


def _around(text: str, name: str, width: int = 60) -> tuple[str, str]:
    """Text before and after the first mention of ``name`` (empty strings when absent)."""
    at = text.find(name) if name else -1
    if at < 0:
        return "", ""
    return text[max(0, at - width):at], text[at + len(name):at + len(name) + width]


def _person_covered(row: Row, pred: Row, name: str) -> bool:
    """Whether a PERSON entity of the prediction overlaps the first mention of ``name``."""
    at = facts_eval.article_text(row).find(name) if name else -1
    if at < 0:
        return False
    return any(e.get("label") == "PERSON" and e["start"] < at + len(name) and e["end"] > at
               for e in pred.get("entities") or [])


def _official_fn(g: Fact, row: Row, pred: Row) -> str:
    """Family of a missed official.

    Tested in this order: company or foreign post, bracketed short title, comma, position after
    the name, NER missed the person, other.
    """
    name, position = str(g.get("name") or ""), str(g.get("position") or "")
    before, after = _around(facts_eval.article_text(row), name)
    first = position.split()[0].lower() if position else "\0"
    if _COMPANY_OR_FOREIGN.search(f"{position} {g.get('jurisdiction') or ''}"):
        return "state-company or foreign official"
    if re.search(r"\([\w.\-]+\)\s*$", before):
        return "bracketed short title before name"
    if re.search(r",\s*$", before):
        return "comma between position and name"
    if re.match(rf"\s*,\s*(selaku\s+|sebagai\s+)?{re.escape(first)}", after, re.IGNORECASE):
        return "position after the name"
    if not _person_covered(row, pred, name):
        return "person the NER missed"
    return "other"


def _official_fp(p: Fact, row: Row) -> str:
    """FP families: a name made of words of a gold position (a long position cut), other."""
    words = {w.casefold() for o in row["gold"]["officials"] for w in str(o.get("position")).split()}
    name_words = [w.casefold() for w in str(p.get("name") or "").split()]
    if name_words and any(w in words for w in name_words):
        return "long position cut into a fake name"
    return "other"


def _agency_fn(g: Fact, row: Row, pred: Row) -> str:
    """FN families: state company, coordinated name, numbered unit, regional office, other."""
    name = str(g.get("name") or g.get("acronym") or "")
    if _COMPANY.search(name):
        return "state company"
    if " dan " in name or "," in name:
        return "coordinated name cut at dan/comma"
    if _NUMBERED.search(name):
        return "numbered unit"
    if _REGIONAL.search(name) or re.search(r"\s(Jawa|Sumatera|Sulawesi|Kalimantan)\b", name):
        return "regional office with a place"
    return "other"


def _agency_fp(p: Fact, row: Row) -> str:
    """Family of a spurious agency: generic phrase, swallows a person, cut or overlong, other."""
    name = str(p.get("name") or "")
    key = facts_eval.normalise(name)
    if _GENERIC.match(key):
        return "generic phrase, not an agency"
    persons = {w for o in row["gold"]["officials"]
               for w in facts_eval.normalise(o.get("name")).split()}
    if persons & set(key.split()):
        return "span swallows a person"
    for g in row["gold"]["agencies"]:
        gold = facts_eval.normalise(g.get("name"))
        if gold != key and (gold.startswith(key) or key.startswith(gold)):
            return "cut or overlong form of a gold agency"
    return "other"


def _place_fn(g: Fact, row: Row, pred: Row) -> str:
    """FN families by the gold type; a city/regency also when written with its prefix."""
    kind = g.get("type")
    if kind == "negara":
        home = facts_eval.normalise(g.get("name")) == "indonesia"
        return "Indonesia" if home else "foreign country"
    if kind == "wilayah":
        return "island, region, river, mountain"
    if kind in ("kecamatan", "desa"):
        return "district or village"
    if re.match(r"(Kota|Kabupaten|Kab\.)\s", str(g.get("name") or "")):
        return "Kota X / Kabupaten X against X"
    return f"{kind} (incl. foreign cities)"


def _place_fp(p: Fact, row: Row) -> str:
    """FP families by the predicted type."""
    return f"predicted {p.get('type')}"


def _score_fn(g: Fact, row: Row, pred: Row) -> str:
    """Family of a missed score.

    Tested in this order: ranked list (3+ gold scores of one metric), target, audit opinion of a
    counted group, grade or tier as words, rank words, other.
    """
    metric = facts_eval.normalise(g.get("metric"))
    same_metric = sum(facts_eval.normalise(s.get("metric")) == metric
                      for s in row["gold"]["scores"])
    value = str(g.get("value"))
    if same_metric >= 3:
        return "ranked list"
    if g.get("kind") == "target":
        return "target"
    if _AUDIT.search(f"{g.get('metric')} {value}") and re.match(r"\d", str(g.get("subject") or "")):
        return "audit opinion of a counted group"
    if g.get("kind") == "grade" and not re.match(r"^[\d.,-]+$", value):
        return "grade or tier as a word"
    if g.get("kind") == "rank":
        return "rank (roman numeral)" if _ROMAN.match(value) else "rank word or number"
    return "other"


def _score_fp(p: Fact, row: Row) -> str:
    """FP families by kind."""
    return f"predicted {p.get('kind')}"


_FAMILIES: dict[str, tuple[Callable[[Fact, Row, Row], str], Callable[[Fact, Row], str]]] = {
    "officials": (_official_fn, _official_fp),
    "agencies": (_agency_fn, _agency_fp),
    "places": (_place_fn, _place_fp),
    "scores": (_score_fn, _score_fp),
}


def count_misses(gold_rows: Sequence[Row], pred_rows: Sequence[Row], show: bool = False
                 ) -> dict[str, Counter[str]]:
    """Miss counts per list, keyed ``"FN <family>"`` / ``"FP <family>"``.

    Scores also count attribute misses of matched pairs (``"wrong subject (matched)"``, year).
    """
    by_id = {str(r.get("id")): r for r in pred_rows}
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in _SAME}
    for row in gold_rows:
        pred = by_id.get(str(row.get("id")), {})
        for kind, same in _SAME.items():
            fn_family, fp_family = _FAMILIES[kind]
            missed, extra, pairs = _unmatched(row["gold"][kind] or [], pred.get(kind) or [], same)
            for g in missed:
                label = "FN " + fn_family(g, row, pred)
                counts[kind][label] += 1
                if show:
                    print(f"{row['id']}\t{kind}\t{label}\t{dict(g)}")
            for p in extra:
                label = "FP " + fp_family(p, row)
                counts[kind][label] += 1
                if show:
                    shown = {k: v for k, v in p.items() if k != "mentions"}
                    print(f"{row['id']}\t{kind}\t{label}\t{shown}")
            if kind == "scores":
                for g, p in pairs:
                    for attr in ("subject", "year"):
                        if not facts_eval.attribute_matches(attr, g, p):
                            counts[kind][f"wrong {attr} (matched)"] += 1
                            if show:
                                print(f"{row['id']}\t{kind}\twrong {attr}\t"
                                      f"gold {g.get(attr)!r}, pred {p.get(attr)!r}"
                                      f" ({g.get('metric')} {g.get('value')})")
    return counts


def _print_table(columns: list[tuple[str, dict[str, Counter[str]]]]) -> None:
    """Print one table per list with one column per prediction file."""
    for kind in _SAME:
        labels = sorted({label for _, counts in columns for label in counts[kind]})
        head = "".join(f"{title:>10}" for title, _ in columns)
        print(f"\n{kind:<52}{head}")
        for label in labels:
            cells = "".join(f"{counts[kind][label]:>10}" for _, counts in columns)
            print(f"  {label:<50}{cells}")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="gold JSONL (gov_dev.jsonl)")
    parser.add_argument("pred", help="predicted records (JSONL)")
    parser.add_argument("--split", help="only gold rows whose 'split' is this (tune, check)")
    parser.add_argument("--against", help="a second prediction file, counted beside the first")
    parser.add_argument("--show", action="store_true", help="print every miss of PRED too")
    args = parser.parse_args(argv)
    gold = facts_eval.select_split(facts_eval.read_jsonl(args.gold), args.split)
    columns = [("pred", count_misses(gold, facts_eval.read_jsonl(args.pred), args.show))]
    if args.against:
        columns.append(("against", count_misses(gold, facts_eval.read_jsonl(args.against))))
    print(f"{len(gold)} gold articles" + (f" (split {args.split})" if args.split else ""))
    _print_table(columns)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
