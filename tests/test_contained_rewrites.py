"""Local rewrites of one wire story, each a run of its paragraphs under a headline and an
opening line of its own, all contained in the wire's page: one cluster with the wire's page
as its canonical, whatever the rewrites share among themselves and in any order (field-case
kind ``contained-copies-new-opening`` in other shapes; contained34's probe, 2026-12-05).

Two rewrites carrying neighbouring runs of the wire (paragraphs 6-8 and 9-11) sit side by
side in it, as two items of a roundup do; a third rewrite carrying paragraphs 5-9 runs across
their seam, so they are parts of one text there (``compilations.carried_across``) and the
wire's page is their canonical, not a roundup of them.  Invented stories, in English and
German, written to the shape of the field case's files (a headline line, then paragraphs).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.cluster import Link, Rules, links_of_edges
from clipper.compilations import is_compilation

WIRES = {
    "en": (
        "Kellmouth council votes to close the old swimming baths",
        [
            "Kellmouth's councillors voted on Tuesday night to close the Victorian swimming "
            "baths on Harbour Street at the end of the summer, ending a campaign that has "
            "divided the town for almost three years.",
            "The vote was carried by nineteen to fourteen after a debate that lasted more than "
            "four hours, with members of the public filling the gallery and a crowd of "
            "swimmers waiting outside in the rain.",
            "Officers told the meeting that the roof above the main pool needs repairs costing "
            "at least 4.2 million pounds, more than the council spends on all of its leisure "
            "services in a typical year.",
            "The baths opened in 1896 and still use the original cast iron columns and glazed "
            "tiles, which the town's heritage society says are among the finest surviving "
            "examples anywhere on the south coast.",
            "Swimming clubs that train at the baths will be offered lanes at the new leisure "
            "centre near the ring road, although several coaches said the water there is too "
            "shallow for diving and water polo.",
            "The leader of the council, Margaret Oduya, said nobody had wanted to take the "
            "decision but that keeping the building open would have meant cutting library "
            "hours and closing two children's centres.",
            "Opposition members accused the ruling group of letting the building decay on "
            "purpose, pointing to an engineer's report from 2019 that warned about water "
            "leaking through the roof into the steel frame.",
            "A petition to save the baths has collected more than eleven thousand signatures, "
            "and its organisers say they will now ask the national heritage agency to list "
            "the building before it can be sold.",
            "Under the plan approved on Tuesday, the site would be offered to developers on a "
            "long lease, with a condition that the front hall and its clock tower are kept "
            "and opened to the public.",
            "Local businesses on Harbour Street fear the loss of visitors, and the traders' "
            "association said cafes near the baths depend on parents who wait there during "
            "children's lessons on weekday afternoons.",
            "The council expects to publish the lease terms in October, and a final decision "
            "on any sale will be taken by the full council early next year after a public "
            "consultation lasting twelve weeks.",
        ],
    ),
    "de": (
        "Bergbahn am Hohen Stein stellt den Winterbetrieb ein",
        [
            "Die Bergbahn am Hohen Stein wird im kommenden Winter nicht mehr fahren, wie der "
            "Gemeinderat von Tannried am Montagabend nach einer langen und teilweise sehr "
            "emotionalen Sitzung mit knapper Mehrheit beschlossen hat.",
            "Mit zwölf zu zehn Stimmen folgte das Gremium dem Vorschlag des Bürgermeisters, "
            "während draußen vor dem Rathaus mehrere hundert Skifahrer mit Fackeln und "
            "Transparenten gegen die Schließung protestierten.",
            "Nach Angaben der Gemeindeverwaltung müssten die Seile und die Antriebe der "
            "Sesselbahn für mindestens sechs Millionen Euro erneuert werden, was den "
            "Haushalt des kleinen Ortes auf Jahre überfordern würde.",
            "Die Bahn wurde 1968 gebaut und gehörte lange zu den beliebtesten Ausflugszielen "
            "der Region, doch in den vergangenen zehn Wintern lag an weniger als fünfzig "
            "Tagen genug Schnee auf den unteren Pisten.",
            "Die Skischule im Ort will ihre Kurse künftig am Gletscher im Nachbartal anbieten, "
            "wobei die Eltern dann jeden Morgen eine Fahrt von fast einer Stunde mit dem "
            "Bus in Kauf nehmen müssten.",
            "Bürgermeister Anton Greiderer sagte, niemand im Rat habe sich diese Entscheidung "
            "leicht gemacht, aber ohne die Schließung hätte man das Hallenbad und die "
            "Musikschule zusperren müssen.",
            "Die Opposition wirft der Mehrheit vor, die Anlage seit Jahren verfallen zu "
            "lassen, und verweist auf ein Gutachten des Landes, das schon 2018 vor "
            "Rissen an den Stützen der Bergstation gewarnt hatte.",
            "Eine Bürgerinitiative hat bereits mehr als achttausend Unterschriften für den "
            "Erhalt der Bahn gesammelt und kündigte an, nun ein Bürgerbegehren gegen den "
            "Beschluss des Gemeinderates auf den Weg zu bringen.",
            "Nach dem Plan der Gemeinde soll die Talstation an einen privaten Betreiber "
            "verpachtet werden, der dort im Sommer ein Gasthaus mit Sonnenterrasse und "
            "einen Verleih für Mountainbikes einrichten könnte.",
            "Die Hoteliers im Ort befürchten dagegen, dass ohne die Bahn viele Stammgäste "
            "ausbleiben, und der Tourismusverband rechnet mit einem Rückgang der "
            "Übernachtungen um ein Drittel schon im ersten Winter.",
            "Über die Zukunft der Bergstation und der Liftstützen soll im Frühjahr "
            "entschieden werden, nachdem ein Fachbüro die Kosten für einen vollständigen "
            "Rückbau der Anlage ermittelt hat.",
        ],
    ),
}

# name -> (headline, opening line of its own, first paragraph, last paragraph (0-based))
REWRITES = {
    "en": {
        "leader-view.txt": (
            "Why the baths had to go",
            "Our local democracy reporter watched the vote from the packed gallery.",
            5, 7,
        ),
        "campaign-next.txt": (
            "Campaigners turn to heritage listing",
            "What happens next for Harbour Street?",
            8, 10,
        ),
        "cost-and-history.txt": (
            "A pool with a 127-year past",
            "KELLMOUTH (Coast Wire) - Generations learned to swim there.",
            4, 8,
        ),
        "vote-night.txt": (
            "Nineteen to fourteen",
            "It was a long night at the town hall.",
            1, 4,
        ),
    },
    "de": {
        "buergermeister.txt": (
            "Warum der Rat so entschieden hat",
            "Unsere Reporterin war bei der Sitzung im Rathaus dabei.",
            5, 7,
        ),
        "initiative.txt": (
            "Skifahrer wollen ein Bürgerbegehren",
            "Wie geht es nun am Berg weiter?",
            8, 10,
        ),
        "skischule.txt": (
            "Ein Lift mit langer Geschichte",
            "TANNRIED (dpa) - Ganze Generationen lernten hier das Skifahren.",
            4, 8,
        ),
        "sitzung.txt": (
            "Zwölf zu zehn",
            "Es wurde ein langer Abend im Sitzungssaal.",
            1, 4,
        ),
    },
}


def write_story(
    folder: Path, language: str, rewrites: dict[str, dict[str, Any]] | None = None
) -> list[Path]:
    """The wire's page (``wire.txt``) and its rewrites (``rewrites``, by language: name →
    (headline, opening line, first and last wire paragraph); default :data:`REWRITES`), as
    text files: a headline line, then one paragraph a line."""
    folder.mkdir(parents=True, exist_ok=True)
    headline, paragraphs = WIRES[language]
    wire = folder / "wire.txt"
    wire.write_text("\n".join([headline, *paragraphs]) + "\n", encoding="utf-8")
    paths = [wire]
    for name, (title, opening, first, last) in (rewrites or REWRITES)[language].items():
        path = folder / name
        path.write_text(
            "\n".join([title, opening, *paragraphs[first : last + 1]]) + "\n", encoding="utf-8"
        )
        paths.append(path)
    return paths


def clipper(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def clusters(db: Path) -> tuple[list[list[str]], str]:
    """The clusters as sorted lists of file names, and the canonical's file name."""
    output = clipper("export", "--db", str(db), "--format", "jsonl")
    pages: list[dict[str, Any]] = [json.loads(line) for line in output.splitlines()]
    found: dict[int, list[str]] = {}
    for page in pages:
        found.setdefault(page["cluster_id"], []).append(Path(page["origin"]).name)
    canonicals = [Path(page["origin"]).name for page in pages if page["is_canonical"]]
    return sorted(sorted(names) for names in found.values()), ",".join(sorted(canonicals))


