"""Printing the HTML report to PDF with headless Chromium (no network: the page is self-contained)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import ChromiumMissing, PdfFailed

ENV_CHROMIUM = "NORTHWARD_CHROMIUM"
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT_S = 120

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


def find_chromium() -> str:
    """The Chromium binary: $NORTHWARD_CHROMIUM, else the first candidate on PATH."""
    explicit = os.environ.get(ENV_CHROMIUM)
    if explicit:
        if Path(explicit).is_file() or shutil.which(explicit):
            return explicit
        raise ChromiumMissing(f"{ENV_CHROMIUM} is set to {explicit}, which is not an executable",
                              hint=f"point {ENV_CHROMIUM} at the chromium binary, or unset it")
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise ChromiumMissing("--pdf needs Chromium, and none was found on PATH")


def pdf_command(chromium: str, html_path: Path, pdf_path: Path) -> list[str]:
    """The headless print command; networking stays off and charts get time to render."""
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--no-pdf-header-footer", "--virtual-time-budget=10000",
            f"--print-to-pdf={pdf_path}", html_path.resolve().as_uri()]


def _run(cmd: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(cmd), capture_output=True, text=True, timeout=TIMEOUT_S, check=False)


def print_pdf(html_path: Path, pdf_path: Path, runner: Runner = _run) -> Path:
    """Print ``html_path`` to ``pdf_path``; raise PdfFailed (and leave no file) when Chromium fails."""
    chromium = find_chromium()
    tmp = pdf_path.with_name(f".{pdf_path.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        proc = runner(pdf_command(chromium, html_path, tmp))
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PdfFailed(f"running {chromium} failed: {exc}") from exc
    if proc.returncode != 0 or not tmp.exists() or tmp.stat().st_size == 0:
        tmp.unlink(missing_ok=True)
        detail = (proc.stderr or "").strip().splitlines()[-1:] or ["no output"]
        raise PdfFailed(f"Chromium could not print {html_path} (exit {proc.returncode}): {detail[0]}")
    if not tmp.read_bytes().startswith(b"%PDF"):
        tmp.unlink(missing_ok=True)
        raise PdfFailed(f"Chromium wrote something that is not a PDF for {html_path}")
    os.replace(tmp, pdf_path)
    return pdf_path.resolve()
