#!/usr/bin/env python3
r"""Do the scores depend on one region, year, number or wording? A metamorphic check on gold.

The score rules may be keyed to the exact shapes of the articles they were tuned on. This
script takes the gold articles that have scores and rewrites each in several *substitutions*
that keep the facts the same in kind but change their surface, consistently in the text and in
the gold: a region renamed to another of its level, every year shifted, a value replaced by
another of its shape, a rank word written another way, the score's sentence moved to the start,
the headline in capitals. It runs the pipeline on the article as given and on each form and
prints the scores' P/R/F1 (and subject/year accuracy) over the articles a form applies to;
``--show`` prints, per article, the gold scores a form lost or gained and its new predictions.

Forms: ``subject``, ``year``, ``value``, ``rankform``, ``order``, ``caps`` (see their functions).
A form that cannot be applied to an article (no region subject, no year, no value written in
digits ...) leaves it out of that form's count.

Usage::

    python scripts/score_invariance.py ../shared/data/facts/gov_dev.jsonl --split tune [--show]
"""

from __future__ import annotations

import argparse
import copy
import random
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from format_invariance import rewritten  # noqa: E402

import beritanlp  # noqa: E402
from beritanlp.facts_eval import (  # noqa: E402
    align,
    article_text,
    read_jsonl,
    same_score,
    score_facts,
    select_split,
)
from beritanlp.lexicons.regions import Place, default_gazetteer, key  # noqa: E402

Row = dict[str, Any]
#: A substitution: (gold row, seed) -> the rewritten row, or None when it does not apply.
Form = Callable[[Mapping[str, Any], int], "Row | None"]

LEVELS = ("provinsi", "kota", "kabupaten")
#: A subject's level prefix ("Pemerintah Kabupaten Bogor", "Kota Batam", "Pemprov Riau").
_LEVEL_PREFIX = re.compile(
    r"^(?:pemerintah\s+)?(?P<cue>kota|kabupaten|kab\.?|provinsi|pemkot|pemkab|pemprov)\s+"
    r"(?P<name>.+)$", re.I)
_PREFIX_LEVEL = {"kota": "kota", "pemkot": "kota", "kabupaten": "kabupaten", "kab": "kabupaten",
                 "kab.": "kabupaten", "pemkab": "kabupaten", "provinsi": "provinsi",
                 "pemprov": "provinsi"}
YEAR = re.compile(r"(?<![\d.,])(20[0-3]\d)(?![\d]|[.,]\d)")
#: A two-digit year at the end of a date ("10-Sep-19").
_SHORT_YEAR = re.compile(r"(?<=-[A-Za-z]{3}-)(\d\d)$")
#: A number (not part of a date or a time: "17/9/2019", "10:56").
NUMBER = re.compile(r"(?<![\w.,/:])(\d+(?:[.,]\d+)?)(?![\w/:]|[.,]\d)")
ORDINALS = {1: "pertama", 2: "kedua", 3: "ketiga", 4: "keempat", 5: "kelima", 6: "keenam",
            7: "ketujuh", 8: "kedelapan", 9: "kesembilan", 10: "kesepuluh", 11: "kesebelas"}
#: Words after which a number or ordinal is a rank (looked for in the 40 characters before it).
_RANK_CUE = re.compile(r"\b(?:peringkat|posisi|urutan|ranking|rangking|juara|nomor|terbaik|"
                       r"tertinggi|terendah|terbesar|terburuk|tempat|menempati)\b", re.I)


# --------------------------------------------------------------------------- helpers

def _scores(row: Mapping[str, Any]) -> list[dict[str, Any]]:
    return list((row.get("gold") or {}).get("scores") or [])


def _with(row: Mapping[str, Any], title: str | None, text: str, gold: Mapping[str, Any]) -> Row:
    out = dict(row)
    out["title"], out["text"], out["gold"] = title, text, dict(gold)
    return out


def _cased(written: str, new: str) -> str:
    """``new`` in the case of ``written`` (all capitals stay capitals)."""
    return new.upper() if written.isupper() and len(written) > 1 else new


def _name_pattern(name: str) -> re.Pattern[str]:
    """A name's words, optionally joined by a space or hyphen ("Palangka Raya", "Palangkaraya")."""
    words = [re.escape(w) for w in re.findall(r"[^\W\d_]+", name)]
    return re.compile(r"(?<![\w-])" + r"[\s-]?".join(words) + r"(?![\w-])", re.I)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str) and re.fullmatch(r"\d+(?:[.,]\d+)?", value.strip()):
        return float(value.strip().replace(",", "."))
    return None


