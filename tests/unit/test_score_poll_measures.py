"""Poll measures: a measure's named subjects, one share each (rules/scores/pollmeasures.py)."""

from __future__ import annotations

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, find_scores
from beritanlp.rules.scores.answers import contender_name, contender_shares
from beritanlp.rules.scores.model import Metric
from beritanlp.rules.scores.pollmeasures import (
    default_poll_measures,
    default_poll_not_subjects,
    may_state_poll_measures,
    measure_candidates,
)
from beritanlp.text.sentences import split_sentences

METRICS = MetricIndex(load_metric_rules())


def _measured(text: str) -> list[tuple[str, object, str, list[str] | None]]:
    sents = split_sentences(text)

    def sent_of(pos: int) -> tuple[int, int]:
        return next((s for s in sents if s[0] <= pos < s[1]), (pos, pos + 1))

    return [(c.metric.name, c.value, c.kind, c.subjects)
            for c in measure_candidates(text, sent_of, set(), default_poll_measures())]


def test_packaged_measures_hold_no_bare_confidence_word() -> None:
    measures = default_poll_measures()
    assert {"elektabilitas", "popularitas", "kepuasan publik"} <= set(measures)
    assert "kepercayaan" not in measures  # "tingkat kepercayaan 95 persen": a method
    assert "kepuasan" not in measures  # only "tingkat kepuasan" or the public's


def test_a_measure_with_an_acronym_defined_after_it_is_the_acronym() -> None:
    got = _measured("Tingkat kepuasan warga (TKW) terhadap kinerja Bupati Rina Sari 81 persen.")
    assert got == [("TKW", 81, "value", ["Bupati Rina Sari"])]


def test_the_subject_before_the_measure_and_a_list_after_its_share() -> None:
    got = _measured("Partai Karya meraih elektabilitas 9 persen, diikuti Partai Surya dengan "
                     "7,5 persen dan Partai Bintang 3 persen.")
    assert got == [("elektabilitas", 9, "value", ["Partai Karya"]),
                   ("elektabilitas", 7.5, "value", ["Partai Surya"]),
                   ("elektabilitas", 3, "value", ["Partai Bintang"])]


@pytest.mark.parametrize("text", [
    "Elektabilitas Rudi Hartono, kata dia, naik karena 30 persen kader bergerak.",  # a clause
    "Elektabilitas Rudi Hartono tinggi. Sementara Sinta Maharani 27 persen kader.",  # no share
    "Sebanyak 45 persen responden setuju dengan usul Rudi Hartono.",  # respondents agreeing
    "Dalam hitung cepat, elektabilitas Rudi Hartono 51 persen.",  # votes counted
    "Survei popularitas Rudi Hartono digelar pada 12 persen desa.",  # a survey's name
    "Popularitasnya 40 persen.",  # no measure word of its own, no subject
    "Partai Maju menargetkan elektabilitas 15 persen.",  # a target, no result
    "Budi Santoso berharap dengan elektabilitas 20 persen partainya lolos.",  # a hope
])
def test_no_measured_share(text: str) -> None:
    assert _measured(text) == []


def test_the_source_set_off_by_commas_stands_between_subject_and_share() -> None:
    got = _measured("Elektabilitas Partai Maju, menurut survei Lembaga Nusa, mencapai 12 persen.")
    assert got == [("Elektabilitas", 12, "value", ["Partai Maju"])]


def test_a_measured_share_wins_over_the_survey_name_as_metric() -> None:
    text = ("Survei\n\nSurvei Lembaga Cakra Data mencatat elektabilitas Rudi Hartono 38 persen "
            "dan 1.200 responden diwawancarai.")
    got = find_scores(text, rules=METRICS, date="2024-01-10")
    assert [(s.metric, s.value, s.subject, s.year) for s in got] == [
        ("elektabilitas", 38, "Rudi Hartono", 2024)]


def test_the_cheap_test() -> None:
    measures = default_poll_measures()
    assert may_state_poll_measures("elektabilitas X 40 persen", measures)
    assert not may_state_poll_measures("elektabilitas X tinggi", measures)  # no share
    assert not may_state_poll_measures("nilai X 40 persen", measures)
    assert not may_state_poll_measures("rating film X 40 persen", measures)  # no "approval"


def test_a_named_subject_gaining_a_measure_is_the_measures_alone() -> None:
    text = ("Survei\n\nSurvei Lembaga Arunika menunjukkan Partai Damai meraih elektabilitas "
            "13 persen, sementara Partai Cahaya 6 persen.")
    got = find_scores(text, rules=METRICS, date="2024-02-01")
    assert sorted((s.metric, s.value, s.subject) for s in got) == [
        ("elektabilitas", 6, "Partai Cahaya"), ("elektabilitas", 13, "Partai Damai")]
    # the contenders' rule no longer reads "meraih elektabilitas": one owner of that wording
    framed = contender_shares(text, lambda _pos: (Metric("Survei", 0, 6, None), None),
                              lambda _pos: (0, len(text)), set())
    assert framed == []


