"""Predicates aimed at (WBK, WBBM) written together, and the body they are built in (scV).

Sentences are invented for these tests (names and places made up).
"""

from __future__ import annotations

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores

METRICS = MetricIndex(load_metric_rules())
BODIES = ("Kantor Imigrasi Sukamaju", "Kanwil Imigrasi Lembah", "Rutan Sukamaju",
          "Kanwil Kemenkumham Lembah", "Direktorat Jenderal Imigrasi", "Kemenkumham Lembah")


def _targets(text: str) -> set[tuple[object, str, str | None]]:
    subjects = [SubjectMention(n, text.find(n), text.find(n) + len(n), "agency") for n in BODIES
                if n in text]
    return {(s.value, s.kind, s.subject)
            for s in find_scores(text, rules=METRICS, subjects=subjects)}


def test_two_predicates_joined_by_a_slash_or_a_space_are_two_targets() -> None:
    for joined in ("WBK/WBBM", "WBK WBBM", "WBK / WBBM"):
        text = (f"Pencanangan ZI\n\nKantor Imigrasi Sukamaju mencanangkan Zona Integritas menuju "
                f"{joined} pada Kamis.")
        assert _targets(text) == {("WBK", "target", "Kantor Imigrasi Sukamaju"),
                                  ("WBBM", "target", "Kantor Imigrasi Sukamaju")}, joined


def test_one_grade_and_its_long_form_stay_one_and_a_name_after_a_code_is_no_grade() -> None:
    text = ("Opini BPK\n\nRutan Sukamaju meraih opini WTP (Wajar Tanpa Pengecualian) dari BPK "
            "tahun ini.")
    assert [v for v, _, _ in _targets(text)] == ["WTP"]
    text = "Kunjungan\n\nPetugas Rutan Sukamaju berangkat menuju WBK Center di kota itu."
    assert _targets(text) == set()


def test_the_body_a_predicate_is_built_in_holds_it_not_the_opener_s_office() -> None:
    text = ("Pencanangan ZI\n\nKepala Kanwil Imigrasi Lembah membuka pencanangan Zona Integritas "
            "menuju WBK WBBM di lingkungan Kantor Imigrasi Sukamaju, Kamis.")
    assert _targets(text) == {("WBK", "target", "Kantor Imigrasi Sukamaju"),
                              ("WBBM", "target", "Kantor Imigrasi Sukamaju")}
    # a lower-case place of work after the grade names no holder
    text = ("Opini BPK\n\nRutan Sukamaju meraih opini WTP di lingkungan kerja yang baru, kata "
            "kepala rutan.")
    assert _targets(text) == {("WTP", "grade", "Rutan Sukamaju")}


def test_a_grade_won_among_a_parent_s_units_stays_with_its_winner() -> None:
    # "di lingkungan/jajaran X" after a grade won names the group the winner is one of
    texts = (
        "Rutan Sukamaju menjadi satu-satunya satker yang meraih predikat WBK di lingkungan "
        "Kanwil Kemenkumham Lembah tahun ini.",
        "Kantor Imigrasi Sukamaju meraih WBK di jajaran Direktorat Jenderal Imigrasi, kata "
        "Kepala Kantor.",
        "Rutan Sukamaju menjadi satker pertama yang meraih WBK di lingkungan Kemenkumham Lembah.",
    )
    winners = ("Rutan Sukamaju", "Kantor Imigrasi Sukamaju", "Rutan Sukamaju")
    for body, winner in zip(texts, winners, strict=True):
        assert _targets("Predikat WBK\n\n" + body) == {("WBK", "grade", winner)}, body


def test_three_codes_written_together_are_three_grades_of_nobody() -> None:
    # the kinds of opinion listed: each code is read, none is held by a body
    text = ("Opini BPK\n\nBPK memberikan tiga jenis opini atas laporan keuangan, yakni WTP WDP "
            "dan TMP, kata anggota BPK.")
    assert _targets(text) == {("WTP", "grade", None), ("WDP", "grade", None),
                              ("TMP", "grade", None)}


def test_a_long_grade_is_read_in_any_case_and_a_partial_one_is_none() -> None:
    for written in ("Wajar Tanpa Pengecualian", "wajar tanpa pengecualian",
                    "WAJAR TANPA PENGECUALIAN", "Wajar tanpa Pengecualian",
                    # letters an ignore-case match folds to "i" (Turkish capitals, typos)
                    "WAJAR TANPA PENGECUALİAN", "Wajar Tanpa Pengecualıan"):
        text = (f"Opini BPK\n\nRutan Sukamaju kembali meraih opini {written} dari BPK "
                "tahun ini.")
        assert [v for v, _, _ in _targets(text)] == ["WTP"], written
    for text in ("Opini BPK\n\nRutan Sukamaju kembali meraih opini tanpa pengecualian dari "
                 "BPK tahun ini.",
                 "Opini BPK\n\nRutan Sukamaju kembali meraih opini wajar tanpa catatan dari "
                 "BPK tahun ini."):
        assert _targets(text) == set(), text


def test_a_grade_word_with_a_letter_folding_to_ascii_is_read_not_a_crash() -> None:
    text = "Kualitas udara\n\nKualitas udara di Rutan Sukamaju siang ini TİDAK SEHAT."
    assert [(v, k) for v, k, _ in _targets(text)] == [("TİDAK SEHAT", "grade")]
