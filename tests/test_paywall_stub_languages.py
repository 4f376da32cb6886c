"""A paywall stub's closing line in Indonesian, Arabic and Hindi ("Artikel ini khusus untuk
pelanggan. Berlangganan sekarang untuk membaca selengkapnya.", "هذا المحتوى حصري للمشتركين.
اشترك الآن لمتابعة القراءة.", "यह लेख केवल सब्सक्राइबर्स के लिए है। पूरा लेख पढ़ने के लिए सब्सक्राइब
करें।") marks the reading cut short, as the Spanish one did (newcomer 22, finding 35): the stub
was stored as the whole article, and the next night's full text told as "paragraphs added".
Invented texts."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

CONFIG = CleanConfig()

STUBS = {
    "id": (
        ["Pemerintah Kota Kendal membuka jembatan gantung baru di atas Sungai Bodri pada Selasa "
         "pagi, menghubungkan dua desa yang selama ini terpisah saat musim hujan.",
         "Jembatan sepanjang 120 meter itu dibangun selama sembilan bulan dengan biaya Rp8 "
         "miliar dari anggaran daerah, kata Kepala Dinas Pekerjaan Umum."],
        ["Artikel ini khusus untuk pelanggan. Berlangganan sekarang untuk membaca selengkapnya.",
         "Konten ini hanya untuk member premium.",
         "Berlangganan untuk membaca selengkapnya."],
    ),
    "ar": (
        ["افتتحت بلدية المدينة صباح الثلاثاء جسرا معلقا جديدا فوق النهر يربط بين قريتين كانتا "
         "تنقطعان عن بعضهما في موسم الأمطار.",
         "وقال رئيس البلدية إن الجسر الذي يبلغ طوله 120 مترا استغرق بناؤه تسعة أشهر بكلفة "
         "بلغت مليوني دولار من ميزانية البلدية."],
        ["هذا المحتوى حصري للمشتركين. اشترك الآن لمتابعة القراءة.",
         "هذا المقال متاح فقط للمشتركين",
         "اشترك الآن لقراءة بقية المقال"],
    ),
    "hi": (
        ["नगर निगम ने मंगलवार सुबह नदी पर बने नए झूला पुल का उद्घाटन किया, जो बरसात में कट जाने "
         "वाले दो गांवों को जोड़ता है।",
         "निगम आयुक्त ने बताया कि 120 मीटर लंबे इस पुल को बनाने में नौ महीने लगे और इस पर आठ "
         "करोड़ रुपये खर्च हुए।"],
        ["यह लेख केवल सब्सक्राइबर्स के लिए है। पूरा लेख पढ़ने के लिए सब्सक्राइब करें।",
         "पूरी खबर पढ़ने के लिए लॉगिन करें।"],
    ),
}  # fmt: skip
CASES = [(lang, prompt) for lang, (_, prompts) in STUBS.items() for prompt in prompts]


def _record(lang: str, paragraphs: list[str]) -> RawPage:
    return RawPage(
        origin="t/feed.jsonl:1",
        kind="text",
        body="\n".join(paragraphs),
        url=f"https://kota-news.example/{lang}/jembatan",
        title="Jembatan",
        language=lang,
    )


@pytest.mark.parametrize(("lang", "prompt"), CASES)
def test_a_stubs_closing_line_marks_the_reading_cut_short(lang: str, prompt: str) -> None:
    paragraphs = STUBS[lang][0]
    article = clean_page(_record(lang, [*paragraphs, prompt]), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == paragraphs
    assert article.partial == "paywall"


@pytest.mark.parametrize(
    ("lang", "last"),
    [
        ("id", "Artikel ini membahas keluhan pelanggan listrik di Jawa Tengah soal tarif baru."),
        ("ar", "وقال المشتركون في خدمة المياه إنهم ينتظرون إصلاح الشبكة منذ أشهر طويلة."),
        ("hi", "पूरी खबर यह है कि पुल के दोनों ओर नई सड़क भी बनाई जाएगी, आयुक्त ने कहा।"),
    ],
)
def test_a_report_line_about_subscribers_stays_and_the_page_whole(lang: str, last: str) -> None:
    paragraphs = STUBS[lang][0]
    article = clean_page(_record(lang, [*paragraphs, last]), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == [*paragraphs, last]
    assert article.partial is None
