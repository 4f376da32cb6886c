"""A press-review dump's date line opening with the paper's name ("Le Soir, samedi 5 décembre
2026", "De Standaard, 5 december 2026", "Le Soir - 5 décembre 2026 - p. 12", "Corriere della
Sera, 5 dicembre 2026", "The Guardian, 5 December 2026, p. 3"): its date is the dump's, its
paper the dump's site, its headline kept (newcomer 42, finding 2: the date was counted unread
and the headline over it lost).  Invented dumps."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.archive import Archive
from clipper.models import Page
from clipper.paperdatelines import PaperDate, paper_dateline
from clipper.read.zones import written_in
from tests.conftest import build

BODIES = {
    "fr": (
        "Les loyers des communes proches du quartier européen ont augmenté de près de neuf pour "
        "cent en un an, selon une étude publiée vendredi par l'observatoire régional.\n\n"
        "Etterbeek, Ixelles et Saint-Josse sont les plus touchées, selon les auteurs de l'étude, "
        "qui pointent la concurrence entre jeunes ménages et stagiaires des institutions.\n"
    ),
    "it": (
        "Gli affitti nei comuni vicini al quartiere europeo sono aumentati di quasi il nove per "
        "cento in un anno, secondo uno studio pubblicato venerdì dall'osservatorio regionale.\n\n"
        "Etterbeek, Ixelles e Saint-Josse sono i comuni più colpiti, secondo gli autori dello "
        "studio, che indicano la concorrenza tra giovani famiglie e tirocinanti.\n"
    ),
    "nl": (
        "De huurprijzen in de gemeenten rond de Europese wijk zijn in een jaar met bijna negen "
        "procent gestegen, zo blijkt uit een studie van het gewestelijk observatorium.\n\n"
        "Etterbeek, Elsene en Sint-Joost worden het hardst getroffen, zeggen de auteurs van de "
        "studie, die wijzen op de concurrentie tussen jonge gezinnen en stagiairs.\n"
    ),
    "en": (
        "Rents in the districts near the European quarter have risen by almost nine percent in "
        "a year, according to a study published on Friday by the regional observatory.\n\n"
        "Etterbeek, Ixelles and Saint-Josse are the hardest hit, say the authors of the study, "
        "who point to competition between young households and interns.\n"
    ),
}
# Headlines sharing no word with their text: kept by their place alone.
HEADLINES = {
    "fr": "Pénurie de logements à Bruxelles",
    "it": "La crisi degli alloggi a Bruxelles",
    "nl": "Woningnood in Brussel",
    "en": "Brussels faces a shortage of flats",
}


@pytest.mark.parametrize(
    ("language", "line", "name"),
    [
        ("fr", "Le Soir, samedi 5 décembre 2026", "Le Soir"),
        ("nl", "De Standaard, 5 december 2026", "De Standaard"),
        ("fr", "Le Soir - 5 décembre 2026 - p. 12", "Le Soir"),
        ("it", "Corriere della Sera, 5 dicembre 2026", "Corriere della Sera"),
        ("en", "The Guardian, 5 December 2026, p. 3", "The Guardian"),
        ("de", "Grenz-Echo, Samstag, 5. Dezember 2026, S. 3", "Grenz-Echo"),
        ("es", "El País, 5 de diciembre de 2026, pág. 12", "El País"),
        ("pl", "Gazeta Wyborcza, 5 grudnia 2026, s. 4", "Gazeta Wyborcza"),
        ("ru", "Коммерсантъ, 5 декабря 2026, стр. 3", "Коммерсантъ"),
        ("fr", "L’Echo | 05/12/2026 | p. 7", "L’Echo"),
    ],
)
def test_a_paper_s_name_then_its_date(language: str, line: str, name: str) -> None:
    with written_in(language, None, None):
        assert paper_dateline(line) == PaperDate(name, "2026-12-05")


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fr", "samedi, 5 décembre 2026"),  # a weekday, no paper
        ("fr", "Publié le, 5 décembre 2026"),  # a dateline's label
        ("en", "Updated, 5 December 2026"),  # an update's label
        ("en", "The Times, 05/12/2026"),  # 5 December or 12 May: nothing settles it
        ("fr", "Le Soir, édition du week-end"),  # no date
        ("en", "The council said on Friday, 5 December 2026, that it would vote again next week "
               "on the plan"),  # a sentence
    ],
)
def test_lines_that_are_no_paper_s_date_line(language: str, line: str) -> None:
    with written_in(language, None, None):
        assert paper_dateline(line) is None


def _stored(archive: Archive) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each stored page's (title, day published, site) by its file's name."""
    try:
        with archive.sessions() as session:
            rows = session.execute(select(Page.origin, Page.title, Page.published, Page.site))
            return {
                Path(origin).name: (title, published and published[:10], site)
                for origin, title, published, site in rows
            }
    finally:
        archive.close()


