"""The report's source list: full citations, with address and access date, of every source it cites."""

from __future__ import annotations

from ..provenance import Source, grade_label
from .footnotes import Footnotes
from .tables import esc


def source_entry(sid: str, source: Source | None, footnotes: list[int]) -> str:
    """One list item: the citation, then its address, access date and the footnotes citing it."""
    cited_in = ", ".join(f'<a href="#fn-{n}">{n}</a>' for n in footnotes)
    tail = f' <span class="cited-in">(footnote{"s" if len(footnotes) > 1 else ""} {cited_in})</span>'
    if source is None:
        return (f'<li id="src-{esc(sid)}"><span class="src-id">[{esc(sid)}]</span> '
                f'<span class="gap">not in the store\'s source list</span>{tail}</li>')
    parts = [source.citation or ". ".join(p for p in (source.author, source.title, source.publisher,
                                                         source.published) if p)]
    if source.title_en and source.title_en not in parts[0]:
        parts.append(source.title_en)
    text = esc(". ".join(p.rstrip(".") for p in parts if p)) + "."
    if source.doi:
        text += f" DOI {esc(source.doi)}."
    if source.original_publisher and source.original_publisher not in text:
        text += f" Original: {esc(source.original_publisher)}."
    if source.url:
        text += f' Address: <a class="url" href="{esc(source.url)}">{esc(source.url)}</a>.'
    elif source.retrieved_from:
        text += ' <span class="gap">No address recorded for the original.</span>'
    elif not source.doi:
        text += ' <span class="gap">No address recorded.</span>'
    if source.retrieved_from:
        text += (f' Retrieved from a copy: <a class="url" href="{esc(source.retrieved_from)}">'
                 f'{esc(source.retrieved_from)}</a>.')
    if source.accessed:
        text += f" Accessed: {esc(source.accessed)}."
    else:
        text += ' <span class="gap">Access date not recorded.</span>'
    text += f' <span class="grade grade-{esc(source.grade or "none")}">Grade: {esc(grade_label(source.grade))}.</span>'
    return f'<li id="src-{esc(sid)}"><span class="src-id">[{esc(sid)}]</span> {text}{tail}</li>'


def sources_html(footnotes: Footnotes) -> str:
    """Every cited source, in order of first citation."""
    if not footnotes.cited:
        return '<p class="gap">The report cites no source.</p>'
    items = [source_entry(sid, footnotes.sources.get(sid), nums) for sid, nums in footnotes.cited.items()]
    return (f"<p>{len(items)} source{'s' if len(items) != 1 else ''} cited, in order of first citation.</p>"
            f'<ol class="sources">{"".join(items)}</ol>')
