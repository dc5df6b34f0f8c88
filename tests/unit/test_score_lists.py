"""Ranked lists whose items carry more than a name and a value (scV, session 25).

Sentences are invented for these tests (names, places and numbers made up).
"""

from __future__ import annotations

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import MetricIndex, SubjectMention, find_scores
from beritanlp.rules.scores.ranked import stated_first
from beritanlp.text.sentences import split_sentences

METRICS = MetricIndex(load_metric_rules())
NAMES = ("Kabupaten Lembah", "Kabupaten Tanjung Arum", "Kabupaten Hilir")


def _facts(text: str) -> list[tuple[str, object, str, str | None]]:
    subjects = [SubjectMention(n, text.find(n), text.find(n) + len(n), "place") for n in NAMES
                if n in text]
    return [(s.metric, s.value, s.kind, s.subject)
            for s in find_scores(text, rules=METRICS, subjects=subjects)]


_INTRO = ("Hasil SAKIP\n\nKementerian PANRB mengumumkan hasil evaluasi SAKIP 2023. Berikut daftar "
          "nilai SAKIP kabupaten di provinsi itu:")


def test_a_numbered_item_s_value_may_carry_its_letter_grade_in_brackets() -> None:
    text = (_INTRO + "\n1. Kabupaten Lembah 72,15 (BB)\n2. Kabupaten Tanjung Arum 68,40 (B)\n"
            "3. Kabupaten Hilir 61,02 (B)")
    got = _facts(text)
    for name, value, grade, rank in (("Kabupaten Lembah", 72.15, "BB", 1),
                                     ("Kabupaten Tanjung Arum", 68.4, "B", 2),
                                     ("Kabupaten Hilir", 61.02, "B", 3)):
        assert ("SAKIP", value, "value", name) in got
        assert ("SAKIP", grade, "grade", name) in got
        assert ("SAKIP", rank, "rank", name) in got
    # the same list glued with commas by a scraper, the grade after "poin"
    glued = (_INTRO + ",1. Kabupaten Lembah 72,15 poin (BB),2. Kabupaten Tanjung Arum 68,40 poin "
             "(B),3. Kabupaten Hilir 61,02 poin (B)")
    assert ("SAKIP", "BB", "grade", "Kabupaten Lembah") in _facts(glued)
    assert ("SAKIP", 68.4, "value", "Kabupaten Tanjung Arum") in _facts(glued)


def test_a_bracket_that_is_no_grade_still_ends_no_item() -> None:
    # a bracketed note that is no letter grade is left as it was: no value read as listed
    text = (_INTRO + "\n1. Kabupaten Lembah 72,15 (naik)\n2. Kabupaten Tanjung Arum 68,40 (turun)"
            "\n3. Kabupaten Hilir 61,02 (tetap)")
    assert not [f for f in _facts(text) if f[2] == "grade"]
    assert not [f for f in _facts(text) if f[2] == "rank"]


_NAMES = ("Kota Sukamaju", "Kabupaten Lembah", "Kota Tanjung Arum")


def _grades(text: str) -> list[tuple[object, str | None]]:
    subjects = [SubjectMention(n, text.find(n), text.find(n) + len(n), "place") for n in _NAMES
                if n in text]
    return [(s.value, s.subject) for s in find_scores(text, rules=METRICS, subjects=subjects)
            if s.kind in ("grade", "target")]


def test_each_name_a_numbered_list_gives_after_a_grade_s_intro_holds_the_grade() -> None:
    text = ("Peraih KLA\n\nKementerian PPPA mengumumkan penghargaan Kabupaten/Kota Layak Anak "
            "(KLA) 2023. Berikut daftar daerah yang meraih predikat Nindya:\n1. Kota Sukamaju\n"
            "2. Kabupaten Lembah\n3. Kota Tanjung Arum")
    assert _grades(text) == [("Nindya", "Kota Sukamaju"), ("Nindya", "Kabupaten Lembah"),
                             ("Nindya", "Kota Tanjung Arum")]
    glued = ("Opini BPK\n\nBPK memberikan opini atas laporan keuangan pemda 2023. Berikut daftar "
             "pemda yang meraih opini WTP:,1. Kabupaten Lembah,2. Kota Sukamaju")
    assert _grades(glued) == [("WTP", "Kabupaten Lembah"), ("WTP", "Kota Sukamaju")]


def test_a_list_introduced_by_adalah_after_the_grade_gives_its_holders() -> None:
    text = ("Peraih KLA\n\nKota Sukamaju meraih predikat Madya. Daerah yang meraih predikat "
            "Nindya adalah:\n1. Kabupaten Lembah\n2. Kota Tanjung Arum")
    assert _grades(text) == [("Madya", "Kota Sukamaju"), ("Nindya", "Kabupaten Lembah"),
                             ("Nindya", "Kota Tanjung Arum")]
    steps = ("Opini BPK\n\nKota Sukamaju meraih opini WTP. Langkah yang ditempuh untuk meraih "
             "opini WTP adalah:\n1. Menyusun Laporan Aset\n2. Menagih Piutang")
    assert _grades(steps) == [("WTP", "Kota Sukamaju")]


