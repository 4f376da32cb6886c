"""A story several watchlists follow is shown in full under the one its headline names, then
its lead, then the strongest match, then the first by name; the others list it in one line
saying where ("in full under … above" or "below"), in text, HTML, JSON and Atom
(:mod:`clipper.digest.filing`; newcomer 48a #11: it went under the first watchlist
alphabetically, one whose name only the body held).  Invented articles in Turkish, Spanish and
Indonesian."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from clipper.digest.filing import Follower, filed_under
from clipper.digest.matching import Document
from clipper.searchquery import parse_query
from tests.conftest import cli_ok

HANGAR = [
    "Türk Hava Yolları, Ankara'daki teknik üssüne geniş gövdeli uçaklar için yeni bir bakım "
    "hangarı yapacağını salı günü duyurdu.",
    "Şirketin açıklamasına göre hangar 2028 yılında hizmete girecek ve 600 teknisyene iş "
    "sağlayacak; yatırımın tutarı 4,2 milyar lira.",
    "THY teknik biriminin genel müdürü, yeni hangarın bakım sürelerini üçte bir kısaltacağını "
    "ve yabancı havayollarına da hizmet verileceğini söyledi.",
    "Hangarda aynı anda iki geniş gövdeli uçağa ağır bakım yapılabilecek, boya atölyesi ve "
    "motor test hücresi de kurulacak.",
    "Yeni tesisin parçaları kış aylarında deniz yoluyla getirilecek ve İzmir Havalimanı "
    "üzerinden taşınacak.",
]
PUERTO = [
    "La autoridad portuaria de Valdemar aprobó el lunes la ampliación de la terminal de "
    "contenedores del muelle sur, que ganará cuarenta hectáreas al mar.",
    "Las obras costarán 310 millones de euros y durarán tres años; la naviera Alcotán será "
    "la primera en usar el nuevo muelle.",
    "Alcotán, que ya opera dos líneas semanales con Alcotán Express, prevé duplicar sus "
    "escalas, y Alcotán calcula que moverá medio millón de contenedores más al año.",
    "Los vecinos de la playa de Poniente han pedido un estudio de impacto sobre las corrientes "
    "y la arena antes de que empiecen las obras del puerto.",
    "El ferrocarril de mercancías llegará al muelle por una vía nueva de seis kilómetros "
    "paralela a la carretera del faro.",
]


def _records(folder: Path) -> Path:
    folder.mkdir()
    records = [
        {
            "url": f"https://{site}/haber/thy-hangar",
            "title": "THY Ankara'ya yeni bakım hangarı kuruyor",
            "maintext": "\n\n".join(HANGAR),
            "date_publish": "2026-12-06T09:00:00Z",
        }
        for site in ("gok-haber.example", "kanat-gazete.example")
    ] + [
        {
            "url": f"https://{site}/noticias/ampliacion-terminal",
            "title": "Valdemar amplía la terminal de contenedores del muelle sur",
            "maintext": "\n\n".join(PUERTO),
            "date_publish": "2026-12-06T10:00:00Z",
        }
        for site in ("diario-valdemar.example", "costa-hoy.example")
    ]
    path = folder / "night.jsonl"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("filing")
    db = str(folder / "a.db")
    cli_ok(db, "dedupe", "--workers", "1", str(_records(folder / "night")))
    # "Airport" comes first by name and its word is only in the Turkish body; "Turkish
    # Airlines" is in the headline ("THY").  For the Spanish story neither watch is in the
    # headline or lead: "Alcotan" (three times in the body) is stronger than "Poniente" (once).
    cli_ok(db, "watch", "add", "Airport", "havalimanı OR airport OR Poniente")
    cli_ok(db, "watch", "add", "Turkish Airlines", 'THY OR "Türk Hava Yolları"')
    cli_ok(db, "watch", "add", "Shipping", "Alcotán")
    return db


def _digest(db: str, fmt: str) -> str:
    return str(
        cli_ok(db, "digest", "--no-record", "--since", "3650d", "--format", fmt, "-o", "-").output
    )


def _by_headline(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {story["headline"]: story for group in document["groups"] for story in group["stories"]}


def test_a_story_goes_under_the_watch_its_headline_names(archive: str) -> None:
    document = json.loads(_digest(archive, "json"))
    names = [group["name"] for group in document["groups"]]
    assert names == ["Airport", "Shipping", "Turkish Airlines"]
    stories = _by_headline(document)
    hangar = stories["THY Ankara'ya yeni bakım hangarı kuruyor"]
    assert hangar["filed_under"] == "Turkish Airlines"
    # neither watch's words in the headline or lead: the strongest match (three mentions)
    port = stories["Valdemar amplía la terminal de contenedores del muelle sur"]
    assert port["filed_under"] == "Shipping"
    text = _digest(archive, "text")
    airport = text.split("== Airport", 1)[1].split("== Shipping", 1)[0]
    # listed in one line under "Airport", in full below, under "Turkish Airlines"
    assert "in full under Turkish Airlines below" in " ".join(airport.split())
    assert "in full under Shipping below" in " ".join(airport.split())
    turkish = text.split("== Turkish Airlines", 1)[1]
    assert "Ankara" in turkish and "in full under" not in turkish
    shipping = text.split("== Shipping", 1)[1].split("== Turkish Airlines", 1)[0]
    assert "in full under" not in shipping


def test_every_format_files_it_alike(archive: str) -> None:
    html = _digest(archive, "html")
    assert "in full under" in html and "below" in html
    atom = _digest(archive, "atom")
    # the entry's first category is the watchlist it is filed under
    entry = atom.split("THY Ankara", 1)[1].split("</entry>", 1)[0]
    assert entry.index('term="Turkish Airlines"') < entry.index('term="Airport"')
    turkish_words = cli_ok(
        archive, "digest", "--no-record", "--since", "3650d", "--language", "tr", "-o", "-"
    ).output
    assert "tamamı aşağıda" in " ".join(turkish_words.split())


def _follower(name: str, query: str, body: str, language: str) -> Follower:
    return Follower(name, parse_query(query), Document.of(None, body, language))


def test_the_rule_headline_then_lead_then_strength_then_order() -> None:
    """Indonesian: each step decides only where the one before ties; the order of the groups
    decides last."""
    body = (
        "Bank Sentosa membuka cabang baru di Surabaya. Pelabuhan Tanjung Mas ramai. "
        "Bank Sentosa juga menambah mesin ATM, kata Bank Sentosa."
    )
    bank = _follower("Bank", "Sentosa", body, "id")
    port = _follower("Pelabuhan", "pelabuhan", body, "id")
    headline = "Pelabuhan Tanjung Mas diperluas"
    assert filed_under([bank, port], headline, "Lead tanpa nama.", "id") == "Pelabuhan"
    assert filed_under([bank, port], "Kabar ekonomi hari ini", "Bank Sentosa menambah.", "id") == (
        "Bank"
    )
    # neither in headline nor lead: three mentions against one
    assert filed_under([port, bank], "Kabar ekonomi", "Ringkasan.", "id") == "Bank"
    # a tie everywhere: the first group
    twice = _follower("Kedua", "Sentosa", body, "id")
    assert filed_under([twice, bank], "Kabar ekonomi", "Ringkasan.", "id") == "Kedua"
    assert filed_under([bank, twice], "Kabar ekonomi", "Ringkasan.", "id") == "Bank"
    # a term after NOT names nothing
    negated = _follower("Bukan", "Surabaya NOT pelabuhan", body, "id")
    assert filed_under([negated, port], "Pelabuhan baru", "Ringkasan.", "id") == "Pelabuhan"
