"""Furniture of Persian, Dari, Pashto, Urdu, Arabic and Tajik pages in whichever keyboard's
letters a site typed it (newcomer 49a, a Tehran/Dubai desk): ISNA's end mark "انتهای پیام" went
and "انتهاي پيام" (Arabic yeh) stayed; a Telegram channel's "بيشتر بخوانيد: …" (Arabic yeh and
kaf) stayed in a text dump where "بیشتر بخوانید: …" went; Persian bylines ("خبرنگار: …") stayed
as the first paragraph with the author unread; BBC Persian's "در همین زمینه", Pashto's
"شریکول", Tajik's "Хабарҳои марбут" and a channel's "@handle" line stayed.  Each is a line of an
invented page, as an HTML page and as a text dump, typed both ways; the article's sentences
stay.  All texts, names and sites here are invented."""

from __future__ import annotations

import re

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture import LINE_TABLES, TABLES
from clipper.furniture.compiled import matchers
from clipper.furniture.keyboards import ARABIC_SCRIPT_TABLES, keyboard_pattern, keyboard_table
from clipper.furniture.literals import fold, literal_hint
from clipper.page import Article, RawPage

# Persian typed on an Arabic keyboard: yeh and kaf as the Arabic letters.
ARABIC_KEYBOARD = str.maketrans("یک", "يك")

BODIES = {
    "fa": [
        "شهرداری اصفهان روز سه‌شنبه قرارداد ساخت پل تازه‌ای بر روی رودخانه را به ارزش دو هزار "
        "میلیارد ریال با یک پیمانکار داخلی امضا کرد.",
        "به گفته معاون عمرانی شهرداری، ساخت این پل هجده ماه طول می‌کشد و ترافیک خیابان‌های "
        "مرکز شهر را کاهش می‌دهد.",
        "این طرح از محل اوراق مشارکت شهرداری و کمک دولت تأمین مالی می‌شود و قرار است پیش از "
        "پایان سال آینده به بهره‌برداری برسد.",
    ],
    "prs": [
        "شاروالی هرات روز سه‌شنبه قرارداد ساخت یک پل تازه را بالای دریای هریرود با یک شرکت "
        "ساختمانی داخلی امضا کرد.",
        "به گفته مسئولان شاروالی، کار ساخت این پل هجده ماه را در بر می‌گیرد و رفت و آمد "
        "موترها را در مرکز شهر آسان‌تر می‌سازد.",
        "هزینه این پروژه از بودجه انکشافی شاروالی و کمک تمویل‌کنندگان خارجی پرداخته می‌شود.",
    ],
    "ps": [
        "د هرات ښاروالۍ د سه شنبې په ورځ د هریرود پر سیند د یو نوي پل د جوړولو تړون له یوه "
        "کورني شرکت سره لاسلیک کړ.",
        "د ښاروالۍ چارواکو ویلي چې د دې پل جوړول به اتلس میاشتې وخت ونیسي او د ښار په منځ "
        "کې به د موټرو ګڼه ګوڼه کمه کړي.",
        "د دې پروژې لګښت به د ښاروالۍ د پراختیايي بودجې او بهرنیو مرستندویانو له خوا ورکړل شي.",
    ],
    "ur": [
        "لاہور کی شہری انتظامیہ نے منگل کے روز دریا پر ایک نئے پل کی تعمیر کا معاہدہ ایک مقامی "
        "تعمیراتی کمپنی کے ساتھ طے کر لیا۔",
        "انتظامیہ کے ایک افسر کے مطابق پل کی تعمیر اٹھارہ ماہ میں مکمل ہوگی اور شہر کے مرکز میں "
        "ٹریفک کا دباؤ کم ہو جائے گا۔",
        "منصوبے کے اخراجات بلدیہ کے ترقیاتی بجٹ اور صوبائی حکومت کی امداد سے پورے کیے جائیں گے۔",
    ],
    "ar": [
        "وقعت بلدية المدينة يوم الثلاثاء عقدا لبناء جسر جديد فوق النهر مع شركة مقاولات محلية "
        "بقيمة مئتي مليون درهم.",
        "وقال مدير المشاريع في البلدية إن أعمال البناء ستستغرق ثمانية عشر شهرا وإن الجسر سيخفف "
        "الازدحام في وسط المدينة.",
        "وتمول البلدية المشروع من ميزانيتها للتنمية ومن قرض طويل الأجل من أحد البنوك المحلية.",
    ],
    "tg": [
        "Мақомоти шаҳр рӯзи сешанбе бо як ширкати сохтмонии маҳаллӣ барои сохтани пули нав "
        "болои дарё шартнома имзо карданд.",
        "Ба гуфтаи муовини раиси шаҳр, сохтмони пул ҳаждаҳ моҳ тӯл мекашад ва бандшавии "
        "нақлиётро дар маркази шаҳр кам мекунад.",
        "Хароҷоти лоиҳа аз ҳисоби буҷаи рушди шаҳр ва қарзи дарозмуддати бонк пардохт мешавад.",
    ],
}
# The language a page of each declares (Dari pages are stored as Persian).
DECLARED = {"prs": "fa"}

