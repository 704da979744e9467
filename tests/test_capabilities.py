"""Capabilities built for real text (issue 15), one row per language where the language has the form:
the quantities stage called directly on normalised text, without NER."""

from __future__ import annotations

from decimal import Decimal

import pytest

import claimx
from claimx.normalize import normalize
from claimx.packs import load_pack
from claimx.quantities import find_quantities

D = Decimal
MONTH = D(30 * 86_400)
DAY = D(86_400)

# (lang, text, the quoted claim, value, value_high, unit, qualifier)
ROWS: list[tuple[str, str, str, Decimal, Decimal | None, str, str]] = [
    # a deadline's duration is measured, at most: not a time placed after
    ("en", "Tenants must leave by no later than 30 days after the notice is served.", "no later than 30 days", 30 * DAY, None, "duration:s", "at_most"),
    ("fr", "Le comité rendra son avis trente jours au plus tard après sa saisine.", "trente jours au plus tard", 30 * DAY, None, "duration:s", "at_most"),
    # a fall from a lower level to a higher one is no change between levels: a range of the fall
    ("fr", "Les éleveurs ont subi une baisse de 50 à 60 % de leurs ventes.", "de 50 à 60 %", D(50), D(60), "percent", "range"),
    # a unit after the digits that repeat a number word is the number's unit
    ("fr", "Les travaux du pont ont duré dix (10) mois.", "dix (10) mois", 10 * MONTH, None, "duration:s", "exact"),
    ("en", "Work on the bridge lasted ten (10) months.", "ten (10) months", 10 * MONTH, None, "duration:s", "exact"),
    # a teen after a unit never adds to it ("deux et quatorze" is two numbers); a dual opens a range
    ("fr", "Le délai de livraison peut varier entre deux et quatorze jours.", "entre deux et quatorze jours", 2 * DAY, 14 * DAY, "duration:s", "range"),
    ("ar", "تتراوح مدة الرحلة بين يومين و14 يومًا", "بين يومين و14 يوما", 2 * DAY, 14 * DAY, "duration:s", "range"),
    ("ar", "تتراوح مدة الرحلة بين يومين وأربعة عشر يومًا", "بين يومين واربعة عشر يوما", 2 * DAY, 14 * DAY, "duration:s", "range"),
    # a number word opening a sentence before a capitalised noun is a count, not a list label
    ("en", "Thirteen Member States voted against the budget.", "Thirteen", D(13), None, "count", "exact"),
    ("fr", "Treize États Membres ont voté contre le projet de budget.", "Treize", D(13), None, "count", "exact"),
    # a per cent sign glued to the next word still ends its number; "N times more" in Arabic is a ratio
    ("ar", "يتطابق بتشابه حوالي 90%على مستوى الجينوم", "حوالي 90%", D(90), None, "percent", "approx"),
    ("ar", "تزيد سرعة الحاسوب الجديد بنحو مليون مرة أكثر من سرعة القديم", "بنحو مليون مرة اكثر", D(1000000), None, "ratio", "approx"),
    # number words that cannot add are two numbers: a range with the unit written once
    ("en", "These events last between three and six months.", "between three and six months", 3 * MONTH, 6 * MONTH, "duration:s", "range"),
    ("fr", "Ces événements durent entre trois et six mois.", "entre trois et six mois", 3 * MONTH, 6 * MONTH, "duration:s", "range"),
    ("ar", "تستمر هذه الأحداث ما بين ثلاثة وستة أشهر", "ما بين ثلاثة وستة اشهر", 3 * MONTH, 6 * MONTH, "duration:s", "range"),
    # ... while the words of one number still add
    ("fr", "Soixante et onze personnes sont mortes.", "Soixante et onze", D(71), None, "count", "exact"),
    ("ar", "قتل ثلاثة وعشرون شخصا", "ثلاثة وعشرون", D(23), None, "count", "exact"),
    ("en", "A hundred and one dalmatians ran.", "A hundred and one", D(101), None, "count", "exact"),
    # "one" before a unit
    ("en", "It takes one minute to cross.", "one minute", D(60), None, "duration:s", "exact"),
    ("fr", "La ville sort d'une grève d'un an.", "un an", D(31_536_000), None, "duration:s", "exact"),
    # a per-time tail makes a speed of the length before it and of the same measure restated
    ("en", "The comet moves at about 12.8 km or 8 miles per second.", "about 12.8 km", D(46080), None, "speed:km/h", "approx"),
    ("fr", "La comète avance à environ 8 miles (12,8 km) par seconde.", "12,8 km", D(46080), None, "speed:km/h", "approx"),
    ("ar", "يتحرك المذنب بسرعة 12.8 كيلومترًا أو 8 أميال في الثانية", "12.8 كيلومترا", D(46080), None, "speed:km/h", "exact"),
    # round approximate scales
    ("fr", "Une quarantaine d'experts ont participé.", "Une quarantaine", D(40), None, "count", "approx"),
    # a fraction of a unit, and a qualifier written after a restatement in brackets
    ("en", "It should be 5 mm (1/5 inch) or more deep.", "1/5 inch", D("0.00508"), None, "length:m", "at_least"),
    ("en", "It should be 5 mm (1/5 inch) or more deep.", "5 mm", D("0.005"), None, "length:m", "at_least"),
    ("fr", "Il doit faire 5 mm (1/5 de pouce) ou plus.", "1/5 de pouce", D("0.00508"), None, "length:m", "at_least"),
    ("ar", "بعمق 5 مم (1/5 بوصة) أو أعمق", "1/5 بوصة", D("0.00508"), None, "length:m", "at_least"),
    # "all fifty of its season tickets": a share told, not a reference back
    ("en", "The club sold all fifty of its season tickets in an hour.", "fifty", D(50), None, "count", "exact"),
    # a range of years after words of age is a range of ages; a contract's years stay a duration
    ("fr", "La part des hommes de 15-64 ans sans emploi reste élevée.", "de 15-64 ans", D(15), D(64), "age:year", "range"),
    ("ar", "نسبة الرجال الذين تراوح أعمارهم بين 15 و64 سنة العاطلين عن العمل", "بين 15 و64 سنة", D(15), D(64), "age:year", "range"),
    ("fr", "Il a signé un contrat de 3 à 5 ans.", "de 3 à 5 ans", D(3 * 365 * 86_400), D(5 * 365 * 86_400), "duration:s", "range"),
    # a vague number with its unit under the article; two scale groups joined are two numbers
    ("ar", "تاريخ مذهل على امتداد آلاف السنين", "الاف السنين", D(31_536_000_000), None, "duration:s", "at_least"),
    ("ar", "حفريات تتراوح أعمارها بين مليوني وثلاثة ملايين عام", "بين مليوني وثلاثة ملايين عام",
     D(2_000_000 * 31_536_000), D(3_000_000 * 31_536_000), "duration:s", "range"),
    ("ar", "بلغ عددهم ثلاثة ملايين وخمسمائة ألف شخص", "ثلاثة ملايين وخمسمائة الف", D(3_500_000), None, "count", "exact"),
    ("ar", "رياح تصل إلى 480 كم/ساعة (300 ميل/س)", "300 ميل/س", D("482.8032"), None, "speed:km/h", "exact"),
    # ranges of ages in every notation
    ("en", "It infected mainly people at the age of 30-65.", "30-65", D(30), D(65), "age:year", "range"),
    ("fr", "Elle touche surtout des individus âgés de 30 à 65 ans.", "de 30 à 65 ans", D(30), D(65), "age:year", "range"),
    ("fr", "Surtout dans la tranche des 30-65 ans.", "30-65 ans", D(30), D(65), "age:year", "range"),
    ("ar", "استهدف البرنامج الفئات العمرية بين 30 و65 بشكل أساسي", "بين 30 و65", D(30), D(65), "age:year", "range"),
    # digit groups that right-to-left typesetting reversed; "200 000" cannot be read backwards
    ("ar", "حد أقصى قدره 589 299 دولاراً", "589 299 دولارا", D(299_589), None, "currency:USD", "exact"),
    ("ar", "فر 200 000 لاجئ", "200 000", D(200_000), None, "count", "exact"),
    # a scaled amount after an amount of money in the same sentence is in its currency
    ("en", "The museum obtained $90 million, leaving a gap of 585 million.", "585 million", D(585_000_000), None, "currency:USD", "exact"),
    ("en", "The fund received 201,054,800 United States dollars in pledges.", "201,054,800 United States dollars", D(201_054_800), None, "currency:USD", "exact"),
    # a value and its range in brackets share the unit written after either
    ("en", "The median repair time was 4.8 (3.0-7.2) days.", "3.0-7.2", D(3 * 86_400), D("7.2") * 86_400, "duration:s", "range"),
    ("fr", "La durée moyenne était de 5 jours (2-9).", "2-9", D(2 * 86_400), D(9 * 86_400), "duration:s", "range"),
    ("ar", "كان متوسط مدة الإصلاح 4.8 (3.0-7.2) من الأيام.", "4.8", D("4.8") * 86_400, None, "duration:s", "exact"),
    # a fraction before "of the N things" is a share; before a year it is a part of the year
    ("fr", "Le groupe détenait environ un tiers des 1200 pharmacies du pays.", "environ un tiers", D(100) / 3, None, "percent", "approx"),
    # a minus between the currency sign and the digits is a level below zero; a scale after a range is both ends'
    ("en", "The balance stood at $-50.8bn last year.", "$-50.8bn", D("-50.8e9"), None, "currency:USD", "exact"),
    ("en", "Tickets sold for between $5-6 million.", "between $5-6 million", D(5_000_000), D(6_000_000), "currency:USD", "range"),
    # partitives after a number
    ("ar", "وتعزى خمسة عشر من هذه الصخور إلى الشهب", "خمسة عشر", D(15), None, "count", "exact"),
    # a range of percentages with the sign on both ends; decimals joined by a dash are no date
    ("en", "Fever (99%-100%) was the main symptom.", "99%-100%", D(99), D(100), "percent", "range"),
    ("fr", "La fièvre (99 %-100 %) domine.", "99 %-100 %", D(99), D(100), "percent", "range"),
    ("ar", "الحمى (99%-100%) هي العرض الأهم", "99%-100%", D(99), D(100), "percent", "range"),
    ("en", "The average time to death was 9.5 (4.8-13) days.", "4.8-13", D("4.8") * 86_400, D(13 * 86_400), "duration:s", "range"),
    # "one" before a percent sign or word; a length in ångströms
    ("en", "Only one percent live in the capital.", "one percent", D(1), None, "percent", "exact"),
    ("fr", "Seulement un pour cent vit dans la capitale.", "un pour cent", D(1), None, "percent", "exact"),
    ("ar", "رغم أن واحد بالمئة فقط يعيشون في العاصمة", "واحد بالمئة", D(1), None, "percent", "exact"),
    ("en", "The structure was resolved at 2.9 Å resolution.", "2.9 Å", D("2.9e-10"), None, "length:m", "exact"),
    # Arabic writes a cardinal after its definite noun: "the five companies"
    ("ar", "ووقعت الشركات الخمس المشاركة في المشروع على الاتفاق", "الخمس", D(5), None, "count", "exact"),
    ("ar", "وقد أنفقت الأسر مدخراتها الخمسة كلها", "الخمسة", D(5), None, "count", "exact"),  # a possessive makes the noun definite
    ("ar", "قال إن أطفالها الثلاثة قتلوا في القصف", "الثلاثة", D(3), None, "count", "exact"),  # "her three children", as "their two young children"
    ("ar", "تركزت الوفيات في من تزيد أعمارهم عن 60 عامًا", "60 عاما", D(60), None, "age:year", "exact"),  # their ages exceed 60
    ("ar", "تدمير مرافق الإنتاج الكيميائية الاثنى عشر المتبقية", "الاثني عشر", D(12), None, "count", "exact"),
    # a half after a number or its unit, and after a unit noun alone
    ("en", "He worked there for two and a half years.", "two and a half years", D("2.5") * 31_536_000, None, "duration:s", "exact"),
    ("en", "The village is an hour and a half away by car.", "an hour and a half", D(5400), None, "duration:s", "exact"),
    ("en", "Some 2 and a half million people voted.", "Some 2 and a half million", D(2_500_000), None, "count", "approx"),
    ("fr", "Il y a travaillé pendant deux ans et demi.", "deux ans et demi", D("2.5") * 31_536_000, None, "duration:s", "exact"),
    ("fr", "Le village est à une heure et demie de route.", "une heure et demie", D(5400), None, "duration:s", "exact"),
    ("ar", "عمل فيها لمدة سنتين ونصف", "سنتين ونصف", D("2.5") * 31_536_000, None, "duration:s", "exact"),
    ("ar", "تقع القرية على بعد ساعة ونصف بالسيارة من العاصمة", "ساعة ونصف", D(5400), None, "duration:s", "exact"),
    # an Arabic age word that also says "amounting to" counts the noun after the number
    ("ar", "من بين الرحلات المسجلة البالغة 41 رحلة، تأخرت 12 رحلة فقط", "41", D(41), None, "count", "exact"),
    ("ar", "توفي الرجل البالغ 70 وهو في منزله", "70", D(70), None, "age:year", "exact"),
    # the word for one after a unit noun; with a compound of pounds and ounces
    ("ar", "ويعين عادة لمدة سنة واحدة.", "سنة واحدة", D(31_536_000), None, "duration:s", "exact"),
    ("ar", "وبلغ وزن السمكة 17 رطل وأوقية واحدة.", "17 رطل واوقية واحدة", D("7.739419813125"), None, "mass:kg", "exact"),
    # a currency sign written $A; names, codes and times around numbers
    ("en", "The club is donating $A45,000 to the local hospital.", "$A45,000", D(45_000), None, "currency:AUD", "exact"),
    # "one" opens a range; a range of years before an age phrase is a range of ages
    ("en", "For some orders, delivery took between one and three months.", "between one and three months", MONTH, 3 * MONTH, "duration:s", "range"),
    ("fr", "Pour certaines commandes, la livraison a pris entre un et trois mois.", "entre un et trois mois", MONTH, 3 * MONTH, "duration:s", "range"),
    ("en", "The survey covered workers between 18 to 59 years of age in the region.", "18 to 59 years of age", D(18), D(59), "age:year", "range"),
    # a comma alone shares no unit: a count and a percentage side by side
    ("en", "Attendance was put at 36,070, 2.4 per cent higher than last season.", "36,070", D(36_070), None, "count", "exact"),
    # the second of two compared numbers takes the unit of the first; square millimetres
    ("en", "This gives four times the resolution (3136 mm2 versus 864).", "864", D("0.000864"), None, "area:m2", "exact"),
    ("fr", "Ils étaient plus âgés (âge médian de 66 ans contre 51 ans).", "51 ans", D(51), None, "age:year", "exact"),
    ("ar", "كانوا أكبر سنا (في متوسط عمر 66 مقابل 51)", "51", D(51), None, "age:year", "exact"),
    # "through" joins a range; an adjective between a number and its unit of time
    ("en", "Swimming lessons are free for children ages 5 through 17.", "5 through 17", D(5), D(17), "age:year", "range"),
    ("en", "The debate shall be held over a period of nine working days.", "nine working days", D(9 * 86_400), None, "duration:s", "exact"),
    # ages in words after a word of age or before "-year-old"; a two-thirds majority is a share
    ("en", "The club would admit children aged nine years and older.", "nine years and older", D(9), None, "age:year", "at_least"),
    ("ar", "يسمح النادي بتسجيل الأطفال البالغين من العمر تسع سنوات فصاعدا", "تسع سنوات", D(9), None, "age:year", "exact"),
    ("en", "A nine-year-old boy was rescued.", "nine-year-old", D(9), None, "age:year", "exact"),
    ("en", "Changes to the statutes need a two-thirds majority of the club's members.", "two-thirds", D(200) / 3, None, "percent", "exact"),
    # a unit of time with no number is one of it: "year-long", "لمدة عام"
    ("en", "The town faced a year-long strike.", "year-long", D(31_536_000), None, "duration:s", "exact"),
    ("ar", "شهدت المدينة إضرابا استمر لمدة عام، وانتهى باتفاق", "عام", D(31_536_000), None, "duration:s", "exact"),
    # a unit of time under its article after "of"; a count and its share stay a count and a share
    ("ar", "تتوفر النتائج عادة في غضون ساعات إلى 2 من الأيام.", "2 من الايام", D(2 * 86_400), None, "duration:s", "exact"),
    ("en", "Among 9,336 members, 1,261 or about 13% voted online.", "1,261", D(1261), None, "count", "exact"),
    # a currency's name glued to the digits, as United Nations documents print it
    ("en", "Norway has given over Euro1.5 million to the school project.", "over Euro1.5 million", D(1_500_000), None, "currency:EUR", "more_than"),
    # kilograms as UN Arabic writes them
    ("ar", "كانت الشركة قد صدرت 734 156 كغم من القمح", "734 156 كغم", D(156_734), None, "mass:kg", "exact"),
    # Arabic duals of every time unit; a vague plural of trillions
    ("ar", "يمكنه فعل ذلك في أقل من دقيقتين", "اقل من دقيقتين", D(120), None, "duration:s", "less_than"),
    ("en", "The probe will travel trillions of miles.", "trillions of miles", D("1.609344e15"), None, "length:m", "at_least"),
    # ages: an ordinal after the Arabic word of age, a bound after a word of age or a noun for people
    ("ar", "الفتيان والفتيات دون سن الثامنة عشرة أصغر من ذلك", "دون سن الثامنة عشرة", D(18), None, "age:year", "less_than"),
    ("ar", "يحق لمن بلغوا سن الخامسة والستين التقاعد", "سن الخامسة والستين", D(65), None, "age:year", "exact"),
    ("en", "Vaccination rates among children under age five rose.", "under age five", D(5), None, "age:year", "less_than"),
    ("en", "Boys and girls under 18 are thought too young.", "under 18", D(18), None, "age:year", "less_than"),
    ("en", "It helps people over 65 years in the village.", "over 65 years", D(65), None, "age:year", "more_than"),
    ("en", "Players can sign before they turn 18 there.", "18", D(18), None, "age:year", "exact"),
    # an adjective between a number and its unit of time
    ("en", "The lease runs for two full years.", "two full years", 730 * DAY, None, "duration:s", "exact"),
    # a plus sign after the digits: at least, before the scale too
    ("en", "The storm caused a $300+ billion loss to farmers.", "$300+ billion", D(300_000_000_000), None, "currency:USD", "at_least"),
    # the Arabic word for one after a currency, and after "its duration"
    ("ar", "يدفع دولار واحد عن كل كيس بلاستيكي", "دولار واحد", D(1), None, "currency:USD", "exact"),
    ("ar", "يسري العقد لفترة أولية مدتها سنة واحدة قابلة للتجديد", "سنة واحدة", 365 * DAY, None, "duration:s", "exact"),
    # a dot between digits before a per cent sign is a decimal mark, in Arabic too
    ("ar", "تقضي على 99.99% إلى 99.999% من البكتيريا", "99.99% الي 99.999%", D("99.99"), D("99.999"), "percent", "range"),
    # one in every few: a noun alone is one of it, a count with its noun is a share too
    ("ar", "تتقن امرأة من بين كل ثلاث نساء لغتين", "امراة من بين كل ثلاث", D(100) / 3, None, "percent", "exact"),
    ("ar", "فيما تملك ثلاث نساء من بين كل خمس حسابا مصرفيا", "ثلاث نساء من بين كل خمس", D(60), None, "percent", "exact"),
    ("en", "Three students out of every five passed the exam.", "Three students out of every five", D(60), None, "percent", "exact"),
    # a fraction before a verb is a share of a whole named before
    ("en", "Of 240 farms in the survey, half were given new seeds.", "half", D(50), None, "percent", "exact"),
    ("fr", "Sur 240 fermes de l'enquête, la moitié a reçu de nouvelles semences.", "la moitié", D(50), None, "percent", "exact"),
    ("en", "Driving at night results in more than triple the risk of a crash.", "more than triple the", D(3), None, "ratio", "more_than"),
    # a bracketed count no enumeration holds; a vague count after "list of"
    ("en", "The council has opened (36) public libraries since the war.", "36", D(36), None, "count", "exact"),
    ("ar", "لو تمكنوا من عرض قائمة المئات من الشهود", "المئات", D(100), None, "count", "at_least"),
    # ranges of ages: ordinals after the Arabic word of age, an opener before the word of age
    ("ar", "النقل مجاني لجميع التلاميذ بين سن الخامسة والخامسة عشرة.", "بين سن الخامسة والخامسة عشرة", D(5), D(15), "age:year", "range"),
    ("ar", "يفتح النادي أبوابه لمن هم من سن الخامسة وحتى سن السابعة عشرة.", "من سن الخامسة وحتي سن السابعة عشرة", D(5), D(17), "age:year", "range"),
    ("ar", "يشمل المسح العمال فيما بين سن 18 و 59 عامًا", "بين سن 18 و 59 عاما", D(18), D(59), "age:year", "range"),
    ("en", "It covers adults between the ages of 18 and 59.", "between the ages of 18 and 59", D(18), D(59), "age:year", "range"),
    ("en", "Those 19 and under made up 2.4% of cases.", "19 and under", D(19), None, "age:year", "at_most"),
    ("ar", "فاز بالجائزة عداءان عمرهما فوق 60 عامًا", "فوق 60 عاما", D(60), None, "age:year", "more_than"),
    ("ar", "وصل عدد السكان البالغ 300 شخص", "300", D(300), None, "count", "exact"),
    # a vague plural, its link word and a unit under the article; a number of times under a change
    ("ar", "ستقطع المركبة التريليونات من الأميال", "التريليونات من الاميال", D("1.609344e15"), None, "length:m", "at_least"),
    ("en", "Since then, the town's population has grown by 90 times.", "90 times", D(90), None, "ratio", "exact"),
    # French: a number set for a total after it; an amount after money in its currency
    ("fr", "Le maire a décidé de porter à neuf le nombre des adjoints.", "neuf", D(9), None, "count", "exact"),
    ("fr", "Ce qui porte à 173 le nombre total de logements livrés.", "173", D(173), None, "count", "exact"),
    ("fr", "Le musée n'a obtenu que 90 millions de dollars : il lui manque encore 585 millions.", "585 millions", D(585_000_000), None, "currency:USD", "exact"),
    # a number with decimals after a percentage in its sentence is one; a count in brackets after a label word
    ("ar", "وتراجعت نسبة التسرب المدرسي إلى 7.1 في المائة، بعد أن بلغت 16.3 في عام 2009.", "16.3", D("16.3"), None, "percent", "exact"),
    ("ar", "وكان عدد الشكاوى هذا العام الأدنى منذ سنوات (14 شكوى).", "14", D(14), None, "count", "exact"),
    # a scale word after a name with digits is a number of its own
    ("ar", "تخطت الإصابات بفيروس سارس كوف-2 مليون إصابة في أوروبا", "مليون", D(1_000_000), None, "count", "exact"),
    # French: a possessive after a time word says an age ("ses 30 ans de carrière" stays a duration)
    ("fr", "Un tiers des filles sont mariées avant leurs 18 ans.", "18 ans", D(18), None, "age:year", "exact"),
    # a fraction before a word of comparison is a ratio of two levels, not a share
    ("en", "Wages there can be half those of the capital.", "half", D("0.5"), None, "ratio", "exact"),
    # more masculine duals the pack lists (plurals written otherwise: اقتراحات, أشياء)
    ("ar", "وقدمت الحكومة اقتراحين بشأن الميزانية", "اقتراحين", D(2), None, "count", "exact"),
    ("ar", "تتنافس على شيئين أساسيين هما الأسرة والإفطار", "شيئين", D(2), None, "count", "exact"),
    # a unit noun alone, one of it, opens a range closed by a number of the unit
    ("ar", "تراوحت الفترة بين شهر وثلاثة أشهر.", "بين شهر وثلاثة اشهر", MONTH, 3 * MONTH, "duration:s", "range"),
    ("ar", "تستغرق من أسبوع إلى ثلاثة أسابيع", "من اسبوع الي ثلاثة اسابيع", 7 * DAY, 21 * DAY, "duration:s", "range"),
    ("fr", "Plus de la moitié d'entre eux ne savent pas nager.", "Plus de la moitié", D(50), None, "percent", "more_than"),
    # a dual whose stem ends in س is no country ending in -ستان
    ("ar", "بنيت في القرية مدرستان جديدتان", "مدرستان", D(2), None, "count", "exact"),
    ("ar", "أجريت دراستان عن المرض", "دراستان", D(2), None, "count", "exact"),
    # a bound before a unit noun alone, or before the dual of any noun
    ("ar", "لا تصدر تصاريح الدخول قبل أكثر من شهر من الوصول", "اكثر من شهر", MONTH, None, "duration:s", "more_than"),
    ("ar", "هناك رسم إضافي في حالة وجود أكثر من مسافرين", "اكثر من مسافرين", D(2), None, "count", "more_than"),
    # a range closed by a multiplier or a unit, a hyphen hanging after its first number
    ("en", "The new filter shows a 10- to 20-fold higher efficiency.", "10- to 20-fold", D(10), D(20), "ratio", "range"),
    ("fr", "Le nouveau filtre offre une efficacité 10 à 20 fois supérieure.", "10 à 20 fois supérieure", D(10), D(20), "ratio", "range"),
    ("ar", "أظهر المرشح الجديد كفاءة أعلى بنحو 10- حتى 20- ضعفًا من القديم", "10- حتي 20- ضعفا", D(10), D(20), "ratio", "range"),
    ("en", "He faces a 2- to 3-year sentence.", "2- to 3-year", 730 * DAY, 1095 * DAY, "duration:s", "range"),
    ("en", "The regional bank provides loans of (80) million US dollars for new roads.", "80) million US dollars", D(80_000_000), None, "currency:USD", "exact"),
    ("en", "It left Spain without a government for a couple of years.", "a couple of years", 730 * DAY, None, "duration:s", "approx"),
    # "a factor of" before a number makes a multiplier; the word of change before it gives the direction
    ("en", "Emissions were reduced by a factor of four.", "by a factor of four", D(4), None, "ratio", "exact"),
    # two numbers joined by "or" are a range of one measure ("twenty or thirty minutes"); the same
    # measure in two units is two claims ("12.8 km/s or 8 miles per second"); (the rows read "before the
    # test" until a range placed in time became time as one duration is: test_not_claim_rules)
    ("en", "Wait twenty or thirty minutes for the result.", "twenty or thirty minutes", 1200 * D(1), 1800 * D(1), "duration:s", "range"),
    ("fr", "Attendez vingt ou trente minutes pour le résultat.", "vingt ou trente minutes", 1200 * D(1), 1800 * D(1), "duration:s", "range"),
    ("ar", "انتظر عشرين أو ثلاثين دقيقة للحصول على النتيجة.", "عشرين او ثلاثين دقيقة", 1200 * D(1), 1800 * D(1), "duration:s", "range"),
    ("en", "It took 2 or 3 days to repair the road.", "2 or 3 days", 2 * DAY, 3 * DAY, "duration:s", "range"),
    # a unit of one ("a year", "يوم") or a number and its unit, then a word of alternative and a greater
    # number: a range in the first number's unit ("a year or two", "يومين أو ثلاثة أيام")
    ("en", "The repairs will keep the bridge shut for a year or two.", "a year or two", 365 * DAY, 730 * DAY, "duration:s", "range"),
    ("fr", "Les travaux fermeront le pont pendant une année ou deux.", "une année ou deux", 365 * DAY, 730 * DAY, "duration:s", "range"),
    ("ar", "ستغلق الأشغال الجسر لمدة عام أو عامين", "عام او عامين", 365 * DAY, 730 * DAY, "duration:s", "range"),
    ("ar", "ظل المطار مغلقا لمدة يومين أو ثلاثة أيام", "يومين او ثلاثة ايام", 2 * DAY, 3 * DAY, "duration:s", "range"),
    ("en", "The strike lasted 5 days or 6.", "5 days or 6", 5 * DAY, 6 * DAY, "duration:s", "range"),
    ("en", "He served 5 years or 6 terms in office.", "6", D(6), None, "count", "exact"),  # the terms are counted
    # a number after its noun that points to what follows counts even under four ("the following three");
    # "وجود دولتين" is two states unless it names the two-State solution ("القائم على وجود دولتين")
    ("ar", "حدد التقرير المخاطر الثلاثة التالية: الفقر والبطالة والجفاف.", "الثلاثة", D(3), None, "count", "exact"),
    ("ar", "يؤكد البيان وجود دولتين مستقلتين في الجزيرة.", "دولتين", D(2), None, "count", "exact"),
    # an Arabic unit noun alone with a qualifier after it is one of the unit, qualified ("at least an hour")
    ("ar", "استغرق إصلاح العطل ساعة على الأقل", "ساعة علي الاقل", D(3600), None, "duration:s", "at_least"),
    ("ar", "استمر الإضراب شهرا أو أكثر", "شهرا او اكثر", MONTH, None, "duration:s", "at_least"),
    # a dot before three digits ending in zero, with no unit after it, groups thousands in any pack
    ("en", "The stadium holds 40,000 and 10.700 tickets were sold on Monday.", "10.700", D(10_700), None, "count", "exact"),
    ("ar", "ارتفعت أسعار الشحن بمعامل 4-5x منذ الربيع.", "بمعامل 4-5x", D(4), D(5), "ratio", "range"),
    ("en", "It moves at 12.8 km or 8 miles per second.", "8 miles per second", D("46349.1072"), None, "speed:km/h", "exact"),
    # a duration after a word of "every" is the period measured, whatever follows it ("every 37 minutes",
    # the convention's own example; "every 60 days thereafter")
    ("en", "A child dies every 37 minutes.", "37 minutes", 37 * D(60), None, "duration:s", "exact"),
    ("fr", "Un enfant meurt toutes les 37 minutes.", "37 minutes", 37 * D(60), None, "duration:s", "exact"),
    ("ar", "يموت طفل كل 37 دقيقة.", "37 دقيقة", 37 * D(60), None, "duration:s", "exact"),
    ("ar", "تقدم الشركة تقريرا في غضون 15 يوما من توقيع العقد، وكل 60 يوماً بعد ذلك", "60 يوما", 60 * DAY, None, "duration:s", "exact"),
    # a lower-case m glued to digits: million before a counted noun, metres before nothing counted,
    # a word of size or a race's word (a race's distance is no claim: test_not_claim_rules)
    ("en", "The company gained 1.5m customers last year.", "1.5m", D(1_500_000), None, "count", "exact"),
    ("en", "He ran 100m in ten seconds.", "100m", D(100), None, "length:m", "exact"),
    ("en", "The wall is 10m high.", "10m", D(10), None, "length:m", "exact"),
    ("fr", "Le mur fait 10m de haut.", "10m", D(10), None, "length:m", "exact"),
    # a W glued to digits is watts; any one-letter unit closing a range is the range's
    ("en", "It ships with a 10W bulb.", "10W", D(10), None, "power:W", "exact"),
    ("en", "It needs a 5-10W charger.", "5-10W", D(5), D(10), "power:W", "range"),
    # cents in every pack: French centimes (of the euro), Arabic سنت (of the dollar, as English "cents")
    ("fr", "Le prix du litre a augmenté de 34 centimes.", "34 centimes", D("0.34"), None, "currency:EUR", "exact"),
    ("ar", "ارتفع سعر اللتر 34 سنتا", "34 سنتا", D("0.34"), None, "currency:USD", "exact"),
    # Brazilian reais, in the three packs
    ("en", "The ticket cost 500 reais.", "500 reais", D(500), None, "currency:BRL", "exact"),
    ("fr", "Le billet coûte 500 réais.", "500 réais", D(500), None, "currency:BRL", "exact"),
    ("ar", "بلغ سعر التذكرة 500 ريال برازيلي", "500 ريال برازيلي", D(500), None, "currency:BRL", "exact"),
    # an age word after digits is a whole word: "two young children" are two children, no age
    ("en", "Their two young children were killed.", "two", D(2), None, "count", "exact"),
    # a masculine dual the pack lists; a year glued to its word
    ("ar", "أعلنت الشرطة مقتل سائحين بريطانيين", "سائحين", D(2), None, "count", "exact"),
    # ... and the range its number opens is the multiplier's
    ("en", "Deaths exceeded the official tally by a factor of 4 to 5.", "by a factor of 4 to 5", D(4), D(5), "ratio", "range"),
    ("fr", "Le nombre de cas a été multiplié par 4 à 5 en un mois.", "multiplié par 4 à 5", D(4), D(5), "ratio", "range"),
    ("ar", "تجاوز عدد الوفيات العدد الرسمي بمعامل 4-5.", "بمعامل 4-5", D(4), D(5), "ratio", "range"),
    ("fr", "Les décès ont dépassé le décompte officiel d'un facteur 4.", "d'un facteur 4", D(4), None, "ratio", "exact"),
    ("ar", "تجاوز عدد الوفيات العدد الرسمي بمعامل 4.", "بمعامل 4", D(4), None, "ratio", "exact"),
    # French: a bound after a noun for people, or after the article standing for them, makes an age
    ("fr", "La noyade est une cause fréquente d'accident chez les enfants de moins de cinq ans.", "moins de cinq ans", D(5), None, "age:year", "less_than"),
    ("fr", "Environ 70 % des votants étaient les plus de 60 ans.", "plus de 60 ans", D(60), None, "age:year", "more_than"),
    ("fr", "Pendant les plus de 30 ans de guerre, rien n'a changé.", "plus de 30 ans", 30 * 365 * DAY, None, "duration:s", "more_than"),
    ("fr", "Le gouvernement a annoncé l'affectation de 192 millions $C au vaccin.", "192 millions $C", D(192_000_000), None, "currency:CAD", "exact"),
    # a fall to a higher percentage is the range of the fall's size
    ("en", "The survey found a drop of 20% to 30% in bus ridership.", "20% to 30%", D(20), D(30), "percent", "range"),
    ("ar", "كشف المسح عن تراجع في عدد ركاب الحافلات بنسبة 20% إلى 30%", "20% الي 30%", D(20), D(30), "percent", "range"),
    ("en", "The lake is now twice its former size.", "twice its", D(2), None, "ratio", "exact"),
    # tens joined after a cardinal written after its noun
    ("ar", "والفرق الأربع والعشرون التي تشارك في البطولة", "الاربع والعشرون", D(24), None, "count", "exact"),
    # Arabic fractions under the article
    ("ar", "يترك الثلث من الطلاب الدراسة قبل بلوغهم سن السادسة عشرة", "الثلث", D(100) / 3, None, "percent", "exact"),
    # energy in every spelling of the hour; a number word alone before a year is one count of a list by year
    ("en", "The town will install a 23.5 megawatt-hour battery.", "23.5 megawatt-hour", D(23_500_000), None, "energy:Wh", "exact"),
    ("fr", "Le parc solaire produira 23,5 mégawatts-heure par jour.", "23,5 mégawatts-heure", D(23_500_000), None, "energy:Wh", "exact"),
    ("en", "It granted 55 scholarships: eleven in 2002, eight in 2003.", "eight", D(8), None, "count", "exact"),
    ("fr", "Le nombre a augmenté, passant de quatre en 2010 à 22 en 2011.", "quatre", D(4), None, "count", "exact"),
    ("ar", "55 منحة: إحدى عشرة منحة في عام 2002، واثنتان في عام 2009", "واثنتان", D(2), None, "count", "exact"),
    # "older than" bounds an age after a noun for people; three zeros after a dot before a counted noun group thousands
    ("en", "Falls are most frequent among older adults (those older than 60 years).", "older than 60 years", D(60), None, "age:year", "more_than"),
    ("en", "The city marathon drew more than 42.000 runners.", "more than 42.000", D(42000), None, "count", "more_than"),
    ("en", "The index rose 2.125 points.", "2.125", D("2.125"), None, "count", "exact"),
    # a number of times under a multiplying verb is its factor, and the verb no doubling of its own
    ("ar", "قد تضاعف الطلب على الدراجات الكهربائية بمقدار 100 مرة.", "100 مرة", D(100), None, "ratio", "exact"),
    ("ar", "السائقون الشباب أكثر عرضة للحوادث بمقدار 2.4 مرة مقارنةً بغيرهم", "2.4 مرة", D("2.4"), None, "ratio", "exact"),
    # "pour un mois": the article before a unit of time after "pour" is one of it; a one-letter name before the noun
    ("fr", "Le chantier a été arrêté pour un mois minimum.", "un mois", MONTH, None, "duration:s", "exact"),
    ("en", "The lamp runs on two D batteries, which keeps it light.", "two", D(2), None, "count", "exact"),
    # "N fois le prix": a multiple of a measure; growth in the accusative governs "N مرة"; duals of particles
    ("fr", "Ces truffes se vendent jusqu'à 9 000 € le kilo, soit environ dix fois le prix du caviar.", "environ dix fois le prix", D(10), None, "ratio", "approx"),
    ("fr", "Il a remporté sept fois le championnat.", "sept", D(7), None, "count", "exact"),
    ("ar", "ومنذ ذلك الوقت، سجل عدد سكان البلدة نموا بلغ 90 مرة.", "90 مرة", D(90), None, "ratio", "exact"),
    ("ar", "يحتوي الجزيء على جسيمين - أحدهما موجب والآخر سالب.", "جسيمين", D(2), None, "count", "exact"),
    # a unit of time in the possessive measures its noun; a name in capitals between a number and its noun
    ("en", "Arriving cattle will be kept in two weeks' isolation on the farm.", "two weeks", 14 * DAY, None, "duration:s", "exact"),
    ("en", "The team has scouts in all six NFL divisions.", "six", D(6), None, "count", "exact"),
    ("en", "The enzyme works 2,000 times faster.", "2,000", D(2000), None, "count", "exact"),
    # a noun joined to its number by a hyphen is what it counts, as French and Arabic write it apart
    ("en", "Shoppers were held to a four-pack per customer limit.", "four", D(4), None, "count", "exact"),
    ("en", "The magazine ran an eight-page supplement on gardening.", "eight", D(8), None, "count", "exact"),
    ("en", "Ocado was limiting purchases to two 12-roll packs.", "12", D(12), None, "count", "exact"),
    ("en", "The panel is a nine-member committee.", "nine", D(9), None, "count", "exact"),
    # a deadline's bound before the duration makes it measured, at most, as after it
    ("fr", "La demande doit être déposée au plus tard six mois avant la fin du bail.", "au plus tard six mois", 6 * MONTH, None, "duration:s", "at_most"),
    # a qualified majority is a share of the votes; "dont" names the whole of the fraction after it
    ("fr", "Les statuts imposent une majorité des deux tiers pour dissoudre l'association.", "majorité des deux tiers", D(2) / D(3) * 100, None, "percent", "exact"),
    ("en", "It needs a majority of two thirds to pass.", "majority of two thirds", D(2) / D(3) * 100, None, "percent", "exact"),
    ("fr", "Un million de visiteurs, dont la moitié venus de l'étranger.", "la moitié", D(50), None, "percent", "exact"),
    # brackets of a draft under negotiation keep the number with its unit
    ("en", "Rent increases shall not exceed, each year, [sixty five] per cent of inflation.", "sixty five  per cent", D(65), None, "percent", "exact"),
    ("fr", "La hausse ne dépasse pas, chaque année, [65] % de l'inflation.", "65  %", D(65), None, "percent", "exact"),
    # "over" a duration with no quantity before it in its clause measures it, in Arabic as in English
    # (after one it places it: test_a_dual_duration_after_a_quantity_and_a_placing_word_is_time)
    ("ar", "امتدت ورش العمل في المدرسة على مدى يومين", "يومين", 2 * DAY, None, "duration:s", "exact"),
    # a unit of length under its article after "من"; "م" after a number that is no year is a metre
    ("ar", "تقع المحطة على بعد 3 من الأمتار من الشاطئ", "3 من الامتار", D(3), None, "length:m", "exact"),
    ("ar", "تبعد اللافتة 2.5 م عن الطريق", "2.5 م", D("2.5"), None, "length:m", "exact"),
    ("ar", "بلغت سرعة الرياح 30 م/ث", "30 م/ث", D(108), None, "speed:km/h", "exact"),
    # twice a level named before; a doubling verb in the imperfect
    ("en", "Officials said twice that amount was spent.", "twice that", D(2), None, "ratio", "exact"),
    ("ar", "وقال إن ضعف هذا المبلغ أنفق على الطرق", "ضعف هذا", D(2), None, "ratio", "exact"),
    ("fr", "Le nombre de patients doublait chaque semaine.", "doublait", D(2), None, "ratio", "exact"),
    # a measure in brackets after a label word is no label; a number word before a hyphenated compound counts it
    ("fr", "Le parti arrive en milieu de tableau (42 %) devant les autres.", "42 %", D(42), None, "percent", "exact"),
    ("en", "Police detained two 17-year-olds after the match.", "two", D(2), None, "count", "exact"),
    # "avoir" tells an age in French, but not of the years of something linked after them
    ("fr", "Le conducteur avait 34 ans.", "34 ans", D(34), None, "age:year", "exact"),
    ("fr", "La victime a 19 ans, selon la police.", "19 ans", D(19), None, "age:year", "exact"),
    ("fr", "Très peu de malades avaient moins de 20 ans.", "moins de 20 ans", D(20), None, "age:year", "less_than"),
    ("fr", "L'entreprise, qui a 20 ans d'expérience, recrute.", "20 ans", 20 * 365 * DAY, None, "duration:s", "exact"),
    # a decimal in brackets after a percentage is no percentage by that alone
    ("fr", "Ces filtres retiennent 99,97 % (réduction de 3,5 log) des particules.", "3,5", D("3.5"), None, "count", "exact"),
    # a word that is a number of times by itself counts as "three times" does, with no unit after it
    ("en", "Officials meet twice a year in Geneva.", "twice", D(2), None, "count", "exact"),
    ("ar", "يجتمع المسؤولون مرتين في السنة", "مرتين", D(2), None, "count", "exact"),
    ("en", "Twice as many people voted.", "Twice as", D(2), None, "ratio", "exact"),
    # signs of comparison are qualifiers in every language
    ("en", "Patients aged ≥60 years were admitted.", "≥60 years", D(60), None, "age:year", "at_least"),
    ("fr", "La fièvre dépassait > 38 degrés chez certains.", "> 38 degrés", D(38), None, "temperature:C", "more_than"),
    ("ar", "ارتفع المؤشر ≥4 مرات في مرحلة التعافي", "≥4 مرات", D(4), None, "ratio", "at_least"),
    ("en", "The p-value was < 0.05 in both arms.", "< 0.05", D("0.05"), None, "count", "less_than"),
    # a number joined to another counts the other's noun: "and", "of", "sur", "من أصل"
    ("en", "Two and three rooms were booked.", "Two", D(2), None, "count", "exact"),
    ("en", "In five of six patients the load fell.", "five", D(5), None, "count", "exact"),
    ("fr", "Chez cinq patients sur six, la charge a baissé.", "six", D(6), None, "count", "exact"),
    ("ar", "في خمسة من أصل ستة مرضى انخفض الحمل", "خمسة", D(5), None, "count", "exact"),
    ("fr", "Ils ont limité les achats à deux et un paquet par client.", "deux", D(2), None, "count", "exact"),  # not "deux et un", three
    # a decimal without its leading zero before a percent sign; a percentage after a sentence end that lost its space
    ("en", "Rates ranged from 4% in Chile to .05% in Norway.", ".05%", D("0.05"), None, "percent", "exact"),
    ("ar", "تراوحت المعدلات بين 4% في تشيلي و.05% في النرويج", ".05%", D("0.05"), None, "percent", "exact"),
    ("fr", "Le ministère a retiré les kits de Bioeasy.80 % des kits étaient faux.", "80 %", D(80), None, "percent", "exact"),
    # a half between a lone "one" and its unit or scale makes it a number; the half may be hyphenated
    ("en", "The trial took one and a half years.", "one and a half years", D("1.5") * 365 * DAY, None, "duration:s", "exact"),
    ("en", "Some one and a half million people voted.", "Some one and a half million", D(1_500_000), None, "count", "approx"),
    ("en", "A vaccine needs one-and-a-half years.", "one-and-a-half years", D("1.5") * 365 * DAY, None, "duration:s", "exact"),
    # a unit of several words, hyphenated in a compound adjective
    ("en", "They opened a makeshift 2000-sq-meter laboratory.", "2000-sq-meter", D(2000), None, "area:m2", "exact"),
    ("en", "She rents a 500-square-foot flat.", "500-square-foot", D("46.45152"), None, "area:m2", "exact"),
    # a word of age before a number in brackets, under a clitic too
    ("fr", "Les facteurs de risque étaient le sexe, l’âge (≥ 60) et une pneumonie.", "≥ 60", D(60), None, "age:year", "at_least"),
    ("ar", "تمثلت عوامل الخطر في النوع والسن (≥60) والالتهاب الرئوي", "≥60", D(60), None, "age:year", "at_least"),
    # an Arabic dual of a noun whose stem has two letters ("ذرة": ذرتين); "هاتين" (these two) refers back
    ("ar", "يتكون جزيء ثاني أكسيد الكربون من ذرتين أكسجين وذرة كربون", "ذرتين", D(2), None, "count", "exact"),
    ("ar", "يتحدث سكان الإقليم لغتين رسميتين", "لغتين", D(2), None, "count", "exact"),
    # a number word counts the noun after "more"
    ("en", "Two more towns, Aberdeen and Perth, joined the scheme.", "Two", D(2), None, "count", "exact"),
    # an article before a unit of time after a qualifier is one of the unit, as "plus d'un an" is
    ("en", "The treaty brought almost a decade of calm to the border.", "almost a decade", 3650 * DAY, None, "duration:s", "approx"),
    ("en", "It took more than a year to rebuild the bridge.", "more than a year", 365 * DAY, None, "duration:s", "more_than"),
    ("fr", "Il a fallu au moins une heure pour réparer la panne.", "au moins une heure", D(3600), None, "duration:s", "at_least"),
    # a half ending the low end of a range: the range goes on to the high end and its unit
    ("en", "It would take one and a half to two years.", "one and a half to two years", D("1.5") * 365 * DAY, 2 * 365 * DAY, "duration:s", "range"),
    ("fr", "Il faudrait un an et demi à deux ans.", "un an et demi à deux ans", D("1.5") * 365 * DAY, 2 * 365 * DAY, "duration:s", "range"),
    ("ar", "سيستغرق الأمر عامًا ونصف إلى عامين", "عاما ونصف الي عامين", D("1.5") * 365 * DAY, 2 * 365 * DAY, "duration:s", "range"),
    # a range of times under a word of change is a range of ratios
    ("en", "Cases rose 3 to 4 times in a month.", "3 to 4 times", D(3), D(4), "ratio", "range"),
    ("fr", "Les cas ont augmenté de 3 à 4 fois en un mois.", "3 à 4 fois", D(3), D(4), "ratio", "range"),
    ("ar", "ارتفعت الحالات بمقدار 4-5 مرات خلال شهر", "4-5 مرات", D(4), D(5), "ratio", "range"),
    # a fold of one character glued to its number ("5x", "10×"), alone or closing a range
    ("en", "Sales grew 5x last year.", "5x", D(5), None, "ratio", "exact"),
    ("fr", "Le trafic a été multiplié par 10× en un an.", "multiplié par 10×", D(10), None, "ratio", "exact"),
    ("ar", "تجاوز العدد الرسمي للوفيات بمعامل 4-5×", "بمعامل 4-5×", D(4), D(5), "ratio", "range"),
    # not a fold: a number after it (a dimension)
    ("ar", "تستخدم الكاميرا فيلما مقاس 35 مم (36× 24 مم)", "36", D("0.036"), None, "length:m", "exact"),
    # a fraction written with a slash is a share before its whole or after a word of change ("by")
    ("en", "Policies might reduce peak demand by 2/3 and deaths by half.", "2/3", D(2) / D(3) * 100, None, "percent", "exact"),
    ("fr", "Environ 1/3 des électeurs se sont abstenus.", "Environ 1/3", D(100) / D(3), None, "percent", "approx"),
    ("ar", "قد تقلل السياسات الطلب على الرعاية الصحية بـ 2/3", "2/3", D(2) / D(3) * 100, None, "percent", "exact"),
    ("ar", "يجب أن يكون العمق 5 مم (1/5 بوصة) أو أعمق", "1/5 بوصة", D("0.00508"), None, "length:m", "at_least"),
    # a word that measures a duration before it wins over a word of time after it
    ("ar", "يجب أن يكون جواز السفر سارياً لمدة 6 شهور بعد تواريخ السفر", "6 شهور", 6 * MONTH, None, "duration:s", "exact"),
    ("en", "It stays valid for a period of six months after the vote.", "six months", 6 * MONTH, None, "duration:s", "exact"),
    ("fr", "Il reste valable pour une durée de six mois après le vote.", "six mois", 6 * MONTH, None, "duration:s", "exact"),
    ("ar", "استمر القتال لمدة يومين بعد الهجوم", "يومين", 2 * DAY, None, "duration:s", "exact"),
    # masculine duals of nouns whose plural is written otherwise
    ("ar", "وثلاثة مشاريع أخرى قيد الدراسة، ولقاحان موجهان للأطفال", "ولقاحان", D(2), None, "count", "exact"),
    ("ar", "أجرى المختبر اختبارين للكشف عن الفيروس", "اختبارين", D(2), None, "count", "exact"),
    # Arabic nouns for people before a bound make the years after it an age, as "girls under 18" does;
    # "من العمر" (of age) before a number says it too
    ("ar", "يحصل الأطفال دون 5 سنوات على اللقاح مجانا", "دون 5 سنوات", D(5), None, "age:year", "less_than"),
    ("ar", "يحق للفتيات دون 18 عاما التعليم المجاني", "دون 18 عاما", D(18), None, "age:year", "less_than"),
    ("ar", "أفاد المدرب أن اللاعبين قد بلغوا من العمر سبعة عشرة سنة", "سبعة عشرة سنة", D(17), None, "age:year", "exact"),
    # a range of years its opener opens right after a noun for people is a range of ages
    ("en", "It affects women between 15 and 24 years.", "between 15 and 24 years", D(15), D(24), "age:year", "range"),
    ("fr", "Cela touche les femmes entre 15 et 24 ans.", "entre 15 et 24 ans", D(15), D(24), "age:year", "range"),
    ("ar", "تزداد المسائل تفاقما في حالة النساء بين 15 و24 عامًا", "بين 15 و24 عاما", D(15), D(24), "age:year", "range"),
    ("en", "The country suffered between 15 and 24 years of war.", "between 15 and 24 years", 15 * 365 * DAY, 24 * 365 * DAY, "duration:s", "range"),
    # a number of times before a word that divides by it is the inverse ratio; a fraction before a
    # word for a rate compares two rates
    ("fr", "Le loyer peut être deux fois moins élevé qu'en centre-ville.", "deux fois moins", D("0.5"), None, "ratio", "exact"),
    ("fr", "Ce traitement est deux à trois fois moins cher.", "deux à trois fois moins", D(1) / D(3), D("0.5"), "ratio", "range"),
    ("en", "Women were three times less likely to be hired.", "three times less", D(1) / D(3), None, "ratio", "exact"),
    ("ar", "كانت معدلات النجاة نصف معدلات البلدان الأغنى", "نصف", D("0.5"), None, "ratio", "exact"),
    # a bound after a counted noun and a word after it; a negated comparative bounds from the other side
    ("ar", "قد يغلق 40 متجرا آخر أو أكثر", "40", D(40), None, "count", "at_least"),
    ("fr", "Selon le syndicat, il pourrait y avoir 40 autres magasins voire même plus.", "40", D(40), None, "count", "at_least"),
    ("en", "The parks must cover areas no smaller than 50 hectares.", "no smaller than 50 hectares", D(500_000), None, "area:m2", "at_least"),
    # a range its opener opens, whose second number is no year, is a range of counts, not a year and a count
    ("en", "The number of victims ranged between 2000 and 3000 people.", "between 2000 and 3000", D(2000), D(3000), "count", "range"),
    ("ar", "يتراوح عدد الضحايا بين 2000 و3000 شخص.", "بين 2000 و3000", D(2000), D(3000), "count", "range"),
    # a death or a retirement "at" a number of years is an age; with a noun counted after it, a count
    ("fr", "Le chanteur est mort à 82 ans dans sa maison de Nice.", "82 ans", D(82), None, "age:year", "exact"),
    ("fr", "Le projet repousse le départ à la retraite à 64 ans.", "64 ans", D(64), None, "age:year", "exact"),
    ("en", "The novelist died at 82 at her home in Dublin.", "82", D(82), None, "age:year", "exact"),
    ("en", "Most nurses retire at 60, the union says.", "60", D(60), None, "age:year", "exact"),
    ("en", "Flooding hit the region and 12 died at 4 camps.", "4", D(4), None, "count", "exact"),
    ("ar", "شاركت في المسابقة فتيات ذوات 14 سنة", "14 سنة", D(14), None, "age:year", "exact"),
    ("ar", "بلغت صادرات البلاد 12 بليوناً العام الماضي", "12 بليونا", D(12_000_000_000), None, "count", "exact"),
    # barrels per day written short: the volume of barrels, as "barrels a day"
    ("en", "The new refinery will process 120,000 bpd of crude.", "120,000 bpd", D(120_000) * D("158.987294928"), None, "volume:l", "exact"),
    ("fr", "La raffinerie traitera 120 000 b/j de brut.", "120 000 b/j", D(120_000) * D("158.987294928"), None, "volume:l", "exact"),
    # a half after a number with its scale halves the scale ("five and a half million"), named again or not
    ("ar", "يعيش في المدينة خمسة ملايين ونصف مليون نسمة", "خمسة ملايين ونصف مليون", D(5_500_000), None, "count", "exact"),
    ("ar", "نزح مليون ونصف المليون شخص", "مليون ونصف المليون", D(1_500_000), None, "count", "exact"),
    ("en", "Some 2 million and a half people live there.", "Some 2 million and a half", D(2_500_000), None, "count", "approx"),
    ("ar", "خصصت الوزارة ملياري دولار ونصف للمشروع", "ملياري دولار ونصف", D(2_500_000_000), None, "currency:USD", "exact"),
    ("ar", "تبلغ مساحة المحمية 250 كيلو مترا مربعا", "250 كيلو مترا مربعا", D(250_000_000), None, "area:m2", "exact"),
    # "cents" after digits before a currency is the currency's cents, not hundreds
    ("fr", "Le litre de lait a pris 12 cents de dollar en un mois.", "12 cents de dollar", D("0.12"), None, "currency:USD", "exact"),
    ("ar", "يبلغ طول الحشرة 4 ميليمترات فقط", "4 ميليمترات", D("0.004"), None, "length:m", "exact"),
    ("ar", "نصف سكان البلدة أعمارهم تقل عن 18 سنة", "تقل عن 18 سنة", D(18), None, "age:year", "less_than"),
    # a franc no country names keeps its name; the Swiss and CFA ones are their currencies
    ("fr", "L'action a fini aux environs de 82 francs.", "aux environs de 82 francs", D(82), None, "other:franc", "approx"),
    ("en", "The visa fee is 60 francs.", "60 francs", D(60), None, "other:franc", "exact"),
    ("ar", "بلغت قيمة الغرامة 300 فرنك", "300 فرنك", D(300), None, "other:franc", "exact"),
    ("fr", "Le billet coûte 12 francs suisses.", "12 francs suisses", D(12), None, "currency:CHF", "exact"),
    # a unit of one after a qualifier, of any measure as of time: "less than a mile", "moins d'un kilomètre"
    ("en", "The school is less than a mile from the river.", "less than a mile", D("1609.344"), None, "length:m", "less_than"),
    ("fr", "L'école est à moins d'un kilomètre de la rivière.", "moins d'un kilomètre", D(1000), None, "length:m", "less_than"),
    # light-years are kept as such (in metres a galaxy passes the greatest magnitude of a claim)
    ("en", "The cluster lies about 300 million light-years from Earth.", "about 300 million light-years", D(300_000_000), None, "other:light-year", "approx"),
    ("ar", "تبعد المجرة 12 مليون سنة ضوئية عن الأرض", "12 مليون سنة ضوئية", D(12_000_000), None, "other:light-year", "exact"),
    # a word of age that also says "holder of" makes no age of a number with a noun after it
    ("ar", "وقاد الفريق صاحب ال 98 مباراة دولية", "98", D(98), None, "count", "exact"),
    ("ar", "يضم المبنى قاعة تبلغ مساحتها (1200 م 2) في الطابق الأول", "1200 م 2", D(1200), None, "area:m2", "exact"),
    ("ar", "ارتفعت النسبة من 4و0% إلى نحو 2و5% خلال العام", "0.4%", D("0.4"), None, "percent", "exact"),
    # an amount in two scales joined by a connector is one
    ("ar", "بلغت قيمة المنح 215 مليونا و600 ألف دولار هذا العام", "215 مليونا و600 الف دولار", D(215_600_000), None, "currency:USD", "exact"),
    ("fr", "Le projet a coûté 3 millions et 200 mille euros.", "3 millions et 200 mille euros", D(3_200_000), None, "currency:EUR", "exact"),
    # the dual of a noun the pack lists counts two ("جينوم": genome)
    ("ar", "قارن الباحثون جينومين من الخفافيش", "جينومين", D(2), None, "count", "exact"),
    # "over" with no quantity before it in its clause is "more than"; a dual placed after one is time
    ("en", "The talks lasted over three weeks.", "over three weeks", 21 * DAY, None, "duration:s", "more_than"),
    # currencies of Israel, the Gulf, Asia, Africa and the Americas by their names and codes
    ("en", "The ministry will pay NIS 120 million to the farmers.", "NIS 120 million", D(120_000_000), None, "currency:ILS", "exact"),
    ("fr", "Le ministère versera 120 millions de shekels aux agriculteurs.", "120 millions de shekels", D(120_000_000), None, "currency:ILS", "exact"),
    ("ar", "ستدفع الوزارة 120 مليون شيكل للمزارعين", "120 مليون شيكل", D(120_000_000), None, "currency:ILS", "exact"),
    ("ar", "بلغت الإيرادات 5 ملايين ريال قطري في العام", "5 ملايين ريال قطري", D(5_000_000), None, "currency:QAR", "exact"),
    ("en", "Revenue reached 5 million Qatari riyals last year.", "5 million Qatari riyals", D(5_000_000), None, "currency:QAR", "exact"),
    ("fr", "Les recettes ont atteint 5 millions de riyals qataris.", "5 millions de riyals qataris", D(5_000_000), None, "currency:QAR", "exact"),
    ("en", "The bank lent 40 billion naira to the farmers.", "40 billion naira", D(40_000_000_000), None, "currency:NGN", "exact"),
    # an age in words set off by commas after a name; a number of years under a bound in brackets is a length
    ("fr", "Mme Durand, cinquante-quatre ans, demeurant rue Haute, a été blessée.", "cinquante-quatre ans", D(54), None, "age:year", "exact"),
    ("en", "The notice states the length of the extension sought (up to 5 years) and its grounds.", "up to 5 years", 5 * 365 * DAY, None, "duration:s", "at_most"),
    # a number grouped with a dot opening a line counts ("5.1 Overview" is a section)
    ("fr", "2.000 ouvriers avaient répondu à l'appel des syndicats.", "2.000", D(2000), None, "count", "exact"),
    # digits set in brackets, then their unit
    ("ar", "تعلو المسجد قبة شاهقة بارتفاع (37) مترا من الأرض", "37) مترا", D(37), None, "length:m", "exact"),
    # "they reached N years" is an age
    ("ar", "أكدت المحكمة أن المتهمين بلغوا ثمانية عشر عاما وقت الحادث", "ثمانية عشر عاما", D(18), None, "age:year", "exact"),
    # a fraction after a share of a whole in its sentence is a share of the same whole, left out
    ("en", "Half of the students walk to school, nearly a quarter come by bus and the rest by car.", "nearly a quarter", D(25), None, "percent", "approx"),
    ("fr", "La moitié des élèves viennent à pied, un quart en bus et le reste en voiture.", "un quart", D(25), None, "percent", "exact"),
    ("ar", "يأتي نصف الطلاب سيرا على الأقدام وخمسهم بالحافلة", "وخمسهم", D(20), None, "percent", "exact"),
    # a season is no label with a count after it ("الموسم 5" alone is one)
    ("ar", "لعب المهاجم هذا الموسم 28 مباراة مع فريقه", "28", D(28), None, "count", "exact"),
    # the dunam (1,000 m²) and the feddan (4,200 m²)
    ("en", "Settlers seized 300 dunams of farmland near the village.", "300 dunams", D(300_000), None, "area:m2", "exact"),
    ("fr", "Les colons ont saisi 300 dounams de terres agricoles.", "300 dounams", D(300_000), None, "area:m2", "exact"),
    ("ar", "صادر المستوطنون 300 دونمات من الأراضي الزراعية", "300 دونمات", D(300_000), None, "area:m2", "exact"),
    ("ar", "زرع الفلاحون عشرة فدادين بالقمح", "عشرة فدادين", D(42_000), None, "area:m2", "exact"),
    # a scale word right after a group of number words multiplies all of it
    ("ar", "بلغت ديون الشركة ألف مليار دولار في نهاية العام", "الف مليار دولار", D(10**12), None, "currency:USD", "exact"),
    ("fr", "Les dettes du groupe ont atteint mille milliards de dollars.", "mille milliards de dollars", D(10**12), None, "currency:USD", "exact"),
    ("en", "The group's debts reached a thousand billion dollars.", "a thousand billion dollars", D(10**12), None, "currency:USD", "exact"),
    ("ar", "بلغت ديون الشركة عشرة آلاف مليون دولار", "عشرة الاف مليون دولار", D(10**10), None, "currency:USD", "exact"),
    # an age after "turn" with a pronoun after it; "avoir eu N ans"
    ("en", "When you turn 21 you can vote in the state.", "21", D(21), None, "age:year", "exact"),
    ("fr", "Le chanteur a eu 60 ans la semaine dernière.", "60 ans", D(60), None, "age:year", "exact"),
    # engine sizes and small volumes in cubic centimetres
    ("en", "The new model has a 1,300 cm³ engine and a lighter frame.", "1,300 cm³", D("1.3"), None, "volume:l", "exact"),
    ("en", "Each dose holds 5 cubic centimetres of the vaccine.", "5 cubic centimetres", D("0.005"), None, "volume:l", "exact"),
    ("fr", "La moto est équipée d'un moteur de 750 cm³ refroidi par air.", "750 cm³", D("0.75"), None, "volume:l", "exact"),
    ("ar", "تعمل السيارة بمحرك سعته 1500 سم3 فقط", "1500 سم3", D("1.5"), None, "volume:l", "exact"),
    # a dual, a bare joiner and a number word: a range of the dual's noun
    ("ar", "يمكث المسافر يومين أو ثلاثة في المدينة قبل الرحيل", "يومين او ثلاثة", 2 * DAY, 3 * DAY, "duration:s", "range"),
    ("ar", "حصد الفريق بطولتين أو ثلاث بطولات في العقد الماضي", "بطولتين او ثلاث بطولات", D(2), D(3), "count", "range"),
    # an age set off by commas after a noun for a person
    ("en", "Police said a woman, 34, was taken to hospital after the crash.", "34", D(34), None, "age:year", "exact"),
    # the Arabic comma as a decimal mark before one or two digits (before three it groups thousands)
    ("ar", "بلغ معدل البطالة 2،5 في المائة في الربع الأول", "2،5 في المائة", D("2.5"), None, "percent", "exact"),
    ("ar", "حضر المباراة أكثر من 12،000 متفرج", "اكثر من 12،000", D(12000), None, "count", "more_than"),
    # gallons and fluid ounces abbreviated, millilitres in Arabic, a metric ton in a compound
    ("en", "The new aquarium holds 40 gal of fresh water.", "40 gal", D("151.41647136"), None, "volume:l", "exact"),
    ("en", "Each can holds 12 fl oz of soda.", "12 fl oz", D("0.35488235475"), None, "volume:l", "exact"),
    ("ar", "يشرب الطفل 250 مل من الحليب يوميا", "250 مل", D("0.25"), None, "volume:l", "exact"),
    ("en", "The agency plans a 70-metric-ton launcher for the moon.", "70-metric-ton", D(70_000), None, "mass:kg", "exact"),
]


