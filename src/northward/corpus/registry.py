"""The shipped registries: the article's documents (documents.yaml) and the glossary (glossary.yaml)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import DataFileError, Problem, ProblemList, ValidationError
from ..ingest.datafiles import load_yaml

DOC_TYPES = (
    "government_work_report",
    "five_year_plan",
    "spatial_plan",
    "transport_plan",
    "opinion",
    "notice",
    "regulation",
    "plan",
    "statistical_bulletin",
    "customs_release",
    "news",
    "report",
    "guide",
    "decision",
    "database",
    "other",
)
TERRITORIES = ("CN", "CN-HL", "CN-JL", "CN-LN", "CN-NM", "NEC", "RU", "MN")
CATEGORIES = ("strategy", "region", "instrument", "transport", "trade", "policy", "place")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class DocMeta:
    """What is known about a document, with or without its text."""

    doc_id: str
    title: str
    title_en: str | None = None
    issuer: str | None = None
    territory: str | None = None
    doc_type: str | None = None
    published: str | None = None  # ISO date, or YYYY-MM / YYYY
    language: str | None = "zh"
    url: str | None = None
    source_id: str | None = None
    licence: str | None = None  # the basis on which the text may be shipped or shown
    via: str | None = None  # where the text was read, when not at the publisher (a copy's site)

    @property
    def year(self) -> int | None:
        return int(self.published[:4]) if self.published and self.published[:4].isdigit() else None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Concept:
    """One glossary concept: the Chinese term and its variants, conventional English and Russian."""

    id: str
    zh: str
    en: str
    ru: str | None
    category: str
    variants: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    note: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        """Every Chinese form counted for this concept, longest first."""
        return tuple(sorted({self.zh, *self.variants}, key=lambda s: (-len(s), s)))

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["variants"] = list(self.variants)
        d["sources"] = list(self.sources)
        return d


def data_dir() -> Path:
    return Path(str(resources.files("northward") / "data"))


def _read_yaml(path: Path) -> Any:
    return load_yaml(path)[1]


def _entries(path: Path, key: str) -> list[dict[str, Any]]:
    raw = _read_yaml(path)
    items = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(items, list):
        raise DataFileError(
            f"expected a top-level '{key}:' list",
            file=str(path),
            hint=f"start the file with '{key}:' followed by '- ' entries",
        )
    return items


def _check_str(
    problems: ProblemList,
    where: str,
    entry: dict[str, Any],
    name: str,
    *,
    required: bool = False,
    allowed: tuple[str, ...] | None = None,
    pattern: re.Pattern[str] | None = None,
) -> None:
    value = entry.get(name)
    if value is None or value == "":
        if required:
            problems.add(
                Problem(
                    "NW211",
                    f"entry {where}: '{name}' is missing",
                    file=None,
                    column=name,
                    hint=f"give every entry a '{name}'",
                )
            )
        return
    if not isinstance(value, str):
        problems.add(
            Problem(
                "NW212",
                f"entry {where}: '{name}' must be text, not {value!r}",
                column=name,
                hint="quote the value",
            )
        )
    elif allowed and value not in allowed:
        problems.add(
            Problem(
                "NW213",
                f"entry {where}: unknown {name} {value!r}",
                column=name,
                hint=f"use one of {', '.join(allowed)}",
            )
        )
    elif pattern and not pattern.match(value):
        problems.add(
            Problem(
                "NW214",
                f"entry {where}: {name} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD",
                column=name,
                hint="write dates as ISO dates",
            )
        )


def validate_meta(entry: dict[str, Any], where: str, problems: ProblemList) -> None:
    """Collect the problems of one document entry (registry, sidecar or command-line options)."""
    _check_str(problems, where, entry, "doc_id", required=True, pattern=None)
    if isinstance(entry.get("doc_id"), str) and not re.match(r"^[A-Za-z0-9][A-Za-z0-9._-]*$", entry["doc_id"]):
        problems.add(
            Problem(
                "NW215",
                f"entry {where}: doc_id {entry['doc_id']!r} has spaces or symbols",
                column="doc_id",
                hint="use letters, digits, '.', '_' and '-' only",
            )
        )
    _check_str(problems, where, entry, "title", required=True)
    _check_str(problems, where, entry, "territory", allowed=TERRITORIES)
    _check_str(problems, where, entry, "doc_type", allowed=DOC_TYPES)
    if isinstance(entry.get("published"), int):
        entry["published"] = str(entry["published"])
    _check_str(problems, where, entry, "published", pattern=_DATE)
    for name in ("title_en", "issuer", "language", "url", "source_id", "licence", "via"):
        _check_str(problems, where, entry, name)
    unknown = set(entry) - set(DocMeta.__dataclass_fields__)
    if unknown:
        problems.add(
            Problem(
                "NW216",
                f"entry {where}: unknown field(s) {', '.join(sorted(unknown))}",
                column=sorted(unknown)[0],
                hint=f"fields are {', '.join(DocMeta.__dataclass_fields__)}",
            )
        )


def meta_from_dict(entry: dict[str, Any], where: str, file: str | None = None) -> DocMeta:
    problems = ProblemList()
    validate_meta(entry, where, problems)
    for p in problems.problems:
        p.file = file
    problems.raise_if_any(ValidationError, "invalid document metadata")
    return DocMeta(**entry)


def load_documents(path: Path | None = None) -> list[DocMeta]:
    """The registered documents (the article's sources), validated; all problems reported at once."""
    path = path or data_dir() / "corpus" / "documents.yaml"
    problems = ProblemList()
    out: list[DocMeta] = []
    seen: set[str] = set()
    for i, entry in enumerate(_entries(path, "documents"), 1):
        if not isinstance(entry, dict):
            problems.add(Problem("NW210", f"entry {i} is not a mapping", file=str(path)))
            continue
        before = len(problems.problems)
        validate_meta(entry, f"{i} ({entry.get('doc_id')})", problems)
        if entry.get("doc_id") in seen:
            problems.add(
                Problem(
                    "NW217",
                    f"entry {i}: duplicate doc_id {entry['doc_id']!r}",
                    column="doc_id",
                    hint="doc_id must be unique",
                )
            )
        seen.add(entry.get("doc_id", ""))
        for p in problems.problems[before:]:
            p.file = str(path)
        if len(problems.problems) == before:
            out.append(DocMeta(**entry))
    problems.raise_if_any(ValidationError, f"{path.name} has invalid entries")
    return out


def load_glossary(path: Path | None = None) -> list[Concept]:
    """The trilingual glossary, validated (ids unique, Chinese forms present, sources given)."""
    path = path or data_dir() / "corpus" / "glossary.yaml"
    problems = ProblemList()
    out: list[Concept] = []
    seen: set[str] = set()
    for i, e in enumerate(_entries(path, "concepts"), 1):
        where = f"concept {i} ({e.get('id') if isinstance(e, dict) else '?'})"
        if not isinstance(e, dict):
            problems.add(Problem("NW210", f"{where} is not a mapping", file=str(path)))
            continue
        missing = [k for k in ("id", "zh", "en", "category", "sources") if not e.get(k)]
        for k in missing:
            problems.add(
                Problem(
                    "NW211",
                    f"{where}: '{k}' is missing",
                    file=str(path),
                    column=k,
                    hint=f"give every concept a '{k}'",
                )
            )
        if e.get("category") and e["category"] not in CATEGORIES:
            problems.add(
                Problem(
                    "NW213",
                    f"{where}: unknown category {e['category']!r}",
                    file=str(path),
                    column="category",
                    hint=f"use one of {', '.join(CATEGORIES)}",
                )
            )
        if e.get("id") in seen:
            problems.add(Problem("NW217", f"{where}: duplicate id", file=str(path), column="id"))
        seen.add(e.get("id", ""))
        unknown = set(e) - {"id", "zh", "variants", "en", "ru", "category", "sources", "note"}
        if unknown:
            problems.add(
                Problem(
                    "NW216",
                    f"{where}: unknown field(s) {', '.join(sorted(unknown))}",
                    file=str(path),
                    column=sorted(unknown)[0],
                )
            )
        if missing or unknown:
            continue
        out.append(
            Concept(
                id=e["id"],
                zh=e["zh"],
                en=e["en"],
                ru=e.get("ru"),
                category=e["category"],
                variants=tuple(e.get("variants") or ()),
                sources=tuple(e["sources"]),
                note=e.get("note"),
            )
        )
    problems.raise_if_any(ValidationError, f"{path.name} has invalid concepts")
    return out


@lru_cache(maxsize=4)
def shipped_glossary() -> tuple[Concept, ...]:
    return tuple(load_glossary())


@lru_cache(maxsize=4)
def shipped_documents() -> tuple[DocMeta, ...]:
    return tuple(load_documents())


def domain_words(concepts: tuple[Concept, ...] | list[Concept] | None = None) -> list[str]:
    """The Chinese forms jieba must keep whole: every glossary form."""
    concepts = concepts if concepts is not None else shipped_glossary()
    return sorted({f for c in concepts for f in c.forms})


__all__ = [
    "DOC_TYPES",
    "TERRITORIES",
    "Concept",
    "DocMeta",
    "domain_words",
    "load_documents",
    "load_glossary",
    "meta_from_dict",
    "shipped_documents",
    "shipped_glossary",
]
