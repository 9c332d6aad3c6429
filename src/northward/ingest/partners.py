"""Partner groups (EU27, ASEAN, EAEU ...): a group code expands to its members' ISO codes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from ..errors import DataFileError
from .codes import customs_data_dir


@dataclass(frozen=True)
class PartnerGroup:
    code: str
    name_en: str
    members: tuple[str, ...]
    source: dict[str, Any]
    name_zh: str | None = None
    name_ru: str | None = None


@lru_cache(maxsize=1)
def partner_groups() -> dict[str, PartnerGroup]:
    """The shipped groups, keyed by upper-case code; each must list members and name its source."""
    path = customs_data_dir() / "partner_groups.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, PartnerGroup] = {}
    for i, g in enumerate(doc.get("groups", []), start=1):
        missing = [k for k in ("code", "name_en", "members", "source") if not g.get(k)]
        if missing:
            raise DataFileError(f"group {i} lacks {', '.join(missing)}", file=str(path),
                                hint="every group needs code, name_en, members and a source")
        out[str(g["code"]).upper()] = PartnerGroup(
            str(g["code"]).upper(), g["name_en"], tuple(str(m).upper() for m in g["members"]), g["source"],
            g.get("name_zh"), g.get("name_ru"))
    return out


def expand_partner(code: str) -> list[str]:
    """Member ISO codes for a group code (EU27 → [AT, BE, ...]); any other code as [code]."""
    group = partner_groups().get(code.upper())
    return list(group.members) if group else [code]
