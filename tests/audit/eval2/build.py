"""Build the second evaluation set's files from the authored excerpts.

    .venv/bin/python -m tests.audit.eval2.build                        # rebuild from the files here
    .venv/bin/python -m tests.audit.eval2.build AUTHORED.yaml SOURCES.yaml
    .venv/bin/python -m tests.audit.eval2.build --fresh AUTHORED.yaml SOURCES.yaml   # the fresh part
    .venv/bin/python -m tests.audit.eval2.build --part fresh2 AUTHORED.yaml SOURCES.yaml   # any later part

To add excerpts, append them to either split file (or give an authored list) and rebuild: each goes
to the side its source's hash says. The build writes ``dev.yaml`` and ``heldout.yaml`` (the
excerpts, split by source with a fixed seed), ``sources.yaml``, and the mutated twins
``dev_mutations.yaml`` / ``heldout_mutations.yaml``. The fresh part (``fresh.yaml``, its sources in
``fresh_sources.yaml``, its twins in ``fresh_mutations.yaml``) is a third side outside the hash: every
fresh excerpt stays fresh, and dev/heldout do not move. Later parts built the same way (``fresh2``: its
excerpts in ``fresh2.yaml``, sources in ``fresh2_sources.yaml``, twins in ``fresh2_mutations.yaml``) are
further sides outside the hash, named in ``PARTS`` (``fresh9`` the latest, ``--part fresh9``). Twins come from the
project's generator (``evalset.mutations``, field ``mutate``) or, where the generator cannot make a breaking
change (compound amounts, a bound that a digit swap keeps true), from a hand-written pair ``twin: [old, new]``.
Each twin changes exactly one figure of a consistent excerpt.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

import yaml

from northward.audit import evalset

HERE = Path(__file__).resolve().parent
SEED = "northward-eval2-2026-12-01"
DEV_SHARE = 0.4
# The hash below which a source is in dev: where the sources, taken in hash order, first held
# DEV_SHARE of the 119 excerpts of 2026-12-01; frozen so that a source added later never moves one.
DEV_BOUNDARY = 0.45841
SPLITS = ("dev", "heldout")
# The third side, built later from pages neither split uses and labelled before any audit ran on it.
FRESH = "fresh"
# Every side outside the hash, in the order they were built; each has its own three files, and each is disjoint from the
# first set, the splits and every part before it (tests/audit/test_eval2.py).
PARTS = (FRESH, "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9")
VERDICTS = ("consistent", "inconsistent", "unverifiable", "basis_differs")
# Order of precedence of a claim's verdict for the verdict of its excerpt.
_PRECEDENCE = ("inconsistent", "basis_differs", "consistent", "unverifiable")


def source_hash(source: str) -> float:
    """A source's place in the fixed-seed shuffle: the first 8 hex digits of a sha256, over 2^32."""
    return int(hashlib.sha256(f"{SEED}:{source}".encode()).hexdigest()[:8], 16) / 2**32


def split_of(source: str) -> str:
    """The split of every excerpt of one source."""
    return "dev" if source_hash(source) < DEV_BOUNDARY else "heldout"


def excerpt_verdict(claims: list[dict[str, Any]]) -> str:
    """The excerpt's verdict: the most severe of its claims' verdicts."""
    found = {c["verdict"] for c in claims}
    return next(v for v in _PRECEDENCE if v in found)


def expected_of(verdict: str) -> str:
    """The loader's three-valued verdict: a figure on a documented different basis is not an error."""
    return "consistent" if verdict == "basis_differs" else verdict


