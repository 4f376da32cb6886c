"""A report and a feature of one day naming the same rare places are one story
(clipper.stories.eventnames, newcomer 33's F6).

A news report of a flood or a fire and a feature of the same day that opens with a family's
night share the event's rare place names and little else: the feature's vector is its own
scene.  They were two stories, under the bar though both leads give their share of the cosine.
Another event of the same day in the same region, naming its capital, stays a story of its own,
and what the lead rule parts (two releases of one company) stays parted.  Every text is
invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from clipper.config import StoryConfig
from clipper.stories.bars import threshold
from clipper.stories.eventnames import name_share, named_pairs
from clipper.stories.leads import lead_parts
from clipper.stories.termvector import Vector
from clipper.stories.vectors import vectorize
from tests.storyevents import cosine, night_stories


def _record(site: str, slug: str, time: str, title: str, text: str, lang: str) -> dict[str, Any]:
    return {
        "url": f"https://{site}/{slug}", "title": title, "text": text, "language": lang,
        "published": f"2026-11-18T{time}:00-05:00",
    }  # fmt: skip


FLOOD = [
    _record("diariodelsurandino.example", "regiones/desborde-chanchani", "07:40",
            "Desborde de un río inunda Huaripampa y deja 300 damnificados",
            "El desborde del río Chanchaní inundó la madrugada de este miércoles el distrito de "
            "Huaripampa, en la provincia de Tambillo, y dejó al menos 300 damnificados y 80 "
            "viviendas afectadas, según el Centro de Operaciones de Emergencia regional.\n"
            "Las lluvias intensas de los últimos tres días elevaron el caudal del río hasta "
            "romper la defensa ribereña a la altura del anexo de Collpani.\n"
            "El alcalde provincial, Teófilo Ccanto Yupanqui, pidió declarar en emergencia a "
            "tres distritos, donde el agua arrasó cultivos de papa y maíz.\n"
            "La carretera entre Sancayo y Ayrampo permanece bloqueada por un huaico, y el "
            "Ejército envió dos helicópteros con víveres y medicinas.\n"
            "El Senamhi prevé lluvias de moderada a fuerte intensidad en la sierra sur hasta el "
            "viernes.\n"
            "El Ministerio de Desarrollo Agrario estimó en 450 hectáreas los cultivos perdidos y "
            "anunció un bono para los productores registrados en el padrón. La dirección "
            "regional de educación suspendió las clases en once escuelas hasta nuevo aviso.\n"
            "La empresa eléctrica informó que repuso el servicio en la mayor parte de la red, "
            "salvo en dos anexos donde cayeron postes de media tensión.", "es"),
    _record("cronicaserrana.example", "historias/collpani-agua", "18:10",
            "\"El agua entró en diez minutos\": familias cuentan cómo lo perdieron todo",
            "Florencia Quispe Huamaní dormía con sus tres nietos cuando escuchó el golpe del "
            "agua contra la puerta. \"Solo alcanzamos a subir al techo con una frazada\", "
            "recuerda.\n"
            "En Collpani, un caserío de adobe a orillas del Chanchaní, casi todas las familias "
            "pasaron la noche sobre los techos o en la loma de la capilla, mirando cómo la "
            "corriente se llevaba sus cuyes y sus sacos de chuño.\n"
            "Al amanecer bajaron a Huaripampa, donde la municipalidad abrió el coliseo como "
            "albergue. Allí el profesor Anselmo Ticona organiza una olla común con lo que "
            "llega de Sancayo.\n"
            "\"Aquí nadie se acuerda de una creciente así\", dice don Evaristo Mamani, de 74 "
            "años, que perdió media hectárea de papa nativa.\n"
            "Por la tarde llegaron los primeros víveres en helicóptero desde Ayrampo y la "
            "capital de Tambillo.\n"
            "Las mujeres tendieron al sol las frazadas mojadas sobre las piedras del corral, y "
            "los niños buscaban entre el barro sus cuadernos y una pelota. Nadie quiso hablar "
            "todavía de sembrar otra vez.\n"
            "En la noche, alrededor de una fogata, los mayores recordaron las fiestas del "
            "santo patrón y los carnavales de antes, cuando el río era apenas un hilo entre las "
            "chacras.", "es"),
    # another event of the day in the province: its capital and a district, no more
    _record("diariodelsurandino.example", "regiones/tambillo-feria", "11:00",
            "Tambillo inaugura feria de la papa nativa con productores de Huaripampa",
            "La municipalidad provincial de Tambillo inauguró este miércoles la XII Feria de la "
            "Papa Nativa, con 60 productores de 14 comunidades.\n"
            "Los organizadores destacaron las variedades de Huaripampa y el chuño de las "
            "comunidades altas, premiados en la edición anterior.\n"
            "La feria se extiende hasta el domingo en la plaza de armas, con concursos de "
            "platos típicos y danzas.", "es"),
]  # fmt: skip

FIRE = [
    _record("valleyherald.example", "news/quillan-ridge-fire", "08:15",
            "Wildfire forces 1,200 from their homes overnight",
            "A wildfire that started on Quillan Ridge late on Tuesday forced about 1,200 "
            "residents of Ferncastle and Dunmarrow to leave their homes overnight, the county "
            "fire service said on Wednesday.\n"
            "The fire has burned about 3,400 acres of dry scrub and was 10 percent contained by "
            "morning. Wind gusts of up to 45 miles an hour pushed it across Brackenholt Road "
            "shortly after midnight.\n"
            "Fire chief Orla Penhaligon said crews from Ottervale were protecting "
            "homes on the eastern edge of the village. No injuries have been reported.\n"
            "An evacuation centre has opened in the town's high school, and the road remains "
            "closed.\n"
            "The regional power utility cut electricity to 4,800 customers as a precaution and "
            "said supply would return only once engineers had inspected its transmission lines. "
            "Forecasters expect humidity to stay below 15 percent until Friday, with a red flag "
            "warning in force across the district.\n"
            "The state's emergency management agency said two air tankers and a helicopter "
            "would join the effort at first light, and asked drivers to keep away from the "
            "closed highway. Schools in the district will stay shut on Thursday, and the county "
            "has asked the governor for disaster funds.", "en"),
    _record("ridgelinejournal.example", "features/dunmarrow-night", "17:30",
            "'We grabbed the dog and ran': families recall the night the fire came",
            "Maisie Trevennick was asleep when her neighbour hammered on the door just after "
            "one in the morning. \"The whole hill behind us was orange,\" she said.\n"
            "She put her two boys and the family's collie in the back of the pick-up and joined "
            "the line of headlights crawling down Brackenholt Road towards Ferncastle, ash "
            "falling like snow on the windscreen.\n"
            "By dawn the gym at Ferncastle High School was full of camp beds, and volunteers "
            "from Scarrow were handing out coffee and dog food.\n"
            "\"You don't think about the house, you think about the photos,\" said Tobias "
            "Rendle, 68, who has lived in Dunmarrow for forty years and watched the glow over "
            "Quillan Ridge from the car park.\n"
            "Crews from Ottervale were still on the eastern edge of the village at nightfall.\n"
            "Trevennick's mother taught her to keep a tin of papers by the back door, a habit "
            "she had thought old-fashioned until this week. Her sons slept in their coats; the "
            "younger one asked every hour whether the swings in the park had burned.\n"
            "Outside the gym, teenagers charged phones from a borrowed generator, a retired "
            "vet checked the paws of a spaniel, and a baker drove up with trays of scones still "
            "warm from the oven. Nobody spoke much about insurance yet.\n"
            "At the far end of the hall an old man played draughts with a girl of nine, "
            "losing on purpose, while her parents queued for the one working kettle. A choir "
            "from the chapel sang softly near the door until the lights went down. Someone "
            "had pinned a child's drawing of a fire engine above the coat rack.",
            "en"),
    # another event of the day in the valley: its town, no more
    _record("valleyherald.example", "news/ferncastle-budget", "12:00",
            "Council approves new library for Ferncastle",
            "Councillors voted 7-2 on Wednesday to build a new public library in Ferncastle, "
            "replacing the branch that closed in 2021.\n"
            "The 4.2 million dollar building will open in 2028, with a children's wing and a "
            "local history room.\n"
            "Councillor Hamish Doyle said the old site would be sold for housing.", "en"),
]  # fmt: skip


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_a_report_and_a_feature_of_one_day_are_one_story(tmp_path: Path, order: str) -> None:
    records = [*FLOOD, *FIRE]
    story = night_stories(tmp_path, records if order == "forward" else records[::-1], order)
    flood, flood_feature, fair, fire, fire_feature, library = (story[r["url"]] for r in records)
    assert flood == flood_feature  # two stories: the feature's own scene under the bar
    assert fire == fire_feature
    assert len({flood, fair, fire, library}) == 4


def _vectors(records: list[dict[str, Any]]) -> list[Vector]:
    config = StoryConfig()
    return [vectorize(r["title"], r["text"], r["language"], config) for r in records]


@pytest.mark.parametrize("records", [FLOOD, FIRE], ids=["es", "en"])
def test_the_names_lower_the_bar_and_the_leads_carry_the_link(
    records: list[dict[str, Any]],
) -> None:
    """What the rule measures: under the bar, over the lowered one on five rare names or more,
    both leads giving their share; the other event of the day shares fewer."""
    config = StoryConfig()
    report, feature, other = _vectors(records)
    bar = threshold(0, config)
    assert bar > cosine(report, feature) >= config.event_similarity_share * bar
    assert len(np.intersect1d(report.names, feature.names)) >= config.event_names
    assert min(lead_parts(report, feature)) >= config.lead_similarity_share * cosine(
        report, feature
    )
    assert len(np.intersect1d(report.names, other.names)) < config.event_names


def test_rare_names_are_the_words_written_as_names_only() -> None:
    """"Huaripampa" and "Collpani" are names; a common one ("Lima") and a word the text writes
    in lower case too ("Desborde", "Aislados") are not."""
    config = StoryConfig()
    text = (
        "Huaripampa y Collpani quedaron aislados. Lima envió ayuda a Huaripampa.\n"
        "Desborde del río: el desborde alcanzó Collpani."
    )
    vector = vectorize("Aislados", text, "es", config)
    names = {int(k) for k in vector.names}
    expected = _vectors([_record("x.example", "a", "08:00", "Huaripampa", "Collpani", "es")])[0]
    assert {int(k) for k in expected.keys} <= names
    assert len(names) == 2  # not "lima" (weight 3.3), "desborde", "aislado" (in lower case)


def test_named_pairs_of_many_links_are_name_share_to_the_last_bit() -> None:
    """The story stage asks the name share of a call's links all at once: the same answers as
    :func:`name_share` a pair at a time, for every pair of the floods' and fires' reports
    (either order, a vector with itself), at the default share, at 0 and 1, and at each pair's
    own share to the last bit (where summing in another order could tip it)."""
    vectors = _vectors([*FLOOD, *FIRE])
    n = len(vectors)
    first, second = (a.ravel().astype(np.int64) for a in np.indices((n, n)))
    pairs = list(zip(first.tolist(), second.tolist(), strict=True))
    exact = [name_share(vectors[a], vectors[b]) for a, b in pairs]
    assert sum(0.0 < s < 1.0 for s in exact) >= 4  # the report and feature, both ways
    shares = [StoryConfig().event_name_share, 0.0, 1.0, *sorted(set(exact))]
    for share in shares:
        expected = [s >= share for s in exact]
        assert named_pairs(vectors, first, second, share).tolist() == expected, share
    assert not len(named_pairs(vectors, first[:0], second[:0], 0.45))
