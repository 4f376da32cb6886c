"""A text dump's header in every language of the furniture tables (newcomer 19: Arabic,
Hindi and Indonesian headers lost their URL or their headline, or left the label in it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.furniture import TABLES
from clipper.models import Page
from clipper.read.textheader import split_header
from tests.conftest import build

# The word for "title" a scraper of each language writes, with a colon as it writes it.
TITLE_KEYS = {
    "en": "Title:", "de": "Titel:", "fr": "Titre :", "es": "Titular:", "pt": "Título:",
    "it": "Titolo:", "nl": "Titel:", "sv": "Rubrik:", "da": "Overskrift:", "no": "Tittel:",
    "is": "Fyrirsögn:", "pl": "Tytuł:", "cs": "Titulek:", "lt": "Antraštė:", "et": "Pealkiri:",
    "ru": "Заголовок:",
    "tr": "Başlık:", "id": "Judul:", "vi": "Tiêu đề:", "ar": "العنوان:", "hi": "शीर्षक:",
    "ja": "タイトル：", "zh": "标题：", "ko": "제목:",
    "el": "Τίτλος:", "he": "כותרת:", "th": "หัวข้อ:", "fi": "Otsikko:", "uk": "Заголовок:",
    "ur": "سرخی:", "bn": "শিরোনাম:", "fa": "تیتر:", "ca": "Títol:", "ro": "Titlu:",
    "sw": "Kichwa:", "ha": "Kanun labari:", "am": "ርዕስ:",
    "mr": "शीर्षक:", "ta": "தலைப்பு:", "gu": "શીર્ષક:", "pa": "ਸਿਰਲੇਖ:",
    "hu": "Cím:", "lv": "Virsraksts:", "te": "శీర్షిక:", "kn": "ಶೀರ್ಷಿಕೆ:", "ml": "തലക്കെട്ട്:",
    "af": "Opskrif:", "zu": "Isihloko:", "xh": "Isihloko:", "yo": "Àkọlé:", "ig": "Isiokwu:",
    "so": "Cinwaan:", "ne": "शीर्षक:", "or": "ଶୀର୍ଷକ:", "si": "සිරස්තලය:", "my": "ခေါင်းစဉ်:",
    "ms": "Tajuk:", "tl": "Pamagat:", "sq": "Titulli:", "mk": "Наслов:", "hr": "Naslov:",
    "az": "Başlıq:", "kk": "Тақырып:", "uz": "Sarlavha:", "ka": "სათაური:", "hy": "Վերնագիր:",
    "mn": "Гарчиг:", "km": "ចំណងជើង:", "lo": "ຫົວຂໍ້:",
}
# The words for "link" and "date" in the languages whose scrapers newcomer 19 used.
LOCAL = {
    "ar": ("الرابط:", "التاريخ:"),
    "hi": ("लिंक:", "तारीख:"),
    "id": ("Tautan:", "Tanggal:"),
    "vi": ("Liên kết:", "Ngày:"),
    "zh": ("链接：", "日期："),
}


def test_every_table_language_has_a_title_key() -> None:
    assert set(TABLES) <= set(TITLE_KEYS)


@pytest.mark.parametrize("language", sorted(TITLE_KEYS))
def test_a_header_in_the_table_languages_gives_title_and_url(language: str) -> None:
    dump = (
        f"{TITLE_KEYS[language]} Ferry crossing to resume\n"
        "URL: https://isles.example/news/ferry\n\n"
        "The ferry operator said on Tuesday that the night crossing would resume.\n"
    )
    fields, text = split_header(dump)
    assert fields == {
        "title": "Ferry crossing to resume", "url": "https://isles.example/news/ferry"
    }
    assert text.strip().startswith("The ferry operator")


@pytest.mark.parametrize("language", sorted(LOCAL))
def test_link_and_date_keys_in_other_scripts(language: str) -> None:
    link, date = LOCAL[language]
    fields, text = split_header(
        f"{TITLE_KEYS[language]} Ferry crossing to resume\n{link} https://isles.example/n/1\n"
        f"{date} 2026-11-29\n\nThe ferry operator said on Tuesday that it would resume.\n"
    )
    assert fields == {
        "title": "Ferry crossing to resume",
        "url": "https://isles.example/n/1",
        "date": "2026-11-29",
    }
    assert text.strip().startswith("The ferry operator")


BODY = (
    "{n}. The ferry operator said on Tuesday that the night crossing between Aldermouth and the "
    "islands would resume next month after repairs to the landing ramp were finished.\n\n"
    "Islanders had waited eleven weeks for the repairs, and the council paid for a temporary "
    "water taxi for school pupils and hospital patients while the ramp was closed.\n\n"
    "The operator said the new ramp would take heavier lorries than the old one.\n"
)


def test_the_pages_of_such_dumps_keep_url_and_headline(tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    for n, language in enumerate(("ar", "hi", "id")):
        link = LOCAL[language][0]
        (folder / f"{language}.txt").write_text(
            f"{TITLE_KEYS[language]} Ferry crossing {n} to resume\n"
            f"{link} https://{language}-hdr.example/a\n\n" + BODY.format(n=n),
            encoding="utf-8",
        )
    archive, _ = build(tmp_path / "a.db", [folder])
    with archive.sessions() as session:
        rows = session.execute(select(Page.url, Page.title))
        stored = sorted((url, title) for url, title in rows)
    archive.close()
    assert stored == [
        (f"https://{language}-hdr.example/a", f"Ferry crossing {n} to resume")
        for n, language in enumerate(("ar", "hi", "id"))
    ]
