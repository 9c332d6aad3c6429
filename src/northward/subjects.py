"""Territories and partners as users type them: `cn-hl`, `Heilongjiang`, `黑龙江`, `Хэйлунцзян` → CN-HL.

One resolver for every door (CLI options, web API). Codes are matched case-insensitively; names in
Chinese, English or Russian are accepted when exactly one code carries them. Anything else raises
``errors.UnknownValue`` naming the accepted codes and the nearest code or name.

The vocabulary is the shipped territory table (``data/territories.csv``), the China Customs region
and partner tables (``data/customs/``), the partner groups and the codes a store already holds
(``extra``: figures imported with codes of their own).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .errors import UnknownValue

if TYPE_CHECKING:
    from .store import Store

Kind = Literal["territory", "partner"]

# Chinese administrative suffixes: 黑龙江省 is also 黑龙江, 内蒙古自治区 also 内蒙古.
ZH_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市")
# Romanised suffixes of the customs region table: "Beijing Shi" is also "Beijing".
EN_SUFFIXES = (" shi", " sheng", " zizhiqu", " zhuangzu zizhiqu", " huizu zizhiqu", " weiwu'er zizhiqu")
# Codes that are not places but stand for one in trade tables (see data/customs/README.md).
PARTNER_ONLY = ("WLD", "XX", "XO", "XA", "XF", "XE", "XL", "XN", "XP", "XZ")


EXAMPLES = ("CN-HL", "CN-JL", "CN-LN", "CN-NM", "NEC", "CN", "RU", "MN")


class AmbiguousName(UnknownValue):
    """A name several codes carry (e.g. a town and a province): the user must pick the code."""

    code = "NW406"


@dataclass
class Vocabulary:
    """Codes in display order (the project's own territories first) and names → codes."""

    codes: list[str] = field(default_factory=list)
    names: dict[str, set[str]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # code → an English name, for messages

    def add(self, code: str, *names: str) -> None:
        code = code.strip().upper()
        if not code:
            return
        if code not in self.labels:
            self.codes.append(code)
            self.labels[code] = next((n for n in names if n), "")
        for name in names:
            for key in _name_keys(name):
                self.names.setdefault(key, set()).add(code)


def _fold(text: str) -> str:
    """Comparable form: NFKC, case-folded, single spaces (ё is kept: Russian names are written with е here)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def _name_keys(name: str) -> list[str]:
    key = _fold(name or "")
    if not key:
        return []
    keys = [key]
    for suffix in (*ZH_SUFFIXES, *EN_SUFFIXES):
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            keys.append(key[: -len(suffix)].strip())
            break
    return keys


def _data_dir() -> Path:
    return Path(str(resources.files("northward") / "data"))


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


@lru_cache(maxsize=2)
def vocabulary(kind: Kind) -> Vocabulary:
    """The shipped codes and names of territories (or partners), cached for the process."""
    from .ingest.partners import partner_groups

    vocab = Vocabulary()
    for r in _rows(_data_dir() / "territories.csv"):
        vocab.add(r["code"], r.get("name_en", ""), r.get("name_zh", ""), r.get("name_ru", ""))
    for r in _rows(_data_dir() / "customs" / "regions.csv"):
        vocab.add(r["iso"], r.get("name_en", ""), r.get("name_zh", ""))
    for r in _rows(_data_dir() / "customs" / "partners.csv"):
        if r["iso2"] and r["iso2"] not in PARTNER_ONLY:
            vocab.add(r["iso2"], r.get("name_en", ""), r.get("name_zh", ""))
    if kind == "partner":
        for r in _rows(_data_dir() / "customs" / "partners.csv"):
            if r["iso2"] in PARTNER_ONLY:
                vocab.add(r["iso2"], r.get("name_en", ""), r.get("name_zh", ""))
        for group in partner_groups().values():
            vocab.add(group.code, group.name_en, group.name_zh or "", group.name_ru or "")
    return vocab


@lru_cache(maxsize=1)
def partner_names() -> tuple[tuple[str, str, str], ...]:
    """(ISO2 code, English name, Chinese name) of every country in the shipped customs partner list."""
    rows = _rows(_data_dir() / "customs" / "partners.csv")
    return tuple(
        (r["iso2"], r.get("name_en", ""), r.get("name_zh", "")) for r in rows if r["iso2"] and r["iso2"] not in PARTNER_ONLY
    )


Extra = Iterable[str] | Callable[[], Iterable[str]]


def codes_in_store(store: Store, kind: str) -> list[str]:
    """The codes the store's figures use in the territory, partner or indicator column."""
    if kind not in ("territory", "partner", "indicator"):  # a fixed list: never SQL from input
        return []
    return [r["v"] for r in store.query(f"SELECT DISTINCT {kind} AS v FROM observation WHERE {kind} IS NOT NULL")]


def resolve(kind: Kind, value: str, extra: Extra = ()) -> str:
    """The code ``value`` stands for: a code in any case, or a unique name in zh/en/ru.

    ``extra``: codes the store holds beyond the shipped tables (matched exactly, then ignoring case),
    or a function giving them, called only when the shipped tables do not know the value.
    """
    raw = str(value).strip()
    vocab = vocabulary(kind)
    upper = raw.upper()
    if upper in vocab.labels:
        return upper
    codes = vocab.names.get(_fold(raw)) or set()
    if len(codes) == 1:
        return next(iter(codes))
    extra_codes = [c for c in (extra() if callable(extra) else extra) if c]
    if raw in extra_codes:
        return raw
    folded = [c for c in extra_codes if c.upper() == upper]
    if len(set(folded)) == 1:
        return folded[0]
    accepted = [*vocab.codes, *(c for c in extra_codes if c.upper() not in vocab.labels)]
    if len(codes) > 1:
        choices = sorted(codes, key=vocab.codes.index)
        raise AmbiguousName(kind, raw, choices, nearest="",
                            hint="several codes carry this name: " +
                                 ", ".join(f"{c} ({vocab.labels[c]})" for c in choices) + "; give the code")
    raise UnknownValue(kind, raw, accepted, nearest=_nearest(raw, vocab, accepted),
                       hint="use a code (" + ", ".join(c for c in EXAMPLES if c in vocab.labels) +
                            " …) or a name in English, Chinese or Russian; `northward show` and "
                            "/api/territories list what the store holds",
                       http_status=404 if kind == "territory" else 422)


def _nearest(raw: str, vocab: Vocabulary, accepted: Sequence[str]) -> str | None:
    """The nearest code; failing that, the code of the nearest name (typos in 'Heilongjang')."""
    from .errors import nearest_match

    code = nearest_match(raw, list(accepted))
    if code:
        return code
    name = nearest_match(_fold(raw), list(vocab.names))
    if name and len(vocab.names[name]) == 1:
        return next(iter(vocab.names[name]))
    return None


def resolve_many(kind: Kind, values: Iterable[str] | None, extra: Extra = ()) -> list[str]:
    """Each value resolved; duplicates dropped, order kept."""
    return list(dict.fromkeys(resolve(kind, v, extra) for v in values or [] if str(v).strip()))


def label(kind: Kind, code: str) -> str:
    """The English name of a code ('Heilongjiang'), or '' when the shipped tables do not name it."""
    return vocabulary(kind).labels.get(code.upper(), "")