def twins(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mutated twins of the consistent excerpts: the generator's where ``mutate`` is set, else ``twin``."""
    loaded = [
        evalset.EvalItem(
            it["id"],
            it["excerpt"],
            it["lang"],
            it["source"],
            it["expected"],
            it.get("kind", ""),
            it.get("claim", ""),
            None if it.get("mutate") is None else str(it["mutate"]),
        )
        for it in items
    ]
    generated = {m["mutation_of"]: m for m in evalset.mutations(loaded)}
    out: list[dict[str, Any]] = []
    for it in items:
        if it["expected"] != "consistent":
            continue
        if it["id"] in generated:
            out.append(generated[it["id"]])
        elif it.get("twin"):
            old, new = it["twin"]
            if old not in it["excerpt"]:
                raise ValueError(f"{it['id']}: {old!r} is not in the excerpt")
            out.append(
                {
                    "id": f"{it['id']}~m",
                    "mutation_of": it["id"],
                    "mutation": f"{old} → {new} (by hand)",
                    "source": it["source"],
                    "lang": it["lang"],
                    "kind": it.get("kind", ""),
                    "expected": "inconsistent",
                    "excerpt": it["excerpt"].replace(old, new, 1),
                }
            )
    return out


def _entry(it: dict[str, Any], src: dict[str, Any]) -> dict[str, Any]:
    """One excerpt as the split files hold it: its verdicts derived from its claims, its date from its source."""
    verdict = excerpt_verdict(it["claims"])
    entry = {"id": it["id"], "source": it["source"], "lang": it["lang"]}
    if it.get("script"):
        entry["script"] = it["script"]
    entry.update(
        {
            "published": src.get("date"),
            "scope": it.get("scope", []),
            "excerpt": it["excerpt"],
            "claim": it["claim"],
            "kind": it.get("kind", ""),
            "verdict": verdict,
            "expected": expected_of(verdict),
        }
    )
    for key in ("mutate", "twin"):
        if it.get(key) is not None:
            entry[key] = it[key]
    entry["claims"] = it["claims"]
    return entry


def _dump(path: Path, header: str, data: Any) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
    path.write_text(header + text, encoding="utf-8")


def _dump_sources(path: Path, of: str, sources: dict[str, Any]) -> None:
    for src in sources.values():
        src.setdefault("accessed", "2026-12-01")
    _dump(path, f"# Sources of the excerpts of {of}.\n", sources)


def build(items: list[dict[str, Any]], sources: dict[str, Any], out: Path = HERE) -> dict[str, int]:
    """Write the split files, the sources and the twins; return the number of excerpts per split."""
    by_split: dict[str, list[dict[str, Any]]] = {s: [] for s in SPLITS}
    for it in items:
        by_split[split_of(it["source"])].append(_entry(it, sources[it["source"]]))
    header = (
        "# Second evaluation set of the claims audit ({split}): real excerpts, labelled claim by claim.\n"
        "# Built by `python -m tests.audit.eval2.build`; see README.md in this folder for the fields.\n"
    )
    for split in SPLITS:
        _dump(out / f"{split}.yaml", header.format(split=split), by_split[split])
        _dump(
            out / f"{split}_mutations.yaml",
            f"# Mutated twins of {split}.yaml: one figure changed in each (generated, do not edit).\n",
            twins(by_split[split]),
        )
    _dump_sources(out / "sources.yaml", "dev.yaml and heldout.yaml", sources)
    return {s: len(v) for s, v in by_split.items()}


_PART_HEADERS = {
    FRESH: "# Second evaluation set of the claims audit, fresh part: real excerpts from pages neither dev nor heldout\n"
    "# uses, labelled claim by claim before any audit ran on them. Built by `python -m tests.audit.eval2.build`.\n",
}


def _part_header(part: str) -> str:
    default = (
        f"# Second evaluation set of the claims audit, {part} part: real excerpts from pages no earlier part uses,\n"
        "# labelled claim by claim before any audit ran on them. Built by `python -m tests.audit.eval2.build`.\n"
    )
    return _PART_HEADERS.get(part, default)


def build_fresh(items: list[dict[str, Any]], sources: dict[str, Any], out: Path = HERE, part: str = FRESH) -> int:
    """Write one part outside the hash (``fresh``, ``fresh2`` ...), its sources and its twins: every excerpt stays there."""
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}; the parts outside the hash are {', '.join(PARTS)}")
    entries = [_entry(it, sources[it["source"]]) for it in items]
    _dump(out / f"{part}.yaml", _part_header(part), entries)
    _dump(
        out / f"{part}_mutations.yaml",
        f"# Mutated twins of {part}.yaml: one figure changed in each (generated, do not edit).\n",
        twins(entries),
    )
    _dump_sources(out / f"{part}_sources.yaml", f"{part}.yaml", sources)
    return len(entries)


def _part_of(argv: list[str]) -> tuple[str | None, list[str]]:
    """The part named by ``--part NAME`` (or ``--fresh``, the first one) and the remaining arguments."""
    part: str | None = None
    rest: list[str] = []
    args = iter(argv)
    for a in args:
        if a == "--fresh":
            part = FRESH
        elif a == "--part":
            part = next(args)
        else:
            rest.append(a)
    return part, rest


def main(argv: list[str]) -> dict[str, int]:
    """Rebuild from the files here, or from an authored list and its sources (``--part NAME`` for a part outside
    the hash, ``--fresh`` for the first)."""
    part, argv = _part_of(argv)
    if argv:
        items = yaml.safe_load(Path(argv[0]).read_text(encoding="utf-8"))
        sources = yaml.safe_load(Path(argv[1]).read_text(encoding="utf-8"))
        return {part: build_fresh(items, sources, part=part)} if part else build(items, sources)
    counts = build([it for split in SPLITS for it in load(HERE / f"{split}.yaml")], load(HERE / "sources.yaml"))
    for name in PARTS:
        if (HERE / f"{name}.yaml").exists():
            counts[name] = build_fresh(load(HERE / f"{name}.yaml"), load(HERE / f"{name}_sources.yaml"), part=name)
    return counts


def load(path: Path) -> Any:
    """One of the set's YAML files."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    print(main(sys.argv[1:]))
