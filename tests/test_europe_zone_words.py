"""A time with Europe's zone in words or a Central European abbreviation is that moment
(newcomer 40, finding 2: a Warsaw and Kyiv desk's "4 грудня 2026 р., 15:40 (за київським
часом)", "04.12.2026 15:40 за Києвом", "December 4, 2026 15:40 Kyiv time" and "středa 3.
prosince 2026, 18:47 SEČ" kept their day alone, the same lines without the zone their time).
Confirmed on forms not tuned on: Russian, German, Polish and Lithuanian zone words, Czech
summer time (SELČ in July), an HTML page's date line end to end."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.linedates import line_date
from clipper.page import Article, RawPage
from clipper.read.declareddates import declared_date

LINES = [
    ("4 грудня 2026 р., 15:40 (за київським часом)", "2026-12-04T15:40:00+02:00"),
    ("04.12.2026 15:40 за Києвом", "2026-12-04T15:40:00+02:00"),
    ("December 4, 2026 15:40 Kyiv time", "2026-12-04T15:40:00+02:00"),
    ("středa 3. prosince 2026, 18:47 SEČ", "2026-12-03T18:47:00+01:00"),
    # not tuned on
    ("4 декабря 2026, 15:40 по киевскому времени", "2026-12-04T15:40:00+02:00"),
    ("4 декабря 2026, 15:40 по московскому времени", "2026-12-04T15:40:00+03:00"),
    ("4. Dezember 2026, 15:40 Kiewer Zeit", "2026-12-04T15:40:00+02:00"),
    ("4 grudnia 2026, 14:30 czasu polskiego", "2026-12-04T14:30:00+01:00"),
    ("2026 m. gruodžio 4 d. 15:40 Lietuvos laiku", "2026-12-04T15:40:00+02:00"),
    ("4. júla 2026 15:40 SELČ", "2026-07-04T15:40:00+02:00"),
    ("July 4, 2026 15:40 Warsaw time", "2026-07-04T15:40:00+02:00"),
    ("July 4, 2026 15:40 Kyiv time", "2026-07-04T15:40:00+03:00"),
]


@pytest.mark.parametrize(("line", "moment"), LINES)
def test_a_zone_in_words_gives_the_moment(line: str, moment: str) -> None:
    assert declared_date(line)[0] == moment
    assert line_date(line) == moment


BODY = [
    "Уряд і місцева влада обговорили ремонт мостів, доріг і шкіл у прикордонних громадах та "
    "фінансування нових проєктів на наступний рік.",
    "Представники громад попросили пришвидшити виплати підрядникам, щоб роботи завершилися до "
    "початку зими, а міністерство пообіцяло відповісти до кінця тижня.",
    "Наступна зустріч запланована на січень у Львові.",
]


def test_an_html_page_s_date_line_with_kyiv_time() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        '<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>Ремонт мостів</title>'
        "</head><body><main><article><h1>Ремонт мостів у прикордонних громадах</h1>"
        '<div class="meta"><span class="date">4 грудня 2026 р., 15:40 (за київським часом)'
        f'</span></div><div class="article-body">{paragraphs}</div></article></main></body></html>'
    )
    raw = RawPage("p.html", "html", html.encode(), url="https://misto.example/news/1",
                  fetched_at="2026-12-04T16:00:00+00:00")
    page = clean_page(raw, CleanConfig())
    assert isinstance(page, Article)
    assert page.published == "2026-12-04T15:40:00+02:00"
