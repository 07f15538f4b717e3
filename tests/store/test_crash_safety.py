"""Kill a process that is saving, at random moments, many times: nothing acknowledged is ever lost."""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from disclosure_gui.store import Store

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = int(os.environ.get("CRASH_TEST_KILLS", "100"))


def _reader(stream, lines):
    for line in stream:
        lines.append(line.split())


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_while_saving_never_loses_an_acknowledged_save(tmp_path):
    rng = random.Random(20260127)  # deterministic schedule of kill moments
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path.cwd()), *sys.path])}
    last_ack, created, kills_mid_save = 0, {}, 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(tmp_path), str(last_ack)], stdout=subprocess.PIPE, text=True, env=env
        )
        lines: list[list[str]] = []
        reader = threading.Thread(target=_reader, args=(child.stdout, lines))
        reader.start()
        deadline = time.monotonic() + 30
        while not lines and time.monotonic() < deadline:
            time.sleep(0.005)
        assert lines and lines[0] == ["READY"], "child did not start"
        time.sleep(rng.uniform(0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        reader.join()
        child.stdout.close()
        acks = [int(words[1]) for words in lines if words[0] == "ACK"]
        kills_mid_save += 1 if acks else 0
        last_ack = max([last_ack, *acks])
        created.update({words[1]: words[2] for words in lines if words[0] == "NEW"})

        with Store(tmp_path) as store:  # the lock of the killed process is taken over
            listed = store.list_drafts()
            for info in listed:  # everything listed opens, nothing half-written
                store.load(info.id)
            stress = store.find("压力测试局", 2025)
            assert stress is not None
            report = store.load(stress.id)
            seq = report.t3["granted"][0]
            # the kill may land after the write but before the ACK was printed: seq may be one ahead
            assert seq >= last_ack
            assert report.texts["overview.proactive"] == f"第{seq:06d}次保存。" * 2000
            assert all(
                report.texts[k] == report.texts["preamble"] for k in ("overview.on_request", "problems.problems")
            )
            names = {d.agency for d in listed}
            assert set(created) <= names, "an acknowledged new draft was lost"
            assert not store.notices, store.notices
            last_ack = seq
    assert kills_mid_save > KILLS // 2  # most kills landed while the child was busy saving
