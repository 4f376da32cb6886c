"""Two reporters' accounts of one event in Spanish are one story (newcomer 28, finding 1): an
institution's name written with "de" ("Corte de Apelaciones", "Defensoría del Pueblo",
"Contraloría de la República") was runs of one capitalised word each to the story terms, so
it gave no name, where an English one ("Appeals Court") gives one; the two reports shared the
town and the institutions' words only and stayed under the bar.  A name joined by "de", "da",
"di", "du", "of" ... is a name now, in every language written with capitals.  Another event in
the same town, before the same institutions, stays a story of its own.  Every text here is
invented."""

from __future__ import annotations

from pathlib import Path

import mmh3
import numpy as np
import pytest

from clipper.config import StoryConfig
from clipper.stories.storyterms import _story_terms
from clipper.stories.termvector import Vector
from clipper.stories.tokens import terms
from clipper.stories.vectors import language_salt, vectorize
from tests.storyevents import assert_one_story_and_another

REPORT = (
    "Villarrica elegirá otra vez alcalde el 21 de marzo",
    "Temuco, 2 de diciembre. La votación para alcalde de Villarrica se repetirá el 21 de "
    "marzo, luego de que la Corte de Apelaciones anulara la elección de octubre por "
    "irregularidades en el conteo de votos.\n"
    "Según el servicio electoral, 41.800 electores están inscritos y sufragarán en 23 locales "
    "del casco urbano y de las comunidades del lago.\n"
    "Los partidos tendrán plazo hasta el 9 de enero para presentar candidaturas. Hasta ahora "
    "tres agrupaciones anunciaron que competirán.\n"
    "Vecinos de los sectores altos reclamaron buses gratuitos el día de la elección, porque "
    "varios locales quedan lejos de las comunidades mapuche.\n"
    "La Contraloría de la República revisará los gastos de campaña y la Defensoría del Pueblo "
    "enviará 30 observadores.",
)

# the same event told by another reporter: its own scenes and words, the same institutions
FEATURE = (
    "Villarrica repite las urnas con desconfianza y cansancio",
    "Los villarricenses volverán a votar en marzo. La noticia llegó este miércoles, ya firme "
    "el fallo con que la Corte de Apelaciones dejó sin efecto los comicios municipales.\n"
    "En la costanera, vendedores de artesanías contaron que la comuna lleva meses dirigida por "
    "un subrogante y que nadie sabe quién firma los permisos de temporada.\n"
    "Los 41.800 inscritos podrán sufragar, y quienes aspiren al sillón municipal deben "
    "inscribirse antes de mediados de enero.\n"
    "La Defensoría del Pueblo habló de riesgos y pidió custodia para los vocales de mesa en "
    "las escuelas rurales, y la Contraloría de la República anunció una auditoría de los "
    "aportes.\n"
    "Un dirigente vecinal, que prefirió el anonimato, dijo que los operadores ya recorren las "
    "poblaciones ofreciendo canastas.",
)

# another event in the same town that day, before the same court and audit office
OTHER = (
    "Villarrica: la Corte confirma la condena del exalcalde por desvío de fondos",
    "Temuco, 2 de diciembre. La Corte de Apelaciones confirmó la condena a cuatro años de "
    "presidio del exalcalde de Villarrica por el desvío de fondos destinados a la "
    "alimentación escolar.\n"
    "El tribunal rechazó el recurso de la defensa y dio por probado que se pagaron 380 "
    "millones de pesos a proveedores inexistentes entre 2022 y 2024.\n"
    "La Contraloría de la República había detectado las facturas en una auditoría. La fiscal "
    "de la causa dijo que analizará si corresponde investigar a otros funcionarios de la "
    "municipalidad.\n"
    "Apoderados de las escuelas de la comuna celebraron el fallo frente al tribunal y "
    "exigieron que se devuelva el dinero.\n"
    "El exalcalde, que cumple arresto domiciliario, podrá ser trasladado a la cárcel de "
    "Temuco en las próximas semanas.",
)

