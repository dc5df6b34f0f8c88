"""A graduate's predicate and grade point average: "lulus dengan predikat cum laude, IPK 3,90".

A person's evaluation is a score (set P notes: a graduation predicate is a grade, a grade point
average an average; gold names the predicate's metric "predikat"). Read here:

- the Latin honours ("cum laude", "cumlaude", "summa cum laude", "magna cum laude") after
  "predikat", "gelar", "dengan", "meraih" or "lulus": a grade of metric "predikat", the value as
  written;
- a grade point average ("IPK 3,90", "Indeks Prestasi Kumulatif (IPK) sebesar 3,94") with a number
  of a four-point scale, where the sentence speaks of study (the lexicon's IPK, the corruption
  perception index, stands down there by its ``not_near`` words): an average of metric "IPK".

Not scores: requirements and aims ("IPK minimal 3,00", "syarat", "target"), a scale's maximum
("skala 4,00").
"""

from __future__ import annotations

import re

from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf

#: The Latin honours, after a word that gives them to someone.
_HONOURS = re.compile(
    r"\b(?:predikat|gelar|dengan|meraih|lulus|berpredikat)[ \t]+(?:predikat[ \t]+)?[\"“']?"
    r"((?i:(?:summa|magna)[ \t]+)?(?i:cum[ \t-]?laude))\b", re.IGNORECASE)
#: A grade point average: the acronym or its long form (with the acronym in brackets), an
#: optional "sebesar"/"yakni", then a number of a four-point scale ("3,90", "4.00").
_GPA = re.compile(
    r"\b(?:IPK|Indeks[ \t]+Prestasi[ \t]+Kumulatif(?:[ \t]*\(IPK\))?)(?:[ \t]+(?:nya))?"
    r"[ \t]+(?:(?:sebesar|yakni|yaitu|mencapai|dengan[ \t]+nilai|senilai)[ \t]+)?"
    r"([0-4][.,]\d{1,2})\b(?![.,]\d)")
#: Words of study that show "IPK" is a grade point average.
_STUDY = re.compile(r"\b(?:mahasiswa|mahasiswi|wisuda\w*|lulus\w*|kuliah|sarjana|magister|doktor"
                    r"|cum[ \t-]?laude|cumlaude|semester|kampus|universitas|institut|studi"
                    r"|Indeks[ \t]+Prestasi|program[ \t]+studi|S[123])\b", re.IGNORECASE)
#: A requirement, a limit or an aim right before the value: no one's result.
_NOT_HELD = re.compile(r"\b(?:minimal|minimum|min\.|maksimal|syarat\w*|persyaratan|target\w*"
                       r"|harus|wajib|setidaknya|sekurang-kurangnya|paling[ \t]+(?:rendah|sedikit)"
                       r"|di[ \t]+atas|di[ \t]+bawah|skala|batas|ingin|berharap|bercita-cita)\b"
                       r"[^.;:]{0,80}$", re.IGNORECASE)


#: The graduate: a capitalised name (one to three words) before a verb of earning or finishing
#: in the sentence ("Habibie menerima gelar ...", "Kahiyang kabarnya berhasil menyelesaikan").
_GRADUATE = re.compile(
    r"(?<![\w-])((?!(?:Dengan|Dalam|Pada|Saat|Selain|Namun|Setelah|Sebelum|Ia|Dia|Beliau|Ini|Itu"
    r"|Kabar|Menurut|Di|Dari|Untuk|Bagaimana|Tak|Tidak|Semua|Sebagai|Lulus)\b)"
    r"[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,}){0,2})"
    r"(?:[ \t]+(?:kabarnya|pun|juga|telah|sudah|akhirnya|berhasil|sukses|kemudian|lalu)){0,2}"
    r"[ \t]+(?:meraih|menerima|mendapat(?:kan)?|memperoleh|lulus|menyelesaikan|diwisuda"
    r"|menyandang)\b")


def _graduate(text: str, sent: tuple[int, int], start: int) -> list[str] | None:
    """The name of the graduate before ``start`` in its sentence, if the sentence gives one."""
    found = list(_GRADUATE.finditer(text, sent[0], start))
    return [found[-1].group(1)] if found else None


def academic_candidates(text: str, sent_of: SentenceOf) -> list[Candidate]:
    """The honours and grade point averages of graduates in ``text``.

    Parameters
    ----------
    text : str
        The article text.
    sent_of : SentenceOf
        The sentence span of a position.

    Returns
    -------
    list[Candidate]
        Grades of metric "predikat" and averages of metric "IPK", in text order.
    """
    lowered = text.casefold()
    if "laude" not in lowered and "ipk" not in lowered and "prestasi" not in lowered:
        return []
    out: list[Candidate] = []
    for m in _HONOURS.finditer(text) if "laude" in lowered else ():
        sent = sent_of(m.start(1))
        if _NOT_HELD.search(text, sent[0], m.start(1)):
            continue  # "syarat lulus dengan predikat cum laude": a requirement
        metric = Metric("predikat", m.start(1), m.start(1), None, award=True, local=True,
                        personal=True)
        out.append(Candidate(metric, m.group(1), "grade", None, m.group(1), m.start(1), m.end(1),
                             sent, _graduate(text, sent, m.start(1))))
    for m in _GPA.finditer(text):
        sent = sent_of(m.start(1))
        if not _STUDY.search(text, *sent) or _NOT_HELD.search(text, sent[0], m.start(1)):
            continue  # the corruption index, or "IPK minimal 3,00": no graduate's result
        value = float(m.group(1).replace(",", "."))
        metric = Metric("IPK", m.start(), m.start(), None, local=True, personal=True)
        out.append(Candidate(metric, value, "average", None, m.group(1), m.start(1), m.end(1),
                             sent, _graduate(text, sent, m.start())))
    return sorted(out, key=lambda c: c.start)
