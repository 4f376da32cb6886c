"""A text dump opening with its headline over a block of labelled lines, as press-review tools
and newspaper databases write it (headline / "Source: Le Soir" / "Date: 05/12/2026" /
"Auteur: …" / "Rubrique: …" / "Page: 12", then the text): the headline is the page's title,
the block's values its source, date and author (newcomer 42: the headline was lost, the page
"(untitled)" and unsearchable).  Invented dumps."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.archive import Archive
from clipper.models import Page
from clipper.read.textheader import split_header
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
    "de": (
        "Die Mieten in den Gemeinden rund um das Europaviertel sind binnen eines Jahres um fast "
        "neun Prozent gestiegen, wie eine am Freitag veröffentlichte Studie zeigt.\n\n"
        "Am stärksten betroffen sind Etterbeek, Ixelles und Saint-Josse, schreiben die Autoren "
        "der Studie, die auf die Konkurrenz zwischen jungen Familien und Praktikanten verweisen.\n"
    ),
    "en": (
        "Rents in the districts near the European quarter have risen by almost nine percent in "
        "a year, according to a study published on Friday by the regional observatory.\n\n"
        "Etterbeek, Ixelles and Saint-Josse are the hardest hit, say the authors of the study, "
        "who point to competition between young households and interns.\n"
    ),
}
# (headline, the block under it, the fields it gives) as each language's press review writes it
CASES = {
    "fr": (
        "Bruxelles face à la pénurie de logements",
        "Source: Le Soir\nDate: 05/12/2026\nAuteur: Marie Dupont\nRubrique: Bruxelles\nPage: 12",
        {"source": "Le Soir", "date": "05/12/2026", "author": "Marie Dupont"},
    ),
    "it": (
        "Bruxelles alle prese con la crisi degli alloggi",
        "Fonte: Corriere della Sera\nData: 05/12/2026\nAutore: Mario Rossi\nPagina: 14",
        {"source": "Corriere della Sera", "date": "05/12/2026", "author": "Mario Rossi"},
    ),
    "nl": (
        "Brussel kampt met een tekort aan woningen",
        "Bron: De Standaard\nDatum: 05/12/2026\nRubriek: Binnenland",
        {"source": "De Standaard", "date": "05/12/2026"},
    ),
    "de": (
        "Brüssel ringt mit der Wohnungsnot",
        "Quelle: Grenz-Echo\nDatum: 05.12.2026\nAutor: Lena Vogt\nSeite: 3",
        {"source": "Grenz-Echo", "date": "05.12.2026", "author": "Lena Vogt"},
    ),
    "en": (
        "Brussels faces a shortage of flats",
        "Source: The Brussels Times\nDate: 5 December 2026\nSection: Belgium\nPage: 3",
        {"source": "The Brussels Times", "date": "5 December 2026"},
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_the_headline_over_a_labelled_block_is_the_title(language: str) -> None:
    headline, block, fields = CASES[language]
    read, text = split_header(f"{headline}\n{block}\n\n{BODIES[language]}")
    assert read == {"title": headline, **fields}
    assert text.strip() == BODIES[language].strip()


def test_a_blank_line_may_stand_between_the_headline_and_its_block() -> None:
    headline, block, fields = CASES["fr"]
    read, text = split_header(f"{headline}\n\n{block}\n\n{BODIES['fr']}")
    assert read == {"title": headline, **fields}
    assert text.strip() == BODIES["fr"].strip()


def test_a_headline_with_a_spaced_colon_is_no_label() -> None:
    """French writes a space before the colon: "Bruxelles : des agriculteurs bloquent …" is a
    headline, not a label dropped with the block under it."""
    headline = "Bruxelles : des agriculteurs bloquent le quartier européen"
    read, _ = split_header(f"{headline}\nSource: Le Soir\nDate: 06/12/2026\n\n{BODIES['fr']}")
    assert read == {"title": headline, "source": "Le Soir", "date": "06/12/2026"}


def test_one_labelled_line_under_the_headline_then_a_blank_line() -> None:
    headline = "Brussel kampt met een tekort aan woningen"
    read, text = split_header(f"{headline}\nDatum: 05/12/2026\n\n{BODIES['nl']}")
    assert read == {"title": headline, "date": "05/12/2026"}
    assert text.strip() == BODIES["nl"].strip()


@pytest.mark.parametrize(
    "dump",
    [
        # a site's name over a label: no headline of 3 words
        "Le Soir\nDate: 05/12/2026\n\n" + BODIES["fr"],
        # a paragraph opening with a label under the headline: the text, not a header
        "Brussels faces a shortage of flats\nNote: the observatory counted every advertised "
        "flat in the nineteen communes over the whole year to December.\n\n" + BODIES["en"],
        # one labelled line running straight into the text
        "Brussels faces a shortage of flats\nSource: regional observatory\n" + BODIES["en"],
        # the text's first paragraph over labels: no headline
        BODIES["en"].split("\n\n")[0] + "\nSource: The Brussels Times\nDate: 5 December 2026\n\n"
        + BODIES["en"].split("\n\n")[1],
    ],
)
def test_lines_that_are_no_headline_over_a_header_stay_text(dump: str) -> None:
    assert split_header(dump) == ({}, dump)


def test_a_block_naming_its_own_title_keeps_the_line_above_out() -> None:
    """A title in the block: the line above is not known to be the headline (a site's name, a
    kicker); the header is read as before, from the top only."""
    dump = (
        "Brussels desk review\nTitle: Brussels faces a shortage of flats\n"
        "Date: 5 December 2026\n\n"
    )
    assert split_header(dump + BODIES["en"]) == ({}, dump + BODIES["en"])


def test_a_label_list_or_date_over_a_header_is_no_headline() -> None:
    dump = "Tags: housing, rents, Brussels, Etterbeek\nSource: Le Soir\nDate: 05/12/2026\n\n"
    read, _ = split_header(dump + BODIES["fr"])
    assert "title" not in read
    assert read["source"] == "Le Soir"


def _stored(archive: Archive) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    """Each stored page's (title, day published, site, author) by its file's name."""
    try:
        with archive.sessions() as session:
            rows = session.execute(
                select(Page.origin, Page.title, Page.published, Page.site, Page.author)
            )
            return {
                Path(origin).name: (title, published and published[:10], site, author)
                for origin, title, published, site, author in rows
            }
    finally:
        archive.close()


def test_a_press_review_desk_s_dumps_keep_headline_date_and_source(tmp_path: Path) -> None:
    """The whole run: each language's dump stored under its headline, dated by its block's
    "05/12/2026" day first (its language writes dates so: README, "Numeric dates"), its
    source as its site; none counted as a date not read."""
    folder = tmp_path / "review"
    folder.mkdir()
    for language in ("fr", "it", "nl"):
        headline, block, _ = CASES[language]
        (folder / f"{language}.txt").write_text(
            f"{headline}\n{block}\n\n{BODIES[language]}", encoding="utf-8"
        )
    archive, summary = build(tmp_path / "a.db", [folder])
    assert summary.dates_unread == 0
    assert _stored(archive) == {
        "fr.txt": (CASES["fr"][0], "2026-12-05", "le soir", "Marie Dupont"),
        "it.txt": (CASES["it"][0], "2026-12-05", "corriere della sera", "Mario Rossi"),
        "nl.txt": (CASES["nl"][0], "2026-12-05", "de standaard", None),
    }


def test_an_ambiguous_block_date_nothing_settles_is_counted(tmp_path: Path) -> None:
    """An English dump of no country writing "05/12/2026": 5 December or 12 May? Unread and
    counted (README, "Numeric dates"); its headline kept all the same."""
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Brussels faces a shortage of flats\nSource: The Brussels Times\nDate: 05/12/2026\n\n"
        + BODIES["en"],
        encoding="utf-8",
    )
    archive, summary = build(tmp_path / "a.db", [folder])
    assert summary.dates_unread == 1
    assert _stored(archive)["a.txt"][:2] == ("Brussels faces a shortage of flats", None)


def test_the_folder_settles_an_ambiguous_block_date(tmp_path: Path) -> None:
    """Beside a dump of the same press review dated "Date: 20/11/2026" (day first, no doubt),
    "Date: 03/11/2026" is 3 November, whichever file is read first (README, "Header date")."""
    folder = tmp_path / "en"
    folder.mkdir()
    for name, day in (("a.txt", "03/11/2026"), ("b.txt", "20/11/2026")):
        (folder / name).write_text(
            f"Brussels faces a shortage of flats {name[0]}\nSource: The Brussels Times\n"
            f"Date: {day}\n\n" + BODIES["en"].replace("Friday", f"Friday {name[0]}"),
            encoding="utf-8",
        )
    archive, summary = build(tmp_path / "a.db", [folder])
    assert summary.dates_unread == 0
    stored = _stored(archive)
    assert {name: row[1] for name, row in stored.items()} == {
        "a.txt": "2026-11-03", "b.txt": "2026-11-20"
    }
