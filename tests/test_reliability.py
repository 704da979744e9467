"""Reliability (issue 12): inputs that crashed the extractor, each pinned by a row.

A date or duration outside the calendar (before 1 January 1, after 31 December 9999) or a day the
year lacks gives a claim whose time is unresolved, never an exception; a value beyond
:data:`claimx.quantities.MAX_VALUE` is no claim; lone surrogates never reach the language detector
or the NER models.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import socket
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import claimx
from claimx.batch import Options, expand_inputs, run
from claimx.model import plain_number
from claimx.normalize import normalize, valid_text
from claimx.quantities import MAX_VALUE
from tests import fuzzing
from tests.conftest import CLAIMX, ROOT, run_process

D = dt.date

# (text, lang, published, the claim's text, its value, the time expression's text or None)
# Each row's claim must come out with its time unresolved (start and end null).
UNRESOLVED_TIME = [
    ("Temperatures rose by 2 degrees in the past 800,000 years.", "en", D(2022, 1, 1),
     "2 degrees", 2, "in the past 800,000 years"),
    ("LONDON, 3 March 2022 - Temperatures rose by 2 degrees in the past 800,000 years.", "en", None,
     "2 degrees", 2, "in the past 800,000 years"),
    ("Some 5,000 people left 10000000000000000000 days ago.", "en", D(2022, 1, 1),
     "Some 5,000", 5000, None),  # an "ago" beyond the calendar is no time at all (corpus/README.md)
    ("About 5,000 voters are expected to register by 29 February.", "en", D(2024, 2, 10),
     "About 5,000", 5000, "by 29 February"),
    ("Quelque 5 000 électeurs doivent s'inscrire d'ici le 29 février.", "fr", D(2024, 2, 10),
     "Quelque 5 000", 5000, "d'ici le 29 février"),
    ("سجل 5 آلاف ناخب حتى 29 فبراير.", "ar", D(2024, 2, 10), "5 آلاف", 5000, "حتى 29 فبراير"),
    ("More than 5,000 people fled on Tuesday.", "en", D(1, 1, 1), "More than 5,000", 5000, "on Tuesday"),
    ("More than 5,000 people fled last week.", "en", D(1, 1, 1), "More than 5,000", 5000, "last week"),
    ("More than 5,000 people fled yesterday.", "en", D(1, 1, 1), "More than 5,000", 5000, "yesterday"),
    ("Exports rose by 5,000 tonnes last quarter.", "en", D(1, 1, 1), "5,000 tonnes", 5_000_000, "last quarter"),
    ("Exports rose by 5,000 tonnes in the fourth quarter.", "en", D(1, 1, 1),
     "5,000 tonnes", 5_000_000, "fourth quarter"),
    ("More than 5,000 people will flee next year.", "en", D(9999, 12, 31),
     "More than 5,000", 5000, "next year"),
    ("More than 5,000 people will flee next month.", "en", D(9999, 12, 31),
     "More than 5,000", 5000, "next month"),
    ("More than 5,000 people will flee next week.", "en", D(9999, 12, 31),
     "More than 5,000", 5000, "next week"),
]


@pytest.mark.parametrize(
    "text, lang, published, quoted, value, when", UNRESOLVED_TIME,
    # "seven million years ago" is no calendar time at all: its duration is the claim (tests/test_crash_rows.py)
    ids=["past-800000-years", "dateline-800000-years", "days-ago-20-digits", "29-feb-en",
         "29-feb-fr", "29-feb-ar", "date-min-weekday", "date-min-last-week", "date-min-yesterday",
         "date-min-last-quarter", "date-min-fourth-quarter", "date-max-next-year", "date-max-next-month", "date-max-next-week"],
)
def test_a_time_outside_the_calendar_is_unresolved(
    text: str, lang: str, published: dt.date | None, quoted: str, value: int, when: str | None
) -> None:
    claims = claimx.extract(text, lang=lang, published=published)
    c = next(c for c in claims if c.text == quoted)
    assert c.quantity.value == value
    if when is None:
        assert c.time is None
    else:
        assert c.time is not None and c.time.text == when
        assert (c.time.start, c.time.end) == (None, None)
    json.dumps(c.to_dict())


def test_29_february_resolves_where_the_year_has_it() -> None:
    c, = claimx.extract("About 5,000 people registered on 29 February.", lang="en", published=D(2024, 3, 10))
    assert c.time is not None and (c.time.start, c.time.end) == ("2024-02-29", "2024-02-29")


@pytest.mark.parametrize(
    "published, start, end",
    [(D(1, 1, 8), "0001-01-02", "0001-01-02"), (D(9999, 12, 31), "9999-12-28", "9999-12-28")],
    ids=["date-min-week", "date-max"],
)
def test_times_inside_the_calendar_still_resolve_at_its_edges(published: dt.date, start: str, end: str) -> None:
    c, = claimx.extract("More than 5,000 people fled on Tuesday.", lang="en", published=published)
    assert c.time is not None and (c.time.start, c.time.end) == (start, end)


# Values: a sane magnitude bound; no conversion error in records.
@pytest.mark.parametrize(
    "text",
    ["1" + "0" * 4300 + " people were counted.", "5 " + "billion " * 500 + "people",
     "Some " + "9" * 30 + " dollars were spent."],
    ids=["4300-digits", "billion-x500", "30-digits"],
)
def test_a_value_beyond_the_bound_is_no_claim(text: str) -> None:
    assert claimx.extract(text, lang="en") == []


def test_the_bound_keeps_large_real_values() -> None:
    c, = claimx.extract("The central bank printed 100 trillion Zimbabwe dollars.", lang="en")
    assert c.quantity.value == 10**14


def test_a_long_decimal_value_rounds_without_error() -> None:
    c, = claimx.extract("The debt reached 123456789012345.678901 dollars.", lang="en")
    assert c.quantity.unit == "currency:USD"
    assert json.loads(json.dumps(c.to_dict()))["quantity"]["value"] == pytest.approx(123456789012345.68)


def test_a_decimal_beyond_the_bound_is_dropped_without_error() -> None:
    # The row: 1e19 dollars is past MAX_VALUE (1e18), so no claim, and no decimal.InvalidOperation.
    assert claimx.extract("The debt reached 10000000000000000000.5 dollars.", lang="en") == []


@pytest.mark.parametrize(
    "value, expected",
    [("1.5", 1.5), ("12345.1234567895", 12345.12345679), ("10000000000000000000.5", 1e19), ("0.000123", 0.000123),
     ("-3.25", -3.25), ("42", 42)],
)
def test_plain_number(value: str, expected: float) -> None:
    assert plain_number(Decimal(value)) == expected


# Invalid strings (lone surrogates) never reach the detector or the NER models.
@pytest.mark.parametrize(
    "text, lang, quoted",
    [("More than 5,000 people fled.\ud800", None, "More than 5,000"),
     ("أعلن\udc80ء، قتل 7 أشخاص", "ar", "7"),  # the "أعلن\udc80ء،7" has no counted noun: no claim
     ("Plus de 5 000 personnes \udfff ont fui la Syrie, selon l'ONU.", None, "Plus de 5 000"),
     ("\ud83d More than 5,000 people fled Syria, the UN said.", "en", "More than 5,000")],
    ids=["detector", "ner-ar", "fr-middle", "en-high-surrogate"],
)
def test_lone_surrogates(text: str, lang: str | None, quoted: str) -> None:
    assert claimx.extract("أعلن\udc80ء،7", lang="ar") is not None  # the minimal row: no exception
    claims = claimx.extract(text, lang=lang)
    c = next(c for c in claims if c.text == quoted)
    assert text[c.span[0] : c.span[1]] == c.text


def test_normalisation_replaces_surrogates_and_keeps_offsets() -> None:
    raw = "a\udc80\u064eb 5"
    norm = normalize(raw)
    assert norm.text == "a\ufffdb 5"
    assert norm.raw_span(3, 4) == (4, 5)
    assert valid_text(raw) == "a\ufffd\u064eb 5" and len(valid_text(raw)) == len(raw)
    assert normalize("\ud800 5").text == "\ufffd 5" and normalize("\ud800 5").offsets is None


# -- the command line keeps its promise: every bad file one line, every good record written ----------

def _corpus_texts(n: int) -> list[tuple[str, str]]:
    items = []
    for f in sorted(f for lang in ("ar", "en", "fr") for f in (ROOT / "corpus" / lang).glob("*.jsonl")):
        items += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(it["doc"], it["text"]) for it in items[:: max(1, len(items) // n)][:n]]


def _unprivileged() -> list[str]:
    """A command prefix under which file permissions apply (root reads a mode-000 file otherwise)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: unreadable files cannot be made")
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str], dict[str, str]]]:
    """A folder of 50 good files and one of each bad kind; the good texts and the bad files' names.
    Made once for the module: the runs only read it."""
    root = tmp_path_factory.mktemp("archive") / "in"
    root.mkdir()
    good: dict[str, str] = {}
    for i, (doc, text) in enumerate(_corpus_texts(50)):
        name = f"good/{i:02d}-{doc}"
        (root / "good").mkdir(exist_ok=True)
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
        good[name] = text
    bad = {
        "pipe": "a named pipe (FIFO)", "sock": "a socket", "null": "a device", "locked": "permission denied",
        "closed": "directory cannot be read", "binary": "binary file", "truncated": "invalid utf-8",
    }
    os.mkfifo(root / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(root / "sock.txt"))
    (root / "null.txt").symlink_to(os.devnull)
    (root / "locked.txt").write_text("More than 5,000 people fled.", encoding="utf-8")
    (root / "locked.txt").chmod(0)
    (root / "closed").mkdir()
    (root / "closed" / "inside.txt").write_text("More than 5,000 people fled.", encoding="utf-8")
    (root / "closed").chmod(0)
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    # Good text for 70 KB, then a byte that is not UTF-8: the error comes after paragraphs were read.
    head = "\n\n".join(["More than 5,000 people fled the city on 21 September 2022, the UN said."] * 1000)
    (root / "truncated.txt").write_bytes(head.encode() + b"\n\nPlus de 200 personnes \xff\xfe ont fui.\n")
    try:
        yield root, good, bad
    finally:
        server.close()
        (root / "closed").chmod(0o755)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_folder_with_every_bad_kind(archive: tuple[Path, dict[str, str], dict[str, str]], workers: str) -> None:
    root, good, bad = archive
    res = run_process(
        [*_unprivileged(), *CLAIMX, "extract", str(root), "--workers", workers, "--ner", "none", "--date", "2022-10-04"])
    assert res.returncode == 1
    lines = res.stderr.decode("utf-8").splitlines()
    assert "Traceback" not in res.stderr.decode("utf-8")
    assert len(lines) == len(bad), lines
    for name, message in bad.items():
        assert sum(1 for line in lines if f"/{name}" in line and message in line) == 1, (name, lines)
    recs = [json.loads(line) for line in res.stdout.decode("utf-8").splitlines()]
    got: dict[str, list[dict[str, object]]] = {}
    for r in recs:
        got.setdefault(str(r["doc"]), []).append(r)
    for name, text in good.items():
        want = [c.to_dict() for c in claimx.extract(text, doc=name, published="2022-10-04", ner=None)]
        assert got.get(name, []) == want, name
    # the truncated file keeps the records of the paragraphs read before the bad byte
    assert len(got["truncated"]) > 100
    assert set(got) == set(good) | {"truncated"}


