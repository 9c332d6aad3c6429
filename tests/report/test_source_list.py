"""The report's source list: grade, original publisher and the copy a text was read on."""

from __future__ import annotations

from northward.provenance import Source
from northward.report.sources import source_entry


def test_a_copy_names_its_original_the_copy_and_its_grade() -> None:
    s = Source("x", "news", "我国跨境电商综试区已覆盖31个省区市", publisher="Xinhua (copy)",
               original_publisher="Xinhua News Agency (新华社)", retrieved_from="http://copy.example/1",
               grade="secondary", accessed="2026-11-29")
    html = source_entry("x", s, [3])
    assert "Original: Xinhua News Agency (新华社)." in html
    assert "No address recorded for the original." in html and 'href="http://copy.example/1"' in html
    assert "Grade: secondary or aggregator." in html and "Accessed: 2026-11-29." in html


def test_an_official_original_and_an_ungraded_source() -> None:
    s = Source("b", "statistical_bulletin", "公报", publisher="内蒙古自治区统计局", url="https://tj.nmg.gov.cn/1",
               grade="official_original")
    html = source_entry("b", s, [1, 2])
    assert "Address: " in html and "Grade: official original." in html and "Retrieved" not in html
    assert "Grade: ungraded." in source_entry("c", Source("c", "import", "a file"), [1])


def test_cite_names_the_original_the_copy_and_the_grade() -> None:
    s = Source("x", "news", "Title", publisher="copy.example (copy)", original_publisher="Xinhua",
               retrieved_from="http://copy.example/1", grade="secondary", accessed="2026-11-29")
    assert s.cite() == ("Title. Xinhua [secondary or aggregator] (retrieved from http://copy.example/1) "
                        "(accessed 2026-11-29)")
    assert Source("y", "news", "T", publisher="P", url="http://p/1").cite() == "T. P. http://p/1"
