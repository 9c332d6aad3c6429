"""A SIGKILL in the middle of an import leaves no visible rows, no batch and no source behind.

The kill comes after the import's Parquet files are in the lake and before the catalogue commits
them: they are listed nowhere, so nothing reads them, and the next import sweeps them away.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from northward.ingest.customs import CustomsOptions, import_customs
from northward.store import open_store
from northward.store.lake import catalogued

from .conftest import store_counts

SRC = Path(__file__).resolve().parents[2] / "src"


def _big_customs_file(path: Path, rows: int) -> None:
    lines = ['"商品编码","贸易伙伴编码","注册地编码","人民币",\r\n']
    lines += [f'"{i % 97 + 1:02d}{i % 9999:04d}10","344","23","{i * 7 + 1:,}",\r\n' for i in range(rows)]
    path.write_bytes("".join(lines).encode("gb18030"))


def test_sigkill_before_commit_leaves_nothing(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "big.csv"
    _big_customs_file(data, 30_000)
    flag = tmp_path / "paused"
    env = {**os.environ, "NORTHWARD_HOME": str(home), "PYTHONPATH": str(SRC), "NORTHWARD_INGEST_PAUSE": str(flag)}
    proc = subprocess.Popen([sys.executable, "-m", "northward", "import", "customs", str(data), "--flow", "export",
                             "--period", "2024"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not flag.exists():
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "exited"
        assert time.monotonic() < deadline, "the import never reached its commit"
        time.sleep(0.05)
    # every row is written at this point: the files are in the lake, the catalogue not committed
    left = set((home / "lake" / "observation").rglob("*.parquet"))
    assert left
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    assert store_counts(home) == {"observation": 0, "batch": 0, "source": 0}
    with open_store(home, read_only=True) as store:
        assert catalogued(store.con) == []
    # the store is healthy: the same file imports completely afterwards, and the orphans are gone
    result = import_customs(home, [data], CustomsOptions(flow="export", period="2024"))
    assert result.rows == 30_000
    assert store_counts(home) == {"observation": 30_000, "batch": 1, "source": 1}
    now = set((home / "lake" / "observation").rglob("*.parquet"))
    with open_store(home, read_only=True) as store:
        assert sorted(str(home / "lake" / p) for p in catalogued(store.con)) == sorted(map(str, now))
