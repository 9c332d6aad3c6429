"""Writing the self-contained HTML report (and its PDF) from the evidence store."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import jinja2
import vl_convert

from .. import __version__
from ..store import Store, open_store
from .errors import ReportError
from .footnotes import Footnotes, load_sources
from .pdf import print_pdf
from .section import ReportSection
from .sections import SectionBuilder, collect_sections
from .sources import sources_html
from .vega import RENDER_SCRIPT, add_static_fallbacks, javascript_bundle

TITLE = "northward report"


def _template(name: str) -> str:
    return (resources.files("northward.report") / "templates" / name).read_text(encoding="utf-8")


def render_report(store: Store, *, builders: list[SectionBuilder] | None = None,
                  generated: datetime | None = None) -> str:
    """The whole report as one HTML document: sections, numbered footnotes, sources, scripts inlined."""
    sections = collect_sections(store, builders)
    notes = Footnotes(load_sources(store))
    # Number footnotes in page order: section by section, a section's own markers first.
    numbered = [ReportSection(s.key, s.title, notes.render(notes.ensure_marker(s.html, s.source_ids)),
                              s.source_ids, s.order) for s in sections]
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    has_charts = any('class="vl-chart"' in s.html for s in numbered)
    when = generated or datetime.now(UTC)
    page = env.from_string(_template("report.html.j2")).render(
        title=TITLE, version=__version__, generated=when.strftime("%Y-%m-%d %H:%M UTC"),
        store_name=store.path.name, schema=store.scalar("SELECT max(version) FROM schema_version"),
        sections=numbered, sources_html=sources_html(notes), css=_template("report.css"),
        has_charts=has_charts, bundle=javascript_bundle() if has_charts else "",
        render_script=RENDER_SCRIPT, vega_lite=vl_convert.get_vegalite_versions()[-1])
    return add_static_fallbacks(page)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(out: Path, text: str) -> None:
    """Write ``text`` to ``out`` through a temporary file, so a failure leaves no half-written file."""
    out = out.expanduser()
    if out.exists() and out.is_dir():
        raise ReportError(f"{out} is a folder", code="NW903", hint="give a file name ending in .html")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".northward-report-", suffix=".tmp", dir=out.parent)
    except OSError as exc:
        raise ReportError(f"cannot write to {out.parent}: {exc.strerror}", code="NW903",
                          hint="choose another --out path, in a folder you can write to") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes the file private; a report is an ordinary file
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_report(home: str | os.PathLike[str] | None, out: Path, pdf: bool = False) -> list[Path]:
    """Write the report to ``out`` (and ``out`` with .pdf when ``pdf``); return the paths written."""
    if pdf and Path(out).suffix.lower() == ".pdf":
        raise ReportError(f"--out {out} would be overwritten by the PDF", code="NW903",
                          hint="give the HTML file name (e.g. report.html); --pdf writes report.pdf beside it")
    with open_store(home, read_only=True) as store:
        page = render_report(store)
    write_text_atomic(Path(out), page)
    written = [Path(out).expanduser().resolve()]
    if pdf:
        written.append(print_pdf(written[0], written[0].with_suffix(".pdf")))
    return written
