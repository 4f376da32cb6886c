"""A date line is read as its label's language writes dates when that is not the page's
(newcomer 28 finding 2's leftover: "Publicado em 03/12/2026" above an English text was counted,
not read), and an HTML page's date line is checked against its fetch on the clocks of the
country the page states (``<html lang="es-MX">``, ``og:locale``), as the date it stores is.
Invented pages and texts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.read.zones import written_in
from clipper.textdump import clean_text_dump

_EN = (
    "The city council approved a new bus lane plan on Tuesday after months of debate over the"
    " parking spaces it removes along the main avenue of the northern district.",
    "Works will start in January and last six months, the transport department said, with"
    " buses diverted to the parallel street while the road is resurfaced.",
    "Shop owners asked for loading bays on the side streets before the works begin.",
)
_ES = (
    "El ayuntamiento aprobó el martes un plan de carriles exclusivos para autobuses tras meses"
    " de debate sobre los estacionamientos que elimina en la avenida principal.",
    "Las obras comenzarán en enero y durarán seis meses, informó la secretaría de movilidad,"
    " con los autobuses desviados a la calle paralela mientras se repavimenta.",
    "Los comerciantes pidieron zonas de carga en las calles laterales antes de las obras.",
)
_FETCHED = "2026-12-05T08:00:00+00:00"


def _article(kind: Literal["html", "text"], line: str, body: tuple[str, ...], lang: str,
             url: str, fetched: str = _FETCHED, locale: str = "") -> Article:  # fmt: skip
    if kind == "text":
        page = "A bus lane plan for the north\n" + line + "\n\n" + "\n\n".join(body) + "\n"
        raw = RawPage(origin="t/d.txt", kind="text", body=page.encode(), url=url,
                      fetched_at=fetched, language=lang)  # fmt: skip
    else:
        meta = f"<meta property='og:locale' content='{locale}'>" if locale else ""
        paragraphs = "".join(f"<p>{p}</p>" for p in body)
        page = (
            f"<html lang='{lang}'><head><meta charset='utf-8'><title>Bus lanes</title>{meta}"
            f"</head><body><article><h1>A bus lane plan for the north</h1><div class='meta'>"
            f"{line}</div>{paragraphs}</article></body></html>"
        )
        raw = RawPage(origin="t/p.html", kind="html", body=page.encode(), url=url,
                      fetched_at=fetched)  # fmt: skip
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize("kind", ["html", "text"])
@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Publicado em 03/12/2026 - 16:30", "2026-12-03T16:30:00"),
        ("Publicado em 03/12/2026 às 16h30", "2026-12-03T16:30:00"),
        ("Publié le 03/12/2026 à 14h30", "2026-12-03T14:30:00"),
        ("Veröffentlicht am 03.12.2026, 09:15 Uhr", "2026-12-03T09:15:00"),
        ("Publicado em 03/12/2026", "2026-12-03"),
    ],
)
def test_a_date_label_of_another_language_reads_the_date_its_way(
    kind: Literal["html", "text"], line: str, published: str
) -> None:
    article = _article(kind, line, _EN, "en", "https://northern-post.example/transport/bus-lanes")
    assert (article.published, article.date_unread) == (published, None)


@pytest.mark.parametrize(
    ("line", "lang", "published"),
    [
        ("Published 03/12/2026 16:30", "en", None),  # English of no region: in doubt
        # the page's own label: its rule decides (the United States': month first, session 31)
        ("Publicado el 03/12/2026 16:30", "es-US", "2026-03-12T16:30:00"),
    ],
)
def test_a_label_of_the_page_s_own_language_leaves_its_rule(
    line: str, lang: str, published: str | None
) -> None:
    with written_in(lang, None):
        cleaned = clean_text_dump(
            "A bus lane plan\n" + line + "\n\n" + "\n\n".join(_EN),
            latest=datetime(2026, 12, 5, 8, tzinfo=UTC),
        )
    assert (cleaned.published, cleaned.date_unread) == (published, None if published else line)


@pytest.mark.parametrize(
    ("lang", "locale"), [("es-MX", ""), ("es", "es_MX")]
)  # fmt: skip
def test_an_update_after_the_fetch_on_the_stated_country_s_clocks_is_counted(
    lang: str, locale: str
) -> None:
    """07:40 in Mexico is 12:40 UTC at the earliest, after an 08:00 UTC fetch: counted as a
    date after the fetch, not taken as the page's update (on a .com read on every clock it
    was before the fetch)."""
    article = _article(
        "html", "Actualizado: 05/12/2026 07:40", _ES, lang,
        "https://diario-bajio.example.com/ciudad/carriles", locale=locale,
    )  # fmt: skip
    assert (article.published, article.date_ignored) == (None, "2026-12-05T07:40:00")


def test_an_update_before_the_fetch_on_the_stated_country_s_clocks_dates_the_page() -> None:
    article = _article(
        "html", "Actualizado: 05/12/2026 01:40", _ES, "es-MX",
        "https://diario-bajio.example.com/ciudad/carriles",
    )  # fmt: skip
    assert (article.published, article.date_source) == ("2026-12-05T01:40:00", "updated")
