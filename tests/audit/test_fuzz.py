"""Any text, however odd, gives a report: findings are data, never a crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from northward.audit.api import audit_text

PIECES = [
    "3.7",
    "1,234.5",
    "3,7",
    "亿",
    "万",
    "млрд",
    "billion",
    "%",
    " times",
    "from ",
    " to ",
    "(about $",
    ")",
    "增长",
    "翻了一番",
    "вдвое",
    "в 2,2 раза",
    "2024",
    "from 2019 to 2024",
    "accounting for ",
    "exports",
    "imports",
    "total trade",
    "Heilongjiang",
    "Russia",
    "nearly ",
    "more than ",
    "。",
    ". ",
    "\n\n",
    "0",
    "-",
    "—",
    "[...]",
    "¥",
    "US$",
    "十二倍",
    "第2位",
    "ranked 2nd",
]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40))
def test_audit_never_raises(parts: list[str]) -> None:
    rep = audit_text("".join(parts))
    for f in rep.findings:
        assert f.verdict in ("consistent", "inconsistent", "unverifiable")
        assert f.claim_id and f.explanation
        if f.verdict == "unverifiable":
            assert f.reason and f.reason != "check_error", f.explanation
    rep.to_dict()
