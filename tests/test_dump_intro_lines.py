"""A text dump opening with a short headline over an intro line of the article's own, the body
below: the headline is the title and the intro line the text's first (copies35; contained34's
probe of local rewrites, 2026-12-05: "Cod ban agreed" over "Our reporter was at the harbour
meeting." lost both, the headline sharing no word of four letters with the body, the intro
a head-zone sentence under eight words; "Campaigners turn to heritage listing" over "What
happens next for Harbour Street?" lost the headline, the question taken for the title).
Invented texts, in the shape of a local rewrite of a wire story: a headline line, an intro
line, then paragraphs."""

from __future__ import annotations

import pytest

from clipper.textdump import clean_text_dump

BODIES = {
    "en": [
        "Smaller boats that fish with lines and pots will still be allowed to work in the "
        "estuary, and the closure does not apply to mussels, which are raked mainly by inshore "
        "crews from the villages along the shore.",
        "Environmental groups welcomed the decision but said four months would not be long "
        "enough for the stock to recover, and called for the closed area to be made permanent.",
        "Inspectors said the closure would be reviewed in September, when a new survey will "
        "show whether the number of young fish has begun to rise again.",
    ],
    "de": [
        "Kleinere Boote, die mit Reusen und Leinen fischen, dürfen weiter in der Förde "
        "arbeiten, und das Verbot gilt nicht für Muscheln, die vor allem von Familienbetrieben "
        "aus den Dörfern an der Küste geerntet werden.",
        "Umweltverbände begrüßten die Entscheidung, sagten aber, vier Monate seien zu kurz, "
        "damit sich der Bestand erholen könne, und forderten ein dauerhaftes Schutzgebiet.",
        "Die Behörde will das Verbot im September überprüfen, wenn eine neue Zählung zeigt, "
        "ob die Zahl der jungen Fische wieder zu steigen beginnt.",
    ],
    "es": [
        "Las barcas pequeñas que pescan con nasas y palangre podrán seguir faenando en la "
        "ría, y la veda no afecta al marisqueo, que practican sobre todo las cofradías de los "
        "pueblos de la costa.",
        "Los grupos ecologistas celebraron la decisión, pero dijeron que cuatro meses no "
        "bastan para que la población se recupere y pidieron que la zona cerrada sea "
        "permanente.",
        "Los inspectores revisarán la veda en septiembre, cuando un nuevo muestreo diga si "
        "el número de peces jóvenes empieza a crecer de nuevo.",
    ],
}

# language -> (headline, intro line): a headline sharing no word of four letters or more
# with the body, an intro line of a statement or a question
HEADS = {
    "en": [
        ("Estuary ban agreed", "Our reporter was at the harbour meeting."),
        ("Crews face long wait", "What happens next for the fleet?"),
    ],
    "de": [
        ("Förde wird gesperrt", "Unser Reporter war bei der Sitzung."),
        ("Harte Zeiten am Kai", "Wie geht es nun weiter?"),
    ],
    "es": [
        ("Acuerdo en la lonja", "Nuestro redactor estuvo en la reunión."),
        ("Y ahora, qué", "¿Qué pasará con la flota de bajura?"),
    ],
}


@pytest.mark.parametrize("blank", [False, True], ids=["tight", "blank-line"])
@pytest.mark.parametrize(
    ("language", "head"),
    [(language, head) for language, heads in HEADS.items() for head in heads],
)
def test_a_short_headline_over_an_intro_line_is_the_title_and_the_intro_is_kept(
    language: str, head: tuple[str, str], blank: bool
) -> None:
    headline, intro = head
    text = "\n".join([headline, *([""] if blank else []), intro, *BODIES[language]]) + "\n"
    cleaned = clean_text_dump(text)
    assert cleaned.title == headline
    assert cleaned.paragraphs == [intro, *BODIES[language]]

    # a byline under the headline is no intro line of the text
    byline = clean_text_dump("\n".join([headline, "By Ann Reed", *BODIES[language]]) + "\n")
    assert "By Ann Reed" not in byline.paragraphs
    assert byline.paragraphs[-len(BODIES[language]) :] == BODIES[language]
