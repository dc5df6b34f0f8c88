"""Officials core: lookups over a whole text are read from an index, not by a scan per call.

Each test counts the steps a lookup takes on a long text (reads of ``Context.norms``, calls of
``shortens``): a scan of every token per call, as before the index, takes thousands.
"""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest

from beritanlp.lexicons import Lexicons
from beritanlp.rules.officials import (
    OfficialsTables,
    coreference,
    extract_officials,
    officials_tables,
)
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
    shortens = coreference.shortens

    def counted(*args):
        calls["shortens"] += 1
        return shortens(*args)

    monkeypatch.setattr(coreference, "shortens", counted)
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
    full_names = [n for n in names if n.split()[0].endswith("ndi")]
    assert len(full_names) > 200  # a few pairs of initials read as something else
    assert calls["shortens"] <= 2 * 250  # every group against every name: 62,500


def test_the_nickname_table_is_the_one_passed_in(tables):
    # the nicknames are read from the tables given, no module table: an invented nickname
    # names an official in full only with a table that lists it
    text = "Menteri Pertanian Kangbu meninjau sawah. Budi Santoso datang pagi itu."
    persons = [(text.index("Kangbu"), text.index("Kangbu") + 6)]
    persons.append((text.index("Budi"), text.index("Budi") + 12))
    own = dataclasses.replace(tables, nicknames=((("kangbu",), ("budi", "santoso")),))
    assert [r["name"] for r in extract_officials(text, tables, persons)] == ["Kangbu"]
    assert [r["name"] for r in extract_officials(text, own, persons)] == ["Budi Santoso"]
