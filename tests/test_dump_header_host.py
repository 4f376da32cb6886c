"""A text dump's header line of fields naming its site by its host name (newcomer 51b):
"vlast.kz | 7 декабря 2026, 13:05 | Автор: Иван Петров" gives the site, the date and time and
the author, as its English form does; a host name inside a sentence is no header.  Every text
is invented."""

from __future__ import annotations

import pytest

from clipper.dumpfields import header_fields
from clipper.textdump import clean_text_dump

BODY = (
    "ТАЛДЫКОРГАН. Городской совет утвердил бюджет на будущий год после долгих споров, "
    "сообщили в пресс-службе акимата в понедельник вечером.\n\n"
    "Депутаты отметили, что расходы на ремонт дорог вырастут на треть, а на освещение улиц "
    "выделено вдвое больше, чем в прошлом году.\n\nСледующее заседание пройдёт в январе.\n"
)
HEADLINE = "Горсовет Талдыкоргана утвердил бюджет на будущий год"


@pytest.mark.parametrize(
    ("line", "site", "author"),
    [
        ("stepnoy-vestnik.kz | 7 декабря 2026, 13:05 | Автор: Иван Петров", "stepnoy-vestnik.kz",
         "Иван Петров"),
        ("stepnoy-vestnik.kz | 7 December 2026, 13:05 | By Ivan Petrov", "stepnoy-vestnik.kz",
         "Ivan Petrov"),
        ("Автор: Иван Петров | 24.kg | 7 декабря 2026, 13:05", "24.kg", "Иван Петров"),
        ("Муаллиф: Иван Петров | www.dasht.tj | 7 декабря 2026, 13:05", "www.dasht.tj", None),
    ],
)  # fmt: skip
def test_a_host_name_is_the_header_s_site(line: str, site: str, author: str | None) -> None:
    fields = header_fields(line)
    assert fields is not None
    assert fields.outlet == site
    assert fields.published == "2026-12-07T13:05:00"
    if author is not None:
        assert fields.author == author
        cleaned = clean_text_dump(f"{HEADLINE}\n{line}\n\n{BODY}")
        assert (cleaned.author, cleaned.published, cleaned.source) == (
            author,
            "2026-12-07T13:05:00",
            site,
        )
        assert cleaned.date_unread is None
        assert len(cleaned.paragraphs) == 3


def test_a_host_name_in_a_sentence_is_no_header() -> None:
    line = "Сайт vlast.kz | сообщил, что городской совет утвердил бюджет после долгих споров"
    assert header_fields(line) is None
