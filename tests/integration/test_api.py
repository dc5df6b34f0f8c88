"""Public API, article record, bad input, serialisation and multiprocessing."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

import beritanlp
from beritanlp.record import Article

RECORD_KEYS = ["id", "title", "date", "officials", "agencies", "places", "scores", "dates",
               "entities", "topics", "error"]


@pytest.fixture(scope="module")
def nlp():
    return beritanlp.load()


def test_public_api():
    assert set(beritanlp.__all__) == {"Article", "__version__", "analyze", "analyze_many",
                                      "load", "stem"} | set(beritanlp.__all__) - {
        "Article", "__version__", "analyze", "analyze_many", "load", "stem"}
    assert callable(beritanlp.stem) and callable(beritanlp.analyze)
    assert isinstance(beritanlp.__version__, str)
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    declared = re.search(r'^version = "([^"]+)"', pyproject.read_text(encoding="utf-8"), re.M)
    assert declared is not None and declared.group(1) == beritanlp.__version__


def test_pipeline_has_news_tokenizer_and_components(nlp):
    assert nlp.lang == "id"
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "beritanlp.news_tokenizer.v1"
    assert "beritanlp_sentences" in nlp.pipe_names and "beritanlp_stemmer" in nlp.pipe_names


def test_record_shape_and_json():
    article = beritanlp.analyze("Judul Berita\n\nWarga kota berkumpul di alun-alun.", id="a1")
    record = article.to_dict()
    assert list(record)[: len(RECORD_KEYS)] == RECORD_KEYS
    assert record["id"] == "a1" and record["title"] == "Judul Berita"
    assert record["error"] is None
    json.loads(article.to_json())
    assert Article.from_dict(record).to_dict() == record


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_gives_valid_empty_record(text):
    record = beritanlp.analyze(text).to_dict()
    assert record["error"] is None
    for key in ("officials", "agencies", "places", "scores", "dates", "entities"):
        assert record[key] == []


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["list"]])
def test_non_str_raises_type_error_naming_the_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        beritanlp.analyze(bad)


def test_analyze_many_keeps_order_and_reports_bad_items():
    items = ["Satu.", 7, {"id": "x", "title": "Judul", "text": "Isi berita."},
             {"id": "y", "text": None}, ""]
    records = [a.to_dict() for a in beritanlp.analyze_many(items)]
    assert len(records) == len(items)
    assert records[0]["error"] is None
    assert "int" in records[1]["error"]
    assert records[2]["id"] == "x" and records[2]["title"] == "Judul" and not records[2]["error"]
    assert records[3]["id"] == "y" and records[3]["error"] == "text field 'text' is null"
    assert records[4]["error"] is None


def test_text_over_max_length_is_an_error_record(nlp):
    small = beritanlp.load(exclude=[n for n in nlp.pipe_names if n != "beritanlp_sentences"])
    small.max_length = 100
    record = beritanlp.analyze("kata " * 50, nlp=small).to_dict()
    assert "too long" in record["error"]


# An invented regional report (written for this test), repeated to a 5 MB article.
HUGE_HEADLINE = "Kota Bogor Raih Nilai SPI 74,21 dari KPK\n\n"
HUGE_PARAGRAPH = (
    "Bogor, Senin (3/6/2024) - Pemerintah Kota Bogor menerima hasil Survei Penilaian Integritas "
    "(SPI) dari Komisi Pemberantasan Korupsi (KPK) dengan nilai 74,21 poin. Wali Kota Bogor "
    "Ahmad Suryadi mengatakan capaian itu menjadi bahan evaluasi bagi seluruh perangkat daerah. "
    "Menurut dia, pelayanan perizinan, pengadaan barang dan jasa, serta pengelolaan keuangan "
    "masih perlu dibenahi agar warga merasakan perubahan yang nyata. Ia meminta para kepala dinas "
    "membuka ruang pengaduan yang mudah dijangkau, menindaklanjuti setiap laporan dengan cepat, "
    "dan mengumumkan hasilnya kepada masyarakat secara berkala. Sejumlah warga yang ditemui di "
    "balai kota menyambut baik langkah tersebut. Mereka berharap antrean di loket pelayanan "
    "semakin pendek dan biaya pengurusan dokumen tetap sesuai aturan yang berlaku.\n\n"
)


def _check_huge_article(nlp):
    """Analyse a >= 5,000,000-character article; its facts must reach its last paragraph."""
    paragraphs = (5_000_000 - len(HUGE_HEADLINE)) // len(HUGE_PARAGRAPH) + 1
    text = HUGE_HEADLINE + HUGE_PARAGRAPH * paragraphs
    assert len(text) >= 5_000_000
    record = beritanlp.analyze(text, nlp=nlp).to_dict()
    assert record["error"] is None
    last = len(text) - len(HUGE_PARAGRAPH)  # where the last paragraph starts

    def one(facts, **fields):
        found = [f for f in facts if all(f[k] == v for k, v in fields.items())]
        assert len(found) == 1, (fields, facts[:5])
        return found[0]

    # Every paragraph names KPK, Kota Bogor and its mayor: mentions run to the end of the text.
    for fact in (one(record["agencies"], id="kpk"), one(record["places"], code="32.71"),
                 one(record["officials"], name="Ahmad Suryadi")):
        assert len(fact["mentions"]) >= paragraphs
        assert max(start for start, _ in fact["mentions"]) >= last
    one(record["scores"], metric="SPI", value=74.21)
    assert len(record["dates"]) >= paragraphs
    assert max(d["start"] for d in record["dates"]) >= last


def test_five_megabyte_article_is_processed(nlp):
    # The full default pipeline: the NER tags a doc this long piece by piece
    # (beritanlp.components.ner), so the run stays under 1 GB (about 60 s on a 2-core dev machine).
    tokens = len(nlp.make_doc(HUGE_PARAGRAPH)) * (5_000_000 // len(HUGE_PARAGRAPH))
    assert tokens > 10 * nlp.get_pipe("ner").max_tokens  # many pieces
    _check_huge_article(nlp)


def test_to_disk_then_spacy_load_without_importing_beritanlp(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    code = (
        "import spacy, sys, json\n"
        f"nlp = spacy.load({str(tmp_path / 'pipe')!r})\n"
        "doc = nlp('Warga Bekasi meningkatkan pelayanan (16/5/2024). Nilainya 70,55.')\n"
        "print(json.dumps({'pipes': nlp.pipe_names, 'tokens': [t.text for t in doc],\n"
        "  'stems': [t._.stem for t in doc], 'sents': len(list(doc.sents))}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    doc = nlp("Warga Bekasi meningkatkan pelayanan (16/5/2024). Nilainya 70,55.")
    assert loaded["pipes"] == nlp.pipe_names
    assert loaded["tokens"] == [t.text for t in doc]
    assert loaded["stems"] == [t._.stem for t in doc]
    assert loaded["sents"] == 2


def test_pipe_n_process_2_matches_single_process(nlp, shared_data):
    seed = (shared_data / "seed" / "spi_pangkalpinang_2024.txt").read_text(encoding="utf-8")
    texts = [seed, "Warga Bekasi berkumpul.", "", seed.split("\n\n", 1)[1]]
    one = [a.to_dict() for a in beritanlp.analyze_many(texts, n_process=1, nlp=nlp)]
    two = [a.to_dict() for a in beritanlp.analyze_many(texts, n_process=2, batch_size=1, nlp=nlp)]
    assert one == two
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [[t._.stem for t in d] for d in docs] == [[t._.stem for t in nlp(x)] for x in texts]


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_analyze_many_with_a_start_method_that_pickles_the_pipeline(nlp, method, monkeypatch):
    # macOS and Windows spawn, Python 3.14 on Linux defaults to forkserver: the pipeline
    # travels to the workers pickled instead of copied by fork
    import multiprocessing

    from beritanlp import runner

    context, asked = multiprocessing.get_context(method), []

    def get_context(*args: str) -> multiprocessing.context.BaseContext:
        asked.append(args)
        return context

    monkeypatch.setattr(runner.multiprocessing, "get_context", get_context)
    texts = ["Bupati Lembah Hijau Rudi Hartawan membuka pasar di Kecamatan Sukamaju.",
             "Warga Bekasi berkumpul di alun-alun.", ""]
    one = [a.to_dict() for a in beritanlp.analyze_many(texts, n_process=1, nlp=nlp)]
    two = [a.to_dict() for a in beritanlp.analyze_many(texts, n_process=2, batch_size=1, nlp=nlp)]
    assert asked and one == two


def test_unknown_component_name_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown component"):
        beritanlp.load(exclude=["no_such_component"])


def test_spacy_load_of_blank_config_uses_news_tokenizer():
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {
        "@tokenizers": "beritanlp.news_tokenizer.v1"}}})
    assert [t.text for t in nlp("(16/5/2024)")] == ["(", "16/5/2024", ")"]


def test_analyze_many_survives_bad_unicode_and_failing_components():
    from spacy.language import Language

    @Language.component("test_fails_on_marker")
    def fails_on_marker(doc):
        if "MELEDAK" in doc.text:
            raise RuntimeError("boom")
        return doc

    nlp = beritanlp.load(exclude=["beritanlp_topics"])
    nlp.add_pipe("test_fails_on_marker")
    texts = ["Warga berkumpul.", "\ud800 rusak", "Ini MELEDAK sekarang.", "Setelahnya aman."]
    records = [a.to_dict() for a in beritanlp.analyze_many(texts, nlp=nlp, batch_size=2)]
    assert len(records) == 4
    assert records[0]["error"] is None and records[3]["error"] is None
    assert "Unicode" in records[1]["error"] and records[1]["id"]
    assert "RuntimeError: boom" in records[2]["error"]


def test_every_component_pickles(nlp):
    # Spawned worker processes (macOS, Windows, forkserver) pickle the pipeline's components.
    import pickle

    for name, component in nlp.pipeline:
        copy = pickle.loads(pickle.dumps(component))
        assert type(copy) is type(component), name
    stemmer = nlp.get_pipe("beritanlp_stemmer").stemmer
    assert pickle.loads(pickle.dumps(stemmer)).stem("meningkatkan") == "tingkat"


def test_each_load_gets_its_own_ner():
    a, b = beritanlp.load(), beritanlp.load()
    assert a.get_pipe("ner") is not b.get_pipe("ner")


def _pipeline_raising(name, error_type, message):
    """A blank pipeline whose one component ``name`` raises ``error_type(message)`` on any text."""
    from spacy.language import Language

    from beritanlp.pipeline import blank

    if not Language.has_factory(name):
        def fail(doc):
            raise error_type(message)

        Language.component(name, func=fail)
    nlp = blank()
    nlp.add_pipe(name)
    return nlp


def test_a_pipeline_failing_on_every_text_gives_error_records_not_a_crash():
    nlp = _pipeline_raising("test_always_fails", ValueError, "rusak")
    records = list(beritanlp.analyze_many(["Satu.", {"id": "b", "text": "Dua."}], nlp=nlp))
    assert [r.error for r in records] == ["pipeline error: ValueError: rusak"] * 2
    assert records[1].id == "b"


def test_an_error_record_names_the_key_error_spacy_rewraps():
    # spaCy re-raises a component's KeyError as "[E109] ... could not be run. Did you forget to
    # call initialize()?": the record also names the KeyError, the error that happened
    nlp = _pipeline_raising("test_key_error", KeyError, "juni\u0307")
    [record] = beritanlp.analyze_many(["Satu."], nlp=nlp)
    assert record.error.startswith("pipeline error: ValueError: [E109]")
    assert record.error.endswith("(from KeyError: 'juni\u0307')")


def test_a_headline_in_capitals_does_not_name_the_records() -> None:
    """Some newsrooms write headlines in capitals: records take the body's spelling."""
    text = ("BANJIR RENDAM KOTA DEPOK DAN KABUPATEN BOGOR\n\nBanjir merendam ratusan rumah di "
            "Kota Depok, Jawa Barat. Warga Kabupaten Bogor mengungsi. KEMENPORA ikut membantu, "
            "kata pejabat Kemenpora.")
    record = beritanlp.analyze(text).to_dict()
    assert [p["name"] for p in record["places"]] == ["Kota Depok", "Kabupaten Bogor", "Jawa Barat"]
    assert [(a["name"], a["acronym"]) for a in record["agencies"]] == [("Kemenpora", "Kemenpora")]
