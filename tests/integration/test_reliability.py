"""Issue 18: one bad input never stops or hangs a run (huge numbers, workers, bad Unicode).

Tests that could hang on a regression run their code in a subprocess with a timeout, so that a
hang fails the test instead of stopping the suite.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from spacy.tokens import DocBin

import beritanlp

#: Score-like sentences whose numbers exceed 2**64 (issue 18, defect 2).
OVERFLOW_TEXTS = ["Nilai SPI Kota Bandung 99999999999999999999.",
                  "Nilai MCP Kota Bandung 1.000.000.000.000.000.000.000."]


@pytest.fixture(scope="module")
def nlp():
    return beritanlp.load()


def _run(code: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=timeout, **kwargs)


@pytest.mark.parametrize("text", OVERFLOW_TEXTS)
def test_huge_numbers_are_no_scores_and_docs_serialise(nlp, text):
    doc = nlp(text)
    doc.to_bytes()  # OverflowError before the fix
    restored = list(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))[0]
    assert list(restored._.scores) == doc._.scores
    assert doc._.scores == []  # a number beyond any index or percentage is no score
    record = beritanlp.analyze(text, nlp=nlp).to_dict()
    assert record["error"] is None and record["scores"] == []
    json.dumps(record, allow_nan=False)


def test_no_doc_extension_holds_an_int_msgpack_cannot_store(nlp):
    doc = nlp.make_doc("Nilai SPI 10.")
    doc._.scores = [{"metric": "SPI", "value": 10 ** 30, "mentions": [[0, 2 ** 70]]}]
    doc._.doc_id = -(2 ** 80)
    restored = list(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))[0]
    assert restored._.scores[0]["value"] == 1e30 and restored._.doc_id == -float(2 ** 80)
    assert doc._.scores == [{"metric": "SPI", "value": 1e30, "mentions": [[0, float(2 ** 70)]]}]
    assert doc._.doc_id == -float(2 ** 80)
    doc._.scores = [{"value": 10 ** 400, "other": float("nan"), "ok": 2 ** 63 - 1}]
    assert doc._.scores == [{"value": None, "other": None, "ok": 2 ** 63 - 1}]
    doc.to_bytes()


#: An invented report (written for these tests); a few of them make the workers' results larger
#: than a pipe's buffer, which is when spaCy's error path used to wait forever.
REPORT = ("Pemerintah Kota Bandung menerima hasil Survei Penilaian Integritas (SPI) dari Komisi "
          "Pemberantasan Korupsi (KPK) dengan nilai 72,4 pada Senin (3/6/2024). Wali Kota "
          "Bandung mengatakan nilai itu menjadi bahan evaluasi bagi seluruh dinas, terutama "
          "pelayanan perizinan dan pengadaan barang. ") * 8


def test_analyze_many_with_two_processes_does_not_hang_on_huge_numbers():
    # Before the fix the workers' Doc.to_bytes() raised OverflowError and the parent waited
    # forever (the subprocess timed out).
    out = _run(f"""
        import json, beritanlp
        texts = [{REPORT!r}] * 6 + {OVERFLOW_TEXTS!r} + [{REPORT!r}] * 6
        nlp = beritanlp.load(exclude=["beritanlp_topics"])
        one = [a.to_dict() for a in beritanlp.analyze_many(texts, nlp=nlp)]
        two = [a.to_dict() for a in beritanlp.analyze_many(texts, nlp=nlp, n_process=2,
                                                          batch_size=4)]
        print(json.dumps([one == two, [r["error"] for r in two], len(two)]))
        """)
    assert out.returncode == 0, out.stderr[-2000:]
    same, errors, n = json.loads(out.stdout.strip().splitlines()[-1])
    assert same and n == 14 and errors == [None] * 14


WORKER_FAILURES = """
    import json, os, time
    import beritanlp
    from spacy.language import Language
    from beritanlp.pipeline import blank

    @Language.component("test_worker_trouble")
    def trouble(doc):
        if "MATI" in doc.text:
            os._exit(3)  # the worker process dies (as under the OOM killer)
        if "MACET" in doc.text:
            time.sleep(3600)  # the worker hangs
        return doc

    nlp = blank()
    nlp.add_pipe("beritanlp_sentences")
    nlp.add_pipe("test_worker_trouble")
    texts = ["Satu.", "Dua MATI.", "Tiga.", "Empat MACET.", "Lima.", "Enam."]
    records = beritanlp.analyze_many(texts, nlp=nlp, n_process=2, batch_size=2,
                                     worker_timeout=5)
    print(json.dumps([[r.id, r.error] for r in records]))
