"""Whether the article's main subject holds a score that names no holder.

A score whose sentence names nobody ("Tahun ini indeksnya naik menjadi 71,2") is the article's
main subject's however far back that subject was named (the title, the lead), unless another
possible holder stands between the main subject's last mention and the score: a described
person ("Rina Wulan, siswi kelas IX, ...") or an achiever ("Klub Beta meraih ...") or another
organisation among the subject mentions (not a place, not an issuer of the metric, not a unit of
the main subject itself), or the score's sentence describes its holder without naming it
("universitas yang menduduki peringkat pertama"); nor when the main subject is named only after
the score. The main subject's mentions include its short forms the text never
defines ("Perusahaan Umum Tirta Sukamaju" written "PUTS").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from beritanlp.rules.scores.cues import CAP
from beritanlp.rules.scores.model import Candidate, SubjectMention, between, is_issuer
from beritanlp.rules.scores.subjects import (
    DESCRIPTION_HEADS,
    achiever_matches,
    clean_subject,
    fullest,
)
from beritanlp.text.acronyms import FUNCTION_WORDS, is_short_form, short_form_chars
from beritanlp.text.words import segment

#: Words a name's initials skip ("Badan Pengawas dan Pemeriksa": BPP): a short form's function
#: words and the English "of".
_SKIPPED = FUNCTION_WORDS | {"of"}
#: Heads a short form may leave out: "Pemerintah Kabupaten Alas Raya" is "KAR" as well as
#: "PKAR", "PT Alfa Beta EP" is "ABEP".
_HEADS = frozenset({"pemerintah", "pt", "cv"})
#: Nouns of a kind of holder written lowercase: one the text does not name ("universitas yang
#: menduduki peringkat pertama", "perusahaan yang meraih predikat A").
_HOLDER_NOUNS = (r"(?:universitas|perguruan[ \t]+tinggi|kampus|sekolah|madrasah|perusahaan"
                 r"|perseroan|bank|rumah[ \t]+sakit|puskesmas|kementerian|lembaga|instansi"
                 r"|negara|daerah)")
#: A holder described, not named, before the score in its clause: a noun of a kind of holder (or
#: two coordinated, "kementerian dan lembaga": a group), "yang" and a verb of holding.
_DESCRIBED_HOLDER = re.compile(
    rf"(?<![\w-])({_HOLDER_NOUNS}(?:[ \t]+(?:dan|serta|atau)[ \t]+{_HOLDER_NOUNS})?)[ \t]+yang"
    r"[ \t]+(?:(?:belum|sudah|telah|berhasil|masih|pernah|juga|akan|tidak)[ \t]+)*"
    r"(?:meraih|memperoleh|mendapat(?:kan)?|menerima|mencapai|menduduki|menempati|menyandang"
    r"|berada|masuk)\b")
#: A representative described, not named, with whom they represent (maybe where): "Delegasi
#: yang mewakili Indonesia (dalam lomba X,) meraih juara ketiga": the delegate holds the rank,
#: not the country nor the article's main subject.
_REPRESENTATIVE = re.compile(
    rf"(?<![\w-])(?i:{DESCRIPTION_HEADS}|{_HOLDER_NOUNS})[ \t]+yang[ \t]+mewakili"
    rf"(?:[ \t]+{CAP}){{1,4}}(?:[ \t]+(?:dalam|di|pada)\b[^.;]{{0,60}}?)?[ \t]*,?[ \t]*"
    r"(?:(?:berhasil|juga|telah|sukses)[ \t]+)*"
    r"(?:meraih|memperoleh|mendapat(?:kan)?|menyabet|menduduki|menempati|keluar[ \t]+sebagai)\b")
#: The subject of a copula right before a described holder, said again: "Kantor ini menjadi
#: satu-satunya instansi yang ...", "lembaganya menjadi salah satu instansi yang ...",
#: "Pihaknya merupakan ...". The holder described is that subject (group 1 or 2: its noun).
_SAID_AGAIN = re.compile(
    r"(?<![\w-])(?:(\w+)[ \t]+(?:ini|itu|tersebut)|pihaknya|(\w+?)nya)[ \t]+"
    r"(?:(?:pun|juga|kembali|berhasil|kini|pun|telah|sudah)[ \t]+)*"
    r"(?:menjadi|merupakan|adalah|ialah|sebagai|termasuk)[ \t]+"
    r"(?:(?:salah[ \t]+satu|satu-satunya|satu[ \t]+dari)[ \t]+)?$", re.IGNORECASE)
#: Nouns of any institution: said again ("instansi ini", "lembaganya"), they stand for the
#: article's main subject as its own name's nouns do.
_INSTITUTION_NOUNS = frozenset({"instansi", "lembaga", "institusi"})
#: A back-reference to a score just given: "capaian itu", "Angka tersebut", "predikat ini".
_SCORE_AGAIN = re.compile(
    r"(?<![\w-])(?:capaian|angka|nilai|skor|prestasi|predikat|opini|peringkat|raihan|hasil"
    r"|penghargaan|pencapaian)(?:nya)?[ \t]+(?:itu|tersebut|ini)\b", re.IGNORECASE)
#: How far after a score's sentence (characters) the next sentence is read.
NEXT_SENTENCE_REACH = 400
_NEXT_END = re.compile(r"[.!?](?=[\"”']?(?:\s|,|$))")
#: A person set off by a description: "Rina Wulan, siswi kelas IX, ..." (description_heads.txt).
_DESCRIBED = re.compile(rf"(?<![\w-])({CAP}(?:[ \t]+{CAP}){{1,3}})[ \t]*,[ \t]+"
                        rf"(?:{DESCRIPTION_HEADS})\b")


def initials(name: str) -> str:
    """The capitals a short form of ``name`` is made of: a word in capitals gives all of it.

    Parameters
    ----------
    name : str
        A name ("Perusahaan Umum Tirta Sukamaju", "PT Alfa Beta EP").

    Returns
    -------
    str
        Its initials in capitals ("PUTS", "PTABEP"); function words give none.
    """
    out = []
    for word in name.split():
        if word.casefold() in _SKIPPED:
            continue
        out.append(word if word.isupper() else word[:1].upper())
    return "".join(out)


def short_form_of(short: str, name: str) -> bool:
    """Whether ``short`` spells the whole of ``name`` (or of ``name`` without its head).

    Parameters
    ----------
    short : str
        A word in capitals ("PUTS").
    name : str
        The long name.

    Returns
    -------
    bool
        True when the letters of ``short`` are the initials of every word of ``name``, or of
        every word after a head of :data:`_HEADS` ("PKB" is no short form of "Pemerintah
        Kabupaten Pati": its initials are "PKP" and "KP").
    """
    chars = short_form_chars(short).upper()
    if not chars.isupper() or not is_short_form(short):
        return False
    words = name.split()
    if initials(name) == chars:
        return True
    return (len(words) > 2 and words[0].casefold() in _HEADS
            and initials(" ".join(words[1:])) == chars)


def main_holds(text: str, c: Candidate, subjects: Sequence[SubjectMention], main: str | None,
               in_text: dict[str, bool] | None = None, since: int = 0) -> bool:
    """Whether ``main`` holds ``c``, a score whose sentence names no holder.

    Parameters
    ----------
    text : str
        The article.
    c : Candidate
        The score.
    subjects : sequence of SubjectMention
        The article's subject mentions, by start.
    main : str or None
        The article's main subject (:func:`beritanlp.rules.scores.subjects.main_subject`).
    in_text : dict, optional
        :func:`beritanlp.rules.scores.subjects.fullest`'s memo.
    since : int
        Where ``main`` must be named again after (the end of the sentence of a group's score:
        "A dan B meraih ... Rektor A mengatakan ..."); 0 when anywhere will do.

    Returns
    -------
    bool
        False when ``main`` is ``None`` or another possible holder is named between the last
        mention of ``main`` before ``c`` (the text's start if none) and ``c``; else True.
    """
    if main is None:
        return False
    last = _last_mention(text, c.start, subjects, main, in_text)
    if last < since or (last == 0 and not _claimed_next(text, c, subjects, main, in_text)):
        return False  # never named before the score, nor after it as the score's holder
    return not (_other_organisation(text, c, last, subjects, main, in_text)
                or _other_person(text, c, last, main, in_text)
                or _described_holder(text, c, main))


def _claimed_next(text: str, c: Candidate, subjects: Sequence[SubjectMention], main: str,
                  in_text: dict[str, bool] | None) -> bool:
    """Whether the sentence after ``c``'s names ``main`` and refers back to the score.

    "Nilai SPI tahun ini mencapai 76,2. Angka itu disampaikan ... capaian Pemerintah Kota X":
    the score named first is the main subject's, which the next sentence says it is of.
    """
    lo = c.sentence[1]
    end = _NEXT_END.search(text, lo + 1, lo + NEXT_SENTENCE_REACH)
    hi = end.end() if end else min(len(text), lo + NEXT_SENTENCE_REACH)
    if not _SCORE_AGAIN.search(text, lo, hi):
        return False
    return any(_is_main(text, s.text, main, in_text) for s in between(subjects, lo, hi))


def _described_holder(text: str, c: Candidate, main: str) -> bool:
    """Whether ``c``'s sentence describes its holder without naming it, as other than ``main``.

    "rektor universitas yang menduduki peringkat pertama" (in an article whose main subject is
    a country), "kementerian dan lembaga yang belum mencapai WTP" (a group): the score is of
    the holder described. A noun of ``main``'s own name alone ("kementerian yang meraih WTP" in
    an article of "Kementerian Alfa") may stand for it, and does not count.
    """
    if "mewakili" in text[c.sentence[0]:c.start] \
            and _REPRESENTATIVE.search(text, c.sentence[0], c.start):
        return True  # "Delegasi yang mewakili Indonesia meraih juara 3": the delegate's
    main_words = {w.casefold() for w in main.split()}
    for m in _DESCRIBED_HOLDER.finditer(text, c.sentence[0], c.start):
        again = _SAID_AGAIN.search(text, max(c.sentence[0], m.start() - 60), m.start())
        if again is not None and _stands_for_main(again, main_words):
            continue  # "Kantor ini menjadi satu-satunya instansi yang meraih ..."
        nouns = m.group(1).split()
        grouped = any(w in ("dan", "serta", "atau") for w in nouns)
        if grouped or not main_words & {w.casefold() for w in nouns}:
            return True
    return False


def _stands_for_main(again: re.Match[str], main_words: set[str]) -> bool:
    """Whether the subject :data:`_SAID_AGAIN` found is the main subject said again.

    "Pihaknya", a noun of the main subject's own name ("Kantor ini" for "Kantor Imigrasi X") or
    of any institution ("instansi ini", "lembaganya").
    """
    noun = (again.group(1) or again.group(2) or "").casefold()
    return not noun or noun in main_words or noun in _INSTITUTION_NOUNS


def _is_main(text: str, name: str, main: str, in_text: dict[str, bool] | None) -> bool:
    """Whether the mention ``name`` names ``main`` (a short form a mention gives is its own)."""
    return fullest(text, clean_subject(name), in_text) == main


def _last_mention(text: str, end: int, subjects: Sequence[SubjectMention], main: str,
                  in_text: dict[str, bool] | None) -> int:
    """Where the last mention of ``main`` before ``end`` ends (0 if there is none)."""
    last = max((s.end for s in between(subjects, 0, end)
                if _is_main(text, s.text, main, in_text)), default=0)
    words = segment(text).words
    hi = bisect_left(words.starts, end)
    for i in range(hi - 1, bisect_left(words.starts, last) - 1, -1):
        word = words[i]
        if word.text.isupper() and short_form_of(word.text, main):
            # a short form another mention covers is that mention's ("PKB" a party's)
            if not any(s.start <= word.start < s.end for s in subjects
                       if not _is_main(text, s.text, main, in_text)):
                return max(last, word.end)
    return last


def _other_organisation(text: str, c: Candidate, lo: int, subjects: Sequence[SubjectMention],
                        main: str, in_text: dict[str, bool] | None) -> bool:
    """Whether an organisation other than ``main`` is named between ``lo`` and ``c``.

    Places are never counted (an article names many where nothing is held), nor an issuer of
    ``c``'s metric, nor a unit of ``main`` (a name ending like it: "Dinas Kesehatan Kabupaten
    Alas Raya" in an article of "Pemerintah Kabupaten Alas Raya").
    """
    tail = main.split()[-1].casefold()
    for s in between(subjects, lo, c.start):
        if s.type == "place" or s.end > c.start:
            continue
        name = clean_subject(s.text)
        if not name or _is_main(text, name, main, in_text) or is_issuer(name, c.metric):
            continue
        if name.split()[-1].casefold() == tail:
            continue
        return True
    return False


def _other_person(text: str, c: Candidate, lo: int, main: str,
                  in_text: dict[str, bool] | None) -> bool:
    """Whether a described person or an achiever other than ``main`` stands between."""
    if _DESCRIBED.search(text, lo, c.start):
        return True
    return any(not _is_main(text, text[a:b], main, in_text)
               and not short_form_of(text[a:b], main) and not is_issuer(text[a:b], c.metric)
               for a, b, _ in achiever_matches(text, lo, c.start))
