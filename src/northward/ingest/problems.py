"""The errors an import can raise: each names the file, the line, the column and the fix."""

from __future__ import annotations

from ..errors import IngestError


class ImportOptionError(IngestError):
    """The options do not say what the file cannot: the flow, the period, the currency."""

    code = "NW320"


class EncodingProblem(IngestError):
    """The bytes are not text in the detected (or given) encoding."""

    code = "NW321"
    default_hint = "pass --encoding gb18030, gbk, utf-8 or utf-8-sig if the detection was wrong"


class LayoutProblem(IngestError):
    """The header is not one northward knows: a required column is missing or a name is unknown."""

    code = "NW322"


class CellProblem(IngestError):
    """A cell holds something other than what its column expects (a number, a code, a date)."""

    code = "NW323"
    default_hint = "correct the cell in the file, or pass --on-error skip to set the row aside"


class CsvStructureProblem(IngestError):
    """The file is not a well-formed CSV (a quote left open, a row with too many fields)."""

    code = "NW324"
    default_hint = "re-download the file; if it was edited, save it again as CSV with every field quoted"


class EmptyFile(IngestError):
    code = "NW325"
    default_hint = "the download has a header and no rows: check the query on the platform"


class ComtradeProblem(IngestError):
    code = "NW330"


class MappingProblem(IngestError):
    """`import table --map` names a column the file lacks or a field northward does not know."""

    code = "NW340"
