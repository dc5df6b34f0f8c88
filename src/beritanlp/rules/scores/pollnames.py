"""The names of the opinion surveys a text reports, and what each one rates.

A poll's shares take the survey's name as their metric (GUIDELINE.md: the metric is "the
index/survey/rating name as written"). News names a poll in three ways, besides the
capitalised "Survei X" the metric rules find:

- by its topic: "survei kepuasan publik terhadap kinerja Presiden X" (the metric is "survei
  kepuasan publik"; what follows "terhadap" is what it rates, the subject of its shares);
- by its title: "survei bertajuk "Persepsi Warga 2024"" (metric "survei Persepsi Warga 2024");
- by its maker: "survey Nielsen", "riset terbaru Lembaga Alfa", "survei yang dilakukan X" (metric
  "survey Nielsen"). A text that calls one maker's survey both "riset" and "survei" keeps the
  "survei" name for all of them: one survey, one name.

Topic and title names are specific: they win over the maker's capitalised survey name named
before. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from beritanlp.rules.scores.model import Metric

#: What a topic survey measures, right after "survei": satisfaction, perception, approval ...
_TOPIC = re.compile(
    r"\b[Ss]urve[iy][ \t]+(?:(?:kepuasan|persepsi|penilaian|opini|evaluasi|elektabilitas"
    r"|popularitas|approval|tingkat[ \t]+kepuasan)"
    r"(?:[ \t]+(?:publik|masyarakat|warga|netizen|warganet|konsumen|pelanggan|pengguna))?)\b")
#: What the topic survey rates: "terhadap kinerja umum Presiden X" -> "Presiden X".
_RATED = re.compile(
    r"[ \t]+(?:terhadap|atas|akan|pada)[ \t]+(?:(?:kinerja|layanan|pelayanan)[ \t]+"
    r"(?:(?:umum|keseluruhan)[ \t]+)?)?"
    r"((?:[A-Z][\w.'-]*)(?:[ \t]+(?:[A-Z][\w.'-]*|dan|&)){0,5})")
#: A survey's title in quotes: "survei bertajuk "Persepsi Warga 2024"".
_TITLED = re.compile(r"\b[Ss]urve[iy][ \t]+(?:yang[ \t]+)?(?:bertajuk|berjudul|bertema|bertopik)"
                     r"[ \t]+[\"“']([^\"”'\n]{3,80}?)[\"”']")
#: A survey named by its maker: "survey Nielsen", "riset terbaru Lembaga Alfa", "survei yang
#: dilakukan X" (a capitalised run after the head; "Survei ini" names none).
_MAKER = re.compile(
    r"\b([Ss]urve[iy]|[Rr]iset|[Jj]ajak[ \t]+[Pp]endapat|[Pp]olling)"
    r"(?:[ \t]+(?:terbaru|terkini|teranyar|nasional|yang[ \t]+dilakukan(?:[ \t]+oleh)?"
    r"|yang[ \t]+digelar|dari|oleh|versi))*"
    r"[ \t]+([A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,2})")
#: Capitalised words after a survey head that name no maker (a month, a place's head word).
_NOT_MAKER = frozenset({"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                        "Agustus", "September", "Oktober", "November", "Desember", "Kabupaten",
                        "Kota", "Provinsi", "Nasional", "Indonesia", "Penilaian", "Kepuasan"})


@dataclass(frozen=True)
class PollName:
    """A survey named in a text: its metric, what it rates (if said) and how specific it is.

    ``specific``: named by its topic or title (wins over a capitalised maker's name before it).
    """

    metric: Metric
    rated: str | None
    specific: bool


def _topic_names(text: str, start: int) -> list[PollName]:
    out: list[PollName] = []
    for m in _TOPIC.finditer(text, start):
        rated = _RATED.match(text, m.end())
        out.append(PollName(Metric(m.group(0), m.start(), m.end(), None),
                            rated.group(1) if rated else None, True))
    for m in _TITLED.finditer(text, start):
        name = f"{m.group(0).split()[0]} {m.group(1).strip()}"
        out.append(PollName(Metric(name, m.start(), m.end(), None), None, True))
    return out


def _maker_names(text: str, start: int) -> list[PollName]:
    found: list[tuple[re.Match[str], str]] = []
    for m in _MAKER.finditer(text, start):
        words = m.group(2).split()
        while words and words[-1] in _NOT_MAKER:
            words.pop()
        if words and words[0] not in _NOT_MAKER:
            found.append((m, " ".join(words)))
    # one maker, one name: the "survei"/"survey" mention's, when the text writes one
    named: dict[str, str] = {}
    for m, maker in found:
        if m.group(1).casefold().startswith("surve"):
            named.setdefault(maker.split()[0], f"{m.group(1)} {maker}")
    return [PollName(Metric(named.get(maker.split()[0], f"{m.group(1)} {maker}"), m.start(),
                            m.end(), None), None, False)
            for m, maker in found]


def poll_names(text: str, body_start: int = 0) -> list[PollName]:
    """The surveys ``text`` names from ``body_start`` on (a headline's words run on), in order.

    Parameters
    ----------
    text : str
        The article.
    body_start : int
        Where the body starts: a title-case headline ("Survey Nielsen Sebut X Unggul") is
        not read.

    Returns
    -------
    list of PollName
        Topic, title and maker names, sorted by start.
    """
    if not may_name_polls(text):
        return []
    names = _topic_names(text, body_start) + _maker_names(text, body_start)
    names.sort(key=lambda p: p.metric.start)
    return names


def may_name_polls(text: str) -> bool:
    """A cheap test: a survey head's letters ("urvei", "iset", "ajak" ...) occur in ``text``.

    The literals are those of :data:`_TOPIC`, :data:`_TITLED` and :data:`_MAKER`'s heads
    ("jajak pendapat" by "Jajak"/"jajak": "endapat" would pass every "mendapat").
    """
    return any(w in text for w in ("urvei", "urvey", "iset", "Jajak", "jajak", "olling"))
