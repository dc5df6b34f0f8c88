"""Air-quality readings as news writes them beyond "ISPU di X mencapai N".

- a level right after a reading is that reading's level ("PM10 118 atau tidak sehat"), and so
  is a level in a sentence that says what the reading before it means ("Yang artinya ...");
- readings given to coordinated places "masing-masing 390 dan 335", one value per place;
- a reading carried to the next sentence that names another place and no metric ("ISPU di X
  mencapai 848. Di Kabupaten Y mencapai level 877.");
- a bracketed list of places' readings ("seperti A (123), B (89) dan C (14)"): whole numbers
  are readings when the list speaks of the air (see :func:`reading_list`);
- a concentration with its unit ("52,3 µg/m3") shortly after a particle's name ("PM 2,5") is
  that particle's reading, even where an index is named before it (:func:`particle_metrics`),
  and so are both ends of a range or a pair sharing the unit ("PM10 berkisar 140-165 ugram",
  :func:`particle_readings`), but not a level in a condition ("jika PM10 masih di atas ..."),
  a band of the scale ("untuk PM10 antara ...") or a guideline ("pedoman WHO ... 5 mikrogram");
- a concentration with its unit in a sentence naming an air index and no particle ("indeks
  udara kota itu buruk, debunya 164,8 mikrogram") is that index's value
  (:func:`unit_readings`), with the particles' checks, and so is a whole number above the
  labels' range written "level N" ("sempat menyentuh level 287", :func:`level_readings`);
- an earlier day's reading beside today's ("lebih parah dari 61-66 dua hari sebelumnya") or
  in the sentence after it ("Sehari sebelumnya, mutu udara tercatat 70-88") is the index's too
  (:func:`earlier_readings`);
- readings listed place by place ("; Alfa 117; Beta 109 serta Gama 98") are each their
  item's place's (:func:`listed_places`);
- the air's own level ("kualitas udara ... berbahaya") of a place whose index reading the
  article gives is that index's level (:func:`index_levels`);
- the air of a place said to be at a level with no verb between ("kondisi udara di X sudah
  tidak sehat", :func:`air_is`), but not in a question, a denial or a belief, and not a level
  the air only nears ("mendekati level ...") nor one forecast or hoped for between the air's
  mention and the level ("ISPU ... diprediksi naik ke level ...", "supaya udara kembali ke
  kategori baik"; :func:`level_not_held`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from beritanlp.lexicons.metrics import MetricRule
from beritanlp.lexicons.speech import speech_alternation
from beritanlp.rules.scores.cues import (
    CLAUSE_BREAK,
    CONCENTRATION_WORDS,
    CONDITION,
    DAY_WORDS,
    FORECAST_VERBS,
    FORECAST_WORDS,
    HOPE,
    MONTH_NAMES,
    NEAR_CONDITION,
    POLLUTANT,
    TARGET,
    UNASSERTED,
)
from beritanlp.rules.scores.model import Candidate, Metric, SentenceOf, SubjectMention, between
from beritanlp.rules.scores.scale import (
    adjoining_bands,
    defines_band,
    describes_scale,
    lists_bands,
    observed,
)
from beritanlp.rules.scores.subjects import READING_METRICS
from beritanlp.schema import Score
from beritanlp.text.mojibake import garbled_forms
from beritanlp.text.numbers import RANGE_SEP, NumberMention, is_plain_number


def _reads(metric: Metric) -> bool:
    """Whether ``metric`` is an air-quality index (or the air itself, read by one)."""
    return metric.rule is not None and metric.rule.id in READING_METRICS


#: The highest number taken as an air index's reading (haze readings past the scales' top of
#: 500 are reported): a larger number is no reading.
_READING_TOP = 2000
#: What joins a reading and its level: "118 atau tidak sehat", "277 dengan kategori sangat
#: tidak sehat", "312 mikrogram per meter kubik (berbahaya)".
_LEVEL_AFTER = re.compile(
    r"[ \t]*(?:(?:µg|ug|mikrogram)[^\s,.;]*(?:[ \t]+per[ \t]+meter[ \t]+kubik)?[ \t]*)?"
    r"(?:\([ \t]*|,?[ \t]*(?:atau|yakni|yaitu|alias|berarti|artinya|yang[ \t]+(?:berarti"
    r"|artinya)|dengan|sehingga)[ \t]+(?:(?:masuk|berada|tergolong|termasuk|dikategorikan)"
    r"[ \t]+)?(?:(?:dalam|di|pada|ke)[ \t]+)?(?:(?:kategori|katagori|level|status|tingkat)"
    r"[ \t]+)?)[\"“']?", re.IGNORECASE)


#: A sentence saying what the reading before it means: "Yang artinya ...", "Angka tersebut
#: mengindikasikan ...", "Hal itu berarti ...".
READING_MEANT = re.compile(
    r"[\W_]*(?:(?:yang[ \t]+)?(?:artinya|berarti)|hal[ \t]+(?:itu|ini|tersebut)[ \t]+berarti"
    r"|(?:angka|nilai|indeks)(?:[ \t]+\w+)?[ \t]+(?:tersebut|itu|ini)[ \t]+(?:menunjukkan"
    r"|mengindikasikan|menandakan|berarti|artinya|masuk|termasuk|tergolong))\b",
    re.IGNORECASE)


def reading_levels(text: str, values: Sequence[Candidate],
                   grades: Sequence[Candidate]) -> dict[int, list[int]]:
    """Air levels that are the level of the readings just before them: grade -> their starts.

    The level takes the reading's metric ("ISPU ... angka PM10 118 atau tidak sehat": ISPU's);
    its subject is the reading's (the caller gives it the same).
    """
    readings = sorted((c for c in values if c.kind == "value" and not isinstance(c.value, str)
                       and _reads(c.metric)), key=lambda c: c.start)
    out: dict[int, list[int]] = {}
    if not readings:
        return out
    for g in grades:
        if g.kind != "grade" or not _reads(g.metric):
            continue
        before = [c for c in readings if c.end <= g.start]
        if not before:
            continue
        c = before[-1]
        joined = (c.sentence == g.sentence and g.start - c.end <= 60
                  and _LEVEL_AFTER.fullmatch(text, c.end, g.start) is not None)
        meant = (c.sentence != g.sentence and 0 <= g.sentence[0] - c.sentence[1] <= 3
                 and READING_MEANT.match(text, g.sentence[0], g.start) is not None)
        if joined or meant:
            g.metric = c.metric
            out[g.start] = [x.start for x in _joined_run(text, before)] if joined else [c.start]
    return out


#: What joins readings given together: "390 dan 335", "12, 14 dan 15".
_READINGS_JOINED = re.compile(r"[ \t]*,?[ \t]*(?:(?:dan|serta)[ \t]+)?")


def _joined_run(text: str, before: Sequence[Candidate]) -> list[Candidate]:
    """The last reading of ``before`` with the readings written right before it ("390 dan 335")."""
    run = [before[-1]]
    for c in reversed(before[:-1]):
        if c.sentence != run[0].sentence or not _READINGS_JOINED.fullmatch(
                text, c.end, run[0].start):
            break
        run.insert(0, c)
    return run


#: "masing-masing 390 dan 335": a value per coordinated name before it.
_RESPECTIVE = re.compile(
    r"\bmasing-masing[ \t]+(?:(?:sebesar|mencapai|di[ \t]+angka)[ \t]+)?"
    # a comma between numbers is read once: by the number ("390,") or after blanks (" ,")
    r"(\d[\d.,]*(?:(?:[ \t]+,|(?<=,)[ \t])[ \t]*\d[\d.,]*)*"
    r"[ \t]*,?[ \t]+(?:dan|serta)[ \t]+\d+(?:[.,]\d+)?)",
    re.IGNORECASE)
#: The same, when the values end their clause with a level or a break after them.
_RESPECTIVE_END = re.compile(r"[ \t]*(?:[,.;)]|$|dengan\b|atau\b|yang\b|\()")
#: The names coordinated before it: "di Tanjung Arum dan Lembah Hijau", "A, B dan C".
_NAME = r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,3}"
_COORDINATED = re.compile(
    rf"({_NAME})((?:[ \t]*,[ \t]*{_NAME})*)[ \t]*,?[ \t]+(?:dan|serta)[ \t]+({_NAME})")
#: How far back (characters) from the values the coordinated names are looked for.
_COORDINATED_REACH = 300
#: What says a sentence is about a reading: an index, its level, a concentration.
_READING_TALK = re.compile(r"\b(?:indeks(?:nya)?|angka(?:nya)?|nilai(?:nya)?|level(?:nya)?"
                           r"|konsentrasi|udara|ISPU|AQI)\b", re.IGNORECASE)
#: How far back (characters) a reading metric named earlier still frames a reading.
_READING_REACH = 400


def _reading_metric(metrics: Sequence[Metric], pos: int, sent: tuple[int, int]) -> Metric | None:
    """The air index named last in the sentence before ``pos``, or shortly before it."""
    named = [m for m in between(metrics, max(0, sent[0] - _READING_REACH), pos)
             if _reads(m) and not m.award]
    return named[-1] if named else None


def respective_readings(text: str, metrics: Sequence[Metric], numbers: Sequence[NumberMention],
                        sent_of: SentenceOf) -> list[Candidate]:
    """Readings given to coordinated places "masing-masing 390 dan 335", one value each."""
    out: list[Candidate] = []
    for m in _RESPECTIVE.finditer(text) if "masing-masing" in text else ():
        sent = sent_of(m.start())
        metric = _reading_metric(metrics, m.start(), sent)
        if metric is None or not _READING_TALK.search(text, sent[0], m.start()) \
                or not _RESPECTIVE_END.match(text, m.end()):
            continue
        values = [(n, n.value) for n in between(numbers, m.start(1), m.end(1))
                  if n.kind == "number" and is_plain_number(n.value)
                  and 0 <= n.value <= _READING_TOP]
        names = _coordinated_before(text, sent[0], m.start())
        if len(values) < 2 or len(names) != len(values):
            continue
        out += [Candidate(metric, v, "value", None, n.text, n.start, n.end, sent, [name])
                for (n, v), name in zip(values, names, strict=True)]
    return out


def _coordinated_before(text: str, lo: int, hi: int) -> list[str]:
    """The last names coordinated with "dan" before ``hi`` in ``text[lo:hi]``.

    Only the last :data:`_COORDINATED_REACH` characters are read (the pattern is quadratic on
    a long run of capitalised names).
    """
    found = list(_COORDINATED.finditer(text, max(lo, hi - _COORDINATED_REACH), hi))
    if not found:
        return []
    m = found[-1]
    middle = [x.strip() for x in m.group(2).split(",") if x.strip()]
    return [m.group(1), *middle, m.group(3)]


#: A reading verb right before a number: "mencapai level 877", "menembus angka 412".
_READ_VERB = re.compile(r"\b(?:mencapai|menyentuh|menembus|tembus|sebesar|berada[ \t]+(?:di|pada))"
                        r"(?:[ \t]+(?:level|angka|titik|indeks))?[ \t]+$", re.IGNORECASE)


def continued_readings(text: str, numbers: Sequence[NumberMention], metrics: Sequence[Metric],
                       found: Sequence[Candidate], sent_of: SentenceOf) -> list[Candidate]:
    """A reading the next sentence gives with no metric: "Di Kabupaten Y mencapai level 877".

    The sentence before holds a reading of an air index; this one names no metric, and the
    number follows a reading verb and has no unit.
    """
    readings = [c for c in found if c.kind == "value" and _reads(c.metric)]
    if not readings:
        return []
    taken = {c.start for c in found}
    out: list[Candidate] = []
    for n in numbers:
        if n.start in taken or n.kind != "number" or n.unit is not None \
                or not is_plain_number(n.value) or not 0 <= n.value <= _READING_TOP:
            continue
        sent = sent_of(n.start)
        if not _READ_VERB.search(text, max(sent[0], n.start - 40), n.start) \
                or between(metrics, sent[0], sent[1]) \
                or re.match(r"[ \t]*[A-Za-z%]", text[n.end:n.end + 3]) and not re.match(
                    r"[ \t]*(?:dan|atau|dengan|yang|pada|di)\b", text[n.end:n.end + 12]):
            continue
        prev = [c for c in readings if c.end <= sent[0] and 0 <= sent[0] - c.sentence[1] <= 3]
        if prev:
            out.append(Candidate(prev[-1].metric, n.value, "value", None, n.text, n.start, n.end,
                                 sent))
    return out


#: Words dating a reading to before the article's day: "61-66 dua hari sebelumnya",
#: "Sehari sebelumnya, mutu udara ... 70-88", "dibanding kemarin".
_EARLIER_DAY = re.compile(r"\b(?:(?:se|beberapa[ \t]+|dua[ \t]+)hari[ \t]+sebelumnya|kemarin"
                          r"|(?:pekan|minggu)[ \t]+(?:lalu|sebelumnya))\b", re.IGNORECASE)
#: A comparison with an earlier reading right before its number: "lebih parah dari 61-66".
_COMPARED = re.compile(r"\blebih[ \t]+(?:buruk|baik|tinggi|rendah|parah)[ \t]+"
                       r"(?:dari(?:pada)?|dibanding(?:kan)?)[ \t]+$", re.IGNORECASE)
#: The air spoken of by name: "kualitas udara", "mutu udara" (the index's own name counts too,
#: see :func:`_air_talk`; "udara", "skor", "angka" or "level" alone do not).
_AIR_TALK = re.compile(r"\b(?:kualitas|mutu)[ \t]+udara\b", re.IGNORECASE)
#: A measure other than the index between the air's name and a number ("suhu", "status",
#: "titik", "jarak" ...): the number is that measure's, no reading.
_OTHER_MEASURE = re.compile(
    r"\b(?:suhu|temperatur|status|titik|jarak|kelembap|kelembab|kecepatan|jumlah|luas|curah"
    r"|visibilitas|tinggi|sebanyak|kali)\w*", re.IGNORECASE)
#: A word of a unit or a counted thing right after a number ("34 derajat", "85 titik", "40
#: camat"): the number counts or measures something else.
_UNIT_AFTER = re.compile(r"[ \t]*(?:%|°|(?:derajat|celsius|persen|km|kilometer|meter|m|hektare"
                         r"|hektar|ha|titik|hotspot|orang|jiwa|warga|kasus|unit|jam|menit|hari"
                         r"|pekan|minggu|bulan|tahun|kali|camat|sekolah|lokasi)\b)", re.IGNORECASE)
#: The run of marks that may open a sentence before its first word: blanks, a comma, quotes
#: (a pattern; polled.py's _OPENING_MARKS is the same idea as a strip set).
_OPENING_RUN = re.compile(r"[\s,\"“]*")
#: How many sentences after a reading the earlier day's sentence may come (a scale's bands
#: may be told between them).
_EARLIER_SENTENCES = 2
#: How far after a number the earlier day's words may follow it ("61-66 dua hari sebelumnya").
_EARLIER_REACH = 25


def earlier_readings(text: str, numbers: Sequence[NumberMention], metrics: Sequence[Metric],
                     found: Sequence[Candidate], sent_of: SentenceOf) -> list[Candidate]:
    """An air index's reading of an earlier day, given beside or right after today's.

    "indeks X 90-104 pada Kamis, lebih parah dari 61-66 dua hari sebelumnya": in the
    sentence of a reading, a number (both ends of a range) after a comparison
    (:data:`_COMPARED`) and followed by the earlier day's words (:data:`_EARLIER_DAY`) is a
    reading of the same index. "Sehari sebelumnya, mutu udara tercatat 70-88": a sentence at
    most :data:`_EARLIER_SENTENCES` after a reading, opening with the earlier day's words and
    naming no metric, gives a reading of that index too when its first number after the air's
    name (:func:`_air_talk`) has no other measure between (:data:`_OTHER_MEASURE`) and no
    unit or counted thing after it (:data:`_UNIT_AFTER`). Numbers with a unit, or past
    :data:`_READING_TOP`, are none.

    Parameters
    ----------
    text : str
        The article.
    numbers : sequence of NumberMention
        The numbers of the text.
    metrics : sequence of Metric
        The metrics found, sorted by start.
    found : sequence of Candidate
        The candidates read so far (the readings an earlier day's number may continue).
    sent_of : callable
        ``sent_of(pos)``: the sentence holding ``pos``.

    Returns
    -------
    list of Candidate
        One value per earlier day's number (two for a range), of the reading's metric.
    """
    readings = [c for c in found if c.kind in ("value", "change") and _reads(c.metric)]
    taken = {c.start for c in found}
    out: list[Candidate] = []
    for n in numbers if readings else ():
        if n.start in taken or n.kind not in ("number", "range") or n.unit is not None \
                or not is_plain_number(n.value) or not 0 < n.value <= _READING_TOP:
            continue
        sent = sent_of(n.start)
        prev = _earlier_of(text, n, sent, readings, metrics, sent_of)
        if prev is None:
            continue
        values = [n.value]
        if n.kind == "range" and is_plain_number(n.high):
            values.append(n.high)
        out += [Candidate(prev.metric, v, "value", None, n.text, n.start, n.end, sent)
                for v in values]
    return out


def _earlier_of(text: str, n: NumberMention, sent: tuple[int, int],
                readings: Sequence[Candidate], metrics: Sequence[Metric],
                sent_of: SentenceOf) -> Candidate | None:
    """The reading whose earlier day's value ``n`` gives (:func:`earlier_readings`), if any."""
    same = [c for c in readings if c.sentence == sent and c.end <= n.start]
    if same:
        compared = _COMPARED.search(text, max(sent[0], n.start - 40), n.start)
        dated = _EARLIER_DAY.match(text, n.end, min(sent[1], n.end + _EARLIER_REACH)) \
            or _EARLIER_DAY.search(text, n.end, min(sent[1], n.end + _EARLIER_REACH))
        return same[-1] if compared and dated else None
    opening = _OPENING_RUN.match(text, sent[0], min(sent[1], sent[0] + 4))
    start = opening.end() if opening else sent[0]
    before = [c for c in readings if c.end <= sent[0]]
    if not before or not _EARLIER_DAY.match(text, start, n.start) \
            or between(metrics, sent[0], sent[1]) \
            or not _air_talk(text, before[-1].metric.name, sent[0], n):
        return None
    at: tuple[int, int] | None = before[-1].sentence
    for _ in range(_EARLIER_SENTENCES):
        at = _next_sentence(text, at, sent_of) if at is not None else None
        if at == sent:
            return before[-1]
    return None


def _air_talk(text: str, index: str, lo: int, n: NumberMention) -> bool:
    """Whether ``n`` is the first number after the air's name (or the index's), from ``lo``.

    No other measure may stand between (:data:`_OTHER_MEASURE`: "mutu udara ... suhu 34") and
    no unit or counted thing may follow the number (:data:`_UNIT_AFTER`: "... 40 camat").
    """
    own = re.compile(rf"(?<![\w-]){re.escape(index)}(?![\w-])", re.IGNORECASE)
    names = [*_AIR_TALK.finditer(text, lo, n.start), *own.finditer(text, lo, n.start)]
    if not names:
        return False
    last = max(m.end() for m in names)
    gap = text[last:n.start]
    return not re.search(r"\d", gap) and _OTHER_MEASURE.search(gap) is None \
        and _UNIT_AFTER.match(text, n.end) is None


#: Capitalised words that are no place before a reading: time words and the reading's words.
_NOT_PLACE = frozenset({"Level", "Angka", "Indeks", "Skor", "Tahun", "Pukul",
                        *(w.capitalize() for w in DAY_WORDS),
                        *(w.capitalize() for w in MONTH_NAMES)})
#: A list item's place right before its reading: "; Tanjung Alfa 117", "serta Gama 98",
#: "disusul oleh Beta Raya 109" (one to four capitalised words after the item's opener).
_ITEM_PLACE = re.compile(
    r"(?:[;,]|\b(?:dan|serta|oleh|lalu|kemudian))[ \t]+"
    r"((?:[A-Z][\w'’-]*)(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]+$")


def listed_places(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Readings listed place by place: each item's place is its subject.

    "misalnya Alfa dengan indeks X 104; Beta 117; Gama 98 serta Delta 96": where a sentence
    holds two or more values of one air index, a value written right after a list item's
    capitalised place (:data:`_ITEM_PLACE`; no time word or reading word, :data:`_NOT_PLACE`)
    is that place's, however the place is known to the rest of the rules. A value whose
    subjects a rule gave already keeps them.

    Parameters
    ----------
    text : str
        The article.
    candidates : sequence of Candidate
        The candidates read so far.

    Returns
    -------
    list of Candidate
        ``candidates`` in the same order, list items' values with their place as subject.
    """
    per_sentence: dict[tuple[tuple[int, int], str], int] = {}
    for c in candidates:
        if c.kind == "value" and _reads(c.metric):
            key = (c.sentence, c.metric.name)
            per_sentence[key] = per_sentence.get(key, 0) + 1
    out: list[Candidate] = []
    for c in candidates:
        item = None
        if c.kind == "value" and _reads(c.metric) and not c.subjects \
                and per_sentence.get((c.sentence, c.metric.name), 0) >= 2:
            item = _ITEM_PLACE.search(text, max(c.sentence[0], c.start - 60), c.start)
        if item is None or any(w in _NOT_PLACE for w in item.group(1).split()):
            out.append(c)
            continue
        out.append(replace(c, subjects=[item.group(1)]))
    return out


def placeless_reading(text: str, c: Candidate, names: Sequence[str | None],
                      scale_sentences: set[tuple[int, int]]) -> bool:
    """Whether ``c`` is an air index's number (or level) of no place that describes the scale.

    "ISPU dari asap bisa di atas 400", "AQI-nya biasanya antara 110 sampai 140", "atau AQI
    lebih dari 150": with no place it is of (``names`` holds only ``None``), no sign of where
    or when it was taken (:func:`~beritanlp.rules.scores.scale.observed`; an index "-nya"
    points back at no place here) nor of one that moved or was taken at a place pointed back
    at ("di kota itu"), and a cue of the scale in its clause
    (:func:`~beritanlp.rules.scores.scale.describes_scale`), a number is no reading
    (GUIDELINE: readings of a place are scores). With no such cue it stays ("ISPU 289, masuk
    kategori sangat tidak sehat, kata Kepala DLH"). Such a number's sentence is added to
    ``scale_sentences``; a level of no place in it, after the number, goes too. A level of the
    air given to what is named before it ("Penerbangan ... tertunda dengan kualitas udara
    berbahaya") that resolves to no place goes as well.

    Parameters
    ----------
    text : str
        The article.
    c : Candidate
        A score candidate (in text order).
    names : sequence of str or None
        The subjects found for it.
    scale_sentences : set of tuple of int
        Sentences whose placeless number described the scale (updated).

    Returns
    -------
    bool
        True for an air index's number of no subject describing the scale, or a level of no
        subject in such a number's sentence or given by "dengan kualitas udara".
    """
    if not _reads(c.metric) or any(n is not None for n in names):
        return False
    if isinstance(c.value, str):
        return c.sentence in scale_sentences or _WITH_AIR.search(
            text, max(0, c.metric.start - 12), c.metric.start) is not None
    if observed(text, c.sentence, pointed=False) \
            or _READ_THERE.search(text, c.sentence[0], c.sentence[1]) is not None \
            or not describes_scale(text, c.start, c.sentence):
        return False
    scale_sentences.add(c.sentence)
    return True


#: The air given to what is named before it ("... dengan kualitas udara tidak sehat"): a level
#: of it that resolves to no place names none.
_WITH_AIR = re.compile(r"\b(?i:dengan)[ \t]+$")


#: A reading that moved, or one taken at a place pointed back at: "ISPU di kota itu turun
#: hingga angka 35" is a place's reading, however it is named.
_READ_THERE = re.compile(r"\b(?:turun|naik|menurun|meningkat|melonjak|membaik|memburuk|anjlok)\b"
                         r"|\b(?:kota|kabupaten|daerah|wilayah|kawasan)[ \t]+(?:itu|ini|tersebut)\b"
                         r"|\bdi[ \t]+(?:sana|situ)\b", re.IGNORECASE)


#: The words that name the air or its index: :data:`_AIR_NOUN` and :data:`_AIR_MENTION`.
_AIR_WORDS = r"udara|ISPU|AQI|polusi|pencemaran"
#: The air named in a sentence about a list of places' readings; counts of things are none.
_AIR_NOUN = re.compile(rf"\b(?:{_AIR_WORDS})\b", re.IGNORECASE)
_COUNTED = re.compile(r"\b(?:titik|hotspot|hektare|hektar|ha|orang|jiwa|kasus|warga|unit)\b",
                      re.IGNORECASE)


def reading_list(text: str, metric: Metric, sent: tuple[int, int]) -> bool:
    """Whether a list of whole numbers in brackets is a list of places' air readings.

    Its metric reads the air and its sentence speaks of the air, counting nothing.
    """
    return (_reads(metric) and _AIR_NOUN.search(text, sent[0], sent[1]) is not None
            and _COUNTED.search(text, sent[0], sent[1]) is None)


#: A level given to the air itself, no index named: "kualitas udara", "status udara".
_AIR_ITSELF = re.compile(r"^(?:kualitas|status|mutu)\s+udara$", re.IGNORECASE)
_PREFIX = re.compile(r"^(?:Kota|Kabupaten|Kab\.|Provinsi|Prov\.)\s+")


def _place_key(name: str | None) -> str:
    return _PREFIX.sub("", name or "").casefold()


def index_levels(scores: Sequence[Score], indices: set[str]) -> list[Score]:
    """Levels of the air itself of a place whose reading of an index the article gives.

    "Kualitas udara di X masuk kategori berbahaya ... ISPU di X mencapai 400": the level is a
    band of that index, and takes its name. ``indices``: names of the air indices read.
    """
    read: dict[str, str] = {}
    for s in scores:
        if s.metric in indices and s.subject is not None:
            read.setdefault(_place_key(s.subject), s.metric)
    if not read:
        return list(scores)
    return [replace(s, metric=read[_place_key(s.subject)])
            if s.kind == "grade" and _AIR_ITSELF.match(s.metric or "")
            and _place_key(s.subject) in read else s
            for s in scores]


def restated_levels(candidates: Sequence[Candidate],
                    subjects: Sequence[SubjectMention]) -> set[int]:
    """Starts of air levels the next sentence states again as an index's level.

    "Menurut dinas, status udara di sana bahkan masuk kategori Berbahaya. Kadar PM 10 di
    stasiun itu ... menyentuh kategori Berbahaya": one reading. Only a level of the air itself whose
    sentence names no place ("di sana") is dropped; one naming its place is a fact of its own.
    """
    levels = [c for c in candidates if c.kind == "grade" and isinstance(c.value, str)
              and _reads(c.metric)]
    out: set[int] = set()
    for g in levels:
        if not _AIR_ITSELF.match(g.metric.name) or any(
                s.type == "place" for s in between(subjects, g.sentence[0], g.sentence[1])):
            continue
        if any(not _AIR_ITSELF.match(h.metric.name) and str(h.value).casefold()
               == str(g.value).casefold() and 0 <= h.sentence[0] - g.sentence[1] <= 3
               for h in levels):
            out.add(g.start)
    return out


#: A particle whose concentration is read: "konsentrasi PM 10", "kadar PM2,5".
_PARTICLE_READ = re.compile(
    rf"\b(?:{'|'.join(CONCENTRATION_WORDS)})[ \t]+(PM[ \t]?(?:10|2[,.]5))\b", re.IGNORECASE)
#: A particle's name as written: "PM 2,5", "PM2.5", "PM10".
_PARTICLE_NAME = re.compile(r"\bPM[ \t]?(?:10|2[,.]5)(?!\d)")
#: The micro sign of a concentration's unit, plain or garbled by a Mac Roman reading ("¬µg").
_MICRO = "|".join(re.escape(form) for sign in "µμ" for form in garbled_forms(sign))
#: A concentration's unit right after a reading: "52,3 mikrogram", "60,4 µg/m³", "50 ugram".
_READING_UNIT = re.compile(rf"[ \t]*(?:{_MICRO}|u|mikro)g(?:ram)?(?:\b|/)", re.IGNORECASE)
#: What joins two readings that share the unit after the second: the ends of a range
#: (:data:`~beritanlp.text.numbers.RANGE_SEP`: "210,4 hingga 188,9 mikrogram"; also "sd" with
#: no dots: "140 sd 165 ugram") or two readings in turn ("280 lalu 310 mikrogram").
_RANGE_TO = re.compile(rf"{RANGE_SEP}|[ \t]*(?:sd|lalu)[ \t]+")
#: A threshold, standard, guideline or limit the number sets: "ambang batas ... 150 µg/m3",
#: "tak boleh lebih dari 25 mikrogram", "pedoman WHO untuk PM2,5 adalah 5 mikrogram", "tidak
#: melebihi 15 mikrogram", "yang melampaui 150 mikrogram dianggap tidak sehat".
#: ("nilai maksimum 233": the highest reading, no limit.)
_STANDARD = re.compile(r"\b(?:ambang|batas|baku[ \t]+mutu(?:nya)?|standar"
                       r"|(?:tidak|tak)[ \t]+(?:boleh|dapat|bisa)|sebaiknya|dianjurkan|pedoman"
                       r"|panduan|rekomendasi|(?:di|me)rekomendasikan|ditetapkan|menetapkan"
                       r"|melebihi|melampaui)\b",
                       re.IGNORECASE)
#: A bound right before a value ("di atas 55 mikrogram") ...
_BOUND_BEFORE = re.compile(r"\b(?:(?:di|ke)[ \t]+(?:atas|bawah)|(?:lebih|kurang)[ \t]+dari)"
                           r"[ \t]+$", re.IGNORECASE)
#: ... and a level given to what passes it, in the value's clause ("... masuk kategori tidak
#: sehat", "... dianggap berbahaya"): a band of the scale, no reading.
_DEEMED_AFTER = re.compile(r"[^.;,:!?]{0,60}?\b(?:dianggap|dikategorikan|digolongkan|tergolong"
                           r"|(?:masuk|termasuk)[ \t]+(?:(?:dalam|ke)[ \t]+)?(?:kategori"
                           r"|katagori|level|status))\b", re.IGNORECASE)
#: A clause break between a particle and its value (the comma of "PM2,5" is none).
_CLAUSE_BREAK = re.compile(r"[.;,:!?]")


def may_read_particles(text: str) -> bool:
    """Whether ``text`` names a particle whose concentration it may read ("PM10", "PM 2,5").

    Parameters
    ----------
    text : str
        The article.

    Returns
    -------
    bool
        True when a particle's name is written in ``text`` (a cheap check first).
    """
    return "PM" in text and _PARTICLE_NAME.search(text) is not None


def particle_readings(text: str, numbers: Sequence[NumberMention], metrics: Sequence[Metric],
                      air: MetricRule | None, sent_of: SentenceOf) -> list[Candidate]:
    """Concentrations read after a particle's name, up to the next particle's name.

    "Konsentrasi PM 10 ... dengan nilai maksimum 233 µg/m3", "AQI 120 dengan PM2.5 sebesar
    41,7 mikrogram", "PM10 berkisar 140-165 ugram": values of the particle as written (both
    ends of a range; :func:`particle_metrics` gives them the article's first spelling). A
    number is a reading only with a concentration unit right after it (or after
    the range it opens). The checks of the index readings (:mod:`.scale`) hold here too: a
    level in a condition (``cues.CONDITION``, "kalau" close before), a band of the scale
    ("untuk PM10 antara ...", "kategori tidak sehat adalah PM10 antara ...", two bands in a
    sentence with no reading taken, ranges that adjoin) and a threshold, a standard, a
    guideline or a limit ("ambang batas ... 150 µg/m3", "pedoman WHO ... 5 mikrogram") are
    no readings. Numbers a rule read already are passed over by the caller. Where the
    sentence names an air index, "konsentrasi PM 2,5 mencapai 64,2" is left to the indicator
    rules (the phrase as written is the metric).

    Parameters
    ----------
    text : str
        The article.
    numbers : sequence of NumberMention
        Its numbers, in text order.
    metrics : sequence of Metric
        Its metrics, in text order.
    air : MetricRule or None
        The rule of an air index (the reading's rule, for its place and year); ``None``
        reads nothing.
    sent_of : SentenceOf
        The sentence (start, end) of an offset.

    Returns
    -------
    list of Candidate
        One value per reading, in text order.
    """
    out: list[Candidate] = []
    names = list(_PARTICLE_NAME.finditer(text)) if ("PM" in text and air is not None) else []
    for i, m in enumerate(names):
        sent = sent_of(m.start())
        if NEAR_CONDITION.search(text, max(sent[0], m.start() - 30), m.start()) or (
                _phrased(text, m.start(), m.end())
                and any(_reads(x) for x in between(metrics, sent[0], sent[1]))):
            continue
        if lists_bands(text, sent) or adjoining_bands(between(numbers, sent[0], sent[1])):
            continue  # "PM2,5 kategori baik 0-15,5 µg/m3, sedang 15,5-55,4 µg/m3": the scale
        hi = min(sent[1], names[i + 1].start()) if i + 1 < len(names) else sent[1]
        metric = Metric(m.group(), m.start(), m.end(), air)
        out += [Candidate(metric, value, "value", None, n.text, n.start, n.end, sent)
                for n, value in _readings(text, between(numbers, m.end(), hi))
                if not _no_reading(text, m.span(), n, sent)]
        if hi == sent[1]:
            out += _carried_particle(text, numbers, metrics, metric, sent, sent_of)
    return out


def unit_readings(text: str, numbers: Sequence[NumberMention], metrics: Sequence[Metric],
                  sent_of: SentenceOf) -> list[Candidate]:
    """Concentrations with their unit read by the air index named before them in the sentence.

    "indeks X di Kota A berada di kategori tidak sehat, dengan debu terukur 168,05 mikrogram":
    a number with a concentration unit right after it (:data:`_READING_UNIT`;
    a decimal before "mikrogram" is otherwise a measured amount, no score) is a value of the
    air index named last before it in its sentence, when the sentence names no particle
    (those are :func:`particle_readings`'). The particles' checks hold: a condition, a band
    of the scale, a standard, guideline or limit, and a bound given a level are no readings
    (:func:`_no_reading`), nor is a reading forecast or hoped for (``cues.HOPE``). Numbers a
    rule read already are passed over by the caller.

    Parameters
    ----------
    text : str
        The article.
    numbers : sequence of NumberMention
        Its numbers, in text order.
    metrics : sequence of Metric
        Its metrics, in text order.
    sent_of : SentenceOf
        The sentence (start, end) of an offset.

    Returns
    -------
    list of Candidate
        One value per reading (both ends of a range), in text order.
    """
    found = (_index_value(text, n, value, metrics, sent_of, lambda *_: False)
             for n, value in _readings(text, numbers))
    return [c for c in found if c is not None]


def _index_value(text: str, n: NumberMention, value: float | int, metrics: Sequence[Metric],
                 sent_of: SentenceOf,
                 before_ok: Callable[[Metric, tuple[int, int], int], bool]) -> Candidate | None:
    """``value`` (number ``n``) as a value of the air index named last before it, or None.

    None in a sentence naming a particle (the particle rules read it) or listing the scale's
    bands; with no index before it in its sentence unless ``before_ok(index, sentence,
    start)`` accepts the one named earlier; after a forecast or a hope (``cues.HOPE``); or
    where the particles' checks (:func:`_no_reading`) find no reading.
    """
    sent = sent_of(n.start)
    if _PARTICLE_NAME.search(text, sent[0], sent[1]) or lists_bands(text, sent):
        return None
    index = _reading_metric(metrics, n.start, sent)
    if index is None or index.start < sent[0] and not before_ok(index, sent, n.start):
        return None
    if HOPE.search(text, sent[0], n.start) \
            or _no_reading(text, (index.start, index.end), n, sent):
        return None
    return Candidate(index, value, "value", None, n.text, n.start, n.end, sent)


#: "level" right before a number: a label ("PPKM level 3") unless the number is an air reading.
_LEVEL_WORD = re.compile(r"\blevel[ \t]+$", re.IGNORECASE)
#: The highest label a "level" numbers (alert, PPKM and maturity levels run 1-5): a whole number
#: above it after "level" in an air index's talk is a reading ("menyentuh level 287").
_LABEL_TOP = 5


def level_readings(text: str, numbers: Sequence[NumberMention], metrics: Sequence[Metric],
                   sent_of: SentenceOf) -> list[Candidate]:
    """Readings written "level N" of the air index named in their sentence or the one before.

    "Indeks X memburuk. Pencemaran di provinsi itu menyentuh level 287", "Kota A terdampak,
    dengan IPU yang tercatat dengan level 164": a whole number above the labels' range
    (:data:`_LABEL_TOP`) right after "level" (a label's word otherwise: "PPKM level 3") with
    no unit is a value of the air index named last before it, in its sentence or, when
    its sentence names no metric and speaks of the air (:data:`_AIR_NOUN` before the number:
    "pencemaran", "polusi"), in the sentence right before. The particles' checks hold
    (:func:`_no_reading`, ``cues.HOPE``), a sentence listing the scale's bands reads nothing,
    and a sentence naming a particle is left to the particle rules. Numbers a rule read
    already are passed over by the caller.

    Parameters
    ----------
    text : str
        The article.
    numbers : sequence of NumberMention
        Its numbers, in text order.
    metrics : sequence of Metric
        Its metrics, in text order.
    sent_of : SentenceOf
        The sentence (start, end) of an offset.

    Returns
    -------
    list of Candidate
        One value per reading, in text order.
    """

    def before_ok(index: Metric, sent: tuple[int, int], at: int) -> bool:
        # named in the sentence before, when this one names no metric and is of the air
        return not between(metrics, sent[0], sent[1]) \
            and _AIR_NOUN.search(text, sent[0], at) is not None \
            and index.start >= sent_of(max(0, sent[0] - 3))[0]

    out: list[Candidate] = []
    for n in numbers:
        if n.kind != "number" or n.unit is not None or not isinstance(n.value, int) \
                or not _LABEL_TOP < n.value <= _READING_TOP \
                or not _LEVEL_WORD.search(text, max(0, n.start - 8), n.start):
            continue
        found = _index_value(text, n, n.value, metrics, sent_of, before_ok)
        if found is not None:
            out.append(found)
    return out


#: A sentence speaking of a reading named before: "Angkanya mencapai ...", "sedangkan
#: konsentrasinya 61,3 µg/m3".
_CARRY_WORD = re.compile(rf"\b(?:angka|nilai|{'|'.join(CONCENTRATION_WORDS)})(?:nya)?\b",
                         re.IGNORECASE)
#: What a carried sentence's concentration may be beyond :data:`_STANDARD`, anywhere before it:
#: a limit ("kadar maksimum yang diizinkan", "angka baku mutunya"), what is safe or normal
#: ("konsentrasi yang masih aman", "angka normalnya"). In the particle's own sentence "nilai
#: maksimum 233" is its highest reading; a sentence after it that names no particle is read
#: only when it says nothing of a limit.
_CARRIED_LIMIT = re.compile(r"\b(?:maksimum|maksimal|(?:di|mem)?(?:izinkan|perbolehkan|bolehkan)"
                            r"|aman|normal(?:nya)?|wajar|ideal|toleransi)\b", re.IGNORECASE)
#: How many sentences after a particle's own a reading of it may be carried.
_CARRY_SENTENCES = 2


def _carried_particle(text: str, numbers: Sequence[NumberMention], metrics: Sequence[Metric],
                      metric: Metric, sent: tuple[int, int],
                      sent_of: SentenceOf) -> list[Candidate]:
    """Concentrations of the particle ``metric`` names read in the sentences after its own.

    "PM10 di Kota X masuk kategori berbahaya. Angkanya 350 µg/m3.": a sentence
    right after, naming no particle and no air index, with a reading's word ("angkanya",
    "konsentrasi") before a concentration with its unit, reads the particle named before; so
    does the sentence after it ("Di kota Y ... konsentrasinya 61,3 µg/m3") when
    the one before it read one. A reading forecast or hoped for
    (:data:`~beritanlp.rules.scores.cues.HOPE` before it: "diperkirakan", "berharap") is none,
    and so is a limit, a standard or what is safe (:data:`_STANDARD`, :data:`_CARRIED_LIMIT`
    anywhere before it in its sentence: "Kadar maksimum yang diizinkan ... 65 µg/m3"); a
    sentence naming another pollutant (:data:`~beritanlp.rules.scores.cues.POLLUTANT`:
    "Konsentrasi ozon ...") ends the carrying.
    """
    out: list[Candidate] = []
    for _ in range(_CARRY_SENTENCES):
        nxt = _next_sentence(text, sent, sent_of)
        if nxt is None or _PARTICLE_NAME.search(text, nxt[0], nxt[1]) \
                or POLLUTANT.search(text, nxt[0], nxt[1]) \
                or any(_reads(x) for x in between(metrics, nxt[0], nxt[1])):
            break  # "Konsentrasi ozon mencapai 80 µg/m3": another pollutant's
        got = [Candidate(metric, value, "value", None, n.text, n.start, n.end, nxt)
               for n, value in _readings(text, between(numbers, nxt[0], nxt[1]))
               if _CARRY_WORD.search(text, nxt[0], n.start)
               and not any(p.search(text, nxt[0], n.start)
                           for p in (HOPE, _STANDARD, _CARRIED_LIMIT))
               and not _no_reading(text, (n.start, n.start), n, nxt)]
        if not got:
            break
        out += got
        sent = nxt
    return out


def _next_sentence(text: str, sent: tuple[int, int],
                   sent_of: SentenceOf) -> tuple[int, int] | None:
    """The sentence right after ``sent`` (a few blanks or commas between), or ``None``."""
    gap = re.match(r"[\s,]{0,3}", text[sent[1]:sent[1] + 3])
    pos = sent[1] + (gap.end() if gap else 0)
    if pos >= len(text):
        return None
    nxt = sent_of(pos)
    return nxt if nxt[0] >= sent[1] and nxt[1] - nxt[0] > 1 else None


def _no_reading(text: str, particle: tuple[int, int], n: NumberMention,
                sent: tuple[int, int]) -> bool:
    """Whether the number ``n`` after ``particle`` (its span) sets the scale, reading nothing.

    A condition ("jika PM10 masih di atas 100"; not "menyebutkan jika ..."), a band ("untuk
    PM10 antara 150 sampai 250": the clause may start before the particle, whose "2,5" is no
    clause break), a standard or guideline, and a bound given a level ("PM2,5 di atas 55
    mikrogram masuk kategori tidak sehat").
    """
    start, end = particle
    return bool(
        CONDITION.search(text, sent[0], n.start)
        or NEAR_CONDITION.search(text, max(sent[0], n.start - 30), n.start)
        or _STANDARD.search(text, max(sent[0], start - 40, n.start - 90), n.start)
        or defines_band(text, n.start, sent)
        or (defines_band(text, start, sent)
            and not _CLAUSE_BREAK.search(text, end, n.start))
        or (_BOUND_BEFORE.search(text, max(sent[0], n.start - 20), n.start)
            and _DEEMED_AFTER.match(text, n.end, sent[1])))


def _phrased(text: str, start: int, end: int) -> bool:
    """Whether the particle at ``start:end`` follows "konsentrasi"/"kadar" ("kadar PM10")."""
    phrase = _PARTICLE_READ.search(text, max(0, start - 12), end)
    return phrase is not None and phrase.end(1) == end


def _readings(text: str, numbers: Sequence[NumberMention]
              ) -> list[tuple[NumberMention, int | float]]:
    """The numbers read as concentrations, each with its value (a range gives both ends)."""
    out: list[tuple[NumberMention, int | float]] = []
    for k, n in enumerate(numbers):
        if n.kind not in ("number", "range") or not is_plain_number(n.value) \
                or not 0 < n.value <= 5000:
            continue
        if _READING_UNIT.match(text, n.end):
            out.append((n, n.value))
            if n.kind == "range" and is_plain_number(n.high):
                out.append((n, n.high))
            continue
        joint = _RANGE_TO.match(text, n.end) if n.kind == "number" else None
        nxt = numbers[k + 1] if k + 1 < len(numbers) else None
        if joint is not None and nxt is not None and nxt.start == joint.end() \
                and nxt.kind == "number" and _READING_UNIT.match(text, nxt.end):
            out.append((n, n.value))  # "210,4 hingga 188,9 mikrogram": the first
    return out


#: How far before its reading a particle names it ("PM 2,5 sebesar 81,1 µg").
_PARTICLE_REACH = 60


def _particle_key(name: str) -> str:
    """One key for each spelling of a particle: "PM 2,5", "PM2.5" -> "25"."""
    return re.sub(r"\D", "", name)


def particle_metrics(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates, a concentration read of a named particle taking that particle as metric.

    "AQI 118 dengan kadar partikel PM 2,5 sebesar 43,2 mikrogram per meter kubik": 43,2 is no
    AQI reading (an index has no unit) but the particle's concentration. A value with a
    concentration unit right after it, whose clause names a particle shortly before it (no
    other number between), is named by that particle. Only values an air index or a phrase
    with the particle was read for change, and not those read as "konsentrasi PM 2,5" already;
    offsets and the rule stay (subject and year). Any candidate named by a particle alone is
    named as the article first spells it (one article, one name: a later "PM10" or "PM2.5"
    is "PM 10" or "PM 2,5", a value or a level, wherever the name stands).

    Parameters
    ----------
    text : str
        The article.
    candidates : sequence of Candidate
        The candidates found.

    Returns
    -------
    list of Candidate
        The same candidates in the same order, concentrations renamed by their particle.
    """
    if "PM" not in text:
        return list(candidates)
    spelling: dict[str, str] = {}
    for m in _PARTICLE_NAME.finditer(text):
        spelling.setdefault(_particle_key(m.group()), m.group())
    out: list[Candidate] = []
    for c in candidates:
        name = _read_particle(text, c)
        if name is None and _PARTICLE_NAME.fullmatch(c.metric.name):
            name = c.metric.name  # "PM10" read by a rule of its own: the first spelling
        out.append(c if name is None else
                   replace(c, metric=replace(c.metric, name=spelling[_particle_key(name)])))
    return out


def _read_particle(text: str, c: Candidate) -> str | None:
    """The particle whose concentration value ``c`` is, or ``None``."""
    if c.kind != "value" or not is_plain_number(c.value) \
            or not (_reads(c.metric) or _PARTICLE_NAME.search(c.metric.name)) \
            or _PARTICLE_READ.search(c.metric.name) or not _READING_UNIT.match(text, c.end):
        return None  # "konsentrasi PM 2,5" already names the reading
    last = None
    for m in _PARTICLE_NAME.finditer(text, max(c.sentence[0], c.start - _PARTICLE_REACH),
                                     c.start):
        last = m
    if last is None or re.search(r"\d|[;:]", text[last.end():c.start]):
        return None
    return last.group()


#: The air of a place said to be at a level, with no verb or cue between: "Kualitas udara di
#: Kota X pagi ini sangat tidak sehat", "kondisi udara di X sudah tidak sehat", "kondisi
#: pencemaran udara menunjukkan level tidak sehat". Time words (the day table's names) and
#: adverbs may stand between; a level a common word also is ("baik", "sedang") needs
#: "menunjukkan" (:func:`air_is`). The time of the reading may be set off by commas ("mutu
#: udara X, Kamis (12/3/2026), menunjukkan kondisi tidak sehat") or be a clock time ("pada
#: pukul 07.30 WITA", "pukul 06.00 hingga pukul 10.00 WITA"; "menunjukkan kondisi yang" before
#: the level too). The place may follow the air with no "di" ("menjadikan
#: kualitas udara Jakarta tak sehat"), and the air may be given to a place named before it
#: ("X diselimuti asap dengan kualitas udara tidak sehat").
_AIR_IS = re.compile(
    r"(?P<meant>\b(?i:artinya|berarti)[ \t]+)?(?P<with>\b(?i:dengan)[ \t]+)?"
    r"\b(?P<measure>(?i:(?:kualitas|status|mutu|kondisi)(?:[ \t]+(?:kualitas|pencemaran))?"
    r"[ \t]+udara(?:nya)?))"
    r"(?P<place>[ \t]+(?:di[ \t]+)?(?:(?:daerah|kota|kabupaten|provinsi)[ \t]+)?"
    r"(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)?"
    # the time it is read at, maybe set off by commas: ", Kamis (12/3/2026),", "pukul 07.30 WITA"
    r"(?:,?[ \t]+(?:pada[ \t]+)?(?:hari|saat|pagi|siang|sore|malam|ini|tadi|kini"
    rf"|(?i:{'|'.join(DAY_WORDS)})"
    r"|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
    r"|pukul[ \t]+\d{1,2}[.:]\d{2}(?:[ \t]+(?:WIB|WITA|WIT))?"
    # a span of clock times: "pukul 06.00 hingga pukul 10.00 WITA"
    r"(?:[ \t]+(?:hingga|sampai|-)[ \t]+(?:pukul[ \t]+)?\d{1,2}[.:]\d{2}"
    r"(?:[ \t]+(?:WIB|WITA|WIT))?)?))*,?"
    r"(?:[ \t]+(?i:sudah|telah|masih|kembali|pun|tetap|kian|makin|semakin|terpantau|tercatat"
    r"|dalam[ \t]+kondisi))*"
    r"(?P<shown>[ \t]+(?i:menunjuk+an|masuk(?:[ \t]+ke)?|berada[ \t]+(?:di|pada)|tampak|terlihat"
    r"|tergolong"
    r"|pada(?=[ \t]+(?:level|kategori|status|tingkat|kondisi)\b))"
    r"(?:[ \t]+(?i:level|kategori|status|tingkat|kondisi)(?:[ \t]+yang)?)?)?"
    r"[ \t]+[\"“']?$")
#: A place named as such: "kota Pekanbaru", "di Singapura" (what "dengan kualitas udara" is of).
_PLACE_NAMED = re.compile(r"\b(?i:di|kota|kabupaten|provinsi|wilayah|negara)[ \t]+[A-Z]")
#: Speech or a request (the ``scores_speech`` and ``scores_told`` rows of
#: ``lexicons/data/speech_verbs.txt``: "mengatakan", "meminta", "diimbau"): a place named before
#: it is the speaker's, and "dengan kualitas udara" after it is of what is spoken of ("Menteri di
#: X meminta sekolah dengan kualitas udara ...").
_TOLD = re.compile(rf"\b(?:{speech_alternation('scores_speech')}"
                   rf"|{speech_alternation('scores_told')})\b", re.IGNORECASE)
#: Levels that are common words too: a bare predicate of the air is no level of them.
_COMMON_LEVELS = frozenset({"baik", "sedang", "moderat"})


def air_is(text: str, start: int, end: int, sent: tuple[int, int]) -> re.Match[str] | None:
    """The air of a place said to be at the level at ``start`` (see :data:`_AIR_IS`).

    The place must be named ("kualitas udara di X", "kualitas udara X"; or before "dengan
    kualitas udara ..." as "kota X" or "di X"), the reading before explained ("yang
    artinya kualitas udara ...") or the level shown ("menunjukkan level ..."); a level that is
    a common word too needs the last. A question ("Apakah kualitas udara ... ?"), a denial or
    a belief (:data:`~beritanlp.rules.scores.cues.UNASSERTED`) or a condition before the
    measure says no level.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        The level mention.
    sent : tuple[int, int]
        Its sentence.

    Returns
    -------
    re.Match or None
        The match of the air said to be at the level (its ``measure`` group names the air).
    """
    m = _AIR_IS.search(text, max(sent[0], start - 120), start)
    given = m is not None and m.group("with") is not None and _given(text, sent[0],
                                                                      m.start("with"))
    if m is None or (m.group("shown") is None and (
            not (_placed(m) or m.group("meant") or given)
            or text[start:end].casefold() in _COMMON_LEVELS)):
        return None
    if text[sent[0]:sent[1]].rstrip().endswith("?") or any(
            p.search(text, sent[0], m.start("measure"))
            for p in (UNASSERTED, CONDITION, NEAR_CONDITION)):
        return None
    return m


def _given(text: str, lo: int, at: int) -> bool:
    """Whether a place is named from ``lo`` to "dengan" at ``at`` with no speech or request after.

    "Kota X masih diselimuti asap dengan kualitas udara ...": the air is the place's; "Menteri
    di X meminta sekolah dengan kualitas udara ..." names the speaker's place, not the air's.
    """
    places = list(_PLACE_NAMED.finditer(text, lo, at))
    return bool(places) and _TOLD.search(text, places[-1].end(), at) is None


#: An acronym written in capitals ("BMKG", "KLHK"): an agency's or a source's name.
_ACRONYM = re.compile(r"[A-Z]{2,}")


def _placed(m: re.Match[str]) -> bool:
    """Whether the air of ``m`` is of a place named right after it.

    With no "di" the name must follow "udara" written in lower case: in a headline's title
    case ("Status Udara Sempat 'Berbahaya'") any word after it is capitalised; and it is no
    bare acronym ("data kualitas udara BMKG": a source's, an agency's), though one may open a
    place's name ("kualitas udara DKI Jakarta").
    """
    place = m.group("place")
    if place is None:
        return False
    if place.lstrip().startswith("di"):
        return True
    return m.group("measure").split()[-1].islower() and not all(
        _ACRONYM.fullmatch(w) for w in place.split())


#: A level the air nears, not one it is at: "mendekati level sangat tidak sehat".
_APPROACHED = re.compile(r"\b(?:mendekati|hampir|nyaris)(?:[ \t]+(?:mencapai|menyentuh))?"
                         r"(?:[ \t]+(?:level|kategori|status|tingkat|ambang))?[ \t]+[\"“']?$",
                         re.IGNORECASE)


def _approached(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A word of nearing ("mendekati", "nyaris mencapai level") ends the 40 characters before."""
    return _APPROACHED.search(text, max(sent[0], start - 40), start) is not None


#: Words that make a level of the air one to come, not one it is at, when they stand between
#: the air's mention and the level: a forecast or a hope (``cues.FORECAST_WORDS``:
#: "diperkirakan", "akan", "berharap") or a level the air may reach ("bisa mencapai"). Not a
#: target word ("menargetkan kategori baik": a target, read as one).
_TO_COME = re.compile(
    rf"\b(?:{FORECAST_WORDS}|{FORECAST_VERBS}|memprediksikan"
    r"|(?:bisa|dapat)[ \t]+(?:mencapai|menyentuh|masuk|memasuki|menjadi|naik|turun|memburuk))\b",
    re.IGNORECASE)
#: A purpose governing the air itself: "supaya udara kembali bersih", "agar mutu udara ...";
#: not one striven for ("berupaya agar kualitas udara ...": an aim, read as a target).
_AIR_HOPED = re.compile(r"(?<!berupaya )(?<!berusaha )(?<!bertekad )"
                        r"\b(?:agar|supaya)[ \t]+(?:(?:kualitas|kondisi|mutu)[ \t]+)?udara\b",
                        re.IGNORECASE)
#: The air or its index mentioned: where a level's own clause about the air starts.
_AIR_MENTION = re.compile(rf"\b(?:{_AIR_WORDS}|PM[ \t]?(?:10|2[,.]5))\b", re.IGNORECASE)
#: What ends a level's clause before it, besides ``cues.CLAUSE_BREAK``: a reason ("karena
#: kualitas udara ... tidak sehat") or the present ("saat ini masih berada di ...").
_NOW_OR_BECAUSE = re.compile(r"\b(?:karena|sebab|sehingga|saat[ \t]+ini|kini|hari[ \t]+ini)\b",
                             re.IGNORECASE)
#: How far back from a level its clause is read for :data:`_TO_COME` (characters).
_TO_COME_REACH = 120


def _to_come(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A purpose governing the air, or a forecast or hope word after its last mention."""
    lo = max(sent[0], start - _TO_COME_REACH)
    for cut in (CLAUSE_BREAK, _NOW_OR_BECAUSE):
        breaks = list(cut.finditer(text, lo, start))
        if breaks:
            lo = breaks[-1].end()
    if TARGET.search(text, lo, start):
        return False  # "target kami agar mutu udara ... kategori baik": a target, read as one
    if _AIR_HOPED.search(text, lo, start):
        return True
    mentions = list(_AIR_MENTION.finditer(text, lo, start))
    if mentions:
        lo = mentions[-1].end()
    return _TO_COME.search(text, lo, start) is not None


def level_not_held(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A level at ``start`` the air does not hold: only neared, or forecast or hoped for.

    "nyaris mencapai level berbahaya"; "Dinas memprediksi mutu udara kota itu akan memburuk
    ke kategori tidak sehat lusa", "ISPU kota itu berpotensi menyentuh level berbahaya",
    "upaya supaya udara kembali ke kategori baik": no level is read (as no reading is read
    after such a word: ``cues.HOPE``). A forecast before a reason or the present leaves the
    level held: "Dinas akan membagikan masker karena kualitas udara kini berada di level
    tidak sehat".

    Parameters
    ----------
    text : str
        The article.
    start : int
        Where the level (its grade word) starts.
    sent : tuple of (int, int)
        The span of the level's sentence.

    Returns
    -------
    bool
        True when a word of nearing ends the 40 characters before the level, within its
        sentence; or when, in the level's clause (at most 120 characters back, after the last
        clause break: ``cues.CLAUSE_BREAK``, "karena", "sebab", "sehingga", "saat ini",
        "kini", "hari ini"), a purpose governs the air (:data:`_AIR_HOPED`) or a word of
        forecast or hope (:data:`_TO_COME`) stands between the air's last mention and the
        level (the whole clause when it mentions no air).
    """
    return _approached(text, start, sent) or _to_come(text, start, sent)
