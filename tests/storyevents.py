"""Invented local events for the story tests: for each, a report from an outlet named for the
place ("Carver County Ledger", carvercountyledger.example), a feature on the event from
another outlet the next day (its own people and scenes, the event's names and places), and a
report of another event in the same place that week (which must stay a story of its own).
Every text is invented for clipper's tests.  :func:`night_stories` runs records through a
night and reads their stories back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from click.testing import CliRunner

from clipper.cli import cli
from clipper.stories.termvector import Vector


def night_stories(folder: Path, records: list[dict[str, Any]], name: str = "s") -> dict[str, int]:
    """url → story id after one night (``clipper dedupe`` of ``records`` as JSON Lines into a
    fresh archive ``folder/name.db``)."""
    night = folder / f"{name}.jsonl"
    night.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    db = str(folder / f"{name}.db")
    runner = CliRunner()
    ran = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(night)])
    assert ran.exit_code == 0, ran.output
    exported = runner.invoke(cli, ["export", "--db", db])
    assert exported.exit_code == 0, exported.output
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(rows) == len(records)
    return {row["url"]: row["story_id"] for row in rows}


def three_stories(folder: Path, records: list[dict[str, Any]], order: str) -> tuple[int, ...]:
    """The story ids of ``records`` (a report, a second reporter's account, another event) in
    their own order, after one night of them in ``order`` ("forward" or "backward")."""
    story = night_stories(folder, records if order == "forward" else records[::-1], order)
    return tuple(story[r["url"]] for r in records)


def assert_one_story_and_another(folder: Path, records: list[dict[str, Any]], order: str) -> None:
    """That ``records`` (a report, a second reporter's account, another event there) stored in
    ``order`` make the report and the account one story and the other event another."""
    report, feature, other = three_stories(folder, records, order)
    assert report == feature
    assert other != report


def cosine(a: Vector, b: Vector) -> float:
    """The cosine of two story vectors (unit length): their weights' products over the terms
    both hold."""
    _, ia, ib = np.intersect1d(a.keys, b.keys, return_indices=True)
    return float(np.dot(a.weights[ia].astype(np.float64), b.weights[ib].astype(np.float64)))


@dataclass(frozen=True)
class Article:
    site: str
    day: str  # YYYY-MM-DD
    title: str
    text: str


@dataclass(frozen=True)
class Event:
    language: str
    report: Article
    feature: Article
    other: Article  # another event in the same place that week


CARVER = Event(
    "en",
    Article(
        "carvercountyledger.example",
        "2026-11-09",
        "Carver County orders evacuations as Tamarack River tops Holloway Dam spillway",
        "Carver County emergency managers ordered about 2,300 residents of Linden Flats and "
        "Oxbow Bend to leave their homes on Monday after the Tamarack River poured over the "
        "spillway of the Holloway Dam.\n"
        "Engineers found water seeping through the dam's earthen embankment overnight and "
        "warned that a breach could flood low-lying streets within two hours.\n"
        "The Red Cross opened a shelter at the Carver County Fairgrounds, and the sheriff's "
        "office closed Route 14 between Linden Flats and the Oxbow Bend bridge.\n"
        "Crews were lowering the reservoir through the dam's outlet gates, but the National "
        "Weather Service forecast another two inches of rain by Wednesday.",
    ),
    Article(
        "prairieweekly.example",
        "2026-11-10",
        "A night on a cot at the fairgrounds, waiting to hear if the dam holds",
        "Ellen Marsh packed her insulin, two photo albums and the cat before the deputies "
        "knocked on her door in Linden Flats.\n"
        "By midnight she was lying awake on a cot in the livestock hall at the Carver County "
        "Fairgrounds, listening to rain drum on the metal roof and to the radio updates "
        "about the Holloway Dam.\n"
        "Volunteers served chili and handed out blankets while children chased each other "
        "between the rows. A farmer from Oxbow Bend had brought his three horses, which "
        "stood tied outside the show barn.\n"
        "Marsh has lived a mile below the Tamarack River for forty years and says she never "
        "thought about the dam until this week. She plans to stay at the shelter until the "
        "engineers say it is safe to go home.",
    ),
    Article(
        "carvercountyledger.example",
        "2026-11-11",
        "Carver County school board picks Denise Okafor as superintendent",
        "The Carver County school board on Wednesday named Denise Okafor, an assistant "
        "superintendent in Marlow, to lead the district's eleven schools from January.\n"
        "Board members voted 6-1 to offer Okafor a three-year contract at $168,000 a year, "
        "after a five-month search that drew 31 applicants.\n"
        "Okafor said her first priorities would be teacher vacancies and bus routes, which "
        "parents have criticised since the district closed two rural depots.\n"
        "The lone dissenting member said the board should have interviewed more internal "
        "candidates before deciding.",
    ),
)

SANTA_MARTA = Event(
    "es",
    Article(
        "santamartahoy.example",
        "2026-11-03",
        "Deslave en la sierra de Santa Marta sepulta doce viviendas en la colonia Las Palmas",
        "Un deslave provocado por las lluvias sepultó doce viviendas en la colonia Las Palmas "
        "de Santa Marta la madrugada del martes, informó la coordinación municipal de "
        "Protección Civil.\n"
        "Los cuerpos de rescate sacaron con vida a siete personas de entre el lodo; dos "
        "vecinos permanecen desaparecidos y la búsqueda continúa con perros entrenados.\n"
        "La alcaldía habilitó un albergue en el polideportivo Río Manzanares y pidió a las "
        "familias de las laderas evacuar sus casas mientras continúen las precipitaciones.\n"
        "El cerro presenta grietas de hasta cuarenta metros, según los geólogos que "
        "inspeccionaron la zona por la tarde.",
    ),
    Article(
        "elheraldodelacosta.example",
        "2026-11-04",
        '"Escuché el cerro crujir": vecinos de Las Palmas cuentan la noche del deslave',
        "Rosalba Pertuz despertó con un ruido que compara con un trueno que no terminaba. "
        "Alcanzó a sacar a sus dos hijas a la calle antes de que el lodo tapara la cocina.\n"
        "Ahora duerme en una colchoneta del polideportivo Río Manzanares, junto a otras "
        "cuarenta familias de Las Palmas que lo perdieron casi todo.\n"
        "Sus vecinos organizan turnos para cocinar sancocho y cuidar a los niños mientras los "
        "adultos vuelven a la ladera a buscar documentos y ropa entre los escombros.\n"
        "Muchos dicen que llevaban años pidiendo a Protección Civil que revisara las grietas "
        "del cerro en Santa Marta, y que nadie vino hasta que fue demasiado tarde.",
    ),
    Article(
        "santamartahoy.example",
        "2026-11-05",
        "El Concejo de Santa Marta aprueba el cobro de parqueo en el centro histórico",
        "El Concejo de Santa Marta aprobó el jueves, con once votos a favor y cuatro en "
        "contra, cobrar el estacionamiento en las calles del centro histórico a partir de "
        "febrero.\n"
        "La tarifa será de dos mil pesos por hora de lunes a sábado, y lo recaudado se "
        "destinará al mantenimiento de andenes y a la nueva ciclorruta de la avenida del "
        "Libertador.\n"
        "Los comerciantes del mercado público advirtieron que la medida alejará a los "
        "clientes, mientras que el alcalde defendió que liberará espacio para peatones.\n"
        "Los residentes del sector podrán solicitar un permiso anual con descuento.",
    ),
)

PONTA_GROSSA = Event(
    "pt",
    Article(
        "pontagrossaagora.example",
        "2026-11-17",
        "Rompimento de adutora deixa 40 mil moradores de Ponta Grossa sem água",
        "O rompimento de uma adutora da Sanepar na avenida Visconde de Taunay deixou cerca "
        "de quarenta mil moradores de Ponta Grossa sem água nesta segunda-feira.\n"
        "Segundo a companhia, a tubulação de oitocentos milímetros cedeu depois de obras de "
        "drenagem no trecho, e o conserto deve levar até três dias.\n"
        "Os bairros Uvaranas, Oficinas e Nova Rússia são os mais afetados. A prefeitura "
        "enviou caminhões-pipa para escolas, creches e o Hospital Regional.\n"
        "A Sanepar pediu que os moradores economizem a água das caixas até a normalização do "
        "abastecimento.",
    ),
    Article(
        "diariodoscamposgerais.example",
        "2026-11-18",
        "Baldes, filas e solidariedade: como Uvaranas enfrenta o segundo dia sem água",
        "Na esquina da rua Carlos Cavalcanti, dona Ivone Kloss espera com quatro baldes a "
        "vez de encher no caminhão-pipa que chegou às sete da manhã.\n"
        "Desde que a adutora da Sanepar rompeu, ela lava a louça com água da chuva e "
        "divide o que consegue com a vizinha de oitenta anos.\n"
        "Na escola municipal do bairro, as merendeiras improvisaram um cardápio de lanches "
        "frios, e a diretora liberou os alunos mais cedo.\n"
        "Um grupo de moradores de Uvaranas e Oficinas criou um grupo de mensagens para "
        "avisar onde há torneiras funcionando em Ponta Grossa.",
    ),
    Article(
        "pontagrossaagora.example",
        "2026-11-19",
        "Câmara de Ponta Grossa aprova reforma do Mercado Municipal",
        "A Câmara Municipal de Ponta Grossa aprovou nesta quarta-feira o projeto que "
        "autoriza a reforma do Mercado Municipal, fechado desde um incêndio há dois anos.\n"
        "A obra está orçada em doze milhões de reais e prevê novos boxes para produtores "
        "rurais, um restaurante popular e um estacionamento coberto.\n"
        "Os vereadores da oposição votaram contra por discordarem da concessão do espaço "
        "à iniciativa privada por vinte anos.\n"
        "A licitação deve ser publicada em janeiro.",
    ),
)

BAD_KREUZNACH = Event(
    "de",
    Article(
        "badkreuznachaktuell.example",
        "2026-11-24",
        "Hochwasser der Nahe: Bad Kreuznach sperrt Altstadt und Salinental",
        "Nach tagelangem Regen ist die Nahe in Bad Kreuznach über die Ufer getreten. Die "
        "Stadt sperrte am Montag die Altstadt rund um die Brückenhäuser und das Salinental.\n"
        "Der Pegel erreichte am Mittag 4,80 Meter, knapp einen Meter unter dem Rekord von "
        "1993. Feuerwehr und Technisches Hilfswerk pumpten Keller in der Mannheimer Straße "
        "leer.\n"
        "Rund 600 Anwohner wurden aufgefordert, ihre Häuser zu verlassen; in der Turnhalle "
        "am Kurpark wurde eine Notunterkunft eingerichtet.\n"
        "Der Wetterdienst erwartet erst ab Mittwoch ein Ende der Niederschläge.",
    ),
    Article(
        "naheblick.example",
        "2026-11-25",
        "Schlamm bis zur Theke: Ein Bäcker aus der Mannheimer Straße räumt auf",
        "Jürgen Feilbach steht in Gummistiefeln in seiner Backstube und schaufelt braunen "
        "Schlamm in eine Schubkarre. Am Montag stand das Hochwasser der Nahe hier hüfthoch.\n"
        "Der Ofen ist hinüber, die Mehlsäcke auch. Nachbarn und Stammkunden helfen beim "
        "Ausräumen, eine Schulklasse hat Kuchen vorbeigebracht.\n"
        "Die Nacht hat Feilbach mit seiner Frau in der Notunterkunft am Kurpark verbracht. "
        "Er will wieder öffnen, sagt er, aber erst muss ein Gutachter kommen.\n"
        "In der Mannheimer Straße in Bad Kreuznach stapeln sich vor fast jedem Haus nasse "
        "Möbel, Teppiche und Kartons.",
    ),
    Article(
        "badkreuznachaktuell.example",
        "2026-11-26",
        "Bad Kreuznach erhöht die Parkgebühren in der Innenstadt",
        "Der Stadtrat von Bad Kreuznach hat am Mittwochabend höhere Parkgebühren für die "
        "Innenstadt beschlossen. Eine Stunde kostet von März an 2,50 Euro statt 1,60 Euro.\n"
        "Mit den Mehreinnahmen will die Stadt einen kostenlosen Pendelbus zwischen dem "
        "Bahnhof und dem Kornmarkt finanzieren.\n"
        "Der Einzelhandelsverband kritisierte den Beschluss und warnte vor weniger Kunden. "
        "Anwohner können einen Parkausweis für 120 Euro im Jahr beantragen.",
    ),
)

LE_HAVRE = Event(
    "fr",
    Article(
        "lehavreinfo.example",
        "2026-12-01",
        "Grève des dockers : le port du Havre paralysé, 40 navires en attente",
        "Les dockers du Grand Port maritime du Havre ont cessé le travail lundi à l'appel de "
        "la CGT, pour protester contre le projet de réforme de leur régime de retraite.\n"
        "Aucun conteneur n'a été chargé ni déchargé au terminal de France et au terminal "
        "Porte Océane, et quarante navires attendent au large, selon la capitainerie.\n"
        "Le mouvement doit durer au moins quarante-huit heures. Les transporteurs routiers "
        "redoutent des files de camions sur le boulevard de Graville.\n"
        "La direction du port évalue les pertes à plusieurs millions d'euros par jour.",
    ),
    Article(
        "normandiematin.example",
        "2026-12-02",
        "Sur le boulevard de Graville, les chauffeurs routiers attendent la fin de la grève",
        "Cela fait trente heures que Karim Benslimane dort dans la cabine de son camion, "
        "garé le long du boulevard de Graville avec un conteneur vide sur la remorque.\n"
        "Comme lui, des dizaines de chauffeurs attendent que les dockers reprennent le "
        "travail au terminal Porte Océane. Ils partagent des thermos de café et suivent les "
        "nouvelles de la CGT sur leurs téléphones.\n"
        "Un restaurant routier a prolongé ses horaires pour eux. Le patron dit n'avoir "
        "jamais vu une telle file depuis la grève de 2010.\n"
        "Karim sera payé à la course : chaque journée perdue au Havre lui coûte cher.",
    ),
    Article(
        "lehavreinfo.example",
        "2026-12-03",
        "Le Havre inaugure sa troisième ligne de tramway vers Montivilliers",
        "La ville du Havre a inauguré mercredi la ligne C du tramway, qui relie la gare à "
        "Montivilliers en vingt-cinq minutes et dessert quatorze nouvelles stations.\n"
        "Le chantier a coûté 260 millions d'euros, financés par la communauté urbaine, "
        "l'État et la région Normandie.\n"
        "Les rames circuleront toutes les sept minutes en semaine. Les commerçants de "
        "Montivilliers espèrent attirer de nouveaux clients venus du centre.",
    ),
)

EVENTS = (CARVER, SANTA_MARTA, PONTA_GROSSA, BAD_KREUZNACH, LE_HAVRE)