def test_the_newcomer_s_date_lines_date_the_dumps_and_name_their_paper(tmp_path: Path) -> None:
    """Each of the brief's shapes: the headline, the paper's date line right below it, a blank
    line, the text; one with the date line above the headline."""
    folder = tmp_path / "review"
    folder.mkdir()
    dumps = {
        "fr1.txt": ("fr", "Le Soir, samedi 5 décembre 2026", "le soir"),
        "fr2.txt": ("fr", "Le Soir - 5 décembre 2026 - p. 12", "le soir"),
        "nl.txt": ("nl", "De Standaard, 5 december 2026", "de standaard"),
        "it.txt": ("it", "Corriere della Sera, 5 dicembre 2026", "corriere della sera"),
        "en.txt": ("en", "The Guardian, 5 December 2026, p. 3", "the guardian"),
    }
    for name, (language, line, _) in dumps.items():
        (folder / name).write_text(
            f"{HEADLINES[language]}\n{line}\n\n{BODIES[language]}", encoding="utf-8"
        )
    (folder / "above.txt").write_text(
        f"The Guardian, 5 December 2026, p. 3\n{HEADLINES['en']} again\n\n"
        + BODIES["en"].replace("Friday", "Friday evening"),
        encoding="utf-8",
    )
    archive, summary = build(tmp_path / "a.db", [folder])
    assert summary.dates_unread == 0
    assert _stored(archive) == {
        **{
            name: (HEADLINES[language], "2026-12-05", site)
            for name, (language, _, site) in dumps.items()
        },
        "above.txt": (f"{HEADLINES['en']} again", "2026-12-05", "the guardian"),
    }


def test_a_place_before_the_date_is_no_paper(tmp_path: Path) -> None:
    """"Bruxelles, 5 décembre 2026" over a text naming Brussels: the date is the dump's, the
    place no site."""
    folder = tmp_path / "places"
    folder.mkdir()
    (folder / "a.txt").write_text(
        f"{HEADLINES['fr']}\nEtterbeek, 5 décembre 2026\n\n{BODIES['fr']}", encoding="utf-8"
    )
    archive, _ = build(tmp_path / "a.db", [folder])
    assert _stored(archive) == {"a.txt": (HEADLINES["fr"], "2026-12-05", None)}


def test_a_paper_s_date_line_under_the_text_s_opening_is_not_the_header_s(
    tmp_path: Path,
) -> None:
    """A citation in the text ("The Guardian, 5 December 2026, p. 3" under a paragraph) is no
    header: it dates nothing and names no site, as a bare date there does not."""
    folder = tmp_path / "cited"
    folder.mkdir()
    first, second = BODIES["en"].strip().split("\n\n")
    (folder / "a.txt").write_text(
        f"{HEADLINES['en']}\n\n{first}\n\n{second}\n\nThe Guardian, 5 December 2026, p. 3\n\n"
        f"{first.replace('Rents', 'Prices')}\n",
        encoding="utf-8",
    )
    archive, _ = build(tmp_path / "a.db", [folder])
    assert _stored(archive)["a.txt"] == (HEADLINES["en"], None, None)


# Texts of the languages whose month and weekday names carry accents, for the dumps below.
ACCENTED_BODIES = {
    "es": (
        "Los alquileres de los municipios cercanos al barrio europeo subieron casi un nueve por "
        "ciento en un año, según un estudio publicado por el observatorio regional.\n\n"
        "Etterbeek, Ixelles y Saint-Josse son los más afectados, según los autores del estudio, "
        "que señalan la competencia entre hogares jóvenes y becarios de las instituciones.\n"
    ),
    "pt": (
        "As rendas nos municípios próximos do bairro europeu subiram quase nove por cento num "
        "ano, segundo um estudo publicado pelo observatório regional.\n\n"
        "Etterbeek, Ixelles e Saint-Josse são os mais afetados, segundo os autores do estudo, "
        "que apontam a concorrência entre jovens famílias e estagiários das instituições.\n"
    ),
    "de": (
        "Die Mieten in den Gemeinden rund um das Europaviertel sind binnen eines Jahres um fast "
        "neun Prozent gestiegen, wie eine Studie der regionalen Beobachtungsstelle zeigt.\n\n"
        "Etterbeek, Ixelles und Saint-Josse sind am stärksten betroffen, sagen die Autoren der "
        "Studie, die auf die Konkurrenz zwischen jungen Familien und Praktikanten verweisen.\n"
    ),
    "fr": BODIES["fr"],
    "it": BODIES["it"],
}
ACCENTED_HEADLINES = {
    "es": "Escasez de viviendas en Bruselas",
    "pt": "Falta de habitação em Bruxelas",
    "de": "Wohnungsnot in Brüssel",
    "fr": HEADLINES["fr"],
    "it": HEADLINES["it"],
}


