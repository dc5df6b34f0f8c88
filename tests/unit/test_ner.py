"""Tests for beritanlp.ner: CoNLL reading, exact-span scoring, title cleanup, the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from beritanlp.lexicons.titles import TitleList, load_titles
from beritanlp.ner.cleanup import is_name_short_form, trim_spans, trim_title_tokens
from beritanlp.ner.conll import (
    ConllFormatError,
    ConllReadStats,
    acronym_of,
    add_acronym_variants,
    conll_to_docbin,
    iob2_to_spans,
    iter_conll_lines,
    map_label,
    read_conll,
    spans_to_iob2,
)
from beritanlp.ner.evaluate import (
    evaluate_ner,
    format_scores,
    predict_spans,
    score_spans,
)

NER_DATA = Path(__file__).resolve().parents[1] / "data" / "ner"


# --- CoNLL reader ---------------------------------------------------------------------------


def test_reads_token_pos_tag_with_crlf() -> None:
    stats = ConllReadStats()
    sentences = read_conll(NER_DATA / "gold_small.txt", stats=stats)
    assert [len(s.tokens) for s in sentences] == [9, 8, 9]
    assert sentences[0].tokens[:3] == ["Gubernur", "Andi", "Suryadi"]
    assert sentences[0].spans() == [(1, 3, "PERSON"), (6, 8, "LOC")]
    assert sentences[2].spans() == [(0, 1, "PERSON"), (3, 4, "LOC"), (6, 7, "ORG"), (7, 8, "LOC")]
    assert stats.sentences == 3 and stats.tokens == 26 and stats.repaired_tags == 0


def test_reads_tab_separated_nergrit_labels() -> None:
    sentences = read_conll(NER_DATA / "pred_small.txt")
    assert sentences[1].spans() == [(0, 3, "ORG"), (5, 6, "PERSON")]
    assert sentences[2].spans() == [(0, 1, "PERSON"), (3, 4, "LOC"), (6, 8, "ORG")]
    assert sentences[0].tags[:3] == ["B-PERSON", "I-PERSON", "I-PERSON"]


def test_a_no_break_space_inside_a_token_is_read_as_the_tokenizer_reads_it() -> None:
    # web text keeps U+00A0 between the words of a name; the news tokenizer reads a plain space
    lines = ["Wali O", "Sinta\u00a0Kirana B-PER", "ke O", "Tanah\u00a0Datar S-LOC", "",
             "Kepala\tO", "\u00a0\tO", "Desa\u2009Sukamaju\tB-LOC", "\u00a0\tI-LOC", "", ]
    first, second = list(iter_conll_lines(lines))
    assert first.tokens == ["Wali", "Sinta", "Kirana", "ke", "Tanah", "Datar"]
    assert first.spans() == [(1, 3, "PERSON"), (4, 6, "LOC")]
    assert second.tokens == ["Kepala", "Desa", "Sukamaju"]
    assert second.spans() == [(1, 3, "LOC")]


def test_a_space_separated_line_splits_columns_at_plain_spaces_only() -> None:
    (sentence,) = list(iter_conll_lines(["Sinta\u00a0Kirana NNP B-PER", "datang VB O"]))
    assert sentence.tokens == ["Sinta", "Kirana", "datang"]  # not "Sinta" alone
    assert sentence.tags == ["B-PERSON", "I-PERSON", "O"]


def test_tab_split_keeps_tokens_with_spaces_and_extra_columns() -> None:
    lines = ["Kota Baru\tPROPN\tX\tB-LOC", "ramai\tADJ\tX\tO", ""]
    (sentence,) = list(iter_conll_lines(lines))
    assert sentence.tokens == ["Kota Baru", "ramai"]
    assert sentence.spans() == [(0, 1, "LOC")]


def test_docstart_blank_runs_and_missing_final_blank_line() -> None:
    lines = ["-DOCSTART- -X- O", "", "", "Ani B-PER", "", "", "Budi B-PER", "pergi O"]
    sentences = list(iter_conll_lines(lines))
    assert [s.tokens for s in sentences] == [["Ani"], ["Budi", "pergi"]]


def test_orphan_inside_tag_starts_a_chunk_and_is_counted() -> None:
    stats = ConllReadStats()
    lines = ["di O", "Kota I-LOC", "Tua I-LOC", "dan O", "Andi I-PER", "Budi B-PER"]
    (sentence,) = list(iter_conll_lines(lines, stats=stats))
    assert sentence.spans() == [(1, 3, "LOC"), (4, 5, "PERSON"), (5, 6, "PERSON")]
    assert sentence.tags == ["O", "B-LOC", "I-LOC", "O", "B-PERSON", "B-PERSON"]
    assert stats.repaired_tags == 2


def test_label_change_inside_a_chunk_splits_it() -> None:
    assert iob2_to_spans(["B-PER", "I-ORG", "I-ORG", "O"]) == [(0, 1, "PER"), (1, 3, "ORG")]


def test_bioes_prefixes() -> None:
    assert iob2_to_spans(["S-LOC", "B-PER", "E-PER", "O"]) == [(0, 1, "LOC"), (1, 3, "PER")]


def test_spans_round_trip() -> None:
    spans = [(0, 2, "PERSON"), (3, 4, "LOC")]
    assert iob2_to_spans(spans_to_iob2(5, spans)) == spans
    with pytest.raises(ValueError):
        spans_to_iob2(3, [(2, 5, "LOC")])


@pytest.mark.parametrize(
    ("label", "expected"),
    [("PER", "PERSON"), ("person", "PERSON"), ("ORGANISATION", "ORG"), ("PLACE", "LOC"),
     ("GPE", "LOC"), ("LOC", "LOC")],
)
def test_label_map(label: str, expected: str) -> None:
    assert map_label(label) == expected


def test_unknown_label_policies() -> None:
    lines = ["Senin B-DATE", "Ani B-PER"]
    assert list(iter_conll_lines(lines, unknown="keep"))[0].spans() == [
        (0, 1, "DATE"),
        (1, 2, "PERSON"),
    ]
    stats = ConllReadStats()
    dropped = list(iter_conll_lines(lines, unknown="drop", stats=stats))[0]
    assert dropped.spans() == [(1, 2, "PERSON")] and dropped.tags[0] == "O"
    assert stats.unknown_labels == {"DATE": 1}
    with pytest.raises(ConllFormatError, match="DATE"):
        list(iter_conll_lines(lines, unknown="error"))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Jakarta", "expected 'token"),
        ("Jakarta B-", "unreadable tag"),
        ("Jakarta LOC", "unreadable"),
        ("\tB-LOC", "empty token"),
    ],
)
def test_malformed_lines_name_file_and_line(line: str, message: str) -> None:
    with pytest.raises(ConllFormatError, match=rf"f\.txt:2: {message}"):
        list(iter_conll_lines(["Ani B-PER", line], source="f.txt"))


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_conll(tmp_path / "nope.txt")


def test_conll_to_docbin_keeps_tokens_and_entities(tmp_path: Path) -> None:
    out = tmp_path / "corpus" / "train.spacy"
    stats = conll_to_docbin([NER_DATA / "gold_small.txt", NER_DATA / "pred_small.txt"], out)
    assert stats.sentences == 6
    nlp = spacy.blank("id")
    docs = list(DocBin().from_disk(out).get_docs(nlp.vocab))
    assert len(docs) == 6
    assert [t.text for t in docs[0]][:3] == ["Gubernur", "Andi", "Suryadi"]
    assert [(e.text, e.label_) for e in docs[0].ents] == [
        ("Andi Suryadi", "PERSON"),
        ("Kabupaten Sleman", "LOC"),
    ]
    assert {e.label_ for d in docs for e in d.ents} == {"PERSON", "ORG", "LOC"}


def test_acronym_of() -> None:
    assert acronym_of(["Badan", "Pusat", "Statistik"]) == "BPS"
    assert acronym_of(["Dewan", "Perwakilan", "Rakyat", "dan", "Daerah"]) == "DPRD"
    assert acronym_of(["Polri"]) is None


def test_acronym_variants_insert_brackets_after_the_first_long_org() -> None:
    lines = ["Kata O", "Badan B-ORG", "Pusat I-ORG", "Statistik I-ORG", "di O", "Bogor B-LOC", ""]
    lines += ["Polri B-ORG", "datang O", ""]
    original, no_long_org = list(iter_conll_lines(lines))
    out = add_acronym_variants([original, no_long_org])
    assert out[:2] == [original, no_long_org] and len(out) == 3
    variant = out[2]
    assert variant.tokens == "Kata Badan Pusat Statistik ( BPS ) di Bogor".split()
    assert variant.spans() == [(1, 4, "ORG"), (5, 6, "ORG"), (8, 9, "LOC")]
    # A name already followed by its bracketed acronym gets no second one.
    assert len(add_acronym_variants([variant])) == 1


# --- exact-span evaluation --------------------------------------------------------------------


def _small_scores():  # type: ignore[no-untyped-def]
    gold = [s.spans() for s in read_conll(NER_DATA / "gold_small.txt")]
    pred = [s.spans() for s in read_conll(NER_DATA / "pred_small.txt")]
    return score_spans(gold, pred)


def test_score_arithmetic_on_hand_made_file() -> None:
    # Worked out by hand: see the comments in the two files' sentences.
    # PERSON: "Rina" right; "Gubernur Andi Suryadi" (wrong start) and "Bandung" wrong;
    #         "Andi Suryadi" missed.                          tp 1, fp 2, fn 1
    # LOC:    "Kabupaten Sleman", "Medan" right; "Bandung", "Sumut" missed.  tp 2, fp 0, fn 2
    # ORG:    "Badan Pusat Statistik" right; "Polda Sumut" too long; "Polda" missed. 1, 1, 1
    scores = _small_scores()
    counts = {k: (v.tp, v.fp, v.fn) for k, v in scores.labels.items()}
    assert counts == {"PERSON": (1, 2, 1), "LOC": (2, 0, 2), "ORG": (1, 1, 1)}
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (4, 3, 4)
    assert scores.labels["PERSON"].precision == pytest.approx(1 / 3)
    assert scores.labels["PERSON"].recall == pytest.approx(1 / 2)
    assert scores.labels["PERSON"].f1 == pytest.approx(0.4)
    assert scores.labels["LOC"].f1 == pytest.approx(2 / 3)
    assert scores.overall.precision == pytest.approx(4 / 7)
    assert scores.overall.recall == pytest.approx(0.5)
    assert scores.overall.f1 == pytest.approx(8 / 15)
    assert scores.overall.support == 8 and scores.sentences == 3


def test_perfect_and_empty_predictions() -> None:
    gold = [[(0, 2, "PERSON")], []]
    perfect = score_spans(gold, gold)
    assert perfect.overall.f1 == 1.0
    nothing = score_spans(gold, [[], []])
    assert (nothing.overall.precision, nothing.overall.recall, nothing.overall.f1) == (0, 0, 0)
    with pytest.raises(ValueError, match="2 gold sentences but 1"):
        score_spans(gold, [[]])


def test_format_scores_table() -> None:
    table = format_scores(_small_scores())
    lines = table.splitlines()
    assert lines[0].split() == ["label", "P", "R", "F1", "tp", "fp", "fn", "gold"]
    assert [line.split()[0] for line in lines[2:5]] == ["LOC", "ORG", "PERSON"]
    assert lines[-1].split() == ["overall", "0.571", "0.500", "0.533", "4", "3", "4", "8"]


def test_scores_to_dict_is_plain_data() -> None:
    data = _small_scores().to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["overall"]["f1"] == pytest.approx(8 / 15)  # type: ignore[index]


@Language.component("_test_ner_from_file")
def _ner_from_file(doc: Doc) -> Doc:
    # Sets doc.ents from the hand-made prediction file, keyed by the sentence's tokens.
    table = {tuple(s.tokens): s.spans() for s in read_conll(NER_DATA / "pred_small.txt")}
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in table[tuple(t.text for t in doc)]]
    return doc


def test_evaluate_ner_runs_a_pipeline_on_the_files_tokens() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("_test_ner_from_file")
    scores = evaluate_ner(NER_DATA / "gold_small.txt", nlp=nlp)
    assert scores.to_dict() == _small_scores().to_dict()
    # The file's tokens are used as they are, even where the tokenizer would split them.
    predicted = predict_spans(nlp, read_conll(NER_DATA / "pred_small.txt"))
    assert predicted[2] == [(0, 1, "PERSON"), (3, 4, "LOC"), (6, 8, "ORG")]


# --- title cleanup ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def titles() -> TitleList:
    return load_titles()


def test_title_list_format() -> None:
    tl = TitleList.from_lines(["# comment", "", "Wali  Kota", "H.", "+TNI", "Letjen"])
    assert tl.titles == {("wali", "kota"), ("h",), ("letjen",)}
    assert tl.qualifiers == {("tni",)}
    assert TitleList.from_lines(tl.to_lines()) == tl
    assert tl.max_words == 2


def test_trim_spans_only_touches_person(titles: TitleList) -> None:
    words = "Presiden Prabowo Subianto bertemu Presiden Dewan Pers di Istana Presiden".split()
    spans = [(0, 3, "PERSON"), (4, 7, "ORG"), (9, 11, "LOC")]
    assert trim_spans(words, spans, titles) == [(1, 3, "PERSON"), (4, 7, "ORG"), (9, 11, "LOC")]
    assert trim_spans(words, [(0, 1, "PERSON")], titles) == []


def test_name_words_that_are_titles_elsewhere_stay_in_the_span(titles: TitleList) -> None:
    # "Sheikh" begins Bangladeshi names ("Sheikh Rahima Karim"); trimmed, the span swallowed
    # the place before it ("Bangladesh Sheikh ...")
    assert trim_title_tokens(["Sheikh", "Rahima", "Karim"], titles) == 0
    assert trim_title_tokens(["Syeikh", "Anwarul"], titles) == 0
    # "Pangeran" is also a Batak given name ("Pangeran Sitompul")
    assert trim_title_tokens(["Pangeran", "Sitompul"], titles) == 0


def test_cleanup_component_rewrites_doc_ents() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("beritanlp_ner_cleanup", config={"extra_titles": ["Kadisdik"]})
    words = "Kemarin Bupati Siti Aminah dan Kadisdik Rudi bertemu Menteri di KPK".split()
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [
        Span(doc, 1, 4, "PERSON"),
        Span(doc, 5, 7, "PERSON"),
        Span(doc, 8, 9, "PERSON"),
        Span(doc, 10, 11, "ORG", kb_id="kpk"),
    ]
    doc = nlp(doc)
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("Siti Aminah", "PERSON", ""),
        ("Rudi", "PERSON", ""),
        ("KPK", "ORG", "kpk"),
    ]
    assert [t.ent_iob_ for t in doc] == ["O", "O", "B", "I", "O", "O", "B", "O", "O", "O", "B"]


def test_cleanup_component_trims_whitespace_from_every_entity() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("beritanlp_ner_cleanup")
    doc = nlp.make_doc("Rapat Dewan Kota\n\nDi Medan , Wali Kota Bobby hadir")
    assert doc[3].is_space
    doc.ents = [Span(doc, 1, 4, "ORG"), Span(doc, 5, 6, "LOC"), Span(doc, 7, 10, "PERSON")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Dewan Kota", "ORG"),
        ("Medan", "LOC"),
        ("Bobby", "PERSON"),
    ]
    assert doc[3].ent_iob_ == "O"


def test_cleanup_trims_a_qualifier_right_after_a_title_outside_the_span() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("beritanlp_ner_cleanup")
    doc = Doc(nlp.vocab, words="Kapolda Irjen Pol Rudi Santoso dan Pol Pot hadir".split())
    doc.ents = [Span(doc, 2, 5, "PERSON"), Span(doc, 6, 8, "PERSON")]
    doc = nlp(doc)
    # "Pol" after the title "Irjen" goes; at the start of a sentence-internal name it stays
    assert [e.text for e in doc.ents] == ["Rudi Santoso", "Pol Pot"]


def test_cleanup_leaves_org_spans_before_a_bracketed_short_form() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("beritanlp_ner_cleanup")
    doc = Doc(nlp.vocab, words="Dewan Kesenian Riau (DKR) dan Bank Tani ( BT )".split())
    doc.ents = [Span(doc, 0, 3, "ORG"), Span(doc, 5, 7, "ORG"), Span(doc, 8, 9, "ORG")]
    doc = nlp(doc)
    assert [e.text for e in doc.ents] == ["Dewan Kesenian Riau", "Bank Tani", "BT"]


def test_cleanup_tags_a_bracketed_short_form_of_a_person() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("beritanlp_ner_cleanup")
    words = "Bupati Agus Salim Harahap (ASH) dan Rina Dewi ( Rinde ) bersama Bayu (Medan) hadir"
    doc = Doc(nlp.vocab, words=words.split())
    doc.ents = [Span(doc, 1, 4, "PERSON"), Span(doc, 6, 8, "PERSON"), Span(doc, 12, 13, "PERSON")]
    doc = nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Agus Salim Harahap", "PERSON"),
        ("(ASH)", "PERSON"),
        ("Rina Dewi", "PERSON"),
        ("Rinde", "PERSON"),
        ("Bayu", "PERSON"),  # "(Medan)" is no short form of "Bayu"
    ]


def test_is_name_short_form() -> None:
    assert is_name_short_form("(SBY)", ["Susilo", "Bambang", "Yudhoyono"])
    assert is_name_short_form("Jokowi", ["Joko", "Widodo"])
    assert is_name_short_form("JK", ["Muhammad", "Jusuf", "Kalla"])
    assert not is_name_short_form("(Golkar)", ["Tatang", "Hakim"])
    assert not is_name_short_form("(46)", ["Grant"])
    assert not is_name_short_form("(Jo)", ["Joko"])  # one word: no short form


def test_cleanup_component_round_trips_through_disk(tmp_path: Path) -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("beritanlp_ner_cleanup", config={"extra_titles": ["Kadisdik"]})
    nlp.to_disk(tmp_path / "p")
    assert (tmp_path / "p" / "beritanlp_ner_cleanup" / "titles.txt").is_file()
    loaded = spacy.load(tmp_path / "p")
    assert ("kadisdik",) in loaded.get_pipe("beritanlp_ner_cleanup").titles.titles  # type: ignore[attr-defined]


# --- the shipped model --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped_ner() -> Language:
    from beritanlp.ner.model import load_ner

    return load_ner()


def _seed_sentence(seed_text: str, needle: str) -> str:
    # The seed's sentences end in ". " inside paragraphs; take the one holding the needle.
    for paragraph in seed_text.split("\n"):
        for sentence in paragraph.split(". "):
            if needle in sentence:
                return sentence
    raise AssertionError(f"{needle!r} not in the seed")


def test_shipped_model_is_small_and_stamped() -> None:
    from beritanlp.ner.model import default_model_path, read_model_meta

    path = default_model_path()
    meta = read_model_meta(path)
    assert meta["beritanlp_version"] and meta["spacy_version"]
    assert meta["pipeline"] == ["ner"]
    assert sorted(meta["labels"]["ner"]) == ["LOC", "ORG", "PERSON"]
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    assert size < 60_000_000  # issue 16: at most 60 MB with the static vectors


def test_shipped_model_tags_the_seed_person(shipped_ner: Language, shared_data: Path) -> None:
    text = (shared_data / "seed" / "spi_pangkalpinang_2024.txt").read_text(encoding="utf-8")
    sentence = _seed_sentence(text, "Lusje Anneke Tabalujan")
    ents = {(e.text, e.label_) for e in shipped_ner(sentence).ents}
    assert ("Lusje Anneke Tabalujan", "PERSON") in ents


def test_shipped_model_tags_the_seed_agency(shipped_ner: Language, shared_data: Path) -> None:
    text = (shared_data / "seed" / "spi_pangkalpinang_2024.txt").read_text(encoding="utf-8")
    sentence = _seed_sentence(text, "Komisi Pemberantasan Korupsi")
    ents = {(e.text, e.label_) for e in shipped_ner(sentence).ents}
    assert ("Komisi Pemberantasan Korupsi", "ORG") in ents


def test_shipped_model_never_keeps_a_title_in_a_person(shipped_ner: Language) -> None:
    doc = shipped_ner(
        "Presiden Joko Widodo dan Gubernur Jawa Tengah Ganjar Pranowo meninjau banjir di Demak "
        "bersama Kapolda Irjen Ahmad Luthfi, Senin."
    )
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert people, "the model found no person at all"
    titles = load_titles()
    for ent in people:
        assert trim_title_tokens([t.text for t in ent], titles) == 0, ent.text


def test_add_ner_sources_the_component_into_another_pipeline() -> None:
    from beritanlp.ner.model import add_ner

    nlp = add_ner(spacy.blank("id"))
    assert nlp.pipe_names == ["ner", "beritanlp_ner_cleanup", "beritanlp_ner_knowledge"]
    doc = nlp("Menteri Keuangan Sri Mulyani Indrawati berbicara di Jakarta.")
    assert any(e.label_ == "PERSON" and "Mulyani" in e.text for e in doc.ents)


def test_shipped_model_dev_f1(shared_data: Path) -> None:
    # The model card's number, re-measured: exact-span F1 on idner-news-2k dev must stay >= 0.80.
    scores = evaluate_ner(shared_data / "ner" / "idner-news-2k" / "dev.txt")
    assert scores.overall.f1 >= 0.80, format_scores(scores)


def test_share_vectors_gives_the_pipeline_the_models_table() -> None:
    import numpy

    from beritanlp.ner.model import share_vectors

    source, target = spacy.blank("id"), spacy.blank("id")
    source.vocab.set_vector("jakarta", numpy.ones(4, dtype="f"))
    share_vectors(source, target)
    assert target.vocab.vectors is source.vocab.vectors
    share_vectors(source, target)  # idempotent
    empty = spacy.blank("id")
    share_vectors(empty, target)  # a model without vectors changes nothing
    assert target.vocab.vectors is source.vocab.vectors
    other = spacy.blank("id")
    other.vocab.set_vector("bandung", numpy.zeros(4, dtype="f"))
    with pytest.raises(ValueError, match="other word vectors"):
        share_vectors(source, other)


def test_shipped_model_runs_in_the_default_pipeline_with_its_vectors() -> None:
    # the default pipeline holds the NER model's vectors table (none at all when it has none)
    import beritanlp
    from beritanlp.ner.model import default_model_path

    nlp = beritanlp.load(exclude=["beritanlp_topics"])
    model = spacy.load(default_model_path())
    assert nlp.vocab.vectors.shape == model.vocab.vectors.shape
    doc = nlp("Presiden Joko Widodo meninjau banjir di Demak, Senin.")
    assert doc.ents


def test_cleanup_drops_uncapitalised_entities_only_in_cased_text() -> None:
    from beritanlp.ner.cleanup import is_cased_text

    assert is_cased_text("Budi pergi ke rumah sakit di Bandung".split())
    assert not is_cased_text("budi pergi ke rumah sakit di bandung".split())
    assert not is_cased_text(["123", "."])
    # more than 5% of the letter words of two letters or more must have a capital
    plain = ["rumah"] * 38
    assert not is_cased_text(["Budi", *plain, "sakit"])  # 1 of 40: not more than 2
    assert not is_cased_text(["Budi", "Sari", *plain])  # 2 of 40
    assert is_cased_text(["Budi", "Sari", "Joko", *plain])  # 3 of 41
    assert not is_cased_text(["A", "B", "R2", "Kota-", "x", "budi", "sari"])  # none counts
    assert is_cased_text(["budI", "sari"])  # a capital anywhere in the word
    nlp = spacy.blank("id")
    nlp.add_pipe("beritanlp_ner_cleanup")
    cased = Doc(nlp.vocab, words="Budi pergi ke rumah sakit di Bandung".split())
    cased.ents = [Span(cased, 0, 1, "PERSON"), Span(cased, 3, 5, "LOC"),
                  Span(cased, 6, 7, "LOC")]
    assert [e.text for e in nlp(cased).ents] == ["Budi", "Bandung"]
    lead = Doc(nlp.vocab, words="Kata ayah Greta di Swedia".split())
    lead.ents = [Span(lead, 1, 3, "PERSON"), Span(lead, 4, 5, "LOC")]
    assert [e.text for e in nlp(lead).ents] == ["Greta", "Swedia"]
    trail = Doc(nlp.vocab, words="Kata Kenny bawa Abdullah bin Umar ( Jokowi ) ke Swedia".split())
    trail.ents = [Span(trail, 1, 3, "PERSON"), Span(trail, 3, 6, "PERSON"),
                  Span(trail, 7, 9, "PERSON"), Span(trail, 10, 11, "LOC")]
    assert [e.text for e in nlp(trail).ents] == [
        "Kenny", "Abdullah bin Umar", "Jokowi )", "Swedia"]
    loc = Doc(nlp.vocab, words="Di Jawa bagian barat hujan".split())
    loc.ents = [Span(loc, 1, 4, "LOC")]
    assert [e.text for e in nlp(loc).ents] == ["Jawa bagian barat"]  # PERSON only
    linked = Doc(nlp.vocab, words="Budi pergi ke rumah sakit di Bandung".split())
    linked.ents = [Span(linked, 3, 5, "LOC", kb_id="rs:1")]
    assert [e.text for e in nlp(linked).ents] == ["rumah sakit"]
    lower = Doc(nlp.vocab, words="budi pergi ke rumah sakit di bandung".split())
    lower.ents = [Span(lower, 0, 1, "PERSON"), Span(lower, 6, 7, "LOC")]
    assert [e.text for e in nlp(lower).ents] == ["budi", "bandung"]
    off = spacy.blank("id")
    off.add_pipe("beritanlp_ner_cleanup", config={"drop_uncased": False})
    again = Doc(off.vocab, words="Budi pergi ke rumah sakit di Bandung".split())
    again.ents = [Span(again, 3, 5, "LOC")]
    assert [e.text for e in off(again).ents] == ["rumah sakit"]


def test_export_model_keeps_no_machine_paths_and_no_training_words(tmp_path: Path) -> None:
    import json

    from beritanlp.ner.train import export_model

    nlp = spacy.blank("id")
    nlp.add_pipe("ner").add_label("PERSON")
    nlp.initialize()
    nlp.vocab.strings.add("katatraining")
    nlp.config["paths"]["train"] = "/tmp/x/train.spacy"
    nlp.config["paths"]["nerp"] = "/data/nerp.txt"
    nlp.to_disk(tmp_path / "best")
    out = export_model(tmp_path / "best", tmp_path / "model", {"beritanlp_version": "9.9"})
    text = (out / "config.cfg").read_text(encoding="utf-8")
    assert "/tmp/x" not in text and "/data/nerp" not in text
    paths = spacy.util.load_config(out / "config.cfg")["paths"]
    assert {"train", "nerp"} <= set(paths) and set(paths.values()) == {None}
    assert json.loads((out / "vocab" / "strings.json").read_text(encoding="utf-8")) == ["PERSON"]
    assert json.loads((out / "meta.json").read_text(encoding="utf-8"))["version"] == "9.9"
    assert spacy.load(out).pipe_names == ["ner"]
