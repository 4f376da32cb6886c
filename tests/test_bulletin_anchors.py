"""A bulletin read by two presenters (newcomer 33 finding 4): every anchor's turn may open an
item, not only the first speaker's; the sound cues of every language that mark a break split
("[Cortina musical]", "[Vinheta]", "[Trenner]"); the station's greeting, idents and sign-off
are no item; a short item's rejection states one threshold.  Its items are titled by their
first sentence, sited by the station and listed by their broadcast time (finding 8).

Every fixture is invented: a Spanish, a Portuguese and a German station, and an English one
whose presenters are named, not given a role.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from clipper.cli import cli
from clipper.config import ITEM_TITLE_WORDS, ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from clipper.read.bulletins import anchors, broadcast_site, broadcast_time, item_title
from clipper.read.transcripts import Segment, cue_kind, ident, idents

# --- Spanish: LOCUTOR and LOCUTORA alternate, a correspondent, cortinas between some items

ES_BANK = (
    "El Banco Central Andino subió su tasa de referencia al siete coma cinco por ciento, la "
    "tercera alza del año, para frenar una inflación que ya supera el nueve por ciento."
)
ES_BANK_MORE = (
    "Según el BCA, los precios de los alimentos subieron un doce por ciento en noviembre y "
    "la próxima reunión será en enero."
)
ES_FLOOD = (
    "En Bolivia, el río Piraí se desbordó en tres municipios de Santa Cruz y dejó más de "
    "dos mil familias damnificadas. Nuestra corresponsal Lucía Quispe está en Montero."
)
ES_FLOOD_REPORT = (
    "Así es, buenos días. En Montero el agua llega a la cintura en los barrios del norte y "
    "los bomberos evacúan a los vecinos en botes desde la madrugada."
)
ES_CYCLING = (
    "Ciclismo: la colombiana Daniela Rincón ganó la etapa reina de la Vuelta a Guatemala y "
    "viste el maillot de líder a dos días del final de la carrera."
)
ES_WEATHER = (
    "El pronóstico para este viernes anuncia lluvias fuertes en la costa norte, con vientos "
    "de hasta sesenta kilómetros por hora y temperaturas en descenso."
)
ES_GREETING = (
    "Muy buenos días. Son las siete de la mañana y usted escucha Radio Cordillera Noticias, "
    "siempre con usted."
)
ES_BULLETIN = f"""Radio Cordillera Noticias - Informativo de las 7:00 - 3 de diciembre de 2026

00:00:00 [Cortina musical]
00:00:03 LOCUTOR: {ES_GREETING}
00:00:10 LOCUTOR: {ES_BANK}
00:00:35 LOCUTOR: {ES_BANK_MORE}
00:00:48 [Ráfaga]
00:00:51 LOCUTORA: {ES_FLOOD}
00:01:10 CORRESPONSAL: {ES_FLOOD_REPORT}
00:01:32 [Cortina musical]
00:01:35 LOCUTOR: {ES_CYCLING}
00:01:55 LOCUTORA: {ES_WEATHER}
00:02:12 LOCUTOR: Hasta aquí el informativo de Radio Cordillera. Volvemos en una hora.
00:02:17 [Cortina musical]
"""

# --- Portuguese: APRESENTADOR and APRESENTADORA, a reporter, vinhetas

PT_PORT = (
    "O porto de Itajaí bateu recorde de movimentação em novembro, com mais de cento e "
    "vinte mil contêineres, puxado pelas exportações de carne de frango."
)
PT_PORT_REPORT = (
    "Bom dia. Os estivadores trabalharam em três turnos e a fila de navios chegou a onze "
    "embarcações na barra do rio Itajaí-Açu."
)
PT_SCHOOL = (
    "A prefeitura de Joinville anunciou que as aulas da rede municipal terminam no dia "
    "dezoito, por causa da reforma de vinte e duas escolas durante as férias."
)
PT_FOOTBALL = (
    "No esporte, o Figueirense venceu o Avaí por um a zero no clássico de Florianópolis e "
    "deixou a zona de rebaixamento da Série B."
)
PT_BULLETIN = f"""Rádio Litoral - Jornal da Manhã - 3 de dezembro de 2026

