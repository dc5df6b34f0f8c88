"""Worker processes end when the process that started them is killed (issue 18, defect 8).

``beritanlp tag --n-process 2`` runs in a real subprocess, which is killed with SIGKILL while
its workers are tagging; the workers and multiprocessing's resource tracker must be gone
within a bounded time. Linux only: the processes are found through ``/proc``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive_fixtures import save_pipeline

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(),
                                reason="finds child processes through Linux's /proc")

#: How long the workers may outlive their parent (they check it with a blocking wait, so
#: they end as soon as the interpreter runs their watch thread).
GRACE_SECONDS = 30


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return found


def _running(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie (an orphan waiting to be reaped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _wait_for(condition, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


def test_workers_exit_when_the_tag_parent_is_killed(tmp_path):
    model = save_pipeline(tmp_path / "model")
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = "JAKARTA, Senin (3/6/2024) - Pemerintah meresmikan pasar baru. " * 20
    inp.write_text("".join(json.dumps({"id": f"a{i}", "text": text}) + "\n"
                           for i in range(20_000)), encoding="utf-8")
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    parent = subprocess.Popen(
        [sys.executable, "-m", "beritanlp.cli", "tag", str(inp), str(out), "--n-process", "2",
         "--model", str(model), "--batch-size", "4", "--no-progress"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    children: dict[int, str] = {}
    try:
        started = _wait_for(lambda: out.exists() and out.stat().st_size > 0, 120)
        assert started and parent.poll() is None, "the run did not start (or ended too soon)"
        children = {pid: _cmdline(pid) for pid in _children(parent.pid)}
        workers = {pid for pid, cmd in children.items() if "spawn_main" in cmd}
        assert len(workers) == 2, children
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        gone = _wait_for(lambda: not any(_running(pid) for pid in children), GRACE_SECONDS)
        assert gone, {pid: _cmdline(pid) for pid in children if _running(pid)}
    finally:
        if parent.poll() is None:
            parent.kill()
        parent.wait(10)
        for pid, cmd in children.items():  # only the processes this test started, by pid
            if _running(pid) and _cmdline(pid) == cmd:
                os.kill(pid, signal.SIGKILL)
