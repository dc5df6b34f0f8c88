"""Officials core: lookups over a whole text are read from an index, not by a scan per call.

Each test counts the steps a lookup takes on a long text (reads of ``Context.norms``, calls of
``shortens``): a scan of every token per call, as before the index, takes thousands.
"""

from __future__ import annotations

import dataclasses
import re
from types import SimpleNamespace

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.rules.officials import (
    OfficialsTables,
    coreference,
    extract_officials,
    full_names,
    officials_tables,
)
from beritanlp.rules.officials.candidates import Candidate
from beritanlp.rules.officials.context import Context
from beritanlp.rules.officials.next_subject import next_subject
from beritanlp.rules.officials.patterns import facility_name


@pytest.fixture(scope="module")
def tables() -> OfficialsTables:
    """The packaged tables, as a pipeline with default Lexicons reads them."""
    return officials_tables(Lexicons())


class CountedList(list):
    """A list that counts the items read by index."""

    reads = 0

    def __getitem__(self, key):
        self.reads += 1
        return super().__getitem__(key)


def _counted_context(text: str, tables: OfficialsTables) -> tuple[Context, CountedList]:
    ctx = Context(text, tables, None, True)
    assert ctx.norm_positions  # built before counting (once per text)
    norms = CountedList(ctx.norms)
    ctx.norms = norms
    return ctx, norms


FILLER = "Warga kampung datang ke pasar pagi ini . " * 250  # 2,250 tokens


def test_norm_positions_lists_every_token_by_norm(tables):
    ctx = Context("Budi datang . Ani dan Budi pulang .", tables, None, True)
    assert list(ctx.positions_of("budi")) == [0, 5]
    assert list(ctx.positions_of("tidak")) == []
    assert sum(len(v) for v in ctx.norm_positions.values()) == ctx.size


def test_facility_name_reads_only_the_mentions_of_the_first_word(tables):
    text = FILLER + "Bandara Sukamaju Permai dibuka . Kepala Seksi Sukamaju Permai hadir ."
    ctx, norms = _counted_context(text, tables)
    found = facility_name(ctx, SimpleNamespace(words=("sukamaju", "permai")))
    missing = facility_name(ctx, SimpleNamespace(words=("budi", "santoso")))
    assert found and not missing
    assert norms.reads <= 20  # a scan read every one of the 2,250 tokens per call


def test_a_fallback_name_and_its_objects_are_counted_from_the_index(tables):
    # "Kepala Staf X,sempat ... . Darmono mengaku": the name the NER missed is counted, and
    # looked for after object markers, at its mentions only
    text = (
        "Judul berita\n" + FILLER + "Kepala Staf Kepresidenan,sempat berkomentar . "
        "Darmono mengaku senang . Darmono pulang ."
    )
    ctx, norms = _counted_context(text, tables)
    k = next(i for i, t in enumerate(ctx.toks) if t.text == ",")
    name = ctx.size - 7
    assert ctx.toks[name].text == "Darmono"
    assert next_subject(ctx, k, set(), {"darmono"}) == (name, name + 1)
    assert norms.reads <= 100  # a count of mentions and a scan for objects read every token


