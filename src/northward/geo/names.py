"""Place names in Chinese, English (pinyin and conventional) and Russian, and how they match.

满洲里, Manzhouli and Маньчжурия must find the same place: every place keeps its three names, its
aliases and the toneless pinyin of its Chinese name, all compared after the same normalisation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

_DROP = re.compile(r"[\s\-‐‑–—_'’`·.,()（）]+")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def normalise(text: str) -> str:
    """Compare-form of a name: simplified characters, case-folded, without tone marks or diacritics,
    spaces, dashes, apostrophes or brackets ('滿洲里' = '满洲里', 'Mǎnzhōulǐ' = 'manzhouli')."""
    if _CJK.search(text):
        text = _to_simplified(text)
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _DROP.sub("", unicodedata.normalize("NFKC", text))


@lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def _to_simplified(text: str) -> str:
    return str(_converter().convert(text))


def language_of(text: str) -> str:
    if _CJK.search(text):
        return "zh"
    if _CYRILLIC.search(text):
        return "ru"
    return "en"


def pinyin(text: str) -> str | None:
    """Toneless pinyin of the Chinese characters in a name ('满洲里' -> 'manzhouli'), or None."""
    if not _CJK.search(text):
        return None
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text))


def aliases_for(place_id: str, names: Iterable[str | None]) -> list[tuple[str, str]]:
    """(alias, language) pairs for a place: its id, names, aliases and the pinyin of Chinese names."""
    out: dict[str, tuple[str, str]] = {}

    def add(alias: str, lang: str) -> None:
        key = normalise(alias)
        if key and key not in out:
            out[key] = (alias, lang)

    add(place_id, "id")
    for name in names:
        if not name:
            continue
        add(name, language_of(name))
        py = pinyin(name)
        if py:
            add(py, "pinyin")
    return list(out.values())
