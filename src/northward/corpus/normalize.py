"""Text normalisation for indexing: traditional to simplified, paragraphs, offsets kept."""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

_lock = threading.Lock()
_converter: Any = None
_BLANKS = re.compile(r"[ \t\u3000\u00a0]+")


def to_simplified(text: str) -> str:
    """Traditional Chinese converted to simplified (OpenCC t2s); other text unchanged."""
    global _converter
    with _lock:
        if _converter is None:
            import opencc

            _converter = opencc.OpenCC("t2s")
    return str(_converter.convert(text))


def clean(text: str) -> str:
    """NFC, unified line ends, no control characters, trimmed runs of spaces on each line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    lines = [_BLANKS.sub(" ", line).strip() for line in text.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: its number in the document (from 1), its text, and the normalised text."""

    seq: int
    text: str
    norm: str


def normalise(text: str) -> str:
    """The form that is indexed and counted: simplified characters, full-width ASCII folded.

    Kept the same length as the input whenever OpenCC maps character to character (nearly
    always), so that offsets found in the normalised text highlight the original.
    """
    simplified = to_simplified(text)
    return "".join(_fold(ch) for ch in simplified)


def _fold(ch: str) -> str:
    # full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ) become ASCII; Chinese punctuation stays
    if "\uff10" <= ch <= "\uff19" or "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a":
        return chr(ord(ch) - 0xFEE0)
    return ch


def paragraphs(text: str) -> list[Paragraph]:
    """Split cleaned text into paragraphs (one per non-empty line), numbered from 1."""
    out: list[Paragraph] = []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            out.append(Paragraph(len(out) + 1, line, normalise(line)))
    return out
