"""The language of a page that declares none, identified from its text (clipper.language):
what --lang filters and the story stage's word weights go by.  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.language import detect_language
from clipper.page import Article, RawPage

GERMAN = (
    "Fähre nach Holmspitze fährt wieder\n"
    "Die Personenfähre zwischen Westkai und Holmspitze fährt ab Montag wieder nach drei "
    "Monaten in der Werft, teilte die Hafenverwaltung am Freitag mit.\n"
    "Techniker haben beide Motoren und die Rampe ersetzt; im Sommer legt die Fähre alle "
    "vierzig Minuten ab und fährt bis spät am Abend.\n"
)
SAMPLES = {
    "en": "The harbour board said on Friday that the passenger ferry will run again from "
    "Monday after three months in dry dock.",
    "fr": "Le bac entre le quai ouest et la pointe circulera de nouveau dès lundi après trois "
    "mois en cale sèche, a indiqué le port.",
    "pl": "Prom pasażerski między zachodnim nabrzeżem a cyplem znowu kursuje od poniedziałku "
    "po trzech miesiącach w stoczni.",
    "zh": "连接西码头和岬角的客运渡轮在船坞停靠三个月后，将于下周一恢复运营，港务局周五表示。",
    "ja": "西埠頭と岬を結ぶ旅客フェリーは、三か月のドック入りを終えて"
    "月曜日から運航を再開すると港湾局が金曜日に発表した。",
    "ko": "서쪽 부두와 곶을 잇는 여객선이 석 달 동안의 선박 수리를 마치고 "
    "월요일부터 다시 운항한다고 항만청이 금요일에 밝혔다.",
}


def test_the_language_of_a_text_is_told_and_a_scrap_is_not() -> None:
    for code, text in SAMPLES.items():
        assert detect_language(text) == code, code
    assert detect_language("OK, thanks!") is None  # too short to tell


def test_an_undeclared_page_gets_its_texts_language_and_a_declared_one_keeps_its_own() -> None:
    dump = clean_page(RawPage("dump.txt", "text", GERMAN), CleanConfig())
    assert isinstance(dump, Article) and dump.language == "de"
    declared = clean_page(RawPage("r.jsonl:1", "text", GERMAN, language="en"), CleanConfig())
    assert isinstance(declared, Article) and declared.language == "en"  # the crawler's word


def test_lang_filters_find_a_text_dump_that_declared_no_language(tmp_path: Path) -> None:
    (tmp_path / "faehre.txt").write_text(GERMAN)
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", "--db", db, str(tmp_path / "faehre.txt")]).exit_code == 0
    found = runner.invoke(cli, ["search", "--db", db, "--lang", "de", "Hafenverwaltung"])
    assert "Fähre nach Holmspitze" in found.output, found.output
    other = runner.invoke(cli, ["search", "--db", db, "--lang", "en", "Hafenverwaltung"])
    assert "Fähre" not in other.output


NORWEGIAN = (
    "Fergen til Holmodden går igjen\n"
    "Passasjerfergen mellom vestkaia og Holmodden går igjen fra mandag etter tre måneder "
    "på verftet, opplyste havnevesenet fredag.\n"
    "Teknikerne har byttet begge motorene og rampen; om sommeren går fergen hvert førtiende "
    "minutt og helt til sent på kvelden.\n"
)


def test_norwegian_is_one_language_whether_declared_no_or_nb_or_identified(
    tmp_path: Path,
) -> None:
    """py3langid and many pages say "no", others declare "nb": one language for a reader, stored
    as "nb" (wordfreq's Norwegian), so --lang no and --lang nb find all three pages."""
    pages = {
        "identified.txt": NORWEGIAN,
        "declared-no.jsonl": '{"url": "https://fjordposten.example/a", "language": "no", '
        '"title": "Fergen går igjen", "text": ' + repr(NORWEGIAN.split("\n", 1)[1]).replace(
            "'", '"') + "}\n",
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text)
    html = (f'<html lang="nb"><head><title>Fergen går igjen</title></head><body><article>'
            f'<h1>Fergen går igjen</h1>{"".join(f"<p>{p}</p>" for p in NORWEGIAN.splitlines()[1:])}'
            f"</article></body></html>")
    (tmp_path / "declared-nb.html").write_text(html)
    assert detect_language(NORWEGIAN) == "nb"
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["dedupe", "--db", db, str(tmp_path)])
    assert result.exit_code == 0, result.output
    for lang in ("no", "nb", "NO", "nb-NO"):
        found = runner.invoke(
            cli, ["export", "--db", db, "--format", "jsonl", "--lang", lang]
        )
        assert found.exit_code == 0, found.output
        languages = [json.loads(line)["language"] for line in found.output.splitlines()]
        assert languages == ["nb", "nb", "nb"], (lang, found.output)
