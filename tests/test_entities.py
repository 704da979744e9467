"""Countries, ministries, officials, organisations and sources, in the three languages."""

from __future__ import annotations

import sys
from typing import Any

import pytest

import claimx
from claimx.entities import Gazetteer, _table, find_countries, find_ministries, gazetteer, name_key
from claimx.ner import BackendError, resolve, stanza_backend, stanza_spans
from claimx.normalize import normalize
from claimx.packs import load_pack


def countries_in(lang: str, text: str) -> list[str]:
    gz = gazetteer(load_pack(lang))
    norm = normalize(text).text
    return [m.id or "" for m in find_countries(norm, 0, len(norm), gz)]


@pytest.mark.parametrize(
    ("lang", "text", "ids"),
    [
        # names, with the Arabic article and clitics glued on
        ("fr", "Les Russes ont fui vers le Kazakhstan et la Géorgie.", ["RU", "KZ", "GE"]),
        ("en", "Russians fled to Kazakhstan and Georgia.", ["RU", "KZ", "GE"]),
        ("ar", "فر الروس إلى كازاخستان وجورجيا.", ["RU", "KZ", "GE"]),
        ("ar", "دخلوا وكازاخستان بروسيا لروسيا للمغرب", ["KZ", "RU", "RU", "MA"]),
        # demonyms in every form
        ("fr", "un citoyen russe, des touristes russes, le ministre kazakh, la police géorgienne", ["RU", "RU", "KZ", "GE"]),
        ("en", "a Russian citizen, Kazakh police, the Georgian minister", ["RU", "KZ", "GE"]),
        ("ar", "مواطن روسي والشرطة الروسية والوزير الكازاخستاني والحكومة الجورجية", ["RU", "RU", "KZ", "GE"]),
        # a name takes the article only if written with it: "المالي" is "financial", "للمغرب" Morocco
        ("ar", "قدم الدعم المالي في العام المالي 2020", []),
        ("ar", "الأوضاع في مالي ووصل إلى المغرب وللمغرب وبفرنسا", ["ML", "MA", "MA", "FR"]),
        ("ar", "قصفت قوات الجمهورية العربية السورية وللجمهورية العربية السورية", ["SY", "SY"]),
        # a demonym after a word that gives it another sense: "القطرية" is "national" after these
        ("ar", "قدمت أفرقة الأمم المتحدة القطرية والمكاتب القطرية وللبرامج القطرية تقاريرها", []),
        ("ar", "أعلنت الحكومة القطرية والفريق القطري", ["QA", "QA"]),
        ("ar", "على الصعد العالمي والإقليمي والقطري ومع أن كل مبادرة قطرية ركزت والحكومة القطرية", ["QA"]),
        ("ar", "ووعدت حكومة مالي بتقديم دعم مالي لسد عجز مالي", ["ML"]),
        # the OAS and the Nordic countries name no country; DPRK in the UN's Arabic word order; Guinea-Bissau spaced
        ("ar", "منظمة الدول الأمريكية وبلدان الشمال الأوروبي والشركات الأمريكية", ["US"]),
        ("ar", "تحققه جمهورية كوريا الشعبية الديمقراطية بشأن غينيا - بيساو", ["KP", "GW"]),
        ("en", "the question of the Malvinas Islands", ["FK"]),
        ("en", "Two seats for Latin American and Caribbean States and an American envoy", ["US"]),
        ("fr", "dans les îles Turques et Caïques", ["TC"]),
        ("ar", "في ملديف وجزر تركس وكايكوس", ["MV", "TC"]),
        # a word after a name may give it another sense: the regions of the Americas are no US
        ("ar", "في أمريكا اللاتينية ولأمريكا الجنوبية وأمريكا وروسيا", ["US", "RU"]),
        # Roman, not Romanian: the empire, the church
        ("ar", "أكبر دولة كاثوليكية رومانية وللإمبراطورية الرومانية والحكومة الرومانية", ["RO"]),
        # "مجريات" is "the course of" far more often than Hungarian women
        ("ar", "أفاد مصدر مطلع على مجريات التحقيق أن الحكومة المجرية", ["HU"]),
        # names CLDR lacks, and the EU
        ("en", "The UK, the US and Turkey joined the EU talks.", ["GB", "US", "TR", "EU"]),
        ("fr", "L'Union européenne et les États-Unis", ["EU", "US"]),
        ("ar", "الاتحاد الأوروبي والولايات المتحدة", ["EU", "US"]),
        # case matters where the script has it: "turkey" the bird, "china" the porcelain
        ("en", "They ate turkey off fine china.", []),
        # unknown places get no id
        ("en", "Refugees reached Wakanda and Genovia.", []),
    ],
)
def test_countries(lang: str, text: str, ids: list[str]) -> None:
    assert countries_in(lang, text) == ids