# Furniture before and after the body, typed with the language's own letters.
FURNITURE = [
    ("fa", ["اشتراک‌گذاری"], ["بیشتر بخوانید: قیمت طلا در بازار امروز", "در همین زمینه"]),
    ("fa", [], ["مطالب مرتبط", "برچسب‌ها"]),
    ("prs", ["شریک سازید"], ["خبرهای مرتبط"]),
    ("ps", ["شریکول"], ["دا هم ولولئ: په کابل کې د اوبو نوې شبکه"]),
    ("ps", ["شریک یې کړئ: Facebook Twitter WhatsApp"], ["اړوند خبرونه", "نظرونه (۳)"]),
    ("ur", ["شیئر کریں"], ["مزید پڑھیں: شہر میں پانی کی نئی لائن", "متعلقہ خبریں"]),
    ("ar", ["شارك الخبر"], ["اقرأ أيضاً: ارتفاع أسعار الذهب اليوم"]),
    ("tg", ["Мубодила: Facebook Telegram"], ["Хабарҳои марбут"]),
    ("tg", [], ["Инчунин хонед: Нархи нон дар бозор", "Моро дар Telegram пайгирӣ кунед"]),
]


def _retyped(line: str) -> str:
    """``line`` as an Arabic keyboard types it: yeh and kaf as the Arabic letters, Persian
    digits as Arabic-Indic ones, hamza on alef and teh marbuta bare (ا, ه)."""
    persian_digits = "".join(chr(0x06F0 + d) for d in range(10))
    arabic_digits = "".join(chr(0x0660 + d) for d in range(10))
    line = line.translate(ARABIC_KEYBOARD).translate(str.maketrans(persian_digits, arabic_digits))
    return line.translate(str.maketrans("أإة", "ااه", "\u064b"))


def _html(lang: str, lines: list[str]) -> Article:
    body = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        f'<html lang="{DECLARED.get(lang, lang)}"><head><title>پل تازه</title></head><body>'
        f"<article><h1>پل تازه</h1>{body}</article></body></html>"
    ).encode()
    raw = RawPage(origin="test", kind="html", body=html, url=f"https://akhbar.example/{lang}/1")
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result


def _dump(lines: list[str]) -> Article:
    raw = RawPage(origin="dump.txt", kind="text", body="\n".join(["پل تازه", "", *lines]))
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize("typed", ["own letters", "arabic keyboard"])
@pytest.mark.parametrize(("lang", "before", "after"), FURNITURE)
def test_furniture_goes_from_an_html_page_and_a_dump_however_typed(
    lang: str, before: list[str], after: list[str], typed: str
) -> None:
    retype = _retyped if typed == "arabic keyboard" else str
    body = [retype(line) for line in BODIES[lang]]
    lines = [*map(retype, before), *body, *map(retype, after)]
    assert _html(lang, lines).text.splitlines() == body
    assert _dump(lines).text.splitlines() == body


# A reservation of rights ending a dump: its footer (an HTML page's is left out by extraction).
RIGHTS = [
    ("fa", "کلیه حقوق این سایت محفوظ است"),
    ("ps", "ټول حقونه خوندي دي"),
    ("ar", "جميع الحقوق محفوظة"),
    ("tg", "Ҳамаи ҳуқуқҳо ҳифз шудаанд."),
]


@pytest.mark.parametrize("typed", ["own letters", "arabic keyboard"])
@pytest.mark.parametrize(("lang", "rights"), RIGHTS)
def test_a_reservation_of_rights_ends_no_dump_however_typed(
    lang: str, rights: str, typed: str
) -> None:
    retype = _retyped if typed == "arabic keyboard" else str
    body = [retype(line) for line in BODIES[lang]]
    assert _dump([*body, retype(rights)]).text.splitlines() == body


@pytest.mark.parametrize(
    "line",
    [
        "انتهای پیام",
        "انتهاي پيام",
        "انتهای پیام/ ",
        "کد خبر: ۸۵۰۱۲۳۴",
        "كد خبر: ٨٥٠١٢٣٤",
        "پایان/",
    ],
)
def test_an_agencys_end_mark_goes_however_typed(line: str) -> None:
    body = BODIES["fa"]
    assert _html("fa", [*body, line]).text.splitlines() == body
    assert _dump([*body, line]).text.splitlines() == body


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("خبرنگار", "مریم کاظمی"),
        ("گزارشگر", "احمد نوری"),
        ("نویسنده", "سارا امینی"),
        ("ترجمه", "نگار صدری"),
    ],
)
@pytest.mark.parametrize("typed", ["own letters", "arabic keyboard"])
def test_a_persian_byline_line_is_the_author_not_a_paragraph(
    label: str, name: str, typed: str
) -> None:
    retype = _retyped if typed == "arabic keyboard" else str
    body = [retype(line) for line in BODIES["fa"]]
    page = _html("fa", [retype(f"{label}: {name}"), *body])
    assert page.text.splitlines() == body
    assert page.author == retype(name)