def test_full_names_are_matched_through_an_index(tables, monkeypatch):
    # 250 officials named by initials, each written in full once: every short form is tried
    # against the written names that share its words, not against every written name
    calls = {"shortens": 0}
    shortens = full_names.shortens

    def counted(*args):
        calls["shortens"] += 1
        return shortens(*args)

    monkeypatch.setattr(full_names, "shortens", counted)
    sentences, persons, pos = [], [], 0
    letters = "ABCDEFGHIJKLMNOPRSTUW"
    for i in range(250):
        a, b = letters[i % 21], letters[i // 21]
        last = "Wira" + "".join("bdgklmnrst"[int(d)] + "a" for d in f"{i:03d}")
        short, full = f"{a}{b} {last}", f"{a}ndi {b}ayu {last}"
        sentence = f"Menteri {short} hadir . {full} datang . "
        persons.append((pos + 8, pos + 8 + len(short)))
        start = pos + sentence.index(full)
        persons.append((start, start + len(full)))
        sentences.append(sentence)
        pos += len(sentence)
    found = extract_officials("".join(sentences), tables, persons)
    names = {r["name"] for r in found}
    completed = [n for n in names if n.split()[0].endswith("ndi")]
    assert len(completed) > 200  # a few pairs of initials read as something else
    assert calls["shortens"] <= 2 * 250  # every group against every name: 62,500


class CountedWords(set):
    """A name's words that count the set differences taken from them (one per compared pair)."""

    differences = 0

    def __sub__(self, other):
        CountedWords.differences += 1
        return set(self) - set(other)


def test_misspelt_names_are_looked_up_not_compared_in_pairs(tables, monkeypatch):
    # 600 camats sharing the surname "Saputra", and "Hamin Saputra", a slip of one of them in a
    # later sentence: a name is compared only with the officials holding a word one letter off
    # one of its own, never with every official sharing "Saputra" (the old loop: 180,000 pairs)
    monkeypatch.setattr(CountedWords, "differences", 0)
    syllables = "ba ki mu re so".split()  # two names differ by two letters or more
    firsts = ["".join(syllables[i // 5**k % 5] for k in range(4)).capitalize() for i in range(600)]
    firsts[7] = "Hamim"
    sentences = [f"Camat {f[:3]}jaya {f} Saputra hadir ." for f in [*firsts, "Hamin"]]
    sentences[-1] = "Camat Hamjaya Hamin Saputra pulang ."
    text = " ".join(sentences)
    ctx = Context(text, tables, None, True)
    groups, pos = [], 0
    for sentence in sentences:
        jur = sentence.split()[1]
        name = " ".join(sentence.split()[2:4])
        start = pos + sentence.index(name)
        cand = Candidate(
            start,
            start + len(name),
            name,
            tuple(name.casefold().split()),
            "Camat",
            jur,
            ("camat", jur.casefold()),
            "regional",
            (pos, pos + 5),
            head="Camat",
        )
        groups.append(coreference.Official([cand], CountedWords(cand.words)))
        pos += len(sentence) + 1
    merged = coreference.merge_misspelt(ctx, groups, tables.holders_by_title)
    assert len(merged) == 600
    assert [c.name for c in merged[7].cands] == ["Hamim Saputra", "Hamin Saputra"]
    assert CountedWords.differences <= 10


def test_the_nickname_table_is_the_one_passed_in(tables):
    # the nicknames are read from the tables given, no module table: an invented nickname
    # names an official in full only with a table that lists it
    text = "Menteri Pertanian Kangbu meninjau sawah. Budi Santoso datang pagi itu."
    persons = [(text.index("Kangbu"), text.index("Kangbu") + 6)]
    persons.append((text.index("Budi"), text.index("Budi") + 12))
    own = dataclasses.replace(tables, nicknames=((("kangbu",), ("budi", "santoso")),))
    assert [r["name"] for r in extract_officials(text, tables, persons)] == ["Kangbu"]
    assert [r["name"] for r in extract_officials(text, own, persons)] == ["Budi Santoso"]


CAPITAL = re.compile(r"[A-Z]")


class _CountingPattern:
    """A nickname pattern that counts the capitalised words read from each start it is tried at.

    A try at a capital reads the run of capitalised words from there (``head``) before it can
    fail; ``finditer`` tries every capital between two matches, so it is counted that way.
    """

    def __init__(self, pattern, head):
        self.pattern, self.head, self.words = pattern, head, 0

    def _read(self, text, pos):
        run = self.head.match(text, pos)
        self.words += len(run.group().split()) if run else 1

    def match(self, text, pos):
        self._read(text, pos)
        return self.pattern.match(text, pos)

    def finditer(self, text):
        pos = 0
        for m in self.pattern.finditer(text):
            for cap in CAPITAL.finditer(text, pos, m.start() + 1):
                self._read(text, cap.start())
            pos = m.end()
            yield m
        for cap in CAPITAL.finditer(text, pos):
            self._read(text, cap.start())


LONG_RUN = " ".join(f"Kata{'bdgkl'[i % 5]}{i}" for i in range(2000))


@pytest.mark.parametrize(
    "cue, sentence",
    [
        (0, "Asep, sapaan akrab Bupati Ahmad Sutisna, datang ."),
        (1, "Bupati Ahmad Sutisna yang akrab disapa Kang Asep datang ."),
        (2, "Bupati Ahmad Sutisna (Asep) datang ."),
        (3, "Bupati Ahmad Sutisna atau Asep datang ."),
    ],
)
def test_a_long_capitalised_run_is_read_once_for_nicknames(tables, monkeypatch, cue, sentence):
    # 2,000 capitalised words before a nickname cue: each is read about once (finditer, trying
    # the pattern at every word and reading the run to its end from each, read 2,001,000)
    counted = [
        dataclasses.replace(c, pattern=_CountingPattern(c.pattern, c.head))
        for c in coreference.ALIAS_CUES
    ]
    monkeypatch.setattr(coreference, "ALIAS_CUES", tuple(counted))
    text = "Judul berita\n" + LONG_RUN + " . " + sentence + " Kemudian Asep tersenyum ."
    found = extract_officials(text, tables, [])
    assert [r["name"] for r in found] == ["Ahmad Sutisna"]
    last = text.rindex("Asep")
    assert [last, last + 4] in found[0]["mentions"]  # the nickname was found
    assert counted[cue].pattern.words > 0
    assert counted[cue].pattern.words <= 2 * 2000 + 20
    assert [m.span() for m in coreference.alias_matches(coreference.ALIAS_CUES[cue], text)] == [
        m.span() for m in coreference.ALIAS_CUES[cue].pattern.pattern.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Ahmad Sutisna (Asep) dan Wakil Bupati Budi S. Santoso (Busan) hadir .",
        "Jean-Pierre McDonald O'Neil (Jp) lalu AB C. (Dd) dan Ab. Cd (Ef)",
        "Asep--sapaan akrab Ahmad Sutisna--dan Ujang, yang biasa disapa Ucok Baba hadir",
        "Ahmadakrab disapa Kang Asep . Budi Santoso, biasa dipanggil Busan , datang",
        "Raden Mas Budi atau Ucok dan Siti Aminah alias Ami , lalu Dewi atau Aminah alias",
        "ABCDEFGH IJKL (MN) Kota (Ab) Alfa Beta ( Gama ) Delta Eta (Zeta",
    ],
)
def test_nickname_matches_are_those_of_the_whole_pattern(text):
    for cue in coreference.ALIAS_CUES:
        expected = [(m.span(), m.groupdict()) for m in cue.pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in coreference.alias_matches(cue, text)] == expected


def _coded(stem: str, i: int) -> str:
    """An invented name word, one per number ("Wirabadaga" for 12)."""
    return stem + "".join("bdgklmnrst"[int(d)] + "a" for d in f"{i:03d}")


def test_many_officials_with_one_post_are_not_compared_pairwise(tables, monkeypatch):
    # 300 officials with one post, each with a nickname: a nickname is tried against the
    # officials owning one of its name's words, and a name spelled by initials against those
    # holding its last word (every pair: 181,800 vocabularies and 89,700 spellings)
    calls = {"vocabulary": 0, "spells": 0}
    vocabulary, spells = coreference.Official.vocabulary, coreference.initials_of

    def counted_vocabulary(self):
        calls["vocabulary"] += 1
        return vocabulary(self)

    def counted_spells(*args):
        calls["spells"] += 1
        return spells(*args)

    monkeypatch.setattr(coreference.Official, "vocabulary", counted_vocabulary)
    monkeypatch.setattr(coreference, "initials_of", counted_spells)
    officials = 300
    text = "Judul berita\n" + " ".join(
        f"Camat {_coded('Bima', i)} {_coded('Wira', i)} ({_coded('Ko', i)}) hadir . "
        f"Camat {_coded('Ko', i)} pulang ."
        for i in range(officials)
    )
    found = extract_officials(text, tables, [])
    assert len(found) == officials
    assert all(len(r["mentions"]) == 3 for r in found)  # the name and the nickname twice
    assert calls["vocabulary"] <= 20 * officials
    assert calls["spells"] <= 2 * officials


@pytest.mark.parametrize(
    "text, name, mentions",
    [
        ("Camat Budi Wirana (Buwi) hadir . Warga datang . Camat Buwi pulang .", "Budi Wirana", 3),
        ("Camat Budi Setyo Wirana hadir . Camat BS Wirana tersenyum .", "Budi Setyo Wirana", 2),
    ],
)
def test_nicknames_and_initials_still_join_their_official(tables, text, name, mentions):
    found = extract_officials("Judul berita\n" + text, tables, [])
    assert [(r["name"], len(r["mentions"])) for r in found] == [(name, mentions)]
