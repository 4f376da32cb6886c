"""A stem the text writes in lower case is no rare name (clipper.stories.eventnames.rare_names'
``forms``; story vectors version 49).

A rare name is a word a text never writes in lower case.  In a stemmed language the check
compared the stem with the text's lower-case words as written: "повысит" of a Russian
headline "КТЖ повысит тарифы …" is the stem "повыс", the text's "повысит тарифы" was not it,
and the verb became a rare name, the headline's subject beside the company (newcomer 51b).
Every text is invented.
"""

from __future__ import annotations

import numpy as np
import pytest

from clipper.config import StoryConfig
from clipper.stories.eventnames import rare_names
from clipper.stories.subjects import headline_names
from clipper.stories.vectors import vectorize

CONFIG = StoryConfig()


@pytest.mark.parametrize(
    ("stem", "forms", "lowered"),
    [
        ("повыс", ["повысит"], {"повысит", "тарифы"}),
        ("podnies", ["podniesie"], {"podniesie", "ceny"}),
    ],
    ids=["ru", "pl"],
)
def test_a_stem_written_in_lower_case_is_no_name(
    stem: str, forms: list[str], lowered: set[str]
) -> None:
    weights = np.array([5.0, 6.0])
    found = rare_names([stem, "степьтранс"], weights, lowered, 4.0, (), {stem: forms})
    assert found == ["степьтранс"]
    # a stem whose forms the text never writes in lower case stays a name
    assert rare_names([stem], weights[:1], {"тарифы"}, 4.0, (), {stem: forms}) == [stem]


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "ru",
            "Степьтранс повысит тарифы на 12%",
            "Национальный перевозчик Степьтранс с 1 февраля повысит тарифы на перевозку грузов "
            "в среднем на 12 процентов.\nГрузоотправители раскритиковали решение Степьтранса.",
        ),
        (
            "pl",
            "Wisłopol podniesie ceny prądu o 9%",
            "Spółka Wisłopol od 1 lutego podniesie ceny prądu średnio o 9 procent, "
            "poinformowała firma.\nOdbiorcy krytykują decyzję Wisłopolu.",
        ),
        (
            "cs",
            "Vltavoprem zdraží jízdné o 8 %",
            "Dopravce Vltavoprem od února zdraží jízdné v průměru o 8 procent, oznámila firma.\n"
            "Cestující kritizují rozhodnutí Vltavopremu.",
        ),
    ],
    ids=["ru", "pl", "cs"],
)
def test_a_headline_verb_is_no_subject(language: str, title: str, text: str) -> None:
    # the headline's one rare name is its company, not the verb after it
    vector = vectorize(title, text, language, CONFIG)
    assert len(headline_names(vector)) == 1
