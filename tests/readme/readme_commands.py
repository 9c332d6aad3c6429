"""The commands of the README's shell blocks, as a reader would paste them.

A block is a fenced ```bash, ```sh, ```shell or ```console block. In bash blocks every line is a
command (a trailing backslash continues it, `#` starts a comment); in console blocks only the lines
after a `$ ` prompt are. Each command keeps its line in the README, for the failure message.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

SHELLS = ("bash", "sh", "shell", "console")
FENCE = re.compile(r"^```\s*([A-Za-z]*)\s*$")


@dataclass(frozen=True)
class Command:
    line: int      # 1-based line of the README where the command starts
    text: str      # the command without its comment, continuations joined
    shown: str = ""  # console blocks: the output the README shows after it

    @property
    def argv(self) -> list[str]:
        """The words, without leading VAR=value assignments."""
        words = shlex.split(self.text)
        while words and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*=\S*", words[0]):
            words.pop(0)
        return words

    @property
    def shows_error(self) -> bool:
        """The README shows this command failing with a northward error (so exit 2 is the example)."""
        return bool(re.search(r"^error NW\d+", self.shown, re.M))

    @property
    def program(self) -> str:
        return self.argv[0] if self.argv else ""

    def __str__(self) -> str:
        return f"README line {self.line}: {self.text}"


def strip_comment(text: str) -> str:
    """The command without a trailing `# comment` (a # inside quotes is kept)."""
    out, quote = [], ""
    for i, ch in enumerate(text):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or text[i - 1].isspace()):
            break
        out.append(ch)
    return "".join(out).strip()


def commands(readme: Path) -> list[Command]:
    """Every command of every shell block, in README order."""
    found: list[Command] = []
    lang: str | None = None
    pending, start, block_start = "", 0, 0
    for n, raw in enumerate(readme.read_text(encoding="utf-8").splitlines(), start=1):
        fence = FENCE.match(raw.strip())
        if fence:
            lang = None if lang is not None else fence.group(1).lower()
            pending, block_start = "", n
            continue
        if lang not in SHELLS:
            continue
        line = raw.rstrip()
        if lang == "console" and not pending:
            if not line.startswith("$ "):
                if found and found[-1].line >= block_start:  # output shown after the last command
                    last = found[-1]
                    found[-1] = Command(last.line, last.text, last.shown + line + "\n")
                continue
            line = line[2:]
        if not pending:
            start = n
        if line.endswith("\\"):
            pending += line[:-1].strip() + " "
            continue
        text = strip_comment(pending + line.strip())
        pending = ""
        if text:
            found.append(Command(start, text))
    return found
