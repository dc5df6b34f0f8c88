"""Tokenizer and sentence splitter: the seed headline, long runs, space separators."""

import pytest
import spacy

from beritanlp.pipeline import blank
from beritanlp.text.tokenizer import LONG_RUN_CHARS, SPACE_SEPARATORS, NewsTokenizer, plain_spaces


@pytest.fixture(scope="module")
def nlp():
    nlp = blank()
    nlp.add_pipe("beritanlp_sentences")
    return nlp


def test_seed_headline_is_its_own_sentence(nlp, shared_data):
    text = (shared_data / "seed" / "spi_pangkalpinang_2024.txt").read_text(encoding="utf-8")
    first = next(iter(nlp(text).sents))
    assert first.text.strip() == text.split("\n\n")[0].strip()


def test_long_runs_without_spaces_are_split_linearly_and_keep_the_text(nlp, tmp_path):
    run = "=" * 4_000 + "Rp1,5" + "!?" * 3_000  # spaCy's own loop would take minutes on this
    text = f"Warga Bekasi datang.  {run} \nKPK (16/5/2024) hadir. "
    doc = nlp(text)
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)  # offsets are right
    assert len(run) > LONG_RUN_CHARS
    long_part = [t.text for t in doc if t.idx >= text.index(run) and t.idx < text.index(run)
                 + len(run)]
    assert long_part == ["=" * 4_000, "Rp1", ",", "5"] + ["!", "?"] * 3_000
    # the text around the run is tokenized as on its own
    for part in ("Warga Bekasi datang.  ", "\nKPK (16/5/2024) hadir. "):
        start = text.index(part)
        assert [t.text for t in doc if start <= t.idx < start + len(part)] == [
            t.text for t in nlp.make_doc(part)]
    assert len(list(doc.sents)) >= 2
    # the tokenizer alone sets no sentence starts, as spaCy's own does not
    alone = nlp.make_doc(text)
    assert not alone.has_annotation("SENT_START")
    first = nlp.make_doc("a b")[0].is_sent_start  # what spaCy's path gives the first token
    assert [t.is_sent_start for t in alone] == [first] + [None] * (len(alone) - 1)
    # ordinary words, however long, stay on spaCy's path
    word = "a" * LONG_RUN_CHARS
    assert [t.text for t in nlp.make_doc(f"kata {word}.")] == ["kata", word, "."]
    # and the tokenizer keeps its class through to_disk / spacy.load
    nlp.to_disk(tmp_path / "pipe")
    assert isinstance(spacy.load(tmp_path / "pipe").tokenizer, NewsTokenizer)


