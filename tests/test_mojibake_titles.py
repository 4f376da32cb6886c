"""A record's title and author in mojibake are repaired even where Windows-1252 read a
continuation byte as a no-break space (0xA0: "à" is 0xC3 0xA0) or a soft hyphen (0xAD: "í"),
which the reader's whitespace cleaning used to turn into a space before the repair, so ftfy
could not read it back (newcomer 44, finding 4: "HÃ Ná»™i thu phÃ …" stayed while the text
was repaired).  Invented texts, garbled the way a scraper garbles them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import exported, records_archive


def _garbled(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


CASES = [
    (
        "vi",
        "Hà Nội thu phí ô tô vào nội đô từ tháng 7",
        "Thành phố Hà Nội sẽ thu phí ô tô vào nội đô từ tháng 7 năm 2027 theo đề án mới "
        "được thông qua hôm nay, mức phí dự kiến từ 30.000 đến 50.000 đồng mỗi lượt.",
        "Trần Thị Hà",
    ),
    (
        "fr",
        "À Paris, la mairie réduit la vitesse à 30 km/h sur le périphérique",
        "La mairie de Paris a annoncé lundi que la vitesse maximale sur le boulevard "
        "périphérique serait réduite à 30 km/h la nuit à partir du mois prochain.",
        "Amélie Durà",
    ),
]


@pytest.mark.parametrize(("language", "title", "text", "author"), CASES)
def test_a_garbled_title_and_author_are_repaired(
    tmp_path: Path, language: str, title: str, text: str, author: str
) -> None:
    assert "\u00a0" in _garbled(title)  # the shape: an "à" or a "Ã " in it
    record = {
        "url": "https://mirror.example.com/a/1",
        "title": _garbled(title),
        "maintext": "\n\n".join([_garbled(text)] * 2),
        "authors": [_garbled(author)],
        "date_publish": "2026-12-06 14:30:00",
        "language": language,
    }
    [page] = exported(records_archive(tmp_path, [record])).values()
    assert page["title"] == title
    assert page["author"] == author
    assert "Ã" not in page["text"]
