"""Many inputs, in order or in parallel: what ``claimx extract`` runs.

- Inputs are files, ``-`` (standard input) and directories, which are walked recursively (hidden
  files and folders skipped). A file found in a directory is named by its path relative to that
  directory without its suffix (``2022/10/kz.txt`` → doc ``2022/10/kz``); a file given by name is
  named by its stem, as before.
- ``workers == 1`` extracts in this process and streams each file's records as they come;
  ``workers > 1`` extracts whole files in worker processes (packs and models load once per worker)
  and writes each file's records when it finishes, so a crash loses no finished file.
- A file that cannot be read (or whose extraction fails) is collected and reported at the end,
  one line each; the others still run. A paragraph whose extraction raises is named in that line
  and the file's other records are kept. Named pipes, sockets and devices are refused unopened;
  a directory that cannot be listed is reported, never skipped silently.
- Output is only ever written in whole lines: a Ctrl-C during a write is held until the write is
  done, so JSON Lines and CSV output stay valid, and ``resume=True`` carries on from them.
"""

from __future__ import annotations

import codecs
import csv
import fnmatch
import io
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from claimx.errors import UsageError as UsageError  # re-exported: the old import path
from claimx.extract import iter_paragraph_claims
from claimx.frame import COLUMNS, flat_row
from claimx.model import Claim
from claimx.entities import gazetteer
from claimx.packs import available_languages, load_pack
from claimx.packs.patterns import compile_all
from claimx.page import HTML_SUFFIXES, looks_like_html, page_claims, read_page
from claimx.segment import LanguageTally, paragraphs
from claimx.textio import InputError, read_head, read_paragraphs, read_text

STREAM_FORMATS = ("jsonl", "csv")  # written as files finish; can be resumed
_FLUSH_BYTES = 1 << 18


@dataclass(frozen=True, slots=True)
class Job:
    """One input: ``path`` (``-`` is standard input) and the ``doc`` name its records carry.

    ``at`` is set for one ``{doc, text}`` item of a JSON Lines file: the byte offset of its line.
    """

    path: str
    doc: str
    at: int | None = None
    problem: str | None = None  # known before reading (a directory that cannot be listed): fails with this


#: The files a directory is read for when no ``--glob`` is given.
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")


@dataclass(frozen=True, slots=True)
class Options:
    lang: str | None = None
    published: Any = None  # datetime.date | None
    encoding: str | None = None
    fmt: str = "jsonl"
    ner: str | None = "spacy"  # the NER backend by name (a name, so that Options pickles to workers)


@dataclass(slots=True)
class FileResult:
    job: Job
    rendered: str = ""  # jsonl/csv lines, for the streaming formats
    claims: list[Claim] = field(default_factory=list)  # for table/parquet
    count: int = 0
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    text: str = ""  # --format html: the text the claims' spans point into


def doc_name(path: str) -> str:
    return "stdin" if path == "-" else Path(path).stem


