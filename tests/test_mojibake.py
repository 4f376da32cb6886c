"""Mojibake (UTF-8 read as Windows-1252 and saved again: "Modiâ€™s", "à¤®à¥à¤‚…") is undone
with ftfy for every reader, HTML, JSON records and text dumps alike, and the run counts the
pages it repaired (newcomer 38b F2); genuine accented text, and text that merely holds "Ã", is
left as it is.  Records and pages invented."""

from __future__ import annotations

import json
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from tests.conftest import build

REPAIRED_NOTE = "mojibake (UTF-8 read as Windows-1252), repaired"  # clipper.mojibake's
HINDI_TITLE = "मुंबई स्टेशन का उन्नयन शुरू"
HINDI = (
    "मुंबई के पुराने रेलवे स्टेशन का उन्नयन सोमवार को शुरू हुआ। रेल मंत्रालय ने बताया कि इस "
    "परियोजना पर चार सौ करोड़ रुपये खर्च होंगे और काम दो साल में पूरा होगा। यात्रियों ने "
    "नए प्लेटफॉर्म और चौड़े पुलों की मांग की थी। स्थानीय व्यापारियों ने कहा कि निर्माण के "
    "दौरान दुकानों तक पहुंचने का रास्ता खुला रहना चाहिए। "
)
ENGLISH_TITLE = "Modi’s Varanasi visit draws crowds"
ENGLISH = (
    "Prime Minister Modi’s visit to the riverside city drew large crowds on Tuesday. Officials "
    "said the new ghat walkway — built in eighteen months — would open to pilgrims next week. "
    "Shopkeepers along the route said trade had doubled since the work began. "
)


def moji(text: str) -> str:
    """``text`` as a legacy CMS leaves it: its UTF-8 bytes read as Windows-1252."""
    return text.encode("utf-8").decode("sloppy-windows-1252")  # ftfy's codec: no byte lost


def _read(paths: list[Path]) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    return list(read_pages(paths, ReadLimits(), rejected.append)), rejected


def _html(title: str, text: str, lang: str) -> str:
    paragraphs = "".join(f"<p>{s.strip()}</p>" for s in text.split("। ") + text.split(". "))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><article><h1>{title}</h1>{paragraphs * 2}</article></body></html>"
    )


def test_a_jsonl_record_in_mojibake_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    record = {
        "url": "https://moj-hi.example/mumbai-station",
        "title": moji(HINDI_TITLE),
        "maintext": moji(HINDI * 3),
        "language": "hi",
    }
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    pages, rejected = _read([path])
    assert rejected == [] and len(pages) == 1
    assert pages[0].title == HINDI_TITLE
    assert "मुंबई के पुराने रेलवे स्टेशन" in str(pages[0].body)
    assert "à¤" not in str(pages[0].body)
    assert pages[0].decoded == REPAIRED_NOTE


def test_html_pages_in_mojibake_are_repaired_and_stored(tmp_path: Path) -> None:
    site = tmp_path / "www.moj.example"
    site.mkdir()
    (site / "modi.html").write_text(moji(_html(ENGLISH_TITLE, ENGLISH * 2, "en")), "utf-8")
    (site / "mumbai.html").write_text(moji(_html(HINDI_TITLE, HINDI * 2, "hi")), "utf-8")
    archive, summary = build(tmp_path / "a.db", [site])
    try:
        assert summary.skipped_total == 0 and summary.stored == 2
        titles = {
            row[0] for row in archive.engine.connect().exec_driver_sql("SELECT title FROM pages")
        }
    finally:
        archive.close()
    assert titles == {ENGLISH_TITLE, HINDI_TITLE}
    assert summary.pages_redecoded == 2
    said = [e for e in summary.examples if e["reason"] == "not-utf8"]
    assert said and said[0]["detail"] == REPAIRED_NOTE


def test_a_text_dump_in_mojibake_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "modi.txt"
    path.write_text(moji(f"{ENGLISH_TITLE}\n\n{ENGLISH * 2}"), encoding="utf-8")
    pages, rejected = _read([path])
    assert rejected == [] and len(pages) == 1
    assert str(pages[0].body).startswith(ENGLISH_TITLE)
    assert pages[0].decoded == REPAIRED_NOTE


def test_accented_latin_text_and_a_lone_a_tilde_are_left_alone(tmp_path: Path) -> None:
    texts = {
        "fr": "Le maire a présenté le budget de l’été : « déjà voté », dit-il. Ça coûte 3 €",
        "de": "Die Größe des Hafens überrascht: Straßenbahn und Fähre fahren öfter als früher.",
        "pt": "A prefeitura de SÃO PAULO aprovou a ação; a população não esperava a votação.",
        "en": "The rapper Ã and the letters Ã, Õ and Ñ head the chart again this week. " * 3,
    }
    utf8 = tmp_path / "utf8.jsonl"
    cp1252 = tmp_path / "cp1252.jsonl"
    lines = [
        json.dumps(
            {
                "url": f"https://latin.example/{lang}",
                "title": text[:30].strip(),
                "maintext": text * 4,
                "language": lang,
            },
            ensure_ascii=False,
        )
        for lang, text in texts.items()
    ]
    utf8.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cp1252.write_bytes(("\n".join(lines[:3]) + "\n").encode("cp1252"))
    pages, rejected = _read([utf8, cp1252])
    assert rejected == [] and len(pages) == 7
    for page in pages:
        lang = page.url.rsplit("/", 1)[-1] if page.url else ""
        assert page.body == texts[lang] * 4 and page.title == texts[lang][:30].strip()
    assert [p.decoded for p in pages[:4]] == [None] * 4
    assert {p.decoded for p in pages[4:]} == {"not UTF-8, read as Windows-1252"}
