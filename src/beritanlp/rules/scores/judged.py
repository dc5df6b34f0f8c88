"""Judged evaluations the metric table does not know, named by the sentence that places a subject.

Contests, awards and assessments come and go: "juara II tingkat nasional dalam Kompetisi
Inovasi Desa", "terbaik ketiga pada Lomba Kampung Tangguh", "Penghargaan Perak dalam kategori
"Kampanye Digital"". The metric table cannot list them; the sentence names them next to the
placing or the tier. This module reads those names so the rank and grade rules have a metric:

- :func:`judged_metrics` -- the evaluation named right after a rank ("juara 3 dalam Lomba X",
  "peringkat kedua di ajang X", "juara 1 nasional dalam hal pengelolaan X"), and the one named
  in the sentence before a held rank that names none ("X digelar ... . Desa Y meraih juara
  ketiga"). They are marked ``award`` (ranks and grades only, no loose number).
- :func:`named_grades` -- a grade after a predicate cue with the evaluation named right after
  it ("meraih predikat Nindya dalam evaluasi Kota Layak Pemuda").
- :func:`category_tiers` -- an award tier given per category ("Bronze Award dalam kategori
  "Kampanye Terbaik"", "Penghargaan Perak untuk kategori Siaran Pers"): grade = the tier,
  metric = the category as written (sgold12 NOTES).

Sports medals, bare titles ("juara umum", "juara") and award names without a rank or a tier
give nothing here. Pure: the metrics found so far are passed in.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from beritanlp.rules.scores.grades import negated
from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf, between

#: A rank's number or word after a rank cue: "3", "ke-2", "II", "kedua".
_ORDINAL = (r"(?:ke[ \t-]?\d{1,2}|\d{1,2}|[IV]{1,4}|pertama|kesatu|kedua|ketiga|keempat|kelima"
            r"|keenam|ketujuh|kedelapan|kesembilan|kesepuluh|satu|dua|tiga)")
#: A held rank in a contest: "juara II", "terbaik ketiga", "peringkat ke-2", "runner up 2".
_RANK = (rf"\b(?i:juara|terbaik|peringkat|rangking|ranking)[ \t]+(?i:{_ORDINAL})(?![\w-])")
#: Where the rank was won: "tingkat nasional", "tingkat Provinsi Jawa Barat", "se-Indonesia".
_SCOPE = (r"(?:[ \t]+(?i:tingkat|level)[ \t]+(?:(?i:nasional|internasional|dunia|provinsi"
          r"|kabupaten|kota|kecamatan|regional|daerah|lembaga|pusat)\b|[A-Z][\w-]*)"
          r"(?:[ \t]+[A-Z][\w-]*){0,3}"
          r"|[ \t]+(?i:nasional|internasional|sedunia|se-?[A-Z][\w-]*|se-?(?i:nasional|provinsi"
          r"|kabupaten|kota|dunia)))?")
#: The head noun of a judged evaluation: "lomba", "ajang", "kompetisi", "penilaian" ...
_HEAD = (r"(?i:ajang|lomba|perlombaan|kompetisi|kontes|sayembara|festival|penilaian|evaluasi"
         r"|pemilihan|anugerah|penghargaan|olimpiade|musabaqah|pemeringkatan|kejuaraan)")
#: A capitalised word of a name, or a connector inside one ("dan", "&", "of", a year, "(UAV)").
_NAME_WORD = r"(?:[A-Z][\w'&/-]*|\d{4}|\([A-Z][\w-]{1,9}\)|dan|&|of|for|the|and|in)"
#: A name: a capitalised first word, then name words (it may not end on a connector).
_NAME = rf"(?:[A-Z][\w'&/-]*(?:[ \t]+{_NAME_WORD})*)"
#: A name ends in an event word: "... Award", "... Competition", "... Olympiad".
_EVENT_TAIL = re.compile(r"\b(?:Awards?|Competition|Contest|Challenge|Olympiad|Olimpiade"
                         r"|Festival|Expo|Championship|Cup|Fair|Summit|Games|Tournament)\b")
#: Words a capitalised run after "pada"/"dalam" is no contest ("pada Senin", "pada Maret").
_NOT_NAMES = frozenset({"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
                        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                        "Agustus", "September", "Oktober", "November", "Desember", "Tahun",
                        "Kabupaten", "Kota", "Provinsi", "Desa", "Kecamatan", "Kelurahan",
                        "Indonesia", "Jakarta", "Universitas", "Institut", "Kantor", "Gedung",
                        "Hotel", "Istana", "Balai", "Aula", "Gelanggang", "Stadion"})
#: The contest named after a rank: by a head noun ("dalam ajang X", "Lomba X", "di ajang
#: 'X'"), after "dalam"/"pada" (a name), or a name ending in an event word.
_CONTEST_AFTER = re.compile(
    rf"{_RANK}{_SCOPE},?[ \t]+"
    rf"(?:(?P<prep>(?i:dalam|pada|di))[ \t]+)?"
    rf"(?:(?P<head>{_HEAD})[ \t]+)?[\"“']?(?P<name>{_NAME})")
#: "juara 1 nasional dalam hal pengelolaan budi daya": what the rank was won for.
_IN_RESPECT = re.compile(
    rf"{_RANK}{_SCOPE}[ \t]+(?i:dalam[ \t]+hal)[ \t]+"
    r"(?P<name>[a-z][\w-]*(?:[ \t]+(?!(?:yang|dan|di|pada|dengan|oleh|untuk|dari|tahun|se)\b)"
    r"[a-z][\w-]*){0,5})")
#: A cheap literal test before any scan: a rank word in the text.
_RANK_WORDS = ("juara", "Juara", "JUARA", "terbaik", "Terbaik", "peringkat", "Peringkat",
               "anking", "angking")
#: Trailing words a name does not end on.
_CONNECTOR_TAIL = re.compile(r"(?:[ \t]+(?:dan|&|of|for|the|and|in|\d{4}))+$")


def judged_metrics(text: str, metrics: Sequence[Metric], sent_of: SentenceOf) -> list[Metric]:
    """Evaluations named with a held rank that the metrics found so far do not cover.

    Parameters
    ----------
    text : str
        The article.
    metrics : sequence of Metric
        The metrics found so far, sorted by start.
    sent_of : callable
        The sentence span around an offset.

    Returns
    -------
    list[Metric]
        New metrics (``award``), in text order.
    """
    if not any(w in text for w in _RANK_WORDS):
        return []
    starts = [m.start for m in metrics]
    found: list[Metric] = []
    for m in _CONTEST_AFTER.finditer(text):
        name = _contest_name(m)
        if name is None:
            continue
        start, end = name
        if not _covered(metrics, starts, start, end):
            found.append(Metric(text[start:end], start, end, None, award=True))
    for m in _IN_RESPECT.finditer(text) if "dalam hal" in text else ():
        start, end = m.span("name")
        if not _covered(metrics, starts, start, end):
            found.append(Metric(text[start:end], start, end, None, award=True))
    found.sort(key=lambda x: x.start)
    return found + _carried_contests(text, sorted([*metrics, *found], key=lambda x: x.start),
                                     sent_of)


#: A rank held, said after a verb of winning: "meraih juara ketiga", "keluar sebagai juara II",
#: "dinobatkan sebagai terbaik kedua".
_HELD_RANK = re.compile(
    r"\b(?i:meraih|raih|memperoleh|mendapat(?:kan)?|menyabet|merebut|menyandang|dinobatkan"
    r"|keluar[ \t]+sebagai|tampil[ \t]+sebagai|terpilih[ \t]+sebagai|menjadi|sebagai)"
    rf"[ \t]+(?P<rank>{_RANK})")
#: A prize of a scheme after a rank ("juara pertama berhak atas hadiah"): no result.
_PRIZE_AFTER = re.compile(r"[^.;\n]{0,40}?\b(?i:hadiah|berhak|uang[ \t]+(?:tunai|pembinaan)"
                          r"|piagam|trofi|apresiasi[ \t]+berupa)\b")


def _carried_contests(text: str, metrics: Sequence[Metric], sent_of: SentenceOf) -> list[Metric]:
    """The contest named in the sentence before a held rank whose own sentence names none.

    "Lomba Desa Wisata 2024 digelar di X. Desa Mekar berhasil meraih juara ketiga." The
    contest must be a judged one (an award or contest metric, no ad hoc measure); its metric
    is placed at the rank (an empty, local span: it serves that rank only).
    """
    out: list[Metric] = []
    for m in _HELD_RANK.finditer(text):
        pos = m.start("rank")
        sent = sent_of(pos)
        if between(metrics, *sent) or sent[0] <= 0 or _PRIZE_AFTER.match(text, m.end()):
            continue
        before = sent_of(sent[0] - 1)
        contests = [x for x in between(metrics, *before)
                    if x.award and not x.adhoc and not x.local and x.name[:1].isupper()]
        if contests:
            at = pos + len(m.group("rank").split()[0])  # the ordinal after the cue word
            at += len(m.group("rank")[at - pos:]) - len(m.group("rank")[at - pos:].lstrip())
            out.append(Metric(contests[-1].name, at, at, None, award=True, local=True))
    return out


def _contest_name(m: re.Match[str]) -> tuple[int, int] | None:
    """The span of the contest a rank match names, or ``None`` when the run is no contest.

    Without a head noun, the name must follow "dalam"/"pada" or end in an event word (a run
    right after a rank is as often its holder: "juara II SDN 3 Lembah"); after "di" it must
    have a head noun or an event word ("terbaik kedua di Jawa Barat" is a place).
    """
    start = m.start("name")
    end = start + len(_CONNECTOR_TAIL.sub("", m.group("name")))
    words = m.group("name").split()
    head = m.group("head")
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 2:
        return None  # a lone Roman numeral or letter
    if head is None and words[0] in _NOT_NAMES:
        return None  # "pada Senin", "dalam Kota X"
    tail = _EVENT_TAIL.search(m.group("name")) is not None
    if head is None and not tail and (m.group("prep") or "").lower() not in ("dalam", "pada"):
        return None
    if head is not None and head[:1].isupper():
        start = m.start("head")  # "Kompetisi Inovasi Desa": the head is part of the name
    return start, end


def _covered(metrics: Sequence[Metric], starts: list[int], start: int, end: int) -> bool:
    """A metric found already overlaps ``start``-``end`` (bisection over sorted starts)."""
    i = bisect_left(starts, start - 200)
    return any(x.start < end and start < x.end for x in metrics[i:bisect_left(starts, end)])


#: Grade words of judged schemes: tiers and capitalised predicates ("Nindya", "Sangat Baik").
_GRADE_WORDS = (r"(?:Utama|Madya|Pratama|Nindya|Paripurna|Platinum|Gold|Silver|Bronze|Emas|Perak"
                r"|Perunggu|Diamond|(?:Sangat[ \t]+|Cukup[ \t]+)?(?:Baik|Memuaskan|Informatif)"
                r"|Menuju[ \t]+Informatif|Istimewa|Unggul|Terpuji|Mandiri|Berkembang)")
#: A grade after a predicate cue, then the evaluation that gave it: "meraih predikat Nindya
#: dalam evaluasi Kota Layak Pemuda", "kategori Pratama pada ajang Anugerah Desa Tangguh".
_GRADE_THEN_EVALUATION = re.compile(
    r"\b(?i:predikat|berpredikat|kategori|katagori|status|level|klasifikasi)[ \t]+[\"“']?"
    rf"(?P<grade>{_GRADE_WORDS}|[A-C])[\"”']?(?![\w-])"
    r"(?:[ \t]+(?:(?i:tahun)[ \t]+)?\d{4})?,?[ \t]+(?i:dalam|pada|di|dari)[ \t]+"
    rf"(?P<head>{_HEAD})[ \t]+[\"“']?(?P<name>{_NAME})")


def named_grades(text: str, grades: Sequence[Candidate], metrics: Sequence[Metric],
                 sent_of: SentenceOf) -> list[Candidate]:
    """Grades given by an evaluation named right after them, when no rule gave them yet.

    The metric is the evaluation's metric when one was found there, else its name as written
    (with its head noun when capitalised: "Anugerah Desa Tangguh"; without it when not:
    "evaluasi Kota Layak Pemuda" -> "Kota Layak Pemuda").
    """
    if not any(w in text for w in ("redikat", "ategori", "atagori", "status", "level",
                                   "Status", "Level", "klasifikasi", "Klasifikasi")):
        return []
    taken = {g.start for g in grades}
    starts = [m.start for m in metrics]
    out: list[Candidate] = []
    for m in _GRADE_THEN_EVALUATION.finditer(text):
        start, end = m.span("grade")
        if start in taken or any(g.start <= start < g.end for g in grades):
            continue
        sent = sent_of(start)
        if negated(text, start, end, sent):
            continue
        ns = m.start("head") if m.group("head")[:1].isupper() else m.start("name")
        ne = m.start("name") + len(_CONNECTOR_TAIL.sub("", m.group("name")))
        i = bisect_left(starts, ns - 200)
        known = [x for x in metrics[i:bisect_left(starts, ne)] if x.start < ne and ns < x.end]
        metric = known[0] if known else Metric(text[ns:ne], ns, ne, None, award=True)
        out.append(Candidate(metric, m.group("grade"), "grade", None, m.group("grade"), start,
                             end, sent))
    return out


#: An award tier given for a category: "Bronze Award dalam kategori "X"", "Penghargaan Perak
#: untuk kategori X", "Gold Winner pada kategori X".
_TIER_CATEGORY = re.compile(
    r"\b(?P<tier>Platinum|Gold|Silver|Bronze|Emas|Perak|Perunggu|Diamond)"
    r"(?:[ \t]+(?:Award|Winner|Level))?[ \t]+(?i:dalam|untuk|pada|di)[ \t]+(?i:kategori|katagori)"
    r"[ \t]+(?:[\"“'](?P<quoted>[^\"”'\n]{2,80})[\"”']|(?P<name>[A-Z][\w&/-]*"
    r"(?:[ \t]+(?:[A-Z][\w&/-]*|dan|&|of|for|and|in|/))*))")
#: A medal is sport (GUIDELINE: sports medals are no scores).
_MEDAL_BEFORE = re.compile(r"\b(?i:medali|medal)[ \t]+$")


def category_tiers(text: str, grades: Sequence[Candidate],
                   sent_of: SentenceOf) -> list[Candidate]:
    """Award tiers given per category, their metric the category as written.

    A tier the grade rules gave already (an award named next to it) is left to them.
    """
    if "ategori" not in text:
        return []
    taken = {g.start for g in grades}
    out: list[Candidate] = []
    for m in _TIER_CATEGORY.finditer(text):
        start, end = m.span("tier")
        if start in taken or _MEDAL_BEFORE.search(text, max(0, start - 12), start):
            continue
        key = "quoted" if m.group("quoted") else "name"
        ms, me = m.span(key)
        me = ms + len(_CONNECTOR_TAIL.sub("", m.group(key)).rstrip())
        metric = Metric(text[ms:me].strip(), ms, me, None, award=True)
        out.append(Candidate(metric, m.group("tier"), "grade", None, m.group("tier"), start,
                             end, sent_of(start)))
    return out


