"""Score extraction core: seed article, metric lexicon, bad input, long texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from beritanlp.lexicons.metrics import MetricRule, load_metric_rules, read_metric_rules
from beritanlp.rules.scores import MetricIndex, find_scores
from beritanlp.text.sentences import MAX_SENTENCE_CHARS, split_sentences

#: The packaged metric table, compiled once for all cases.
METRICS = MetricIndex(load_metric_rules())









def test_seed_article_scores(shared_data: Path) -> None:
    seed = shared_data / "seed" / "spi_pangkalpinang_2024.txt"
    gold = json.loads((shared_data / "seed" / "spi_pangkalpinang_2024.gold.json").read_text())
    got = find_scores(seed.read_text(encoding="utf-8"), rules=METRICS)
    keys = ("metric", "value", "kind", "subject", "year")
    assert sorted((tuple(s.to_dict()[k] for k in keys) for s in got), key=str) == sorted(
        (tuple(g[k] for k in keys) for g in gold["scores"]), key=str)


def test_lexicon_is_valid_and_closed() -> None:
    rules = load_metric_rules()
    assert {r.id for r in rules} >= {"spi", "ipk", "mcp", "ikpa", "sakip", "ipm", "ikm", "rb",
                                     "opini-bpk"}
    assert "MetricRule(id='spi'" in repr(next(r for r in rules if r.id == "spi"))
    row = {"id": "x", "label": None, "acronym": "X", "names": [], "issuers": [], "grades": [],
           "percent": False, "not_near": []}
    assert isinstance(MetricRule.from_dict(row), MetricRule)
    with pytest.raises(ValueError, match="unknown"):
        read_metric_rules(json.dumps({**row, "colour": "red"}))
    with pytest.raises(ValueError, match="percent"):
        read_metric_rules(json.dumps({**row, "percent": "no"}))
    with pytest.raises(ValueError, match="duplicate"):
        read_metric_rules(json.dumps(row) + "\n" + json.dumps(row))


def test_bad_input() -> None:
    with pytest.raises(TypeError, match="bytes"):
        find_scores(b"nilai SPI 70", rules=METRICS)  # type: ignore[arg-type]
    assert find_scores("", rules=METRICS) == []
    assert find_scores("   \n ", rules=METRICS) == []


def test_a_run_without_sentence_breaks_is_cut_into_bounded_pieces() -> None:
    unit = "pemerintah kota menerima nilai dari lembaga, "
    text = "Awal " + unit * 600 + "akhir"  # 27,000 characters, no sentence break
    spans = split_sentences(text)
    assert len(spans) > 5 and spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in zip(spans, spans[1:], strict=False))  # contiguous
    assert all(0 < e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert all(text[e - 1] == " " for _, e in spans[:-1])  # cut after a space
    blank_tail = "x" * (MAX_SENTENCE_CHARS - 5) + " " * 10  # no whitespace-only piece
    assert split_sentences(blank_tail) == [(0, MAX_SENTENCE_CHARS)]
    solid = "x" * (2 * MAX_SENTENCE_CHARS + 7)  # no space at all: cut anywhere
    assert split_sentences(solid) == [(0, MAX_SENTENCE_CHARS),
                                      (MAX_SENTENCE_CHARS, 2 * MAX_SENTENCE_CHARS),
                                      (2 * MAX_SENTENCE_CHARS, len(solid))]


def test_scores_are_found_throughout_a_long_text_without_sentence_breaks() -> None:
    unit = "Pemerintah Kota Bogor meraih nilai SPI 74,21 dari KPK pada 2024, "
    last = "Pemerintah Kota Depok meraih nilai SPI 80,5 dari KPK pada 2024."
    text = unit * 400 + last  # 26,000 characters in one "sentence"
    found = {(s.subject, s.value) for s in find_scores(text, rules=METRICS)}
    assert found == {("Pemerintah Kota Bogor", 74.21), ("Pemerintah Kota Depok", 80.5)}


def test_sentences_do_not_break_in_numbers_or_abbreviations() -> None:
    text = "Nilai SPI 70.55 diraih Pemkot. Kab. Sukamaju meraih 68,1 poin."
    assert [text[s:e].strip() for s, e in split_sentences(text)] == [
        "Nilai SPI 70.55 diraih Pemkot.", "Kab. Sukamaju meraih 68,1 poin."]


@pytest.mark.parametrize(
    "unit",
    [
        "Warga Desa ",  # capitalised words after "Index" that never end in "Index"
        "Indeks Pembangunan Manusia (IPMN) naik. ",  # one lexicon name defined again and again
    ],
)
def test_find_scores_stays_linear_on_repeated_patterns(unit: str) -> None:
    """Review of session 6: an unbounded English-index name and a per-definition rescan of the
    text made these quadratic (80,000 characters took 6 s)."""
    import time

    def seconds(n: int) -> float:
        text = "Judul\n\nIndex naik. " + unit * n
        best = float("inf")
        for _ in range(2):
            start = time.perf_counter()
            find_scores(text, rules=METRICS)
            best = min(best, time.perf_counter() - start)
        return best

    small, large = seconds(200), seconds(2_000)
    # ten times the text: about 10x when linear, 100x when quadratic
    assert large < 30 * small + 0.05, (small, large)


def test_index_variants_need_two_shared_words_of_a_longer_name() -> None:
    from beritanlp.rules.scores.metrics import find_metrics
    from beritanlp.text.sentences import split_sentences as split

    text = ("Indeks Persepsi Korupsi (IPK) kota itu stagnan. Adapun indeks persepsi publik "
            "naik, dan indeks persepsi korupsi daerah itu juga naik.")
    spans = split(text)

    def sent_of(pos: int) -> tuple[int, int]:
        return next((s for s in spans if s[0] <= pos < s[1]), (pos, pos + 1))

    found = [(m.name, text[m.start:m.end]) for m in find_metrics(text, METRICS, sent_of)]
    assert ("IPK", "indeks persepsi korupsi") in found
    assert not any(t.startswith("indeks persepsi publik") for _, t in found)


@pytest.mark.parametrize(("text", "named"), [
    # a firm's money names the class ("laba"), no amount written: the money check alone drops it
    ("Koperasi itu membukukan laba usaha termasuk tertinggi di Indonesia yaitu Unit Beta di "
     "peringkat ke-3.", False),
    # the list's ranks come only in the next sentence: no rank in the list's sentence
    ("Pelabuhan Alfa melayani jalur pelayaran termasuk tersibuk di dunia yaitu Alfa-Beta dan "
     "Alfa-Gama. Keduanya di peringkat ke-7 dan ke-12.", False),
    ("Pelabuhan Alfa melayani jalur pelayaran termasuk tersibuk di dunia yaitu Alfa-Beta di "
     "peringkat ke-7.", True),
])
def test_listed_class_needs_a_rank_in_its_sentence_and_no_money(text: str, named: bool) -> None:
    from beritanlp.rules.scores.metrics import find_metrics
    from beritanlp.text.sentences import split_sentences as split

    spans = split(text)

    def sent_of(pos: int) -> tuple[int, int]:
        return next((s for s in spans if s[0] <= pos < s[1]), (pos, pos + 1))

    names = [m.name for m in find_metrics(text, METRICS, sent_of)]
    assert any(n.endswith("di dunia") or n.endswith("di Indonesia") for n in names) is named, names


# --- a sentence saying what a predicate is gives no one that predicate -------------------

def test_sentence_defining_a_predicate_gives_no_grade() -> None:
    text = ("Judul\n\nKantor Imigrasi Lembah memulai pembangunan Zona Integritas menuju Wilayah "
            "Bebas Korupsi (WBK) pekan ini. Predikat WBK adalah sebutan yang diberikan bagi unit "
            "kerja yang dinilai berhasil menjalankan reformasi birokrasi.")
    got = [(s.value, s.kind) for s in find_scores(text, rules=METRICS)]
    assert ("WBK", "target") in got
    assert ("WBK", "grade") not in got


def test_predicate_given_to_a_named_holder_is_still_a_grade() -> None:
    text = ("Judul\n\nPemkab Lembah meraih opini WTP dari BPK atas laporan keuangan 2022. WTP "
            "merupakan opini yang diberikan kepada Pemkab Lembah untuk ketujuh kalinya.")
    got = {(s.value, s.kind, s.year) for s in find_scores(text, rules=METRICS)}
    assert ("WTP", "grade", 2022) in got


# --- the contest, rank and unknown-index scans of find_metrics run only where their words are ---


def _scanned(run: object) -> list[str]:
    """The sources of the compiled patterns whose ``search``/``finditer`` ``run()`` calls."""
    import re
    import sys

    seen: list[str] = []

    def watch(frame: object, event: str, arg: object) -> None:
        owner = getattr(arg, "__self__", None)
        if event == "c_call" and isinstance(owner, re.Pattern) \
                and getattr(arg, "__name__", "") in ("search", "finditer"):
            seen.append(owner.pattern)

    sys.setprofile(watch)
    try:
        run()  # type: ignore[operator]
    finally:
        sys.setprofile(None)
    return seen


def _metrics_scans(text: str) -> list[str]:
    from beritanlp.rules.scores.metrics import find_metrics
    from beritanlp.text.sentences import split_sentences as split

    spans = split(text)
    return _scanned(lambda: find_metrics(
        text, METRICS, lambda pos: next((s for s in spans if s[0] <= pos < s[1]), (pos, pos))))


#: How the sources of the contest, rank and unknown-index patterns begin.
_CONTEST_SCAN = r"\b(?:dalam|pada|"
_RANK_SCAN = r"(?i)\b(?:peringkat|"
_UNKNOWN_SCAN = r"\b(?:Indeks|"


def test_contest_rank_and_index_scans_need_their_words() -> None:
    quiet = "Warga Desa Sukamaju menanam jagung pada musim hujan tahun ini bersama petani."
    scans = _metrics_scans(quiet)
    assert scans  # other patterns still run
    assert not [p for p in scans if p.startswith((_CONTEST_SCAN, _RANK_SCAN, _UNKNOWN_SCAN))]
    loud = ("Indeks Kebersihan Kota Sukamaju naik: kota itu meraih PERINGKAT kedua dalam Lomba "
            "Kebersihan tingkat provinsi.")
    scans = _metrics_scans(loud)
    for start in (_CONTEST_SCAN, _RANK_SCAN, _UNKNOWN_SCAN):
        assert sum(p.startswith(start) for p in scans) == 1, start


def test_superlative_ordinal_tests_the_word_start_after_ter() -> None:
    import random
    import re

    text = "Bandara itu tersibuk ke-3 di Asia."
    used = [p for p in _metrics_scans(text) if p.startswith("ter")]
    assert used == [r"ter(?<!\wter)[a-z]{3,}[ \t]+ke"]
    fast, plain = re.compile(used[0]), re.compile(r"\bter[a-z]{3,}[ \t]+ke")
    rng = random.Random(7)
    pieces = ["ter", "besar", " ", "\t", "ke", "-", "x", "é", "_", "1", "Ter", "tersibuk"]
    for _ in range(3000):
        sample = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        found, expected = fast.search(sample), plain.search(sample)
        assert (found and found.span()) == (expected and expected.span()), sample