def test_a_dual_duration_after_a_quantity_and_a_placing_word_is_time() -> None:
    """"ثلاث جلسات على مدى يومين": the two days place the three sessions; alone they are told."""
    placed = find_quantities(normalize("عقد المجلس ثلاث جلسات على مدى يومين").text, load_pack("ar"))
    assert [(h.value, h.unit) for h in placed] == [(D(3), "count")]
    alone = find_quantities(normalize("استمرت المفاوضات على مدى يومين").text, load_pack("ar"))
    assert [(h.value, h.unit) for h in alone] == [(2 * DAY, "duration:s")]


def test_a_qualified_unit_of_time_placed_in_time_is_no_duration() -> None:
    """"more than a week earlier" compares with a time: the percentage is the only claim."""
    hits = find_quantities(normalize("Entries rose 80 percent more than a week earlier.").text, load_pack("en"))
    assert [(h.value, h.unit) for h in hits] == [(D(80), "percent")]


@pytest.mark.parametrize("text", ["زار الوزير هاتين الدولتين", "هاتان الدولتان تقعان في آسيا", "أنتِ تأتين غدا"])
def test_words_that_end_as_duals_and_are_none_give_no_claim(text: str) -> None:
    """A demonstrative of two ("هاتين": these two, named before) and a verb ending as a dual."""
    assert find_quantities(normalize(text).text, load_pack("ar")) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Almost half (47.7%) of the voters were over 50."),
        ("ar", "تجاوز عمر ما يقرب من نصف الناخبين (47.7%) الخمسين"),
        ("fr", "Près de la moitié (47,7 %) des électeurs."),
    ],
)
def test_a_share_restated_in_brackets_is_one_claim(lang: str, text: str) -> None:
    """The percentage in brackets states the share the fraction word rounds: 47.7, not 50 as well."""
    norm = normalize(text).text
    assert [h.value for h in find_quantities(norm, load_pack(lang)) if h.unit == "percent"] == [D("47.7")]