@pytest.mark.parametrize(
    ("lang", "text", "ministry"),
    [
        ("fr", "le ministère de l'Intérieur du Kazakhstan", "KZ:interior"),
        ("en", "Kazakhstan's interior ministry", "KZ:interior"),
        ("en", "the Georgian interior minister", "GE:interior"),
        ("ar", "وزارة الداخلية الكازاخستانية", "KZ:interior"),
        ("ar", "وزير الداخلية الجورجي", "GE:interior"),
        ("fr", "le ministère du Développement numérique", "?:digital"),
        ("fr", "le ministre kazakh de l'Intérieur", "KZ:interior"),
        ("fr", "le ministère espagnol de l’Intérieur", "ES:interior"),
        ("en", "the health ministry", "?:health"),
        ("ar", "وزارة التربية والتعليم المصرية", "EG:education"),
        ("ar", "وزارة الصحة", "?:health"),
    ],
)
def test_ministries(lang: str, text: str, ministry: str) -> None:
    gz = gazetteer(load_pack(lang))
    norm = normalize(text).text
    found = find_ministries(norm, 0, len(norm), gz, find_countries(norm, 0, len(norm), gz))
    assert [m.id for m in found] == [ministry]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "le ministère du Bonheur"),  # no such portfolio: no ministry, not a guess
        ("en", "the ministry said"),  # no portfolio stated
        ("ar", "الوزارة"),
    ],
)
def test_unknown_portfolios_get_no_ministry(lang: str, text: str) -> None:
    gz = gazetteer(load_pack(lang))
    norm = normalize(text).text
    assert find_ministries(norm, 0, len(norm), gz, []) == []


def test_one_person_one_key_across_scripts() -> None:
    assert name_key("Sergueï Choïgou") == name_key("Sergei Shoigu") == name_key("سيرجي شويغو")
    assert name_key("Vladimir Poutine") == name_key("Vladimir Putin") == name_key("فلاديمير بوتين")
    assert name_key("Erdoğan") == name_key("أردوغان")
    assert name_key("Vladimir Putin") != name_key("Sergei Shoigu")


