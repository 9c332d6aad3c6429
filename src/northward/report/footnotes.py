"""Numbered footnotes: every chart and table names its sources, and the report lists them all."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from ..provenance import Source
from ..store import Store
from .section import footnote_marker

# A footnote names up to this many sources with a short citation; longer lists give the ids only.
SPELLED_OUT_UP_TO = 4

_MARKER = re.compile(r'<nw-footnote data-sources="([^"]*)" data-note="([^"]*)"></nw-footnote>')


def load_sources(store: Store) -> dict[str, Source]:
    """Every source in the store, by id."""
    fields = Source.__dataclass_fields__
    rows = store.query("SELECT * FROM source ORDER BY source_id")
    return {r["source_id"]: Source(**{k: v for k, v in r.items() if k in fields}) for r in rows}


def short_citation(source: Source) -> str:
    """Who published what, in one short line (the full citation is in the source list)."""
    title = source.title_en or source.title
    who = source.publisher or source.author
    return f"{who}, {title}" if who else title


@dataclass
class Footnotes:
    """Numbers footnote markers in page order and remembers which sources the report cites."""

    sources: dict[str, Source]
    count: int = 0
    cited: dict[str, list[int]] = field(default_factory=dict)  # source id -> footnote numbers

    def render(self, page: str) -> str:
        """Replace every footnote marker in ``page`` with its numbered footnote."""
        return _MARKER.sub(lambda m: self._footnote(html.unescape(m.group(1)).split(),
                                                    html.unescape(m.group(2))), page)

    def ensure_marker(self, section_html: str, source_ids: list[str]) -> str:
        """A section's HTML with one footnote for its sources appended if it has no marker."""
        if _MARKER.search(section_html) or not source_ids:
            return section_html
        return section_html + footnote_marker(source_ids)

    def _footnote(self, ids: list[str], note: str) -> str:
        self.count += 1
        n = self.count
        compact = len(ids) > SPELLED_OUT_UP_TO
        items = []
        for sid in ids:
            self.cited.setdefault(sid, []).append(n)
            link = f'<a href="#src-{html.escape(sid)}">[{html.escape(sid)}]</a>'
            src = self.sources.get(sid)
            if src is None:
                items.append(f"{link} not in the store's source list")
            else:
                items.append(link if compact else f"{link} {html.escape(short_citation(src))}")
        body = ("; " if not compact else ", ").join(items) if items else "no source recorded"
        if compact:
            body += " (full citations in the source list)"
        extra = f" {html.escape(note)}" if note else ""
        return (f'<p class="footnote" id="fn-{n}"><span class="fn-num">{n}</span> '
                f'Source{"s" if len(ids) > 1 else ""}: {body}.{extra}</p>')