@pytest.mark.parametrize("lang, text, quoted, value, high, unit, qualifier", ROWS, ids=[f"{r[0]}-{r[2]}" for r in ROWS])
def test_capability(lang: str, text: str, quoted: str, value: Decimal, high: Decimal | None, unit: str, qualifier: str) -> None:
    norm = normalize(text).text
    hits = {norm[h.start : h.end]: h for h in find_quantities(norm, load_pack(lang))}
    assert quoted in hits, list(hits)
    h = hits[quoted]
    assert (h.unit, h.qualifier) == (unit, qualifier)
    assert h.value == pytest.approx(value, rel=Decimal("0.001"))
    assert (h.value_high is None) == (high is None)
    if high is not None:
        assert h.value_high == pytest.approx(high, rel=Decimal("0.001"))


@pytest.mark.parametrize("text", ["Ils ont été placés par une quarantaine de 14 jours.", "Ils sont sortis de quarantaine."])
def test_a_quarantine_is_not_forty(text: str) -> None:
    norm = normalize(text).text
    assert all(h.value != 40 for h in find_quantities(norm, load_pack("fr")))


@pytest.mark.parametrize("lang, text", [("en", "Oil sold at $80 a barrel."), ("fr", "Les ventes ont chuté de 17 % sur un an.")])
def test_an_article_before_a_unit_is_no_number(lang: str, text: str) -> None:
    norm = normalize(text).text
    assert all(h.value != 1 and h.value != 31_536_000 for h in find_quantities(norm, load_pack(lang)))


