"""Byline lines cut from a record's text leave their names as the author (newcomer 22, finding
36): Arabic "كتب:" / "بقلم", Indonesian "Reporter: … | Editor: …" / "Penulis:", Portuguese and
Spanish "Por …, com/con <agency>" (the writer and the credited agency, both authors; a desk,
"Redação", is no author: newcomer 41).  Invented names."""

from __future__ import annotations

import pytest

from clipper.bylinelines import byline_line
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

BODY = (
    "The harbour board voted on Thursday to rebuild the north pier before next winter, after "
    "a storm in October left two of its spans unsafe for the ferry to dock at.\n"
    "Work will start in January and the ferry will use the south quay until it ends, the "
    "board said in a statement after the vote on Thursday evening."
)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("كتب: سليم العطار", "سليم العطار"),
        ("كتبت: هالة منصور، عمّان", "هالة منصور"),
        ("بقلم سليم العطار", "سليم العطار"),
        ("Reporter: Wulan Sari | Editor: Bayu Pratama", "Wulan Sari"),
        ("Penulis: Wulan Sari, Dedi Kurnia | Editor: Bayu Pratama", "Wulan Sari; Dedi Kurnia"),
        ("Penulis: Sutarjo", "Sutarjo"),
        ("Por Redação, com Agência Litoral", "Agência Litoral"),
        ("Por Marta Quiroga, con EFE", "Marta Quiroga; EFE"),
        ("Por Redação, com informações da Agência Litoral", "Agência Litoral"),
    ],
)
def test_a_record_s_byline_line_becomes_its_author(line: str, author: str) -> None:
    raw = RawPage("r.jsonl:1", "text", f"{line}\n{BODY}", url="https://pier.example/a",
                  title="North pier to be rebuilt")
    page = clean_page(raw, CleanConfig())
    assert isinstance(page, Article)
    assert page.author == author
    assert not page.text.startswith(line[:6])


@pytest.mark.parametrize(
    "line",
    [
        "كتب الرئيس رسالة إلى المجلس",  # the verb "wrote", no colon: a sentence
        "Editor: Bayu Pratama",  # the editor alone is no author
        "Por causa da chuva, com atraso",  # "because of the rain, late"
    ],
)
def test_lines_that_are_no_byline(line: str) -> None:
    assert byline_line(line) is None
