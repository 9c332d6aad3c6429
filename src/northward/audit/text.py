"""Text into paragraphs and sentences with character offsets, and the language of each sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
# A sentence ends at . ! ? 。！？ followed by space/quote/end, unless the dot belongs to an abbreviation ("в т. ч.",
# "т. е.": a one-letter abbreviation ends one only before a capital, as "1,5 т. В мае"), nor a scale glued to its figure.
_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bU\.S)(?<!\bNo)(?<!\bvs)(?<!\bp)(?<!\bpp)(?<!\bг)(?<!\bгг)(?<!\bтыс)"
    r"(?<!\bмлн)(?<!\bмлрд)(?<!\bтрлн)(?<!\bдолл)(?<!\bруб)(?<!\bпров)(?<!\bпроц)(?<!\bт\.е)"
    # a scale glued to its figure ("вывезено 1млн. 385 тыс. тонн"): no word boundary between them, still no end
    r"(?<!\dтыс)(?<!\dмлн)(?<!\dмлрд)(?<!\dтрлн)(?<!\dруб)"
    r"(?<!\bт)(?<!\bч)(?<!\bсм)(?<!\bкуб)(?<!\bим)(?<!\bст)(?<!\bам)(?<!\bамер)(?<!\bред)(?<!\.)[.!?](?!\.)(?=[\s\"'”»)\]]|$)|[。！？；]"
    # "до 57,18 млрд. Для сравнения ...": a scale's dot ends the sentence when a capitalised word follows
    + "".join(rf"|(?:(?<=\b{a})|(?<=\d{a}))\.(?=\s+[А-ЯЁ](?:[а-яё]|\s))"
              for a in ("млн", "млрд", "трлн", "тыс", "долл", "руб", "проц", "куб", "т", "ч"))
)
_PARA = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the audited text: its text, where it starts, its paragraph and language."""

    index: int
    paragraph: int
    start: int
    text: str
    lang: str
    doc_date: date | None = None  # the document's date, for "last year"

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def detect_language(text: str) -> str:
    """en, ru or zh, by which script dominates (Chinese characters weigh more than letters)."""
    zh = len(_CJK.findall(text)) * 3
    ru = len(_CYRILLIC.findall(text))
    en = len(_LATIN.findall(text))
    if zh >= max(ru, en) and zh > 0:
        return "zh"
    if ru > en:
        return "ru"
    return "en"


def split_sentences(text: str, lang: str | None = None) -> list[Sentence]:
    """Sentences with their offsets into ``text``; each gets its own language unless ``lang`` is forced."""
    out: list[Sentence] = []
    para_starts = [0] + [m.end() for m in _PARA.finditer(text)]
    para_ends = [m.start() for m in _PARA.finditer(text)] + [len(text)]
    for p, (ps, pe) in enumerate(zip(para_starts, para_ends, strict=True)):
        chunk = text[ps:pe]
        # single newlines inside a paragraph are line wraps (the seed article breaks lines mid-sentence)
        pos = 0
        for m in _END.finditer(chunk):
            _append(out, text, ps + pos, ps + m.end(), p, lang)
            pos = m.end()
        _append(out, text, ps + pos, pe, p, lang)
    return out


MAX_SENTENCE = 1500


def _append(out: list[Sentence], text: str, start: int, end: int, para: int, lang: str | None) -> None:
    while end - start > MAX_SENTENCE:  # text without sentence ends: cut at a space, keep the work linear
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _append(out, text, start, cut, para, lang)
        start = cut
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        return
    lead = len(raw) - len(raw.lstrip())
    out.append(Sentence(len(out), para, start + lead, stripped, lang or detect_language(stripped)))


# "shipped to Japan − 51.6%", "the third − South Korea (16.3%)": a minus sign spaced on both sides after a word is a
# dash set by a typesetter, not a sign of the figure after it
_SPACED_MINUS = re.compile(r"(?<=[^\W\d][ \u00a0])\u2212(?=[ \u00a0])")


def spaced_dashes(text: str) -> str:
    """The text with a spaced minus sign after a word read as the dash it stands for, character for character."""
    return _SPACED_MINUS.sub("\u2013", text) if "\u2212" in text else text
