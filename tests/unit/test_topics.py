"""Topic classifier: training, storage without pickle, refusal of foreign files, component, CLI."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import spacy

import beritanlp.components.topics  # noqa: F401  (registers the factory)
from beritanlp.topics.classifier import (
    ModelFormatError,
    TopicClassifier,
    load_classifier,
    normalise_tokens,
    tokenize,
)
from beritanlp.topics.train import (
    evaluate_topics,
    fit_topics,
    format_scores,
    near_duplicate_groups,
    train_topics,
)

# Small hand-written news-style corpus (written for these tests).
EKONOMI = [
    "Harga cabai rawit di pasar induk naik tajam menjelang akhir pekan.",
    "Bank sentral mempertahankan suku bunga acuan untuk menjaga inflasi.",
    "Nilai tukar rupiah melemah terhadap dolar pada perdagangan sore ini.",
    "Pemerintah menaikkan target penerimaan pajak tahun depan.",
    "Ekspor kelapa sawit turun karena permintaan pasar global melambat.",
    "Indeks harga saham gabungan ditutup menguat di bursa efek.",
    "Inflasi bulanan tercatat rendah berkat pasokan beras yang cukup.",
    "Investor asing kembali membeli saham perbankan di bursa.",
]
OLAHRAGA = [
    "Tim nasional menang dua gol tanpa balas atas tamunya di stadion.",
    "Pelatih memanggil tiga pemain muda untuk laga uji coba pekan depan.",
    "Pebulu tangkis tunggal putra melaju ke final turnamen terbuka.",
    "Klub ibu kota memecat pelatihnya setelah kalah lima kali beruntun.",
    "Penyerang andalan mencetak gol kemenangan di menit akhir pertandingan.",
    "Atlet angkat besi meraih medali emas pada kejuaraan dunia.",
    "Liga sepak bola putri kembali bergulir dengan delapan klub peserta.",
    "Pemain sayap itu cedera lutut dan absen hingga akhir musim.",
]
KESEHATAN = [
    "Dinas kesehatan mengimbau warga mewaspadai demam berdarah di musim hujan.",
    "Rumah sakit daerah menambah ruang rawat untuk pasien anak.",
    "Dokter menyarankan tidur cukup dan olahraga ringan untuk menjaga jantung.",
    "Puskesmas menggelar imunisasi campak gratis bagi balita.",
    "Kasus diare meningkat setelah banjir merendam permukiman warga.",
    "Perawat dan bidan mendapat pelatihan penanganan gizi buruk.",
    "Obat batuk sirup ditarik dari apotek karena cemaran berbahaya.",
    "Vaksin influenza tersedia di klinik dan rumah sakit swasta.",
]

SMALL = {"n_features": 2**16, "min_df": 1, "calibration_folds": 3, "epochs": 30}


def small_corpus() -> tuple[list[str], list[list[str]]]:
    texts = EKONOMI + OLAHRAGA + KESEHATAN
    labels = [["ekonomi"]] * 8 + [["olahraga"]] * 8 + [["kesehatan"]] * 8
    return texts, labels


@pytest.fixture(scope="module")
def small_model() -> TopicClassifier:
    texts, labels = small_corpus()
    return fit_topics(texts, labels, settings=SMALL)


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


UNSEEN = [
    "Harga beras naik dan rupiah melemah terhadap dolar.",
    "Gol di menit akhir membawa tim tamu ke final.",
    "Warga diminta mewaspadai demam berdarah, kata dokter puskesmas.",
    "",
]


# -- features -----------------------------------------------------------------------------


def test_tokenize_keeps_words_and_reduplication_drops_numbers() -> None:
    assert tokenize("Anak-anak SD (16/5/2024) membaca 70,55 buku.") == [
        "anak-anak", "sd", "membaca", "buku",
    ]


def test_token_lists_give_the_same_features_as_text(small_model: TopicClassifier) -> None:
    text = "Harga cabai naik, kata pedagang di pasar (16/5/2024)."
    tokens = ["Harga", "cabai", "naik", ",", "kata", "pedagang", "di", "pasar", "(", "16/5/2024",
              ")", "."]
    assert normalise_tokens(tokens) == tokenize(text)
    np.testing.assert_array_equal(
        small_model.predict_proba([text]), small_model.predict_proba([tokens])
    )


# -- single-label model -------------------------------------------------------------------


def test_small_model_learns_and_is_calibrated(small_model: TopicClassifier) -> None:
    assert small_model.labels == ["ekonomi", "kesehatan", "olahraga"]
    proba = small_model.predict_proba(UNSEEN)
    assert proba.shape == (4, 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert ((proba >= 0) & (proba <= 1)).all()
    assert small_model.predict(UNSEEN[:3]) == ["ekonomi", "olahraga", "kesehatan"]
    cats = small_model.cats(UNSEEN[:1])[0]
    assert set(cats) == set(small_model.labels) and all(type(v) is float for v in cats.values())


def test_bad_documents_raise_a_clear_error_before_predicting(
    small_model: TopicClassifier,
) -> None:
    with pytest.raises(TypeError, match="position 1"):
        small_model.predict_proba(["harga naik", None, "gol"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not one str"):
        small_model.predict_proba("harga naik")


def _in_fresh_process(folder: Path, output: str) -> Any:
    """Load the model saved in ``folder`` in a new Python process (``m``), predict ``UNSEEN``
    (``texts``) there, and return the JSON of the ``output`` expression."""
    script = (
        "import json, sys\n"
        "from beritanlp.topics.classifier import load_classifier\n"
        "m = load_classifier(sys.argv[1])\n"
        "texts = json.loads(sys.stdin.read())\n"
        f"print(json.dumps({output}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(folder)],
                            input=json.dumps(UNSEEN), capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_round_trip_in_a_fresh_process_gives_identical_probabilities(
    small_model: TopicClassifier, tmp_path: Path
) -> None:
    folder = small_model.save(tmp_path / "model")
    assert sorted(p.name for p in folder.iterdir()) == ["arrays.npz", "model.json"]
    fresh = _in_fresh_process(
        folder, "{'labels': m.labels, 'proba': m.predict_proba(texts).tolist()}")
    assert fresh["labels"] == small_model.labels
    # JSON floats round-trip exactly (repr), so this is bit-for-bit equality.
    assert fresh["proba"] == small_model.predict_proba(UNSEEN).tolist()


# -- refusing other formats ---------------------------------------------------------------


def _saved(model: TopicClassifier, tmp_path: Path) -> Path:
    return model.save(tmp_path / "m")


def _edit_meta(folder: Path, **changes: object) -> None:
    meta = json.loads((folder / "model.json").read_text("utf-8"))
    meta.update(changes)
    (folder / "model.json").write_text(json.dumps(meta), "utf-8")


def test_refuses_another_format_version(small_model: TopicClassifier, tmp_path: Path) -> None:
    folder = _saved(small_model, tmp_path)
    assert json.loads((folder / "model.json").read_text("utf-8"))["format_version"] == 3
    for odd in (True, 3.0, "3"):  # equal to a readable version, but not an int
        _edit_meta(folder, format_version=odd)
        with pytest.raises(ModelFormatError, match="version"):
            load_classifier(folder)
    _edit_meta(folder, format_version=4)
    with pytest.raises(ModelFormatError, match="version 4"):
        load_classifier(folder)


def test_reads_a_version_1_model(small_model: TopicClassifier, tmp_path: Path) -> None:
    # Version 1 had no domain arrays; a model without domains is stored the same way.
    folder = _saved(small_model, tmp_path)
    _edit_meta(folder, format_version=1)
    reloaded = load_classifier(folder)
    assert reloaded.domains == []
    assert reloaded.predict_proba(UNSEEN).tolist() == small_model.predict_proba(UNSEEN).tolist()


def test_refuses_another_format_name(small_model: TopicClassifier, tmp_path: Path) -> None:
    folder = _saved(small_model, tmp_path)
    _edit_meta(folder, format="sklearn-pickle")
    with pytest.raises(ModelFormatError, match="sklearn-pickle"):
        load_classifier(folder)


def test_refuses_changed_arrays_and_missing_files(
    small_model: TopicClassifier, tmp_path: Path
) -> None:
    folder = _saved(small_model, tmp_path)
    arrays = folder / "arrays.npz"
    arrays.write_bytes(arrays.read_bytes()[:-10] + b"0123456789")
    with pytest.raises(ModelFormatError, match="checksum"):
        load_classifier(folder)
    arrays.unlink()
    with pytest.raises(ModelFormatError, match="arrays.npz is missing"):
        load_classifier(folder)
    with pytest.raises(ModelFormatError, match="model.json is missing"):
        load_classifier(tmp_path / "nothing-here")


def test_refuses_a_different_hashing(small_model: TopicClassifier, tmp_path: Path) -> None:
    folder = _saved(small_model, tmp_path)
    meta = json.loads((folder / "model.json").read_text("utf-8"))
    meta["features"]["fingerprint"]["pemerintah"] += 1
    (folder / "model.json").write_text(json.dumps(meta), "utf-8")
    with pytest.raises(ModelFormatError, match="hashes features differently"):
        load_classifier(folder)


# -- domain-aware models (a training-only domain field such as the publisher) ------------


#: A made-up publisher per article of :func:`small_corpus` (two "publishers", alternating).
DOMAINS = ["harian", "mingguan"] * 12


@pytest.fixture(scope="module")
def domain_model() -> TopicClassifier:
    texts, labels = small_corpus()
    return fit_topics(texts, labels, settings={**SMALL, "domain_min_df": 1,
                                               "domain_predictor_min_df": 1}, domains=DOMAINS)


def test_domain_model_predicts_from_text_alone(domain_model: TopicClassifier) -> None:
    assert domain_model.domains == ["harian", "mingguan"]
    assert len(domain_model.block_index) > 0
    proba = domain_model.predict_proba(UNSEEN)
    assert proba.shape == (4, 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert domain_model.predict(UNSEEN[:3]) == ["ekonomi", "olahraga", "kesehatan"]
    assert set(domain_model.predict_domains(UNSEEN)) <= {"harian", "mingguan"}


def test_domain_model_mixes_the_domains_weights_by_a_softmax(
    domain_model: TopicClassifier,
) -> None:
    m = domain_model
    assert m.domain_temperature == 0.2  # the training default
    features = m.transform(UNSEEN)
    shared = np.asarray(features @ m.coef.T) + m.intercept
    domain_scores = (
        np.asarray(features[:, m.domain_index] @ m.domain_coef.T) + m.domain_intercept
    )
    weights = np.exp(domain_scores / m.domain_temperature)
    weights /= weights.sum(axis=1, keepdims=True)
    expected = shared.copy()
    for d in range(len(m.domains)):
        part = slice(m.block_offsets[d], m.block_offsets[d + 1])
        extra = np.asarray(features[:, m.block_index[part]] @ m.block_coef[:, part].T)
        expected += weights[:, [d]] * extra
    np.testing.assert_allclose(m.decision_function(features), expected, rtol=1e-5, atol=1e-6)
    # A very low temperature is the top domain's weights alone (temperature 0).
    sharp = dataclasses.replace(m, domain_temperature=1e-6)
    argmax = dataclasses.replace(m, domain_temperature=0.0)
    np.testing.assert_allclose(sharp.decision_function(features),
                               argmax.decision_function(features), rtol=1e-5, atol=1e-6)


def test_domain_temperature_is_stored_and_versions_2_reads_as_argmax(
    domain_model: TopicClassifier, tmp_path: Path
) -> None:
    folder = domain_model.save(tmp_path / "model")
    meta = json.loads((folder / "model.json").read_text("utf-8"))
    assert meta["domain_weighting"] == {"rule": "softmax", "temperature": 0.2}
    assert load_classifier(folder).domain_temperature == 0.2
    # Version 2 had no domain_weighting: the top domain's weights only.
    _edit_meta(folder, format_version=2, domain_weighting=None)
    old = load_classifier(folder)
    argmax = dataclasses.replace(domain_model, domain_temperature=0.0)
    assert old.domain_temperature == 0.0
    assert old.predict_proba(UNSEEN).tolist() == argmax.predict_proba(UNSEEN).tolist()
    _edit_meta(folder, format_version=3, domain_weighting={"rule": "vote"})
    with pytest.raises(ModelFormatError, match="unknown domain_weighting rule 'vote'"):
        load_classifier(folder)
    _edit_meta(folder, domain_weighting={"rule": "softmax", "temperature": -1})
    with pytest.raises(ModelFormatError, match="temperature"):
        load_classifier(folder)
    _edit_meta(folder, domain_weighting=None)
    with pytest.raises(ModelFormatError, match="lacks a required field"):
        load_classifier(folder)


def test_domain_model_adds_the_predicted_domains_weights(domain_model: TopicClassifier) -> None:
    # Temperature 0 (format version 2's rule): the predicted domain's weights only.
    m = dataclasses.replace(domain_model, domain_temperature=0.0)
    features = m.transform(UNSEEN)
    shared = np.asarray(features @ m.coef.T) + m.intercept
    scores = m.decision_function(features)
    for row, domain in enumerate(m.predict_domains(UNSEEN)):
        d = m.domains.index(domain)
        part = slice(m.block_offsets[d], m.block_offsets[d + 1])
        extra = features[row][:, m.block_index[part]] @ m.block_coef[:, part].T
        np.testing.assert_allclose(scores[row], shared[row] + np.ravel(extra), rtol=1e-5,
                                   atol=1e-6)


def test_domain_model_round_trip_in_a_fresh_process(
    domain_model: TopicClassifier, tmp_path: Path
) -> None:
    folder = domain_model.save(tmp_path / "model")
    meta = json.loads((folder / "model.json").read_text("utf-8"))
    assert meta["format_version"] == 3 and meta["domains"] == ["harian", "mingguan"]
    fresh = _in_fresh_process(
        folder, "{'domains': m.predict_domains(texts), 'proba': m.predict_proba(texts).tolist()}")
    assert fresh["domains"] == domain_model.predict_domains(UNSEEN)
    assert fresh["proba"] == domain_model.predict_proba(UNSEEN).tolist()


def test_domain_model_refuses_inconsistent_domain_arrays(
    domain_model: TopicClassifier, tmp_path: Path
) -> None:
    folder = domain_model.save(tmp_path / "model")
    _edit_meta(folder, domains=["harian", "mingguan", "bulanan"])  # arrays are for two domains
    with pytest.raises(ModelFormatError, match="domain"):
        load_classifier(folder)
    _edit_meta(folder, domains=[])  # no domain arrays are read: a plain model
    plain = load_classifier(folder)
    assert plain.domains == []
    with pytest.raises(ValueError, match="without domains"):
        plain.predict_domains(UNSEEN)


def test_domain_training_needs_two_domains_one_per_article() -> None:
    texts, labels = small_corpus()
    with pytest.raises(ValueError, match="at least two domains"):
        fit_topics(texts, labels, settings=SMALL, domains=["satu"] * 24)
    with pytest.raises(ValueError, match="23 domains"):
        fit_topics(texts, labels, settings=SMALL, domains=DOMAINS[:23])


def test_cli_domain_field_is_opt_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from beritanlp.cli import main as cli_main

    def main(argv: list[str]) -> int:  # `beritanlp train|evaluate topics ...`
        return cli_main([argv[0], "topics", *argv[1:]])

    texts, labels = small_corpus()
    rows = [{"text": t, "label": lab[0], "source": d}
            for t, lab, d in zip(texts, labels, DOMAINS, strict=True)]
    data = write_jsonl(tmp_path / "train.jsonl", rows)
    common = ["train", str(data), "--min-df", "1", "--cv", "3"]
    assert main([*common, "--out", str(tmp_path / "plain")]) == 0
    assert "domain predicted" not in capsys.readouterr().out
    assert load_classifier(tmp_path / "plain").domains == []
    assert main([*common, "--out", str(tmp_path / "aware"), "--domain-field", "source"]) == 0
    assert "domain predicted correctly" in capsys.readouterr().out
    aware = load_classifier(tmp_path / "aware")
    assert aware.domains == ["harian", "mingguan"]
    assert aware.info["data"]["domain_field"] == "source"
    # Prediction reads text only: evaluation data without the domain field works.
    unlabelled_domain = write_jsonl(tmp_path / "eval.jsonl",
                                    [{"text": t, "label": lab[0]}
                                     for t, lab in zip(texts, labels, strict=True)])
    assert evaluate_topics(tmp_path / "aware", unlabelled_domain).n == 24
    missing = write_jsonl(tmp_path / "missing.jsonl", [{"text": "x", "label": "ekonomi"}])
    with pytest.raises(SystemExit, match="'source' is missing"):
        main(["train", str(missing), "--out", str(tmp_path / "m"), "--domain-field", "source"])


# -- multi-label --------------------------------------------------------------------------


def test_multi_label_gives_independent_probabilities(tmp_path: Path) -> None:
    texts = EKONOMI + OLAHRAGA + KESEHATAN + [
        "Sponsor klub sepak bola menanam modal di bursa saham.",
        "Harga tiket pertandingan final naik dua kali lipat.",
        "Pemain cedera dirawat di rumah sakit setelah laga.",
        "Atlet menjalani pemeriksaan jantung oleh dokter tim.",
        "Anggaran rumah sakit daerah dipangkas karena penerimaan pajak turun.",
        "Harga obat naik mengikuti pelemahan rupiah.",
    ]
    labels = (
        [["ekonomi"]] * 8 + [["olahraga"]] * 8 + [["kesehatan"]] * 8
        + [["ekonomi", "olahraga"]] * 2 + [["kesehatan", "olahraga"]] * 2
        + [["ekonomi", "kesehatan"]] * 2
    )
    rows = [{"title": "", "text": t, "tags": lab} for t, lab in zip(texts, labels, strict=True)]
    data = write_jsonl(tmp_path / "multi.jsonl", rows)
    model, _ = train_topics(data, label_field="tags", out=tmp_path / "multi", multi_label=True,
                            settings=SMALL)
    reloaded = load_classifier(tmp_path / "multi")
    assert reloaded.multi_label and reloaded.labels == ["ekonomi", "kesehatan", "olahraga"]
    proba = reloaded.predict_proba(["Harga tiket laga sepak bola naik, saham klub menguat."])
    assert proba.shape == (1, 3)
    assert not np.isclose(proba.sum(), 1.0)  # independent sigmoids, not a distribution
    both = reloaded.predict(["Harga saham klub naik setelah tim menang di final."], threshold=0.3)
    assert "olahraga" in both[0]
    scores = evaluate_topics(tmp_path / "multi", data, label_field="tags")
    assert scores.multi_label and set(scores.confusion) == set(reloaded.labels)
    assert "TP" in format_scores(scores)


def test_single_label_data_with_lists_is_refused(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "d.jsonl", [{"text": "x", "label": ["a", "b"]}])
    with pytest.raises(ValueError, match="multi_label=True"):
        train_topics(data, out=tmp_path / "m")


# -- near-duplicate groups ----------------------------------------------------------------


def test_near_duplicates_share_a_group() -> None:
    body = " ".join(EKONOMI + OLAHRAGA)
    texts = [body, body.replace("tajam", "tinggi"), " ".join(KESEHATAN + OLAHRAGA[:2]), "x"]
    titles = ["Harga naik", "Lain judul", "Judul ketiga", "HARGA naik!"]
    groups = near_duplicate_groups(texts, titles)
    assert groups[0] == groups[1] == groups[3]
    assert groups[2] != groups[0]


# -- spaCy component ----------------------------------------------------------------------


def test_component_writes_cats_and_saves_with_the_pipeline(
    small_model: TopicClassifier, tmp_path: Path
) -> None:
    folder = small_model.save(tmp_path / "model")
    nlp = spacy.blank("id")
    nlp.add_pipe("beritanlp_topics", config={"model": str(folder)})
    text = UNSEEN[0]
    doc = nlp(text)
    expected = small_model.predict_proba([text])[0]
    assert list(doc.cats) == small_model.labels
    np.testing.assert_array_equal(list(doc.cats.values()), expected)
    piped = list(nlp.pipe(UNSEEN, batch_size=2))
    assert [d.cats for d in piped] == small_model.cats(UNSEEN)

    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "beritanlp_topics" / "arrays.npz").is_file()
    # The saved pipeline must not depend on the original folder.
    shutil.rmtree(folder)
    again = spacy.load(tmp_path / "pipeline")
    assert again(text).cats == doc.cats


def test_component_rejects_a_folder_that_is_not_a_model(tmp_path: Path) -> None:
    (tmp_path / "model.json").write_text('{"format": "other"}', "utf-8")
    nlp = spacy.blank("id")
    with pytest.raises(ModelFormatError):
        nlp.add_pipe("beritanlp_topics", config={"model": str(tmp_path)})


# -- CLI ----------------------------------------------------------------------------------


def test_cli_train_and_evaluate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from beritanlp.cli import main as cli_main

    def main(argv: list[str]) -> int:  # `beritanlp train|evaluate topics ...`
        return cli_main([argv[0], "topics", *argv[1:]])

    texts, labels = small_corpus()
    rows = [{"judul": "", "isi": t, "kategori": lab[0]} for t, lab in zip(texts, labels,
                                                                         strict=True)]
    data = write_jsonl(tmp_path / "train.jsonl", rows)
    out = tmp_path / "model"
    assert main(["train", str(data), "--text-field", "isi", "--label-field", "kategori",
                 "--title-field", "judul", "--out", str(out), "--min-df", "1",
                 "--alpha", "1e-4"]) == 0
    settings = json.loads((out / "model.json").read_text("utf-8"))["info"]["settings"]
    assert settings["alpha"] == 1e-4 and settings["min_df"] == 1
    assert main(["evaluate", str(out), str(data), "--text-field", "isi", "--label-field",
                 "kategori", "--json"]) == 0
    printed = capsys.readouterr().out
    scores = json.loads(printed[printed.index("{"):])
    assert set(scores["per_label"]) == {"ekonomi", "kesehatan", "olahraga"}
    assert len(scores["confusion"]) == 3 and scores["n"] == 24


# -- the shipped model --------------------------------------------------------------------


def test_shipped_model_loads_and_covers_the_rubrik_labels() -> None:
    from beritanlp.topics.shipped import load_default_classifier

    model = load_default_classifier()
    assert model.labels == sorted([
        "nasional", "daerah", "internasional", "ekonomi", "olahraga", "hiburan", "gaya-hidup",
        "teknologi", "otomotif",
    ])
    assert not model.multi_label
    cv = model.info["cross_validation"]
    assert cv["extra"]["folds"] == 5


def test_seed_article_top_topic_is_nasional_or_daerah(shared_data: Path) -> None:
    from beritanlp.topics.shipped import load_default_classifier

    text = (shared_data / "seed" / "spi_pangkalpinang_2024.txt").read_text("utf-8")
    cats = load_default_classifier().cats([text])[0]
    assert max(cats, key=cats.__getitem__) in {"nasional", "daerah"}


def test_macro_f1_ignores_labels_absent_from_gold_and_predictions() -> None:
    from beritanlp.topics.train import score_predictions

    gold = np.array([[1, 0, 0], [1, 0, 0], [0, 1, 0]], dtype=bool)
    predicted = np.array([[1, 0, 0], [0, 1, 0], [0, 1, 0]], dtype=bool)
    scores = score_predictions(gold, predicted, ["a", "b", "c"], multi_label=False)
    assert scores.per_label["a"]["recall"] == 0.5 and scores.per_label["b"]["precision"] == 0.5
    assert scores.macro_f1 == pytest.approx((2 / 3 + 2 / 3) / 2)
    assert scores.confusion == [[1, 1, 0], [0, 1, 0], [0, 0, 0]]
    assert "confusion" in format_scores(scores)


def test_feature_hasher_matches_scikit_learn() -> None:
    import random
    import string

    from sklearn.utils import murmurhash3_32 as sk_murmur

    from beritanlp.topics import hashing
    from beritanlp.topics.classifier import NgramAnalyzer, hashing_vectorizer
    from beritanlp.topics.hashing import FeatureHasher

    rng = random.Random(7)
    alphabet = string.ascii_letters + "éñ -日"
    terms = ["", "a", "ab", "abc", "abcd", "pemerintah", "wali kota", "kédai kopi",
             "\U0001f600 x"] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(3000)]
    assert all(hashing.term_hash(t) == sk_murmur(t.encode(), seed=0) for t in terms)
    docs = [[rng.choice(terms[:200]) for _ in range(rng.randint(0, 40))] for _ in range(150)]
    theirs = hashing_vectorizer(2**20, 2).transform(docs).tocsr()
    theirs.sort_indices()
    ours = FeatureHasher(2**20, NgramAnalyzer(2)).transform(docs)
    assert np.array_equal(theirs.indptr, ours.indptr)
    assert np.array_equal(theirs.indices, ours.indices)
    assert np.array_equal(theirs.data, ours.data)
    assert all(
        hashing.hashed_column(t, 2**20) == abs(sk_murmur(t.encode(), seed=0)) % 2**20
        for t in terms
    )
    empty = FeatureHasher(2**20, NgramAnalyzer(2)).transform([[], []])
    assert empty.shape == (2, 2**20) and empty.nnz == 0


def test_small_and_large_batches_give_identical_probabilities() -> None:
    from beritanlp.topics.shipped import default_model_path

    model = load_classifier(default_model_path())
    texts = [f"Pemerintah kota {i} menggelar rapat anggaran dan pertandingan sepak bola ke-{i}"
             for i in range(266)]
    big = model.predict_proba(texts)
    small = np.vstack([model.predict_proba(texts[i:i + 10]) for i in range(0, len(texts), 10)])
    assert np.array_equal(big, small)


def test_refuses_a_domain_index_naming_a_column_twice(domain_model: TopicClassifier) -> None:
    index = domain_model.domain_index.copy()
    assert len(index) >= 2
    index[1] = index[0]
    with pytest.raises(ModelFormatError, match="twice"):
        dataclasses.replace(domain_model, domain_index=index)


# -- tampered model files (issue 18, defect 7) --------------------------------------------


def _tamper(folder: Path, **arrays: np.ndarray) -> None:
    """Replace arrays in ``arrays.npz`` and update the checksum, as a careful tamperer would."""
    import io

    with np.load(folder / "arrays.npz", allow_pickle=False) as npz:
        stored = {name: npz[name] for name in npz.files}
    stored.update(arrays)
    buffer = io.BytesIO()
    np.savez(buffer, **stored)
    _write_arrays(folder, buffer.getvalue())


def _write_arrays(folder: Path, blob: bytes) -> None:
    import hashlib

    (folder / "arrays.npz").write_bytes(blob)
    meta = json.loads((folder / "model.json").read_text("utf-8"))
    meta["arrays"]["sha256"] = hashlib.sha256(blob).hexdigest()
    (folder / "model.json").write_text(json.dumps(meta), "utf-8")


@pytest.mark.parametrize("cut", [0, 100, -50])
def test_truncated_or_empty_arrays_are_a_model_format_error(
    small_model: TopicClassifier, tmp_path: Path, cut: int
) -> None:
    folder = _saved(small_model, tmp_path)
    _write_arrays(folder, (folder / "arrays.npz").read_bytes()[:cut])
    with pytest.raises(ModelFormatError, match="arrays.npz"):
        load_classifier(folder)


def _bad_arrays(model: TopicClassifier) -> list[tuple[dict[str, np.ndarray], str]]:
    coef = model.coef.astype(np.float32)
    nan, inf, huge = coef.copy(), coef.copy(), coef.copy()
    nan[0, 0], inf[-1, -1], huge[0, 1] = np.nan, np.inf, 1e30
    return [
        ({"coef": nan}, "'coef' .*finite"),
        ({"intercept": np.full(model.intercept.shape, -np.inf)}, "'intercept' .*finite"),
        ({"coef": coef.astype(np.complex64)}, "'coef' .*real"),
        ({"calib_a": np.full(model.calib_a.shape, 1e300)}, "'calib_a' .*1e\\+06"),
        ({"coef": huge}, "'coef' .*1e\\+06"),  # float16 would make it inf silently
        ({"columns": model.columns.astype(np.int64) + 2 ** 40}, "'columns' .*int32"),
        ({"idf": model.idf.astype(str)}, "'idf' .*real"),
    ]


def test_bad_numbers_in_arrays_are_refused_at_load(
    small_model: TopicClassifier, tmp_path: Path
) -> None:
    for i, (arrays, message) in enumerate(_bad_arrays(small_model)):
        folder = _saved(small_model, tmp_path / str(i))
        _tamper(folder, **arrays)
        with pytest.raises(ModelFormatError, match=message):
            load_classifier(folder)


def test_huge_hashing_space_is_refused_before_allocating(
    small_model: TopicClassifier, tmp_path: Path
) -> None:
    from beritanlp.topics.classifier import hash_fingerprint

    folder = _saved(small_model, tmp_path)
    meta = json.loads((folder / "model.json").read_text("utf-8"))
    meta["features"]["n_features"] = 2 ** 31  # 8 GiB of lookup table before the fix
    meta["features"]["fingerprint"] = hash_fingerprint(2 ** 31)
    (folder / "model.json").write_text(json.dumps(meta), "utf-8")
    with pytest.raises(ModelFormatError, match="n_features"):
        load_classifier(folder)


def test_topics_component_validates_the_whole_model_at_load(
    small_model: TopicClassifier, tmp_path: Path
) -> None:
    from beritanlp.components.topics import TopicsComponent

    folder = _saved(small_model, tmp_path)
    _write_arrays(folder, b"")
    with pytest.raises(ModelFormatError, match="arrays.npz"):
        TopicsComponent(None, model=str(folder))  # not on the first document


def test_records_are_strict_json() -> None:
    from beritanlp.record import Article

    with pytest.raises(ValueError, match="JSON"):
        Article(id="a", topics={"x": float("nan")}).to_json()