00:00:00 [Vinheta]
00:00:04 APRESENTADOR: Bom dia. Você ouve a Rádio Litoral, a sua companhia no litoral catarinense.
00:00:10 APRESENTADOR: {PT_PORT}
00:00:30 REPÓRTER: {PT_PORT_REPORT}
00:00:48 APRESENTADORA: {PT_SCHOOL}
00:01:05 [Vinheta]
00:01:08 APRESENTADOR: {PT_FOOTBALL}
00:01:25 APRESENTADORA: Este foi o Jornal da Manhã. Até a próxima.
"""

# --- German: MODERATOR and MODERATORIN, a Trenner between two items

DE_TRAIN = (
    "Die Bahnstrecke zwischen Kiel und Lübeck bleibt nach dem Sturm bis Sonntag gesperrt. "
    "Zwischen Plön und Eutin fahren Ersatzbusse im Stundentakt."
)
DE_HARBOUR = (
    "Der Hafen von Rostock hat im November so viele Fähren abgefertigt wie nie zuvor, vor "
    "allem nach Schweden und Dänemark."
)
DE_HANDBALL = (
    "Im Handball hat der THW Kiel das Nordderby gegen Flensburg mit dreißig zu siebenundzwanzig "
    "gewonnen und bleibt Tabellenzweiter."
)
DE_BULLETIN = f"""Radio Förde - Nachrichten 9 Uhr - 3. Dezember 2026

