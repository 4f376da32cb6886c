"""The credited agency's own page is shown however its credit is written (newcomer 37,
finding 2; clipper.agencycredits): Europa Press in capitals ("Madrid, 20 nov (EUROPA PRESS) -
", Catalan too), AFP's Arabic service "(أ ف ب)", "(ا ف ب)", "(أ.ف.ب)", and the other
agencies' services in their scripts.  Main read these credits in mixed case only ("(Europa
Press)", "(AFP)") and showed a re-post stamped earlier.  Invented texts and sites.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest

from clipper.agencycredits import credit_key, credited_agencies
from clipper.agencysites import credited_site
from clipper.stories.sitetext import agency_credits
from tests.test_imprecise_times import page, shown, shown_after
from tests.test_wire_original_shown import _records

ES_BODY = [
    "el Ayuntamiento de Sierra Alta aprobó este viernes un plan para renovar las tuberías de "
    "agua potable de los cuatro barrios más antiguos del municipio antes del verano de 2028.",
    "La obra costará 18 millones de euros y se pagará con fondos propios y un préstamo del "
    "banco regional, según explicó la concejala de Infraestructuras en rueda de prensa.",
    "Los vecinos de los barrios afectados sufrirán cortes de agua programados de cuatro horas "
    "durante las obras, que se anunciarán con una semana de antelación en cada calle.",
    "La oposición municipal pidió que se publique el calendario completo de las obras y que "
    "se refuercen las ayudas a los comercios de las calles que quedarán cortadas al tráfico.",
]
CA_BODY = [
    "el Departament d'Educació destinarà 40 milions d'euros a reformar col·legis de la "
    "Catalunya Central durant els pròxims tres anys, segons ha anunciat aquest divendres.",
    "Les obres començaran a l'estiu als centres amb més necessitats i inclouran la millora de "
    "l'aïllament tèrmic, les cobertes i els patis de vint-i-dos col·legis públics.",
    "Les famílies i els docents han reclamat durant anys aquestes reformes, i els sindicats "
    "han demanat que les obres no coincideixin amb el calendari lectiu de cap centre.",
]
AR_BODY = [
    "تظاهر آلاف الأشخاص يوم الجمعة في مدينة الزهراء احتجاجا على ارتفاع أسعار الخبز والوقود "
    "للمرة الثالثة خلال شهر واحد، بحسب ما أفاد شهود عيان ومصادر محلية.",
    "ورفع المتظاهرون لافتات تطالب الحكومة بإعادة الدعم إلى المواد الأساسية وبزيادة الأجور "
    "في القطاع العام، فيما انتشرت قوات الأمن بكثافة في الساحات الرئيسية للمدينة.",
    "وقال مسؤول في البلدية إن الحكومة ستعقد اجتماعا طارئا الأسبوع المقبل لبحث مطالب "
    "المحتجين ودراسة خطة لتخفيف أعباء المعيشة عن الأسر ذات الدخل المحدود.",
]


def _text(dateline: str, body: list[str]) -> str:
    return "\n".join([dateline + body[0], *body[1:]])


@pytest.mark.parametrize(
    ("dateline", "body", "language", "agency_site"),
    [
        ("Madrid, 20 nov (EUROPA PRESS) - ", ES_BODY, "es", "europapress.example"),
        ("Madrid, 20 Nov. (EUROPA PRESS) - ", ES_BODY, "es", "europapress.example"),
        ("Barcelona, 20 nov. (EUROPA PRESS) - ", CA_BODY, "ca", "europapress.example"),
        ("الزهراء (أ ف ب) - ", AR_BODY, "ar", "afp-arabic.example"),
        ("الزهراء (أ ف ب) - ", AR_BODY, "ar", "afp.example"),
        ("الزهراء (ا ف ب) - ", AR_BODY, "ar", "afp.example"),
        ("الزهراء (أ.ف.ب) - ", AR_BODY, "ar", "afp.example"),
    ],
)
def test_the_agencys_own_page_is_shown_over_an_earlier_repost(
    tmp_path: Path, dateline: str, body: list[str], language: str, agency_site: str
) -> None:
    """The agency's record at 10:15 UTC on its own site and a paper's re-post of the same
    text stamped 08:02 UTC, in either order: the agency's page is shown (rule 6 before the
    publication order).  Main showed the re-post."""
    text = _text(dateline, body)
    agency_url = f"https://{agency_site}/noticia/2026/11/20/plan-1"
    nights = [
        _records(tmp_path / "in", "agency", [
            {"url": agency_url, "title": "Un plan para la ciudad", "maintext": text,
             "date_publish": "2026-11-20T10:15:00+00:00", "language": language},
        ]),
        _records(tmp_path / "in", "paper", [
            {"url": "https://gazeta-norte.example/local/plan-ciudad", "title": "Plan",
             "maintext": text, "date_publish": "2026-11-20T08:02:00+00:00",
             "language": language},
        ]),
    ]
    assert shown_after(tmp_path / "in-order.db", nights) == agency_url
    assert shown_after(tmp_path / "reversed.db", nights[::-1]) == agency_url


@pytest.mark.parametrize(
    ("opening", "agency_url"),
    [
        ("القاهرة (أ ش أ) - قالت الحكومة", "https://www.mena.org.eg/news/1"),
        ("الدوحة (قنا) - أعلنت الوزارة", "https://www.qna.org.qa/ar/news/1"),
        ("أبوظبي (وام) - أعلنت الوزارة", "https://www.wam.ae/ar/article/1"),
        ("الرياض (واس) - أعلنت الوزارة", "https://www.spa.gov.sa/N1"),
        ("القاهرة (د ب أ) - قالت الحكومة", "https://www.dpa.com/ar/1"),
        ("بيروت (رويترز) - قالت الحكومة", "https://www.reuters.com/ar/1"),
        ("تهران (ایرنا) - دولت اعلام کرد", "https://www.irna.ir/news/1"),
        ("МОСКВА, 3 декабря (ТАСС) - Правительство", "https://tass.ru/politika/1"),
        ("МОСКВА, 3 декабря (РИА Новости) - Правительство", "https://ria.ru/20261203/1"),
        ("Αθήνα (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ανακοίνωσε", "https://www.amna.gr/home/article/1"),
        ("北京12月3日电（新华社）国务院", "https://www.xinhuanet.com/2026-12/03/c_1.htm"),
        ("Madrid, 3 dic (E.F.E.) - El Gobierno", "https://efe.com/espana/1"),
    ],
)
def test_credits_in_every_script_show_their_agencys_page(opening: str, agency_url: str) -> None:
    """The agency's page (15:00 UTC) beside a paper's copy stating 11:00 UTC, the credit
    read from the paper's text alone: the agency's, in either order."""
    agency = page(1, 400, "2026-12-03T15:00:00", agency_url, zoneless=False)
    paper = replace(
        page(2, 400, "2026-12-03T11:00:00", "https://valley-paper.example/news/1", False),
        opening=opening,
    )
    for nodes in itertools.permutations((agency, paper)):
        assert shown(*nodes) == 1


def test_spellings_are_read_by_the_agency_table_not_by_their_form() -> None:
    assert credited_agencies("EUROPA PRESS") == ("Europa Press",)
    assert credited_agencies("أ.ف.ب") == credited_agencies("ا ف ب") == ("AFP",)
    assert credited_agencies("dpa/AFP") == ("dpa", "AFP")
    assert credited_agencies("أ ف ب، رويترز") == ("AFP", "Reuters")
    # a parenthesis that is no agency's credit, or holds one beside other words
    assert credited_agencies("FMI") == ()
    assert credited_agencies("EUROPA PRESS y FMI") == ()
    assert credit_key("ΑΠΕ-ΜΠΕ") == credit_key("απε μπε")
    # an agency's site carrying another agency's Arabic credit is no original of it
    credits = agency_credits("الزهراء (أ ف ب) - تظاهر آلاف")
    assert credits >= {"AFP"}
    assert credited_site("afp-arabic.example", credits)
    assert not credited_site("efe.example", credits)
    assert agency_credits("Fondo Monetario Internacional (FMI) dijo hoy") == frozenset()