SOURCES = [
    # a phrase before a reporting verb that ends with an article, a conjunction or "if" is no subject
    ("en", "The club called off the match at the arena, which was expected to draw 9,000 fans, and apologized to ticket holders.",
     "9,000", None),
    ("en", "If confirmed, the deal ends an eight-year dispute.", "eight-year", None),
    ("en", "The cyclone is estimated to be moving toward Mozambique at eleven kph.", "eleven kph", None),
    # the phrase after a verb that ends in a preposition before the figure is the figure's; one that ends
    # in the verb's own preposition before a stop word loses it; "on" is no one
    ("fr", "Le pêcheur, né à Brest, a enregistré une pesée record de 17 livres et 1 once.", "17 livres et 1 once", None),
    ("ar", "وحذرت وزارة الصحة من أن ملايين الأسر ستقع في فقر الطاقة.", "ملايين", "وزارة الصحة"),
    ("fr", "On estime que le cyclone avance vers le Mozambique à une vitesse de 11 km/h.", "11 km/h", None),
    # a phrase that holds a figure, in digits or in words, is no speaker
    ("ar", "أحرز هدفين وصنع فرصتين في اللقاء.", "هدفين", None),
    ("ar", "وخلال المؤتمر الذي استمر لمدة ساعتين، قالت وزارة الصحة إن 5 أشخاص قتلوا.", "5", "وزارة الصحة"),
    ("fr", "Plus de 200 000 Russes sont entrés au Kazakhstan, a indiqué mardi le ministre kazakh de l'Intérieur.",
     "Plus de 200 000", "le ministre kazakh de l'Intérieur"),
    ("fr", "Selon le Haut-Commissariat de l'ONU pour les réfugiés, 5 000 personnes arrivent chaque jour.",
     "5 000", "le Haut-Commissariat de l'ONU pour les réfugiés"),
    ("fr", "L'armée a affirmé que 300 000 réservistes avaient été mobilisés.", "300 000", "L'armée"),
    ("en", "More than 200,000 Russians have entered Kazakhstan, Kazakhstan's interior minister said on Tuesday.",
     "More than 200,000", "Kazakhstan's interior minister"),
    ("en", "The UN refugee agency said 5,000 people were arriving every day.", "5,000", "The UN refugee agency"),
    ("en", "Some 10,000 people cross each day, according to the Georgian interior ministry.",
     "Some 10,000", "the Georgian interior ministry"),
    ("ar", "قال وزير الداخلية الجورجي إن أكثر من 53 ألف روسي دخلوا البلاد.", "أكثر من 53 ألف", "وزير الداخلية الجورجي"),
    ("ar", "أعلنت وزارة الصحة العراقية أن أكثر من 1300 إصابة سجلت.", "أكثر من 1300", "وزارة الصحة العراقية"),
    # the preposition glued to the source stays with it: the record quotes the text as written
    ("ar", "وصل 5000 لاجئ يوميا، وفقا للمفوضية السامية للأمم المتحدة لشؤون اللاجئين.", "5000",
     "للمفوضية السامية للأمم المتحدة لشؤون اللاجئين"),
    # "suggested", "a suggéré" report a figure as "said" does
    ("en", "The World Health Organization suggested the virus had infected about 300 people.", "about 300", "The World Health Organization"),
    ("fr", "L'Organisation mondiale de la santé a suggéré que le virus avait infecté environ 300 personnes.", "environ 300",
     "L'Organisation mondiale de la santé"),
    # a verb before its speaker and the verbal noun that opens what it reports; a phrase of place or time
    # before the verb, the speaker after it ("in the northern states the rise has been" stays no source)
    ("ar", "أعلنت وزارة الداخلية تسجيل 450 حادثا على الطرق.", "450", "وزارة الداخلية"),
    ("ar", "وفي تطور لاحق أعلن الجيش مقتل 12 مسلحا في الجبال.", "12", "الجيش"),
    ("en", "In the eastern provinces the growth has been as high as 30 per cent.", "30 per cent", None),
    # a reporting verb glued to "and" opens its clause: the words before it are no speaker, and the
    # speaker after it speaks for that clause on
    ("ar", "عودة اللاجئين وأكدت المفوضية السامية عودة 3000 لاجئ إلى قراهم.", "3000", "المفوضية السامية"),
    ("ar", "وصل 400 مهاجر إلى الجزيرة وأعلنت الشرطة توقيف 12 مهربا.", "400", None),
    # "shows up" is no reporting verb
    ("en", "We all hope the new coach shows up for the last 4 matches.", "4", None),
    # no attribution: no source, never a guess
    ("en", "More than 5,000 people crossed the border on Monday.", "More than 5,000", None),
    # "since Putin announced…" is not who stated the figure
    ("en", "More than 200,000 Russians have entered since President Vladimir Putin announced a mobilisation.",
     "More than 200,000", None),
]


@pytest.mark.parametrize(("lang", "text", "claim", "source"), SOURCES)
def test_sources(lang: str, text: str, claim: str, source: str | None) -> None:
    [c] = [c for c in claimx.extract(text, lang=lang) if c.text == claim]
    assert (c.source.text if c.source else None) == source
    if source is not None:
        assert all(text[e.span[0] : e.span[1]] == e.text for e in c.entities)
        assert any(e.role == "source" for e in c.entities) or lang == "fr" and source == "L'armée"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Plus de 200 000 Russes sont entrés, a déclaré le ministère géorgien de l'Intérieur. Il a ajouté que 12 000 étaient repartis."),
        ("en", "More than 200,000 Russians entered, the Georgian interior ministry said. It added that 12,000 had left again."),
        ("ar", "قالت وزارة الداخلية الجورجية إن أكثر من 200 ألف روسي دخلوا. وأضافت أن 12 ألفا غادروا."),
    ],
)
def test_a_continued_statement_keeps_its_speaker(lang: str, text: str) -> None:
    first, second = claimx.extract(text, lang=lang)
    assert first.source is not None and second.source == first.source
    assert {e.id for e in second.entities if e.kind == "ministry"} == {"GE:interior"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The carmaker sells 3 billion euros (US$3.4 billion) of parts every year, in France."),
        ("fr", "Le constructeur vend chaque année 3 milliards d'euros (3,4 milliards de dollars US) de pièces, en France."),
        ("ar", "يبيع صانع السيارات قطع غيار بأكثر من 3 مليار يورو (ما يعادل 3.4 مليار دولار أمريكي) كل سنة في فرنسا."),
    ],
)
def test_a_currency_names_no_country_for_any_claim_of_its_sentence(lang: str, text: str) -> None:
    claims = claimx.extract(text, lang=lang)
    assert [c.quantity.unit for c in claims] == ["currency:EUR", "currency:USD"]
    for c in claims:  # the US of "US$" is the dollar's; France, named as a place, stays
        assert [e.id for e in c.entities if e.kind == "country"] == ["FR"]


