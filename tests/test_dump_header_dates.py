"""A text dump's header date: an old scraper's dump opens with its headline and a date line
("20/11/2026" alone under it, or above it), then its body; that date is the dump's publication
date, whatever its form, read day or month first as its numbers, its language or its folder
settle (newcomer 37 finding 1: every such dump was stored undated, "archived today").  A bare
date a flattened web page shows elsewhere (its masthead's "today") stays unread.  Invented
dumps."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.rejections import rejections
from tests.conftest import build, exported

FETCHED = "2026-12-04T23:40:00+00:00"

ES_HEADLINE = "Los vecinos de Torremolar reabren el mercado de abastos tras la reforma"
ES_BODY = (
    "Torremolar (Cuenca), 20 nov.- El mercado de abastos de Torremolar volvió a abrir este "
    "jueves sus puertas después de ocho meses de obras, con catorce puestos renovados y una "
    "cubierta nueva pagada por la diputación provincial.",
    "Los comerciantes celebraron la reapertura con una degustación de quesos y embutidos de la "
    "comarca, y el alcalde anunció que el mercado abrirá también los sábados por la tarde.",
)
AR_HEADLINE = "افتتاح مكتبة عامة جديدة في مدينة الواحة"
AR_BODY = (
    "افتتحت بلدية مدينة الواحة يوم الخميس مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب وقاعة "
    "للمطالعة مخصصة للطلاب، بعد عامين من أعمال البناء في وسط المدينة.",
    "وقال رئيس البلدية إن المكتبة ستفتح أبوابها كل يوم من الساعة التاسعة صباحا حتى المساء، "
    "وإن الدخول إليها سيكون مجانيا لجميع السكان.",
)
EN_HEADLINE = "Ferry timetable cut for the winter at Saltmarsh Quay"
EN_BODY = (
    "The harbour board of Saltmarsh Quay voted on Wednesday to cut the winter ferry timetable "
    "to four crossings a day, after a season in which the early boats sailed half empty.",
    "Islanders who commute to the mainland said the first crossing would now leave too late "
    "for the hospital's morning shift, and asked the board to keep the six o'clock sailing.",
)


def _dump(*head: str, body: tuple[str, ...] = ES_BODY) -> str:
    return "\n".join(head) + "\n\n" + "\n\n".join(body) + "\n"


def _cleaned(text: str, fetched: str | None = FETCHED) -> Article:
    article = clean_page(
        RawPage(origin="/dumps/000101.txt", kind="text", body=text, fetched_at=fetched),
        CleanConfig(),
    )
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(
    "head",
    [
        (ES_HEADLINE, "20/11/2026"),
        (ES_HEADLINE, "2026-11-20"),
        (ES_HEADLINE, "20.11.2026"),
        (ES_HEADLINE, "20-11-2026"),
        (ES_HEADLINE, "20 de noviembre de 2026"),
        (ES_HEADLINE, "jueves, 20/11/2026"),
        ("20/11/2026", ES_HEADLINE),  # the date line above the headline
    ],
)
def test_a_date_line_in_a_dump_s_header_is_its_publication_date(head: tuple[str, ...]) -> None:
    article = _cleaned(_dump(*head))
    assert (article.published, article.date_source, article.date_unread) == (
        "2026-11-20",
        "guessed",
        None,
    )
    assert article.title == ES_HEADLINE
    assert "20/11/2026" not in article.text and "2026-11-20" not in article.text


def test_a_header_date_in_arabic_indic_digits_is_read_day_first() -> None:
    article = _cleaned(_dump(AR_HEADLINE, "٠٣/١١/٢٠٢٦", body=AR_BODY))
    assert (article.language, article.published) == ("ar", "2026-11-03")


def test_an_ambiguous_header_date_is_read_as_the_dump_s_language_writes_it() -> None:
    """A Spanish dump's "03/11/2026" is 3 November; on an English one of no country nothing
    settles it: counted, not guessed."""
    assert _cleaned(_dump(ES_HEADLINE, "03/11/2026")).published == "2026-11-03"
    english = _cleaned(_dump(EN_HEADLINE, "03/11/2026", body=EN_BODY))
    assert (english.published, english.date_unread) == (None, "03/11/2026")
    # a day over 12 settles it on any page
    assert _cleaned(_dump(EN_HEADLINE, "20/11/2026", body=EN_BODY)).published == "2026-11-20"
    assert _cleaned(_dump(EN_HEADLINE, "11/20/2026", body=EN_BODY)).published == "2026-11-20"


def test_a_header_date_after_the_fetch_is_not_read() -> None:
    article = _cleaned(_dump(ES_HEADLINE, "20/12/2026"))
    assert (article.published, article.date_unread) == (None, "20/12/2026")


def test_a_bare_date_outside_the_header_stays_unread() -> None:
    """A flattened page's masthead "today" above its menus, and a date line under the first
    paragraph, are no header's: the site's date as often as the page's."""
    masthead = _dump(
        "Diario de Torremolar", "Portada", "Local", "Deportes", "Cultura", "Opinión",
        "04/12/2026", ES_HEADLINE,
    )  # fmt: skip
    assert _cleaned(masthead).published is None
    below = ES_HEADLINE + "\n\n" + ES_BODY[0] + "\n\n20/11/2026\n\n" + ES_BODY[1]
    assert _cleaned(below).published is None