def test_long_run_keeps_the_tokenizer_linear(nlp):
    """Issue 18 #3: one run of 501 characters made the whole text quadratic (sentence reset)."""
    import time

    sentence = "Wali Kota Bandung meresmikan pasar baru pada Senin (3/6/2024), kata dia. "
    text = (sentence * (20_000 // len(sentence) + 1))[:20_000]
    with_run = f"{text[:10_000]} {'=' * (LONG_RUN_CHARS + 1)} {text[10_000:]}"

    def seconds(t: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            nlp.make_doc(t)
            best = min(best, time.perf_counter() - start)
        return best

    plain, run = seconds(text), seconds(with_run)
    # measured before the fix: ~60x; after: ~1x. 5x leaves room for a loaded machine.
    assert run < 5 * plain + 0.05, (plain, run)
    doc = nlp.make_doc(with_run)
    assert not doc.has_annotation("SENT_START")
    assert [t.is_sent_start for t in doc[1:]] == [None] * (len(doc) - 1)


def test_remembered_regexes_answer_as_the_regexes_do(nlp):
    """The tokenizer's prefix/suffix/infix regexes answer from a memo (and the prefix regex
    from position 0 first): every answer must be the plain regex's, on new and repeated
    strings, with or without the one prefix alternative that is not anchored (``<a...>``)."""
    import pickle
    import random

    from beritanlp.text.tokenizer import RegexMemo

    tokenizer = nlp.tokenizer
    memos = {name: getattr(tokenizer, name).__self__
             for name in ("prefix_search", "suffix_search", "infix_finditer")}
    assert all(isinstance(memo, RegexMemo) for memo in memos.values())
    assert memos["prefix_search"].loose == frozenset("<")
    pieces = ["a", "Rp", "US$", "1", "2024", "/", "-", ".", ",", "(", ")", "“", "”", '"', "'",
              "<a", "<a x>", ">", "<", "kata", "Jl.", "…", "%", "km", "—", "--", "<b/>", "?!"]
    rng = random.Random(7)
    strings = ["", "<a href=x>kata", "kata<a href=x>", "(<a x>)"] + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    for string in strings + strings:  # the second round answers from the memo
        for memo in memos.values():
            if memo is memos["infix_finditer"]:
                assert [m.span() for m in memo.finditer(string)] == [
                    m.span() for m in memo.regex.finditer(string)], string
            else:
                got, want = memo.search(string), memo.regex.search(string)
                assert (got and got.span()) == (want and want.span()), string
    # the memo stays within its size and is not pickled
    small = RegexMemo(memos["suffix_search"].regex, size=10)
    for string in strings[:100]:
        small.search(string)
    assert len(small) <= 10
    copy = pickle.loads(pickle.dumps(small))
    assert copy.pattern == small.pattern and len(copy) == 0


def test_split_sentences_stays_linear_on_long_runs_of_stops():
    """A run of "." that ends no sentence (a lowercase word or nothing after it) was rescanned
    from each of its characters: 16,000 dots took 24 s."""
    import time

    from beritanlp.text.sentences import split_sentences

    def seconds(n: int) -> float:
        texts = ["nilai" + "." * n + " naik", "!" * n, "kata" + "?." * n + "x"]
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            for text in texts:
                split_sentences(text)
            best = min(best, time.perf_counter() - start)
        return best

    small, large = seconds(2_000), seconds(20_000)
    # ten times the text: about 10x when linear, 100x when quadratic
    assert large < 30 * small + 0.05, (small, large)
    # what the splitter says about such runs is unchanged
    assert split_sentences("Nilai naik..... Kota") == [(0, 16), (16, 20)]
    assert split_sentences("nilai" + "." * 10 + " naik") == [(0, 20)]


def test_split_sentences_ends_a_sentence_at_a_scrapers_stop_and_commas():
    """CLICK-ID text glues paragraphs with ".,," : a stop and a run of commas before a capital
    ends a sentence (one comma did already); before a lowercase word it ends none. Such runs
    stay linear."""
    import time

    from beritanlp.text.sentences import split_sentences

    text = "Aturan itu terbit pada 2018.,,Dia menjelaskan, nilai kota naik."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Aturan itu terbit pada 2018.,,", "Dia menjelaskan, nilai kota naik."]
    text = "Harga naik 2,5 persen.,, dan turun lagi."
    assert [text[s:e] for s, e in split_sentences(text)] == [text]

    def seconds(n: int) -> float:
        texts = ["nilai." + ", " * n + "naik", ("a." + ",," * 50) * (n // 50)]
        start = time.perf_counter()
        for t in texts:
            split_sentences(t)
        return time.perf_counter() - start

    small, large = seconds(2_000), seconds(20_000)
    assert large < 30 * small + 0.05, (small, large)


def test_word_after_a_paragraph_joint_is_sentence_initial():
    from beritanlp.text.sentences import after_paragraph_joint

    words = ["kata", "dia", ".", ",", "Adalah", "Jakarta", ",", "Bandung", '"', ",", "Camat"]
    assert after_paragraph_joint(words, 4)
    assert after_paragraph_joint(words, 10)
    assert not after_paragraph_joint(words, 7)  # an ordinary comma after a word
    assert not after_paragraph_joint(words, 3)
    assert not after_paragraph_joint(words, 1)


def test_space_separators_are_plain_spaces_with_the_same_offsets(nlp):
    plain = "Wakil Bupati Sinta Larasati membuka kantor Dinas Sosial di Desa Karang Jati."
    for sep in SPACE_SEPARATORS:
        text = plain.replace(" Larasati", f"{sep}Larasati").replace(" Sosial", f"{sep}Sosial")
        doc = nlp(text)
        assert [t.text for t in doc] == [t.text for t in nlp(plain)], repr(sep)
        assert doc.text == plain and len(doc.text) == len(text)  # offsets into the input hold


def test_plain_spaces_keeps_a_text_without_separators_and_every_other_character():
    text = "Kota\tBogor\nKota\u200bDepok, ¬†Bekasi"  # tab, newline, zero-width mark, garbled NBSP
    assert plain_spaces(text) is text
    assert plain_spaces("a\u00a0b\u202fc\u3000d") == "a b c d"
