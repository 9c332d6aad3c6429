"""The NorthwardError tree: every error a user can meet has a stable code, a place and a fix.

Errors are data: ``to_dict()`` gives what the CLI prints and the web API returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Problem:
    """One thing wrong with one place in one input (a row, a field, an entry)."""

    code: str
    message: str
    hint: str = ""
    file: str | None = None
    line: int | None = None
    column: str | None = None

    def location(self) -> str:
        parts = [p for p in (self.file, f"line {self.line}" if self.line else None,
                             f"column {self.column}" if self.column else None) if p]
        return ", ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "")}

    def __str__(self) -> str:
        where = self.location()
        text = f"[{self.code}] {where + ': ' if where else ''}{self.message}"
        return f"{text}\n  fix: {self.hint}" if self.hint else text


class NorthwardError(Exception):
    """Base of every error northward raises on purpose. ``code`` is stable across releases."""

    code = "NW000"
    default_hint = ""
    retry = False  # would the same call succeed later (network, lock)?

    def __init__(self, message: str, *, hint: str | None = None, file: str | None = None,
                 line: int | None = None, column: str | None = None, code: str | None = None,
                 problems: list[Problem] | None = None) -> None:
        self.problem = Problem(code or self.code, message, hint if hint is not None else self.default_hint,
                               file, line, column)
        self.problems: list[Problem] = problems or []
        super().__init__(str(self.problem))

    @property
    def message(self) -> str:
        return self.problem.message

    @property
    def hint(self) -> str:
        return self.problem.hint

    def to_dict(self) -> dict[str, Any]:
        out = self.problem.to_dict()
        if self.problems:
            out["problems"] = [p.to_dict() for p in self.problems]
        return out


class ConfigError(NorthwardError):
    code = "NW010"


class StoreError(NorthwardError):
    """The store is missing, locked, or from an unknown schema version."""

    code = "NW100"


class StoreMissing(StoreError):
    code = "NW101"
    default_hint = "run `northward build` first (or pass --home to point at another store)"


class StoreLocked(StoreError):
    code = "NW102"
    retry = True
    default_hint = "another northward process is writing to this store; wait for it or use another --home"


class DataFileError(NorthwardError):
    """A shipped or user data file (CSV/YAML) is malformed."""

    code = "NW200"


class ValidationError(DataFileError):
    """Entries that parse but break a rule (unknown code, no source, duplicate key...)."""

    code = "NW210"


class IngestError(NorthwardError):
    """An import could not be completed; nothing was written."""

    code = "NW300"


class QueryError(NorthwardError):
    """A question the store cannot answer (no data for the key, unknown indicator...)."""

    code = "NW400"


class NoData(QueryError):
    code = "NW401"
    default_hint = "run `northward show` with fewer filters to see what the store holds"


class UnknownValue(QueryError):
    """A value the vocabulary does not know (a territory, flow, period, indicator ...): names the
    accepted values and the nearest match. The CLI exits 2 on it; the API answers 404 or 422."""

    code = "NW405"

    def __init__(self, what: str, value: str, accepted: list[str] | tuple[str, ...], *,
                 nearest: str | None = None, hint: str | None = None, code: str | None = None,
                 http_status: int = 422) -> None:
        self.what, self.value, self.accepted = what, value, list(accepted)
        self.nearest = nearest if nearest is not None else nearest_match(value, self.accepted)
        self.http_status = http_status
        shown = ", ".join(self.accepted[:12]) + (f" … ({len(self.accepted)} in all)" if len(self.accepted) > 12 else "")
        message = f"unknown {what} {value!r}" + (f"; did you mean {self.nearest!r}?" if self.nearest else "")
        super().__init__(message, hint=hint if hint is not None else f"use one of: {shown}", code=code)

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out.update({"what": self.what, "value": self.value, "nearest": self.nearest})
        return out


def nearest_match(value: str, accepted: list[str] | tuple[str, ...]) -> str | None:
    """The accepted value closest to ``value`` by edit distance (case-insensitive; ties go to the
    longer shared prefix), or None when nothing is within a third of the value's length."""
    if not value or not accepted:
        return None
    v = value.lower()

    def distance(a: str, b: str) -> int:
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i]
            for j, cb in enumerate(b, 1):
                cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
            prev = cur
        return prev[-1]

    def prefix(a: str) -> int:
        n = 0
        for x, y in zip(a, v, strict=False):
            if x != y:
                break
            n += 1
        return n

    best = min(accepted, key=lambda a: (distance(a.lower(), v), -prefix(a.lower())))
    return best if distance(best.lower(), v) <= max(1, len(v) // 3) else None


class CorpusError(NorthwardError):
    code = "NW500"


class GeoError(NorthwardError):
    code = "NW600"


class AuditError(NorthwardError):
    code = "NW700"


class NetworkError(NorthwardError):
    code = "NW800"
    retry = True


@dataclass
class ProblemList:
    """Collects problems while validating, so one run reports all of them, not just the first."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def __bool__(self) -> bool:
        return bool(self.problems)

    def raise_if_any(self, error: type[NorthwardError], summary: str, hint: str = "") -> None:
        if not self.problems:
            return
        first = self.problems[0]
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        raise error(f"{summary}: {first.message}{more}", hint=hint or first.hint, file=first.file,
                    line=first.line, column=first.column, code=first.code, problems=self.problems)