@pytest.mark.parametrize(
    ("language", "line", "name", "day"),
    [
        ("fr", "Le Soir, samedi 5 Février 2026", "Le Soir", "2026-02-05"),
        ("fr", "La Libre Belgique - 5 Août 2026 - p. 4", "La Libre Belgique", "2026-08-05"),
        ("pt", "Público, 5 de Março de 2026", "Público", "2026-03-05"),
        ("de", "Die Zeit, Donnerstag, 5. März 2026, S. 3", "Die Zeit", "2026-03-05"),
        ("de", "Grenz-Echo, 5. Mär. 2026", "Grenz-Echo", "2026-03-05"),
        ("es", "El País, sábado 5 de diciembre de 2026", "El País", "2026-12-05"),
    ],
)
def test_a_paper_s_date_with_an_accented_month(
    language: str, line: str, name: str, day: str
) -> None:
    with written_in(language, None, None):
        assert paper_dateline(line) == PaperDate(name, day)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        # a weekday or a month written with its accent, capitalised or not, is no paper
        ("fr", "Février | 05.02.2026"),
        ("fr", "Août, 05/08/2026"),
        ("es", "Sábado, 5 de diciembre de 2026"),
        ("es", "miércoles, 2 de diciembre de 2026"),
        ("pt", "Sábado, 5 de dezembro de 2026"),
        ("pt", "Março, 05/03/2026"),
        ("pt", "Terça-feira, 01/12/2026"),  # a weekday of two words and a hyphen
        ("it", "Venerdì, 4 dicembre 2026"),
        ("it", "Mercoledì - 02/12/2026"),
        ("de", "März, 05.03.2026"),
        ("de", "Mär. - 05.03.2026"),
    ],
)
def test_an_accented_month_or_weekday_is_no_paper(language: str, line: str) -> None:
    with written_in(language, None, None):
        assert paper_dateline(line) is None


def test_accented_months_and_weekdays_in_dumps(tmp_path: Path) -> None:
    """Dumps in the languages whose month or weekday names carry an accent: a paper's date line
    with a capitalised accented month dates the dump, names its paper and keeps its headline; a
    line opening with an accented weekday or month dates it and names no site, its headline
    kept as over any bare date line."""
    folder = tmp_path / "accents"
    folder.mkdir()
    dumps = {
        "fr-paper.txt": ("fr", "Le Soir, samedi 5 Février 2026", "2026-02-05", "le soir"),
        "pt-paper.txt": ("pt", "Público, 5 de Março de 2026", "2026-03-05", "público"),
        "de-paper.txt": ("de", "Die Zeit, 5. März 2026, S. 3", "2026-03-05", "die zeit"),
        "fr-month.txt": ("fr", "Août - 05/08/2026", "2026-08-05", None),
        "es-day.txt": ("es", "Sábado, 5 de diciembre de 2026", "2026-12-05", None),
        "pt-day.txt": ("pt", "Sábado, 5 de dezembro de 2026", "2026-12-05", None),
        "it-day.txt": ("it", "Venerdì, 4 dicembre 2026", "2026-12-04", None),
        "de-month.txt": ("de", "März, 05.03.2026", "2026-03-05", None),
    }
    for name, (language, line, _, _) in dumps.items():
        (folder / name).write_text(
            f"{ACCENTED_HEADLINES[language]}\n{line}\n\n{ACCENTED_BODIES[language]}",
            encoding="utf-8",
        )
    archive, summary = build(tmp_path / "a.db", [folder])
    assert summary.dates_unread == 0
    stored = _stored(archive)
    assert {name: found[1:] for name, found in stored.items()} == {
        name: (day, site) for name, (_, _, day, site) in dumps.items()
    }
    assert {name: found[0] for name, found in stored.items()} == {
        name: ACCENTED_HEADLINES[language] for name, (language, _, _, _) in dumps.items()
    }


