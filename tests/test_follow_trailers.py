"""A page's trailer asking its reader to keep following the site for the latest news ("Son
dakika gelişmeleri için sayfamızı takip etmeye devam edin.", "Stay tuned for updates") leaves
the text in every language whose furniture table names it (the tables' ``notices``), in an
HTML page's text and a text dump alike; an article's own sentence about following events
stays (newcomer 27's finding 9, a Turkish trailer kept as a paragraph).  Invented lines."""

from __future__ import annotations

import pytest

from clipper.textdump import clean_text_dump
from tests.test_furniture_languages import DUMPS
from tests.test_site_notices import _text

TRAILERS = {
    "tr": ["Deprem gelişmeleri için sitemizi takip etmeye devam edin.", "Takipte kalın!",
           "Seçim haberleri ile ilgili son bilgiler için bizi takip edin."],
    "ar": ["تابعونا لمعرفة آخر المستجدات حول الحادث.", "ابقوا معنا للمزيد من التفاصيل.",
           "لمزيد من الأخبار العاجلة تابعونا.", "تابعوا آخر التطورات على موقعنا."],
    "fa": ["برای اطلاع از آخرین اخبار ما را در کانال رسمی دنبال کنید.", "با ما همراه باشید.",
           "جدیدترین اخبار این رویداد را در سایت خبرگزاری دنبال کنید."],
    "he": ["המשיכו לעקוב אחר העדכונים באתר.", "עקבו אחרינו לעדכונים נוספים.",
           "הישארו מעודכנים."],
    "fr": ["Restez connectés pour les dernières informations.",
           "Suivez toute l'actualité de la tempête sur notre site.", "Continuez à nous suivre."],
    "id": ["Terus ikuti perkembangan beritanya hanya di Kabar Lembah.",
           "Simak terus update berita terbaru di sini."],
    "es": ["Mantente informado con las últimas noticias.",
           "Sigue la última hora del temporal en nuestra web."],
    "pt": ["Continue acompanhando o Jornal da Serra para mais atualizações.",
           "Fique ligado no nosso site para novidades."],
    "de": ["Bleiben Sie auf dem Laufenden.", "Alle Entwicklungen in unserem Liveblog."],
    "en": ["Stay tuned for the latest updates.", "Keep following this page for more."],
}  # fmt: skip

# Sentences of articles about following events: the same verbs, not the site's trailer.
STAY = {
    "tr": "Ekipler bölgedeki gelişmeleri takip etmeye devam ediyor, dedi vali yardımcısı.",
    "ar": "ودعا المتحدث المواطنين إلى متابعة آخر المستجدات عبر القنوات الرسمية للدفاع المدني.",
    "fa": "وزیر گفت که دولت تحولات منطقه را با دقت دنبال می‌کند و گزارش آن را منتشر خواهد کرد.",
    "he": "המשטרה ממשיכה לעקוב אחר החשודים, ואמרה כי מעצרים נוספים צפויים בימים הקרובים.",
    "fr": "Les autorités appellent les habitants à rester informés par la radio locale.",
    "id": "Warga diminta terus mengikuti informasi dari BMKG melalui akun resmi lembaga itu.",
    "es": "El gobierno sigue atento a la evolución de la tormenta, dijo el ministro ayer.",
    "pt": "A Defesa Civil continua acompanhando a situação das encostas, informou o órgão.",
    "de": "Die Feuerwehr bleibt vor Ort und informiert die Anwohner laufend über die Lage.",
    "en": "Officials said they would keep checking the dam for cracks after the storm passed.",
}


@pytest.mark.parametrize("language", sorted(TRAILERS))
def test_a_follow_us_for_the_latest_trailer_leaves_an_html_page(language: str) -> None:
    for trailer in TRAILERS[language]:
        assert _text(language, [], [], [trailer]) == list(DUMPS[language].body), trailer


@pytest.mark.parametrize("language", sorted(TRAILERS))
def test_a_follow_us_for_the_latest_trailer_leaves_a_text_dump(language: str) -> None:
    dump = DUMPS[language]
    for trailer in TRAILERS[language]:
        cleaned = clean_text_dump("\n\n".join([dump.title, *dump.body, trailer]))
        assert cleaned.paragraphs == list(dump.body), trailer


@pytest.mark.parametrize("language", sorted(STAY))
def test_an_articles_sentence_about_following_events_stays(language: str) -> None:
    body = DUMPS[language].body
    assert _text(language, [], [STAY[language]], []) == [body[0], STAY[language], body[1]]