def test_openers_and_a_month_alone_name_nobody() -> None:
    assert contender_name("Sementara Partai Damai") == "Partai Damai"
    assert contender_name("Di") is None


def test_a_title_cased_headline_gives_no_measured_share() -> None:
    assert _measured("Survei Arunika: Elektabilitas Sinta Maharani Tembus 41%") == []
    # a plain sentence with a capitalised name still does
    assert _measured("Elektabilitas Sinta Maharani tembus 41 persen.") == [
        ("Elektabilitas", 41, "value", ["Sinta Maharani"])]


def test_never_subjects_are_passed_in() -> None:
    text = "Elektabilitas Partai Damai 22 persen, sementara Lainnya 4 persen."
    sents = split_sentences(text)

    def sent_of(pos: int) -> tuple[int, int]:
        return next((s for s in sents if s[0] <= pos < s[1]), (pos, pos + 1))

    got = measure_candidates(text, sent_of, set(), default_poll_measures(),
                             default_poll_not_subjects())
    assert [(c.value, c.subjects) for c in got] == [(22, ["Partai Damai"])]
    assert {"moe", "golput", "lainnya"} <= default_poll_not_subjects()


def test_who_feels_is_no_subject_but_the_one_judged_after_is() -> None:
    got = _measured("Tingkat kepuasan warga Sukamaju terhadap kinerja Pemerintah Kota Sukamaju "
                    "mencapai 77 persen.")
    assert got == [("Tingkat kepuasan warga", 77, "value", ["Pemerintah Kota Sukamaju"])]


@pytest.mark.parametrize("text", [
    "Elektabilitas Partai Cahaya terpaut 5 persen dari Partai Damai.",  # a gap
    "Selisih elektabilitas Sinta Maharani dengan Rudi Hartono 6 persen.",  # a gap
    "Elektabilitas Partai Damai 12 persen lebih rendah dari Partai Cahaya.",  # a gap
    "Pada Februari 2024 dengan elektabilitas 30 persen, Partai Damai memimpin.",  # a time
    "Tingkat kepuasan Wali Kota Sukamaju akan hasil lomba itu 90 persen.",  # who feels
])
def test_no_measured_share_for_gaps_times_and_feelings(text: str) -> None:
    assert _measured(text) == []


def test_a_place_a_named_source_or_a_relative_clause_stands_between() -> None:
    assert _measured("Popularitas Partai Cahaya di Sumatera Utara mencapai 18 persen.") == [
        ("Popularitas", 18, "value", ["Partai Cahaya"])]
    assert _measured("Keterpilihan Sinta Maharani berdasarkan survei Arunika Data 33 persen.") == [
        ("Keterpilihan", 33, "value", ["Sinta Maharani"])]
    assert _measured("Partai Damai, yang dipimpin Rudi Hartono, mengantongi elektabilitas "
                     "7 persen.") == [("elektabilitas", 7, "value", ["Partai Damai"])]


@pytest.mark.parametrize("text", [
    "Elektabilitas Rudi Hartono di Jawa Barat naik karena 30 persen kader bergerak.",
    "Survei itu, yang dirilis Lembaga Nusa, menyebut partai itu meraih elektabilitas 9 persen.",
    "Elektabilitas Sinta Maharani di Bandung menurut survei Arunika Data belum terukur, "
    "dengan 20 persen responden ragu.",
])
def test_no_measured_share_past_a_place_or_source(text: str) -> None:
    assert _measured(text) == []


def test_a_role_opening_the_sentence_is_no_part_of_the_name() -> None:
    assert _measured("Capres Rudi Hartono meraih elektabilitas 35 persen.") == [
        ("elektabilitas", 35, "value", ["Rudi Hartono"])]
    assert _measured("Partai Damai meraih elektabilitas 11 persen.") == [
        ("elektabilitas", 11, "value", ["Partai Damai"])]


def test_names_in_turn_pair_up_only_when_each_names_somebody() -> None:
    text = ("Elektabilitas Partai Damai, Partai Cahaya, dan Golput masing-masing 30 persen, "
            "20 persen, dan 10 persen.")
    sents = split_sentences(text)

    def sent_of(pos: int) -> tuple[int, int]:
        return next((s for s in sents if s[0] <= pos < s[1]), (pos, pos + 1))

    got = measure_candidates(text, sent_of, set(), default_poll_measures(),
                             default_poll_not_subjects())
    assert got == []  # a never-subject among the names: the list is left unread
