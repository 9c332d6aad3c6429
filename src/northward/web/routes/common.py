"""What the routes share: the store dependency, the answer cache, JSON that never holds NaN."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import Annotated, Any, Literal, TypeVar

from fastapi import Depends, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from ...store import Store
from ..charts import Chart, sources_of
from ..tabular import csv_response

T = TypeVar("T")
CACHE_LIMIT = 256


def store_cursor(request: Request) -> Iterator[Store]:
    """A read-only store on its own cursor, for one request."""
    with request.app.state.access.cursor() as store:
        yield store


StoreDep = Annotated[Store, Depends(store_cursor)]
TableFormat = Annotated[Literal["json", "csv"], Query(alias="format", description="json or csv")]
Code = Annotated[str | None, Query(max_length=40, description="a code, e.g. CN-HL, RU, WLD")]


def subject(store: Store, kind: str, value: str | None) -> str | None:
    """A territory or partner as the user typed it (cn-hl, Heilongjiang, 黑龙江) → its code, through
    ``northward.subjects``; a code only the store holds is accepted too. Unknown: UnknownValue."""
    from ... import subjects

    if value is None or not value.strip():
        return value
    return subjects.resolve(kind, value, lambda: subjects.codes_in_store(store, kind))  # type: ignore[arg-type]


def subjects_of(store: Store, kind: str, values: list[str] | None) -> list[str] | None:
    return None if values is None else [v for v in (subject(store, kind, x) for x in values) if v]


def cached(request: Request, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
    """Answers computed once per app: the store is read-only while the app runs, so they cannot go stale."""
    if not request.app.state.cache_enabled:
        return compute()
    cache: dict[tuple[Any, ...], Any] = request.app.state.cache
    if key in cache:
        cached_value: T = cache[key]
        return cached_value
    value = compute()
    if len(cache) >= CACHE_LIMIT:
        cache.pop(next(iter(cache)))
    cache[key] = value
    return value


def clean(obj: Any) -> Any:
    """JSON-ready data: charts as dicts, dates as text, NaN and infinities as null."""
    # the common exact types first (every API answer passes through here, value by value)
    kind = type(obj)
    if kind is str or kind is int or kind is bool or obj is None:
        return obj
    if kind is float:
        return obj if math.isfinite(obj) else None
    if kind is dict:
        return {str(k): clean(v) for k, v in obj.items() if not str(k).startswith("_")}
    if kind is list or kind is tuple:
        return [clean(v) for v in obj]
    if kind is date or kind is datetime:
        return obj.isoformat()  # what jsonable_encoder gives
    if isinstance(obj, Chart):
        obj = obj.to_dict()
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {str(k): clean(v) for k, v in obj.items() if not str(k).startswith("_")}
    if isinstance(obj, list | tuple):
        return [clean(v) for v in obj]
    return jsonable_encoder(obj) if not isinstance(obj, str | int | float | bool | type(None)) else obj


class SafeJSON(JSONResponse):
    """JSON responses whose content passed through :func:`clean` (strict JSON, no NaN)."""

    def render(self, content: Any) -> bytes:
        return super().render(clean(content))


def table(rows: Sequence[dict[str, Any]], fmt: str, name: str, extra: dict[str, Any] | None = None) -> Any:
    """A table as JSON ({rows, sources...}) or as a CSV download."""
    source_ids = sources_of(list(rows))
    if fmt == "csv":
        return csv_response([clean(r) for r in rows], f"{name}.csv", source_ids)
    body = {"count": len(rows), "rows": list(rows), "source_ids": source_ids}
    body.update(extra or {})
    return SafeJSON(body)

