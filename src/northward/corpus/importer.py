"""`docs add`: import files (or a JSON-lines collection) into the corpus, one transaction per file."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import NorthwardError, UnknownValue, ValidationError
from .db import DOC_FIELDS, CorpusDB
from .extract import DEFAULT_MAX_MB, SUFFIXES, Extracted, extract, jsonl_records
from .normalize import normalise, paragraphs
from .registry import DocMeta, _read_yaml, meta_from_dict


@dataclass(frozen=True)
class AddResult:
    """What happened to one document: added, attached (to a registered entry), replaced, duplicate."""

    doc_id: str
    status: str
    file: str
    paragraphs: int = 0
    chars: int = 0
    sha256: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class AddReport:
    """Every file's outcome; failures are errors as data (code, file, message, fix)."""

    results: list[AddResult] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"results": [r.to_dict() for r in self.results], "failures": self.failures}


def add_paths(
    home: str | os.PathLike[str] | None,
    paths: list[Path],
    *,
    meta: dict[str, Any] | None = None,
    encoding: str | None = None,
    max_mb: float = DEFAULT_MAX_MB,
    jsonl: bool = False,
    progress: Callable[[str], None] | None = None,
    fields: dict[str, str | None] | None = None,
    id_template: str | None = None,
) -> AddReport:
    """Import files and folders (recursively). Each file is one transaction: all of it or nothing.

    ``progress`` (if given) is called with a short label before each document is written;
    ``fields`` and ``id_template`` are for JSON-lines collections (see add_jsonl).
    """
    report = AddReport()
    field_mapping(fields)  # unknown field names fail before anything is read
    overrides = {k: v for k, v in (meta or {}).items() if v not in (None, "")}
    files = _expand(paths)
    if len(files) > 1 and "doc_id" in overrides:
        raise ValidationError(
            "--doc-id names one document but several files were given",
            column="doc_id",
            hint="import one file at a time, or give ids in sidecar YAML files",
        )
    with CorpusDB(home) as db:
        for path in files:
            try:
                if jsonl or path.suffix.lower() == ".jsonl":
                    report.results.extend(
                        add_jsonl(db, path, dict(overrides), progress, fields=fields, id_template=id_template)
                    )
                else:
                    if progress:
                        progress(path.name)
                    report.results.append(add_file(db, path, overrides, encoding=encoding, max_mb=max_mb))
            except NorthwardError as exc:
                report.failures.append({"file": str(path), **exc.to_dict()})
    return report