[Musik]
MODERATOR: Guten Morgen. Sie hören Radio Förde.
MODERATOR: {DE_TRAIN}
MODERATORIN: {DE_HARBOUR}
[Trenner]
MODERATOR: {DE_HANDBALL}
MODERATORIN: Das waren die Nachrichten. Bis morgen.
"""

BULLETINS = {
    "es": ("radio_cordillera_0700_2026-12-03.txt", ES_BULLETIN,
           [f"{ES_BANK}\n{ES_BANK_MORE}", f"{ES_FLOOD}\n{ES_FLOOD_REPORT}", ES_CYCLING,
            ES_WEATHER]),
    "pt": ("radio_litoral_0600_2026-12-03.txt", PT_BULLETIN,
           # the reporter's "Bom dia." is no news: left out, no seam
           [f"{PT_PORT}\n{PT_PORT_REPORT.removeprefix('Bom dia. ')}", PT_SCHOOL, PT_FOOTBALL]),
    "de": ("foerde_0900_2026-12-03.txt", DE_BULLETIN, [DE_TRAIN, DE_HARBOUR, DE_HANDBALL]),
}


def read(*paths: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    pages = list(read_pages(paths, ReadLimits(), rejected.append))
    return pages, rejected


@pytest.mark.parametrize("language", sorted(BULLETINS))
def test_every_anchor_opens_items_and_the_greeting_and_sign_off_are_no_item(
    tmp_path: Path, language: str
) -> None:
    name, text, expected = BULLETINS[language]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    pages, rejected = read(path)
    assert rejected == []
    # one item a story: the second presenter's turns open items as the first's do, the
    # cortina, vinheta or Trenner splits, the greeting, ident and sign-off are in none
    assert [p.body for p in pages] == expected
    assert [p.origin for p in pages] == [
        f"{path}, item {n} of the bulletin" for n in range(1, len(expected) + 1)
    ]


def test_presenters_without_roles_are_the_speakers_who_open_items(tmp_path: Path) -> None:
    flood = (
        "The river Wendle burst its banks at Aldermoor overnight, flooding forty homes and "
        "closing the main road into town until at least Friday."
    )
    report = (
        "The water was knee-deep on the high street by three o'clock, and volunteers have "
        "been filling sandbags at the fire station since midnight."
    )
    budget = (
        "The district council has set next year's budget at ninety million pounds, with the "
        "library service spared the cuts that were proposed in the summer."
    )
    market = (
        "The covered market at Tolleston will open on Sundays from January, after a trial "
        "over the autumn doubled the number of visitors."
    )
    bridge = (
        "Repairs to the old toll bridge at Fenby will start in March and close it to lorries "
        "for six weeks, the highways department says."
    )
    path = tmp_path / "valleysound_0800_2026-12-03.txt"
    path.write_text(
        "Valley Sound - Breakfast News - 3 December 2026\n\n"
        "[Sting]\n"
        f"MARY KENT: {flood}\n"
        f"REPORTER: {report}\n"
        "[Sting]\n"
        f"JOHN OKAFOR: {budget}\n"
        f"MARY KENT: {market}\n"
        f"JOHN OKAFOR: {bridge}\n",
        encoding="utf-8",
    )
    pages, rejected = read(path)
    assert rejected == []
    # Mary Kent opens the bulletin, John Okafor an item after a sting: both are anchors
    assert [p.body for p in pages] == [f"{flood}\n{report}", budget, market, bridge]


def test_anchor_roles_of_every_language_are_anchors_and_reporters_never() -> None:
    labels = ["LOCUTOR", "LOCUTORA", "PRESENTADORA", "CONDUCTOR", "APRESENTADORA", "ANCHOR",
              "PRÉSENTATRICE", "Moderatorin", "SPRECHER", "CONDUTTRICE", "ВЕДУЩАЯ", "المذيعة"]
    others = ["CORRESPONSAL", "REPÓRTER", "REPORTER", "Korrespondentin", "JOURNALISTE", "GUEST"]
    segments = [Segment("x", speaker=label, turn=True) for label in [*others, *labels]]
    assert anchors(segments) == frozenset(label.casefold() for label in labels)


def test_the_break_cues_of_every_language_split() -> None:
    cues = ["[Cortina musical]", "[Cortina]", "[Ráfaga]", "(Ráfaga musical)", "[Sintonía]",
            "[Vinheta]", "[Sobe som]", "[Jingle]", "[Virgule sonore]", "[Trenner]", "[Musik]",
            "[Musikakzent]", "[Musical sting]", "[Stacchetto]"]
    assert [cue for cue in cues if cue_kind(cue) != "break"] == []


def test_greetings_idents_and_sign_offs_are_no_news() -> None:
    lines = ["Muy buenos días. Son las ocho de la mañana y usted escucha Radio Andes.",
             "Buenos días, estas son las noticias de Radio Sol.",
             "Hasta aquí el informativo. Volvemos a las nueve de la noche.",
             "Esto fue Radio Sol.", "Você ouve a Rádio Litoral.", "Até a próxima.",
             "Boa noite. Começa agora o Jornal Sul.", "Este foi o Jornal da Manhã.",
             "Das waren die Nachrichten. Bis morgen.", "Bonsoir. Il est vingt heures.",
             "Thanks for listening.", "È tutto, a domani."]
    assert [line for line in lines if not ident(line)] == []
    # a sign-off's words opening news are news
    for news in ("Esto fue lo que dijo el ministro ante el Congreso.",
                 "Este foi o maior recorde da história do porto de Itajaí."):
        assert not ident(news)


def test_the_news_after_a_greeting_on_its_line_is_kept() -> None:
    # the greeting goes, the news stays; a greeting before news is news ("Bonsoir, le …")
    assert idents("Muy buenos días. El Senado aprobó ayer la ley de aguas.") == (
        True, "El Senado aprobó ayer la ley de aguas.", False
    )
    assert not ident("Buenas tardes, el Senado aprobó ayer la ley de aguas.")
    assert not ident("Bonsoir, le gouvernement a annoncé une hausse du smic.")


def test_a_short_items_rejection_states_one_threshold(tmp_path: Path) -> None:
    path = tmp_path / "radio_sol_1200_2026-12-03.txt"
    path.write_text(
        "Radio Sol - Noticias del mediodía - 3 de diciembre de 2026\n\n"
        f"[Cortina musical]\nLOCUTORA: {ES_CYCLING}\n"
        "[Cortina musical]\nLOCUTOR: Mañana no habrá clases en Tarija por el paro docente.\n"
        f"[Cortina musical]\nLOCUTORA: {ES_WEATHER}\n",
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'sol.db'}"
    result = run(db, "dedupe", "--workers", "1", str(path))
    assert result.exit_code == 0, result.output
    rejected = run(db, "rejections").output
    line = next(line for line in rejected.splitlines() if "item 2 of the bulletin" in line)
    why = line.split("too-short", 1)[1]
    assert "of 10 words" in why and "15" in why
    assert "25" not in why and "< " not in why  # not an article's threshold beside it


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "160"})
    assert "Traceback" not in result.output, result.output
    return result


def test_items_are_titled_sited_and_listed_by_their_broadcast_time(tmp_path: Path) -> None:
    path = tmp_path / "radio_cordillera_0700_2026-12-03.txt"
    path.write_text(ES_BULLETIN, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'radio.db'}"
    assert run(db, "dedupe", "--workers", "1", str(path)).exit_code == 0
    listed = run(db, "clusters", "--json", "--sort", "recent").output
    rows = [json.loads(line) for line in listed.splitlines() if line.strip()]
    assert len(rows) == 4
    # no "(untitled)": the item's first sentence, cut to a headline's length
    assert {row["title"] for row in rows} == {
        "El Banco Central Andino subió su tasa de referencia al siete coma cinco…",
        "En Bolivia, el río Piraí se desbordó en tres municipios de Santa Cruz…",
        "Ciclismo: la colombiana Daniela Rincón ganó la etapa reina de la Vuelta a Guatemala…",
        "El pronóstico para este viernes anuncia lluvias fuertes en la costa norte",
    }
    # the station is the site; the broadcast's time, not the archive's, is when it was seen
    for row in rows:
        assert row["site"] == "radio cordillera noticias"
        assert row["seen_as"] == "published"
        assert row["first_seen"].startswith("2026-12-03T07:00")
    shown = run(db, "clusters").output
    # a broadcast time given without a zone is marked as on no clock (newcomer 46, finding 2)
    assert "(untitled)" not in shown and "2026-12-03 07:00 ? P" in shown


def test_item_titles_are_first_sentences_cut_to_a_headlines_length() -> None:
    assert item_title(f"{ES_WEATHER}\nMás texto.") == (
        "El pronóstico para este viernes anuncia lluvias fuertes en la costa norte"
    )
    assert item_title("Un sismo sacudió Arequipa. Hubo daños.") == "Un sismo sacudió Arequipa."
    # cut after its 14th word, not on an article or a preposition
    title = item_title(ES_BANK)
    assert title == "El Banco Central Andino subió su tasa de referencia al siete coma cinco…"
    assert len(title.split()) <= ITEM_TITLE_WORDS


def test_the_station_and_the_hour_come_from_the_header_and_the_file_name() -> None:
    header = ["Radio Sur - Edición del mediodía - 4 de diciembre de 2026"]
    # the header's day, the file name's hour of the same day
    assert broadcast_time(header, "radio_sur_1300_2026-12-04.txt") == "2026-12-04T13:00"
    assert broadcast_time(header, "radio_sur_1300_2026-12-05.txt") == "2026-12-04"
    assert broadcast_site(header, "x.txt") == "Radio Sur"
    assert broadcast_site([], "radio_andina_0800_2026-12-04.txt") == "radio andina"
    assert broadcast_site([], "interview.txt") is None
