"""Korean article footers: a portal's subscribe prompt ("▶ 네이버에서 … 구독하기") is cut from an
HTML page's text; a copyright notice forbidding reproduction ("<저작권자(c) …, 무단 전재-재배포,
AI 학습 및 활용 금지>", "ⓒ … 무단전재 및 재배포 금지") is a rights line (cut from a text dump,
left out of matching; an HTML page's text keeps it, as the extraction sets' reference texts
do: Zyte's entermedia.co.kr pages), and so is a reporter's sign-off with an e-mail address
("김민수 기자 minsu@…") left out of matching, as a wire's sign-off is (newcomer 21 finding
34).  Invented pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture.compiled import matchers
from clipper.page import Article, RawPage
from clipper.signoffs import signs_off

BODY = [
    "(서울=동해통신) 박서연 기자 = 강원도 태백시가 내년 봄부터 시내버스를 30분 간격으로 "
    "운행하기로 했다고 3일 밝혔다. 시의회는 전날 관련 예산을 통과시켰다.",
    "추가 운행에 드는 비용은 연간 약 4억 원으로, 도가 처음 2년 동안 절반을 지원한다. "
    "시는 정류장 열두 곳을 새로 짓고 배차 시간표를 다음 달 공개할 예정이다.",
    "한편 시는 지역 신문 기사를 무단 전재한 업체에 대해 법원이 배포를 금지했다고 전했다.",
]
RIGHTS = [
    "<저작권자(c) 동해통신, 무단 전재-재배포, AI 학습 및 활용 금지>",
    "ⓒ 강원경제신문 무단전재 및 재배포 금지",
    "[ⓒ 태백일보 & taebaek.example, 무단 전재, 재배포 및 AI학습 이용 금지]",
    "Copyright ⓒ 동해통신 & donghae.example, 무단 복제 및 재배포 금지",
]
PROMPTS = [
    "▶ 네이버에서 강원경제 구독하기",
    "☞ 네이버 메인에서 동해통신 받아보기",
    "카카오톡 채널 추가하기",
]


def _page(paragraphs: list[str]) -> RawPage:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    body = body.replace("<저", "&lt;저").replace("금지>", "금지&gt;")
    html = (
        '<html lang="ko"><head><title>태백 시내버스 30분 간격 운행</title></head><body>'
        f"<article><h1>태백 시내버스 30분 간격 운행</h1>{body}</article></body></html>"
    )
    return RawPage(
        origin="t/page.html", kind="html", body=html.encode(),
        url="https://donghae-news.example/local/bus",
    )


@pytest.mark.parametrize("footer", PROMPTS)
def test_a_portals_subscribe_prompt_is_cut_from_the_text(footer: str) -> None:
    sign_off = "박서연 기자 seoyeon@donghae.example"
    article = clean_page(_page([*BODY, sign_off, footer]), CleanConfig())
    assert isinstance(article, Article), article
    lines = article.text.splitlines()
    assert footer not in lines
    # the sentence about 무단 전재 … 금지 stays; the wire's byline and dateline opening the
    # text ("(서울=동해통신) 박서연 기자 =") go (clipper.wirebylines.drop_wire_bylines)
    assert lines[: len(BODY)] == [BODY[0].split(" = ", 1)[1], *BODY[1:]]


@pytest.mark.parametrize("footer", RIGHTS)
def test_the_copyright_forms_are_a_text_dumps_rights_line(footer: str) -> None:
    assert matchers().is_rights(footer)
    assert not matchers().is_rights(BODY[2])


@pytest.mark.parametrize(
    "line",
    ["박서연 기자 seoyeon@donghae.example", "박서연·김도윤 기자 (desk@donghae.example)",
     "홍길동 특파원 gildong@donghae.example"],
)
def test_a_reporters_sign_off_with_an_address_is_left_out_of_matching(line: str) -> None:
    assert signs_off(line)


def test_a_sentence_naming_a_reporter_and_an_address_is_the_article() -> None:
    assert not signs_off("시는 제보를 받는 박서연 기자의 주소 seoyeon@donghae.example 를 공개했다.")
    sentence = "네이버에서 강원경제를 구독하는 독자가 늘었다."
    article = clean_page(_page([*BODY, sentence]), CleanConfig())
    assert isinstance(article, Article) and article.text.splitlines()[-1] == sentence
