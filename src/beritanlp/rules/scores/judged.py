"""Judged evaluations the metric table does not know, named by the sentence that places a subject.

Contests, awards and assessments come and go: "juara II tingkat nasional dalam Kompetisi
Inovasi Desa", "terbaik ketiga pada Lomba Kampung Tangguh", "Penghargaan Perak dalam kategori
"Kampanye Digital"". The metric table cannot list them; the sentence names them next to the
placing or the tier. This module reads those names so the rank and grade rules have a metric:

- :func:`judged_metrics` -- the evaluation named right after a rank ("juara 3 dalam Lomba X",
  "peringkat kedua di ajang X", "Juara 1 The Best X", "juara 1 nasional dalam hal pengelolaan
  X"). Each is the metric of its rank only (``local``, placed at the rank: in a list "Juara 1
  Lomba A, Juara 3 Lomba B" each rank takes the contest after it) and ``award`` (ranks only).
  A race's stage before the race's name is part of it ("posisi pertama pada etape II Tour de
  X"); a title quoted right after a rank its holder takes is the ranking ("menduduki
  peringkat pertama 'Daftar X'").
- :func:`category_tiers` -- an award tier given per category ("Bronze Award dalam kategori
  "Kampanye Terbaik"", "Penghargaan Perak untuk kategori Siaran Pers"): grade = the tier,
  metric = the category as written (the tier grades the entry in that category, so the
  category is what was judged). A tier counts only when an award is named around it
  ("Award", "Winner", "penghargaan", "anugerah"): a bare "Emas dalam kategori X" is as often a
  sports medal.

Without a head noun ("lomba", "ajang" ...) a name after the rank must end in an event word
("... Award", "... Competition"): "posisi kedua dalam Pilkada X" is a vote count, not a
judged contest. Sports medals, bare titles ("juara umum", "juara") and award names without
a rank or a tier give nothing here. Pure: the metrics found so far are passed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from beritanlp.rules.scores.cues import HOLDING_VERBS, RANK_VERBS
from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf, between
from beritanlp.text.ordinals import alternation, rank_words

#: A rank's number or word after a rank cue: "3", "ke-2", "II", "kedua".
_ORDINAL = (r"(?:ke[ \t-]?\d{1,2}|\d{1,2}|[IV]{1,4}"
            rf"|{alternation(rank_words(10, cardinals=3, kesatu=True))})")
#: A held rank in a contest: "juara II", "terbaik ketiga", "peringkat ke-2", "posisi 10".
_RANK = (r"\b(?i:juara|terbaik|peringkat|rangking|ranking|posisi|urutan)[ \t]+"
         rf"(?P<ord>(?i:{_ORDINAL}))(?![\w-])")
#: Where the rank was won: "tingkat nasional", "tingkat Provinsi Jawa Barat", "se-Indonesia"
#: (with the space before it; rules.scores.metrics reads it between a rank and its contest).
RANK_SCOPE = (r"(?:[ \t]+(?i:tingkat|level)[ \t]+(?:(?i:nasional|internasional|dunia|provinsi"
              r"|kabupaten|kota|kecamatan|regional|daerah|lembaga|pusat)\b|[A-Z][\w-]*)"
              r"(?:[ \t]+[A-Z][\w-]*){0,3}"
              r"|[ \t]+(?i:nasional|internasional|sedunia|se-?[A-Z][\w-]*|se-?(?i:nasional|provinsi"
              r"|kabupaten|kota|dunia)))")
_SCOPE = RANK_SCOPE + "?"
#: The head noun of a judged evaluation: "lomba", "ajang", "kompetisi", "penilaian" ...
_HEAD = (r"(?i:ajang|lomba|perlombaan|kompetisi|kontes|sayembara|festival|penilaian|evaluasi"
         r"|pemilihan|anugerah|penghargaan|olimpiade|musabaqah|musabaqoh|pemeringkatan|kejuaraan"
         r"|turnamen|piala)")
#: A capitalised word of a name, or a connector inside one ("dan", "&", "of", a year, "(UAV)").
_NAME_WORD = r"(?:[A-Z][\w'’&/-]*|\d{1,4}|\([A-Z][\w-]{1,9}\)|dan|&|of|for|the|and|in|to|de)"
#: A name: a capitalised first word, then name words (it may not end on a connector).
_NAME = rf"(?:[A-Z][\w'’&/-]*(?:[ \t]+{_NAME_WORD}){{0,11}})"
#: A name ends in an event word: "... Award", "... Competition", "... Olympiad" (a name that
#: opens with "The"/"Top" is an award's title too: "The Best GCG Implementation").
_EVENT_TAIL = re.compile(r"\b(?:Awards?|Competition|Contest|Challenge|Olympiad|Olimpiade"
                         r"|Festival|Expo|Championship|Cup|Fair|Summit|Games|Tournament|Charts?)\b")
#: Words a capitalised run after "pada"/"dalam" is no contest ("pada Senin", "pada Maret").
_NOT_NAMES = frozenset({"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
                        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                        "Agustus", "September", "Oktober", "November", "Desember", "Tahun",
                        "Kabupaten", "Kota", "Provinsi", "Desa", "Kecamatan", "Kelurahan",
                        "Indonesia", "Jakarta", "Universitas", "Institut", "Kantor", "Gedung",
                        "Hotel", "Istana", "Balai", "Aula", "Gelanggang", "Stadion",
                        "Pilkada", "Pilpres", "Pileg", "Pemilu", "Pemilihan", "Sejarah",
                        "Survei"})
#: Offices and bodies voted for: "pemilihan Gubernur X" is an election, not a judged contest.
_ELECTED = frozenset({"Gubernur", "Bupati", "Wali", "Walikota", "Wakil", "Presiden", "Kepala",
                      "Legislatif", "Umum", "Anggota", "Ketua", "Rektor", "Calon"})
#: A stage of a race before the race's name: "etape II", "etape ketiga", "stage 4" (the stage
#: is part of what the rank is in: "juara etape II Tour de X").
_STAGE = rf"(?i:etape|stage)[ \t]+(?i:{_ORDINAL})[ \t]+"
#: The contest named after a rank: by a head noun ("dalam ajang X", "Lomba X", "di ajang
#: 'X'"), after "dalam"/"pada" (a name), or a name ending in an event word.
_CONTEST_AFTER = re.compile(
    rf"{_RANK}{_SCOPE},?[ \t]+"
    rf"(?:(?P<prep>(?i:dalam|pada|di))[ \t]+)?"
    rf"(?:(?P<head>{_HEAD})[ \t]+|(?P<stage>{_STAGE}))?"
    rf"(?:[\"“‘'](?P<quoted>[^\"”’'\n]{{2,80}})[\"”’'](?!\w)"
    rf"|(?P<name>{_NAME}))")
#: Where a ranking "dalam hal X" ranks, said with "di" ("di dunia", "di Asia Tenggara"), and
#: of how many ("dari 70 negara"): both only between the rank and "dalam hal".
_WHERE = (r"(?:[ \t]+(?i:di[ \t]+(?:dunia|Indonesia|Asia(?:[ \t]+Tenggara)?|ASEAN|Eropa"
          r"|Afrika|Amerika)\b))?(?:[ \t]+(?i:dari[ \t]+(?:total[ \t]+)?\d{1,4}[ \t]+[a-z]+))?")
#: "juara 1 nasional dalam hal pengolahan sampah", "peringkat 12 di Asia dalam hal penggunaan
#: sepeda listrik": what the rank was won for, or what the ranking ranks by.
_IN_RESPECT = re.compile(
    rf"{_RANK}{_SCOPE}{_WHERE},?[ \t]+(?i:dalam[ \t]+hal)[ \t]+"
    r"(?P<name>[a-z][\w-]*(?:[ \t]+(?!(?:yang|dan|di|pada|dengan|oleh|untuk|dari|tahun|se|setelah"
    r"|versi|menurut|sebanyak|terbanyak|tertinggi)\b)"
    r"(?:[a-z][\w-]*|[A-Z]{2,}\d*(?![\w-]))){0,5})")  # an acronym after the first ("penderita TBC")
#: A cheap literal test before any scan: a rank word in the text.
_RANK_WORDS = ("juara", "Juara", "JUARA", "terbaik", "Terbaik", "peringkat", "Peringkat",
               "anking", "angking", "osisi", "rutan")
#: Trailing words a name does not end on (a connector, "Tahun"; a year is matched apart).
_CONNECTORS = frozenset({"dan", "&", "of", "for", "the", "and", "in", "to", "de", "Tahun", "/"})


def _trimmed_len(name: str) -> int:
    """The length of ``name`` without its trailing connectors and years (linear: no regex)."""
    words = name.split()
    while len(words) > 1 and (words[-1] in _CONNECTORS
                              or (words[-1].isdigit() and len(words[-1]) <= 4)):
        words.pop()
    if not words:
        return 0
    end = 0
    for w in words:  # the end of the last kept word in the original spacing
        end = name.index(w, end) + len(w)
    return end


def judged_metrics(text: str, metrics: Sequence[Metric]) -> list[Metric]:
    """Evaluations named with a held rank that the metrics found so far do not cover.

    Parameters
    ----------
    text : str
        The article.
    metrics : sequence of Metric
        The metrics found so far, sorted by start (a :class:`ByStart` is searched by bisection).

    Returns
    -------
    list[Metric]
        New metrics (``award``, ``local``: an empty span right before the rank's ordinal),
        in text order.
    """
    if not any(w in text for w in _RANK_WORDS):
        return []
    found: list[Metric] = []
    for m in _CONTEST_AFTER.finditer(text):
        name = _contest_name(m) or _award_short_end(m, metrics)
        if name is not None and not _covered(metrics, *name) \
                and not _served(metrics, m.start("ord")):
            found.append(_at_rank(text[name[0]:name[1]], m))
    for m in _IN_RESPECT.finditer(text) if "dalam hal" in text else ():
        if not _covered(metrics, *m.span("name")) \
                and not _served(metrics, m.start("ord")):
            found.append(_at_rank(m.group("name"), m))
    found.sort(key=lambda x: x.start)
    return found


def _at_rank(name: str, m: re.Match[str]) -> Metric:
    """A contest as the metric of the rank ``m`` holds: an empty span right before its ordinal.

    Local (it serves that rank only): in a list ("Juara 1 Lomba A, Juara 3 Lomba B") each rank
    takes the contest named after it, not the one before.
    """
    at = m.start("ord") - 1
    return Metric(name, at, at, None, award=True, local=True)


def _contest_name(m: re.Match[str]) -> tuple[int, int] | None:
    """The span of the contest a rank match names, or ``None`` when the run is no contest.

    Without a head noun, the name must follow "dalam"/"pada" or end in an event word (a run
    right after a rank is as often its holder: "juara II SDN 3 Lembah"); after "di" it must
    have a head noun or an event word ("terbaik kedua di Jawa Barat" is a place).
    """
    key = "quoted" if m.group("quoted") else "name"
    start = m.start(key)
    end = start + _trimmed_len(m.group(key))
    words = m.group(key).split()
    head = m.group("head")
    if m.group("stage") and key == "name" and words[0] not in _NOT_NAMES:
        return m.start("stage"), end  # "etape II Tour de X": a race's stage, a sports event
    if key == "quoted":
        # a quoted title after "dalam"/"pada"/"di" or a head noun: what the rank is in (a
        # quoted name right after a rank is as often its holder: "posisi kedua, 'Film X'"),
        # or right after a rank its holder takes ("menduduki peringkat pertama 'Daftar X'")
        held = _held_rank_before(m) and "," not in m.string[m.end("ord"):start]
        return (start, end) if head is not None or m.group("prep") or held else None
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 2:
        return None  # a lone Roman numeral or letter
    if head is None and words[0] in _NOT_NAMES:
        return None  # "pada Senin", "dalam Kota X"
    if head is not None and head.lower() == "pemilihan" and words[0] in _ELECTED:
        return None  # "dalam pemilihan Gubernur X": an election
    tail = _EVENT_TAIL.search(m.group(key)) is not None or words[0] in ("The", "Top")
    if head is None and not tail:
        return None  # "dalam Sejarah Kampus", "pada Pemilu 2019": no judged contest
    if head is not None and head[:1].isupper():
        start = m.start("head")  # "Kompetisi Inovasi Desa": the head is part of the name
    return start, end


#: A verb of holding a place right before a rank ("menduduki peringkat pertama", "berhasil
#: menempati posisi kedua"): the rank is held, what is quoted right after it is the ranking.
_HOLDS_RANK = re.compile(rf"\b(?:{RANK_VERBS}|{HOLDING_VERBS})(?:[ \t]+di)?[ \t]+$", re.IGNORECASE)


def _held_rank_before(m: re.Match[str]) -> bool:
    """A verb of holding a place comes right before the rank ``m`` reads."""
    start = m.start()
    return _HOLDS_RANK.search(m.string, max(0, start - 24), start) is not None


def _award_short_end(m: re.Match[str], metrics: Sequence[Metric]) -> tuple[int, int] | None:
    """The award a category after a rank ends in, by its short form ("Juara 1 Kategori X ASA").

    Only a short form an award named before in the text goes by ("... Award (ASA)").
    """
    if m.group("name") is None:
        return None
    last = m.group("name")[:_trimmed_len(m.group("name"))].split()[-1]
    if not (last.isupper() and len(last) >= 3) or not any(
            x.award and x.name == last and x.end <= m.start() for x in metrics):
        return None
    end = m.start("name") + _trimmed_len(m.group("name"))
    return end - len(last), end


def _served(metrics: Sequence[Metric], pos: int) -> bool:
    """A local metric found already serves the rank at ``pos`` (a placing's event)."""
    return any(x.local for x in between(metrics, pos - 4, pos + 1))


def _covered(metrics: Sequence[Metric], start: int, end: int) -> bool:
    """A metric found already overlaps ``start``-``end`` (bisection when ``metrics`` is ByStart)."""
    return any(x.start < end and start < x.end for x in between(metrics, start - 200, end))


#: An award tier given for a category: "Bronze Award dalam kategori "X"", "Penghargaan Perak
#: untuk kategori X", "Gold Winner pada kategori X".
_TIER_CATEGORY = re.compile(
    r"\b(?P<tier>Platinum|Gold|Silver|Bronze|Emas|Perak|Perunggu|Diamond)"
    r"(?:[ \t]+(?:Award|Winner|Level))?[ \t]+(?i:dalam|untuk|pada|di)[ \t]+(?i:kategori|katagori)"
    r"[ \t]+(?:[\"“'](?P<quoted>[^\"”'\n]{2,80})[\"”']|(?P<name>[A-Z][\w&/-]*"
    r"(?:[ \t]+(?:[A-Z][\w&/-]*|dan|&|of|for|and|in|/)){0,11}))")
#: An award named around a tier: without one, "Emas dalam kategori X" is as often a medal.
_AWARD_CUE = re.compile(r"\b(?i:awards?|winners?|penghargaan|anugerah|trofi|apresiasi)\b")
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
        if start in taken or _MEDAL_BEFORE.search(text, max(0, start - 12), start) \
                or not _award_named(text, start, m.end()):
            continue
        key = "quoted" if m.group("quoted") else "name"
        ms, me = m.span(key)
        me = ms + _trimmed_len(m.group(key))
        metric = Metric(text[ms:me].strip(), ms, me, None, award=True)
        out.append(Candidate(metric, m.group("tier"), "grade", None, m.group("tier"), start,
                             end, sent_of(start)))
    return out




def _award_named(text: str, start: int, end: int) -> bool:
    """An award is named in the title or near the tier at ``start``-``end`` (its sentence)."""
    title_end = text.find("\n")
    if _AWARD_CUE.search(text, 0, title_end if title_end >= 0 else 0):
        return True
    return _AWARD_CUE.search(text, max(0, start - 160), min(len(text), end + 60)) is not None
