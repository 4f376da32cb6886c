"""A copy naming the same people in another house style (titles, parties and states written
out or abbreviated: "Senator Ben Sasse, Republican of Nebraska" and "Sen. Ben Sasse, R-Neb.")
is a copy, not another instance of a template naming other people (a person named again
"Ms. Ostrander" in one, "Ostrander" in the other) (copies35: the Boston
Globe's and SFGate's copies of one Washington Post story in wire-syndication-texts were split
by the template-person rule, "senator" and "republican" written twice on one side, "sen", "r"
and "u" on the other).  Notices alike but for the person stay two instances.  Invented texts,
in English, Spanish and German."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.config import Config
from clipper.templatefills import two_instances
from tests.test_template_instances import _pair

# language -> (the story with {A}..{D} where the two styles differ, style 1, style 2)
STORIES = {
    "en": (
        "Lawmakers from both parties urged the president on Monday to take a harder line with "
        "the visiting prime minister over the shipping dispute, a day before the two leaders "
        "meet at the lakeside resort for talks that officials expect to last most of the day.\n\n"
        "\"Nobody should mistake a handshake for a deal, and nobody in this country wants one "
        "at any price,\" said {A}. \"We will be watching what is signed and what is not.\"\n\n"
        "{B}, who returned last week from a tour of the northern ports, said the crews he met "
        "there had lost a third of their work since the dispute began in the spring and feared "
        "that a quick agreement would leave the tariffs in place for another year.\n\n"
        "In Belgium and {C}, where the president stopped on his way to the talks, officials "
        "said they would follow the meeting closely, and several ministers warned that any "
        "deal on shipping would affect their own trade with the region.\n\n"
        "The talks are due to begin at 9 a.m. {D} with a private meeting of the two leaders, "
        "followed by a working lunch with their delegations and a joint news conference in "
        "the early evening, according to the schedule released by the White House.\n\n"
        "{A2} said later that the Senate would hold hearings on any agreement before it could "
        "take effect, and {B2} added that the committee had already asked for the documents "
        "the negotiators had exchanged over the past six months.\n\n"
        "Officials on both sides played down hopes of a breakthrough, saying the meeting was a "
        "chance to set out positions rather than to settle the dispute, which has cost ports "
        "on both coasts hundreds of millions of dollars in lost trade since the spring.",
        {
            "A": "Senator Maria Ostrander, Democrat of Vermont",
            "B": "Senator Paul Kettering, Republican of Ohio",
            "C": "Britain",
            "D": "Eastern time",
            "A2": "Ms. Ostrander",
            "B2": "Mr. Kettering",
        },
        {
            "A": "Sen. Maria Ostrander, D-Vt.",
            "B": "Sen. Paul Kettering, R-Ohio",
            "C": "the United Kingdom",
            "D": "EDT",
            "A2": "Ostrander",
            "B2": "Kettering",
        },
    ),
    "es": (
        "Legisladores de los dos partidos pidieron el lunes al presidente que fuera más firme "
        "con el primer ministro visitante en la disputa sobre el transporte marítimo, un día "
        "antes de que ambos se reúnan en el balneario del lago para unas conversaciones que "
        "durarán casi toda la jornada.\n\n"
        "\"Nadie debería confundir un apretón de manos con un acuerdo, y nadie en este país "
        "quiere uno a cualquier precio\", dijo {A}. \"Vigilaremos lo que se firme y lo que "
        "no\".\n\n"
        "{B}, que regresó la semana pasada de una gira por los puertos del norte, afirmó que "
        "las tripulaciones habían perdido un tercio de su trabajo desde la primavera y temían "
        "que un acuerdo rápido dejara los aranceles en vigor un año más.\n\n"
        "En Bélgica y {C}, donde el presidente hizo escala camino de la cumbre, los gobiernos "
        "dijeron que seguirían la reunión de cerca, y varios ministros advirtieron de que "
        "cualquier pacto afectaría a su propio comercio con la región.\n\n"
        "Las conversaciones empezarán a las 9 de la mañana, {D}, con un encuentro privado de "
        "los dos dirigentes, seguido de un almuerzo de trabajo con las delegaciones y una "
        "rueda de prensa conjunta al final de la tarde.\n\n"
        "{A2} dijo más tarde que el Senado celebraría audiencias sobre cualquier acuerdo antes "
        "de que entrara en vigor, y {B2} añadió que la comisión ya había pedido los documentos "
        "intercambiados por los negociadores durante los últimos seis meses.\n\n"
        "Los funcionarios de ambas partes rebajaron las expectativas, y dijeron que la "
        "reunión servía para fijar posiciones más que para resolver una disputa que ha "
        "costado a los puertos cientos de millones de dólares desde la primavera.",
        {
            "A": "la senadora Lucía Arrieta, del Partido Liberal por Antioquia",
            "B": "el senador Mateo Quiroga, del Partido Conservador por Boyacá",
            "C": "el Reino Unido",
            "D": "hora de Bogotá",
            "A2": "La señora Arrieta",
            "B2": "el señor Quiroga",
        },
        {
            "A": "la Sen. Lucía Arrieta (PL-Ant.)",
            "B": "el Sen. Mateo Quiroga (PC-Boy.)",
            "C": "Gran Bretaña",
            "D": "COT",
            "A2": "Arrieta",
            "B2": "Quiroga",
        },
    ),
    "de": (
        "Abgeordnete beider Lager haben den Präsidenten am Montag aufgefordert, gegenüber dem "
        "Premierminister im Streit um die Schifffahrt härter aufzutreten, einen Tag bevor "
        "sich beide im Hotel am See zu Gesprächen treffen, die fast den ganzen Tag dauern "
        "sollen.\n\n"
        "\"Niemand sollte einen Händedruck mit einer Einigung verwechseln, und niemand in "
        "diesem Land will eine um jeden Preis\", sagte {A}. \"Wir werden genau hinsehen, was "
        "unterschrieben wird und was nicht.\"\n\n"
        "{B}, der vergangene Woche von einer Reise durch die Häfen im Norden zurückkehrte, "
        "sagte, die Besatzungen hätten seit dem Frühjahr ein Drittel ihrer Arbeit verloren "
        "und fürchteten, dass eine schnelle Einigung die Zölle ein weiteres Jahr bestehen "
        "lasse.\n\n"
        "In Belgien und {C}, wo der Präsident auf dem Weg zum Gipfel Station machte, hieß es, "
        "man werde das Treffen genau verfolgen, und mehrere Minister warnten, jede Einigung "
        "berühre auch ihren eigenen Handel mit der Region.\n\n"
        "Die Gespräche beginnen um 9 Uhr {D} mit einem Treffen der beiden Politiker unter "
        "vier Augen, danach folgen ein Arbeitsessen mit den Delegationen und am frühen Abend "
        "eine gemeinsame Pressekonferenz.\n\n"
        "{A2} sagte später, der Bundestag werde jede Vereinbarung prüfen, bevor sie in Kraft "
        "trete, und {B2} fügte hinzu, der Ausschuss habe die Unterlagen der Unterhändler aus "
        "den vergangenen sechs Monaten bereits angefordert.\n\n"
        "Beide Seiten dämpften die Erwartungen und sagten, das Treffen diene dazu, Positionen "
        "abzustecken, nicht den Streit beizulegen, der die Häfen an beiden Küsten seit dem "
        "Frühjahr Hunderte Millionen Euro gekostet habe.",
        {
            "A": "die Bundestagsabgeordnete Katrin Vogler, Sozialdemokratin aus Niedersachsen",
            "B": "der Bundestagsabgeordnete Jonas Ehrhardt, Christdemokrat aus Sachsen",
            "C": "Großbritannien",
            "D": "Ortszeit",
            "A2": "Frau Vogler",
            "B2": "Herr Ehrhardt",
        },
        {
            "A": "die Abg. Katrin Vogler (SPD-Nds.)",
            "B": "der Abg. Jonas Ehrhardt (CDU-Sa.)",
            "C": "dem Vereinigten Königreich",
            "D": "MEZ",
            "A2": "Vogler",
            "B2": "Ehrhardt",
        },
    ),
}


def styled(language: str, style: int) -> str:
    story, *styles = STORIES[language]
    return story.format(**styles[style])


@pytest.mark.parametrize("language", sorted(STORIES))
def test_one_story_in_two_house_styles_is_no_template_instance(language: str) -> None:
    first, second = styled(language, 0), styled(language, 1)
    assert not two_instances(*_pair(first, second), Config().match)
    assert not two_instances(*_pair(second, first), Config().match)
    # the story about two other people in the same style is another report, as before: the
    # people named where the two differ are others, the titles alike
    story, one, _ = STORIES[language]
    others = dict(one)
    for old, new in (("Ostrander", "Whitcombe"), ("Maria", "Joan"), ("Kettering", "Lindqvist"),
                     ("Paul", "Eric"), ("Arrieta", "Salcedo"), ("Lucía", "Rosa"),
                     ("Quiroga", "Benítez"), ("Mateo", "Tomás"), ("Vogler", "Brandstätter"),
                     ("Katrin", "Heike"), ("Ehrhardt", "Kowalczyk"), ("Jonas", "Lars")):
        others = {key: value.replace(old, new) for key, value in others.items()}
    assert two_instances(*_pair(first, story.format(**others)), Config().match)


def test_one_story_in_two_house_styles_is_one_cluster_in_any_order(tmp_path: Path) -> None:
    records = []
    for language in sorted(STORIES):
        for style in (0, 1):
            records.append({
                "url": f"https://site{style}.example/{language}/story",
                "title": f"Leaders meet over shipping ({language})",
                "language": language,
                "text": styled(language, style),
            })
    seen: list[list[list[str]]] = []
    for order in (records, records[::-1]):
        dump = tmp_path / f"{len(seen)}.jsonl"
        dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in order))
        db = tmp_path / f"{len(seen)}.db"
        result = CliRunner().invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", str(dump)])
        assert result.exit_code == 0, result.output
        output = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl"]).output
        clusters: dict[int, list[str]] = {}
        for line in output.splitlines():
            page = json.loads(line)
            clusters.setdefault(page["cluster_id"], []).append(page["url"])
        seen.append(sorted(sorted(urls) for urls in clusters.values()))
    assert seen[0] == [
        [f"https://site0.example/{language}/story", f"https://site1.example/{language}/story"]
        for language in sorted(STORIES)
    ]
    assert seen[1] == seen[0]
