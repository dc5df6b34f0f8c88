"""A score given by the bare word "skor" to a named holder, where no evaluation is named.

"Konsorsium A mendapatkan skor 81,45", "ponsel B mencatat skor 412.000 poin": an evaluation's
result stated with the score word alone. When neither the sentence nor the text shortly before
names an evaluation (the value would take none and be lost), the score word as written ("skor",
"skor total") is the metric, for the value right after it only (``local``).

Not read: a score a rule gives ("setiap jawaban benar akan mendapat skor 5": a weight of the
criteria, modal or condition before the verb), one with no name right before its verb
(a relative clause and adverbs may stand between; "unit itu mencatat skor ...", "peserta asal
Kota A ini meraih skor ..." have none), a match result ("dengan skor 2-1"), a comparison
("mencetak skor 28 persen lebih tinggi") and sports talk. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.context import carried_metric
from beritanlp.rules.scores.model import Metric, SentenceOf, between

#: A verb of getting a score, the score word (maybe "total"/"akhir"/"rata-rata"), then a number.
_SCORED = re.compile(
    r"\b(?:mendapat(?:kan)?|meraih|memperoleh|mengantongi|mencatat(?:kan)?|membukukan"
    r"|menggapai|mencetak|meraup)[ \t]+(?P<word>[Ss]kor(?:[ \t]+(?:total|akhir|rata-rata))?)"
    r"[ \t]+(?:(?:sebesar|hampir|mencapai|senilai)[ \t]+)?(?=\d)")
#: A match result or a ratio right after the number: "skor 2-1", "skor 3:0", "skor 1/2".
_RESULT = re.compile(r"\d+(?:[.,]\d+)*[ \t]*[-–:/][ \t]*\d")
#: A comparison after the number: "skor 28 persen lebih tinggi" (a change, not the score).
_COMPARED = re.compile(r"\d+(?:[.,]\d+)*[ \t]*(?:%|persen)?[ \t]+(?:lebih|kali)\b",
                       re.IGNORECASE)
#: A modal, a condition or a rule's quantifier before the verb: the score a rule gives.
_NOT_HELD = re.compile(r"\b(?:akan|bakal|bisa|dapat|harus|wajib|setiap|tiap|jika|bila|apabila"
                       r"|minimal|maksimal|untuk|agar|supaya|ingin|berharap|target)\b",
                       re.IGNORECASE)
#: A capitalised word (a name) in a clause.
_NAMED = re.compile(r"(?<![\w-])[A-Z][\w&.-]*")
#: The holder's name right before the verb, maybe with a relative clause and adverbs between:
#: "Kabupaten A memperoleh", "Konsorsium B yang memenangkan lelang mendapatkan", "Desa C
#: berhasil meraih" ("peserta asal Kota D ini berhasil meraih": no name right before).
_HOLDER_BEFORE = re.compile(
    r"(?<![\w-])[A-Z][\w&.-]*(?:[ \t]+yang\b[^,;:]*?)?"
    r"(?:[ \t]+(?:berhasil|sukses|juga|pun|kembali|telah|sudah|hanya|akhirnya|mampu))*[ \t]*$")
#: Where the holder's clause starts: a comma, a semicolon or a colon.
_CLAUSE_BREAK = re.compile(r"[,;:]")


def _holder_clause(text: str, sent: tuple[int, int], verb: int) -> str | None:
    """The clause before the verb at ``verb``: from the last break (or the sentence start).

    ``None`` when a clause before it names someone too ("Situs uji A mencatat, ponsel B
    meraih skor ...": whose score it is, and by whom, is not for this bare word to say).
    """
    lo = sent[0]
    for b in _CLAUSE_BREAK.finditer(text, sent[0], verb):
        lo = b.end()
    opening = _NAMED.search(text, sent[0], lo)
    if opening is not None and (opening.start() > sent[0] + 3
                                or _NAMED.search(text, opening.end(), lo) is not None):
        return None
    return text[lo:verb]


#: Another number soon after the score's: "skor 81,45 dengan rincian teknis 62,1 dan ..."
#: (parts with names of their own, which the bare word would take).
_NUMBER_SOON = re.compile(r"\d+(?:[.,]\d+)*(?![.,]?\d)[^\d.,;!?]{1,90}?\d")


def score_word_metrics(text: str, found: Sequence[Metric], sent_of: SentenceOf,
                       sports: re.Pattern[str]) -> list[Metric]:
    """The bare score words of ``text`` that serve as a value's metric (see the module).

    Parameters
    ----------
    text : str
        The article.
    found : sequence of Metric
        The metrics found so far (any order): a score word in a sentence naming one, or after
        one named shortly before, is none.
    sent_of : callable
        ``sent_of(pos)``: the sentence holding ``pos``.
    sports : re.Pattern
        Sports talk (a player, a match): no score word is read in a sentence it finds.

    Returns
    -------
    list of Metric
        One ``local`` metric per score word read, named as written.
    """
    if "kor " not in text:
        return []
    ordered = sorted(found, key=lambda m: m.start)
    out: list[Metric] = []
    for m in _SCORED.finditer(text):
        sent = sent_of(m.start())
        number = m.end()
        clause = _holder_clause(text, sent, m.start())
        if clause is None or _RESULT.match(text, number) or _COMPARED.match(text, number) \
                or _NUMBER_SOON.match(text, number, sent[1]) \
                or _NOT_HELD.search(clause) or not _HOLDER_BEFORE.search(clause) \
                or between(ordered, sent[0], sent[1]) \
                or carried_metric(ordered, number, sent) is not None \
                or sports.search(text, *sent) is not None:
            continue
        out.append(Metric(m.group("word"), m.start("word"), m.end("word"), None, local=True))
    return out
