"""Two tools' extractions of one page are one version (newcomer 25's finding 22): trafilatura's
text of a saved page and a scraper's own text field of the same URL, one keeping a caption, a
byline line or a teaser ending the text, or breaking the paragraphs elsewhere, were stored as
two versions ("updated", "1 paragraph added; 1 paragraph edited").  A real edit (a changed
figure, an added paragraph of report) is still a version.  Invented texts, four languages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from clipper.versionchanges import capture_folded
from tests.test_cut_short_readings import run

URL = "https://www.harbourpost.example/news/2026/12/02/pier-rebuild"

# Per language: the headline, the report's paragraphs (the third holds two sentences, which a
# scraper splits), and the lines one extraction keeps and the other not.
CASES: dict[str, dict[str, Any]] = {
    "en": {
        "title": "Tideland to rebuild north pier",
        "paragraphs": [
            "The harbour board of Tideland voted on Thursday evening to rebuild the north pier "
            "before the winter storms, after engineers found its timber supports rotten.",
            "The work will cost 4.2 million crowns and close the ferry landing for eleven "
            "weeks, the board's chair, Ann Reed, told a packed meeting at the town hall.",
            "Ferry passengers will board at the fish quay meanwhile. A temporary pontoon is to "
            "be floated in from the shipyard at Saltmarsh next month.",
            "Fishermen said the closure would cost them the best weeks of the herring season, "
            "and asked the board to pay for a second pontoon at the old lifeboat slip.",
        ],
        "subhead": "Ferries move to the fish quay",
        "byline": "By Mara Lind, Harbour Post",
        "caption": "The north pier at Tideland, its supports rotten (Photo: Harbour Post)",
        "teaser": "Read more: Saltmarsh shipyard wins navy contract",
        "added": "Police closed the pier to walkers on Friday after a plank gave way under a "
        "jogger, who was not hurt.",
        "figure": ("4.2 million", "5.1 million"),
    },
    "id": {
        "title": "Tanjung Rimau bangun ulang dermaga utara",
        "paragraphs": [
            "Otoritas pelabuhan Tanjung Rimau memutuskan pada Kamis malam untuk membangun ulang "
            "dermaga utara sebelum musim badai, setelah insinyur menemukan tiangnya lapuk.",
            "Pekerjaan itu akan menelan biaya 42 miliar rupiah dan menutup terminal feri selama "
            "sebelas minggu, kata ketua otoritas, Aminah Yusof, dalam rapat terbuka.",
            "Penumpang feri akan naik dari dermaga ikan untuk sementara. Sebuah ponton darurat "
            "akan didatangkan dari galangan kapal di Kuala Sepat bulan depan.",
            "Para nelayan mengatakan penutupan itu akan merugikan mereka pada minggu terbaik "
            "musim ikan, dan meminta otoritas membiayai ponton kedua.",
        ],
        "subhead": "Feri pindah ke dermaga ikan",
        "byline": "Oleh Aminah Yusof",
        "caption": "Dermaga utara Tanjung Rimau yang tiangnya lapuk (Foto: Warta Pelabuhan)",
        "teaser": "Baca juga: Galangan kapal Kuala Sepat menangi kontrak angkatan laut",
        "added": "Polisi menutup dermaga bagi pejalan kaki pada Jumat setelah sebilah papan "
        "patah di bawah seorang pelari, yang tidak terluka.",
        "figure": ("42 miliar", "51 miliar"),
    },
    "zh": {
        "title": "潮地港務局決定重建北碼頭",
        "paragraphs": [
            "潮地港務局週四晚間投票決定在冬季風暴來臨前重建北碼頭，工程師此前發現其木製支柱已經腐朽。",
            "港務局主席李安在市政廳的會議上表示，工程將耗資4.2億元，渡輪碼頭將關閉十一週。",
            "渡輪乘客在此期間將改在魚市碼頭上船。一座臨時浮橋將於下月從鹽沼造船廠拖來。",
            "漁民表示，封閉將使他們錯過鯡魚季節最好的幾週，並要求港務局在舊救生艇滑道再設一座浮橋。",
        ],
        "subhead": "渡輪改靠魚市碼頭",
        "byline": "（記者王小明／台北報導）",
        "caption": "圖／記者王小明攝",
        "teaser": "【延伸閱讀】鹽沼造船廠贏得海軍合約",
        "added": "警方週五在一塊木板在一名慢跑者腳下斷裂後，禁止行人進入碼頭，慢跑者未受傷。",
        "figure": ("4.2億", "5.1億"),
    },
    "de": {
        "title": "Tideland baut den Nordpier neu",
        "paragraphs": [
            "Der Hafenrat von Tideland hat am Donnerstagabend beschlossen, den Nordpier noch vor "
            "den Winterstürmen neu zu bauen, nachdem Ingenieure morsche Stützen gefunden hatten.",
            "Die Arbeiten kosten 4,2 Millionen Kronen und schließen den Fähranleger für elf "
            "Wochen, sagte die Vorsitzende Anna Reed bei einer vollen Sitzung im Rathaus.",
            "Fahrgäste steigen so lange am Fischkai ein. Ein provisorischer Ponton soll im "
            "nächsten Monat von der Werft in Salzmarsch herübergeschleppt werden.",
            "Die Fischer sagten, die Sperrung koste sie die besten Wochen der Heringssaison, und "
            "baten den Rat, einen zweiten Ponton an der alten Rettungsbootrampe zu bezahlen.",
        ],
        "subhead": "Fähren legen am Fischkai an",
        "byline": "Von Nina Keller",
        "caption": "Der Nordpier von Tideland mit seinen morschen Stützen (Foto: Hafenpost)",
        "teaser": "Lesen Sie auch: Werft in Salzmarsch gewinnt Marineauftrag",
        "added": "Die Polizei sperrte den Pier am Freitag für Spaziergänger, nachdem eine Planke "
        "unter einem Jogger gebrochen war, der unverletzt blieb.",
        "figure": ("4,2 Millionen", "5,1 Millionen"),
    },
}


def _split(paragraphs: list[str]) -> list[str]:
    """The third paragraph broken after its first sentence, as a scraper's text field has it."""
    third = paragraphs[2]
    cut = max(third.find(". "), third.find("。")) + 1
    return [*paragraphs[:2], third[:cut].strip(), third[cut:].strip(), *paragraphs[3:]]


