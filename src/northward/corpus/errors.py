"""The corpus's errors: each a stable code under NW5xx, with the fix."""

from __future__ import annotations

from ..errors import CorpusError


class UnreadableDocument(CorpusError):
    code = "NW501"
    default_hint = "check the file exists, is readable, and is a .txt, .html, .pdf, .docx or .jsonl file"


class EmptyDocument(CorpusError):
    code = "NW502"
    default_hint = "the file has no text to index; check you picked the right file"


class BinaryDocument(CorpusError):
    code = "NW503"
    default_hint = "only text (.txt), HTML, PDF, DOCX and JSON-lines files can be imported"


class ImageOnlyPdf(CorpusError):
    code = "NW504"
    default_hint = "the PDF holds scanned images without a text layer; run OCR on it first (e.g. ocrmypdf)"


class UnknownEncoding(CorpusError):
    code = "NW505"
    default_hint = "convert the file to UTF-8, or pass --encoding (e.g. gb18030, big5)"


class OversizeDocument(CorpusError):
    code = "NW506"
    default_hint = "split the file, or raise the limit with --max-mb"


class DocumentNotFound(CorpusError):
    code = "NW510"
    default_hint = "run `northward docs list` to see the document ids"


class BadQuery(CorpusError):
    code = "NW520"
    default_hint = 'write words separated by spaces; use "quotes" for phrases, AND / OR / NOT, and parentheses'


class MissingExtra(CorpusError):
    code = "NW530"
    default_hint = "pip install 'northward[crosslingual]'"


class IndexOutOfDate(CorpusError):
    code = "NW540"
    default_hint = "run `northward docs embed` to (re)compute the cross-lingual vectors"