@pytest.mark.parametrize(
    "sentence",
    [
        # opening as a heading or a byline's word does, and a sentence
        "در همین زمینه، وزیر راه گفت که ساخت دو پل دیگر نیز در دستور کار است و بودجه آن "
        "تأمین شده است.",
        "خبرنگار ما در اصفهان گزارش داد که کار ساخت پل از هفته آینده آغاز می‌شود.",
        "بیشتر بخوانید که شهرداری درباره هزینه‌ها چه گفته است، زیرا این رقم دو برابر برآورد "
        "نخست است.",
        "نماینده شهر در مجلس گفت که @شهرداری باید گزارش هزینه‌ها را منتشر کند.",
    ],
)
def test_sentences_opening_with_the_same_words_stay(sentence: str) -> None:
    body = BODIES["fa"]
    for typed in (sentence, _retyped(sentence)):
        assert _dump([*body, typed]).text.splitlines() == [*body, typed]
        assert _html("fa", [*body, typed]).text.splitlines() == [*body, typed]


@pytest.mark.parametrize("handle", ["@eghtesad_news", "t.me/bazar_khabar", "@Akhbar_Shahr"])
def test_a_channels_handle_alone_ending_a_dump_goes(handle: str) -> None:
    body = [_retyped(line) for line in BODIES["fa"]]
    assert _dump([*body, handle]).text.splitlines() == body


def test_a_handle_inside_a_sentence_stays() -> None:
    line = "The minister wrote on X that @harbour_board would publish its accounts on Friday."
    assert not matchers().is_promotion(line)
    assert matchers().is_promotion("@harbour_board")
    assert not matchers().is_promotion("@ab")  # too short for a channel's name


@pytest.mark.parametrize(
    ("phrase", "typed", "matches"),
    [
        ("انتهای پیام", "انتهاي پيام", True),
        ("اشتراک گذاری", "اشتراك\u200cگذاري", True),  # a non-joiner where a space was
        ("اشتراک\u200cگذاری", "اشتراکگذاری", True),  # nothing where a non-joiner was
        ("اشتراک\u200cگذاری", "اشتراک\u034fگذاری", True),  # clipper's stand-in for it
        ("خطای ۴۰۴", "خطای 404", True),
        ("خطای ۴۰۴", "خطای ٤٠٤", True),
        ("کد [۰-۹]{3}", "کد ٨٥٠", True),
        ("کد [۰-۹]{3}", "کد 85a", False),
        ("اقرأ أيضا", "اقرا ايضا", True),
        ("المقالة", "المقاله", True),
        ("نامہ نگار", "نامه نگار", True),
        ("انتهای پیام", "انتهای خبر", False),
    ],
)
def test_a_phrase_matches_every_typing_of_it_and_nothing_else(
    phrase: str, typed: str, matches: bool
) -> None:
    assert (re.fullmatch(keyboard_pattern(phrase), typed) is not None) is matches


@pytest.mark.parametrize(
    "pattern",
    [
        r"کد\s*خبر\s*[:：]?\s*[\d۰-۹]{3,20}",
        r"(?P<author>\w+) \u200c{0,2}ی",
        r"[^\]ی]+\x41",
        r"(?i:ی)(?<!ک)(?=ه)\d{2}",
    ],
)
def test_escapes_repeats_and_groups_stay_as_written(pattern: str) -> None:
    rewritten = keyboard_pattern(pattern)
    re.compile(rewritten)
    for kept in (r"\s", r"\d", "{3,20}", "(?P<author>", r"\u200c", r"\x41", "(?i:", "(?<!", "(?="):
        assert pattern.count(kept) == rewritten.count(kept), (kept, rewritten)


def test_only_the_arabic_script_tables_are_rewritten() -> None:
    for language in ("en", "de", "ru", "tr", "he", "hi"):
        assert keyboard_table(TABLES[language]) is TABLES[language]
    assert {t.language for t in (*TABLES.values(), *LINE_TABLES)} >= ARABIC_SCRIPT_TABLES
    assert any("[" in p and "ي" in p for p in TABLES["fa"].sign_offs)
    # a Latin phrase of a Persian table (a network's name) is as written
    assert keyboard_pattern("telegram") == "telegram"


def test_a_class_of_one_letters_forms_stays_a_literal_of_the_prescan() -> None:
    hint = literal_hint([keyboard_pattern("انتهای پیام")], re.IGNORECASE)
    assert hint is not None and max(map(len, hint)) >= 5
    assert all(literal in fold("انتهاي پيام") for literal in hint)
    assert fold("كد ٨٥٠") == fold("کد ۸۵۰") == fold("کد 850")


@pytest.mark.parametrize(
    "line", ["المصدر: AFP", "ألمصدر: AFP", "منبع: ایرنا", "ذریعہ: اے پی پی", "ذريعه: اے پی پی"]
)
def test_a_source_line_goes_however_typed(line: str) -> None:
    from clipper.closings import sign_off

    assert sign_off(line)[0], line
    assert TABLES["ar"].source_labels == ("المصدر",)  # as the site prints it
