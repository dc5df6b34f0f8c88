"""Synthetic archives and a small saved pipeline for the batch and Dask tests (not collected).

The pipeline is the news tokenizer + ``beritanlp_sentences`` + ``beritanlp_dates``: cheap, but
it produces real facts (dates, DATE entities), so records differ from article to article. The
heavy components (NER, stemmer, agencies, places, officials, scores, topics) are left out: these
tests are about batching, not extraction.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from beritanlp.pipeline import blank

MAX_CHARS = 3_000
BAD_KINDS = ("invalid_json", "missing_text", "null_text", "non_string_text", "too_long",
             "undecodable")
#: Start of the error reason each kind of bad line must get.
REASONS = {
    "invalid_json": "invalid JSON",
    "missing_text": "missing text field 'text'",
    "null_text": "text field 'text' is null",
    "non_string_text": "text field 'text' must be a string",
    "too_long": "text too long",
    "undecodable": "undecodable bytes",
}

_PLACES = ["Kabupaten Sleman", "Kota Kupang", "Kabupaten Banyuwangi", "Kota Ambon",
           "Kabupaten Gowa", "Kota Pontianak", "Kabupaten Lombok Timur", "Kota Jambi"]
_THINGS = ["jembatan gantung", "puskesmas", "pasar rakyat", "gedung sekolah", "embung desa",
           "jalan lingkar", "balai latihan kerja", "taman kota"]
_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus"]


def pipeline() -> Language:
    """The small test pipeline (see the module docstring)."""
    nlp = blank()
    nlp.add_pipe("beritanlp_sentences")
    import beritanlp.components.dates  # noqa: F401  (registers beritanlp_dates)

    nlp.add_pipe("beritanlp_dates")
    return nlp


def save_pipeline(folder: Path) -> Path:
    """Save the test pipeline to ``folder`` (workers load it with ``spacy.load``)."""
    pipeline().to_disk(folder)
    return folder


def article(i: int, rng: random.Random) -> tuple[str, str]:
    """A short synthetic news article (title, text), written for these tests."""
    place, thing = rng.choice(_PLACES), rng.choice(_THINGS)
    day, d, m = rng.choice(_DAYS), rng.randint(1, 28), rng.randint(1, 8)
    title = f"Pemerintah {place} Resmikan {thing.title()} Nomor {i}"
    body = [f"{place.split(' ', 1)[1].upper()}, {day} ({d}/{m}/2024) - Pemerintah {place} "
            f"meresmikan {thing} baru yang dibangun sejak {rng.randint(2019, 2023)}.",
            f"Anggaran pembangunan mencapai Rp{rng.randint(2, 90)},{rng.randint(1, 9)} miliar, "
            f"kata kepala dinas setempat pada {d} {_MONTHS[m - 1]} 2024."]
    if rng.random() < 0.5:
        body.append("Warga berharap fasilitas itu segera dipakai dan dirawat bersama.")
    return title, " ".join(body)


@dataclass
class Archive:
    """What was written: per line number, the kind and the id of the line."""

    path: Path
    kinds: dict[int, str] = field(default_factory=dict)
    ids: dict[int, str] = field(default_factory=dict)

    @property
    def good_lines(self) -> list[int]:
        return [n for n, k in self.kinds.items() if k == "good"]


def write_archive(path: Path, lines: int = 2_000, bad_per_kind: int = 50,
                  seed: int = 7) -> Archive:
    """A JSONL archive of ``lines`` lines, ``bad_per_kind`` of each bad kind at random places.

    One good article in 20 has no id (the tagger gives it ``line-<n>``).
    """
    rng = random.Random(seed)
    kinds = ["good"] * (lines - bad_per_kind * len(BAD_KINDS))
    for kind in BAD_KINDS:
        kinds += [kind] * bad_per_kind
    rng.shuffle(kinds)
    archive = Archive(path)
    with open(path, "wb") as fh:
        for n, kind in enumerate(kinds, 1):
            doc_id = f"art-{n:05d}"
            title, text = article(n, rng)
            record: dict[str, object] = {"id": doc_id, "title": title, "text": text}
            data: bytes | None = None
            if n % 7 == 0:
                record["title"] = f"  {title} "  # stray spaces, as scrapers leave them
            if kind == "good" and n % 20 == 0:
                del record["id"]
                doc_id = f"line-{n}"
            elif kind == "invalid_json":
                data = f'{{"id": "{doc_id}", "text": "Harga cabai naik'.encode()
            elif kind == "missing_text":
                del record["text"]
            elif kind == "null_text":
                record["text"] = None
            elif kind == "non_string_text":
                record["text"] = rng.choice([12345, ["daftar", "kata"], {"isi": "teks"}, True])
            elif kind == "too_long":
                record["text"] = text + " Ulasan panjang." * (MAX_CHARS // 10)
            elif kind == "undecodable":
                data = (b'{"id": "' + doc_id.encode() + b'", "text": "Harga beras \xff\xfe naik '
                        b'tajam di pasar."}')
            if data is None:
                data = json.dumps(record, ensure_ascii=False).encode("utf-8")
            fh.write(data + b"\n")
            archive.kinds[n] = kind
            archive.ids[n] = doc_id
    return archive


def read_jsonl(path: Path) -> list[dict]:
    """All records of a JSONL file."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def sorted_lines(path: Path) -> list[bytes]:
    """The file's lines sorted by record id (then bytes), for order-free comparison."""
    with open(path, "rb") as fh:
        lines = fh.read().splitlines(keepends=True)
    return sorted(lines, key=lambda b: (str(json.loads(b).get("id")), b))
