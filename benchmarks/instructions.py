"""Instructions of the number stage on text it has not read, counted by callgrind.

CPU time on a shared host moves by tens of per cent between identical runs; the count of
instructions does not (repeated runs agree within 0.01%). This script reads the articles of
``benchmarks/articles.py``, passes the number stage over the first half of a language's documents
(packs loaded, caches warm), then counts the instructions of one pass over the second half, as the
timed pass of ``articles.py --unseen`` reads it::

    python benchmarks/instructions.py ar en fr        # needs valgrind on PATH
    python benchmarks/instructions.py --extract ar     # claimx.extract (NER on) of every 5th document

To compare two trees, run each tree's own copy (``articles.py`` puts its tree's ``src`` first on
the path), each with a private cache (``CLAIMX_CACHE_DIR``); ``PYTHONHASHSEED`` is set here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from itertools import starmap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _counted_extract(lang: str) -> None:
    """``--extract``: the pass counted is ``claimx.extract`` of every fifth document (NER on, the
    language detected), after one pass over the same documents."""
    import articles as A

    import claimx

    texts = [A.as_text(d) for d in A.documents()[lang]][::5]
    for t in texts:
        claimx.extract(t)
    for _ in starmap(claimx.extract, [(t,) for t in texts]):
        pass


def _counted_pass(lang: str) -> None:
    """The pass callgrind counts: only the calls of ``starmap`` over the second half (collection is
    switched on in ``starmap``'s iteration)."""
    import articles as A

    from claimx.normalize import normalize
    from claimx.packs import load_pack
    from claimx.quantities import find_quantities
    from claimx.segment import paragraphs

    texts = [A.as_text(d) for d in A.documents()[lang]]
    half, pack = len(texts) // 2, load_pack(lang)
    first = [t[s:e] for t in texts[:half] for s, e in paragraphs(t)]
    second = [t[s:e] for t in texts[half:] for s, e in paragraphs(t)]
    for p in first:
        find_quantities(normalize(p).text, pack)

    def step(p: str) -> None:
        find_quantities(normalize(p).text, pack)

    for _ in starmap(step, [(p,) for p in second]):
        pass


def main() -> None:
    if len(sys.argv) > 3 and sys.argv[1] == "--inner":
        (_counted_extract if sys.argv[2] == "extract" else _counted_pass)(sys.argv[3])
        return
    env = dict(os.environ, PYTHONHASHSEED="0")
    args = sys.argv[1:]
    stage = "extract" if "--extract" in args else "numbers"
    for lang in [a for a in args if not a.startswith("--")] or ["ar", "en", "fr"]:
        inner = [sys.executable, __file__, "--inner", stage, lang]
        for _ in range(2):  # warm the caches of compiled packs and words
            subprocess.run(inner, env=env, check=True)
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=starmap_next",
             "--callgrind-out-file=/dev/null", *inner],
            env=env, capture_output=True, text=True, check=True,
        ).stderr
        m = re.search(r"Collected : (\d+)", out)
        print(f"{lang}: {int(m.group(1)):,} instructions" if m else f"{lang}: no count ({out[-200:]})")


if __name__ == "__main__":
    main()
