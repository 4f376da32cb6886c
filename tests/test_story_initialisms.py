"""An initialism and the name it abbreviates give a shared story term (stories28's known limit:
one reporter writes "MOE", the other "Misión de Observación Electoral").  A name joined by a
connecting word ("de", "da", "di", "of" ...) of three to five initials counts as the word its
initialism is ("moe"), in every language whose joined names are names, and an initialism
after an elided article ("l'ONU") is its own word; another event in the same town before the
same institutions stays a story of its own.  Every text here is invented."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from clipper.stories.storyterms import _story_terms, abbreviated, initials
from tests.storyevents import assert_one_story_and_another


def _terms(text: str, language: str) -> Counter[str]:
    """The story terms of ``text`` as its vector counts them."""
    return abbreviated(Counter(_story_terms(text, language)))


@pytest.mark.parametrize(
    ("language", "named", "short", "shared"),
    [
        ("es", "según la Misión de Observación Electoral hay riesgo", "según la MOE hay riesgo",
         "moe"),
        ("es", "la Organización de las Naciones Unidas envió ayuda", "la ONU envió ayuda", "onu"),
        ("pt", "o Tribunal de Contas da União aprovou", "o TCU aprovou", "tcu"),
        ("it", "la Banca Nazionale del Lavoro ha chiuso", "la BNL ha chiuso", "bnl"),
        ("fr", "le Conseil Supérieur de l'Audiovisuel a tranché", "selon le CSA jeudi", "csa"),
        ("ca", "el Consell de l'Audiovisual de Catalunya", "el CAC ha multat", "cac"),
        ("en", "the Federal Bureau of Investigation said", "the FBI said", "fbi"),
        ("en", "the Reserve Bank of India held rates", "the RBI held rates", "rbi"),
    ],
)  # fmt: skip
def test_a_joined_name_and_its_initialism_share_a_term(
    language: str, named: str, short: str, shared: str
) -> None:
    assert shared in _terms(named, language).keys() & _terms(short, language).keys()
    # the name counts as its initials, not beside them
    assert not [t for t in _terms(named, language) if t[:2] == "n:" and initials(t) == shared]
    assert [t for t in _story_terms(named, language) if t[:2] == "n:" and initials(t) == shared]


def test_names_not_joined_give_no_initials() -> None:
    """A person's or a headline's capitals ("Lindsey Graham", "Harbor Council Approves") are
    no initialism: their initials would weigh in every vector and meet none."""
    found = _terms("Senator Lindsey Graham met Harbor Council Approves staff.", "en")
    assert not {"lg", "slg", "hca"} & set(found)
    assert {"n:senator lindsey graham", "n:harbor council approve"} <= set(found)
    # nor a joined name of two initials ("Consejo de Estado" or "Corte Electoral"?)
    assert "n:consejo de estado" in _terms("el Consejo de Estado anuló", "es")
    # a joined name of more than five initials is a headline in Title Case
    found = _terms("Court of Appeals Rejects Governor Kemp Bid", "en")
    assert "n:court of appeal reject governor kemp bid" in found
    assert not [t for t in found if t.startswith("cargk")]


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [("fr", "selon l'AMF, jeudi", "amf"), ("it", "secondo l'ONU ieri", "onu"),
     ("it", "il Consiglio di sicurezza dell'ONU", "onu"), ("ca", "segons l'ONU", "onu"),
     ("fr", "le rapport de l'ONU", "onu")],
)  # fmt: skip
def test_an_initialism_after_an_elided_article_is_its_own_word(
    language: str, text: str, word: str
) -> None:
    """French, Italian and Catalan write an article or "de" elided on an initialism ("l'ONU",
    "dell'ONU"): the initialism is the word, as the initials of its name are."""
    assert word in _terms(text, language)


# One event told by two reporters in Spanish: one names the institutions, the other writes
# their initialisms; and another event in the same town the same day before the same ones.
REPORT = (
    "Puerto Aldana votará de nuevo por su alcalde el 14 de marzo",
    "Santa Inés, 2 de diciembre. La Registraduría Nacional del Estado Civil fijó para el 14 de "
    "marzo la elección atípica de alcalde en Puerto Aldana, después de que el Consejo de "
    "Estado anulara la votación de octubre por fraude en los formularios de escrutinio.\n"
    "Las inscripciones de candidatos irán hasta el 20 de enero. Podrán votar 87.400 personas "
    "en 41 puestos, doce de ellos rurales, según el calendario electoral publicado ayer.\n"
    "La Misión de Observación Electoral ubicó al municipio en riesgo extremo por la presencia "
    "de grupos armados en la zona del embalse y pidió garantías para los testigos.\n"
    "El gobernador anunció que trasladará tropas a los corregimientos más apartados y que "
    "habrá transporte fluvial gratuito el día de la votación.\n"
    "Los partidos tradicionales aún no definen si presentarán una coalición. El tesorero "
    "departamental calculó el costo de la jornada en 2.300 millones de pesos, que saldrán del "
    "presupuesto nacional.\n"
    "El alcalde elegido en octubre, cuya credencial quedó sin efecto, dijo que no volverá a "
    "aspirar y que respetará el fallo, aunque lo considera injusto con sus electores.",
)

FEATURE = (
    "En Puerto Aldana, otra vez a las urnas y con miedo",
    "En el malecón nadie habla de candidatos. Los pescadores remiendan redes y los "
    "vendedores de raspado esperan turistas que no llegan desde la temporada pasada.\n"
    "La alcaldía lleva dos meses en manos de un encargado, desde que el CE tumbó los comicios. "
    "Ahora la RNEC citó a los votantes para el 14 de marzo.\n"
    "La MOE advirtió que el municipio está en su nivel más alto de alerta: en las veredas del "
    "embalse mandan los armados, cuentan los líderes comunales, que piden no ser nombrados.\n"
    "Una profesora, jurado en la elección anulada, recuerda que aquella noche se fue la luz "
    "durante el conteo y que nadie le explicó nunca por qué.\n"
    "Su vecino, motocarrista, dice que irá a la mesa, aunque no sabe todavía por quién. En la "
    "plaza de mercado, las señoras del restaurante de pescado frito se ríen cuando se les "
    "pregunta por los políticos: vienen cada cuatro años, dicen, y prometen el acueducto.\n"
    "Al caer la tarde, los muchachos juegan fútbol en la cancha de arena junto al puerto de "
    "las lanchas, y la música de los estaderos tapa el ruido del generador.",
)

OTHER = (
    "Capturan a funcionario de la Registraduría por venta de cédulas",
    "Un funcionario de la Registraduría en Puerto Aldana fue capturado por vender duplicados "
    "de cédulas a personas que no vivían en el municipio.\n"
    "Según la Fiscalía, cobraba 150.000 pesos por documento y entregó al menos 300 en seis "
    "meses, casi todos a trabajadores de una finca palmera del sur del departamento.\n"
    "La Misión de Observación Electoral había denunciado en septiembre la llegada de votantes "
    "trashumantes a los barrios del puerto.\n"
    "El capturado no aceptó los cargos y un juez lo envió a la cárcel del circuito mientras "
    "avanza el proceso por falsedad en documento público y cohecho.\n"
    "La palmera negó que sus capataces hubieran pedido los documentos y dijo que colaborará "
    "con la investigación. Sus trabajadores viven en campamentos a dos horas del casco "
    "urbano, donde no hay oficina de registro ni notaría.\n"
    "La investigación empezó por la queja de una mujer que encontró a un desconocido "
    "inscrito en su dirección.",
)

RECORDS = [
    {"url": "https://www.diariodelembalse.example/politica/puerto-aldana-atipica",
     "title": REPORT[0], "text": REPORT[1], "language": "es",
     "published": "2026-12-02T09:30:00-05:00"},
    {"url": "https://www.revistamalecon.example/cronicas/otra-vez-a-las-urnas",
     "title": FEATURE[0], "text": FEATURE[1], "language": "es",
     "published": "2026-12-02T18:10:00-05:00"},
    {"url": "https://www.noticiasdelvalle.example/judicial/captura-registraduria",
     "title": OTHER[0], "text": OTHER[1], "language": "es",
     "published": "2026-12-02T12:45:00-05:00"},
]  # fmt: skip


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_an_event_told_with_initialisms_and_with_names_is_one_story(
    tmp_path: Path, order: str
) -> None:
    assert_one_story_and_another(tmp_path, RECORDS, order)
