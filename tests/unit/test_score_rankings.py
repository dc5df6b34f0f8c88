"""Named rankings and ratings, and the numbers the score rules read or refuse around them.

Sentences are invented for these tests (names, places and numbers made up).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from beritanlp.lexicons.metrics import load_metric_rules
from beritanlp.rules.scores import find_scores
from beritanlp.rules.scores.metrics import MetricIndex, measured_before, region_end
from beritanlp.rules.scores.model import Metric, SubjectMention
from beritanlp.rules.scores.ranks import ArticleMetrics, article_metrics, rank_candidate
from beritanlp.text.numbers import find_numbers
from beritanlp.text.sentences import split_sentences
from mentions import mentions

METRICS = MetricIndex(load_metric_rules())


def _scores(text: str) -> set[tuple[str, object, str]]:
    return {(s.metric, s.value, s.kind) for s in find_scores(text, rules=METRICS)}


def _values(text: str) -> set[object]:
    return {s.value for s in find_scores(text, rules=METRICS)}


# --- sports world rankings and race rankings in the metric table -------------------------

def test_lower_case_world_ranking_of_a_body_is_a_metric() -> None:
    text = ("Timnas Garuda Merosot\n\nTim nasional turun tiga strip dalam daftar peringkat dunia "
            "FIFA terbaru. Kini tim itu menempati peringkat ke-151.")
    assert ("peringkat dunia FIFA", 151, "rank") in _scores(text)


def test_ranking_body_ranking_with_its_acronym_after() -> None:
    text = ("Pebulu Tangkis Muda Naik\n\nMenurut ranking BWF pekan ini, pasangan Rafi/Dimas "
            "naik ke posisi ke-12.")
    assert ("ranking BWF", 12, "rank") in _scores(text)


def test_race_ranking_takes_ranks_and_points() -> None:
    text = ("Persaingan Tenis Putra\n\nPetenis Gilang memimpin Race To London dengan nilai "
            "8120 poin dari 14 turnamen.")
    assert ("Race To London", 8120, "value") in _scores(text)


def test_body_acronym_alone_names_no_ranking() -> None:
    # "FIFA" alone is the body, not its ranking: a count near it is nobody's score
    text = ("Kongres Sepak Bola\n\nFIFA mengundang 211 anggota untuk hadir di kongres "
            "tahun ini.")
    assert not _scores(text)


# --- the one ranking an article is about -------------------------------------------------

_ONE_RANKING = (
    "Daftar Kampus Dunia\n\nLembaga itu merilis World Campus Rankings 2031 pekan ini. "
    "Penilaian memakai lima aspek pengajaran dan riset yang dibobot sama rata, dengan data "
    "dari ribuan dosen dan mahasiswa di seluruh dunia yang disurvei sepanjang tahun.\n"
    "Kampus Lembah Hijau tahun ini berada di peringkat 42. Tahun lalu kampus itu ada di "
    "peringkat 57.")


def test_rank_far_from_the_one_named_ranking_takes_it() -> None:
    got = _scores(_ONE_RANKING)
    assert ("World Campus Rankings", 42, "rank") in got
    assert ("World Campus Rankings", 57, "rank") in got


def test_rank_is_not_given_to_a_ranking_when_a_second_metric_is_named() -> None:
    text = _ONE_RANKING.replace("pekan ini.", "pekan ini, bersama Indeks Mutu Riset.")
    assert not {s for s in _scores(text) if s[0] == "World Campus Rankings"}


def test_top_group_is_no_rank() -> None:
    text = _ONE_RANKING + " Sebanyak 12 kampus negeri itu ada di peringkat 300 teratas."
    assert 300 not in _values(text)


# --- points tables ------------------------------------------------------------------------

def test_standing_points_said_as_a_value() -> None:
    text = ("Hasil Laga Liga Dua\n\nUsai laga itu, Persikota kini menempati posisi ke-6 "
            "dengan nilai 23 dari 15 laga.")
    got = _scores(text)
    assert ("klasemen", 6, "rank") in got
    assert ("klasemen", 23, "value") in got


def test_value_of_a_standing_outside_sport_is_not_a_table() -> None:
    text = ("Lomba Kebersihan Kampung\n\nKampung Melati kini menempati posisi ke-6 dengan "
            "nilai 23 dari para juri kecamatan.")
    assert ("klasemen", 23, "value") not in _scores(text)


# --- film and chess ratings ---------------------------------------------------------------

def test_film_rating_site_scores() -> None:
    text = ("Film Horor Laris\n\nFilm Rumah Tua meraih skor 88 persen di Rotten Tomatoes, "
            "sementara situs IMDb memberinya skor 7,1 dari 10.")
    got = _scores(text)
    assert ("Rotten Tomatoes", 88, "value") in got
    assert ("IMDb", 7.1, "value") in got
    assert 10 not in _values(text)  # the top of the scale


def test_chess_rating() -> None:
    text = "Catur Dunia\n\nLawannya, GM Arman, kini punya elo rating 2655."
    assert ("elo rating", 2655, "value") in _scores(text)


# --- numbers around scores -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("nilai ISPU kota itu sempat mencapai163 pagi tadi", 163),
    ("tim itu ada di urutan ketiga dengan nilai31 dari 14 laga", 31),
    ("petenis itu naik ke posisi48 dunia", 48),
])
def test_digits_glued_to_a_reading_word_are_read(text: str, value: int) -> None:
    assert value in {n.value for n in find_numbers(text)}


@pytest.mark.parametrize("text", ["bahan bakar B30 dan COVID-19", "dinilai5 kali oleh juri"])
def test_digits_glued_to_other_words_are_codes(text: str) -> None:
    assert not [n for n in find_numbers(text) if n.kind == "number"]


def test_first_day_of_a_date_span_is_no_value() -> None:
    text = ("Nilai IKPA Kota Lembah\n\nNilai IKPA kota itu dihitung dari data yang masuk pada "
            "4 hingga 12 Oktober 2031.")
    assert 4 not in _values(text)


def test_top_of_the_scale_is_no_value() -> None:
    text = "Skor Kota\n\nSkor SAKIP Kota Lembah 71,2 dari 100."
    assert _values(text) == {71.2}


def test_top_bracket_after_top_is_no_value() -> None:
    text = ("Tenis Putri\n\nPetenis Sari naik 30 tingkat dalam Rangking WTA dan kini menembus "
            "Top 40 untuk pertama kali.")
    assert 40 not in _values(text)


# --- official indices added to the table (public names) ------------------------------------

def test_official_index_written_in_lower_case() -> None:
    text = ("Pilkada Lembah\n\nBawaslu mencatat indeks kerawanan pemilu Kabupaten Lembah "
            "mencapai 3,12 tahun ini.")
    assert ("indeks kerawanan pemilu", 3.12, "value") in _scores(text)


def test_international_index_in_indonesian() -> None:
    text = ("Daya Saing\n\nDalam Indeks Daya Saing Talenta Global tahun ini, Indonesia "
            "berada di peringkat 80.")
    assert ("Indeks Daya Saing Talenta Global", 80, "rank") in _scores(text)


def test_body_named_like_an_index_is_no_metric() -> None:
    text = ("Kursus Pimpinan\n\nLembaga Ketahanan Nasional menggelar kursus untuk 95 "
            "peserta dari 12 provinsi.")
    assert not _scores(text)


# --- the top of a table or a ranking -------------------------------------------------------

def test_topping_a_table_is_rank_one() -> None:
    text = ("Hasil Laga Grup C\n\nKemenangan itu membuat Rajawali FC memuncaki klasemen "
            "sementara Grup C dengan koleksi 10 poin.")
    got = _scores(text)
    assert ("klasemen sementara Grup C", 1, "rank") in got
    assert ("klasemen sementara Grup C", 10, "value") in got


@pytest.mark.parametrize("text", [
    "Hasil Laga Grup C\n\nRajawali FC gagal memuncaki klasemen usai kalah di laga itu.",
    "Rapat Klub\n\nKetua baru itu akan memimpin klub selama tiga musim ke depan.",
])
def test_failing_to_top_or_leading_a_body_is_no_rank(text: str) -> None:
    assert 1 not in _values(text)


def test_rank_near_a_rankings_name_in_the_sentence_before() -> None:
    text = ("Kampus Lembah\n\nKampus itu masuk daftar QS World University Rankings. Kini kampus "
            "itu berada di peringkat tujuh di tingkat nasional.")
    assert ("QS World University Rankings", 7, "rank") in _scores(text)


# --- the text's own metrics, worked out once per text by the caller -----------------------

def _ranking_metrics(text: str) -> list[Metric]:
    start = text.index("World Campus Rankings")
    return [Metric("World Campus Rankings", start, start + len("World Campus Rankings"), None)]


def test_article_metrics_are_the_one_named_ranking() -> None:
    metrics = _ranking_metrics(_ONE_RANKING)
    assert article_metrics(metrics) == ArticleMetrics(metrics, [metrics[0].end])
    award = [replace(metrics[0], award=True)]
    assert article_metrics(award) == ArticleMetrics([], [])  # an award ranks nobody far off


def _far_rank_metric(text: str, metrics: list[Metric]) -> str | None:
    """The metric the rank 42 of ``text`` takes, its article metrics worked out by the core."""
    numbers = find_numbers(text)
    n = next(x for x in numbers if x.value == 42)
    sent = next(s for s in split_sentences(text) if s[0] <= n.start < s[1])
    got = rank_candidate(text, n, numbers, sent, metrics, 900)
    return None if got is None else got.metric.name


def test_article_metrics_keep_no_state_between_texts() -> None:
    # One list object reused for two texts whose ranking differs (filled in place, as a caller
    # reusing a buffer would): a cache of the last list read (by identity) gives the first
    # text's ranking to the second.
    first = _ONE_RANKING
    second = first.replace("World Campus Rankings", "Global Campus Index")
    metrics = _ranking_metrics(first)
    start = second.index("Global Campus Index")
    other = Metric("Global Campus Index", start, start + len("Global Campus Index"), None)
    assert _far_rank_metric(first, metrics) == "World Campus Rankings"
    assert article_metrics(metrics).metrics[0].name == "World Campus Rankings"
    metrics[:] = [other]
    assert article_metrics(metrics) == ArticleMetrics([other], [other.end])
    assert _far_rank_metric(second, metrics) == "Global Campus Index"
    metrics[:] = _ranking_metrics(first)
    assert _far_rank_metric(first, metrics) == "World Campus Rankings"
    metrics[:] = [Metric("Nilai Tukar Petani", 0, 18, None)]  # no ranking: the rank stays alone
    assert article_metrics(metrics) == ArticleMetrics([], [])


def test_rank_far_from_its_ranking_takes_the_article_metrics_given() -> None:
    text = _ONE_RANKING
    metrics = _ranking_metrics(text)
    numbers = find_numbers(text)
    n = next(x for x in numbers if x.value == 42)
    sent = next(s for s in split_sentences(text) if s[0] <= n.start < s[1])
    got = rank_candidate(text, n, numbers, sent, metrics, 900, article=article_metrics(metrics))
    assert got is not None and got.metric is metrics[0] and got.value == 42
    assert rank_candidate(text, n, numbers, sent, metrics, 900) == got  # worked out here
    other = Metric("Nilai Lain", 0, 6, None)  # the caller's choice is the one read
    chosen = ArticleMetrics([other], [other.end])
    given = rank_candidate(text, n, numbers, sent, metrics, 900, article=chosen)
    assert given is not None and given.metric is other


# --- a contest word pointing back names no contest --------------------------------------

@pytest.mark.parametrize("back", ["pada kompetisi tahun lalu", "pada ajang yang sama",
                                  "dalam penilaian serupa", "pada lomba sebelumnya"])
def test_contest_pointing_back_takes_the_named_contest(back: str) -> None:
    text = ("Judul\n\nDinas Arsip Kota Lembah meraih peringkat 3 dalam ajang Anugerah Layanan "
            f"Prima 2023. Dua tahun lalu dinas itu berada di peringkat 7 {back}.")
    scores = _scores(text)
    assert ("Anugerah Layanan Prima", 7, "rank") in scores
    assert not any(m.lower().startswith(("kompetisi", "ajang", "penilaian", "lomba"))
                   for m, _, _ in scores)


@pytest.mark.parametrize("text", [
    "Judul\n\nTim voli kampus itu meraih peringkat 7 pada kompetisi tahun lalu, ujarnya.",
    "Judul\n\nSekolah itu berada di posisi kedua dalam lomba yang sama pada tahun lalu.",
])
def test_contest_pointing_back_with_nothing_named_gives_nothing(text: str) -> None:
    assert _scores(text) == set()


# --- "peringkat satu sampai N berturut-turut yaitu A, B, ...": ranks in order ------------

def _ranked_subjects(text: str) -> set[tuple[object, str | None]]:
    return {(s.value, s.subject) for s in find_scores(text, rules=METRICS) if s.kind == "rank"}


def test_names_after_an_in_order_span_take_ranks_one_to_n() -> None:
    text = ("Judul\n\nPeringkat Indeks Inovasi Global 2023 sudah terbit. Hasilnya, peringkat satu "
            "sampai empat secara berturut-turut yaitu Norlandia, Swedia, Kerajaan Timur dan "
            "Pulau Biru. Negeri Lembah berada di posisi 55.")
    ranks = _ranked_subjects(text)
    assert {(1, "Norlandia"), (2, "Swedia"), (3, "Kerajaan Timur"), (4, "Pulau Biru")} <= ranks
    assert (55, "Negeri Lembah") in ranks


def test_in_order_span_whose_names_do_not_add_up_is_not_read() -> None:
    text = ("Judul\n\nPeringkat Indeks Inovasi Global 2023 sudah terbit. Hasilnya, peringkat satu "
            "sampai lima secara berturut-turut yaitu Norlandia, Swedia dan Pulau Biru.")
    assert not {r for r in _ranked_subjects(text) if r[0] in (2, 3)}


def test_in_order_span_without_a_ranking_named_gives_nothing() -> None:
    text = ("Judul\n\nPara pelari tiba dari urutan 1 sampai 3 berturut-turut yaitu Budi, Ani dan "
            "Rina di garis akhir.")
    assert _scores(text) == set()


# --- holders named around a rank: bounded names -----------------------------------------------

_RANKING_HEAD = ("Kampus di QS World University Rankings 2024\n\n"
                 "QS World University Rankings 2024 sudah terbit. ")


def _holders(body: str) -> list[tuple[object, str, str | None]]:
    found = find_scores(_RANKING_HEAD + body, rules=METRICS)
    return [(s.value, s.kind, s.subject) for s in found]


def test_names_listed_before_the_verb_of_a_rank_may_be_long() -> None:
    from beritanlp.rules.scores.holders import MAX_NAME_WORDS

    longest = " ".join(["Institut"] + [f"Kata{i}" for i in range(MAX_NAME_WORDS)])
    body = (f"Universitas Lembah, {longest} (IKX), dan Sekolah Tinggi Bukit masing-masing "
            "berada di peringkat 801, 802 dan 803.")
    assert _holders(body) == [(801, "rank", "Universitas Lembah"), (802, "rank", longest),
                              (803, "rank", "Sekolah Tinggi Bukit")]
    assert (25, "change", longest) in _holders(f"Lalu, {longest} yang naik 25 peringkat.")


def test_a_long_capitalised_run_without_a_verb_names_no_holder() -> None:
    # every capital of the run is a start the holder patterns try: bounded names keep each
    # try short (no reading of the run to its end from each of its 2,000 words)
    run = " ".join(f"Kata{i}" for i in range(2000))
    assert _holders(f"{run} lalu masuk peringkat 250.") == [(250, "rank", None)]
    assert _holders(f"{run} lalu naik 25 peringkat.") == []


# --- a superlative in a scope right after a rank: what the clause before it measures --------

def _whole(text: str) -> tuple[int, int]:
    return (0, len(text))


def test_clause_before_a_rank_naming_a_count_price_or_nature_is_measured() -> None:
    for text in ("Jumlah pasien rawat inap di Kota Arga berada di peringkat kedua",
                 "Tarif parkir Kota Arga ada di posisi ketiga",
                 "Sungai yang membelah kota itu berada di urutan keempat"):
        rank = text.index(text.split()[-2])
        assert measured_before(text, rank, lambda _p, t=text: _whole(t), frozenset)


def test_a_word_of_nature_opening_a_known_region_name_is_the_region() -> None:
    text = "Kota Danau Murni berada di peringkat kedua"
    rank = text.index("peringkat")
    assert not measured_before(text, rank, lambda _p: _whole(text),
                                lambda: frozenset({"danaumurni"}))
    assert measured_before(text, rank, lambda _p: _whole(text), frozenset)
    assert not measured_before("Pulau Arga berada di peringkat kedua", 21,
                                lambda _p: (0, 36), lambda: frozenset({"pulauarga"}))
    assert measured_before("Pulau Arga berada di peringkat kedua", 21,
                            lambda _p: (0, 36), frozenset)


def test_a_scope_region_is_read_as_far_as_a_known_name_goes() -> None:
    text = "termiskin se-Nusa Damai Utara Raya menurut data"
    start = text.index("Nusa")
    keys = frozenset({"nusa", "nusadamai", "nusadamaiutara"})
    assert text[start:region_end(text, start, start + 4, keys)] == "Nusa Damai Utara"
    assert region_end(text, start, start + 4, frozenset()) == start + 4


# --- a slot in a points table ("tempat keenam") and who holds it (session 24) --------------

def _held(text: str) -> set[tuple[object, str, str | None]]:
    return {(s.value, s.kind, s.subject) for s in find_scores(text, rules=METRICS)}


def test_slot_word_with_points_is_a_standing() -> None:
    text = ("Hasil Balapan MotoGP\n\nUsai balapan itu, Lorenzo masih duduk di tempat kelima dengan "
            "torehan 140 angka.")
    got = _held(text)
    assert (5, "rank", "Lorenzo") in got
    assert (140, "value", "Lorenzo") in got


def test_slot_word_in_a_named_table_is_a_rank() -> None:
    text = ("Hasil Balapan MotoGP\n\nPembalap muda Marini bertengger di tempat ke-8 pada "
            "klasemen sementara dengan 92 angka.")
    assert ("klasemen sementara", 8, "rank") in _scores(text)


@pytest.mark.parametrize("text", [
    # a slot without a table is a place visited, or a finish of one race
    "Wisata Kota Lama\n\nMuseum itu menjadi tempat pertama yang dikunjungi para wisatawan.",
    "Kejuaraan Gokar\n\nRaka finis di tempat kedua pada balapan pembuka di Sentul.",
    # "tempat" before a cardinal is no slot
    "Balap Motor\n\nTim itu menyiapkan tempat 20 kursi di klasemen tribun dengan 30 poin.",
])
def test_slot_word_outside_a_table_is_no_rank(text: str) -> None:
    assert not {s for s in _scores(text) if s[2] == "rank"}


def test_follower_in_a_table_holds_its_slot() -> None:
    text = ("Hasil Balapan MotoGP\n\nTorehan pembalap Lorenzo terpaut jauh dengan Petrucci "
            "yang membuntuti di tempat kedua dengan 160 poin.")
    got = _held(text)
    assert (2, "rank", "Petrucci") in got
    assert (160, "value", "Petrucci") in got


def test_relative_clause_with_tengah_holds_its_slot() -> None:
    text = ("Hasil Balapan MotoGP\n\nSelisihnya besar dengan Iannone yang tengah mengisi "
            "tempat kesembilan di klasemen.")
    assert (9, "rank", "Iannone") in _held(text)


def test_points_collector_before_a_move_holds_the_rank() -> None:
    text = ("Hasil Liga Satu\n\nPersik menang 2-0 di Stadion Brawijaya, Kota Kediri, Jumat. "
            "Kemenangan itu membuat Persik mengoleksi 25 poin dan naik ke peringkat keenam "
            "klasemen.")
    got = _held(text)
    assert (6, "rank", "Persik") in got
    assert (6, "rank", "Kota Kediri") not in got


def _held_with(text: str, subjects: list[SubjectMention]) -> set[tuple[object, str, str | None]]:
    return {(s.value, s.kind, s.subject)
            for s in find_scores(text, rules=METRICS, subjects=subjects)}


def test_place_named_before_its_own_rank_verb_holds_it() -> None:
    text = ("Kualifikasi Piala Asia\n\nJepang berada di puncak klasemen dengan enam poin, "
            "diikuti Korea Selatan di posisi kedua dengan empat poin.")
    got = _held_with(text, mentions(text, "Jepang", "Korea Selatan"))
    assert (1, "rank", "Jepang") in got
    assert (2, "rank", "Korea Selatan") in got
    assert (2, "rank", "Jepang") not in got


def test_place_ending_a_club_name_is_not_the_holder() -> None:
    text = ("Hasil Liga Satu\n\nHasil itu membuat Persiwa tertahan di peringkat ke-8 klasemen "
            "Liga 1 dengan 26 poin. Rajawali Lampung berada di peringkat ke-13 dengan 17 poin.")
    got = _held_with(text, mentions(text, "Lampung"))
    assert (13, "rank", "Rajawali Lampung") in got
    assert (13, "rank", "Lampung") not in got


# --- the top left, and small tallies in words (session 24) -------------------------------

@pytest.mark.parametrize("text", [
    "Hasil Grup G\n\nNamun, tim asuhan Budi itu tergeser dari puncak klasemen setelah kalah.",
    "Hasil Liga Satu\n\nJarak Persikota dari puncak klasemen kini tujuh poin.",
])
def test_top_of_a_table_left_is_no_rank(text: str) -> None:
    assert (1, "rank") not in {(v, k) for _, v, k in _scores(text)}


def test_top_of_a_table_reached_is_rank_one() -> None:
    text = "Hasil Grup G\n\nKemenangan itu membuat Vietnam naik ke puncak klasemen Grup G."
    assert ("klasemen Grup G", 1, "rank") in _scores(text)


def test_points_in_words_after_a_rank_are_the_tally() -> None:
    text = ("Hasil Kualifikasi\n\nJepang berada di puncak klasemen dengan enam poin, diikuti "
            "Korea Selatan di posisi kedua dengan empat poin.")
    got = _held_with(text, mentions(text, "Jepang", "Korea Selatan"))
    assert (6, "value", "Jepang") in got
    assert (4, "value", "Korea Selatan") in got


def test_points_in_words_open_a_standing_without_a_table_name() -> None:
    text = ("Hasil Grup B\n\nKemenangan di laga itu membawa Myanmar ke posisi kedua dengan "
            "tiga poin.")
    got = _scores(text)
    assert ("klasemen", 2, "rank") in got
    assert ("klasemen", 3, "value") in got


@pytest.mark.parametrize("text", [
    # points in words without a rank before them: a count of a match won
    "Hasil Grup G\n\nTim itu meraih tiga poin dari laga pertama di klasemen grup.",
    # a rank, then no points
    "Hasil Grup G\n\nPelatih ingin timnya di posisi kedua dengan tiga pemain baru.",
])
def test_words_without_a_table_tally_are_no_points(text: str) -> None:
    assert 3 not in _values(text)


def test_rank_after_a_named_table_takes_the_table() -> None:
    text = ("Hasil Liga Dua\n\nKemenangan itu membuat Persijap terus menempel Persiba, yang "
            "memuncaki klasemen Wilayah Timur. Kedua tim hanya berselisih satu poin. Sementara "
            "Persikas masih tertahan di zona merah, persisnya di posisi 10.")
    assert ("klasemen Wilayah Timur", 10, "rank") in _scores(text)


def test_rank_after_a_score_named_before_takes_no_table() -> None:
    text = ("Indeks Kota\n\nNilai indeks kota itu naik menjadi 70. Warga berharap kota itu "
            "berada di posisi 10 tahun depan.")
    assert 10 not in _values(text)


# --- a range of ranks held in turn (session 24) ------------------------------------------

def _ranks_of(text: str) -> set[tuple[object, str | None]]:
    return {(s.value, s.subject) for s in find_scores(text, rules=METRICS) if s.kind == "rank"}


@pytest.mark.parametrize("tail", [
    "Di posisi keempat sampai keenam berturut-turut ada Fiji, Tonga dan Samoa.",
    "Peringkat 4 hingga 6 ditempati oleh Fiji, Tonga, dan Samoa.",
])
def test_range_of_ranks_in_turn_gives_each_name_its_rank(tail: str) -> None:
    text = ("Hasil Grup K\n\nBhutan menduduki peringkat kedua klasemen sementara Grup K dengan "
            "koleksi tiga poin. " + tail)
    got = _ranks_of(text)
    assert {(4, "Fiji"), (5, "Tonga"), (6, "Samoa")} <= got


@pytest.mark.parametrize("tail", [
    # names not as many as the ranks
    "Posisi 4 hingga 5 berturut-turut ditempati Fiji, Tonga dan Samoa.",
    # no names in turn: a group of teams
    "Di posisi keempat sampai keenam berturut-turut ada tim-tim Oseania.",
    # "ada" without "berturut-turut": no order said
    "Peringkat keempat hingga keenam ada Fiji, Tonga dan Samoa.",
])
def test_range_of_ranks_without_names_in_turn_gives_no_rank(tail: str) -> None:
    text = ("Hasil Grup K\n\nBhutan menduduki peringkat kedua klasemen sementara Grup K dengan "
            "koleksi tiga poin. " + tail)
    got = _ranks_of(text)
    assert not {r for r in got if r[0] in (4, 5, 6)}


# --- points said before the rank they bring (session 24) ---------------------------------

def test_points_collected_before_a_rank_are_the_tally() -> None:
    text = ("Hasil Liga Satu\n\nKemenangan itu membuat Persik mengoleksi 25 poin dan naik ke "
            "peringkat keenam klasemen.")
    got = _held(text)
    assert (25, "value", "Persik") in got
    assert (6, "rank", "Persik") in got


def test_points_in_words_before_a_rank_are_the_tally() -> None:
    text = ("Hasil Grup G\n\nKamboja berada di puncak klasemen dengan enam poin. Lalu "
            "Vietnam dengan dua poin ada di urutan keempat klasemen.")
    got = _held_with(text, mentions(text, "Kamboja", "Vietnam"))
    assert (2, "value", "Vietnam") in got


@pytest.mark.parametrize("text", [
    # points with no rank after them in the clause
    "Hasil Liga Satu\n\nPersik mengoleksi 25 poin dari sepuluh laga, jauh dari target klub.",
    # a rank in the next clause, after a comma
    "Hasil Liga Satu\n\nPersik mengoleksi 25 poin, sementara klub lain di peringkat ketiga "
    "klasemen.",
])
def test_points_without_a_rank_after_them_are_no_tally(text: str) -> None:
    assert 25 not in _values(text)


# --- a ranking's source named before its holder ------------------------------------------

def _with_subjects(text: str, named: list[tuple[str, str]]) -> list[tuple[object, str | None]]:
    subjects = [SubjectMention(n, text.find(n), text.find(n) + len(n), kind) for n, kind in named]
    return [(s.value, s.subject) for s in find_scores(text, rules=METRICS, subjects=subjects)]


@pytest.mark.parametrize("source", ["Menurut data", "Menurut laporan", "Berdasarkan catatan",
                                    "Berdasarkan publikasi"])
def test_the_body_whose_data_a_rank_is_read_from_is_no_holder(source: str) -> None:
    text = (f"{source} Himpunan Perajin Rotan Sedunia (HPRS), Negeri Alfa tercatat sebagai "
            "pengekspor rotan terbesar keempat di dunia.")
    named = [("Himpunan Perajin Rotan Sedunia", "agency"), ("Negeri Alfa", "place")]
    assert _with_subjects(text, named) == [(4, "Negeri Alfa")]


def test_a_body_that_holds_the_rank_after_menurut_data_of_another_stays_its_holder() -> None:
    text = ("Menurut data kementerian, Dinas Pangan Kota Beta menempati peringkat ke-2 "
            "dalam penilaian layanan publik tingkat provinsi.")
    named = [("Dinas Pangan Kota Beta", "agency")]
    assert _with_subjects(text, named) == [(2, "Dinas Pangan Kota Beta")]


@pytest.mark.parametrize("word", ["KELİMA", "kelıma"])
def test_a_joined_rank_word_matched_through_a_case_fold_is_its_rank(word: str) -> None:
    # "İ"/"ı" match "i" under re.IGNORECASE; the rank-word lookup of the match's casefold()
    # raised KeyError. The rank is read as the word it matched
    text = ("Universitas Sumber Jaya dan Universitas Lembah Hijau menempati peringkat keempat dan "
            "{} versi THE World University Rankings 2023.")
    assert _scores(text.format(word)) == _scores(text.format("kelima"))
    assert ("THE World University Rankings", 5, "rank") in _scores(text.format("kelima"))
