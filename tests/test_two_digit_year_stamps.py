"""A posting stamp whose date has a two-digit year, then its time ("Publié le 05/12/26 à 14h40",
"05/12/26 alle 14:40", "05-12-26 om 14.40 uur", "05.12.26, 14:40 Uhr", "12/05/26 2:40 PM") is
read to the minute, the year 20YY, day and month in the order the page writes a four-digit one
(newcomer 42, finding 2: a Brussels desk's French pages kept a guessed day without the time,
and an updated La Libre page took its new AFP dateline's day instead).  Invented pages, dumps
and records."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import DECLARED, Article, RawPage
from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in
from tests.conftest import build, exported
from tests.test_local_dates import _read

PARAGRAPHS = {
    "fr": (
        "Plusieurs centaines d'agriculteurs venus de Belgique et des Pays-Bas ont bloqué dimanche "
        "matin le quartier européen de Bruxelles avec près de six cents tracteurs.",
        "La police a fermé la rue de la Loi et le rond-point Schuman à la circulation, et les "
        "pompiers sont intervenus à deux reprises devant le bâtiment du Conseil.",
        "Les syndicats agricoles réclament une clause de sauvegarde sur la viande bovine.",
    ),
    "it": (
        "Il consiglio comunale ha approvato sabato il bilancio con quattordici voti a favore e "
        "tre contrari, dopo una seduta durata fino a tarda notte.",
        "Il sindaco ha spiegato che gran parte delle risorse andrà alla manutenzione delle "
        "strade e all'ampliamento di due centri sanitari di quartiere.",
        "I consiglieri dell'opposizione hanno criticato l'assenza di fondi per la sicurezza.",
    ),
    "nl": (
        "De gemeenteraad heeft zaterdag de begroting goedgekeurd met veertien stemmen voor en "
        "drie tegen, na een vergadering die tot diep in de nacht duurde.",
        "De burgemeester zei dat het meeste geld naar het herstel van straten en de uitbreiding "
        "van twee gezondheidscentra in de wijken gaat.",
        "Raadsleden van de oppositie vonden dat er te weinig geld is voor de veiligheid.",
    ),
    "de": (
        "Der Stadtrat hat am Samstag den Haushalt mit vierzehn Stimmen bei drei Gegenstimmen "
        "beschlossen, nach einer Sitzung, die bis tief in die Nacht dauerte.",
        "Der Bürgermeister sagte, der größte Teil des Geldes fließe in die Sanierung von "
        "Straßen und den Ausbau zweier Gesundheitszentren.",
        "Die Opposition kritisierte, dass für die Sicherheit kein Geld vorgesehen sei.",
    ),
    "en": (
        "The council approved the budget on Saturday with fourteen votes in favour and three "
        "against, after a session that ran into the early hours of the morning.",
        "The mayor said most of the money would go to repairing streets and to the expansion "
        "of two health centres on the edge of the city.",
        "Opposition councillors said the plan left out money for policing in the south.",
    ),
}
FETCHED = "2026-12-06T10:00:00Z"


def _page(lang: str, lines: list[str], lede: str = "", fetched: str = FETCHED) -> Article:
    paragraphs = PARAGRAPHS[lang.split("-")[0]]
    body = "".join(f"<p>{p}</p>" for p in (lede + paragraphs[0], *paragraphs[1:]))
    meta = "".join(f"<div class='date'>{line}</div>" for line in lines)
    html = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Page</title></head><body>"
        f"<article><h1>Un titre pour la page du jour</h1>{meta}{body}</article></body></html>"
    )
    raw = RawPage(
        origin="p.html",
        kind="html",
        body=html.encode(),
        url="https://www.journal-bxl.example/actu/page",
        fetched_at=fetched,
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr-BE", "Publié le 05/12/26 à 14h40"),
        ("fr-BE", "Publié le 05-12-26 à 14h40"),
        ("fr-BE", "Publié le 05.12.26 à 14h40"),
        ("fr", "05/12/26 à 14h40"),
        ("it", "05/12/26 alle 14:40"),
        ("it", "Pubblicato il 05/12/26 alle 14:40"),
        ("nl-BE", "05-12-26 om 14.40 uur"),
        ("nl", "Gepubliceerd op 05-12-26 om 14.40"),
        ("de", "05.12.26, 14:40 Uhr"),
        ("en-GB", "05/12/26 at 14:40"),
        ("en-US", "12/05/26 2:40 PM"),  # month first on an American page
        ("en-US", "Published 12/05/26 2:40 PM"),
        ("en-US", "05.12.26 14:40"),  # dotted: day first on a US page too, as 05.12.2026
    ],
)
def test_a_two_digit_year_stamp_is_read_with_its_time(lang: str, line: str) -> None:
    """A zoneless time stays zoneless, except on a language of one clock (German, Italian:
    Central European Time, UTC+1 in December), where it is that clock's time."""
    article = _page(lang, [line])
    offset = "+01:00" if lang in ("de", "it") else ""
    assert (article.published, article.date_source) == (f"2026-12-05T14:40:00{offset}", DECLARED)