def test_a_list_of_steps_or_one_not_right_after_the_colon_names_no_holders() -> None:
    steps = ("Opini BPK\n\nKota Sukamaju ingin kembali meraih opini WTP. Berikut langkah yang "
             "ditempuh untuk meraih opini WTP:,1. Menyusun Laporan Aset,2. Menagih Piutang")
    assert set(_grades(steps)) == {("WTP", "Kota Sukamaju")}
    later = ("Opini BPK\n\nBerikut daftar pemda yang meraih opini WTP: ada banyak. Sementara "
             "itu,1. Kabupaten Lembah,2. Kota Tanjung Arum")
    # the list is no list of WTP holders: the first listed name gets no grade from the intro
    assert "Kabupaten Lembah" not in [subject for _, subject in _grades(later)]


def test_a_list_line_s_name_holds_the_grade_that_ends_the_line() -> None:
    text = ("Opini BPK\n\nBPK memberikan opini atas laporan keuangan pemda 2023. Berikut "
            "daftarnya:\n1. Kabupaten Lembah: WTP\n2. Kota Sukamaju: WDP\n"
            "3. Kota Tanjung Arum: WTP")
    assert _grades(text) == [("WTP", "Kabupaten Lembah"), ("WDP", "Kota Sukamaju"),
                             ("WTP", "Kota Tanjung Arum")]
    words = ("Hasil KLA\n\nBerikut hasil evaluasi Kabupaten/Kota Layak Anak (KLA) 2023 di "
             "provinsi itu:\n- Kota Sukamaju: Utama\n- Kabupaten Lembah: Nindya\n"
             "- Kota Tanjung Arum: Madya")
    assert _grades(words) == [("Utama", "Kota Sukamaju"), ("Nindya", "Kabupaten Lembah"),
                              ("Madya", "Kota Tanjung Arum")]


def test_a_line_labelled_with_what_the_grade_is_or_a_grade_word_in_a_sentence_is_no_holder(
) -> None:
    label = ("Opini BPK\n\nKota Sukamaju menerima hasil audit BPK atas laporan keuangan 2023:\n"
             "- Opini: WTP\n- Temuan: 12")
    assert [subject for grade, subject in _grades(label) if grade == "WTP"] in (
        ["Kota Sukamaju"], [None])
    # a grade word inside a sentence line, not ending a "name: grade" line, stays none
    prose = ("Hasil KLA\n\nKementerian PPPA menilai Kabupaten/Kota Layak Anak (KLA) 2023.\n"
             "- Kota Sukamaju: pelayanan anak utama di sana sudah baik")
    assert _grades(prose) == []


def _stated(text: str, name: str, pos: int) -> int | None:
    """:func:`stated_first` over the sentences the pipeline splits ``text`` into."""
    return stated_first(text, name, pos, split_sentences(text))


def test_stated_first_finds_the_sentence_giving_the_first_item_rank_one():
    text = ("Institut Danau Biru berhasil merebut peringkat 1 tahun ini. Simak daftarnya.\n"
            "1. Institut Danau Biru\n2. Universitas Bukit Hijau")
    pos = text.index("1. Institut")
    assert _stated(text, "Institut Danau Biru", pos) == 0
    assert _stated(text, "Universitas Bukit Hijau", pos) is None  # named only in the list
    # a comma-joined scrape (",1. A,2. B"): the pipeline's sentences hold the statement too
    joined = ("Laporan dirilis Senin. Institut Danau Biru berhasil merebut peringkat 1 tahun ini."
              " Simak daftarnya:,1. Institut Danau Biru,2. Universitas Bukit Hijau")
    at = joined.index("1. Institut")
    assert _stated(joined, "Institut Danau Biru", at) == joined.index("Institut")
    assert _stated(joined, "Universitas Bukit Hijau", at) is None


def test_stated_first_is_none_for_wealth_or_no_rank_one():
    rich = ("Budi Santoso menduduki peringkat pertama orang terkaya tahun ini. Simak daftarnya.\n"
            "1. Budi Santoso\n2. Ani Lestari")
    assert _stated(rich, "Budi Santoso", rich.index("1. Budi")) is None
    second = ("Institut Danau Biru berada di peringkat 2 tahun ini. Simak daftarnya.\n"
              "1. Institut Danau Biru\n2. Universitas Bukit Hijau")
    assert _stated(second, "Institut Danau Biru", second.index("1. Institut")) is None


def test_stated_first_is_none_for_a_list_of_who_moved_up_or_a_far_statement():
    moved = ("Kota Hilir Jaya menempati peringkat pertama tahun ini. Berikut kota yang naik "
             "peringkat:\n1. Kota Hilir Jaya\n2. Kota Tanjung Sari")
    assert _stated(moved, "Kota Hilir Jaya", moved.index("1. Kota")) is None
    far = ("Kota Hilir Jaya menempati peringkat pertama tahun ini. " + "Lain hal. " * 200
           + "Simak daftarnya.\n1. Kota Hilir Jaya\n2. Kota Tanjung Sari")
    assert _stated(far, "Kota Hilir Jaya", far.index("1. Kota")) is None
    near = far.replace("Lain hal. " * 200, "")
    assert _stated(near, "Kota Hilir Jaya", near.index("1. Kota")) == 0