def _scraped(case: dict) -> list[str]:
    """The scraper's text: a byline and a caption above, a subheading the page's HTML has not,
    the third paragraph split, a teaser under it."""
    split = _split(case["paragraphs"])
    return [case["byline"], case["caption"], *split[:2], case["subhead"], *split[2:],
            case["teaser"]]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_extraction_differences_fold_away_and_edits_do_not(lang: str) -> None:
    case = CASES[lang]
    plain = "\n".join(case["paragraphs"])
    assert capture_folded("\n".join(_scraped(case))) == capture_folded(plain)
    assert capture_folded("\n".join([*case["paragraphs"], case["caption"]])) == capture_folded(
        plain
    )
    old, new = case["figure"]
    assert capture_folded(plain.replace(old, new)) != capture_folded(plain)
    assert capture_folded("\n".join([*case["paragraphs"], case["added"]])) != capture_folded(
        plain
    )


def page_html(case: dict, lang: str) -> str:
    """The page at :data:`URL` as saved: its headline, a picture with the case's caption (when
    it has one), its paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in case["paragraphs"])
    figure = (
        f'<figure><img src="pier.jpg"><figcaption>{case["caption"]}</figcaption></figure>'
        if "caption" in case else ""
    )
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<title>{case["title"]}</title><link rel="canonical" href="{URL}">'
        '<meta property="article:published_time" content="2026-12-02T09:00:00Z"></head>'
        f'<body><article><h1>{case["title"]}</h1>{figure}{body}</article></body></html>'
    )


def _record(case: dict, paragraphs: list[str], fetched: str) -> str:
    return json.dumps(
        {"url": URL + "?utm_source=rss", "title": case["title"], "text": "\n\n".join(paragraphs),
         "published": "2026-12-02T09:00:00Z", "fetched_at": fetched}, ensure_ascii=False
    ) + "\n"


def _versions(db: str) -> int:
    lines = run(db, "export", "--format", "jsonl").output.splitlines()
    return sum(1 for line in lines if line.strip() and json.loads(line)["version"] >= 1)


@pytest.mark.parametrize("lang", sorted(CASES))
@pytest.mark.parametrize("first", ["saved", "scraper", "one run"])
def test_a_saved_page_and_a_scrapers_record_of_it_are_one_version(
    lang: str, first: str, tmp_path: Path
) -> None:
    case = CASES[lang]
    saved = tmp_path / "saved"
    saved.mkdir()
    (saved / "pier.html").write_text(page_html(case, lang), encoding="utf-8")
    scraper = tmp_path / "scraper.jsonl"
    scraper.write_text(_record(case, _scraped(case), "2026-12-02T10:00:00Z"), encoding="utf-8")
    db = str(tmp_path / "v.db")
    runs = {"saved": [[saved], [scraper]], "scraper": [[scraper], [saved]],
            "one run": [[saved, scraper]]}[first]
    for paths in runs:
        assert run(db, "dedupe", "--workers", "1", *map(str, paths)).exit_code == 0
    assert _versions(db) == 1
    assert "New version" not in run(db, "digest", "--since", "2020-01-01", "--no-record").output
    # a real edit read later is a version: a changed figure, then an added paragraph
    old, new = case["figure"]
    edited = [p.replace(old, new) for p in case["paragraphs"]]
    later = tmp_path / "later.jsonl"
    later.write_text(_record(case, edited, "2026-12-02T16:00:00Z"), encoding="utf-8")
    assert run(db, "dedupe", "--workers", "1", str(later)).exit_code == 0
    assert _versions(db) == 2
    later.write_text(
        _record(case, [*edited, case["added"]], "2026-12-02T18:00:00Z"), encoding="utf-8"
    )
    assert run(db, "dedupe", "--workers", "1", str(later)).exit_code == 0
    assert _versions(db) == 3