@pytest.mark.parametrize(
    ("lang", "short", "whole"),
    [
        # no order stated (English of no region): as its four-digit form, htmldate's day
        # checked against the fetch (the one reading within 31 days before it)
        ("en", "12/05/26 2:40 PM", "12/05/2026 2:40 PM"),
        ("en", "Published 12/05/26", "Published 12/05/2026"),
        # an American page's date alone: month first, as its four-digit form
        ("en-US", "Published 12/05/26", "Published 12/05/2026"),
        ("fr-BE", "Publié le 05/12/26", "Publié le 05/12/2026"),
    ],
)
def test_a_two_digit_year_follows_the_four_digit_years_order(
    lang: str, short: str, whole: str
) -> None:
    got, expected = _page(lang, [short]), _page(lang, [whole])
    assert (got.published, got.date_source, got.date_unread) == (
        expected.published,
        expected.date_source,
        expected.date_unread,
    )
    assert got.published is not None and got.published[:10] == "2026-12-05"


def test_an_updated_page_keeps_its_posting_time_over_its_agency_dateline() -> None:
    """Night 2's La Libre page: its posting stamp and its update, both of two-digit years, and
    a new AFP dateline of the update's day opening its text."""
    article = _page(
        "fr-BE",
        ["Publié le 05-12-26 à 14h40", "Mis à jour le 06-12-26 à 09h30"],
        lede="Bruxelles, 6 déc (AFP) - ",
    )
    assert (article.published, article.date_source) == ("2026-12-05T14:40:00", DECLARED)
    assert article.updated == "2026-12-06T09:30:00"


@pytest.mark.parametrize(
    ("lang", "value", "read"),
    [
        ("fr", "05/12/26 14:40", "2026-12-05T14:40:00"),
        ("fr", "05/12/26 à 14h40", "2026-12-05T14:40:00"),
        ("it", "05-12-26 alle 14:40", "2026-12-05T14:40:00"),
        ("nl", "05-12-26 om 14.40 uur", "2026-12-05T14:40:00"),
        ("nl", "05-12-2026 om 14.40", "2026-12-05T14:40:00"),  # not 14:00:00.4
        ("en-US", "12/05/26 2:40 PM", "2026-12-05T14:40:00"),
        ("en", "12/05/26 2:40 PM", None),  # the order in doubt, as "12/05/2026 2:40 PM"
        ("fr", "1.2.26", None),  # a two-digit year alone: a version or a section as often
    ],
)
def test_a_record_field_of_a_two_digit_year(lang: str, value: str, read: str | None) -> None:
    with written_in(lang, "https://www.journal-bxl.example/a", None):
        got = declared_date(value)[0]
    assert (got if got is None else datetime.fromisoformat(got).isoformat()) == read


def test_a_jsonl_record_of_a_two_digit_year_is_dated_to_the_minute(tmp_path: Path) -> None:
    path = tmp_path / "night.jsonl"
    record = {
        "text": "\n\n".join(PARAGRAPHS["fr"]),
        "url": "https://www.lalibre-bxl.example/actu/tracteurs",
        "language": "fr-BE",
        "published": "05/12/26 à 14h40",
    }
    path.write_text(json.dumps(record) + "\n")
    (raw,) = _read(path)
    assert (raw.published, raw.date_unread) == ("2026-12-05T14:40:00", None)


def test_a_text_dump_s_stamp_of_a_two_digit_year_dates_it(tmp_path: Path) -> None:
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    dump = "\n\n".join(
        [
            "Des agriculteurs bloquent le quartier européen avec leurs tracteurs",
            "Publié le 05/12/26 à 14h40",
            *PARAGRAPHS["fr"],
        ]
    )
    (dumps / "tracteurs.txt").write_text(dump, encoding="utf-8")
    _, summary = build(tmp_path / "a.db", [dumps])
    (row,) = exported(tmp_path / "a.db").values()
    assert row["published"].startswith("2026-12-05T14:40")
    assert summary.dates_unread == 0
