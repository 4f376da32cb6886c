"""Two instances of one template are two stories (clipper.stories.instances, newcomer 33's F5).

A site's death notices and a data feed's match reports fill one frame with other people, teams,
scores and places, and no date in the headline: three notices of three people, three reports of
three matches, were one story each, linked on the frame and on what it names every time (the
funeral home, the league).  Two reports of one event that print one wire paragraph, and two
outlets' reports of one match, are still one story.  Every text is invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from clipper.config import StoryConfig
from clipper.stories.bars import threshold
from clipper.stories.instances import (
    frame_lines,
    instance_pairs,
    instances_of_one_template,
    untemplated_similarity,
)
from clipper.stories.ruleparts import RuleParts
from clipper.stories.termvector import Vector
from clipper.stories.vectors import vectorize
from tests.storyevents import cosine, night_stories

NOTICE = (
    "Fallecimiento de {name}",
    "Con hondo dolor, la familia de {name} informa su fallecimiento, ocurrido el {day} de "
    "noviembre de 2026 en el Hospital Regional, a los {age} años.\n"
    "{trade}\n"
    "El velatorio se realiza en la sala {room} de la Casa Velatoria Los Aromos, avenida "
    "Belgrano 1290, y el sepelio será mañana a las 11 horas en el Cementerio del Oeste.\n"
    "Sus hijos, {kin}, sus nietos y demás familiares agradecen el acompañamiento en este "
    "momento de dolor.\n"
    "Casa Velatoria Los Aromos. Guardia permanente: teléfono 0299-4471203.",
)
NOTICES = [
    ("Ramiro Ezequiel Toledano", "24", "77", "Fue ferroviario y presidente del club Unión.",
     "1", "Graciela y Osvaldo"),
    ("Nélida Beatriz Astorga de Funes", "25", "88", "Fue maestra rural durante cuarenta años.",
     "3", "Marta, Hugo y Silvia"),
    ("Aurelio Benjamín Cuenca", "26", "69", "Fue mecánico y bombero voluntario del pueblo.",
     "2", "Damián"),
]  # fmt: skip

MATCH = (
    "{home} {hs}-{as_} {away}: match report and highlights",
    "{home} {verb} {away} {hs}-{as_} at {ground} on Saturday in round 12 of the Northern "
    "Counties Premier Division.\n"
    "{goals}\n"
    "The result leaves {home} on {points} points in the table, with {away} on {other}. "
    "{home} travel to their next opponents on Tuesday at 19:45.\n"
    "Full line-ups, substitutions and cards are in the match centre of the Northern Counties "
    "Premier Division on our football pages.",
)
MATCHES = [
    ("Harrowgate Rovers", "Millbeck Town", "3", "1", "beat", "Fenwick Park",
     "Kettering-Holt scored twice before half-time and Oduya added a third; Brannagh replied "
     "late for the visitors.", "31", "22"),
    ("Cresswell Athletic", "Tollbridge United", "0", "0", "drew with", "the Quarry Ground",
     "Neither goalkeeper had a save to make in a match of few chances.", "27", "25"),
    ("Dunmore Albion", "Saltcote Wanderers", "2", "2", "drew with", "Heathside Lane",
     "Pelloe and Marchbank scored for the hosts, Ruskin and Tavistock-Boyd for the visitors.",
     "19", "18"),
]  # fmt: skip

OBITUARIO = (
    "Faleceu {name}",
    "A família de {name} comunica com pesar o seu falecimento, ocorrido a {day} de novembro de "
    "2026, aos {age} anos, no Hospital Distrital.\n"
    "{trade}\n"
    "O corpo está em câmara ardente na capela {room} da Funerária Ribeiro & Filhos, rua do "
    "Carmo 58, e o funeral realiza-se amanhã às 15 horas para o cemitério de Vale Formoso.\n"
    "A família agradece desde já a todos os que se dignarem acompanhar o seu ente querido.",
)
OBITUARIOS = [
    ("Joaquim Alberto Brandão", "24", "81", "Foi carteiro e fundador da banda filarmónica.",
     "1"),
    ("Maria Ilda Queirós Sardinha", "25", "93", "Foi costureira e catequista da paróquia.", "2"),
    ("Ernesto Valadares Pimentel", "26", "74", "Foi pescador e dirigente do clube naval.", "3"),
]  # fmt: skip


def _record(site: str, slug: str, day: str, title: str, text: str, lang: str) -> dict[str, Any]:
    return {
        "url": f"https://{site}/{slug}", "title": title, "text": text, "language": lang,
        "published": f"{day}T10:00:00+00:00",
    }  # fmt: skip


def _notices() -> list[dict[str, Any]]:
    title, body = NOTICE
    return [
        _record("diarioaustral.example", f"necrologicas/{n}", f"2026-11-{day}",
                title.format(name=name), body.format(name=name, day=day, age=age, trade=trade,
                                                     room=room, kin=kin), "es")
        for n, (name, day, age, trade, room, kin) in enumerate(NOTICES)
    ]  # fmt: skip


def _matches() -> list[dict[str, Any]]:
    title, body = MATCH
    return [
        _record("scoreline.example", f"reports/{n}", f"2026-11-{21 + n}",
                title.format(home=home, away=away, hs=hs, as_=as_),
                body.format(home=home, away=away, hs=hs, as_=as_, verb=verb, ground=ground,
                            goals=goals, points=points, other=other), "en")
        for n, (home, away, hs, as_, verb, ground, goals, points, other) in enumerate(MATCHES)
    ]  # fmt: skip


def _obituarios() -> list[dict[str, Any]]:
    title, body = OBITUARIO
    return [
        _record("jornaldoalentejo.example", f"necrologia/{n}", f"2026-11-{day}",
                title.format(name=name), body.format(name=name, day=day, age=age, trade=trade,
                                                     room=room), "pt")
        for n, (name, day, age, trade, room) in enumerate(OBITUARIOS)
    ]  # fmt: skip


# Two outlets' own reports of the first match (not the feed's frame): one story with it.
ONE_MATCH = [
    _record("millbeckmercury.example", "sport/rovers-defeat", "2026-11-21",
            "Town undone by Kettering-Holt double at Fenwick Park",
            "Millbeck Town slipped to a 3-1 defeat at Harrowgate Rovers on Saturday as "
            "Kettering-Holt struck twice in the first half at Fenwick Park.\n"
            "Oduya headed the third from a corner before Brannagh pulled one back for Millbeck "
            "Town in stoppage time.\n"
            "Town manager Colin Ashby said his side had been second to every ball.", "en"),
    _record("harrowgateherald.example", "sport/kettering-holt", "2026-11-21",
            "Kettering-Holt fires Harrowgate Rovers past Millbeck Town",
            "Two goals from Kettering-Holt before the break set Harrowgate Rovers on their way "
            "to a 3-1 win over Millbeck Town at Fenwick Park.\n"
            "Oduya added a third with a header, and Brannagh's late reply for Millbeck Town was "
            "no more than a consolation.\n"
            "Rovers move up to 31 points in the Northern Counties Premier Division.", "en"),
]  # fmt: skip

# Two reports of one event on two sites printing the same wire paragraphs, each with its own
# opening and quotes: one story.
WIRE = (
    "Engineers from the Ministry of Transport inspected the Kellow Viaduct on Sunday after a "
    "crack was found in its third pier.\n"
    "The viaduct carries about 14,000 vehicles a day between Ardmoor and Penhallow and was "
    "last repaired in 2019.\n"
    "A diversion through Tressick adds about 25 minutes to the journey, the ministry said."
)
VIADUCT = [
    _record("ardmoorpost.example", "news/kellow-viaduct-closed", "2026-11-22",
            "Kellow Viaduct closed after crack found in pier",
            "The Kellow Viaduct was closed to traffic on Sunday morning after a lorry driver "
            "reported a crack in one of its piers.\n" + WIRE + "\n"
            "Ardmoor councillor Wenna Trelease said businesses in the town feared weeks of "
            "disruption.", "en"),
    _record("penhallowtimes.example", "local/viaduct-crack", "2026-11-22",
            "Crack shuts Kellow Viaduct between Ardmoor and Penhallow",
            "Drivers between Ardmoor and Penhallow face long diversions after the Kellow Viaduct "
            "was shut on Sunday because of a crack in a pier.\n" + WIRE + "\n"
            "Penhallow's harbourmaster Jory Keast said fish lorries would miss the morning "
            "market.", "en"),
]  # fmt: skip


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_template_instances_are_stories_of_their_own(tmp_path: Path, order: str) -> None:
    records = [*_notices(), *_matches(), *_obituarios(), *ONE_MATCH, *VIADUCT]
    story = night_stories(tmp_path, records if order == "forward" else records[::-1], order)
    ids = [story[r["url"]] for r in records]
    notices, matches, obituarios = ids[0:3], ids[3:6], ids[6:9]
    match_reports, viaduct = ids[9:11], ids[11:13]
    # three people, three matches: stories of their own (each was one story)
    assert len(set(notices)) == 3
    assert len(set(matches)) == 3
    assert len(set(obituarios)) == 3
    # two outlets' reports of the first match are its story; one wire paragraph keeps a story
    assert match_reports == [matches[0], matches[0]]
    assert viaduct[0] == viaduct[1]


def _vectors(records: list[dict[str, Any]]) -> list[Vector]:
    config = StoryConfig()
    return [vectorize(r["title"], r["text"], r["language"], config) for r in records]


def test_the_template_carries_the_link_and_not_the_wire_paragraph() -> None:
    """What the rule measures: two notices over the bar on the frame, under it without; two
    reports of one event sharing wire paragraphs are no instances (the same fills)."""
    config = StoryConfig()
    bar = threshold(1, config)
    for one, other in (_vectors(_notices()[:2]), _vectors(_matches()[1:]),
                       _vectors(_obituarios()[:2])):  # fmt: skip
        assert instances_of_one_template(one, other, config.instance_lines)
        assert cosine(one, other) >= bar > untemplated_similarity(one, other)
    one, other = _vectors(VIADUCT)
    assert not instances_of_one_template(one, other, config.instance_lines)
    assert cosine(one, other) >= bar


@pytest.mark.parametrize("least", [1, 2, 3, 5])
def test_instance_pairs_of_many_links_are_instances_of_one_template(least: int) -> None:
    """The story stage asks which of a call's links are instances all at once: the same answer
    as a pair at a time, for every pair of the notices, match reports, obituaries, one match's
    outlets and the wire reports (either order, a vector with itself, repeated pairs)."""
    vectors = _vectors([*_notices(), *_matches(), *_obituarios(), *ONE_MATCH, *VIADUCT])
    n = len(vectors)
    first, second = (a.ravel().astype(np.int64) for a in np.indices((n, n)))
    first, second = np.r_[first, 3, 3], np.r_[second, 4, 4]
    expected = [
        instances_of_one_template(vectors[a], vectors[b], least)
        for a, b in zip(first.tolist(), second.tolist(), strict=True)
    ]
    assert instance_pairs(vectors, first, second, least).tolist() == expected
    # a scoring pass asks slice after slice with one RuleParts: each vector's frames and
    # fills are made once and numbered alike across the calls, the same answers
    parts = RuleParts()
    for lo in range(0, len(first), 37):
        asked = slice(lo, lo + 37)
        found = instance_pairs(vectors, first[asked][::-1], second[asked][::-1], least, parts)
        assert found[::-1].tolist() == expected[asked]
    if least <= StoryConfig().instance_lines:
        assert sum(expected) >= 3 * 6  # each template's instances, both ways
    assert not len(instance_pairs(vectors, first[:0], second[:0], least))


def test_a_frame_masks_names_figures_and_their_joiners() -> None:
    """Instances' lines have one frame whatever their names' lengths ("Nélida Beatriz Astorga de
    Funes" against "Ramiro Ezequiel Toledano"), and another fill."""
    config = StoryConfig()
    lines = [
        frame_lines(r["title"], r["text"], config.template_frame_words, config.template_lines,
                    config.template_edge_words)
        for r in _notices()[:2]
    ]  # fmt: skip
    first, second = ([line[:2] for line in found] for found in lines)
    assert len(first) == len(second) == 6  # the headline and five sentences
    del first[2], second[2]  # "Fue ferroviario …", "Fue maestra rural …": the notice's own
    assert [frame for frame, _ in first] == [frame for frame, _ in second]
    # the headline, the death, the wake and the family: other fills; the telephone the same
    assert [a != b for (_, a), (_, b) in zip(first, second, strict=True)] == [True] * 4 + [False]


def test_lines_are_stored_with_the_vector() -> None:
    vector = _vectors(_notices()[:1])[0]
    assert len(vector.lines) == 4 * 6 and len(vector.line_bits) == len(vector.keys)
    assert len(vector.names)
    back = Vector.from_bytes(vector.to_bytes())
    for name in ("keys", "weights", "sentences", "figures", "quoted", "lead", "frames", "framed",
                 "lines", "line_bits", "names"):  # fmt: skip
        assert np.array_equal(getattr(back, name), getattr(vector, name)), name