def expand_inputs(inputs: Sequence[str], exclude: Iterable[str | Path] = (), globs: Sequence[str] = ()) -> list[Job]:
    """The jobs for the command-line inputs, directories walked in sorted order.

    A directory gives its text-like files (:data:`TEXT_SUFFIXES`), or with ``globs`` the files whose
    path relative to it or whose name matches one of the patterns; a file given by name is always
    read. A ``.jsonl`` file gives one job per ``{"doc": ..., "text": ...}`` line. Two files that
    would get the same doc name (``kz.txt`` and ``kz.md``) are named with their suffix instead
    (``kz.txt``, ``kz.md``), so every document keeps a distinct name for ``--resume``.

    A path written with a trailing separator must be an existing directory (else
    :class:`UsageError`); any other missing path becomes a job that fails with "no such file", as
    a missing file always has.
    """
    skip = {Path(p).resolve() for p in exclude}
    found: list[tuple[str, list[str]]] = []  # (path, doc names to try in order)
    problems: list[Job] = []  # directories that cannot be listed: reported, never skipped
    for raw in inputs:
        p = Path(raw)
        try:
            is_dir = raw != "-" and p.is_dir()
        except OSError:  # a path below an unreadable directory: the job reports it when opened
            is_dir = False
        if is_dir:
            for f, problem in _walk(p):
                if problem is not None:
                    name = f.relative_to(p).as_posix() if f != p and f.is_relative_to(p) else p.name
                    problems.append(Job(str(f), name, problem=problem))
                    continue
                rel = f.relative_to(p)
                if f.resolve() in skip or not _wanted(rel, globs):
                    continue
                found.append((str(f), [rel.with_suffix("").as_posix(), rel.as_posix()]))
        elif raw.endswith(("/", os.sep)):
            raise UsageError(f"{raw}: no such directory")
        else:
            found.append((raw, [doc_name(raw), p.name, raw]))
    taken = Counter(names[0] for _, names in found)
    jobs: list[Job] = []
    for path, names in found:
        doc = names[0]
        if taken[doc] > 1:  # the same stem twice: the name with its suffix (else the path as given)
            doc = names[1] if sum(1 for _, n in found if n[1] == names[1]) == 1 else names[-1]
        if path.lower().endswith(".jsonl") and Path(path).is_file():
            try:
                jobs.extend(_items(path, doc))
            except OSError as exc:  # unreadable: the job fails with the reason, in its turn
                jobs.append(Job(path, doc, problem=f"{path}: cannot be read ({exc.strerror or exc})"))
        else:
            jobs.append(Job(path, doc))
    return jobs + problems


def _walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    """The files under ``root`` in sorted order, each with None; a directory that cannot be listed
    comes with the reason instead (so it is reported, not skipped)."""
    unlisted: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unlisted.append):
        while unlisted:
            yield from _unlisted(unlisted.pop(0))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name, None
    for exc in unlisted:
        yield from _unlisted(exc)


def _unlisted(exc: OSError) -> Iterator[tuple[Path, str | None]]:
    where = exc.filename if exc.filename is not None else "?"
    yield Path(where), f"{where}: directory cannot be read ({exc.strerror or exc}); its files were not processed"


def _wanted(rel: Path, globs: Sequence[str]) -> bool:
    if not globs:
        return rel.suffix.lower() in TEXT_SUFFIXES
    return any(fnmatch.fnmatch(rel.as_posix(), g) or fnmatch.fnmatch(rel.name, g) for g in globs)


def _items(path: str, doc: str) -> Iterator[Job]:
    """One job per non-blank line of a JSON Lines file of ``{doc, text}`` items.

    The line is parsed here only for its ``doc`` (``<file doc>:<line>`` when it has none); a line
    that is not such an item becomes a job that fails with the reason when it runs.
    """
    at = 0
    with open(path, "rb") as fh:
        for n, line in enumerate(fh, 1):
            here, at = at, at + len(line)
            if not line.strip():
                continue
            name = f"{doc}:{n}"
            try:
                item = json.loads(line)
                if isinstance(item, dict) and isinstance(item.get("doc"), str) and item["doc"]:
                    name = item["doc"]
            except ValueError:
                pass
            yield Job(path, name, at=here)


def _item_text(job: Job) -> str:
    assert job.at is not None
    try:
        with open(job.path, "rb") as fh:
            fh.seek(job.at)
            line = fh.readline()
    except OSError as exc:
        raise InputError(f"{job.path}: cannot be read ({exc.strerror or exc})") from None
    n = f"{job.path} (item {job.doc})"
    try:
        item = json.loads(line)
    except ValueError as exc:
        raise InputError(f"{n}: not a JSON line ({exc})") from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str) or "schema" in item:
        raise InputError(f"{n}: not a {{\"doc\": ..., \"text\": ...}} item (JSON Lines inputs hold one document a line)")
    text: str = item["text"]
    return text