@pytest.mark.parametrize(
    ("lang", "text", "roles"),
    [
        ("fr", "Plus de 200 000 Russes ont fui vers le Kazakhstan, selon le ministère de l'Intérieur.",
         {("RU", "subject"), ("KZ", "location")}),
        ("en", "More than 200,000 Russians fled to Kazakhstan, the interior ministry said.",
         {("RU", "subject"), ("KZ", "location")}),
        ("ar", "فر أكثر من 200 ألف روسي إلى كازاخستان، بحسب وزارة الداخلية.", {("RU", "subject"), ("KZ", "location")}),
    ],
)
def test_roles(lang: str, text: str, roles: set[tuple[str, str]]) -> None:
    [c] = claimx.extract(text, lang=lang)
    assert {(e.id, e.role) for e in c.entities if e.kind == "country"} == roles
    assert [e.id for e in c.entities if e.kind == "ministry"] == ["?:interior"]
    assert all(e.role == "source" for e in c.entities if e.kind == "ministry")


@pytest.mark.parametrize(
    ("lang", "text", "name", "title"),
    [
        ("fr", "Le président russe Vladimir Poutine a déclaré que 300 000 réservistes seraient mobilisés.",
         "Vladimir Poutine", "president"),
        ("en", "President Vladimir Putin said 300,000 reservists would be called up.", "Vladimir Putin", "president"),
        ("fr", "Le ministre de l'Intérieur du Kazakhstan, Marat Akhmetzhanov, a rapporté que 200 000 Russes étaient arrivés.",
         "Marat Akhmetzhanov", "minister:interior"),
    ],
)
def test_officials_with_their_title(lang: str, text: str, name: str, title: str) -> None:
    [c] = claimx.extract(text, lang=lang)
    people = [e for e in c.entities if e.kind == "person"]
    assert [(p.text, p.title) for p in people] == [(name, title)]
    assert people[0].to_dict()["key"].startswith("person:")
    assert c.source is not None and name in c.source.text


def test_without_ner_the_gazetteers_still_work() -> None:
    [c] = claimx.extract("Plus de 200 000 Russes ont fui vers le Kazakhstan, selon le ministère kazakh de l'Intérieur.", lang="fr", ner=None)
    assert {e.id for e in c.entities if e.kind in ("country", "ministry")} == {"RU", "KZ", "KZ:interior"}
    assert not any(e.kind == "person" for e in c.entities)


# -- backends ---------------------------------------------------------------------------------


def _stanza_doc(text: str, tokens: list[tuple[str, str]]) -> Any:
    """A Stanza Document built the way Stanza builds one, from tokens with BIOES NER tags."""
    from stanza.models.common.doc import Document

    sent, pos = [], 0
    for i, (tok, tag) in enumerate(tokens, 1):
        start = text.index(tok, pos)
        pos = start + len(tok)
        sent.append({"id": i, "text": tok, "start_char": start, "end_char": pos, "ner": tag})
    return Document([sent], text=text)


def test_stanza_documents_map_to_claimx_labels() -> None:
    text = "Marat Akhmetzhanov told Reuters in Astana."
    doc = _stanza_doc(text, [("Marat", "B-PER"), ("Akhmetzhanov", "E-PER"), ("told", "O"), ("Reuters", "S-ORG"),
                             ("in", "O"), ("Astana", "S-GPE"), (".", "O")])
    assert [(text[s:e], lab) for s, e, lab in stanza_spans(doc)] == [
        ("Marat Akhmetzhanov", "PER"), ("Reuters", "ORG"), ("Astana", "LOC")
    ]


