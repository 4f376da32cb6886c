"""``clipper rejections`` names the page's address where its origin does not (newcomer 39b,
finding 4): a WARC record's origin is ``crawl.warc.gz@23534``, a news-please record's
``night.jsonl:8``, and the plain-text line gave only that while ``--json`` carried the URL.
A line whose detail names the address already (a 404's, a redirect's) does not repeat it."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.clicommands import clipper, dedupe

SECTION = "https://diario-norte.example/economia/"
GONE = "https://diario-norte.example/sociedade/2026/12/03/apagada"
EMPTY_RECORD = "https://gazeta-sul.example/desporto/vitoria-em-casa"

ARTICLE = (
    "<html lang='pt-PT'><head><title>Câmara aprova orçamento com votos da oposição</title></head>"
    "<body><article><h1>Câmara aprova orçamento com votos da oposição</h1>"
    "<p>A assembleia municipal aprovou ontem o orçamento para o próximo ano com os votos "
    "favoráveis de dois partidos da oposição, depois de uma sessão que se prolongou até depois "
    "da meia-noite e em que foram discutidas mais de quarenta propostas de alteração.</p>"
    "<p>O presidente da câmara disse que o documento prevê a requalificação de três escolas e "
    "a construção de um novo centro de saúde na freguesia mais populosa do concelho.</p>"
    "</article></body></html>"
)
# a section's front: a list of links, no article
LISTING = (
    "<html lang='pt-PT'><head><title>Economia</title></head><body><ul>"
    + "".join(f"<li><a href='/economia/n{k}'>Notícia {k}</a></li>" for k in range(12))
    + "</ul></body></html>"
)


def _warc(path: Path) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, status, body in (
            ("https://diario-norte.example/politica/orcamento", "200 OK", ARTICLE),
            (SECTION, "200 OK", LISTING),
            (GONE, "404 Not Found", "<html><body><h1>Página não encontrada</h1></body></html>"),
        ):
            headers = StatusAndHeaders(
                status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body.encode()), http_headers=headers
            ))
    return path


def _records(path: Path) -> Path:
    path.write_text(
        json.dumps({"url": EMPTY_RECORD, "title": "Vitória em casa", "maintext": None,
                    "language": "pt"}) + "\n",
        encoding="utf-8",
    )
    return path


def test_a_rejected_records_line_names_its_address(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    warc, records = _warc(tmp_path / "night.warc.gz"), _records(tmp_path / "night.jsonl")
    dedupe(db, warc, records)
    lines = clipper("rejections", "--db", str(db)).splitlines()
    listing = next(line for line in lines if ": no-article " in line)
    # the record's origin, then the page it held: the address a user looks the page up by
    assert f"{warc}@" in listing
    assert " (https://diario-norte.example/economia): no-article " in listing
    empty = next(line for line in lines if ": no-body " in line)
    assert empty.startswith(f"  {records}:1 ({EMPTY_RECORD}): no-body ")
    # a 404's detail names its address: said once
    missing = next(line for line in lines if "warc-http-error" in line)
    assert missing.count("apagada") == 1
    # --json, as before: the address in its own field
    rows = [json.loads(line) for line in clipper("rejections", "--db", str(db), "--json")
            .splitlines()]
    assert {row["url"] for row in rows if row["reason"] in ("no-article", "no-body")} == {
        "https://diario-norte.example/economia", EMPTY_RECORD
    }


def test_one_pages_rejections_do_not_repeat_the_address_asked_for(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    dedupe(db, _warc(tmp_path / "night.warc.gz"))
    output = clipper("rejections", "--db", str(db), "--url", SECTION)
    line = next(line for line in output.splitlines() if "no-article" in line)
    assert "(https://" not in line
