"""The "improved" stemming mode: candidate analyses, the ranker, the mode setting everywhere it
is exposed, and accuracy on the NDETC pairs (shared data). Its regression cases run from
tests/regression/test_stem_improved_cases.py."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
import spacy

import beritanlp
from beritanlp.stemming.candidates import analyses, prefix_steps, suffix_splits
from beritanlp.stemming.confix import ConfixStemmer
from beritanlp.stemming.evaluate import evaluate_halves, pair_half, read_pairs
from beritanlp.stemming.improved import (
    ImprovedStemmer,
    features,
    load_counts,
    load_exceptions,
    load_ranker,
)
from beritanlp.stemming.stemmer import WordStemmer, shared_core, shared_improved


@pytest.fixture(scope="module")
def improved() -> WordStemmer:
    return WordStemmer(mode="improved")


@pytest.fixture(scope="module")
def dictionary() -> frozenset[str]:
    return shared_core().dictionary


# -- candidates -------------------------------------------------------------------------------


def test_suffix_splits_list_every_ending() -> None:
    splits = suffix_splits("berikannya")
    assert ("beri", "kan", "nya") in splits and ("berik", "an", "nya") in splits
    assert ("berikan", "", "nya") in splits and ("berikannya", "", "") in splits


def test_prefix_steps_restore_the_nasal_consonant() -> None:
    assert ("meN", "tulis", 1) in prefix_steps("menulis")
    assert ("meN", "sapu", 1) in prefix_steps("menyapu")
    assert ("peN", "proses", 1) in prefix_steps("pemroses")
    assert ("ber", "ikan", 0) in prefix_steps("berikan")


def test_analyses_keep_every_reading(dictionary: frozenset[str]) -> None:
    roots = {a.root for a in analyses("berikan", dictionary)}
    assert {"berikan", "beri", "ikan"} <= roots
    found = analyses("ketidakpastian", dictionary)
    assert any(a.root == "tidakpasti" and a.kind == "compound" for a in found)
    assert analyses("menangis", dictionary)[0].kind == "word"


def test_hyphenated_words(dictionary: frozenset[str]) -> None:
    kinds = {(a.root, a.kind) for a in analyses("anak-anaknya", dictionary)}
    assert ("anak", "redup") in kinds
    assert ("warna", "rhyme") in {(a.root, a.kind) for a in analyses("warna-warni", dictionary)}
    assert ("bapak", "stammer") in {(a.root, a.kind) for a in analyses("b-b-bapak", dictionary)}
    assert analyses("a--b", dictionary) == analyses("a--b", dictionary)[:1]


# -- the ranker -----------------------------------------------------------------------------


def test_score_is_the_weighted_sum_of_the_features() -> None:
    stemmer = ImprovedStemmer(shared_core())
    for word in ["berikan", "perancangan", "anak-anaknya", "ketidakpastian", "kemudian",
                 "dibelinya", "menyetujui", "otsu-lah"]:
        found, sastrawi = stemmer.candidates(word)
        top = stemmer.top_counts(found)
        for a in found:
            expected = sum(stemmer.weights.get(name, 0.0) * value for name, value in
                           features(word, a, sastrawi, stemmer.dictionary, stemmer.counts, top))
            for _ in range(2):  # computed, then from the remembered parts
                assert stemmer.score(word, a, sastrawi, top) == pytest.approx(expected)


def test_packaged_tables_load() -> None:
    weights, margin, ratio = load_ranker()
    assert len(weights) > 50 and margin >= 0 and ratio >= 0
    counts = load_counts()
    assert counts["beri"][1] > counts["ikan"][0] > 0
    exceptions = load_exceptions()
    assert 0 < len(exceptions) <= 20


def test_exception_list_is_short_and_reasoned() -> None:
    from importlib.resources import files

    text = files("beritanlp.resources").joinpath("stem_exceptions.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert rows and len(rows) <= 20
    for row in rows:
        assert len(row) == 3 and all(field.strip() for field in row), row


def test_without_weights_the_answer_is_still_a_candidate() -> None:
    stemmer = ImprovedStemmer(shared_core(), weights={}, exceptions={}, margin=0.0)
    for word in ["berikan", "menangis", "pemrosesan"]:
        assert stemmer.stem_word(word) in {a.root for a in stemmer.candidates(word)[0]}


def test_margin_keeps_sastrawi_answer_when_evidence_is_thin() -> None:
    core = shared_core()
    cautious = ImprovedStemmer(core, exceptions={}, margin=1e9, lexical_ratio=0)
    for word in ["gerakan", "menangis", "senilai"]:
        assert cautious.stem_word(word) == core.stem_word(word)


def test_non_plain_words_get_sastrawi_answer(improved: WordStemmer) -> None:
    core = ConfixStemmer()
    for word in ["1550-an", "70,55", "über", "co2"]:
        assert improved.stem(word) == WordStemmer().stem(word)
    assert shared_improved().stem_word("1550-an") == core.stem_word("1550-an")


def test_very_long_tokens_get_sastrawi_answer() -> None:
    word = "ke" + "ab" * 5000 + "an"
    assert shared_improved().stem_word(word) == shared_core().stem_word(word)


def test_stem_joins_words_like_sastrawi() -> None:
    assert shared_improved().stem("Berikan, gerakan!") == "beri gerak"


def test_format_version_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    import beritanlp.stemming.improved as improved_module

    class _Fake:
        def joinpath(self, name: str) -> _Fake:
            return self

        def read_text(self, encoding: str) -> str:
            return json.dumps({"format_version": 99, "weights": {}})

    monkeypatch.setattr(improved_module, "files", lambda package: _Fake())
    with pytest.raises(ValueError, match="format_version"):
        improved_module.load_ranker()


# -- the mode setting -----------------------------------------------------------------------


def test_unknown_mode_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown stemming mode"):
        WordStemmer(mode="porter")
    with pytest.raises(ValueError, match="unknown stemming mode"):
        beritanlp.stem("berikan", mode="porter")


def test_api_modes_differ_only_where_meant() -> None:
    text = "Relawan berikan bantuan kepada warga yang menangis."
    default = beritanlp.stem(text)
    better = beritanlp.stem(text, mode="improved")
    assert [t["text"] for t in default] == [t["text"] for t in better]
    assert default.stems != better.stems
    assert [t["stem"] for t in better][1] == "beri" and [t["stem"] for t in default][1] == "ikan"
    assert beritanlp.stem(text, mode="sastrawi") == default


def test_word_stemmer_pickles_with_its_mode(improved: WordStemmer) -> None:
    copy = pickle.loads(pickle.dumps(improved))
    assert copy.mode == "improved" and copy.stem("berikan") == "beri"


def test_component_mode_setting_and_round_trip(tmp_path: Path) -> None:
    from beritanlp.pipeline import load_stemmer

    nlp = load_stemmer("improved")
    doc = nlp("Mereka berikan bantuan.")
    assert [t._.stem for t in doc][1] == "beri"
    assert nlp.get_pipe("beritanlp_stemmer").mode == "improved"
    assert nlp.config["components"]["beritanlp_stemmer"]["mode"] == "improved"
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert [t._.stem for t in again("Mereka berikan bantuan.")][1] == "beri"
    plain = load_stemmer()
    assert [t._.stem for t in plain("Mereka berikan bantuan.")][1] == "ikan"
    plain.get_pipe("beritanlp_stemmer").mode = "improved"
    assert [t._.stem for t in plain("Mereka berikan bantuan.")][1] == "beri"
    with pytest.raises(ValueError):
        plain.get_pipe("beritanlp_stemmer").mode = "porter"


def test_load_takes_the_stem_mode() -> None:
    from beritanlp.pipeline import component_names, load

    others = [n for n in component_names() if n not in ("beritanlp_sentences",
                                                        "beritanlp_stemmer")]
    nlp = load(exclude=others, stem_mode="improved")
    assert [t._.stem for t in nlp("Mereka berikan bantuan.")][1] == "beri"
    default = load(exclude=others)
    assert default.get_pipe("beritanlp_stemmer").mode == "sastrawi"
    assert default.config["components"]["beritanlp_stemmer"]["mode"] == "sastrawi"


def test_cli_stem_and_evaluate_take_a_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                           ) -> None:
    from beritanlp.cli import main

    assert main(["stem", "--json", "--mode", "improved", "berikan"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["stem"] == "beri"
    assert main(["stem", "--json", "berikan"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["stem"] == "ikan"
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("word\troot\nberikan\tberi\ngerakan\tgerak\nmakan\tmakan\n", "utf-8")
    assert main(["evaluate", "stem", str(pairs), "--mode", "improved"]) == 0
    out = capsys.readouterr().out
    assert "accuracy   1.0000 (3/3)" in out and "half held" in out and "half dev" in out
    assert main(["evaluate", "stem", str(pairs)]) == 0
    assert "accuracy   0.3333 (1/3)" in capsys.readouterr().out


# -- accuracy on the NDETC development pairs ----------------------------------------------------


def test_halves_split_by_word() -> None:
    assert {pair_half(w) for w in ["makan", "minum", "tidur", "duduk", "lari"]} == {"dev", "held"}
    assert pair_half("berikan") == pair_half("berikan")


def test_ndetc_accuracy_both_modes(shared_data: Path) -> None:
    pairs = read_pairs(shared_data / "stemming" / "ndetc_dev_pairs.tsv")
    default = evaluate_halves(pairs)
    assert (default["all"].correct, default["all"].total) == (12943, 13550)  # 0.955, unchanged
    better = evaluate_halves(pairs, mode="improved")
    assert better["all"].accuracy >= 0.975
    assert better["held"].accuracy >= 0.975  # the half the ranker was not fitted on
    assert better["all"].changed_accuracy >= 0.96
    assert better["held"].changed_accuracy >= 0.96


def test_counts_table_is_what_the_script_builds(shared_data: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip
    import importlib.util
    import sys
    from importlib.resources import files

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_stem_counts.py"
    spec = importlib.util.spec_from_file_location("build_stem_counts", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "stem_counts.tsv.gz"
    clickid = shared_data / "topics" / "clickid_rubrik_trainval.jsonl.gz"
    monkeypatch.setattr(sys, "argv", ["build_stem_counts.py", str(clickid), "--out", str(out)])
    module.main()
    shipped = files("beritanlp.resources").joinpath("stem_counts.tsv.gz").read_bytes()
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(shipped)
