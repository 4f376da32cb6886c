"""A repost note is never a story's lead nor a search hit's opening (newcomer 26, finding 10).

Sites reposting another outlet's article say so above it: "本文转载自…", "来源：…", "Sumber: …",
"This article was originally published on … Read the original article.", "記事提供：…",
"출처: …".  The digest showed that line as the story's lead and search as the snippet of a hit
found by its title.  Both now pass over it (:func:`clipper.feednotes.repost_note`).  Every page
here is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.digest.lead import lead_paragraph
from clipper.feednotes import repost_note, without_opening_notes

# (language, note above the article, title, the article's first paragraph, its second, a word
# of the title the article does not hold)
REPOSTS = [
    ("zh", "本文转载自微信公众号「岭南产业观察」，原标题：佛山陶瓷企业加快转型。",
     "佛山陶瓷企业加快智能化改造",
     "佛山市工业和信息化局周五表示，全市已有四十家陶瓷企业完成生产线智能化改造，平均能耗下降百分之"
     "十五。",
     "业内人士认为，出口订单回暖也推动企业加大投资，预计明年还将有三十家企业启动改造。", "加快"),
    ("zh", "来源：南岭日报", "南岭市新建三座污水处理厂投运",
     "南岭市水务局周四宣布，全市三座新建污水处理厂已经投入运行，日处理能力合计达到二十万吨。",
     "官员表示，新厂投入使用后，流经市区的河流水质有望在两年内达到三类标准。", "投运"),
    ("id", "Sumber: Kabar Borneo", "Jembatan Baru di Sungai Kapuas Mulai Dibangun",
     "Pemerintah Provinsi Kalimantan Barat mulai membangun jembatan sepanjang 680 meter di atas "
     "Sungai Kapuas pada Kamis pagi.",
     "Jembatan itu ditargetkan rampung dalam tiga tahun dan akan memangkas waktu tempuh ke "
     # (a title word whose root the text does not write: "Dibangun" finds its root's
     # "membangun" there since Indonesian roots are keyed)
     "pelabuhan hingga satu jam.", "Baru"),
    ("en", "This article was originally published on The Harbour Review. Read the original "
     "article.", "Ferry operator adds night crossings to Kelp Island",
     "The island's ferry operator will add two night crossings from January, the company said "
     "on Thursday, after complaints from shift workers at the harbour.",
     "The extra sailings will leave the mainland at 11 p.m. and 1 a.m. on weekdays.", "Kelp"),
    ("ja", "記事提供：北陸経済新報", "金沢の老舗酒蔵が海外向け新銘柄を発表",
     "金沢市の老舗酒蔵は4日、欧州向けに開発した新しい純米酒を来春から輸出すると発表しました。",
     "同社は初年度に2万本の出荷を見込んでおり、フランスとドイツの日本料理店での提供を目指します。",
     "銘柄"),
    ("ko", "출처: 남해일보", "남해군, 어촌 앞바다에 해상 풍력 발전소",
     "남해군은 4일 어촌 마을 앞바다에 300메가와트 규모의 해상 풍력 단지를 조성한다고 밝혔다.",
     "군은 주민 협의를 거쳐 2028년 착공할 계획이며, 발전 수익 일부를 주민에게 나눠줄 예정이다.",
     "발전소"),
]  # fmt: skip


@pytest.mark.parametrize("note", [r[1] for r in REPOSTS] + [
    "來源：中央通訊社", "转载自：南岭科技网", "Originally published on Example Weekly.",
    "(Sumber: Antara)", "Fuente: Agencia Andina", "Quelle: dpa", "Nguồn: VnExpress",
])  # fmt: skip
def test_a_repost_note_is_recognised(note: str) -> None:
    assert repost_note(note)


@pytest.mark.parametrize(
    "line",
    [
        "Sources said the deal was close to being signed after months of talks in Jakarta.",
        "Source: a person familiar with the talks said the deal would be signed next week in "
        "Jakarta after months of negotiation.",
        "来源于市场的消息显示，猪肉价格本周上涨了百分之五。",
        "Via Appia was closed to traffic on Monday after the storm.",
        "Sumber air bersih di desa itu mengering sejak Agustus.",
    ],
)
def test_a_report_sentence_is_no_repost_note(line: str) -> None:
    assert not repost_note(line)


@pytest.mark.parametrize("case", REPOSTS, ids=[f"{r[0]}-{i}" for i, r in enumerate(REPOSTS)])
def test_the_lead_is_the_article_not_the_note(case: tuple[str, ...]) -> None:
    _, note, _, first, second, _ = case
    text = "\n".join([note, first, second])
    assert lead_paragraph(text, 400) == first
    assert without_opening_notes(text) == "\n".join([first, second])


def test_digest_and_search_open_with_the_article(tmp_path: Path) -> None:
    night = tmp_path / "night.jsonl"
    night.write_text("".join(
        json.dumps({"url": f"https://repost-{n}.example/a/{n}", "title": title,
                    "text": "\n".join([note, first, second]), "language": language,
                    "published": "2026-12-04T08:00:00+00:00"}, ensure_ascii=False) + "\n"
        for n, (language, note, title, first, second, _) in enumerate(REPOSTS)
    ), encoding="utf-8")  # fmt: skip
    db = str(tmp_path / "r.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(night)]).exit_code == 0
    digest = runner.invoke(
        cli, ["digest", "--db", db, "--format", "json", "--since", "2026-12-01", "--no-record"]
    )
    assert digest.exit_code == 0, digest.output
    shown = digest.stdout
    for _, note, _, first, _, _ in REPOSTS:
        assert note not in shown and first[:20] in shown, (note, shown[:2000])
    # a hit found by its title opens with the article, not the note
    for n, (_, note, _, first, _, query) in enumerate(REPOSTS):
        found = runner.invoke(cli, ["search", "--db", db, "--json", query])
        assert found.exit_code == 0, found.output
        hits = {h["url"]: h["snippet"] for h in map(json.loads, found.stdout.splitlines())}
        mine = hits[f"https://repost-{n}.example/a/{n}"]
        assert mine.startswith(first[:6]) and note[:6] not in mine, (query, hits)
