"""The registry of report sections: own builders, optional area modules, failures shown not hidden."""

from __future__ import annotations

import sys
import types

import pytest

from northward.errors import NoData
from northward.report import sections
from northward.report.section import ReportSection


def test_missing_area_modules_are_skipped(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sections, "OPTIONAL_SECTION_MODULES", ("northward.nosuch.report",))
    assert sections.section_builders() == sections.SECTION_BUILDERS


def test_an_area_module_with_report_section_joins_the_report(monkeypatch: pytest.MonkeyPatch):
    module = types.ModuleType("northward_testarea_report")

    def report_section(store):
        return ReportSection(key="map", title="Map", html="<p>map</p>", source_ids=["s1"], order=35)

    module.report_section = report_section  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "northward_testarea_report", module)
    monkeypatch.setattr(sections, "OPTIONAL_SECTION_MODULES", ("northward_testarea_report",))
    assert sections.section_builders()[-1] is report_section


def test_an_area_module_broken_by_its_own_import_is_not_hidden(monkeypatch: pytest.MonkeyPatch, tmp_path):
    (tmp_path / "nw_broken_area.py").write_text("import nw_module_that_does_not_exist\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sections, "OPTIONAL_SECTION_MODULES", ("nw_broken_area",))
    with pytest.raises(ModuleNotFoundError):
        sections.section_builders()


def test_sections_are_ordered_skipped_and_failures_shown():
    def late(store):
        return ReportSection(key="late", title="Late", html="", order=80)

    def early(store):
        return ReportSection(key="early", title="Early", html="", order=5)

    def skipped(store):
        return None

    def failing(store):
        raise NoData("nothing to show")

    got = sections.collect_sections(None, [late, skipped, failing, early])  # type: ignore[arg-type]
    assert [s.key for s in got][:2] == ["early", "late"]
    assert "nothing to show" in got[-1].html and got[-1].title.startswith("Not available")