# -- rendering ---------------------------------------------------------------------------------------

def _csv_cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, str):
        return v.replace("\r", " ").replace("\n", " ")  # one physical line per record
    return v


def _render_each(claims: Iterable[Claim], fmt: str, failed: list[tuple[int, Exception]]) -> str:
    """:func:`render`, leaving out (into ``failed``, by character offset) a claim that cannot be written."""
    out = []
    for c in claims:
        try:
            out.append(render((c,), fmt))
        except Exception as exc:
            failed.append((c.span[0], exc))
    return "".join(out)


def _failure_line(path: str, failed: list[tuple[int, Exception]], kept: int) -> str:
    """One line for the paragraphs of a file whose extraction raised; the rest of it was kept."""
    first, exc = min(failed, key=lambda f: f[0])
    what = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
    many = f"{len(failed)} paragraphs failed, the first at" if len(failed) > 1 else "the paragraph at"
    return f"{path}: {many} character {first}: extraction failed ({what}); the file's other {kept} record(s) were kept"


def render(claims: Iterable[Claim], fmt: str) -> str:
    """The claims as JSON Lines or CSV rows (no header), each record on one line."""
    if fmt == "jsonl":
        return "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in claims)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for c in claims:
        row = flat_row(c)
        row["sentence"] = " ".join(c.sentence.split())
        w.writerow([_csv_cell(row[k]) for k in COLUMNS])
    return buf.getvalue()


def csv_header() -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(list(COLUMNS))
    return buf.getvalue()


def _skip_note(path: str, skipped: list[int]) -> str:
    return (f"claimx: {path}: {len(skipped)} paragraph(s) in an unsupported language skipped "
            f"(first at character {skipped[0]}); claimx reads {', '.join(available_languages())}")


def _mismatch_note(path: str, lang: str, tally: LanguageTally) -> str | None:
    """A warning when the forced ``--lang`` is clearly not the language of the file's text."""
    other = tally.mismatch(lang)
    if other is None:
        return None
    n, total = tally.seen[other], sum(tally.seen.values())
    return (f"claimx: {path}: warning: --lang {lang} was given but the text reads as {other} ({n} of {total} "
            f"paragraph(s) checked); its claims may be missed or wrong (leave --lang out to detect the language "
            f"per paragraph)")


def _tallied(parts: Iterable[tuple[int, str]], tally: LanguageTally | None) -> Iterator[tuple[int, str]]:
    for offset, paragraph in parts:
        if tally is not None:
            tally.add(paragraph)
        yield offset, paragraph


def _is_page(path: str) -> bool:
    """A web page: an HTML suffix, or a file (not standard input) whose text starts with markup."""
    if Path(path).suffix.lower() in HTML_SUFFIXES:
        return True
    if path == "-":
        return False
    try:
        head = read_head(path, 4096)  # refuses pipes, sockets and devices unread: never blocks
    except (InputError, OSError):
        return False  # read_paragraphs reports it
    return looks_like_html(path, head.decode("utf-8", errors="replace").lstrip("\ufeff"))