def _written(text: str) -> dict[float, list[str]]:
    """The numbers written in ``text`` (not years): value -> the forms it is written in."""
    out: dict[float, list[str]] = {}
    for m in NUMBER.finditer(text):
        w = m.group(1)
        out.setdefault(float(w.replace(",", ".")), []).append(w)
    return out


# --------------------------------------------------------------------------- subject

@lru_cache(maxsize=1)
def _regions() -> tuple[dict[str, list[Place]], dict[str, tuple[str, ...]]]:
    """The gazetteer's index, and per level the bare names that name one place only."""
    gaz = default_gazetteer()
    unique: dict[str, list[str]] = {lv: [] for lv in LEVELS}
    for place in gaz.by_code.values():
        if place.type not in LEVELS or place.common or place.code is None:
            continue
        bare = re.sub(r"^(?:Kota|Kabupaten)(?: Administrasi)? ", "", place.name)
        if len(gaz.index.get(key(bare), [])) == 1 and "(" not in bare:
            unique[place.type].append(bare)
    return gaz.index, {lv: tuple(sorted(names)) for lv, names in unique.items()}


def region_of(subject: str) -> tuple[str, Place] | None:
    """The region a gold subject names: (the name as written, its place), or None.

    ``"Kota Batam"`` -> ("Batam", Kota Batam); ``"Jateng"`` -> ("Jateng", Jawa Tengah);
    a name that is not a province, kota or kabupaten (or is an ordinary word) -> None.
    """
    index, _ = _regions()
    m = _LEVEL_PREFIX.match(subject.strip())
    name = m.group("name") if m else subject.strip()
    level = _PREFIX_LEVEL[m.group("cue").lower()] if m else None
    places = [p for p in index.get(key(name), []) if p.type in LEVELS and not p.common
              and p.code is not None and (level is None or p.type == level)]
    return (name, places[0]) if places else None


def rename_regions(text: str, renames: Mapping[str, str]) -> str:
    """Every written name of ``renames`` (and its spaced/hyphenated spellings) renamed."""
    for old, new in renames.items():
        text = _name_pattern(old).sub(lambda m, n=new: _cased(m.group(), n), text)
    return text


#: Gold place types that lie inside a province, kota or kabupaten.
_INNER_TYPES = ("kecamatan", "desa")


def _inner_place_subject(row: Mapping[str, Any]) -> bool:
    """A gold score subject is a gold place below the regions renamed (kecamatan, desa, ...).

    Such a place ("Rumbai", a district of a renamed city) would stay while its city is
    renamed: the text would then place it in another city, which the form cannot keep right.
    """
    gold = row.get("gold") or {}
    inner = {key(str(p.get("name") or "")) for p in gold.get("places") or []
             if p.get("type") in _INNER_TYPES}
    return any(key(str(s.get("subject") or "")) in inner for s in _scores(row))


def subject(row: Mapping[str, Any], seed: int) -> Row | None:
    """Each gold subject that is a region renamed, everywhere, to another region of its level.

    An article with a gold subject that is a place inside a region (a district, a village) is
    left out (see :func:`_inner_place_subject`).
    """
    if _inner_place_subject(row):
        return None
    _, unique = _regions()
    rng = random.Random(f"{seed}:subject:{row.get('id')}")
    whole = article_text(row).lower()
    renames: dict[str, str] = {}
    for s in _scores(row):
        found = region_of(str(s.get("subject") or ""))
        if not found or found[0] in renames:
            continue
        written, place = found
        choices = [n for n in unique[place.type]
                   if n.lower() not in whole and n not in renames.values()]
        new = rng.choice(choices)
        renames[written] = new
        bare = re.sub(r"^(?:Kota|Kabupaten)(?: Administrasi)? ", "", place.name)
        if key(bare) != key(written):  # an alias ("Jateng"): its full name too
            renames.setdefault(bare, new)
    if not renames:
        return None
    return rewritten(row, lambda t: rename_regions(t, renames))


# --------------------------------------------------------------------------- year

def shift_years(text: str, k: int) -> str:
    """Every year 2000-2030 written in ``text`` shifted by ``k``."""
    return YEAR.sub(lambda m: str(int(m.group()) + k) if int(m.group()) <= 2030 else m.group(),
                    text)


