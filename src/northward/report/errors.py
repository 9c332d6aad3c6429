"""Errors of the report: writing the HTML file and printing it to PDF."""

from __future__ import annotations

from ..errors import NorthwardError


class ReportError(NorthwardError):
    """The report could not be written; nothing half-written is left behind."""

    code = "NW900"


class ChromiumMissing(ReportError):
    code = "NW901"
    default_hint = ("install Chromium (Debian/Ubuntu: `apt-get install chromium`) or set "
                    "NORTHWARD_CHROMIUM to its path; the HTML report works without it")


class PdfFailed(ReportError):
    code = "NW902"
    default_hint = "open the HTML report in a browser and print it to PDF instead"
