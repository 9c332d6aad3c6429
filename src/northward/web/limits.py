"""Limits on what a request may send, and the clear messages when it sends more."""

from __future__ import annotations

from ..errors import NorthwardError

MAX_BODY_BYTES = 2 * 1024 * 1024      # an upload or a pasted text, as sent
MAX_TEXT_CHARS = 200_000              # a text to audit, after decoding
MAX_QUERY_CHARS = 200                 # a search query or keyword


class RequestTooLarge(NorthwardError):
    code = "NW901"
    default_hint = (f"send at most {MAX_BODY_BYTES // (1024 * 1024)} MB; "
                    "split the document and audit it in parts")


class TextTooLong(NorthwardError):
    code = "NW902"
    default_hint = f"audit at most {MAX_TEXT_CHARS:,} characters at a time; split the text into parts"


class BadInput(NorthwardError):
    code = "NW903"


def check_text(text: str, field: str = "text") -> str:
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLong(f"the {field} has {len(text):,} characters, more than the limit of "
                          f"{MAX_TEXT_CHARS:,}", column=field)
    if not text.strip():
        raise BadInput(f"the {field} is empty", column=field, hint="paste a text or choose a file to audit")
    return text


def check_query(value: str, field: str = "q") -> str:
    if len(value) > MAX_QUERY_CHARS:
        raise BadInput(f"the {field} has {len(value)} characters, more than {MAX_QUERY_CHARS}", column=field,
                       hint="shorten the query")
    return value


def decode_upload(data: bytes, filename: str | None) -> str:
    """The text of an uploaded file (UTF-8, UTF-16 with BOM, or GB18030), or a clear error."""
    if len(data) > MAX_BODY_BYTES:
        raise RequestTooLarge(f"the file {filename or ''} has {len(data):,} bytes, more than the limit",
                              file=filename)
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BadInput("the file is not text in UTF-8, UTF-16 or GB18030", file=filename,
                   hint="save it as plain text (.txt, UTF-8) and upload it again")
