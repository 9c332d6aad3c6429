"""The one registry of report sections: northward's own, then those other areas expose."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType

from ..errors import NorthwardError
from ..store import Store
from . import coverage, findings, gdp, overview, trade
from .section import ReportSection
from .tables import esc

SectionBuilder = Callable[[Store], ReportSection | None]

SECTION_BUILDERS: list[SectionBuilder] = [
    overview.report_section,
    gdp.report_section,
    trade.report_section,
    findings.report_section,
    coverage.report_section,
]

# Modules of other areas that may define ``report_section(store)``; a missing module is skipped.
OPTIONAL_SECTION_MODULES: tuple[str, ...] = ("northward.geo.report", "northward.corpus.report",
                                              "northward.audit.report", "northward.ingest.report")


def _optional_module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        # Only the area module itself (or its package) being absent is a clean skip; a module that
        # exists but fails on its own imports is a bug to show.
        if exc.name is not None and (name == exc.name or name.startswith(exc.name + ".")):
            return None
        raise


def section_builders() -> list[SectionBuilder]:
    """Every builder: the report's own, then ``report_section`` of each area module present."""
    builders = list(SECTION_BUILDERS)
    for name in OPTIONAL_SECTION_MODULES:
        module = _optional_module(name)
        builder = getattr(module, "report_section", None) if module else None
        if callable(builder):
            builders.append(builder)
    return builders


def failed_section(builder: SectionBuilder, exc: NorthwardError) -> ReportSection:
    """A visible notice in place of a section that could not be built."""
    where = getattr(builder, "__module__", "?")
    return ReportSection(key=f"failed-{where.replace('.', '-')}", title=f"Not available: {where}",
                         html=f'<p class="gap">This section could not be built: {esc(str(exc))}</p>',
                         order=90)


def collect_sections(store: Store, builders: list[SectionBuilder] | None = None) -> list[ReportSection]:
    """Run the builders on the store and order their sections; a builder may return None to skip."""
    out = []
    for builder in builders if builders is not None else section_builders():
        try:
            section = builder(store)
        except NorthwardError as exc:
            section = failed_section(builder, exc)
        if section is not None:
            out.append(section)
    return sorted(out, key=lambda s: s.order)