# A paper named after a weekday (session 45): its name holds the weekday beside other words,
# or as a part of one word; a line opening with the weekday alone names no paper, in the page's
# language or another's.
WEEKDAY_PAPERS = [
    ("en", "The Sunday Times, 6 December 2026", "The Sunday Times"),
    ("en", "Sunday Herald, 6 December 2026", "Sunday Herald"),
    ("fr", "Le Journal du Dimanche, 6 décembre 2026", "Le Journal du Dimanche"),
    ("de", "Welt am Sonntag, 6. Dezember 2026", "Welt am Sonntag"),
    ("sv", "Söndagsbladet, 6 december 2026", "Söndagsbladet"),
    ("de", "Welt am Sonntag - 6. Dezember 2026 - S. 12", "Welt am Sonntag"),
    ("es", "El Mundo del Domingo, 6 de diciembre de 2026", "El Mundo del Domingo"),
]


@pytest.mark.parametrize(("language", "line", "name"), WEEKDAY_PAPERS)
def test_a_paper_named_after_a_weekday_is_a_paper(language: str, line: str, name: str) -> None:
    with written_in(language, None, None):
        assert paper_dateline(line) == PaperDate(name, "2026-12-06")


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Sunday, 6 December 2026"),
        ("es", "Sábado, 5 de diciembre de 2026"),
        ("en", "Sábado, 5 de diciembre de 2026"),  # another language's weekday
        ("en", "Sonntag, 6. Dezember 2026"),
        ("de", "Sonntag, 6. Dezember 2026"),
        ("fr", "Dimanche, 6 décembre 2026"),
        ("sv", "Söndag, 6 december 2026"),
        ("en", "Domingo, 6 de dezembro de 2026"),
        ("pt", "Segunda-feira, 7 de dezembro de 2026"),
    ],
)
def test_a_weekday_alone_is_no_paper_in_any_language(language: str, line: str) -> None:
    with written_in(language, None, None):
        assert paper_dateline(line) is None


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Harbour board's pier schedule Thursday, 26 November 2026"),
        ("de", "Hafenamt plant den Umbau am Sonntag, 6. Dezember 2026"),
        ("fr", "Le port rouvre ses quais dimanche, 6 décembre 2026"),
    ],
)
def test_a_headline_ending_with_its_dates_weekday_is_no_paper(language: str, line: str) -> None:
    """A paper named after a weekday writes its name as a name; a headline does not."""
    with written_in(language, None, None):
        assert paper_dateline(line) is None


WEEKDAY_BODIES = {
    "en": BODIES["en"],
    "fr": BODIES["fr"],
    "de": ACCENTED_BODIES["de"],
    "sv": (
        "Hyrorna i kommunerna nära det europeiska kvarteret har stigit med nästan nio procent "
        "på ett år, enligt en studie som det regionala observatoriet publicerade i fredags.\n\n"
        "Etterbeek, Ixelles och Saint-Josse drabbas hårdast, säger studiens författare, som "
        "pekar på konkurrensen mellan unga hushåll och praktikanter.\n"
    ),
}
WEEKDAY_HEADLINES = {
    "en": HEADLINES["en"],
    "fr": HEADLINES["fr"],
    "de": ACCENTED_HEADLINES["de"],
    "sv": "Bostadsbrist i Bryssel",
}


def test_dumps_under_a_weekday_papers_date_line_name_the_paper(tmp_path: Path) -> None:
    folder = tmp_path / "sunday"
    folder.mkdir()
    dumps = {
        "times.txt": ("en", "The Sunday Times, 6 December 2026", "the sunday times"),
        "herald.txt": ("en", "Sunday Herald, 6 December 2026", "sunday herald"),
        "jdd.txt": ("fr", "Le Journal du Dimanche, 6 décembre 2026", "le journal du dimanche"),
        "wams.txt": ("de", "Welt am Sonntag, 6. Dezember 2026", "welt am sonntag"),
        "sb.txt": ("sv", "Söndagsbladet, 6 december 2026", "söndagsbladet"),
        "en-day.txt": ("en", "Sunday, 6 December 2026", None),
        "de-day.txt": ("de", "Sonntag, 6. Dezember 2026", None),
    }
    for name, (language, line, _) in dumps.items():
        (folder / name).write_text(
            f"{WEEKDAY_HEADLINES[language]}\n{line}\n\n{WEEKDAY_BODIES[language]}",
            encoding="utf-8",
        )
    archive, summary = build(tmp_path / "a.db", [folder])
    assert summary.dates_unread == 0
    assert _stored(archive) == {
        name: (WEEKDAY_HEADLINES[language], "2026-12-06", site)
        for name, (language, _, site) in dumps.items()
    }