class _Prebuilt:
    """Stands in for ``stanza.Pipeline``: returns the Stanza Document built for each text."""

    def __init__(self, docs: dict[str, Any]) -> None:
        self.docs = docs

    def __call__(self, text: str) -> Any:
        return self.docs[text]


def test_stanza_backend_feeds_the_extractor() -> None:
    text = "Le ministre de l'Intérieur, Marat Akhmetzhanov, a déclaré que 200 000 Russes étaient arrivés."
    seen: dict[str, Any] = {}

    def docs_for(window: str) -> Any:
        words = window.split()
        tags = ["O"] * len(words)
        for i, w in enumerate(words):
            if w.strip(",") == "Marat":
                tags[i] = "B-PER"
            if w.strip(",") == "Akhmetzhanov":
                tags[i] = "E-PER"
        return _stanza_doc(window, [(w.strip(","), t) for w, t in zip(words, tags)])

    class Lazy(dict[str, Any]):
        def __missing__(self, key: str) -> Any:
            seen[key] = docs_for(key)
            return seen[key]

    backend = stanza_backend({"fr": _Prebuilt(Lazy())})
    [c] = claimx.extract(text, lang="fr", ner=backend)
    assert seen, "the backend was called"
    assert [(e.text, e.title) for e in c.entities if e.kind == "person"] == [("Marat Akhmetzhanov", "minister:interior")]


def test_missing_stanza_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "stanza", None)  # what Python does when the package is absent
    with pytest.raises(BackendError, match="pip install stanza"):
        resolve("stanza")


def test_unknown_backend_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown NER backend"):
        claimx.extract("Plus de 200 000 Russes.", lang="fr", ner="flair")


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_a_table_read_by_lookups_finds_what_its_regex_finds(lang: str) -> None:
    """Each surface of every country and organisation table, with each clitic, in other cases,
    with other spaces, glued to a word, beside another surface and in a window that cuts a word:
    the lookups (:class:`claimx.entities._Lookup`) find what the table's regex alone finds."""
    pack = load_pack(lang)
    gz = gazetteer(pack)
    tables = [t for t in [*gz.countries, gz.orgs] if t is not None]
    assert all(t.lookup is not None for t in tables)  # every shipped table is read without its regex
    tried = found = 0
    for table in tables:
        for surface in table.values:
            for clitic in ("", *pack.clitic_table.entities):
                for form in {surface, surface.upper(), surface.replace(" ", " \n ")}:
                    for text in (f"({clitic}{form}) 5", f"x{clitic}{form}", f"{clitic}{form}-{form}x {form}"):
                        for start, end in ((0, len(text)), (1, len(text) - 1)):
                            hits = table.find(text, start, end)
                            assert hits == _by_regex(table, text, start, end), (text, start, end)
                            tried, found = tried + 1, found + bool(hits)
    assert found > 0.3 * tried  # the texts hold what the tables find (a third of them cut or glue the surface)


def _by_regex(table: Any, text: str, start: int, end: int) -> list[tuple[int, int, Any]]:
    """``table.find`` by the table's regex, searched over whatever the window holds."""
    lookup, table.lookup = table.lookup, None
    try:
        found: list[tuple[int, int, Any]] = table.find(text, start, end)
        return found
    finally:
        table.lookup = lookup


def test_a_table_the_lookups_cannot_read_is_searched_by_its_regex() -> None:
    """No lookup for a surface that starts with another character than a word's, for a clitic that
    is not all word characters, nor for surfaces with two characters one text character may be
    (dotless "ı" and "i" are both cases of "I"): the regex finds what it finds."""
    assert _table({"'s-hertogenbosch": "NL"}, False, ()).lookup is None  # type: ignore[union-attr]
    assert _table({"france": "FR"}, False, ("l'",)).lookup is None  # type: ignore[union-attr]
    table = _table({"kırgızistan": "KG", "italie": "IT"}, False, ())
    assert table is not None and table.lookup is None
    assert table.find("L'ITALIE et le Kırgızistan", 0, 26) == [(2, 8, "IT"), (15, 26, "KG")]
    assert _table({"italie": "IT"}, False, ()).lookup is not None  # type: ignore[union-attr]