@pytest.mark.parametrize("language", ["en", "de"])
def test_rewrites_side_by_side_in_the_wire_join_it_in_any_order(
    tmp_path: Path, language: str
) -> None:
    paths = write_story(tmp_path / "story", language)
    everything = sorted(path.name for path in paths)
    seen: list[object] = []
    for order in (paths, paths[::-1]):
        db = tmp_path / f"{len(seen)}.db"
        clipper("dedupe", "--db", str(db), "--workers", "1", *map(str, order))
        seen.append(clusters(db))
    assert seen[0] == ([everything], "wire.txt")
    assert seen[1] == seen[0]


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_rewrite_across_the_seam_coming_later_takes_the_pieces_to_the_wire(
    tmp_path: Path, language: str
) -> None:
    # the wire's page and the two rewrites side by side in it first (nothing tells it from a
    # roundup of them yet: three clusters), then one page a night: the rewrite running
    # across their seam re-decides them
    wire, side, by_side, across, opening = write_story(tmp_path / "story", language)
    db = tmp_path / "a.db"
    clipper("dedupe", "--db", str(db), "--workers", "1", str(wire), str(side), str(by_side))
    for path in (across, opening):
        clipper("dedupe", "--db", str(db), "--workers", "1", str(path))
    assert clusters(db) == ([sorted(p.name for p in (wire, side, by_side, across, opening))],
                            "wire.txt")


