"""Code tables shipped with northward: China Customs partner codes, regions of registration, trade modes.

China Customs partner codes are its own (344 is Russia here, Hong Kong in UN M49): they are only ever
mapped through ``data/customs/partners.csv``, never read as M49.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path


def customs_data_dir() -> Path:
    return Path(str(resources.files("northward") / "data" / "customs"))


@dataclass(frozen=True)
class CodeEntry:
    code: str
    name_zh: str
    name_en: str
    iso: str


def _read(name: str) -> list[dict[str, str]]:
    with open(customs_data_dir() / name, encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


@lru_cache(maxsize=1)
def customs_partners() -> dict[str, CodeEntry]:
    """China Customs partner code → entry with the ISO alpha-2 code northward stores."""
    return {r["code"]: CodeEntry(r["code"], r["name_zh"], r["name_en"], r["iso2"])
            for r in _read("partners.csv")}


@lru_cache(maxsize=1)
def customs_regions() -> dict[str, CodeEntry]:
    """GB/T 2260 province prefix (2 digits, the customs 注册地编码) → ISO 3166-2 entry."""
    return {r["code"]: CodeEntry(r["code"], r["name_zh"], r["name_en"], r["iso"]) for r in _read("regions.csv")}


@lru_cache(maxsize=1)
def trade_modes() -> dict[str, str]:
    """Customs trade mode code (贸易方式编码) → Chinese name."""
    return {r["code"]: r["name_zh"] for r in _read("trade_modes.csv")}


def partner_name_rows() -> list[tuple[str, str]]:
    """(name, ISO) pairs for files that carry partner names but no codes (Chinese and English)."""
    out: list[tuple[str, str]] = []
    for e in customs_partners().values():
        out.append((e.name_zh, e.iso))
        out.append((e.name_en.lower(), e.iso))
    return out


def region_name_rows() -> list[tuple[str, str]]:
    """(name, ISO) pairs for regions given by name: 黑龙江省 and 黑龙江 both match."""
    out: list[tuple[str, str]] = []
    for e in customs_regions().values():
        out.append((e.name_zh, e.iso))
        for suffix in ("省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区"):
            if e.name_zh.endswith(suffix):
                out.append((e.name_zh[: -len(suffix)], e.iso))
                break
    return out
