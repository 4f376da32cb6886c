"""A file's name dating what it holds (newcomer 33, finding 14): a wire client's text dump
(``efe_servicio_20261204_0932.txt``) has no fetch time, and its agency dateline ("MADRID, 4 dic
(EFE).-") no year; one reader of file-name dates serves text dumps and broadcast transcripts.

Every name, agency desk and report here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig, ReadLimits
from clipper.page import GUESSED, Article, Rejection
from clipper.read import read_pages
from clipper.read.bulletins import broadcast_time
from clipper.read.filenamedates import file_name_date

HEADLINE = "La cooperativa lechera del valle duplica su producción de quesos en 2026"
REPORT = [
    "La cooperativa lechera del valle del Aconcagua duplicó este año su producción de quesos "
    "maduros, hasta las cuatrocientas toneladas, gracias a una nueva planta de refrigeración "
    "financiada con fondos regionales, según informó su presidenta, Marta Quiroga.",
    "Quiroga explicó que la planta permite almacenar la leche de ciento veinte pequeños "
    "productores durante el invierno y que la cooperativa prevé exportar el próximo año a "
    "mercados de Asia por primera vez desde su fundación.",
    "Los productores pidieron al gobierno regional que mejore el camino rural que une los "
    "tambos con la planta, cortado varias semanas por las lluvias del último invierno.",
]


def _dump(path: Path, dateline: str) -> Path:
    path.write_text(
        f"{HEADLINE}\n\n{dateline}{REPORT[0]}\n\n" + "\n\n".join(REPORT[1:]) + "\n",
        encoding="utf-8",
    )
    return path


def _article(path: Path) -> Article:
    rejected: list[Rejection] = []
    (raw,) = list(read_pages([path], ReadLimits(), rejected.append))
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


def test_a_wire_dumps_yearless_dateline_takes_the_year_of_its_file_names_date(
    tmp_path: Path,
) -> None:
    path = _dump(tmp_path / "efe_servicio_20261204_0932.txt", "MADRID, 4 dic (EFE).- ")
    article = _article(path)
    # the dateline's day, its year from the name (the name's hour is not the report's)
    assert (article.published, article.date_source) == ("2026-12-04", GUESSED)


def test_a_dump_dated_nowhere_takes_its_file_names_date_and_hour_as_a_guess(
    tmp_path: Path,
) -> None:
    article = _article(_dump(tmp_path / "servicio_2026-12-03_1815.txt", ""))
    assert (article.published, article.date_source) == ("2026-12-03T18:15", GUESSED)


@pytest.mark.parametrize(
    "name",
    [
        "article_20261399.txt",  # an id: no month 13
        "nota_20260231.txt",  # no 31 February
        "story_202612045.txt",  # nine digits
        "informe_2019-2026.txt",  # a year range
        "balance_20261201-20261231.txt",  # a range of days
    ],
)
def test_a_number_in_a_file_name_that_is_no_date_dates_nothing(
    tmp_path: Path, name: str
) -> None:
    assert file_name_date(name) is None
    assert broadcast_time([], name) is None
    article = _article(_dump(tmp_path / name, "MADRID, 4 dic (EFE).- "))
    assert (article.published, article.date_source) == (None, None)


def test_transcripts_and_dumps_read_one_file_name_date() -> None:
    named = file_name_date("radio_andina_0800_2026-12-04.txt")
    assert named is not None
    assert (named.day, named.hour, named.iso) == ("2026-12-04", "08:00", "2026-12-04T08:00")
    assert broadcast_time([], "radio_andina_0800_2026-12-04.txt") == named.iso
    named = file_name_date("jt20h_20261203.srt.gz")
    assert named is not None and named.iso == "2026-12-03T20:00"