def _shift_date(date: Any, k: int) -> Any:
    if not isinstance(date, str):
        return date
    date = shift_years(date, k)
    return _SHORT_YEAR.sub(lambda m: f"{(int(m.group()) + k) % 100:02d}", date)


def year(row: Mapping[str, Any], seed: int, k: int = -3) -> Row | None:
    """Every year 2000-2030 in title, text, date and gold shifted by ``k``."""
    if not YEAR.search(article_text(row)) and not any(s.get("year") for s in _scores(row)):
        return None
    out = rewritten(row, lambda t: shift_years(t, k))
    out["date"] = _shift_date(row.get("date"), k)
    for s in _scores(out):
        if isinstance(s.get("year"), int) and 2000 <= s["year"] <= 2030:
            s["year"] += k
    return out


# --------------------------------------------------------------------------- value

def _new_number(old: float, decimals: int, taken: set[float], rng: random.Random
                ) -> float | None:
    """Another number of the shape of ``old``, or None.

    Same count of integer digits and of decimals, and not in ``taken``.
    """
    digits = len(str(int(old)))
    for _ in range(200):
        if digits == 1:
            whole = rng.randint(0 if decimals else 2, 9)
        else:
            whole = rng.randint(10 ** (digits - 1), 10 ** digits - 1)
        frac = rng.randint(1, 10 ** decimals - 1) if decimals else 0
        if decimals and frac % 10 == 0:
            continue
        new = round(whole + frac / 10 ** decimals, decimals) if decimals else float(whole)
        if new not in taken and new != old and not (digits == 4 and 1990 <= whole <= 2035):
            return new
    return None


def _format(value: float, decimals: int, sep: str) -> str:
    return f"{value:.{decimals}f}".replace(".", sep) if decimals else str(int(value))


def _metric_spans(text: str, metrics: Sequence[str]) -> list[tuple[int, int]]:
    """Where ``text`` writes a metric name that holds a number ("Liga 1", "PM 2,5")."""
    return [m.span() for name in metrics if re.search(r"\d", name)
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, re.I)]


def _inside(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= at < hi for lo, hi in spans)


def _gold_metrics(row: Mapping[str, Any]) -> list[str]:
    return sorted({str(s.get("metric") or "") for s in _scores(row)} - {""})


def replace_value(text: str, old: float, new: float, metrics: Sequence[str] = ()) -> str:
    """Every number in ``text`` equal to ``old`` written as ``new``, in its decimals and mark.

    A number inside a name of ``metrics`` ("Liga 1") is part of that name: kept.
    """
    spans = _metric_spans(text, metrics)

    def sub(m: re.Match[str]) -> str:
        w = m.group(1)
        if float(w.replace(",", ".")) != old or _inside(m.start(1), spans):
            return w
        sep = "," if "," in w else "."
        decimals = len(w.split(sep)[1]) if sep in w else 0
        return _format(new, decimals, sep)
    return NUMBER.sub(sub, text)


def _gold_value(value: Any, new: float, decimals: int) -> Any:
    if isinstance(value, str):
        return _format(new, decimals, "," if "," in value else ".")
    return int(new) if isinstance(value, int) else new


def value(row: Mapping[str, Any], seed: int) -> Row | None:
    """Each numeric gold value written in digits replaced by another of its shape."""
    rng = random.Random(f"{seed}:value:{row.get('id')}")
    written = _written(article_text(row))
    taken = set(written) | {v for v in map(_number, (s.get("value") for s in _scores(row)))
                            if v is not None}
    news: dict[float, tuple[float, int]] = {}
    for s in _scores(row):
        old = _number(s.get("value"))
        if old is None or old in news or old not in written or 2000 <= old <= 2030:
            continue
        w = written[old][0]
        decimals = len(re.split(r"[.,]", w)[1]) if re.search(r"[.,]", w) else 0
        new = _new_number(old, decimals, taken, rng)
        if new is not None:
            news[old] = (new, decimals)
            taken.add(new)
    if not news:
        return None
    out = copy.deepcopy(dict(row))
    metrics = _gold_metrics(row)
    for old, (new, _) in news.items():
        out["title"] = replace_value(out["title"], old, new, metrics) if out.get("title") \
            else None
        out["text"] = replace_value(out.get("text") or "", old, new, metrics)
    for s in _scores(out):
        old = _number(s.get("value"))
        if old in news:
            s["value"] = _gold_value(s["value"], *news[old])  # type: ignore[index]
    return out