def test_a_page_across_two_pieces_seam_makes_them_one_texts_parts_not_a_roundups_items(
) -> None:
    # page 1 of 400 words holds page 2 (words 160-260) and page 3 (260-370) side by side,
    # each only contained in it and not matching each other: a roundup of them ...
    rules = Rules()
    words = {1: 400, 2: 100, 3: 110, 4: 150, 5: 215}
    pieces = [(2, 1, 0.3, 1.0, 160), (3, 1, 0.3, 1.0, 260)]

    def compilation(edges: list[tuple[int, int, float, float, int]]) -> bool:
        links = links_of_edges(edges)

        def links_of(page: int) -> list[Link]:
            return links.get(page, [])

        return is_compilation(1, links_of, words.__getitem__, rules)

    assert compilation(pieces)
    # ... unless page 4 carries words 120-270 of page 1, page 2 whole and 10 words of page
    # 3: no more than the overlap two items may share
    held_to_3 = [*pieces, (4, 1, 0.35, 1.0, 120), (2, 4, 0.6, 1.0, 40)]
    assert compilation(held_to_3)
    # page 4 carrying words 130-280 (20 words of page 3, more than they may share) runs
    # across the seam: one text's parts, and page 1 is their canonical
    across = [*pieces, (4, 1, 0.35, 1.0, 130), (2, 4, 0.6, 1.0, 30)]
    assert not compilation(across)
    # a shorter roundup holding both items whole (words 150-365, matching both) is no text
    # across their seam: page 1 is still a roundup of them
    shorter_roundup = [*pieces, (5, 1, 0.45, 1.0, 150), (2, 5, 0.4, 1.0, 10),
                       (3, 5, 0.45, 1.0, 105)]
    assert compilation(shorter_roundup)


# Two rewrites of NEIGHBOURING runs of one wire story (paragraphs 6-8 and 9-11), each under a
# headline and an intro line of its own, and no third page crossing their seam: they sit side
# by side in the wire's page as a roundup's two items do, but a roundup carries its items from
# their first line, and each of these opens with words the wire does not carry
# (``match.Edge.lead``).  Both join the wire (copies35).  Spanish too: another invented story.
WIRES["es"] = (
    "El ayuntamiento de Villaseca cierra el mercado de abastos por obras",
    [
        "El pleno del ayuntamiento de Villaseca aprobó el jueves por la noche cerrar el "
        "mercado de abastos durante dieciocho meses para reformar su cubierta, tras una "
        "sesión larga y tensa con el salón de plenos lleno de vecinos.",
        "La propuesta salió adelante con once votos a favor y diez en contra, después de "
        "que la oposición pidiera sin éxito aplazar la decisión hasta conocer el informe "
        "definitivo de los arquitectos municipales.",
        "Según los técnicos, las vigas de madera que sostienen el tejado del edificio "
        "están dañadas por la humedad y su sustitución costará al menos tres millones de "
        "euros, más de lo previsto en el presupuesto anual.",
        "El mercado se inauguró en 1927 y conserva sus columnas de hierro fundido y sus "
        "azulejos originales, que la asociación de amigos del patrimonio considera de los "
        "mejores conservados de toda la provincia.",
        "Los cuarenta puestos del mercado se trasladarán a una carpa provisional en la "
        "plaza de la estación, aunque varios comerciantes aseguran que allí perderán a "
        "buena parte de sus clientes de toda la vida.",
        "La alcaldesa, Rosario Benavente, defendió que nadie quería tomar esta decisión, "
        "pero que mantener el edificio abierto suponía un riesgo para los trabajadores y "
        "para los miles de personas que lo visitan cada semana.",
        "Los concejales de la oposición acusaron al equipo de gobierno de haber dejado "
        "que el edificio se deteriorara, y recordaron un informe de 2019 que ya advertía "
        "de filtraciones de agua en la cubierta.",
        "Una plataforma vecinal ha reunido más de seis mil firmas para que el mercado "
        "mantenga abierta al menos una parte de sus puestos durante las obras, y pedirá "
        "una reunión urgente con la consejería de comercio.",
        "El proyecto aprobado el jueves prevé además abrir una terraza en la planta alta "
        "del edificio y recuperar el antiguo reloj de la fachada, que lleva parado más "
        "de veinte años.",
        "Los hosteleros de la calle Mayor temen que el cierre reduzca el paso de clientes "
        "por el centro, y la asociación de comerciantes calcula que las ventas podrían "
        "caer una cuarta parte durante las obras.",
        "El ayuntamiento espera adjudicar los trabajos antes del verano, y la reapertura "
        "del mercado está prevista para la primavera de 2028 si no surgen problemas con "
        "la estructura del edificio.",
    ],
)

