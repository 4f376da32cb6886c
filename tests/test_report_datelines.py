"""An agency's dateline naming no reporter ("WASHINGTON (AP) — ", "LONDON (Reuters) - ",
"【ワシントン＝共同】", "(서울=연합뉴스) ", "（中央社台北6日電）", "新华社北京12月6日电 ") is cut
from a report's text in every language and its agency is the page's credit, after the writer a page
names; a Japanese paper's place alone ("【ソウル】") is cut and credits no one (agencies45:
they stayed as the text's opening words and named no author, while session 44 cut the same
datelines naming a reporter).  A site keeping the dateline and one leaving it off store one
text, so a syndicated story's copies are one cluster in any order.  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.archive import open_archive
from clipper.reportdatelines import drop_report_dateline
from clipper.search import search
from tests.conftest import build, exported

_EN = (
    "The Senate voted 52-48 on Thursday to confirm the nominee after a weeks-long fight over "
    "the budget.",
    "Lawmakers from both parties said the vote would shape negotiations over spending next "
    "year.",
)
_JA = (
    "韓国政府は6日、電気自動車の購入補助金を来年も維持すると発表した。",
    "補助金の総額は前年並みの規模となる見通しだ。",
)
_KO = (
    "현대자동차가 6일 울산공장 내 전기차 전용공장 준공식을 열었다고 밝혔다.",
    "총 2조원이 투입된 신공장은 연간 20만대의 전기차를 생산할 수 있다.",
)
_TW = (
    "台北市政府6日宣布，明年起擴大公共運輸補助，通勤月票價格維持不變。",
    "市府表示，補助經費將由中央與地方共同分擔，預計每年約需新台幣20億元。",
)
_ZH = (
    "比亚迪6日宣布，其位于匈牙利塞格德的乘用车工厂正式投产，首期年产能15万辆。",
    "比亚迪表示，工厂将主要生产面向欧洲市场的新能源车型。",
)

# (language, top-level domain, dateline, the report's paragraphs, author)
DATELINES = [
    ("en", "com", "WASHINGTON (AP) — ", _EN, "AP"),
    ("en", "com", "LONDON (Reuters) - ", _EN, "Reuters"),
    ("en", "com", "PARIS (AFP) - ", _EN, "AFP"),
    ("en", "com", "WASHINGTON, Dec 3 (Reuters) - ", _EN, "Reuters"),
    ("en", "com", "(ANSA) - ROMA, 3 DIC - ", _EN, "ANSA"),
    ("ja", "co.jp", "【ワシントン＝共同】", _JA, "共同"),
    ("ja", "co.jp", "【ワシントン時事】", _JA, "時事"),
    ("ko", "co.kr", "(서울=연합뉴스) ", _KO, "연합뉴스"),
    ("zh-TW", "com.tw", "（中央社台北6日電）", _TW, "中央社"),
    ("zh-CN", "com.cn", "新华社北京12月6日电 ", _ZH, "新华社"),
    # a Japanese paper's place alone: a dateline crediting no one
    ("ja", "co.jp", "【ソウル】", _JA, None),
    ("ja", "co.jp", "【ワシントン】", _JA, None),
]


def _html(folder: Path, name: str, language: str, url: str, paragraphs: tuple[str, ...],
          author: str | None = None) -> Path:  # fmt: skip
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    meta = f'<meta name="author" content="{author}">' if author else ""
    path = folder / name
    path.write_text(
        f'<html lang="{language}"><head><meta charset="utf-8"><title>Report</title>{meta}'
        f'<link rel="canonical" href="{url}"></head><body><article>'
        f"<h1>Report</h1><p>2026-12-06 14:30</p>{body}</article></body></html>",
        encoding="utf-8",
    )
    return path


def _record(folder: Path, language: str, url: str, paragraphs: tuple[str, ...]) -> Path:
    record = {
        "url": url,
        "title": "Report",
        "published": "2026-12-06T14:30:00",
        "language": language,
        "text": "\n".join(paragraphs),
    }
    path = folder / "records.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _stored(folder: Path, *paths: Path) -> list[dict]:
    archive, _summary = build(folder / "clipper.db", list(paths))
    archive.close()
    return list(exported(folder / "clipper.db").values())


@pytest.mark.parametrize("kind", ["html", "record"])
@pytest.mark.parametrize(("language", "tld", "dateline", "report", "author"), DATELINES)
def test_an_agency_dateline_is_cut_and_credits_the_agency(
    tmp_path: Path, kind: str, language: str, tld: str, dateline: str,
    report: tuple[str, ...], author: str | None,
) -> None:  # fmt: skip
    paragraphs = (dateline + report[0], *report[1:])
    url = f"https://www.news-example.{tld}/a/1"
    if kind == "html":
        path = _html(tmp_path, "page.html", language, url, paragraphs)
    else:
        path = _record(tmp_path, language, url, paragraphs)
    [page] = _stored(tmp_path, path)
    assert page["text"].split("\n") == list(report)
    assert page["author"] == author


def test_a_named_writer_keeps_the_byline_and_the_agency_follows(tmp_path: Path) -> None:
    paragraphs = ("WASHINGTON (AP) — " + _EN[0], *_EN[1:])
    path = _html(tmp_path, "page.html", "en", "https://www.news-example.com/a/1", paragraphs,
                 author="Jane Roe")  # fmt: skip
    [page] = _stored(tmp_path, path)
    assert page["text"].split("\n") == list(_EN)
    assert page["author"] == "Jane Roe; AP"


def test_an_agency_named_already_is_not_named_twice(tmp_path: Path) -> None:
    paragraphs = ("【ワシントン＝共同】" + _JA[0], _JA[1] + "（共同）")
    path = _html(tmp_path, "page.html", "ja", "https://www.news-example.co.jp/a/1", paragraphs)
    [page] = _stored(tmp_path, path)
    assert page["author"] == "共同"


_WIRE = (
    "The Senate voted 52-48 on Thursday to confirm the nominee after a weeks-long fight over "
    "the budget that split both parties and delayed two spending bills.",
    "Lawmakers from both parties said the vote would shape negotiations over spending next "
    "year, when the debt ceiling must be raised again before the summer recess.",
    "The nominee, a former governor, promised to work with committee chairs on a plan to "
    "cut the deficit by a third within five years without touching pensions.",
    "Opponents said the plan relied on growth forecasts that the budget office had called "
    "optimistic, and vowed to fight the first bill when it reaches the floor in March.",
)
_WIRE_JA = (
    "韓国政府は6日、電気自動車の購入補助金を来年も維持すると発表した。補助金の総額は前年並み"
    "の規模となる見通しで、対象車種の価格上限は引き下げる。",
    "業界団体は販売の下支えにつながると歓迎した。一方、財政当局は補助金の段階的な縮小を求め"
    "ており、再来年以降の扱いは決まっていない。",
    "政府は充電設備の整備にも予算を振り向ける方針で、地方の高速道路に急速充電器を増やす。",
)


@pytest.mark.parametrize(
    ("language", "dateline", "report"),
    [("en", "WASHINGTON (AP) — ", _WIRE), ("ja", "【ワシントン＝共同】", _WIRE_JA)],
)
@pytest.mark.parametrize("order", [1, -1])
def test_a_copy_without_the_dateline_is_the_same_text(
    tmp_path: Path, language: str, dateline: str, report: tuple[str, ...], order: int
) -> None:
    kept = _html(tmp_path, "a.html", language, "https://www.paper-a.example/a/1",
                 (dateline + report[0], *report[1:]))  # fmt: skip
    left = _html(tmp_path, "b.html", language, "https://www.paper-b.example/b/2", report)
    pages = _stored(tmp_path, *[kept, left][::order])
    assert len(pages) == 2
    assert len({page["cluster_id"] for page in pages}) == 1
    assert {page["text"] for page in pages} == {"\n".join(report)}


def test_search_finds_the_first_word_after_a_place_bracket(tmp_path: Path) -> None:
    paragraphs = ("【ソウル】韓国の国会は6日、予算案を可決した。", "与野党は歳出で合意した。")
    _stored(tmp_path, _html(tmp_path, "page.html", "ja", "https://www.news-example.co.jp/a/1",
                            paragraphs))  # fmt: skip
    archive = open_archive(str(tmp_path / "clipper.db"))
    try:
        assert len(search(archive, "韓国の国会")) == 1
        assert search(archive, "ソウル韓国") == []
    finally:
        archive.close()


@pytest.mark.parametrize(
    "paragraph",
    [
        # a ticker, a word in parentheses in a sentence, a credit that is no agency's
        "Apple (AAPL) - shares rose 3% after the company raised its forecast.",
        "The Senate (AP) said on Thursday that the vote would be delayed.",
        "Paris (Estimation) - 3 000 manifestants ont défilé samedi.",
        # a label in lenticular brackets, a bracket naming a joint statement, "jointly"
        "【速報】韓国の国会は6日、予算案を可決した。",
        "【共同声明】日米両政府は6日、声明を発表した。",
        "日米が共同で開発した新型ロケットの打ち上げが6日、延期された。",
        # a dateline with nothing after it
        "WASHINGTON (AP) —",
    ],
)
def test_other_openings_stay(paragraph: str) -> None:
    assert drop_report_dateline([paragraph, _EN[1]]) == ([paragraph, _EN[1]], None)


def test_capitals_after_a_placed_dateline_are_the_texts() -> None:
    paragraph = "WASHINGTON (AP) — NASA — the space agency — said on Thursday it would delay."
    cut = drop_report_dateline([paragraph])
    assert cut[0] == ["NASA — the space agency — said on Thursday it would delay."]


def test_an_agency_datelines_day_still_dates_a_record(tmp_path: Path) -> None:
    record = {
        "url": "https://www.news-example.sn/a/1",
        "title": "Rapport",
        "fetched": "2026-12-06T10:00:00+00:00",
        "language": "fr",
        "text": "Dakar, 4 déc (APS) - Le gouvernement a adopté mercredi le projet de loi de "
        "finances pour l'année prochaine.\nLe texte sera examiné par les députés la semaine "
        "prochaine.",
    }
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [page] = _stored(tmp_path, path)
    assert page["text"].startswith("Le gouvernement a adopté")
    assert page["author"] == "APS"
    assert (page["published"] or "")[:10] == "2026-12-04"
