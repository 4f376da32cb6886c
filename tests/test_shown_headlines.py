"""``show`` names the canonical page's own headline when the cluster's headline stands above it,
and tells a copy's headline against the headline shown (newcomer 35, finding 6), on invented
Portuguese and German texts.

The cluster's headline (clipper.headlines) can be its copies' rather than the canonical page's
own: ``show`` printed it under the canonical's address and never the page's own, and every copy
whose headline IS the one shown said "headline changed" (it was compared with the hidden own
headline), and a copy whose headline differed by its accents alone said so too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper import browse
from clipper.archive import open_archive
from clipper.config import Config
from clipper.pipeline import dedupe
from clipper.showtext import cluster

PT_TEXT = [
    "O Governo aprovou hoje em Conselho de Ministros um plano nacional para a gestão da água "
    "nas bacias do sul, que prevê a construção de duas novas dessalinizadoras no Algarve e no "
    "litoral alentejano até 2029.",
    "Segundo a ministra do Ambiente, o plano mobiliza 780 milhões de euros de fundos europeus "
    "e nacionais e deverá reduzir em um terço as perdas nas redes municipais de abastecimento.",
    "As associações de agricultores saudaram a medida, mas pediram que a água dessalinizada "
    "chegue também aos regadios, e não apenas ao consumo urbano e ao turismo de verão.",
    "O documento inclui ainda metas de reutilização de águas residuais tratadas na rega de "
    "campos de golfe e jardins públicos, com um objetivo de vinte por cento até 2030.",
    "A oposição criticou o calendário das obras, considerado demasiado longo para uma região "
    "que enfrenta o quarto ano consecutivo de seca severa.",
]
PT = {
    "own": "Dessalinizadoras avançam no Algarve e no Alentejo",
    "copies": "Governo aprova plano para a água no sul",
    "accentless": "Governo aprova plano para a agua no sul",
    "cased": "GOVERNO APROVA PLANO PARA A ÁGUA NO SUL",
    "other": "Seca: sul terá duas novas centrais até 2029",
}
DE_TEXT = [
    "Die Landesregierung hat am Dienstag ein Programm zur Sanierung von zweihundert "
    "Schulgebäuden beschlossen, das bis 2030 rund 640 Millionen Euro kosten soll und vor allem "
    "Dächer, Heizungen und Fenster betrifft.",
    "Nach Angaben des Bildungsministeriums sollen zuerst Schulen in ländlichen Kreisen an die "
    "Reihe kommen, deren Gebäude älter als fünfzig Jahre sind und hohe Heizkosten verursachen.",
    "Die Gemeinden begrüßten den Beschluss, verlangten aber eine schnellere Auszahlung der "
    "Mittel, weil viele Baufirmen schon jetzt über volle Auftragsbücher klagen.",
    "Die Opposition nannte das Programm überfällig und kritisierte, dass Turnhallen und "
    "Mensen nicht berücksichtigt werden, obwohl dort der Sanierungsbedarf ebenso groß sei.",
    "Ein erster Zwischenbericht soll dem Landtag im kommenden Herbst vorgelegt werden.",
]
DE = {
    "own": "Dächer und Heizungen: Marode Gebäude werden saniert",
    "copies": "Land beschließt Sanierung von 200 Schulen",
    "accentless": "Land beschliesst Sanierung von 200 Schulen",
    "cased": "land beschließt sanierung von 200 schulen",
    "other": "Schulen im Land: 640 Millionen für Sanierung",
}


def _night(path: Path, text: list[str], titles: dict[str, str]) -> None:
    """The canonical (earliest, under its own headline), two copies under the copies'
    headline, one under it without its accents (or "ß" as "ss"), one in capitals, and one
    re-headlined: the same text on six invented sites."""
    body = "\n".join(text)
    pages = [
        ("https://jornal-do-sul.example/a/1", titles["own"], "2026-11-18T09:00:00+00:00"),
        ("https://diario-leste.example/b/2", titles["copies"], "2026-11-18T10:00:00+00:00"),
        ("https://gazeta-centro.example/c/3", titles["copies"], "2026-11-18T10:30:00+00:00"),
        ("https://portal-sem-acentos.example/d/4", titles["accentless"],
         "2026-11-18T11:00:00+00:00"),
        ("https://folha-maiusculas.example/e/5", titles["cased"], "2026-11-18T11:30:00+00:00"),
        ("https://noticias-outras.example/f/6", titles["other"], "2026-11-18T12:00:00+00:00"),
    ]
    path.write_text(
        "".join(
            json.dumps({"url": url, "title": title, "maintext": body, "date_publish": when},
                       ensure_ascii=False) + "\n"
            for url, title, when in pages
        ),
        encoding="utf-8",
    )


@pytest.mark.parametrize("reverse", [False, True], ids=["in-order", "reversed"])
@pytest.mark.parametrize(("text", "titles"), [(PT_TEXT, PT), (DE_TEXT, DE)], ids=["pt", "de"])
def test_show_names_the_canonicals_own_headline_and_tells_copies_against_the_shown_one(
    tmp_path: Path, text: list[str], titles: dict[str, str], reverse: bool
) -> None:
    dump = tmp_path / "night.jsonl"
    _night(dump, text, titles)
    if reverse:
        lines = dump.read_text(encoding="utf-8").splitlines(keepends=True)
        dump.write_text("".join(lines[::-1]), encoding="utf-8")
    archive = open_archive(str(tmp_path / "clipper.db"))
    try:
        dedupe(archive, [str(dump)], Config(workers=1))
        view = browse.show(archive, "https://jornal-do-sul.example/a/1")
    finally:
        archive.close()
    assert view.canonical.url == "https://jornal-do-sul.example/a/1"
    assert view.canonical.title == titles["copies"]  # the cluster's headline: two copies'
    assert view.canonical.own_title == titles["own"]
    printed = cluster(view, 200, with_text=False)
    assert f"this page's own headline: {titles['own']}" in printed.splitlines()
    said = {variant.title: variant.changes.summary for variant in view.variants}
    assert said[titles["copies"]] == ["exact copy"]  # main: "headline changed; same text"
    assert said[titles["accentless"]] == ["exact copy"]
    assert said[titles["cased"]] == ["exact copy"]
    assert said[titles["other"]] == ["headline changed", "same text"]
