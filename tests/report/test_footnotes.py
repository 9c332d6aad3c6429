"""Numbered footnotes under charts and tables, and the source list they feed."""

from __future__ import annotations

from northward.provenance import Source
from northward.report.footnotes import Footnotes
from northward.report.section import footnote_marker
from northward.report.sources import sources_html

SOURCES = {"s1": Source("s1", "dataset", "Title one", publisher="Pub", url="https://example.org/1",
                        accessed="2026-01-02"),
           "s2": Source("s2", "article", "Title two", citation="Author. Title two. Journal, 2025."),
           "s3": Source("s3", "dataset", "Notes without an address", accessed="2026-01-01")}


def test_markers_are_numbered_in_page_order_and_cite_their_sources():
    notes = Footnotes(SOURCES)
    page = notes.render("<table></table>" + footnote_marker(["s2", "s1"]) + "<div></div>"
                        + footnote_marker(["s1"], note="Computed."))
    assert page.index('id="fn-1"') < page.index('id="fn-2"')
    assert 'href="#src-s1"' in page and 'href="#src-s2"' in page
    assert "Computed." in page
    assert notes.cited == {"s1": [1, 2], "s2": [1]}


def test_a_section_without_marker_gets_one_footnote_for_its_sources():
    notes = Footnotes(SOURCES)
    html = notes.ensure_marker("<p>map</p>", ["s1"])
    assert notes.render(html).count('class="footnote"') == 1
    assert notes.ensure_marker("<p>no sources</p>", []) == "<p>no sources</p>"


def test_source_list_gives_address_access_date_and_back_links():
    notes = Footnotes(SOURCES)
    notes.render(footnote_marker(["s1", "s2", "ghost", "s3"]))
    listing = sources_html(notes)
    assert 'id="src-s1"' in listing and "https://example.org/1" in listing
    assert "Accessed: 2026-01-02" in listing
    assert "Author. Title two. Journal, 2025." in listing and "Access date not recorded" in listing
    assert 'id="src-ghost"' in listing and "not in the store" in listing
    assert 'href="#fn-1"' in listing
    assert "No address recorded" in listing.split('id="src-s3"')[1]


def test_an_empty_marker_says_no_source_was_recorded():
    notes = Footnotes(SOURCES)
    assert "no source recorded" in notes.render(footnote_marker([]))


def test_a_long_list_of_sources_gives_ids_only():
    many = {f"m{i}": Source(f"m{i}", "dataset", f"Title {i}", publisher="Pub") for i in range(6)}
    notes = Footnotes(many)
    text = notes.render(footnote_marker(list(many)))
    assert "Title 3" not in text and "[m5]" in text and "full citations in the source list" in text
    assert all(nums == [1] for nums in notes.cited.values())
