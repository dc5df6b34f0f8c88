"""Groups of people a breakdown of an index gives values to ("masyarakat perdesaan").

Statistics offices break an index down by group: "IPAK warga kota sebesar 3,9", "IPAK bagi
kelompok usia dewasa tercatat 3,5", "lebih rendah (3,4) dibanding warga kota (3,9)", "pada
petani dengan indeks ... sebesar 3,2". Each value is the
named group's, not the agency that publishes the index.
"""

from __future__ import annotations

import re

from beritanlp.rules.scores.model import Candidate

#: Head nouns of a group of people.
GROUP_HEADS = (r"(?:masyarakat|penduduk|warga|responden|kelompok|rumah[ \t]+tangga|siswa"
               r"|pelajar|pekerja|perempuan|laki-laki|remaja|lansia|petani|nelayan)")
#: The rest of a group's name: lower-case words, acronyms ("di bawah SMA") and ages ("usia 60
#: tahun ke atas"), never a proper name ("masyarakat Kabupaten Lembah" is the region's value).
_TAIL = r"(?:[ \t]+(?:(?![A-Z][a-z])[A-Za-z][\w-]*|\d{1,3}(?=[ \t]+tahun\b))){0,12}?"
#: What follows a group and introduces its value ("tercatat", "berkisar", "(3,49)").
_VALUE_WORDS = (r"[ \t]+(?:mencapai|sebesar|adalah|ialah|yakni|yaitu|tercatat|berada|paling"
                r"|berkisar|rata-rata|senilai|naik|turun|meningkat|menurun|lebih"
                r"|hanya(?=[ \t]+\d))\b|[ \t]*\(")
_VALUE_NEXT = rf"(?={_VALUE_WORDS})"
#: A group right after an index's name, maybe after a preposition: "indeks ... warga kota
#: tercatat 4,12", "IPAK bagi kelompok usia dewasa tercatat", "IKW menurut karakteristik
#: responden lansia sebesar".
_GROUP_AFTER = re.compile(
    r"(?:\)|[ \t]*\([A-Z][\w-]{1,10}\))?"  # a short form: "Indeks X (IX) warga ..."
    r"[ \t]+(?:(?:untuk|pada|bagi|di[ \t]+kalangan|menurut(?:[ \t]+karakteristik)?)[ \t]+)?"
    rf"({GROUP_HEADS}{_TAIL}){_VALUE_NEXT}")
#: A group introduced by a preposition or a comparison, before the index or its value:
#: "pada masyarakat perdesaan dengan indeks ... mencapai", "dibanding masyarakat desa (3,49)".
_GROUP_BEFORE = re.compile(
    r"\b(?:untuk|pada|bagi|di[ \t]+kalangan|dibanding(?:kan)?(?:[ \t]+dengan)?|ketimbang"
    rf"|daripada)[ \t]+({GROUP_HEADS}{_TAIL})"
    r"(?=[ \t]+dengan[ \t]+(?:indeks|nilai|skor|angka|capaian)\b|"
    rf"{_VALUE_WORDS})")
#: The next group of a breakdown: ", kemudian SLTA sebesar ", "dan usia 60 tahun sebesar ".
_NEXT_GROUP = re.compile(r"(?:,|\b(?:kemudian|lalu|dan|sedangkan|serta))[ \t]+"
                         r"(?:(?:kemudian|lalu|dan|untuk)[ \t]+)?"
                         r"([A-Za-z][\w-]*(?:[ \t]+[\w-]+){0,5}?)[ \t]+sebesar[ \t]+$")
#: Words no group's name holds: verbs (meN-, ber-), "yang", "dari", "pada", a year, "tahun"
#: (but an age: "usia 60 tahun").
_NOT_GROUP_WORD = re.compile(r"\b(?:(?:me|ber)[a-z]{3,}|yang|dari|(?<!\d[ \t])tahun|nilai|skor"
                             r"|indeks|pada|(?:19|20)\d\d)\b", re.IGNORECASE)
#: How far (characters) after the group its value may be.
_GROUP_REACH = 60
#: How far a group before the value may be (the index's long name may sit between).
_BEFORE_REACH = 120


def group_of(text: str, c: Candidate) -> str | None:
    """The group of people whose value ``c`` is, named after its metric or before it."""
    return _group_after(text, c) or _group_before(text, c)


def _group_after(text: str, c: Candidate) -> str | None:
    """The group named right after the metric when ``c`` is the first value after it."""
    m = _GROUP_AFTER.match(text, c.metric.end, c.sentence[1])
    if m is None or c.start < m.end():
        return None
    if c.start <= m.end() + _GROUP_REACH and not re.search(r"\d", text[m.end():c.start]):
        return _trimmed(m.group(1))
    # "..., kemudian SMP sebesar 3,71, lalu sarjana sebesar 4,2": the next groups
    listed = _NEXT_GROUP.search(text, max(m.end(), c.start - _GROUP_REACH), c.start)
    if listed is None or _NOT_GROUP_WORD.search(listed.group(1)):
        return None  # ", naik dibanding tahun lalu yang sebesar": a clause, no group
    return listed.group(1)


def _group_before(text: str, c: Candidate) -> str | None:
    """The last group a preposition or a comparison names before ``c``, no number between."""
    lo = max(c.sentence[0], c.start - _BEFORE_REACH - 120)
    found = list(_GROUP_BEFORE.finditer(text, lo, c.start))
    if not found:
        return None
    m = found[-1]
    if c.start - m.end() > _BEFORE_REACH or re.search(r"\d", text[m.end():c.start]):
        return None
    return _trimmed(m.group(1))


def _trimmed(group: str) -> str:
    """A group without a trailing relative "yang" ("usia 70 tahun ke atas yang cuma 3,2")."""
    return re.sub(r"[ \t]+yang$", "", group)
