"""Report classes over 200 lines, functions over 60 lines and raw pack reads outside packs/.

Run: python scripts/size_check.py [src_dir]. Exits 1 when any item is over its bar.
The same scan backs tests/test_structure.py.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

CLASS_BAR = 200
FUNCTION_BAR = 60
RAW_READ = re.compile(r"""\bdata\[["']""")


@dataclass(frozen=True)
class Offender:
    kind: str  # "class", "function" or "raw-read"
    path: str  # relative to the scanned root
    name: str
    size: int  # lines (0 for raw reads)
    line: int


def _walk(tree: ast.AST, path: str, prefix: str = "") -> list[Offender]:
    out: list[Offender] = []
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            name = prefix + node.name
            size = (node.end_lineno or node.lineno) - node.lineno + 1
            if isinstance(node, ast.ClassDef):
                if size > CLASS_BAR:
                    out.append(Offender("class", path, name, size, node.lineno))
            elif size > FUNCTION_BAR:
                out.append(Offender("function", path, name, size, node.lineno))
            out.extend(_walk(node, path, name + "."))
        else:
            out.extend(_walk(node, path, prefix))
    return out


def scan(root: Path) -> list[Offender]:
    """Every class, function and raw `data["…"]` read under `root` (a `src/claimx` folder) over its bar."""
    out: list[Offender] = []
    for file in sorted(root.rglob("*.py")):
        rel = file.relative_to(root).as_posix()
        text = file.read_text(encoding="utf-8")
        out.extend(_walk(ast.parse(text), rel))
        if rel.startswith("packs/"):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if RAW_READ.search(line):
                out.append(Offender("raw-read", rel, line.strip(), 0, number))
    return out


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "src" / "claimx"
    found = scan(root)
    for o in found:
        size = f"{o.size} lines" if o.size else ""
        print(f"{o.kind:9} {o.path}:{o.line} {o.name} {size}".rstrip())
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
