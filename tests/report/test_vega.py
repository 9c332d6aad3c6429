"""Chart placeholders, the inlined bundle and the static SVG fallbacks."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from northward.report.vega import add_static_fallbacks, chart_div, javascript_bundle, script_safe, static_svg

SPEC = {"data": {"values": [{"a": "it's <b>&", "b": 1}, {"a": "x", "b": 3}]},
        "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"},
                                    "y": {"field": "b", "type": "quantitative"}}}


class _Attrs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.specs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "data-spec" and value is not None:
                self.specs.append(value)


def test_chart_div_round_trips_the_spec_through_html_escaping():
    div = chart_div(SPEC)
    assert "<b>" not in div and "it's" not in div
    parser = _Attrs()
    parser.feed(div)
    assert json.loads(parser.specs[0]) == SPEC


def test_script_safe_cannot_end_the_script_element():
    assert "</script" not in script_safe('var a = "</script><script>alert(1)</SCRIPT>";').lower()
    assert "<!--" not in script_safe("x <!-- y")


def test_bundle_defines_vega_embed_and_is_inline_safe():
    bundle = javascript_bundle()
    assert "window.vegaEmbed" in bundle
    assert "</script" not in bundle.lower()
    assert not re.search(r"https?://[^\s\"']*\.js\b", bundle[:2000])


def test_static_svgs_get_distinct_ids():
    clipped = {**SPEC, "mark": {"type": "bar", "clip": True}}  # clipping makes Vega write a clipPath id
    a, b = static_svg(clipped, "one"), static_svg(clipped, "two")
    ids_a = set(re.findall(r'id="([^"]+)"', a))
    ids_b = set(re.findall(r'id="([^"]+)"', b))
    assert ids_a and not ids_a & ids_b
    for ref in re.findall(r"url\(#([^)]+)\)", a):
        assert ref in ids_a


def test_fallback_fills_every_empty_chart_placeholder():
    page = f"<p>{chart_div(SPEC)}</p><p>{chart_div(SPEC)}</p>"
    filled = add_static_fallbacks(page)
    assert filled.count('<div class="vl-static"><svg') == 2
    assert filled.count("data-spec=") == 2
    assert add_static_fallbacks(filled) == filled  # a filled placeholder is not filled again


def test_a_bad_spec_says_so_instead_of_failing_the_report():
    filled = add_static_fallbacks(chart_div({"mark": "nosuchmark", "data": {"values": []}}))
    assert "could not be drawn" in filled