@pytest.mark.parametrize(
    "text",
    [
        "وأشارت اللجنتان إلى الاجتماعات المقبلة للجنتين",
        "على أساس اتحاد ذي طائفتين وذي منطقتين",
        "قدمت الأمانة مذكرة بشأن إريتريا وبوتان وتوغو",  # a country's name with the clitic "and" (Bhutan)
    ],
)
def test_arabic_duals_that_count_nothing(text: str) -> None:
    """A dual under the article, also behind a clitic (للجنتين), refers back; after ذي it describes."""
    assert find_quantities(normalize(text).text, load_pack("ar")) == []


def test_an_arabic_dual_counts_two() -> None:
    hits = find_quantities(normalize("فازت بميداليتين ذهبيتين").text, load_pack("ar"))
    assert [(h.value, h.unit) for h in hits] == [(2, "count")]


def test_an_amount_of_people_stays_a_count() -> None:
    norm = normalize("Il a reçu 135 millions de dollars pour 3 millions de personnes.").text
    units = {norm[h.start : h.end]: h.unit for h in find_quantities(norm, load_pack("fr"))}
    assert units["3 millions"] == "count"


@pytest.mark.parametrize(
    "text, claims",
    [
        ("خرج أربعة سائقين من المراكز العشرة الأولى في البطولة", ["اربعة"]),  # a rank word after it: the top ten
        ("قتل خمسة أشخاص، وقال أقارب الأشخاص الخمسة إنهم", ["خمسة"]),  # named before: a reference
        ("وذلك خلال السنوات الخمس الماضية", []),  # a unit before it: time, read by the time stage
        ("وعقدت البلدان الثلاثة اجتماعا", []),  # under four: "the three countries" refers back
        ("قارن التقرير الميناء بالموانئ التجارية الستة الأخرى", []),  # "the other six": a reference
    ],
)
def test_arabic_cardinals_after_their_noun_that_count_nothing(text: str, claims: list[str]) -> None:
    norm = normalize(text).text
    assert [norm[h.start : h.end] for h in find_quantities(norm, load_pack("ar"))] == claims


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Compare it with MERS, an outbreak in 2012."), ("ar", "بعد ساعتين ونصف من الانفجار"), ("fr", "La réunion commence à 3 heures et demie.")],
)
def test_halves_and_years_that_make_no_share(lang: str, text: str) -> None:
    """No "one in 2,012", no 50 percent from "ونصف", no hour and a half from a time of day."""
    norm = normalize(text).text
    assert all(h.unit not in ("percent", "duration:s") for h in find_quantities(norm, load_pack(lang)))