def _claims(job: Job, opts: Options, skipped: list[int], failed: list[tuple[int, Exception]],
            keep: list[str] | None = None, tally: LanguageTally | None = None) -> Iterator[Claim]:
    """The claims of one job, streamed; a paragraph that fails goes to ``failed`` (offset, error);
    ``keep`` (when given) receives the text the spans point into; ``tally`` (when given) the
    paragraphs' languages, as they are read."""
    if job.problem is not None:
        raise InputError(job.problem)

    def on_error(offset: int, exc: Exception) -> None:
        failed.append((offset, exc))

    if job.at is not None:
        text = _item_text(job)
    elif _is_page(job.path):
        text = read_text(job.path, encoding=opts.encoding)
    elif keep is not None:
        text = read_text(job.path, encoding=opts.encoding)
    else:
        parts = _tallied(read_paragraphs(job.path, encoding=opts.encoding), tally)
        return iter_paragraph_claims(parts, lang=opts.lang, published=opts.published, doc=job.doc,
                                     on_skip=skipped.append, ner=opts.ner, on_error=on_error)
    if looks_like_html(job.path if job.at is None else "", text):
        page = read_page(text)
        if keep is not None:
            keep.append(page.text)
        for _ in _tallied(((a, page.text[a:b]) for a, b in paragraphs(page.text)), tally):
            pass
        return page_claims(page, lang=opts.lang, published=opts.published, doc=job.doc,
                           ner=opts.ner, on_skip=skipped.append, on_error=on_error)
    if keep is not None:
        keep.append(text)
    items = _tallied(((a, text[a:b]) for a, b in paragraphs(text)), tally)
    return iter_paragraph_claims(items, lang=opts.lang, published=opts.published, doc=job.doc,
                                 on_skip=skipped.append, ner=opts.ner, on_error=on_error)


def _file_error(job: Job, exc: Exception, kept: int) -> str:
    if isinstance(exc, InputError):
        return str(exc)
    what = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
    return f"{job.path}: extraction failed ({what}); {kept} record(s) found before it were kept"


def run_file(job: Job, opts: Options) -> FileResult:
    """Extract one whole file; every failure is caught and returned as ``error`` (the records
    found before it, and those of the other paragraphs, are kept)."""
    res = FileResult(job)
    skipped: list[int] = []
    keep: list[str] | None = [] if opts.fmt == "html" else None
    failed: list[tuple[int, Exception]] = []
    claims: list[Claim] = []
    tally = LanguageTally() if opts.lang is not None else None
    try:
        for c in _claims(job, opts, skipped, failed, keep, tally):
            claims.append(c)
    except Exception as exc:  # a bug on one odd file must not stop a run over thousands
        res.error = _file_error(job, exc, len(claims))
    if opts.fmt in STREAM_FORMATS:
        res.rendered = _render_each(claims, opts.fmt, failed)
        res.count = res.rendered.count("\n")
    else:
        res.claims = claims
        res.count = len(claims)
    if keep:
        res.text = keep[0]
    if failed and res.error is None:
        res.error = _failure_line(job.path, failed, res.count)
    _add_notes(res, opts, skipped, tally)
    return res


def _add_notes(res: FileResult, opts: Options, skipped: list[int], tally: LanguageTally | None) -> None:
    if tally is not None and opts.lang is not None:
        note = _mismatch_note(res.job.path, opts.lang, tally)
        if note is not None:
            res.notes.append(note)
    if skipped:
        res.notes.append(_skip_note(res.job.path, skipped))


_WARM = ("More than 200,000 people left last week.\n\nPlus de 200 000 personnes depuis le 21 septembre.\n\n"
         "أكثر من 200 ألف شخص منذ 21 سبتمبر.")


def warm_up() -> None:
    """Load the packs, the language detector and the date tables once (a no-op when done already),
    with every pattern of the packs and gazetteers compiled (they compile when first used
    otherwise, in each worker: see :func:`claimx.packs.patterns.compile_all`)."""
    for code in available_languages():
        pack = load_pack(code)
        compile_all(pack)
        compile_all(gazetteer(pack))
    list(iter_paragraph_claims(enumerate(_WARM.split("\n\n"))))


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the workers
    warm_up()


# -- output ------------------------------------------------------------------------------------------

class _Hold:
    """Holds Ctrl-C while a block runs (so output is written in whole lines), then raises it."""

    def __init__(self) -> None:
        self.pending = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = signal.getsignal(signal.SIGINT)

        def defer(signum: int, frame: Any) -> None:
            self.pending = True

        signal.signal(signal.SIGINT, defer)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)
            if self.pending:
                self.pending = False
                raise KeyboardInterrupt