def test_regexes_a_text_does_not_need_are_not_compiled() -> None:
    """A first start compiles only what its texts need (``regex`` parses a pattern in Python): the
    country tables never (read by lookups), the ministry pattern only for a text with a head word."""
    gz = Gazetteer(load_pack("en"))  # a fresh one: nothing of it compiled yet
    text = "About 5 people in France were hurt, the Interior Minister of Ukraine said."
    cut = text.index(",")
    countries = find_countries(text, 0, cut, gz)
    assert [(m.id, text[m.start : m.end]) for m in countries] == [("FR", "France")]
    assert not any("_compiled" in vars(t.regex) for t in gz.countries)
    assert find_ministries(text, 0, cut, gz, countries) == []
    assert "_compiled" not in vars(gz.ministry_re)  # no head word before the comma
    found = find_ministries(text, cut, len(text), gz, find_countries(text, cut, len(text), gz))
    assert [m.id for m in found] == ["UA:interior"]
    assert "_compiled" in vars(gz.ministry_re)


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_the_country_last_named_is_read_back_a_stretch_at_a_time_as_from_the_start(lang: str) -> None:
    """last_country reads back from its end between characters no name holds; it names the country
    the names found from the start name last, at every word of a long paragraph (the real rows
    joined), and for a name just before the end or a stretch cut."""
    import json
    import re
    from pathlib import Path

    from claimx.entities import _NO_COUNTRY, last_country

    gz = gazetteer(load_pack(lang))
    assert not any(re.search(_NO_COUNTRY, s) for t in gz.countries for s in t.values)
    real = Path(__file__).resolve().parents[1] / "corpus" / "real" / lang
    rows = [json.loads(line)["text"] for f in sorted(real.glob("*.jsonl")) for line in f.read_text(encoding="utf-8").splitlines()]
    text = normalize(" ".join(rows)[:20000]).text
    names = [s for t in gz.countries for s in list(t.values)[:40]]
    crafted = normalize(", ".join(names) + "; " + " ".join(names) + ": x" * 300).text
    for t in (text, crafted):
        for end in [0, len(t)] + [m.start() for m in re.finditer(r"(?<=\s)\w", t)][::29]:
            named = [c for c in find_countries(t, 0, end, gz) if not c.demonym]
            expected = named[-1].id if named else None
            assert last_country(t, 0, end, gz) == expected == last_country(t, 0, end, gz, stretch=1), end


def test_a_sentence_read_again_gives_its_own_matches_not_another_texts() -> None:
    """found_in keeps a sentence's matches of a pattern for the NER's second reading; another text
    with the sentence at the same offsets gets its own."""
    from claimx.entities import found_in

    gz = gazetteer(load_pack("en"))
    one, other = "The minister said 5 people died.", "The official added 5 people died."
    assert [m.group() for m in found_in(gz.verb_re, one, 0, len(one))] == ["said"]
    assert [m.group() for m in found_in(gz.verb_re, other, 0, len(other))] == ["added"]
    assert [m.group() for m in found_in(gz.verb_re, one, 0, len(one))] == ["said"]
    assert found_in(gz.verb_re, one, 0, 10) == []


@pytest.mark.parametrize(
    "lang, text, first, second",
    [
        ("en", "Spain received 120 tonnes of aid, while Portugal sent about 80 tonnes.", ["ES"], ["ES", "PT"]),
        ("fr", "L'Espagne a reçu 120 tonnes d'aide, tandis que le Portugal en a envoyé 80 tonnes.", ["ES"], ["ES", "PT"]),
        ("ar", "تلقت إسبانيا 120 طنا من المساعدات، بينما أرسلت البرتغال نحو 80 طنا.", ["ES"], ["ES", "PT"]),
    ],
)
def test_a_country_in_a_detached_clause_after_a_claim_is_not_its_own(lang: str, text: str, first: list[str], second: list[str]) -> None:
    """"X …, while Y …": Y is no country of the claim before "while"; X, before the break, frames both."""
    claims = claimx.extract(text, lang=lang)
    got = [sorted({e.id for e in c.entities if e.kind == "country"}) for c in claims]
    assert got == [first, second]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Enrolment in the coastal states has risen by 30 per cent since the reform."),
        ("en", "In the coastal states the rise has been as low as 12 per cent."),
        ("fr", "Dans les régions du nord le taux indique une baisse de 12 % sur un an."),
    ],
)
def test_a_noun_that_reads_as_a_reporting_verb_gives_no_source(lang: str, text: str) -> None:
    """"states has risen" (an auxiliary after it), "In the … states the rise" (a subject never opens with
    a preposition): no speaker."""
    assert [c.source for c in claimx.extract(text, lang=lang)] == [None]
