"""Signs that a figure may be misread: what stands glued to it, a scale word set apart, a digit the page lost.

``signs(text, q, lang)`` names the general signs around one figure ``numbers.scan`` read; ``uncertain(text, q)``
is the one that makes a figure unfit for a finding: a character the page's encoding broke stands right before
or after it ("常住总?cè)丝?87.8萬人" lost the 2 of 287.8万), so its first or last digits may be gone.
The reading sweep (``benchmarks.audit_readings``) lists every sign over the sweep sets; the checks ask
``uncertain`` only (``reading_guards``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .numbers import Quantity

# what a broken encoding leaves: the replacement character, a question mark glued to a digit, Latin letters with
# tone marks glued to it (GBK read as Latin-1 or as Big5)
_LOST_BEFORE = re.compile(r"(?:\ufffd|\?|[\u00c0-\u024f])$")
_LOST_AFTER = re.compile(r"^(?:\ufffd|\?[\u4e00-\u9fff\u00c0-\u024f])")
_SCALE_APART = re.compile(
    r"^[\s,.:;(\-–]{1,3}(?:mio|mln|mn|bn|million|billion|trillion|млн|млрд|трлн|тыс|亿|万)(?![A-Za-zА-Яа-я])",
    re.IGNORECASE,
)
_GLUED_LETTER_BEFORE = re.compile(r"[A-Za-zА-Яа-яЁё]$")
_DIGIT_RUNS = re.compile(r"\d+")


# a scale set apart from its figure by a stray mark ("共计56.万人", "金额为1141,亿美元"): is it the figure's?
_STRAY_SCALE = re.compile(r"^[.,，．](?:多|余)?(?:万|亿|萬|億)")
# a digit right after the figure ("700,0000 bpd", "1亿3千多万"): the reader cut a number in two
_DIGIT_AFTER = re.compile(r"^\d")
_DIGIT_BEFORE = re.compile(r"\d$")
# a decimal mark with a space after it ("весом 483, 2 тыс. тонн"): one figure split in two, or a list ("5, 6 тыс.")
_SPLIT_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}[,.]\s$")  # not a year's "in 2021, 2.8 million"
_SPLIT_AFTER = re.compile(r"^[,.]\s\d")
UNCERTAIN = "uncertain_reading"


def uncertain(text: str, q: Quantity) -> str:
    """Why the figure's reading is uncertain ("" when it is not): a character the page's encoding lost stands
    glued to it, a scale stands apart from it by a stray mark, or a digit is glued to it that it did not take,
    so a digit, a scale or a part of it may be lost."""
    after = text[q.end : q.end + 3]
    if _LOST_BEFORE.search(text, max(0, q.start - 2), q.start) or _LOST_AFTER.match(after):
        return f"a character the page's encoding broke stands glued to {q.text.strip()}, so a digit of it may be lost"
    if q.kind == "amount" and not q.scaled and _STRAY_SCALE.match(after):
        return f"a scale word stands apart from {q.text.strip()} by a stray mark, so its size is uncertain"
    if q.kind == "amount" and (_DIGIT_AFTER.match(after) or _DIGIT_BEFORE.search(text, max(0, q.start - 1), q.start)):
        return f"a digit is glued to {q.text.strip()} that its reading did not take, so the figure may be cut"
    if q.kind == "amount" and (_split_scale(text, q) or (not q.scaled and _SPLIT_AFTER.match(after) and q.decimals == 0
                                                         and q.value < 1000 and _scaled_next(text, q.end))):
        return f"{q.text.strip()} stands next to a number after a decimal mark and a space, so it may be half of one figure"
    return ""


def _split_scale(text: str, q: Quantity) -> bool:
    """"483, 2 тыс.": a short scaled figure right after a digit, a decimal mark and a space."""
    digits = re.match(r"\d+", q.text)
    return (q.scaled and digits is not None and len(digits.group(0)) <= 3
            and _SPLIT_BEFORE.search(text, max(0, q.start - 6), q.start) is not None)


def _scaled_next(text: str, end: int) -> bool:
    """Does a short number with a scale word follow ", " at ``end`` ("483, 2 тыс.")?"""
    return re.match(r"[,.]\s\d{1,3}\s?(?:тыс|млн|млрд|трлн|thousand|million|billion|mn|bn)", text[end : end + 16],
                    re.IGNORECASE) is not None


def mark_uncertain(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The figures, each whose reading is uncertain carrying why in ``extra["uncertain"]``."""
    out = []
    for q in qs:
        why = uncertain(text, q)
        out.append(replace(q, extra={**q.extra, "uncertain": why}) if why else q)
    return out


def signs(text: str, q: Quantity, lang: str) -> list[str]:
    """The general signs of a misread around one figure (for the reading sweep)."""
    out: list[str] = []
    if uncertain(text, q):
        out.append("uncertain")
    if q.kind in ("amount", "percent") and _GLUED_LETTER_BEFORE.search(text, max(0, q.start - 1), q.start):
        out.append("letter_before")
    if q.kind == "amount" and not q.scaled and _SCALE_APART.match(text[q.end : q.end + 14]):
        out.append("scale_apart")
    if _digits_differ(q):
        out.append("digits_differ")
    if len(_DIGIT_RUNS.findall(q.text.replace("\u00a0", "").replace(" ", "").replace(",", "").replace(".", ""))) > 1:
        out.append("two_numbers_in_span")
    return out


def _digits_differ(q: Quantity) -> bool:
    """Do the digits written differ from the digits of the value read ("1亿3" read as 100,000,003)?"""
    written = re.sub(r"\D", "", q.text).lstrip("0").rstrip("0")
    if not written or "/" in q.text or q.kind not in ("amount", "percent"):
        return False
    shown = f"{q.value / q.scale:.12g}"
    if "e" in shown:
        return False
    value = re.sub(r"\D", "", shown).lstrip("0").rstrip("0")
    return written != value
