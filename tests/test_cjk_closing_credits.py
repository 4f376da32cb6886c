"""A report's closing credit as Japanese, Korean, Vietnamese and English wire copy prints it
is cut from the text and names the author (newcomer 44, finding 3: "（共同）" under a Japanese
report, "KYODO" under an English one, a Yonhap reporter's e-mail and Yonhap's notice, "Theo
VnExpress" stayed as the text's last paragraphs and credited no one).  A site's own notice
and a sentence opening with "Theo" stay.  Invented texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import build, exported

_JA = (
    "日本銀行は6日の金融政策決定会合で、政策金利を現状の0.75％に据え置くことを決めた。",
    "植田総裁は会合後の記者会見で「賃金と物価の動向をもう少し見極めたい」と述べた。",
    "市場では年明けの会合での利上げを予想する声が多い。",
)
_ZH = (
    "比亚迪6日宣布，其位于匈牙利塞格德的乘用车工厂正式投产，首期年产能15万辆。",
    "比亚迪表示，工厂将主要生产面向欧洲市场的新能源车型，并带动当地约3000个就业岗位。",
    "分析人士认为，此举有助于比亚迪规避欧盟对华电动汽车加征的关税。",
)
_EN = (
    "The Bank of Japan kept its policy rate at 0.75 percent on Saturday, saying it wanted more "
    "time to assess wage and price trends.",
    "Governor Kazuo Ueda told reporters he would watch the spring wage talks before deciding "
    "on further increases.",
    "Many market participants expect a rate hike early next year.",
)
_KO = (
    "현대자동차가 6일 울산공장 내 전기차 전용공장 준공식을 열었다고 밝혔다.",
    "총 2조원이 투입된 신공장은 연간 20만대의 전기차를 생산할 수 있으며, 내년 1분기부터 양산에 "
    "들어간다.",
    "울산시는 신공장 가동으로 약 2천명의 일자리가 새로 생길 것으로 기대했다.",
)
_VI = (
    "Hà Nội dự kiến thu phí ô tô vào nội đô từ năm 2027 để giảm ùn tắc giao thông.",
    "Theo đề án, các xe ô tô đi vào khu vực bên trong đường Vành đai 1 trong giờ cao điểm sẽ "
    "phải trả phí.",
    "Nguồn thu dự kiến được dùng để phát triển giao thông công cộng của thành phố.",
)

_YONHAP_NOTICE = "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"
CASES = [
    ("ja", "co.jp", _JA, ("（共同）",), "共同"),
    ("zh-CN", "com.cn", _ZH, ("（新华社）",), "新华社"),
    ("en", "com", _EN, ("KYODO",), "Kyodo"),
    ("ko", "co.kr", _KO, ("jhpark@yna.co.kr", _YONHAP_NOTICE), "연합뉴스"),
    ("ko", "co.kr", _KO, ("<저작권자 ⓒ 1980-2026 ㈜연합뉴스. 무단 전재 재배포 금지.>",),
     "연합뉴스"),
    ("vi", "vn", _VI, ("Theo VnExpress",), "VnExpress"),
    ("vi", "vn", _VI, ("Theo Tuổi Trẻ",), "Tuổi Trẻ"),
]  # fmt: skip


def _stored(folder: Path, language: str, tld: str, paragraphs: tuple[str, ...]) -> dict:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    (folder / "page.html").write_text(
        f'<html lang="{language}"><head><meta charset="utf-8"><title>Report</title>'
        f'<link rel="canonical" href="https://www.news-example.{tld}/a/1"></head><body><article>'
        f"<h1>Report</h1><p>2026-12-06 14:30</p>{body}</article></body></html>",
        encoding="utf-8",
    )
    archive, _summary = build(folder / "clipper.db", [folder / "page.html"])
    archive.close()
    [page] = exported(folder / "clipper.db").values()
    return page


@pytest.mark.parametrize(("language", "tld", "text", "closing", "author"), CASES)
def test_a_closing_credit_is_cut_and_names_the_author(
    tmp_path: Path,
    language: str,
    tld: str,
    text: tuple[str, ...],
    closing: tuple[str, ...],
    author: str,
) -> None:
    page = _stored(tmp_path, language, tld, text + closing)
    assert page["author"] == author
    assert page["text"].split("\n")[-1] == text[-1]


@pytest.mark.parametrize(
    ("language", "tld", "paragraphs"),
    [
        # a site's own notice is kept, as the extraction sets' reference texts keep it
        ("ko", "co.kr", (*_KO, "<저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지>")),
        # a last paragraph opening with "Theo" ("according to") is the article's
        ("vi", "vn", (*_VI[:2], "Theo ông Nguyễn Văn An, phí sẽ được điều chỉnh theo từng giờ.")),
        # a bracket naming no agency
        ("ja", "co.jp", (*_JA, "（写真は日銀本店）")),
    ],
)
def test_other_closing_lines_stay(tmp_path: Path, language: str, tld: str, paragraphs) -> None:
    page = _stored(tmp_path, language, tld, paragraphs)
    assert page["text"].split("\n")[-1] == paragraphs[-1]
    assert page["author"] is None
