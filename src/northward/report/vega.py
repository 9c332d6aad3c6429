"""Vega-Lite charts in the report: the offline JS bundle, chart placeholders and static SVG fallbacks.

Charts render in the browser with the Vega bundle that ``vl-convert-python`` ships (inlined once,
no CDN). Every chart also carries a static SVG rendered at build time, shown when scripts are off
and replaced by the live chart when they run.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from functools import lru_cache
from typing import Any

import vl_convert

# A chart placeholder exactly as ``chart_div`` writes it (and as section.py documents it).
_CHART_DIV = re.compile(r"<div class=\"vl-chart\" data-spec='([^']*)'></div>")
_SVG_ID = re.compile(r'\bid="([^"]+)"')

# The Vega-Lite version of the inlined bundle (and of the static renderer): specs declare it.
VEGA_LITE_SCHEMA = ("https://vega.github.io/schema/vega-lite/"
                    f"v{vl_convert.get_vegalite_versions()[-1].split('.')[0]}.json")

# What the bundle exports: the three libraries as globals for the render script below.
BUNDLE_SNIPPET = "window.vegaEmbed = vegaEmbed; window.vega = vega; window.vegaLite = vegaLite;"

RENDER_SCRIPT = """
(function () {
  function renderAll() {
    var charts = document.querySelectorAll("div.vl-chart[data-spec]");
    Array.prototype.forEach.call(charts, function (div) {
      var spec;
      try { spec = JSON.parse(div.getAttribute("data-spec")); }
      catch (err) { div.setAttribute("data-error", String(err)); return; }
      var live = document.createElement("div");
      live.className = "vl-live";
      div.appendChild(live);
      window.vegaEmbed(live, spec, {actions: false, renderer: "svg"}).then(function () {
        var fallback = div.querySelector(".vl-static");
        if (fallback) { fallback.parentNode.removeChild(fallback); }
        div.setAttribute("data-rendered", "true");
      }).catch(function (err) {
        live.parentNode.removeChild(live);
        div.setAttribute("data-error", String(err));
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", renderAll);
  } else {
    renderAll();
  }
})();
"""


def chart_div(spec: dict[str, Any]) -> str:
    """The placeholder for one chart: its Vega-Lite spec as JSON in an HTML-escaped attribute."""
    text = json.dumps(spec, ensure_ascii=False, separators=(",", ":"), default=str)
    return f"<div class=\"vl-chart\" data-spec='{html.escape(text, quote=True)}'></div>"


@lru_cache(maxsize=1)
def javascript_bundle() -> str:
    """Vega, Vega-Lite and vega-embed as one script, safe to inline in a ``<script>`` element."""
    return script_safe(vl_convert.javascript_bundle(BUNDLE_SNIPPET))


def script_safe(js: str) -> str:
    """Escape what would end an inline script early (``</script``, ``<!--``) in JavaScript text."""
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def static_svg(spec: dict[str, Any], prefix: str) -> str:
    """The chart rendered to SVG now, its element ids prefixed so several SVGs share a page."""
    svg = vl_convert.vegalite_to_svg(spec)
    svg = re.sub(r"^<\?xml[^>]*\?>\s*", "", svg)
    ids = set(_SVG_ID.findall(svg))
    for old in sorted(ids, key=len, reverse=True):
        new = f"{prefix}-{old}"
        svg = svg.replace(f'id="{old}"', f'id="{new}"').replace(f"url(#{old})", f"url(#{new})")
        svg = svg.replace(f'href="#{old}"', f'href="#{new}"')
    return svg


def add_static_fallbacks(page: str) -> str:
    """Put a pre-rendered SVG inside every empty chart placeholder of ``page``."""
    counter = itertools.count(1)

    def fill(match: re.Match[str]) -> str:
        try:
            svg = static_svg(json.loads(html.unescape(match.group(1))), f"vlc{next(counter)}")
        except ValueError as exc:  # a bad spec (vl-convert's errors are ValueErrors, as are JSON's)
            svg = f'<p class="gap">This chart could not be drawn: {html.escape(str(exc)[:300])}</p>'
        return (f"<div class=\"vl-chart\" data-spec='{match.group(1)}'>"
                f"<div class=\"vl-static\">{svg}</div></div>")

    return _CHART_DIV.sub(fill, page)
