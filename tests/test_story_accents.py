"""Story terms without their accents, as the fingerprint's words (newcomer 33, finding 9): a
print story whose only text is a copy without accents (as some CMSs and SMS feeds deliver a wire
story: "prevision", "America Latina") and a radio item written with them ("previsión",
"América Latina") are one story; another event of the region that day stays apart.  Letters
that make another word in scripts the fingerprint does not fold (Cyrillic "й", "ї") stay
apart.  Every text is invented."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np
import pytest

from clipper.config import StoryConfig
from clipper.stories.termweights import word_weight
from clipper.stories.vectors import vectorize
from tests.storyevents import cosine, night_stories

CONFIG = StoryConfig()

WIRE = (
    "La Cepal rebaja al 1,6 % su previsión de crecimiento para América Latina",
    "La Comisión Económica para América Latina y el Caribe (Cepal) rebajó este jueves al 1,6 % "
    "su previsión de crecimiento económico para la región en 2027, lastrada por la caída de los "
    "precios de las materias primas y la débil demanda de China.\n"
    "En su informe anual, el organismo advirtió que la inversión pública en infraestructura y "
    "educación seguirá estancada si los gobiernos no amplían su recaudación.\n"
    'La secretaria ejecutiva, Marisol Bermúdez Arteaga, pidió a los países "una política '
    'fiscal más audaz" y señaló que México y Brasil crecerán menos de lo previsto.\n'
    "Para Perú y Colombia, la Cepal prevé una expansión cercana al 2,4 %, mientras que "
    "Argentina se recuperaría con un 3,1 %.",
)
RADIO = (
    "La Cepal recorta su pronóstico para la región",
    "La Comisión Económica para América Latina recortó su pronóstico: la economía de la región "
    "crecerá apenas uno coma seis por ciento el próximo año.\n"
    "Según la secretaria ejecutiva Marisol Bermúdez Arteaga, la inversión pública en "
    "infraestructura y educación no despegará sin más recaudación, y pidió una política fiscal "
    "más audaz.",
)
OTHER = (
    "Bolsas de la región cierran con pérdidas por la caída del cobre",
    "Las bolsas de América Latina cerraron este jueves con pérdidas generalizadas, arrastradas "
    "por la caída del precio del cobre y la debilidad del peso chileno.\n"
    "El índice de Santiago retrocedió un 1,8 %, mientras que São Paulo perdió un 0,9 % y la "
    "bolsa de México un 0,6 %.\n"
    "Los analistas atribuyeron las ventas a la incertidumbre sobre la demanda de China y a la "
    "subida de los bonos del Tesoro estadounidense.",
)


def _stripped(text: str) -> str:
    """``text`` as a feed without accents writes it."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _vector(title: str, text: str, language: str = "es"):
    return vectorize(title, text, language, CONFIG, "https://diario.example/a", "diario.example")


def test_a_copy_without_accents_has_the_vector_of_the_text() -> None:
    accented = _vector(*WIRE)
    stripped = _vector(*map(_stripped, WIRE))
    assert np.array_equal(accented.keys, stripped.keys)
    assert np.allclose(accented.weights, stripped.weights)
    # so a second reporter's account is as close to either
    radio = _vector(*RADIO)
    assert cosine(radio, stripped) == pytest.approx(cosine(radio, accented), abs=1e-6)


@pytest.mark.parametrize(("accented", "bare"), [("américa", "america"), ("previsión", "prevision")])
def test_a_word_without_accents_weighs_as_the_word(accented: str, bare: str) -> None:
    assert word_weight(bare, "es") == word_weight(accented, "es")


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_a_radio_item_joins_the_story_of_a_copy_without_accents(
    tmp_path: Path, order: str
) -> None:
    """The print story's only text is without accents; the bulletin's item has them."""
    records = [
        {"url": "https://noticiasdelsur.example/cepal", "title": _stripped(WIRE[0]),
         "text": _stripped(WIRE[1]), "date_publish": "2026-12-04 10:00:00", "language": "es"},
        {"url": "https://radioandina.example/boletin/cepal", "title": RADIO[0], "text": RADIO[1],
         "date_publish": "2026-12-04 13:00:00", "language": "es"},
        {"url": "https://noticiasdelsur.example/bolsas", "title": OTHER[0], "text": OTHER[1],
         "date_publish": "2026-12-04 18:00:00", "language": "es"},
    ]  # fmt: skip
    night = records if order == "forward" else records[::-1]
    story = night_stories(tmp_path, night, order)
    wire, radio, other = (story[r["url"]] for r in records)
    assert wire == radio
    assert other != wire


@pytest.mark.parametrize(
    ("term", "folded"),
    [
        ("n:américa latina", "n:america latina"),
        ("łódź", "lodz"),
        ("ελλάδα", "ελλαδα"),  # Greek, as the fingerprint folds it
        ("#1,6", "#1,6"),
        # Cyrillic letters keep theirs: "й" and "ї" are letters no writer leaves out
        ("мой", "мой"),
        ("її", "її"),
    ],
)
def test_story_terms_fold_as_the_fingerprint_does(term: str, folded: str) -> None:
    from clipper.stories.accents import folded_term

    assert folded_term(term) == folded