@pytest.mark.parametrize(
    "text, claims",
    [
        ("رسالتان متطابقتان مؤرختان في الشهر الماضي", ["رسالتان"]),  # adjectives agree with the dual: one count
        ("فازت بميداليتين ذهبيتين وميداليتين فضيتين", ["بميداليتين", "وميداليتين"]),  # "and" opens the next noun
        ("عضوان من الدول الأفريقية؛", ["عضوان"]),  # a masculine dual of a noun the pack lists
        ("ونظم خلال الصيف مؤتمران رئيسيان عن الطاقة الشمسية", ["مؤتمران"]),
        ("وبعد لقاء مع المدربين واجتماعين من اجتماعات اللجان الرياضية", ["واجتماعين"]),
        ("شوهد طفلان (2) وهما يعبران الطريق", ["طفلان"]),  # the digits in brackets repeat the dual: one claim
        ("أصدر الموظفون والمدنيون بيانا", []),  # sound plurals are no duals
        ("والعضوان الآخران في اللجنة", []),  # with the article: a reference
        ("وتم تركيب شعاعين من الضوء", ["شعاعين"]),
        ("لكنهما مختلفتان في الكتابة", []),  # "but both are different": a description
        ("وعدم القدرة على الحصول على الماء، وهما أمران تفاقما", []),  # "both are matters": a description
        ("حجمه أكبر بكثير، أكثر من تيتان", []),  # a name's -ان after a bound is no dual
        ("إنقاذ الحل القائم على وجود دولتين", []),  # the two-State solution, a set phrase
        ("زار الوزير دولتين في أفريقيا", ["دولتين"]),
        ("توحيد عمليتي الشراء والتخزين اللتين كانتا منفصلتين سابقا", []),  # after a dual verb of being: a description
        ("انقسم الفيروس إلى سلالتين فرعيتين", ["سلالتين"]),  # the adjective's own letters read as a clitic: still one
        ("غسل الأطفال وجوههم بمياه نظيفة وأيديهم بيدين غير نظيفتين", []),  # after غير: a description
        ("طوال شهر مارس 2021 أغلقت المدارس", []),  # the month of March: no month counted
        ("أوصت المنظمة بالمصطلحين باعتبارهما اسمين مؤقتين للمرض", []),  # an adjective agreeing with a dual the pack does not list
        ("كلمتا معد وسار لهما معنيان مختلفتان", []),
        ("كانت محاصرة بين جارتين قويتين", ["جارتين"]),  # after بين, a word, not a noun: the first dual is counted
        ("وهما تسجلان نقطتين مهمتين في الترتيب", ["نقطتين"]),  # after a verb in the dual: its object
    ],
)
def test_arabic_duals_and_their_adjectives(text: str, claims: list[str]) -> None:
    norm = normalize(text).text
    assert [norm[h.start : h.end] for h in find_quantities(norm, load_pack("ar"))] == claims