# name -> (headline, intro line of its own, first paragraph, last paragraph (0-based))
NEIGHBOURS = {
    "en": {
        "leader-view.txt": (
            "Why the baths had to go",
            "Our local democracy reporter watched the vote from the packed gallery.",
            5, 7,
        ),
        "campaign-next.txt": (
            "Campaigners turn to heritage listing",
            "What happens next for Harbour Street?",
            8, 10,
        ),
    },
    "de": {
        "buergermeister.txt": (
            "Warum der Rat so entschieden hat",
            "Unsere Reporterin war bei der Sitzung im Rathaus dabei.",
            5, 7,
        ),
        "initiative.txt": (
            "Skifahrer wollen ein Bürgerbegehren",
            "Wie geht es nun am Berg weiter?",
            8, 10,
        ),
    },
    "es": {
        "alcaldesa.txt": (
            "Por qué se cierra el mercado",
            "Nuestra redactora siguió el pleno desde la tribuna del público.",
            5, 7,
        ),
        "plataforma.txt": (
            "Los vecinos piden mantener puestos",
            "¿Qué pasará ahora en la calle Mayor?",
            8, 10,
        ),
    },
}


def write_neighbours(folder: Path, language: str) -> list[Path]:
    """The wire's page and two rewrites of neighbouring runs of it, each under a headline and
    an intro line of its own (:data:`NEIGHBOURS`)."""
    return write_story(folder, language, NEIGHBOURS)


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_rewrites_of_neighbouring_runs_with_nothing_across_their_seam_join_the_wire(
    tmp_path: Path, language: str
) -> None:
    paths = write_neighbours(tmp_path / "story", language)
    everything = sorted(path.name for path in paths)
    seen: list[object] = []
    for order in (paths, paths[::-1]):
        db = tmp_path / f"{len(seen)}.db"
        clipper("dedupe", "--db", str(db), "--workers", "1", *map(str, order))
        seen.append(clusters(db))
    # one page a run, the rewrites first
    db = tmp_path / "nightly.db"
    for path in paths[::-1]:
        clipper("dedupe", "--db", str(db), "--workers", "1", str(path))
    seen.append(clusters(db))
    assert seen[0] == ([everything], "wire.txt")
    assert seen[1] == seen[0]
    assert seen[2] == seen[0]


def test_two_pieces_side_by_side_each_under_an_opening_of_its_own_are_one_texts_runs() -> None:
    # page 1 of 400 words holds page 2 (words 160-260) and page 3 (260-370) side by side,
    # each only contained in it and not matching each other; the sixth entry of an edge is
    # how many words of its own the piece opens with above what page 1 carries
    rules = Rules()
    words = {1: 400, 2: 100, 3: 110}

    def compilation(lead_2: int | None, lead_3: int | None) -> bool:
        links = links_of_edges([(2, 1, 0.3, 1.0, 160, lead_2), (3, 1, 0.3, 1.0, 260, lead_3)])

        def links_of(page: int) -> list[Link]:
            return links.get(page, [])

        return is_compilation(1, links_of, words.__getitem__, rules)

    # a roundup carries its items from their first line
    assert compilation(0, 0)
    # an item's page opening with its headline unread (4 words) beside one carried whole
    assert compilation(4, 0)
    assert compilation(0, 9)
    # matches stored before their lead was (None): read as carried from the first line
    assert compilation(None, None)
    assert compilation(None, 9)
    # both under an intro line of their own: two rewrites' runs of page 1's text
    assert not compilation(9, 7)
    assert not compilation(rules.own_opening, rules.own_opening)
    assert compilation(rules.own_opening - 1, rules.own_opening)