def resume_state(path: Path, fmt: str) -> set[str]:
    """The docs already complete in an earlier run's output, which is cut back to them.

    Records are written one file at a time, so only the last document in the output can be
    incomplete (a run killed while writing it); a trailing partial line and that last document's
    lines are removed and it is extracted again.
    """
    if fmt not in STREAM_FORMATS:
        raise UsageError(f"--resume works with --format jsonl or csv, not {fmt}")
    if not path.exists() or path.stat().st_size == 0:
        return set()
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1  # drop a trailing partial line
    docs: list[tuple[str, int]] = []  # (doc, byte offset of its line)
    pos = 0
    lines = data[:end].split(b"\n")[:-1]
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        try:
            if fmt == "jsonl":
                doc = json.loads(line)["doc"]
            else:
                if i == 0:
                    if next(csv.reader([line.decode("utf-8")])) != list(COLUMNS):
                        raise ValueError("header")
                    continue
                doc = next(csv.reader([line.decode("utf-8")]))[1]
        except (ValueError, KeyError, TypeError, IndexError, StopIteration):
            raise UsageError(f"{path}: line {i + 1} is not claimx {fmt} output; cannot resume from it") from None
        docs.append((str(doc), start))
    cut = end
    if docs:
        last = docs[-1][0]
        cut = min(off for d, off in docs if d == last)
        docs = [(d, o) for d, o in docs if o < cut]
    if cut < len(data):
        with path.open("r+b") as fh:
            fh.truncate(cut)
    return {d for d, _ in docs}


