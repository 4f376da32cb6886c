"""Persian, Dari, Arabic and Urdu credits opening a report (clipper.creditformulas, newcomer
49a): a reporting formula or a dateline between dashes naming a known agency is cut as a
dateline is, its agency is the page's credit, and rule 6 shows the agency's own page.
Invented fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.closingcredits import closing_credits
from clipper.creditformulas import dash_dateline, formula_credit, opening_credit, opening_formula
from clipper.digest.lead import lead_paragraph
from clipper.reportdatelines import drop_report_dateline, with_credit
from tests.test_imprecise_times import shown_after

FA_TEXT = "شرکت پارس‌نوین روز سه‌شنبه قراردادی برای ساخت یک نیروگاه خورشیدی در یزد امضا کرد."
AR_TEXT = "أعلن المصرف المركزي اليوم خفض سعر الفائدة الرئيسي بمقدار ربع نقطة مئوية."
UR_TEXT = "وزیر خزانہ نے آج کراچی میں تاجروں کے ایک وفد سے ملاقات کی۔"


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("به گزارش خبرگزاری ایرنا، ", "ایرنا"),
        ("به گزارش ایسنا، ", "ایسنا"),
        ("به نقل از ایسنا، ", "ایسنا"),
        ("به نقل از خبرگزاری مهر، ", "مهر"),
        ("به‌گزارش ایلنا، ", "ایلنا"),
        ("به گزارش خبرنگار اقتصادی ایرنا، ", "ایرنا"),
        # a chain: the agency quoted last is the one whose report it is
        ("به گزارش خبرگزاری تسنیم به نقل از ایسنا، ", "ایسنا"),
        ("به گزارش روزنامه آفتاب به نقل از ایرنا، ", "ایرنا"),
        # the Arabic keyboard's ي and ك, and a space for the half-space
        ("به گزارش خبرگزاري ايرنا، ", "ايرنا"),
        ("به گزارش روزنامه كيهان به نقل از ايرنا، ", "ايرنا"),
        ("به گزارش پژواک، ", "پژواک"),
        ("وفقا لوكالة أنباء الإمارات (وام)، ", "وام"),
        ("وفقاً لـوام، ", "وام"),
        ("نقلا عن قنا، ", "قنا"),
        ("نقلاً عن وكالة الأنباء القطرية، ", "وكالة الأنباء القطرية"),
        ("حسب وكالة الأنباء السعودية (واس)، ", "واس"),
        ("بحسب رويترز، ", "رويترز"),
        ("نقلا عن شينخوا، ", "شينخوا"),
        ("ذكرت وكالة الأنباء الكويتية (كونا) أن ", "كونا"),
        ("وفقا لوكالة فرانس برس، ", "فرانس برس"),
        ("اے پی پی کے مطابق، ", "اے پی پی"),
        ("سرکاری خبر رساں ادارے اے پی پی کے مطابق ", "اے پی پی"),
    ],
)
def test_a_formula_naming_an_agency_is_cut_and_credits_it(opening: str, agency: str) -> None:
    text = AR_TEXT if opening[0] in "وفنحبذ" and "به" not in opening[:3] else FA_TEXT
    if "مطابق" in opening:
        text = UR_TEXT
    found = opening_credit(opening + text)
    assert found is not None
    assert found.agency == agency
    assert (opening + text)[found.end :] == text


@pytest.mark.parametrize(
    "paragraph",
    [
        # a formula naming no agency: a central bank's, a ministry's, a paper's own report
        "به گزارش بانک مرکزی، تورم نقطه به نقطه در آبان ماه به ۳۲ درصد کاهش یافت.",
        "به گزارش وزارت نیرو، مصرف برق در تابستان امسال رکورد تازه‌ای ثبت کرد.",
        "به نقل از یک مقام محلی، جاده پس از بارش برف سنگین بسته شد و رانندگان منتظر ماندند.",
        "حسب الخطة، تبدأ أعمال البناء في الربع الأول من العام المقبل في المنطقة الصناعية.",
        "نقلا عن مصادر مطلعة، فإن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.",
        # "مهر" is also a month: without a comma ending the clause, no formula
        "به گزارش مهر ماه گذشته تولید خودرو در کشور افزایش یافت و صادرات هم بیشتر شد.",
        # Urdu "PTI" names the party far more often than the agency
        "پی ٹی آئی کے مطابق، جلسہ کل شام لاہور میں منعقد ہوگا اور کارکن شریک ہوں گے۔",
        # a formula with no prose after it
        "به گزارش ایرنا، ادامه دارد",
        # a Latin report
        "According to IRNA, the company signed a contract on Monday in Tehran.",
    ],
)
def test_no_agency_no_cut(paragraph: str) -> None:
    assert opening_credit(paragraph) is None
    assert drop_report_dateline([paragraph]) == ([paragraph], None)


def test_dash_dateline_of_a_place_and_an_agency() -> None:
    for dateline, agency in (("تهران- ایرنا- ", "ایرنا"), ("خوزستان - ایسنا - ", "ایسنا")):
        found = dash_dateline(dateline + FA_TEXT)
        assert found is not None and found.agency == agency
        assert (dateline + FA_TEXT)[found.end :] == FA_TEXT
    # a place and a word that is no agency between dashes: the text's own
    assert dash_dateline("تهران- بازار- " + FA_TEXT) is None
    assert dash_dateline("ایران- روسیه: " + FA_TEXT) is None


def test_formula_credit_of_a_span() -> None:
    assert formula_credit("خبرگزاری تسنیم به نقل از ایسنا") == "ایسنا"
    assert formula_credit("بانک مرکزی") is None
    assert formula_credit("خبرگزاری فارس") == "فارس"
    # a desk word after a reporter's, but a word before the agency that names no agency
    assert formula_credit("رئیس هیئت مدیره فارس") is None


def test_opening_formula_reads_no_dash_dateline() -> None:
    assert opening_formula("تهران- ایرنا- " + FA_TEXT) is None


def test_the_cut_formula_is_the_pages_credit() -> None:
    lines, cut = drop_report_dateline(["خبرنگار: مینا کریمی", "به گزارش ایسنا، " + FA_TEXT])
    assert lines == ["خبرنگار: مینا کریمی", FA_TEXT]
    assert cut is not None and cut.agency == "ایسنا"
    assert with_credit("مینا کریمی", cut) == "مینا کریمی; ایسنا"
    assert with_credit(None, cut) == "ایسنا"


def test_the_digest_lead_leaves_out_the_dateline_and_formula() -> None:
    for opening in (
        "تهران- ایرنا- ",
        "به گزارش خبرگزاری ایرنا، ",
        "وفقا لوكالة أنباء الإمارات (وام)، ",
    ):
        text = AR_TEXT if opening.startswith("وفقا") else FA_TEXT
        assert lead_paragraph(opening + text, 400) == text
    # a formula naming no agency stays
    kept = "به گزارش بانک مرکزی، تورم نقطه به نقطه در آبان ماه به ۳۲ درصد کاهش یافت."
    assert lead_paragraph(kept, 400) == kept


def test_bbc_services_in_a_source_line() -> None:
    closing = FA_TEXT + "\nمنبع: بی‌بی‌سی فارسی"
    assert closing_credits(closing) == frozenset({"BBC"})
    assert closing_credits(FA_TEXT + "\nمنبع: بي بي سي فارسي") == frozenset({"BBC"})
    # "BBC" in a sentence or bare credits no one: a broadcaster, no agency
    assert closing_credits("The BBC reported the fire on Monday.") == frozenset()
    assert closing_credits(FA_TEXT + "\nBBC") == frozenset()
    # a source line naming the agency alone
    assert closing_credits(FA_TEXT + "\nمنبع: ایسنا") == frozenset({"ISNA"})


def _page(url: str, site: str, date: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">'
        f"<title>آتش‌سوزی در انبار بندر شهید رجایی</title>"
        f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="{site}">'
        f'<meta property="article:published_time" content="{date}"></head><body><article>'
        f"<h1>آتش‌سوزی در انبار بندر شهید رجایی</h1>{body}</article></body></html>"
    )


STORY = [
    "آتش‌سوزی در یکی از انبارهای کالای بندر شهید رجایی بندرعباس صبح امروز مهار شد و به"
    " گفته مسئولان بندر خسارت جانی نداشت.",
    "مدیرکل بنادر و دریانوردی استان هرمزگان گفت: آتش در کمتر از سه ساعت با تلاش"
    " آتش‌نشانان بندر و شهرداری خاموش شد و علت حادثه در دست بررسی است.",
    "وی افزود: عملیات تخلیه و بارگیری کشتی‌ها در سایر اسکله‌های بندر بدون وقفه ادامه دارد"
    " و هیچ کشتی در صف انتظار نمانده است.",
    "بندر شهید رجایی بزرگ‌ترین بندر کانتینری کشور است و بیش از نیمی از کالاهای وارداتی"
    " ایران از طریق آن جابه‌جا می‌شود.",
]


@pytest.mark.parametrize("order", [("isna.ir", "paper.example"), ("paper.example", "isna.ir")])
def test_the_agencys_own_page_is_shown(tmp_path: Path, order: tuple[str, str]) -> None:
    """The agency's page opens with its dateline between dashes, a paper's longer copy
    published earlier opens with its formula: the agency's own page is the one shown, read in
    either order, and the paper's copy is credited to the agency."""
    files = {
        "isna.ir": _page(
            "https://www.isna.ir/news/1405001/",
            "ایسنا",
            "2026-12-07T08:00:00+00:00",
            ["هرمزگان- ایسنا- " + STORY[0], *STORY[1:]],
        ),
        "paper.example": _page(
            "https://paper.example/news/77/",
            "روزنامه نمونه",
            "2026-12-07T07:00:00+00:00",
            ["به گزارش خبرگزاری ایسنا، " + STORY[0], *STORY[1:], "این خبر تکمیل می‌شود."],
        ),
    }
    nights = []
    for at, site in enumerate(order):
        night = tmp_path / f"night{at}" / site
        night.mkdir(parents=True)
        (night / "a.html").write_text(files[site], encoding="utf-8")
        nights.append(night.parent)
    assert shown_after(tmp_path / "x.db", nights) == "https://www.isna.ir/news/1405001/"


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("منبع: خبرگزاری ایسنا", "ISNA"),
        ("منبع: خبرگزاري ايسنا", "ISNA"),
        # Arabic's "و" ("and") opens a word: WAM's and SPA's credits are no "and"
        ("المصدر: وام", "WAM"),
        ("المصدر: واس", "SPA"),
        ("المصدر: وكالة الأنباء القطرية", "QNA"),
    ],
)
def test_a_source_line_credits_its_agency(line: str, agency: str) -> None:
    text = (AR_TEXT if line.startswith("المصدر") else FA_TEXT) + "\n" + line
    assert closing_credits(text) == frozenset({agency})


def test_a_source_line_naming_no_agency() -> None:
    assert closing_credits(FA_TEXT + "\nمنبع: خبرگزاری بانک") == frozenset()
