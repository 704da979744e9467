"""HTML views for people: ``claimx compare --format html`` and ``claimx extract --format html``.

Each page is one self-contained file: the CSS is inline and a Content-Security-Policy forbids every
request (no script, font, image or stylesheet is fetched), so it opens offline and can be mailed.
Every piece of text is escaped. The writing direction of a sentence or paragraph comes from its
first strong character (Unicode bidi class), not from its language code, so right-to-left text
(Arabic) is laid out right to left whatever pack it came from.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from html import escape

from claimx.align import ClaimGroup, countries
from claimx.model import Claim
from claimx.segment import paragraphs

_CSP = "default-src 'none'; style-src 'unsafe-inline'"
_CSS = """
:root { --agree: #1b7f3b; --conflict: #b3261e; --single: #6b6b6b; --mark: #ffe08a; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", sans-serif;
       margin: 0 auto; padding: 1.2rem 1.5rem 3rem; max-width: 1400px; color: #1d1d1f; background: #f6f6f4; }
h1 { font-size: 1.4rem; margin: 0 0 .6rem; }
.summary { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: .8rem 1rem; margin-bottom: 1.2rem; }
.summary .counts { display: flex; gap: .6rem; flex-wrap: wrap; margin: .3rem 0 .6rem; }
.summary table { border-collapse: collapse; font-size: .9rem; }
.summary td, .summary th { padding: .15rem .8rem .15rem 0; text-align: left; }
.badge { display: inline-block; padding: .1rem .55rem; border-radius: 999px; color: #fff; font-weight: 600;
         font-size: .8rem; letter-spacing: .03em; text-transform: uppercase; }
.badge.agree { background: var(--agree); } .badge.conflict { background: var(--conflict); }
.badge.single { background: var(--single); }
.group { background: #fff; border: 1px solid #ddd; border-left: 6px solid var(--single); border-radius: 8px;
         padding: .7rem 1rem; margin: 0 0 1rem; }
.group.agree { border-left-color: var(--agree); } .group.conflict { border-left-color: var(--conflict); }
.group > header { display: flex; gap: .7rem; align-items: baseline; flex-wrap: wrap; margin-bottom: .5rem; }
.group > header .about { color: #444; }
.claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(290px, 1fr)); gap: .7rem; }
.claim { border: 1px solid #e3e3e3; border-radius: 6px; padding: .5rem .7rem; background: #fcfcfb; }
.claim.v1 { border-top: 4px solid #7a5af8; } .claim.v2 { border-top: 4px solid #f79009; }
.claim.v3 { border-top: 4px solid #0ba5ec; } .claim.v4 { border-top: 4px solid #ee46bc; }
.claim dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; margin: 0 0 .4rem; font-size: .88rem; }
.claim dt { color: #666; } .claim dd { margin: 0; }
.claim .value { font-weight: 700; font-size: 1.05rem; }
.sentence { margin: .3rem 0 0; padding: .4rem .6rem; background: #fff; border-radius: 4px; border: 1px solid #eee; }
.sentence[dir="rtl"] { font-size: 1.08rem; }
mark.hit { background: var(--mark); padding: 0 .1em; border-radius: 2px; font-weight: 600; }
.doc { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: .7rem 1.2rem; margin-bottom: 1.2rem; }
.doc p { margin: .5rem 0; }
.doc mark.hit sup { color: #555; font-weight: 400; font-size: .7em; margin-inline-start: .15em; }
.empty { color: #666; font-style: italic; }
"""


def direction(text: str) -> str:
    """``rtl`` when the first strong character of ``text`` is right to left, else ``ltr``."""
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return "rtl"
        if bidi == "L":
            return "ltr"
    return "ltr"


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_CSP}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )


def _value(c: Claim) -> str:
    q = c.quantity
    return f"{q.value:,}" if q.value_high is None else f"{q.value:,}–{q.value_high:,}"


def _time(c: Claim) -> str:
    t = c.time
    if t is None:
        return "—"
    when = f"{t.start or '…'} – {t.end or '…'}" if (t.start or t.end) else "unknown dates"
    return f"{when} ({t.relation}: {t.text})"


def _highlight(sentence: str, text: str) -> str:
    """The sentence escaped, with the claim's text marked (its first occurrence)."""
    at = sentence.find(text) if text else -1
    if at < 0:
        return escape(sentence)
    return (escape(sentence[:at]) + f"<mark class=\"hit\">{escape(text)}</mark>"
            + escape(sentence[at + len(text):]))


def _claim_card(c: Claim, variant: int | None) -> str:
    fields = [
        ("doc", escape(c.doc)),
        ("language", escape(c.lang)),
        ("value", f"<span class=\"value\">{escape(_value(c))}</span>"),
        ("qualifier", escape(c.quantity.qualifier)),
        ("unit", escape(c.quantity.unit)),
        ("counted", escape(c.quantity.counted or "—")),
        ("countries", escape(", ".join(sorted(countries(c))) or "—")),
        ("time", escape(_time(c))),
        ("source", f"<span dir=\"auto\">{escape(c.source.text)}</span>" if c.source else "—"),
        ("event", escape(c.event or "—")),
    ]
    if variant is not None:
        fields.insert(0, ("variant", str(variant + 1)))
    rows = "".join(f"<dt>{k}</dt><dd class=\"f-{k}\">{v}</dd>" for k, v in fields)
    cls = f"claim v{variant + 1}" if variant is not None else "claim"
    return (f"<div class=\"{cls}\" data-id=\"{escape(c.id)}\" data-doc=\"{escape(c.doc)}\" data-lang=\"{escape(c.lang)}\">"
            f"<dl>{rows}</dl><p class=\"sentence\" lang=\"{escape(c.lang)}\" dir=\"{direction(c.sentence)}\">"
            f"{_highlight(c.sentence, c.text)}</p></div>\n")


def render_groups_html(groups: Sequence[ClaimGroup], title: str = "claimx comparison") -> str:
    """The comparison report: a summary, then each group with its claims side by side."""
    counts = Counter(g.label for g in groups)
    docs: dict[str, tuple[set[str], int]] = {}
    for g in groups:
        for c in g.claims:
            langs, n = docs.get(c.doc, (set(), 0))
            langs.add(c.lang)
            docs[c.doc] = (langs, n + 1)
    summary = [
        f"<h1>{escape(title)}</h1>",
        "<section class=\"summary\" id=\"summary\">",
        f"<p>{sum(n for _, n in docs.values())} claims from {len(docs)} document{'s' if len(docs) != 1 else ''} "
        f"in {len(groups)} group{'s' if len(groups) != 1 else ''}.</p>",
        "<div class=\"counts\">" + "".join(
            f"<span class=\"badge {label}\" data-count=\"{counts[label]}\">{counts[label]} {label}</span>"
            for label in ("agree", "conflict", "single")) + "</div>",
        "<table><thead><tr><th>document</th><th>languages</th><th>claims</th></tr></thead><tbody>",
        *(f"<tr><td>{escape(d)}</td><td>{escape(', '.join(sorted(langs)))}</td><td>{n}</td></tr>"
          for d, (langs, n) in docs.items()),
        "</tbody></table>",
        "<p>agree: the documents give compatible figures for one fact; conflict: they contradict each other "
        "(same unit, countries, event and time; the variants are numbered); single: stated by one document only.</p>",
        "</section>",
    ]
    parts = ["\n".join(summary), "\n"]
    if not groups:
        parts.append("<p class=\"empty\">No claims.</p>\n")
    for g in groups:
        about = " · ".join([g.unit, ", ".join(g.countries) or "no country", g.event or "no event"])
        parts.append(
            f"<section class=\"group {g.label}\" id=\"{escape(g.id)}\" data-label=\"{g.label}\">\n"
            f"<header><span class=\"badge {g.label}\">{g.label}</span><strong>{escape(g.id)}</strong>"
            f"<span class=\"about\">{escape(about)}</span><span class=\"about\">{len(g.docs)} "
            f"document{'s' if len(g.docs) != 1 else ''}: {escape(', '.join(g.languages))}</span></header>\n"
            "<div class=\"claims\">\n"
        )
        for i, c in enumerate(g.claims):
            parts.append(_claim_card(c, g.variant_of(i) if g.label == "conflict" else None))
        parts.append("</div>\n</section>\n")
    return _page(title, "".join(parts))


def render_document_html(documents: Sequence[tuple[str, str, Sequence[Claim]]], title: str = "claimx claims") -> str:
    """Documents with their claims highlighted in place: ``(doc name, text, claims)`` each, the
    claims' spans pointing into ``text`` (for a web page, the main text claimx read)."""
    parts = [f"<h1>{escape(title)}</h1>\n<section class=\"summary\" id=\"summary\"><p>"
             f"{sum(len(cs) for _, _, cs in documents)} claims in {len(documents)} "
             f"document{'s' if len(documents) != 1 else ''}.</p></section>\n"]
    for name, text, claims in documents:
        parts.append(f"<section class=\"doc\" data-doc=\"{escape(name)}\"><h2>{escape(name)}</h2>\n")
        ordered = sorted(claims, key=lambda c: c.span)
        k = 0
        for s, e in paragraphs(text):
            para = text[s:e]
            out: list[str] = []
            pos = s
            while k < len(ordered) and ordered[k].span[0] < e:
                c = ordered[k]
                k += 1
                a, b = c.span
                if a < pos or b > e:
                    continue  # overlapping or crossing a paragraph: shown in the list below only
                out.append(escape(text[pos:a]))
                tip = f"{c.quantity.qualifier} {_value(c)} {c.quantity.unit}"
                out.append(f"<mark class=\"hit\" data-id=\"{escape(c.id)}\" title=\"{escape(tip)}\">"
                           f"{escape(text[a:b])}<sup>{escape(c.id.rsplit('#', 1)[-1])}</sup></mark>")
                pos = b
            out.append(escape(text[pos:e]))
            lang = next((c.lang for c in ordered if s <= c.span[0] < e), None)
            attr = f" lang=\"{escape(lang)}\"" if lang else ""
            parts.append(f"<p dir=\"{direction(para)}\"{attr}>{''.join(out)}</p>\n")
        if claims:
            parts.append("<div class=\"claims\">\n" + "".join(_claim_card(c, None) for c in claims) + "</div>\n")
        else:
            parts.append("<p class=\"empty\">No claims.</p>\n")
        parts.append("</section>\n")
    return _page(title, "".join(parts))
