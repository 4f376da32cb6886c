"""A wire byline's reporter is the name, whole and alone: a Taiwan CNA dispatch's name run into
its place ("（中央社記者陳明台北6日電）" is 陳明 in 台北, not 陳明台; "陳明華盛頓" is 陳明 in
華盛頓) is split before a place CLDR names, a frequent word of wordfreq's Chinese list, a county
or city ending with its word, else after three characters; a Yonhap correspondent's "특파원"
and a senior reporter's "선임기자" are titles, no names (agencies45: the name took a character
of the place; "(워싱턴=연합뉴스) 김동현 특파원 =" stayed in the text, "선임" was a name).
Invented names and texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.wirebylines import drop_wire_bylines
from tests.conftest import build, exported

_TW = "台北市政府6日宣布，明年起擴大公共運輸補助，通勤月票價格維持不變。"
_KO = "현대자동차가 6일 울산공장 내 전기차 전용공장 준공식을 열었다고 밝혔다."
_ZH = "比亚迪6日宣布，其位于匈牙利塞格德的乘用车工厂正式投产。"


@pytest.mark.parametrize(
    ("opening", "text", "names"),
    [
        # CNA: a two-character name before a place CLDR names, a frequent word, a county
        ("（中央社記者陳明台北6日電）", _TW, "陳明; 中央社"),
        ("（中央社記者陳明東京6日專電）", _TW, "陳明; 中央社"),
        ("（中央社記者陳明華盛頓5日專電）", _TW, "陳明; 中央社"),
        ("（中央社記者陳明舊金山5日專電）", _TW, "陳明; 中央社"),
        ("（中央社記者李明高雄6日電）", _TW, "李明; 中央社"),
        ("（中央社記者陳明花蓮縣6日電）", _TW, "陳明; 中央社"),
        # three and four characters; two reporters
        ("（中央社記者陳大文台北6日電）", _TW, "陳大文; 中央社"),
        ("（中央社記者王小明高雄6日電）", _TW, "王小明; 中央社"),
        ("（中央社記者林金山高雄6日電）", _TW, "林金山; 中央社"),
        ("（中央社記者王小明台中6日電）", _TW, "王小明; 中央社"),
        ("（中央社記者歐陽明德台北6日電）", _TW, "歐陽明德; 中央社"),
        ("（中央社記者陳大文、林明台北6日電）", _TW, "陳大文; 林明; 中央社"),
        # Xinhua's reporter parenthesis; Yonhap's titles
        ("新华社华盛顿12月5日电（记者欧阳明德）", _ZH, "欧阳明德; 新华社"),
        ("(워싱턴=연합뉴스) 김동현 특파원 = ", _KO, "김동현; 연합뉴스"),
        ("(서울=연합뉴스) 박지훈 선임기자 = ", _KO, "박지훈; 연합뉴스"),
        ("(서울=연합뉴스) 박지훈기자 = ", _KO, "박지훈; 연합뉴스"),
    ],
)
def test_the_reporter_is_the_name_alone(opening: str, text: str, names: str) -> None:
    assert drop_wire_bylines([opening + text]) == ([text], names)


def test_a_stored_cna_pages_author_is_the_two_character_name(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        '<html lang="zh-TW"><head><meta charset="utf-8"><title>報導</title>'
        '<link rel="canonical" href="https://www.news-example.com.tw/a/1"></head><body>'
        "<article><h1>報導</h1><p>2026-12-06 14:30</p>"
        f"<p>（中央社記者陳明華盛頓5日專電）{_TW}</p><p>市府表示，補助經費將由中央與地方共同分擔。</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    archive, _summary = build(tmp_path / "clipper.db", [path])
    archive.close()
    [page] = exported(tmp_path / "clipper.db").values()
    assert page["author"] == "陳明; 中央社"
    assert page["text"].split("\n")[0] == _TW