"""


def test_a_dying_or_hanging_worker_gives_error_records_not_a_hang():
    out = _run(WORKER_FAILURES, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    records = json.loads(out.stdout.strip().splitlines()[-1])
    errors = [error for _, error in records]
    assert len(records) == 6
    assert "worker process ended" in errors[1]
    assert "no result within 5" in errors[3]
    # only the article that killed or stalled its worker is lost; the others are analysed
    assert [errors[i] for i in (0, 2, 4, 5)] == [None] * 4


@pytest.mark.parametrize("text", ["\ud83d", "Berita \ud800 rusak.", "a\udcff"])
def test_lone_surrogates_give_an_error_record(nlp, text):
    record = beritanlp.analyze(text, nlp=nlp)  # UnicodeEncodeError from spaCy before the fix
    assert record.error == "title or text is not valid Unicode (lone surrogate characters)"
    assert record.id and not record.entities
    json.dumps(record.to_dict(), allow_nan=False)


def test_cli_analyze_of_non_utf8_stdin_is_a_message_not_a_traceback():
    out = subprocess.run([sys.executable, "-m", "beritanlp.cli", "analyze", "-"],
                         input=b"\xff", capture_output=True, timeout=240)
    stderr = out.stderr.decode("utf-8", "replace")
    assert out.returncode != 0
    assert "Traceback" not in stderr
    assert "standard input is not UTF-8 text" in stderr


def test_analyze_from_several_threads_on_one_pipeline_matches_one_thread(nlp):
    """What the README promises about threads: analyze() may share a pipeline between threads."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [REPORT[: 200 + 97 * i] + f" Nilai IPM Kota Bandung {60 + i},5." for i in range(16)]
    alone = [beritanlp.analyze(t, nlp=nlp).to_dict() for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(2):
            shared = list(pool.map(lambda t: beritanlp.analyze(t, nlp=nlp).to_dict(), texts))
            assert shared == alone


def test_analyze_many_from_several_threads_on_one_pipeline(nlp):
    """Memory zones are vocabulary-wide: the runner makes one pipeline's zones take turns.

    Without that, a zone closing in one thread dropped strings another thread's docs still
    used (25 of 160 records were errors when this test was written).
    """
    import random
    import string
    from concurrent.futures import ThreadPoolExecutor

    rng = random.Random(18)

    def word() -> str:  # new strings, so that a zone closing early would lose them
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(9))

    batches = [[" ".join(word() for _ in range(30)) + f". Wali Kota {word().title()} hadir."
                for _ in range(40)] for _ in range(4)]

    def run(texts: list[str]) -> list[dict]:
        return [a.to_dict() for a in beritanlp.analyze_many(texts, nlp=nlp, batch_size=1)]

    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(run, batches))
    assert together == [run(texts) for texts in batches]


SLOW_WORKERS = """
    import time
    import beritanlp
    from spacy.language import Language
    from beritanlp.pipeline import blank

    @Language.component("test_slow")
    def slow(doc):
        time.sleep(120)
        return doc

    nlp = blank()
    nlp.add_pipe("test_slow")
    list(beritanlp.analyze_many(["a.", "b.", "c.", "d."], nlp=nlp, n_process=2, batch_size=1))
"""


def _children(pid: int) -> set[int]:
    from pathlib import Path

    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_analyze_many_workers_end_when_their_parent_is_killed():
    import os
    import signal
    import time

    parent = subprocess.Popen([sys.executable, "-c", textwrap.dedent(SLOW_WORKERS)])
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.5)
            workers = {pid for pid in _children(parent.pid)
                       if "multiprocessing" not in Path(f"/proc/{pid}/cmdline").read_text()}
        assert len(workers) >= 2, "the workers did not start"
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.2)
    left = {pid for pid in workers if Path(f"/proc/{pid}").exists()}
    for pid in left:  # do not leave them behind when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers kept running after their parent was killed"


def test_a_contest_phrase_before_a_long_punctuation_run_stays_linear(nlp):
    """A contest opening ("Dalam lomba ...") made the score rules rescan a run of newlines or
    punctuation from every position of it (40,000 newlines: 27 s before the fix)."""
    import time

    head = "Dalam lomba desa tingkat provinsi, Desa Sukamaju meraih peringkat kedua.\n"

    def seconds(n: int) -> float:
        start = time.perf_counter()
        beritanlp.analyze(head + "\n" * n, nlp=nlp)
        return time.perf_counter() - start

    seconds(100)  # warm-up
    small, large = seconds(4_000), seconds(40_000)
    # ten times the text: about 10x when linear, 100x when quadratic
    assert large < 30 * small + 0.5, (small, large)


def test_forked_workers_do_not_inherit_a_held_zone_lock(nlp):
    """A zone lock held by another thread when a worker forks must not block the worker."""
    import os

    from beritanlp.runner import zone_lock

    with zone_lock(nlp):
        pid = os.fork()
        if pid == 0:  # the child: its own locks, free
            os._exit(0 if zone_lock(nlp).acquire(timeout=5) else 1)
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