# --------------------------------------------------------------------------- rankform

def _rank_written(n: int) -> re.Pattern[str]:
    """Rank ``n`` written as an ordinal word, as ``ke-n``, or as bare digits."""
    word = ORDINALS.get(n)
    alts = [rf"(?P<word>{word})"] if word else []
    alts += [rf"(?P<ke>ke-?\s?{n})", rf"(?P<digits>{n})"]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w]|[.,]\d)", re.I)


def rewrite_ranks(text: str, ranks: set[int], metrics: Sequence[str] = ()) -> str:
    """Ranks ``ranks`` after a rank cue in a wording: word -> ke-n -> digits (or word) -> ke-n.

    A number inside a name of ``metrics`` ("Liga 1") is part of that name: kept. "Ke-3"
    becomes "Ketiga" (a capital kept).
    """
    for n in sorted(ranks):
        spans = _metric_spans(text, metrics)

        def sub(m: re.Match[str], n: int = n, text: str = text,
                spans: list[tuple[int, int]] = spans) -> str:
            if not _RANK_CUE.search(text[max(0, m.start() - 40):m.start()]) \
                    or _inside(m.start(), spans):
                return m.group()
            if m.groupdict().get("word"):
                return f"ke-{n}"
            if m.group("ke"):
                if n not in ORDINALS:
                    return str(n)
                word = _cased(m.group(), ORDINALS[n])
                return word.capitalize() if m.group()[:1].isupper() and not word.isupper() \
                    else word
            return f"ke-{n}"
        text = _rank_written(n).sub(sub, text)
    return text


def rankform(row: Mapping[str, Any], seed: int) -> Row | None:
    """Gold ranks written another way in the text (gold unchanged)."""
    ranks = {int(v) for s in _scores(row) if s.get("kind") == "rank"
             and (v := _number(s.get("value"))) is not None and v == int(v)}
    metrics = _gold_metrics(row)
    text = rewrite_ranks(row.get("text") or "", ranks, metrics)
    title = rewrite_ranks(row["title"], ranks, metrics) if row.get("title") else row.get("title")
    if text == row.get("text") and title == row.get("title"):
        return None
    return _with(row, title, text, copy.deepcopy(row.get("gold") or {}))


# --------------------------------------------------------------------------- order, caps

_SENTENCE_END = re.compile(r"(?<=[.!?])([\s,]+)(?=[\"\u201cA-Z])")
#: A sentence that leans on the one before: a continuation word, a quotation, a pronoun.
_LEANS = re.compile(r"^\W*(?:selanjutnya|kemudian|sedangkan|sementara|lalu|namun|tetapi|"
                    r"adapun|ia|dia|mereka|itu|ini|hal)\b|[\"\u201c\u201d]|\u201a\u00c4", re.I)


def _holds_score(sentence: str, row: Mapping[str, Any]) -> int:
    """How many gold scores ``sentence`` states whole.

    A score is stated whole with its value, a word of its subject and every word of its metric.
    """
    written = _written(sentence)
    lowered = sentence.lower()
    hits = 0
    for s in _scores(row):
        v = _number(s.get("value"))
        said = (v in written) if v is not None else str(s.get("value") or "").lower() in lowered
        named = re.findall(r"[^\W\d_]{4,}", str(s.get("subject") or "").lower())
        measured = re.findall(r"[^\W\d_]{4,}", str(s.get("metric") or "").lower())
        if said and any(w in lowered for w in named) and all(w in lowered for w in measured):
            hits += 1
    return hits


def order(row: Mapping[str, Any], seed: int) -> Row | None:
    """The body sentence stating most gold scores whole moved to the start of the body.

    Only a sentence leaning on no sentence before it (no continuation word, quotation or
    pronoun) is moved: elsewhere the gold would no longer hold.
    """
    body = row.get("text") or ""
    parts = _SENTENCE_END.split(body)
    sentences, seps = parts[0::2], parts[1::2]
    held = [0 if _LEANS.search(t) else _holds_score(t, row) for t in sentences]
    best = max(range(len(sentences)), key=lambda i: (held[i], -i))
    if best == 0 or not held[best]:
        return None
    moved = [sentences[best], *sentences[:best], *sentences[best + 1:]]
    # each gap keeps the separator split at there (line breaks stay: only the order changes)
    text = moved[0] + "".join(sep + t for sep, t in zip(seps, moved[1:], strict=True))
    return _with(row, row.get("title"), text, copy.deepcopy(row.get("gold") or {}))