RECORDS = [
    {
        "url": "https://www.diariodelsur.example/regiones/villarrica-eleccion-marzo",
        "title": REPORT[0],
        "text": REPORT[1],
        "language": "es",
        "published": "2026-12-02T10:15:00-03:00",
    },
    {
        "url": "https://www.semanariolagos.example/cronica/villarrica-repite-urnas",
        "title": FEATURE[0],
        "text": FEATURE[1],
        "language": "es",
        "published": "2026-12-02T19:40:00-03:00",
    },
    {
        "url": "https://www.elaustral.example/tribunales/villarrica-condena-exalcalde",
        "title": OTHER[0],
        "text": OTHER[1],
        "language": "es",
        "published": "2026-12-02T13:05:00-03:00",
    },
]


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_two_reporters_of_one_event_are_one_story_and_another_event_there_is_not(
    tmp_path: Path, order: str
) -> None:
    assert_one_story_and_another(tmp_path, RECORDS, order)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("es", "luego de que la Corte de Apelaciones anulara", "n:corte de apelacione"),
        ("es", "según el Banco de la República, la inflación", "n:banco de la república"),
        ("pt", "o Ministério da Saúde enviou", "n:ministério da saúde"),
        ("pt", "aprovado pela Câmara dos Deputados ontem", "n:câmara dos deputado"),
        ("it", "la Corte dei Conti ha chiesto", "n:corte dei conti"),
        ("it", "secondo il Ministero dell'Economia ieri", "n:ministero dell'economia"),
        ("fr", "le Conseil d'État a tranché", "n:conseil d'état"),
        ("fr", "selon la Banque de France jeudi", "n:banque de france"),
        (
            "ca",
            "el Consell de l'Audiovisual de Catalunya",
            "n:consell de l'audiovisual de catalunya",
        ),
        ("en", "the Reserve Bank of India held rates", "n:reserve bank of india"),
    ],
)
def test_a_name_joined_by_de_da_di_of_is_one_name(language: str, text: str, name: str) -> None:
    assert name in _story_terms(text, language)


def test_a_joined_name_keeps_its_runs_and_joins_only_capitalised_runs() -> None:
    found = terms("the Reserve Bank of India said")
    assert {"n:reserve bank", "n:reserve bank of india", "india"} <= set(found)
    for text in (
        "el Consejo de la ciudad votó",  # no capitalised word after the joiner
        "en Temuco, de Chile",  # punctuation between
        "Temuco\nde Chile",  # a line between
        "entre Petro y Uribe",  # a conjunction is no joiner
        "Madrid la Nación",  # an article alone is no joiner
        "the Bank of of England",  # a joiner twice
    ):
        assert not [t for t in terms(text) if t.startswith("n:")], text
    # a sentence's opening article still leaves a joined name outside English
    assert "n:oficina de asunto indígena" in _story_terms(
        "La Oficina de Asuntos Indígenas dijo.", "es"
    )


def test_german_nouns_about_a_joiner_are_no_name() -> None:
    """German capitalises every noun: "Verkauf von Aktien" is two nouns, not a name."""
    found = _story_terms("Der Verkauf von Aktien der Stadtwerke Lindenau stockt.", "de")
    assert [t for t in found if t.startswith("n:")] == ["n:stadtwerke lindenau"]


def _has(vector: Vector, term: str, language: str | None) -> bool:
    key = np.uint32(mmh3.hash(term, 0, signed=False)) ^ language_salt(language)
    return bool(np.isin(key, vector.keys))


def test_a_text_of_no_stated_language_joins_names_as_its_language_does() -> None:
    """Joined names follow the text's language when none is stated: a German text's "Der
    Stadtrat von Köln" is no name, an English text's "Bank of England" is one; and a German
    text's names are German ones ("Oberbürgermeisterin Jana Kerstholt": jana kerstholt)."""
    german = (
        "Der Stadtrat von Köln beschloss am Dienstag eine neue Fährverbindung über den Rhein. "
        "Die Fähre soll ab dem Frühjahr zwischen Mülheim und Niehl verkehren, teilte die "
        "Stadtverwaltung mit. Oberbürgermeisterin Jana Kerstholt sprach von einem guten Tag."
    )
    english = (
        "The Bank of England held its main rate on Thursday. The governor said inflation was "
        "falling faster than the committee had expected in the autumn."
    )
    config = StoryConfig()
    assert not _has(vectorize(None, german, None, config), "n:der stadtrat von köln", None)
    # and its names are read as German reads them (vector version 24): no article opening
    # one, no noun before a person's name
    assert not _has(vectorize(None, german, None, config), "n:der stadtrat", None)
    assert _has(vectorize(None, german, None, config), "n:jana kerstholt", None)
    assert _has(vectorize(None, english, None, config), "n:bank of england", None)
    # a stated language is read as stated
    assert _has(vectorize(None, english, "en", config), "n:bank of england", "en")
    assert not _has(vectorize(None, german, "de", config), "n:stadtrat von köln", "de")
