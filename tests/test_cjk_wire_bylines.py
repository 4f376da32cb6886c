"""A Chinese, Japanese or Korean report's byline and dateline before its text ("(서울=연합뉴스)
박지훈 기자 =", "本报记者 李明 报道", "新华社北京12月6日电（记者 张三）", "【ソウル＝小池和樹】",
Taiwan's "（記者 陳大文／台北報導）", CNA's "（中央社記者陳大文台北6日電）", a closing
"（记者宋晨、田中全）") are cut from the text and name its reporter, an agency's with
the agency as "Claire Dumont avec AFP" is (newcomer 44, "sign": they stayed as the text's opening
words and the author was the agency a notice named, or none); a record's author field "Theo
VnExpress" ("according to") is VnExpress.  Sentences naming a reporter, an agency's credit and a
photographer's stay.  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.wirebylines import drop_wire_bylines
from tests.conftest import build, exported

_KO = (
    "현대자동차가 6일 울산공장 내 전기차 전용공장 준공식을 열었다고 밝혔다.",
    "총 2조원이 투입된 신공장은 연간 20만대의 전기차를 생산할 수 있으며, 내년 1분기부터 양산에 "
    "들어간다.",
    "울산시는 신공장 가동으로 약 2천명의 일자리가 새로 생길 것으로 기대했다.",
)
_ZH = (
    "比亚迪6日宣布，其位于匈牙利塞格德的乘用车工厂正式投产，首期年产能15万辆。",
    "比亚迪表示，工厂将主要生产面向欧洲市场的新能源车型，并带动当地约3000个就业岗位。",
    "分析人士认为，此举有助于比亚迪规避欧盟对华电动汽车加征的关税。",
)
_TW = (
    "台北市政府6日宣布，明年起擴大公共運輸補助，通勤月票價格維持不變。",
    "市府表示，補助經費將由中央與地方共同分擔，預計每年約需新台幣20億元。",
    "交通局指出，月票使用人數今年已突破70萬人，創下新高。",
)
_JA = (
    "韓国政府は6日、電気自動車の購入補助金を来年も維持すると発表した。",
    "補助金の総額は前年並みの規模となる見通しだ。",
    "業界団体は販売の下支えにつながると歓迎した。",
)
_YONHAP_NOTICE = "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"

# (language, top-level domain, the paragraphs, the text's first and last paragraphs, author)
OPENINGS = [
    ("ko", "co.kr", ("(서울=연합뉴스) 박지훈 기자 = " + _KO[0], *_KO[1:], _YONHAP_NOTICE),
     "박지훈; 연합뉴스"),
    ("ko", "co.kr", ("(세종=연합뉴스) 김민수 이지은 기자 = " + _KO[0], *_KO[1:]),
     "김민수; 이지은; 연합뉴스"),
    ("ko", "co.kr", ("(서울=뉴스1) 박지훈 기자 = " + _KO[0], *_KO[1:]), "박지훈; 뉴스1"),
    ("ko", "co.kr", ("(서울=뉴시스)박지훈 기자 = " + _KO[0], *_KO[1:]), "박지훈; 뉴시스"),
    ("zh-CN", "com.cn", ("本报记者 李明 报道 " + _ZH[0], *_ZH[1:]), "李明"),
    ("zh-CN", "com.cn", ("本报讯（记者 李明）" + _ZH[0], *_ZH[1:]), "李明"),
    ("zh-CN", "com.cn", ("新华社北京12月6日电（记者 张三）" + _ZH[0], *_ZH[1:]), "张三; 新华社"),
    ("zh-TW", "com.tw", ("（記者 陳大文／台北報導）" + _TW[0], *_TW[1:]), "陳大文"),
    ("zh-TW", "com.tw", ("（中央社記者陳大文台北6日電）" + _TW[0], *_TW[1:]), "陳大文; 中央社"),
    # run into the end of the first paragraph, or of the last
    ("zh-TW", "com.tw", (_TW[0] + "（記者 陳大文／台北報導）", *_TW[1:]), "陳大文"),
    ("zh-TW", "com.tw", (*_TW[:2], _TW[2] + "（中央社記者陳大文、林小明台北6日電）"),
     "陳大文; 林小明; 中央社"),
    ("zh-CN", "com.cn", (*_ZH[:2], _ZH[2] + "（记者宋晨、田中全）"), "宋晨; 田中全"),
    ("ja", "co.jp", ("【ソウル＝小池和樹】" + _JA[0], *_JA[1:]), "小池和樹"),
]  # fmt: skip


def _page(folder: Path, language: str, tld: str, paragraphs: tuple[str, ...]) -> Path:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path = folder / "page.html"
    path.write_text(
        f'<html lang="{language}"><head><meta charset="utf-8"><title>Report</title>'
        f'<link rel="canonical" href="https://www.news-example.{tld}/a/1"></head><body><article>'
        f"<h1>Report</h1><p>2026-12-06 14:30</p>{body}</article></body></html>",
        encoding="utf-8",
    )
    return path


def _stored(folder: Path, path: Path) -> dict:
    archive, _summary = build(folder / "clipper.db", [path])
    archive.close()
    [page] = exported(folder / "clipper.db").values()
    return page


def _expected(paragraphs: tuple[str, ...], language: str) -> tuple[str, str]:
    text = {"ko": _KO, "zh-CN": _ZH, "zh-TW": _TW, "ja": _JA}[language]
    return text[0], text[-1]


@pytest.mark.parametrize(("language", "tld", "paragraphs", "author"), OPENINGS)
def test_an_html_pages_wire_byline_is_cut_and_names_the_reporter(
    tmp_path: Path, language: str, tld: str, paragraphs: tuple[str, ...], author: str
) -> None:
    page = _stored(tmp_path, _page(tmp_path, language, tld, paragraphs))
    lines = page["text"].split("\n")
    assert (lines[0], lines[-1]) == _expected(paragraphs, language)
    assert page["author"] == author


@pytest.mark.parametrize(("language", "tld", "paragraphs", "author"), OPENINGS)
def test_a_records_wire_byline_is_cut_and_names_the_reporter(
    tmp_path: Path, language: str, tld: str, paragraphs: tuple[str, ...], author: str
) -> None:
    record = {
        "url": f"https://www.news-example.{tld}/a/1",
        "title": "Report",
        "published": "2026-12-06T14:30:00",
        "language": language,
        "text": "\n".join(paragraphs),
    }
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    page = _stored(tmp_path, path)
    lines = page["text"].split("\n")
    assert (lines[0], lines[-1]) == _expected(paragraphs, language)
    assert page["author"] == author


def test_a_records_author_field_according_to_an_outlet_is_the_outlet(tmp_path: Path) -> None:
    record = {
        "url": "https://vn-example.vn/a/1",
        "title": "Giá vàng tăng mạnh",
        "published": "2026-12-06T10:00:00",
        "language": "vi",
        "author": "Theo VnExpress",
        "text": "Giá vàng trong nước tăng mạnh sáng nay, theo các doanh nghiệp kinh doanh vàng.\n"
        "Giới phân tích cho rằng xu hướng tăng có thể kéo dài đến cuối năm.",
    }
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert _stored(tmp_path, path)["author"] == "VnExpress"


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a sentence about the paper's reporters, a dateline naming no reporter, "共同" in a
        # sentence, a bracket naming a source that is no byline
        ("本报记者在现场看到，工人们正在调试生产线。", *_ZH[1:]),
        ("(서울=연합뉴스) " + _KO[0], *_KO[1:]),
        ("日米が共同で開発した新型ロケットの打ち上げが6日、延期された。",),
        (_TW[0] + "（資料照片）", *_TW[1:]),
        # an agency's credit after the place, a photographer's
        ("【ワシントン＝共同】" + _JA[0], *_JA[1:]),
        ("【写真＝山田太郎撮影】" + _JA[0], *_JA[1:]),
        (*_ZH[:2], _ZH[2] + "（记者张三摄）"),
    ],
)
def test_other_openings_stay(paragraphs: tuple[str, ...]) -> None:
    assert drop_wire_bylines(list(paragraphs)) == (list(paragraphs), None)
