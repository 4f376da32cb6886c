"""A number between 400 and 511 in a headline and its paragraphs is no HTTP error: Ontario's
Highway 401, a death toll of 410, flight SQ 421, 503 passengers (newcomer 44, finding 5: such
articles were rejected as "an error or notice page").  A status number alone on its line or
after "HTTP", "Error" or "Status" still marks an error page.  Invented texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.furniture.compiled import matchers
from clipper.notices import error_page
from tests.conftest import records_archive

ARTICLES = [
    ("en", "https://www.lakeshore-example.ca/news/401-reopens", "Highway 401 reopens after crash",
     ["All lanes of Highway 401 reopened near Kingston on Sunday morning after a crash involving "
      "two transport trucks closed the eastbound lanes overnight, police said.",
      "Traffic on the 401 was diverted onto Highway 2 for about nine hours while crews cleared "
      "the wreckage and spilled diesel.",
      "Police said one driver was taken to hospital with minor injuries. The cause of the 401 "
      "crash is under investigation."]),
    ("id", "https://www.sumatra-example.co.id/a/1", "Korban tewas banjir Sumatra bertambah "
     "menjadi 410",
     ["Jumlah korban tewas akibat banjir bandang di Sumatra Utara bertambah menjadi 410 orang "
      "pada Minggu, kata badan penanggulangan bencana.",
      "Dari 410 korban tersebut, sebagian besar berasal dari tiga kabupaten yang paling parah "
      "terdampak.",
      "Pemerintah telah mengirimkan bantuan logistik dan tenda darurat ke lokasi pengungsian."]),
    ("en", "https://www.harbour-example.com.sg/asia/sq421", "SIA flight SQ 421 diverted to "
     "Bangkok after engine warning",
     ["Singapore Airlines flight SQ 421 from Singapore to Mumbai was diverted to Bangkok on "
      "Sunday after pilots received an engine warning, the airline said.",
      "SQ 421, an Airbus A350 carrying 253 passengers and crew, landed safely at about 1.15pm "
      "local time.",
      "Passengers of SQ 421 were given meals and hotel rooms, and a replacement aircraft will "
      "leave on Monday."]),
    ("ja", "https://www.kita-example.co.jp/a/2", "大雪で新幹線が運休、乗客503人が車内で一夜",
     ["大雪の影響で上越新幹線が運休し、乗客503人が車内で一夜を過ごした。",
      "JR東日本によると、503人のうち体調不良を訴えた3人が病院に搬送された。",
      "運転は7日朝に再開される見通しだという。"]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "url", "title", "paragraphs"), ARTICLES)
def test_an_article_with_a_status_like_number_is_stored(
    tmp_path: Path, language: str, url: str, title: str, paragraphs: list[str]
) -> None:
    record = {"url": url, "title": title, "maintext": "\n\n".join(paragraphs),
              "date_publish": "2026-12-06 14:30:00", "language": language}  # fmt: skip
    records_archive(tmp_path, [record])  # asserts the page is stored


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("404 | Lakeshore News", ["404", "Oops! We looked everywhere.", "Go to the homepage."]),
        ("Lakeshore News", ["HTTP 503", "Please try again in a few minutes."]),
        ("Error 500 - Lakeshore News", ["Error 500", "Internal server error"]),
    ],
)
def test_an_error_page_s_status_still_marks_it(title: str, lines: list[str]) -> None:
    assert error_page(lines, [title, None], sum(len(x.split()) for x in lines), 120)


@pytest.mark.parametrize(
    "line",
    [
        "Highway 401 reopens after crash",
        "乗客503人が車内で一夜",
        "Flight SQ 421",
        "the 404 area code",
    ],
)
def test_a_number_in_a_sentence_is_no_status(line: str) -> None:
    assert not matchers().is_error_notice(line)