def test_one_after_a_word_that_is_also_an_adjective_is_no_year() -> None:
    """"عام" is "year" and "general": after another adjective, "عام واحد" is one general thing."""
    norm = normalize("بما في ذلك موقع إلكتروني عام واحد للبلدية").text
    assert find_quantities(norm, load_pack("ar")) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("ar", "يبلغ نصف عمر الإنزيم عشر ساعات"),  # a half-life, no 50 percent
        ("ar", "ارتفعت المبيعات في الربع الثالث من العام"),  # the third quarter of a year
        ("ar", "ارتفع المعدل في الربع السابق، وفق المعهد"),  # the previous quarter
        ("fr", "Dans une étude réalisée sur 240 patients, les résultats varient."),  # a study of them, no share
    ],
)
def test_no_share_where_the_words_name_something_else(lang: str, text: str) -> None:
    norm = normalize(text).text
    assert all(h.unit != "percent" for h in find_quantities(norm, load_pack(lang)))


def test_a_couple_is_two_only_before_a_partitive() -> None:
    """"a couple of years" is about two; "a party for a couple whose house burned down" counts nothing."""
    norm = normalize("They threw a party for a couple whose house burned down.").text
    assert find_quantities(norm, load_pack("en")) == []


def test_a_multiplying_verb_before_its_factor_is_no_doubling() -> None:
    """"تضاعف ... بمقدار 100 مرة" is multiplied by 100: one claim, not 2 and 100; alone, it doubles."""
    pack = load_pack("ar")
    one = find_quantities(normalize("قد تضاعف الطلب على الدراجات الكهربائية بمقدار 100 مرة.").text, pack)
    assert [(h.value, h.unit, h.change) for h in one] == [(D(100), "ratio", "up")]
    alone = find_quantities(normalize("تضاعف عدد الحالات في أسبوع.").text, pack)
    assert [(h.value, h.unit) for h in alone] == [(D(2), "ratio")]