def caps(row: Mapping[str, Any], seed: int) -> Row | None:
    """The headline in capitals (gold unchanged)."""
    if not row.get("title") or row["title"].isupper():
        return None
    return _with(row, row["title"].upper(), row.get("text") or "",
                 copy.deepcopy(row.get("gold") or {}))


FORMS: dict[str, Form] = {"subject": subject, "year": year, "value": value,
                          "rankform": rankform, "order": order, "caps": caps}


# --------------------------------------------------------------------------- run

def _predict(rows: list[Row], nlp: Any) -> dict[str, dict[str, Any]]:
    inputs = [{"id": r["id"], "text": article_text(r), "date": r.get("date")} for r in rows]
    return {str(r["id"]): a.to_dict() for r, a in
            zip(rows, beritanlp.analyze_many(inputs, nlp=nlp), strict=True)}


def _line(name: str, rows: list[Row], preds: Mapping[str, Mapping[str, Any]]) -> str:
    k = score_facts(rows, [preds[str(r["id"])] for r in rows]).kinds["scores"]
    attrs = "  ".join(f"{a} {ok / n:.3f}" if n else f"{a}   -  "
                      for a, (ok, n) in k.attributes.items() if a in ("subject", "year"))
    return (f"{name:9s} P {k.precision:.3f}  R {k.recall:.3f}  F1 {k.f1:.3f}  "
            f"(gold {k.gold}, pred {k.pred})  {attrs}")


def _matched(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> set[int]:
    ids = {id(g): i for i, g in enumerate(gold)}
    return {ids[id(g)] for g, _ in align(gold, pred, same_score)}


def _show(base: Row, form: Row, base_pred: Mapping[str, Any], form_pred: Mapping[str, Any]
          ) -> list[str]:
    gb, gf = _scores(base), _scores(form)
    pb, pf = list(base_pred.get("scores") or []), list(form_pred.get("scores") or [])
    before, after = _matched(gb, pb), _matched(gf, pf)
    lines = [f"  - lost   {gf[i]}" for i in sorted(before - after)]
    lines += [f"  + gained {gf[i]}" for i in sorted(after - before)]
    fp = [p for p in pf if not any(same_score(g, p) for g in gf)]
    fp_before = len([p for p in pb if not any(same_score(g, p) for g in gb)])
    if len(fp) != fp_before:
        fields = ("metric", "value", "kind", "subject", "year")
        lines += [f"  ? wrong  { {k: p.get(k) for k in fields} }" for p in fp]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the score P/R/F1 of each substitution over the articles it applies to."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="gold JSONL (gov_dev.jsonl or a file like it)")
    parser.add_argument("--split", help="only rows whose 'split' is this (tune, check)")
    parser.add_argument("--forms", default=",".join(FORMS),
                        help=f"comma-separated substitutions (default: {','.join(FORMS)})")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shift", type=int, default=-3, help="years added by 'year' (-3)")
    parser.add_argument("--show", action="store_true",
                        help="per article, the gold scores a form lost or gained")
    args = parser.parse_args(argv)
    rows = [dict(r) for r in select_split(read_jsonl(args.gold), args.split) if _scores(r)]
    forms = args.forms.split(",")
    unknown = [f for f in forms if f not in FORMS]
    if unknown:
        parser.error(f"unknown form(s) {unknown}; known: {', '.join(FORMS)}")
    nlp = beritanlp.load()
    base = _predict(rows, nlp)
    print(f"{len(rows)} articles with gold scores")
    print(_line("given", rows, base))
    for name in forms:
        form = (lambda r, s: year(r, s, args.shift)) if name == "year" else FORMS[name]
        pairs = [(r, f) for r in rows if (f := form(r, args.seed)) is not None]
        if not pairs:
            print(f"{name:9s} applies to no article")
            continue
        preds = _predict([f for _, f in pairs], nlp)
        print(f"-- {name}: {len(pairs)} articles")
        print(_line("  given", [r for r, _ in pairs], base))
        print(_line(f"  {name}", [f for _, f in pairs], preds))
        if args.show:
            for r, f in pairs:
                lines = _show(r, f, base[str(r["id"])], preds[str(f["id"])])
                if lines:
                    print(f"  {r['id']}")
                    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