def test_bad_paths_given_by_name(archive: tuple[Path, dict[str, str], dict[str, str]]) -> None:
    root, good, _ = archive
    first = sorted(good)[0]
    res = run_process(
        [*_unprivileged(), *CLAIMX, "extract", str(root / "pipe.txt"), str(root / "closed" / "inside.txt"),
         str(root / "closed"), str(root / "sock.txt"), os.devnull, str(root / f"{first}.txt"), "--ner", "none"])
    err = res.stderr.decode("utf-8")
    assert res.returncode == 1 and "Traceback" not in err
    assert len(err.splitlines()) == 5, err
    assert "a named pipe" in err and "permission denied" in err and "directory cannot be read" in err
    assert "a socket" in err and "a device" in err
    docs = {json.loads(line)["doc"] for line in res.stdout.decode("utf-8").splitlines()}
    assert docs == {Path(first).name}


BAD_PARAGRAPH = "Zorglub"


def failing_ner(lang: str, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """A NER backend (the documented callable interface) that fails on one paragraph's text."""
    if any(BAD_PARAGRAPH in t for t in texts):
        raise RuntimeError("backend failed")
    return [[] for _ in texts]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_paragraph_is_named_and_the_rest_kept(tmp_path: Path, workers: int) -> None:
    ok = "\n\n".join(f"More than {n},000 people fled to Chad, the UN refugee agency said." for n in range(2, 8))
    bad = ok + f"\n\nSome 3,000 people fled, said {BAD_PARAGRAPH} Dupont, the agency spokesman.\n\n" + ok
    paths = []
    for i in range(4):
        p = tmp_path / f"f{i}.txt"
        p.write_text(bad if i == 1 else ok, encoding="utf-8")
        paths.append(str(p))
    out: list[str] = []
    opts = Options(published=D(2022, 10, 4), ner=failing_ner)  # type: ignore[arg-type]
    summary = run(expand_inputs(paths), opts, lambda text: out.append(str(text)), workers=workers, err=io.StringIO())
    assert len(summary.errors) == 1
    line, = summary.errors
    at = bad.index(BAD_PARAGRAPH) - len("Some 3,000 people fled, said ")
    assert f"f1.txt: the paragraph at character {at}: extraction failed (RuntimeError: backend failed)" in line
    recs = [json.loads(r) for r in "".join(out).splitlines()]
    assert sum(1 for r in recs if r["doc"] == "f1") == 12
    assert sum(1 for r in recs if r["doc"] == "f0") == 6 and len(recs) == 30


# -- linear time: the date pattern is tried once per run of days; caches hold no long strings --------

DAY_RUNS = [
    ("en", "12, 15, 17, 21, 3, 9 and 30 were the daily counts, then 2, 4 and 5 September 2022 came."),
    ("fr", "Les 2, 3 et 4 octobre, puis 12-5-17-21-3-2022 et 5, 6, 7, 8 septembre, 11/10/2022."),
    ("ar", "سجلت 12، 15، 17، 21 حالة، ثم 2 و3 و4 أكتوبر 2022، و 3-4-12-5-2022."),
    ("en", "Cases: " + ", ".join(str(i % 31 + 1) for i in range(300)) + " September, 1-2-3-4-5-6, 7/8/2022."),
    ("fr", "Cas : " + " - ".join(str(i % 40) for i in range(300)) + " et 1er, 2 et 3 mars."),
    # numbers of three digits or more, where only a numeric date may start
    ("en", "On 2015-03-21, 1,200 people; 2020/5/6, 123 September, 2022-10-05, 12345 May 2020, 1999 and 200/3/2022."),
    ("ar", "في 2015-03-21 و1,200 شخص و123 مارس و2022/10/05 و 12345 أكتوبر 2020 و2019-2020."),
]


@pytest.mark.parametrize("lang, text", DAY_RUNS)
def test_the_date_scan_answers_as_the_date_pattern(lang: str, text: str) -> None:
    from claimx.packs import DateScan, load_pack

    pack = load_pack(lang)
    scan = DateScan(text, pack)
    starts = [i for i, ch in enumerate(text) if ch.isdigit() and (i == 0 or not text[i - 1].isdigit())]
    for pos in starts:
        for endpos in (None, min(len(text), pos + 200)):
            want = pack.date_re.match(text, pos, len(text) if endpos is None else endpos)
            got = scan.match(pos, endpos)
            assert (got.span() if got else None) == (want.span() if want else None), (pos, endpos)


MONTH_AFTER_DAYS = DAY_RUNS + [
    ("en", "3 and September, 5 - May 2020, May 3, 456 people, 1st and 2nd of May, 21-23 September."),
    ("fr", "du 1er au 3 mars, les 2, 3 et 4 octobre 2021, 5 à 7 avril, 12 et avril."),
    ("ar", "١٣-١٧نيسان/أبريل، 2 و3 و4 أكتوبر، 5 ومايو، في 3 و 4 مايو 2020."),
]


@pytest.mark.parametrize("lang, text", MONTH_AFTER_DAYS)
def test_the_run_of_days_before_a_month_needs_no_backtracking(lang: str, text: str) -> None:
    """The date pattern takes a run of days whole (atomic): it matches what the same pattern
    backtracking through shorter runs matches."""
    import regex

    from claimx.packs import load_pack

    pack = load_pack(lang)
    atomic = pack.day_run_re.pattern
    assert atomic.startswith("(?>") and atomic in pack.date_re.pattern
    backtracking = regex.compile(pack.date_re.pattern.replace(atomic, "(?:" + atomic[3:], 1), pack.date_re.flags)
    for pos in range(len(text)):
        for endpos in (len(text), min(len(text), pos + 30)):
            got, want = pack.date_re.match(text, pos, endpos), backtracking.match(text, pos, endpos)
            assert (got.span() if got else None) == (want.span() if want else None), (pos, endpos)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_list_of_daily_counts_gives_its_numbers(lang: str) -> None:
    counts = [str(40 + i % 50) for i in range(400)]
    text = {"en": "Daily cases: ", "fr": "Cas quotidiens : ", "ar": "الحالات اليومية: "}[lang] + ", ".join(counts) + "."
    claims = claimx.extract(text, lang=lang, ner=None)
    assert [c.text for c in claims] == counts


def test_the_string_cache_keeps_no_long_sentence() -> None:
    import tracemalloc

    from claimx.normalize import CACHED_CHARS, norm_key

    text = "More than " + "12,000 people, " * 400 + "fled."
    claimx.extract(text, lang="en", ner=None)  # warm: packs and patterns
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    claimx.extract(text.replace("12,000", "13,000"), lang="en", ner=None)
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert grown < 1_000_000, grown  # the sentence's halves, normalised for each claim, are not kept
    assert norm_key("  A  LONG " * CACHED_CHARS) == "a long " * (CACHED_CHARS - 1) + "a long"


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_number_reads_its_neighbours_not_the_whole_paragraph(lang: str) -> None:
    """The regex module looks for a pattern's required string ("of", "de", "من", "(") to the end of the
    text on each ``match``, even one anchored at a position: the tests run at each number are bounded
    to its neighbourhood, or a paragraph of n numbers costs n times its length (benchmarks/linear.py:
    a list of 2,700 counts, 10 KB, took 2.3 s before, 0.5 s after)."""
    import time

    from claimx.packs import load_pack
    from claimx.quantities.model import Atom
    from claimx.quantities.predicates import is_line_label
    from claimx.quantities.scan import Scan

    text = "Cases: " + "12, 5 " * 200_000  # 1.2 MB with no skip word and no line start after the first
    f = Scan(text, load_pack(lang))
    positions = range(9, 9 + 6 * 500, 6)
    t0 = time.process_time()
    for pos in positions:
        f.counted_after(pos)
        is_line_label(f, Atom(start=pos - 2, end=pos, value=Decimal(12), kind="digits", num_end=pos))
    assert time.process_time() - t0 < 0.5  # about 0.01 s; 5 to 10 s when each call read to the end


def test_a_sentence_of_many_attributions_is_read_once() -> None:
    """Found by benchmarks/fuzz.py: each cue of ``قالت الأمم المتحدة - ...`` read the sentence back to
    its start for its clause and its apposition (0.3 s at 2.7 KB, quadratic in the cues)."""
    import time

    text = "\u200f قالت الأمم المتحدة )\u200f " + " - ".join(["قالت الأمم المتحدة"] * 300) + " 0 million - 0 million "
    check_claims(text[:200], None, None, None)  # warm
    t0 = time.process_time()
    check_claims(text, None, None, None)
    assert time.process_time() - t0 < 0.5  # about 0.03 s; 2 s before


def test_clause_starts_read_once_answer_as_the_bounded_search() -> None:
    from claimx.entities import _clause_start, _Sentence

    text = "Le ministre, M. X, a dit - selon lui : « 5 » (a) [b] — c; d. e! f ? g– h, i—j. k \u060c l \u061b m. n"
    for s0 in (0, 3, 13):
        sent = _Sentence(text, s0, len(text), ())
        for pos in range(s0, len(text) + 1):
            assert sent.clause_start(pos) == _clause_start(text, s0, pos), (s0, pos)


def _fold_by_character(text: str) -> tuple[str, list[int]]:
    """What ``events._fold`` gives, a character at a time (as it was written before it folded a run at a time)."""
    out: list[str] = []
    pos: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                pos.append(i)
            continue
        for c in ch.casefold():
            out.append(c)
            pos.append(i)
    if out and out[-1] == " ":
        out.pop()
        pos.pop()
    return "".join(out), pos


FOLDED = [
    " Daily cases:  12,000 people, 12,000 people,  were reported. ",
    "STRASSE  ẞ ß ﬁ ŉ ǰ ΐ İ ı ΑΣ ς\u0345\t\n\x1c\x85\xa0\u2000\u2028\u3000x",
    "قالت  الأمم المتحدة\u200f  إن 5 آلاف شخص فروا. ",
    "\t\n  ",
    "".join(chr(i) for i in range(0x80, 0x2100, 3)),
]


@pytest.mark.parametrize("text", FOLDED + [" ".join(FOLDED[-1])])
def test_folding_a_run_at_a_time_answers_as_a_character_at_a_time(text: str) -> None:
    from claimx.events import _fold

    key, pos = _fold(text)
    assert (key, pos if pos is not None else list(range(len(key)))) == _fold_by_character(text)


def test_the_events_of_a_sentence_read_on_its_first_claim_are_its_own() -> None:
    """A paragraph's sentences are read for events only where a claim is, each once: every claim
    gets the event its sentence alone gives (``detect_event``)."""
    from claimx.events import detect_event
    from claimx.packs import load_pack

    text = ("No number here. Floods killed 12 people and injured 40 others on Monday. "
            "Another sentence without one. Some 3,000 residents fled, the UN said, and 2 schools closed.")
    claims = claimx.extract(text, lang="en", ner=None)
    assert [c.text for c in claims] == ["12", "40", "Some 3,000", "2"]
    assert [c.event for c in claims][:2] == ["killed", "injured"]
    for c in claims:
        start = text.index(c.sentence)
        assert c.event == detect_event(c.sentence, c.span[0] - start, c.span[1] - start, load_pack("en"))


@pytest.mark.parametrize("lang, tail, value", [("en", "two and a half years", 78_840_000), ("fr", "deux ans et demi", 78_840_000),
                                              ("en", "2 and a half million people", 2_500_000)])
def test_a_half_is_read_far_into_a_list_of_counts(lang: str, tail: str, value: float) -> None:
    """The half word is matched in the number's neighbourhood (not to the end of the paragraph):
    after 1,000 counts it is read as in a sentence of its own."""
    text = "Cases: " + ", ".join(str(i % 40 + 1) for i in range(1000)) + f"; it lasted {tail}."
    alone = claimx.extract(f"It lasted {tail}.", lang=lang, ner=None)
    last = claimx.extract(text, lang=lang, ner=None)[-1]
    assert (last.text, last.quantity.value, last.quantity.unit) == (alone[0].text, alone[0].quantity.value, alone[0].quantity.unit)
    assert alone[0].quantity.value == value  # in seconds for a duration


def test_a_window_without_what_phones_hold_holds_no_phone() -> None:
    """``masks.may_hold_phone`` gates the phone search: wherever ``PHONE`` finds a number, the gate
    lets it through (random windows over the characters phone numbers are written with)."""
    import random

    from claimx.quantities.masks import PHONE, may_hold_phone

    rnd = random.Random(12)
    found = 0
    for _ in range(20_000):
        w = "".join(rnd.choice("0123456789012 .-+()٣a") for _ in range(rnd.randint(5, 45)))
        if PHONE.search(w) is not None:
            found += 1
            assert may_hold_phone(w), w
    assert found > 100
    assert not may_hold_phone("12, 5, 33, 7, 40, 10 ") and may_hold_phone("call 01 23 45 67 89")
    assert not may_hold_phone("بين عامي 2020 و2021")  # a 0 before a digit is no phone's mark alone


def test_the_cues_that_name_an_entity_are_those_pick_cue_tested_one_by_one() -> None:
    from claimx.entities import Cue, Mention, naming_cues

    mentions = [Mention("country", "EG", 10, 15), Mention("organization", "UN", 30, 32), Mention("person", None, 50, 50)]
    cues = [Cue(0, 8, 16), Cue(0, 10, 14), Cue(0, 29, 40), Cue(0, 31, 40), Cue(0, 50, 50), Cue(0, 40, 49), Cue(0, 0, 100)]
    one_by_one = {c for c in cues if any(c.start <= m.start and m.end <= c.end for m in mentions)}
    assert naming_cues(cues, mentions) == one_by_one == {cues[0], cues[2], cues[4], cues[6]}


def test_a_clause_without_breaks_is_not_read_from_its_start_at_each_verb() -> None:
    """The long fuzz's slow input: "the UN said " 300 times (3.7 KB, 55 ms/KB, 5 now): each verb
    read the clause back to its start, for its breaks and for its words. The clause start found
    from the last characters before a verb, and the subject phrase counted up to ten words, answer
    as the whole reading does."""
    from claimx.entities import _clause_start, _phrase_before, _Sentence, gazetteer
    from claimx.normalize import norm_key
    from claimx.packs import load_pack

    gz = gazetteer(load_pack("en"))
    for text in ("the UN said " * 100 + "5 people - fled, he said", "x" * 40 + " - " + "a, b. " * 20 + "said the UN " * 50):
        for s0 in (0, 7):
            sent = _Sentence(text, s0, len(text), ())
            for pos in range(s0, len(text) + 1):
                assert sent.clause_start(pos) == _clause_start(text, s0, pos), (s0, pos)
        sent = _Sentence(text, 0, len(text), ())
        for pos in range(0, len(text), 3):
            start = _clause_start(text, 0, pos)
            opener = gz.openers_re.match(text[start:pos])
            start += opener.end() if opener else 0
            phrase = text[start:pos].strip()
            words = _words_of(phrase)
            ends_badly = bool(words) and norm_key(words[-1]) in gz.not_last  # "… said the": no subject ends so
            want = None if not words else (pos, pos) if len(words) > 9 or any(c.isdigit() for c in phrase) or ends_badly else "span"
            got = _phrase_before(text, sent, pos, gz)
            assert (got if got is None or got == (pos, pos) else "span") == want, pos


def _words_of(text: str) -> list[str]:
    """The words of ``text`` as ``_phrase_before`` reads them."""
    from claimx.entities import _WORD

    return list(_WORD.findall(text))


@pytest.mark.parametrize("lang, text", [
    ("fr", "selon l'ONU " * 400 + "aged 65, over the next 11997187 years"),  # the long fuzz's slow input (41 ms/KB, 6 now)
    ("fr", "Selon l'ONU, 12 personnes, a précisé le ministère, et selon lui 5 autres, a-t-il dit ; selon la FAO : 7 cas."),
    ("en", "According to the UN, 12 people died, the ministry said, and 5 more, he added (according to WHO) - 7 cases."),
])
def test_the_next_break_and_stop_word_after_each_cue_are_those_a_search_finds(lang: str, text: str) -> None:
    """Each attribution cue reads the phrase after it up to the next clause break or stop word: a
    sentence remembers its last search of each, answering a later cue before what it found (a
    sentence of 400 ``selon l'ONU`` and no break made each cue search the rest of it)."""
    import random

    from claimx.entities import _BREAK, _Sentence, find_sources, gazetteer
    from claimx.packs import load_pack

    gz = gazetteer(load_pack(lang))
    sent = _Sentence(text, 0, len(text), ())
    rnd = random.Random(3)
    queries = [(p, len(text)) for p in range(0, len(text), 7)] + [(rnd.randrange(len(text)), rnd.randrange(len(text) + 1)) for _ in range(300)]
    for pattern in (_BREAK, gz.stop_re):
        for pos, end in queries + sorted(queries):
            got, want = sent.next_match(pattern, pos, end), pattern.search(text, pos, end)
            assert (got.span() if got else None) == (want.span() if want else None), (pos, end)
    assert len(find_sources(text, (0, len(text)), gz)) >= 3


def test_the_cue_picked_by_bisection_is_the_one_pick_cue_picks() -> None:
    """``CuePicker`` reads a sentence's cues once (a sentence of attributed counts, 20 KB, cost 10.8
    ms/KB against 7.4 at 5 KB, each claim hashing each cue); it picks what ``pick_cue`` picks, with
    cues at one position, anaphors, weak verbs, phrases naming an entity or not, and scopes past a
    claim, before the cue or (read one by one) after it."""
    import random

    from claimx.entities import Cue, CuePicker, Mention, pick_cue

    rnd = random.Random(5)
    for trial in range(300):
        mentions = [Mention("country", "EG", a, a + 3) for a in rnd.sample(range(0, 200), 6)]
        cues = []
        for _ in range(rnd.randint(0, 40)):
            at = rnd.randrange(0, 200)
            start = rnd.randrange(0, 200)
            scope = rnd.choice([0, max(0, at - rnd.randrange(0, 30)), at, at + (trial % 2) * rnd.randrange(0, 5)])
            cues.append(Cue(at, start, start + rnd.randrange(0, 12), weak=rnd.random() < 0.3, scope=scope,
                            anaphor=rnd.random() < 0.2))
        picker = CuePicker(cues, mentions)
        for x in range(0, 205):
            assert picker.pick(x) == pick_cue(cues, x, mentions), (trial, x)


@pytest.mark.parametrize("lang, unit", [("en", "12 people, Egypt and the UN said, "), ("fr", "12 personnes, selon l'ONU à Paris, "),
                                        ("ar", "قالت الأمم المتحدة في مصر 12 شخصا، "), ("en", "12 people in Egypt, ")])
def test_a_list_of_attributed_counts_gives_each_claim_its_source_and_entities(lang: str, unit: str) -> None:
    """What the claims of one sentence share (cues naming an entity, entity records, location words)
    is read once for the sentence: each claim of a long list gets what it gets in a short one."""
    short = claimx.extract("Daily: " + unit * 3 + "fled.", lang=lang, ner=None)
    long = claimx.extract("Daily: " + unit * 60 + "fled.", lang=lang, ner=None)
    assert len(short) == 3 and len(long) == 60
    assert long[0].source == short[0].source
    shift = len(unit) * 57
    last = [(e.kind, e.id, e.text, (e.span[0] - shift, e.span[1] - shift), e.role) for e in long[-1].entities][-len(short[-1].entities):]
    assert last == [(e.kind, e.id, e.text, e.span, e.role) for e in short[-1].entities]


# -- structured fuzzing: a fixed, derandomised budget here; benchmarks/fuzz.py runs it long -----------

def check_claims(text: str, lang: str | None, published: dt.date | None, ner: str | None = "spacy") -> list[claimx.Claim]:
    """One fuzz call: extract must return claims that quote the input and serialise."""
    claims = claimx.extract(text, lang=lang, published=published, ner=ner)
    assert isinstance(claims, list)
    for c in claims:
        assert text[c.span[0] : c.span[1]] == c.text
        d = json.loads(json.dumps(c.to_dict()))
        assert d["schema"] == "claimx/1" and d["key"] == c.key
        assert abs(c.quantity.value) <= MAX_VALUE
        if c.time is not None:
            for bound in (c.time.start, c.time.end):
                assert bound is None or dt.date.fromisoformat(bound)
    return claims


@settings(max_examples=120, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(fuzzing.texts(), fuzzing.languages, fuzzing.publication_dates)
def test_structured_fuzz(text: str, lang: str | None, published: dt.date | None) -> None:
    check_claims(text, lang, published)


YEAR_LISTS = [
    ("fr", "Cas : " + ", ".join(f"{i % 37 + 1}, {1990 + i % 40}" for i in range(300)) + " signalés."),
    ("en", "In 2015, 12 cases were reported, while 31 in 2016 and 4 on Monday; the ministry said on Tuesday that "
     + ", ".join(f"{i % 23 + 2} in {2000 + i % 25}" for i in range(200)) + " and 7 since 2010 when 9 died."),
    ("ar", "قالت الوزارة يوم الاثنين إن " + " و".join(f"{i % 19 + 2} في عام {1995 + i % 30}" for i in range(200)) + " بينما 5 منذ 2010."),
]


@pytest.mark.parametrize("lang, text", YEAR_LISTS)
def test_the_time_of_each_claim_found_by_bisection_is_the_nearest_of_all(lang: str, text: str) -> None:
    """A list of counts and years gives each claim the time expression the rule names (the nearest
    in its clause, outside it, not a statement's own day first) found by bisection, as reading
    every expression of the sentence at each claim gave (the square of the list: 10 KB took 0.4 s);
    and a year tells whether it is a claim's number by bisection too."""
    from claimx.packs import load_pack
    from claimx.quantities import find_quantities
    from claimx.time import find_times
    from claimx.time.govern import _rank

    norm, pack = normalize(text), load_pack(lang)
    numbers = [(h.start, h.end) for h in find_quantities(norm.text, pack)]
    sentence = (0, len(norm.text))
    index = find_times(norm, pack, dt.date(2022, 10, 4), [sentence], numbers=numbers)
    c = index._clauses(sentence)
    assert len(c.hits) > 100 and c.sides is not None
    for lo, hi in numbers:
        def nearest(j: int, events_only: bool) -> list[object]:
            c_hi = c.cuts[j + 1] if j + 1 < len(c.cuts) else sentence[1]
            here = [h for h in c.hits if c.cuts[j] <= h.start < c_hi and (h.end <= lo or h.start >= hi)]
            return [h for h in here if not (events_only and h.reporting)]

        i = max(k for k, cut in enumerate(c.cuts) if cut <= lo)
        here = nearest(i, False)
        if not here and i + 1 < len(c.cuts) and c.kinds[i + 1] == "temporal":
            here = nearest(i + 1, True)
        events_only = False
        while not here and c.kinds[i] in ("link", "temporal"):
            events_only = events_only or c.kinds[i] == "temporal"
            i -= 1
            here = nearest(i, events_only)
        want = index.settle(min(here, key=lambda h: _rank(h, lo, hi))) if here else None  # type: ignore[arg-type]
        assert index.govern(sentence, (lo, hi)) == want, (lo, hi)
    f = index._finder
    for s in range(0, len(norm.text) - 4, 3):
        assert f.overlaps_number(s, s + 4) == any(a < s + 4 and s < b for a, b in numbers), s