def _folder(root: Path, name: str, dumps: dict[str, str]) -> Path:
    folder = root / name
    folder.mkdir()
    for file, text in dumps.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def _published(db: Path) -> dict[str, str | None]:
    return {Path(row["origin"]).name: row["published"] for row in exported(db).values()}


@pytest.mark.parametrize(
    ("settling", "expected"), [("20/11/2026", "2026-11-03"), ("11/20/2026", "2026-03-11")]
)
def test_a_folder_s_other_header_dates_settle_an_ambiguous_one(
    tmp_path: Path, settling: str, expected: str
) -> None:
    """An English dump's "03/11/2026" is read as its folder's other dump writes its date: day
    first beside "20/11/2026", month first beside "11/20/2026"; the same archive whichever
    file is read first."""
    folder = _folder(
        tmp_path,
        "scraper_txt",
        {
            "000101.txt": _dump(EN_HEADLINE, "03/11/2026", body=EN_BODY),
            "000102.txt": _dump(ES_HEADLINE, settling),
        },
    )
    build(tmp_path / "a.db", sorted(folder.iterdir()))
    build(tmp_path / "b.db", sorted(folder.iterdir(), reverse=True))
    forwards, backwards = _published(tmp_path / "a.db"), _published(tmp_path / "b.db")
    assert forwards == backwards == {"000101.txt": expected, "000102.txt": "2026-11-20"}


def test_a_folder_whose_dates_disagree_settles_nothing(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        "mixed",
        {
            "000101.txt": _dump(EN_HEADLINE, "03/11/2026", body=EN_BODY),
            "000102.txt": _dump(ES_HEADLINE, "20/11/2026"),
            "000103.txt": _dump(
                "Los bomberos apagan un incendio en el polígono de Torremolar", "11/25/2026"
            ),
        },
    )
    archive, summary = build(tmp_path / "a.db", [folder])
    assert _published(tmp_path / "a.db")["000101.txt"] is None
    _, rows = rejections(archive, reasons=("date-unread",))
    assert [(Path(row.origin).name, row.detail) for row in rows] == [
        ("000101.txt", 'date "03/11/2026" not read; page kept without a date')
    ]
    assert summary.dates_unread == 1


def test_an_old_scraper_s_dumps_are_dated_in_the_archive(tmp_path: Path) -> None:
    """The whole run: each dump of the night stored with its header's day, none counted as a
    date not read."""
    folder = _folder(
        tmp_path,
        "night",
        {
            "000101.txt": _dump(ES_HEADLINE, "20/11/2026"),
            "000102.txt": _dump(AR_HEADLINE, "٢٠/١١/٢٠٢٦", body=AR_BODY),
        },
    )
    _, summary = build(tmp_path / "a.db", [folder])
    assert summary.dates_unread == 0
    assert _published(tmp_path / "a.db") == {"000101.txt": "2026-11-20", "000102.txt": "2026-11-20"}