@pytest.mark.parametrize("text", ["ظل المصنع مغلقا طوال نصف قرن تقريبا", "غادر القرية منذ عام تقريبا"])
def test_an_arabic_unit_alone_after_a_fraction_or_placed_in_time_is_no_duration(text: str) -> None:
    norm = normalize(text).text
    assert [h for h in find_quantities(norm, load_pack("ar")) if h.unit == "duration:s"] == []


def test_a_doubling_word_after_a_noun_of_time_is_no_doubling() -> None:
    norm = normalize("انخفض زمن تضاعف الإصابات إلى أربعة أيام").text
    assert [h.unit for h in find_quantities(norm, load_pack("ar"))] == ["duration:s"]
    norm = normalize("تضاعف عدد الإصابات خلال أسبوع").text
    assert [(h.value, h.unit) for h in find_quantities(norm, load_pack("ar"))] == [(2, "ratio")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "In the trial, half of the 80 mice got the vaccine and the other half a placebo."),
        ("fr", "Dans l'essai, la moitié des 80 souris a reçu le vaccin et l'autre moitié un placebo."),
        ("ar", "في التجربة تلقى نصف الفئران الثمانين اللقاح وتلقى النصف الآخر دواء وهميا"),
    ],
)
def test_the_other_half_after_a_half_is_a_second_share(lang: str, text: str) -> None:
    """"half … and the other half": two shares of 50%; "the other half" alone is none."""
    shares = [h.value for h in find_quantities(normalize(text).text, load_pack(lang)) if h.unit == "percent"]
    assert shares == [D(50), D(50)]


