"""A report's closing credit of a Turkish, Gulf, Iranian or Israeli agency is furniture, as
Europe's "(dpa)" and "Quelle: dpa" are (newcomer 39, finding 3: "(AA)" closing an Izmir
paper's copy of an Anadolu report stayed as its last paragraph, so the copy read as the
agency's text "+1 paragraph").  Trailers in brackets and source lines naming the agencies
clipper.agencycredits reads in any script (AA, DHA, İHA, ANKA, WAM, QNA, SPA, KUNA, IRNA, ISNA,
Tasnim, Mehr, Reuters in Hebrew) or the wires ("(وكالات)", "(סוכנויות)") go, from a record's
text and an HTML page's alike; the same words inside a sentence stay.  Texts invented."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.signoffs import agency_trailer

PARAGRAPHS = {
    "tr": [
        "Büyükşehir belediyesi, iki ilçe arasında yapılacak 19 kilometrelik metro hattının "
        "yapım ihalesinin ocak ayında yapılacağını açıkladı.",
        "Başkan yardımcısı, hattın 15 istasyondan oluşacağını ve tamamlandığında günde 240 "
        "bin yolcuya hizmet vereceğini söyledi.",
    ],
    "ar": [
        "أعلنت هيئة الميناء اليوم عن إطلاق مشروع محطة الحاويات الرابعة بتكلفة إجمالية تبلغ "
        "2.4 مليار درهم، على أن تبدأ أعمال الإنشاء في الربع الأول من العام المقبل.",
        "وقال المدير العام للهيئة في مؤتمر صحفي إن المحطة الجديدة سترفع الطاقة الاستيعابية "
        "للميناء وستوفر نحو 1800 فرصة عمل مباشرة.",
    ],
    "fa": [
        "معاون شهرداری اعلام کرد سه ایستگاه جدید خط هفت مترو از روز شنبه هفته آینده به روی "
        "مسافران باز می‌شود و فاصله حرکت قطارها کاهش می‌یابد.",
        "وی در نشست خبری روز پنجشنبه گفت با بهره‌برداری از این ایستگاه‌ها روزانه حدود ۸۵ هزار "
        "مسافر به جمع مسافران خط هفت اضافه خواهند شد.",
    ],
    "he": [
        "הקו הירוק של הרכבת הקלה ייפתח לנוסעים בתחילת ינואר, כך הודיעה היום החברה המפעילה "
        "לאחר שהשלימה את ההרצות האחרונות של הקרונות.",
        "לדברי מנכ\"לית החברה, הקו באורך 17 קילומטרים יכלול 22 תחנות ויפעל בתדירות של שבע "
        "דקות בשעות השיא.",
    ],
}
CREDITS = [
    ("tr", "(AA)"), ("tr", "(DHA)"), ("tr", "(İHA)"), ("tr", "(ANKA)"), ("tr", "(Anadolu)"),
    ("tr", "(AA/DHA)"), ("tr", "Kaynak: AA"),
    ("ar", "(وام)"), ("ar", "(قنا)"), ("ar", "(واس)"), ("ar", "(كونا)"), ("ar", "(WAM)"),
    ("ar", "(QNA)"), ("ar", "(SPA)"), ("ar", "(KUNA)"), ("ar", "(أ ف ب)"), ("ar", "(وكالات)"),
    ("ar", "المصدر: وام"), ("ar", "المصدر: وكالات"),
    ("fa", "(ایرنا)"), ("fa", "(ایسنا)"), ("fa", "(تسنیم)"), ("fa", "(مهر)"), ("fa", "(IRNA)"),
    ("fa", "(Tasnim)"), ("fa", "منبع: تسنیم"),
    ("he", "(רויטרס)"), ("he", "(סוכנויות)"), ("he", "מקור: רויטרס"), ("he", "(AP)"),
]  # fmt: skip


def _record(language: str, lines: list[str]) -> Article:
    raw = RawPage(
        "r.jsonl:1", "text", "\n".join(lines), url="https://paper.example/a",
        title="Metro, liman ve raylı sistem haberi", language=language,
    )
    page = clean_page(raw, CleanConfig())
    assert isinstance(page, Article)
    return page


def _html(language: str, lines: list[str]) -> Article:
    body = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        f'<html lang="{language}"><head><title>Haber</title></head><body><article>'
        f"<h1>Metro, liman ve raylı sistem haberi</h1>{body}</article></body></html>"
    )
    page = clean_page(RawPage("p.html", "html", html.encode(), url="https://paper.example/a"),
                      CleanConfig())  # fmt: skip
    assert isinstance(page, Article)
    return page


@pytest.mark.parametrize(("language", "credit"), CREDITS)
def test_a_closing_credit_is_no_paragraph(language: str, credit: str) -> None:
    lines = [*PARAGRAPHS[language], credit]
    for page in (_record(language, lines), _html(language, lines)):
        assert page.text.split("\n") == PARAGRAPHS[language], credit


@pytest.mark.parametrize(
    "line",
    [
        # the agencies named in a sentence, a month and a province in brackets inside one
        "Anadolu Ajansı (AA) muhabirine konuşan yetkili, çalışmaların süreceğini söyledi.",
        "وقالت وكالة أنباء الإمارات (وام) إن الاجتماع سيعقد الأسبوع المقبل في العاصمة.",
        "این طرح از ماه هفتم (مهر) سال آینده در استان (فارس) اجرا می‌شود.",
    ],
)
def test_the_agencies_named_in_a_sentence_stay(line: str) -> None:
    assert not agency_trailer(line)
    language = "tr" if line.isascii() or "ı" in line else ("fa" if "می‌" in line else "ar")
    page = _record(language, [*PARAGRAPHS[language], line])
    assert page.text.split("\n")[-1] == line


@pytest.mark.parametrize("line", ["(Haber Merkezi)", "(Video)", "(1/3)"])
def test_brackets_that_credit_no_agency_are_no_trailer(line: str) -> None:
    assert not agency_trailer(line)