class _Progress:
    """A one-line progress bar on a terminal; nothing when the stream is not one."""

    def __init__(self, total: int, stream: IO[str]) -> None:
        self.total = total
        self.stream = stream
        self.on = total > 1 and _isatty(stream)
        self.t0 = time.monotonic()
        self.last = 0.0
        self.shown = False

    def update(self, done: int, claims: int, failed: int, force: bool = False) -> None:
        if not self.on:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.1:
            return
        self.last = now
        rate = done / max(now - self.t0, 1e-9)
        eta = (self.total - done) / rate if rate > 0 else 0.0
        width = 24
        filled = int(width * done / max(self.total, 1))
        line = (f"\rclaimx [{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} files "
                f"{claims:,} claims {failed} failed {rate:.1f} files/s ETA {int(eta // 60)}:{int(eta % 60):02d}")
        self.stream.write(line + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@dataclass
class Summary:
    files: int = 0
    done: int = 0
    claims: int = 0
    skipped: int = 0  # files skipped by --resume
    errors: list[str] = field(default_factory=list)
    interrupted: bool = False


def run(
    jobs: Sequence[Job],
    opts: Options,
    write: Callable[[FileResult | str], None],
    workers: int = 1,
    err: IO[str] | None = None,
    done_docs: set[str] | None = None,
) -> Summary:
    """Extract every job and hand the results to ``write`` as files finish.

    ``write`` receives rendered text for the streaming formats (possibly several times per file
    in serial mode) or the finished :class:`FileResult` otherwise; it is called with Ctrl-C held.
    Errors are returned in the summary (in input order), not printed; notes (skipped paragraphs)
    are printed to ``err`` as they come. A Ctrl-C sets ``interrupted`` and returns.
    """
    err = err if err is not None else sys.stderr
    if workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    todo = [j for j in jobs if not done_docs or j.doc not in done_docs]
    summary = Summary(files=len(todo), skipped=len(jobs) - len(todo))
    progress = _Progress(len(todo), err)
    hold = _Hold()
    errors: dict[int, str] = {}

    def finished(i: int, res: FileResult) -> None:
        summary.done += 1
        summary.claims += res.count
        if res.error is not None:
            errors[i] = res.error
        if res.notes:
            progress.clear()
            for n in res.notes:
                print(n, file=err)
        progress.update(summary.done, summary.claims, len(errors))

    try:
        if workers == 1 or len(todo) <= 1:
            for i, job in enumerate(todo):
                finished(i, _serial(job, opts, write, hold))
        else:
            # standard input is read here; files go to the workers
            for i, job in enumerate(todo):
                if job.path == "-":
                    finished(i, _serial(job, opts, write, hold))
            _parallel([(i, j) for i, j in enumerate(todo) if j.path != "-"], opts, write, workers, hold, finished)
        progress.update(summary.done, summary.claims, len(errors), force=True)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        progress.clear()
        summary.errors = [errors[i] for i in sorted(errors)]
    return summary


def _serial(job: Job, opts: Options, write: Callable[[FileResult | str], None], hold: _Hold) -> FileResult:
    if opts.fmt not in STREAM_FORMATS:
        res = run_file(job, opts)
        if res.claims:
            with hold():
                write(res)
        return res
    # stream: memory stays flat on a huge file; lines are written whole, in batches
    res = FileResult(job)
    skipped: list[int] = []
    failed: list[tuple[int, Exception]] = []
    pending: list[Claim] = []
    size = 0
    tally = LanguageTally() if opts.lang is not None else None

    def flush() -> None:
        text = _render_each(pending, opts.fmt, failed)
        res.count += text.count("\n")
        if text:
            with hold():
                write(text)

    try:
        for c in _claims(job, opts, skipped, failed, tally=tally):
            pending.append(c)
            size += len(c.sentence) + 300
            if size >= _FLUSH_BYTES:
                flush()
                pending, size = [], 0
    except Exception as exc:
        res.error = _file_error(job, exc, res.count + len(pending))
    if pending:
        flush()
    if failed and res.error is None:
        res.error = _failure_line(job.path, failed, res.count)
    _add_notes(res, opts, skipped, tally)
    return res


#: Set when a Ctrl-C stopped the workers of a pool: a worker stopped while it wrote its result leaves
#: the pool's reading thread waiting for the rest of the message, which the interpreter's exit would
#: join forever; the command line then leaves without that join (``cli.main``).
POOL_ABANDONED = threading.Event()


def _context() -> Any:
    # fork starts workers at once with the packs already imported; elsewhere the platform default
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _parallel(
    todo: list[tuple[int, Job]],
    opts: Options,
    write: Callable[[FileResult | str], None],
    workers: int,
    hold: _Hold,
    finished: Callable[[int, FileResult], None],
) -> None:
    if not todo:
        return
    ctx = _context()
    if ctx.get_start_method() == "fork":
        warm_up()  # once here, shared by every forked worker
    pool = ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=ctx, initializer=_init_worker)
    queue = iter(todo)
    running: dict[Future[FileResult], tuple[int, Job]] = {}
    try:
        # keep a bounded number of files in flight so results never pile up
        for i, job in queue:
            running[pool.submit(run_file, job, opts)] = (i, job)
            if len(running) >= 4 * workers:
                break
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in done:
                i, job = running.pop(fut)
                try:
                    res = fut.result()
                except Exception as exc:  # BrokenProcessPool: a worker died (killed, out of memory)
                    res = FileResult(job, error=f"{job.path}: not processed, a worker process died ({type(exc).__name__})")
                if res.rendered or res.claims:  # a file that failed part-way keeps what it gave
                    with hold():
                        write(res.rendered if opts.fmt in STREAM_FORMATS else res)
                finished(i, res)
                nxt = next(queue, None)
                if nxt is not None:
                    try:
                        running[pool.submit(run_file, nxt[1], opts)] = nxt
                    except RuntimeError:  # the pool is broken: report what is left
                        for i2, job2 in [nxt, *queue]:
                            finished(i2, FileResult(job2, error=f"{job2.path}: not processed, a worker process died"))
    except BaseException:  # Ctrl-C, a closed pipe: stop the workers now rather than after their queue
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            proc.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        POOL_ABANDONED.set()
        raise
    pool.shutdown(wait=True)


def check_encoding(encoding: str | None) -> None:
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UsageError(f"unknown encoding {encoding!r}") from None