@pytest.mark.parametrize(
    "lang, text",
    [("en", "Fans in the other half of the stadium stayed seated."), ("fr", "L'autre moitié du stade est restée assise."),
     ("ar", "بقي المشجعون في النصف الآخر من الملعب جالسين")],
)
def test_the_other_half_alone_is_no_share(lang: str, text: str) -> None:
    assert [h for h in find_quantities(normalize(text).text, load_pack(lang)) if h.unit == "percent"] == []


def test_a_day_between_commas_after_a_month_is_no_age() -> None:
    """"Bair, 35," is an age; "on June, 4, 1932" is a date written with commas."""
    hits = find_quantities(normalize("The bridge opened on June, 4, 1932, after years of work.").text, load_pack("en"))
    assert [h for h in hits if h.unit == "age:year"] == []


@pytest.mark.parametrize(
    "lang, text, direction",
    [
        ("en", "The new filters can reduce the number of infections in hospitals by 40%.", "down"),
        ("en", "The central bank raised its main interest rate by 0.25 percentage points.", "up"),
        ("fr", "Le plan doit réduire les émissions du secteur agricole de 30 %.", "down"),
        ("ar", "قررت الوزارة خفض أسعار الأدوية الأساسية بنسبة 15%", "down"),
    ],
)
def test_a_word_of_change_before_its_object_sizes_the_change_after_a_link(lang: str, text: str, direction: str) -> None:
    """"reduce the number of infections … by 40%": the link after the verb's object carries the change."""
    assert [c.quantity.change for c in claimx.extract(text, lang=lang)] == [direction]


def test_a_count_after_a_link_far_from_a_word_of_change_is_no_change() -> None:
    """"réduire la production et la consommation de 21 HFC": "de" links the count to its noun, no change."""
    claims = claimx.extract("Le texte vise à réduire la production et la consommation de 21 gaz.", lang="fr")
    assert [(c.quantity.value, c.quantity.change) for c in claims] == [(D(21), None)]


def test_half_of_the_pitch_is_no_share() -> None:
    assert find_quantities(normalize("استلم الكرة في نصف الملعب وانطلق بها").text, load_pack("ar")) == []


def test_digits_glued_to_letters_before_a_fold_sign_are_a_code() -> None:
    """"ScUyy3f28x" (a short link's code) is no 28-fold; "5x" after a blank still is."""
    assert [h.unit for h in find_quantities(normalize("Prices rose 5x in a year.").text, load_pack("en"))] == ["ratio"]
    assert find_quantities(normalize("The code ScUyy3f28x expired.").text, load_pack("en")) == []


def test_a_dual_of_a_score_noun_after_by_is_a_score() -> None:
    """"فاز بهدفين" (won by two goals) is a score; "سجل هدفين" (scored two goals) counts them."""
    assert find_quantities(normalize("فاز الفريق على ضيفه بهدفين نظيفين").text, load_pack("ar")) == []
    assert find_quantities(normalize("انتهت المباراة بثلاثة أهداف مقابل هدفين").text, load_pack("ar")) == []
    assert [h.value for h in find_quantities(normalize("سجل المهاجم هدفين في المباراة").text, load_pack("ar"))] == [D(2)]


@pytest.mark.parametrize(
    "lang, text, age",
    [
        ("en", "Most of the patients were over 60 years old and very few were under 18.", D(18)),
        ("fr", "Les patients étaient âgés de 20 à 80 ans, dont 40 % de plus de 65 ans.", D(65)),
        ("ar", "كان أغلب المرضى في سن 60 عاما وقليل منهم دون 18.", D(18)),
    ],
)
def test_a_bound_after_an_age_in_its_sentence_is_an_age(lang: str, text: str, age: Decimal) -> None:
    """The word of age left out after an age: "…over 60 years old and very few were under 18"."""
    ages = [h.value for h in find_quantities(normalize(text).text, load_pack(lang)) if h.unit == "age:year"]
    assert age in ages


def test_a_count_after_an_age_under_another_bound_stays_a_count() -> None:
    """"more than 20 died" after "aged over 65" counts the dead; a new sentence starts afresh."""
    hits = find_quantities(normalize("Among people aged over 65, more than 20 died. Under 5 came.").text, load_pack("en"))
    assert [(h.value, h.unit) for h in hits] == [(D(65), "age:year"), (D(20), "count"), (D(5), "count")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "One of the three pumps broke down in May."),
        ("fr", "L'une des trois pompes est tombée en panne en mai."),
        ("ar", "تعطلت إحدى المضخات الثلاث في شهر مايو"),
    ],
)
def test_one_of_the_three_counts_the_whole(lang: str, text: str) -> None:
    """"one of the three pumps": the whole the one is taken from is counted, no reference back."""
    assert [h.value for h in find_quantities(normalize(text).text, load_pack(lang))] == [D(3)]


def test_half_before_an_adjective_is_no_share() -> None:
    """"نصف دائري" (semicircular) and "نصف سنوي" (half-yearly) halve no whole: the area is the only claim."""
    for text in ("بني المسجد على مساحة 4840 مترا مربعا بشكل نصف دائري", "تصدر المجلة تقريرا نصف سنوي عن 4840 مترا مربعا"):
        hits = find_quantities(normalize(text).text, load_pack("ar"))
        assert [(h.value, h.unit) for h in hits] == [(D(4840), "area:m2")]


def test_a_noun_of_year_names_both_years_it_joins() -> None:
    """"ما بين عام 1492 و1498 قتل": the verb after the second year counts nothing; the count stays."""
    hits = find_quantities(normalize("ما بين عام 1492 و1498 قتل الغزاة نحو 5000 شخص").text, load_pack("ar"))
    assert [(h.value, h.unit) for h in hits] == [(D(5000), "count")]