def _expand(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out


def sidecar(path: Path) -> dict[str, Any]:
    """Metadata from `FILE.yaml` / `FILE.yml` or `STEM.yaml` beside the file, if there is one."""
    for cand in (
        path.with_name(path.name + ".yaml"),
        path.with_name(path.name + ".yml"),
        path.with_suffix(".yaml"),
        path.with_suffix(".yml"),
    ):
        if cand.is_file():
            raw = _read_yaml(cand)
            if not isinstance(raw, dict):
                raise ValidationError(
                    "sidecar metadata must be a mapping of fields",
                    file=str(cand),
                    hint="write lines like 'title: ...' and 'published: 2024-01-31'",
                )
            return {**raw, "_sidecar": str(cand)}
    return {}


def add_file(
    db: CorpusDB,
    path: Path,
    overrides: dict[str, Any],
    *,
    encoding: str | None = None,
    max_mb: float = DEFAULT_MAX_MB,
) -> AddResult:
    side = sidecar(path)
    side_file = side.pop("_sidecar", None)
    extracted = extract(path, encoding=encoding, max_mb=max_mb)
    fields = {**side, **overrides}
    meta = resolve_meta(db, fields, path, extracted, side_file)
    with db.transaction():
        return put_document(db, meta, extracted, str(path))


MAPPABLE = ("doc_id", "title", "title_en", "issuer", "territory", "doc_type", "published", "language", "url",
            "source_id", "licence", "via", "content")


def field_mapping(fields: dict[str, str | None] | None) -> dict[str, str]:
    """Which record key feeds each document field (default: the field's own name); checks the names."""
    mapping = {f: f for f in MAPPABLE}
    for name, key in (fields or {}).items():
        if name not in MAPPABLE:
            raise UnknownValue("document field", name, MAPPABLE)
        if key:
            mapping[name] = key
    return mapping


def _record_id(template: str, values: dict[str, Any], path: Path, line: int) -> str:
    try:
        return _slug(template.format_map(values))
    except (KeyError, IndexError, ValueError) as exc:
        raise ValidationError(
            f"line {line}: the id template {template!r} needs {exc}, which the record does not have",
            file=str(path),
            line=line,
            column="doc_id",
            hint="use fields of the records, {year}, {line} or {stem} in --id-template",
        ) from exc


def add_jsonl(
    db: CorpusDB,
    path: Path,
    overrides: dict[str, Any],
    progress: Callable[[str], None] | None = None,
    *,
    fields: dict[str, str | None] | None = None,
    id_template: str | None = None,
) -> list[AddResult]:
    """A collection: one document per line; the whole file or nothing.

    ``fields`` maps document fields to the records' keys (``{"doc_id": "id", "published": "date"}``);
    ``id_template`` makes ids from a record (``"gwr-{year}"``). Without either, ids are
    ``STEM-LINE`` and the year comes from a ``year`` key, the title or the first dated line.
    """
    mapping = field_mapping(fields)
    prefix = overrides.pop("doc_id", None) or _slug(path.stem)
    records = list(jsonl_records(path, content=mapping["content"]))
    out: list[AddResult] = []
    seen: dict[str, int] = {}
    with db.transaction():
        for rec in records:
            if progress:
                progress(f"{path.name}:{rec.line}")
            d = rec.data
            mapped = {f: d.get(key) for f, key in mapping.items() if f != "content" and d.get(key) not in (None, "")}
            year = _record_year({"year": d.get("year"), "title": mapped.get("title"), "content": d[mapping["content"]]})
            if "published" in mapped:
                mapped["published"] = _date_text(mapped["published"])
            doc_id = mapped.get("doc_id")
            if id_template:
                doc_id = _record_id(id_template, {**d, "year": year, "line": rec.line, "stem": prefix}, path, rec.line)
            doc_id = doc_id or f"{prefix}-{rec.line:03d}"
            if doc_id in seen:
                raise ValidationError(
                    f"line {rec.line}: document id {doc_id!r} was already given on line {seen[doc_id]}",
                    file=str(path),
                    line=rec.line,
                    column="doc_id",
                    hint="ids must be unique in a collection: map a unique field (--id-field) or use"
                    " {line} in --id-template",
                )
            seen[doc_id] = rec.line
            meta_fields: dict[str, Any] = {
                **mapped,
                "doc_id": doc_id,
                "title": mapped.get("title") or f"{path.stem} line {rec.line}",
                "published": mapped.get("published") or year,
                **overrides,
            }
            meta = meta_from_dict({k: v for k, v in meta_fields.items() if v is not None}, f"line {rec.line}", str(path))
            text = _clean_record(d[mapping["content"]])
            if not text:
                continue
            out.append(put_document(db, meta, Extracted(text, "jsonl", "utf-8"), f"{path}:{rec.line}"))
    return out


def _date_text(value: Any) -> str:
    """A record's date as ISO text: 2024, "2024-03-05", "2024-03-05T10:00", 2024年3月5日."""
    text = str(value).strip()
    m = re.match(r"^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$", text)
    if m:
        return "-".join([m.group(1), *[f"{int(g):02d}" for g in m.groups()[1:] if g]])
    m = re.match(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ].*)?$", text)
    return m.group(1) if m else text


def _clean_record(content: str) -> str:
    from .normalize import clean

    return clean(content)


_YEAR = re.compile(r"((?:19|20)\d\d)年")


