"""Choose the real-text items that corpus/real/ annotates, from ../shared/data/real-dev.

Deterministic: the same data gives the same selection. FLORES-200 dev lines first (every Wikinews
line with a digit, then Wikinews lines with a number word, then Wikivoyage/Wikibooks lines with a
digit), then UN dev lines with a digit, spread over documents by a hash of the line id. Prints a JSON
array with one object per chosen line: {"id", "set", "url" or "doc"} (not JSON Lines, so that the
corpus readers, which take every .jsonl below corpus/, do not read it as items). The annotators read
the text from the shared file by id; corpus/real/README.md records the selection.

    python scripts/select_real.py > corpus/real/selection.json
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "real-dev"
NUMBER_WORD = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|half|dozens?|hundreds|thousands|millions|percent)\b",
    re.I,
)
FLORES_WIKINEWS_WORDS = 20
FLORES_OTHER = 16
UN_LINES = 60


def _rank(line_id: str) -> str:
    return hashlib.sha256(line_id.encode()).hexdigest()


def select() -> list[dict[str, str]]:
    flores = [json.loads(x) for x in (DATA / "flores200_dev.jsonl").read_text(encoding="utf-8").splitlines()]
    news = [r for r in flores if r["domain"] == "wikinews"]
    chosen = [r for r in news if r["has_digit"]]
    chosen += sorted((r for r in news if not r["has_digit"] and NUMBER_WORD.search(r["en"])), key=lambda r: _rank(r["id"]))[
        :FLORES_WIKINEWS_WORDS
    ]
    other = sorted((r for r in flores if r["domain"] != "wikinews" and r["has_digit"]), key=lambda r: _rank(r["id"]))
    chosen += other[:FLORES_OTHER]
    out = [{"id": r["id"], "set": "flores", "url": r["url"]} for r in chosen]
    un = [json.loads(x) for x in (DATA / "un_dev.jsonl").read_text(encoding="utf-8").splitlines()]
    candidates = sorted(
        (r for r in un if r["has_digit"] and 40 <= len(r["en"]) <= 400), key=lambda r: _rank(r["id"])
    )
    seen_docs: dict[str, int] = {}
    for r in candidates:
        if seen_docs.get(r["doc"], 0) >= 2:  # at most two lines from one document
            continue
        seen_docs[r["doc"]] = seen_docs.get(r["doc"], 0) + 1
        out.append({"id": r["id"], "set": "un", "doc": r["doc"]})
        if sum(1 for o in out if o["set"] == "un") == UN_LINES:
            break
    return out


if __name__ == "__main__":
    items = [json.dumps(item, ensure_ascii=False) for item in select()]
    sys.stdout.write("[\n" + ",\n".join(items) + "\n]\n")
