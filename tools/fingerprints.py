#!/usr/bin/env python3
"""Writes the hashed 8-word fingerprints of the source articles.

    python3 tools/fingerprints.py [SEEDS_DIR] [OUT_FILE]

defaults: ../shared/seeds/ (beside the repository) and
core/tests/fixtures/seed_fingerprints.txt. Only hashes are written, never
source text; core/tests/own_words.rs normalises every content string the
same way and fails when one of its 8-word windows has a hash in the file.

The normalisation, identical in the test:
  1. Unicode NFC, then lower case;
  2. every character that is neither alphanumeric nor whitespace becomes
     a space (so "anh/chị" -> "anh chị", "KPI's" -> "kpi s");
  3. split on whitespace into words;
  4. the pronoun pair "anh chị" becomes the single word "bạn", so a sentence
     copied with "anh/chị" swapped for "bạn" still matches.
Each run of 8 consecutive words is joined by single spaces and hashed with
FNV-1a 64 over its UTF-8 bytes (offset 0xcbf29ce484222325, prime
0x100000001b3); the file lists the distinct hashes as 16 hex digits, sorted.
"""
import pathlib
import sys
import unicodedata

WINDOW = 8
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).lower()
    text = "".join(c if c.isalnum() or c.isspace() else " " for c in text)
    out: list[str] = []
    for w in text.split():
        if w == "chị" and out and out[-1] == "anh":
            out[-1] = "bạn"
        else:
            out.append(w)
    return out


def fnv1a64(data: bytes) -> int:
    h = FNV_OFFSET
    for b in data:
        h ^= b
        h = (h * FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
    return h


def fingerprints(text: str) -> set[int]:
    ws = words(text)
    return {
        fnv1a64(" ".join(ws[i : i + WINDOW]).encode("utf-8"))
        for i in range(len(ws) - WINDOW + 1)
    }


def main() -> None:
    root = pathlib.Path(__file__).resolve().parent.parent
    seeds = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "seeds"
    out = (
        pathlib.Path(sys.argv[2])
        if len(sys.argv) > 2
        else root / "core" / "tests" / "fixtures" / "seed_fingerprints.txt"
    )
    files = sorted(p for p in seeds.iterdir() if p.is_file())
    if not files:
        sys.exit(f"no source articles in {seeds}")
    hashes: set[int] = set()
    for p in files:
        hashes |= fingerprints(p.read_text(encoding="utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="ascii") as f:
        f.write("# FNV-1a 64 of every 8-word window of the source articles; see tools/fingerprints.py\n")
        for h in sorted(hashes):
            f.write(f"{h:016x}\n")
    print(f"{len(hashes)} fingerprints from {len(files)} files -> {out}")


if __name__ == "__main__":
    main()