def _record_year(d: dict[str, Any]) -> str | None:
    """The record's year: its `year`, else the first year in its title, else the first dated line."""
    if d.get("year"):
        return str(d["year"])
    for text in (d.get("title") or "", d.get("content") or ""):
        m = _YEAR.search(text)
        if m:
            return m.group(1)
    return None


def resolve_meta(db: CorpusDB, fields: dict[str, Any], path: Path, extracted: Extracted, side_file: str | None) -> DocMeta:
    """Metadata for a file: options over sidecar over a matching registered document over defaults."""
    registered = _registered_match(db, fields, path)
    base: dict[str, Any] = {}
    if registered:
        base = {k: registered[k] for k in DOC_FIELDS if registered.get(k) is not None}
    merged = {**base, **fields}
    merged.setdefault("doc_id", _slug(path.stem))
    if not merged.get("title"):
        merged["title"] = extracted.title or _first_line(extracted.text) or path.stem
    return meta_from_dict(merged, str(path.name), side_file or str(path))


def _registered_match(db: CorpusDB, fields: dict[str, Any], path: Path) -> dict[str, Any] | None:
    for sql, value in (
        ("doc_id = ?", fields.get("doc_id")),
        ("url = ?", fields.get("url")),
        ("doc_id = ?", path.stem),
    ):
        if value:
            rows = db.rows(f"SELECT * FROM document WHERE registered = 1 AND {sql}", (value,))
            if rows:
                return rows[0]
    return None


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line[:80]


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-._")
    if not slug:
        slug = "doc-" + hashlib.sha1(text.encode()).hexdigest()[:10]
    return slug


def put_document(db: CorpusDB, meta: DocMeta, extracted: Extracted, file: str) -> AddResult:
    """Write one document's text, paragraphs, index entries and concept counts (inside a transaction)."""
    raw = extracted.text
    sha = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    same = db.rows("SELECT doc_id FROM document WHERE sha256 = ?", (sha,))
    if same:
        status = "unchanged" if same[0]["doc_id"] == meta.doc_id else "duplicate"
        return AddResult(
            same[0]["doc_id"],
            status,
            file,
            sha256=sha,
            note="same text already imported" if status == "duplicate" else "",
        )
    existing = db.rows("SELECT registered, sha256 FROM document WHERE doc_id = ?", (meta.doc_id,))
    if existing and existing[0]["sha256"]:
        status = "replaced"
        db.delete_text(meta.doc_id)
    elif existing:
        status = "attached" if existing[0]["registered"] else "added"
    else:
        status = "added"
    paras = paragraphs(raw)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    values = (
        meta.title,
        meta.title_en,
        meta.issuer,
        meta.territory,
        meta.doc_type,
        meta.published,
        meta.year,
        meta.language,
        meta.url,
        meta.source_id,
        meta.licence,
        meta.via,
        sha,
        file,
        extracted.kind,
        extracted.encoding,
        now,
        len(raw),
        len(paras),
        raw,
        normalise(raw),
    )
    if existing:
        db.con.execute(
            "UPDATE document SET title=?, title_en=?, issuer=?, territory=?, doc_type=?, published=?, year=?,"
            " language=?, url=?, source_id=?, licence=?, via=?, sha256=?, file=?, kind=?, encoding=?, imported_at=?, chars=?,"
            " paragraphs=?, raw_text=?, norm_text=? WHERE doc_id=?",
            (*values, meta.doc_id),
        )
    else:
        db.con.execute(
            "INSERT INTO document(title, title_en, issuer, territory, doc_type, published, year, language,"
            " url, source_id, licence, via, sha256, file, kind, encoding, imported_at, chars, paragraphs,"
            " raw_text, norm_text, doc_id, registered) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
            (*values, meta.doc_id),
        )
    db.insert_paragraphs(meta.doc_id, [(p.seq, p.text, p.norm) for p in paras])
    db.write_concept_counts(meta.doc_id)
    return AddResult(meta.doc_id, status, file, len(paras), len(raw), sha)


__all__ = ["AddReport", "AddResult", "add_paths", "put_document"]
