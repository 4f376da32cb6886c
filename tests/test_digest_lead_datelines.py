"""The digest's lead leaves out an agency's dateline in every language (a Tokyo PR agency's
ja/ko/zh digest, newcomer 39: English pages' leads still opened with "WASHINGTON (AP) —" and
"LONDON, Dec 5 (Reuters) -" where a Chinese, Japanese or Korean page's dateline was cut).  A
word in parentheses inside a sentence, a credit that is no agency's and a capitalised word
before a dash inside a sentence stay.  Every text here is invented."""

from __future__ import annotations

import pytest

from clipper.digest.lead import lead_paragraph, opening_dateline

STORY = "The harbour authority said on Friday that the new ferry terminal would open in March."


@pytest.mark.parametrize(
    "dateline",
    [
        "WASHINGTON (AP) — ",
        "PORTLAND, Maine (AP) — ",
        "LONDON, Dec 5 (Reuters) - ",
        "BEIJING, Dec. 3 (Xinhua) -- ",
        "Berlin (dpa) - ",
        "MADRID, 3 dic (EFE).- ",
        "Dakar, 4 déc (APS) - ",
        "(AP) — ",
        "(ANSA) - ROMA, 3 DIC - ",
        "(AFP) - ",
        "KYIV, Ukraine — ",
        "NEW YORK -- ",
    ],
)
def test_a_dateline_opening_the_lead_is_left_out(dateline: str) -> None:
    assert lead_paragraph(f"{dateline}{STORY}", 300) == STORY
    assert lead_paragraph(f"Photo: Jane Roe\n{dateline}{STORY}\nMore follows.", 300) == STORY


@pytest.mark.parametrize(
    "lead",
    [
        # a word in parentheses with no dash after it is the sentence's
        "The Senate (AP) said on Friday that the bill would be signed into law next week.",
        "Harrisburg (PA) officials said on Friday that the bridge would reopen in March.",
        # a parenthesis that credits no agency
        "Paris (Estimation) - about 3,000 people marched through the city centre on Friday.",
        # capitals before a dash, then a sentence's own words
        "NATO — the alliance said on Friday — would send more ships to the Baltic Sea.",
        # a dateline with nothing after it is no lead of its own to cut
        STORY,
    ],
)
def test_a_lead_without_a_dateline_is_kept_whole(lead: str) -> None:
    assert lead_paragraph(lead, 300) == lead


def test_a_cjk_pages_dateline_is_still_cut_and_an_empty_rest_is_kept() -> None:
    korean = "서울시가 4일 심야버스 노선을 다음 달부터 다섯 개 늘린다고 밝혔다."
    assert lead_paragraph(f"(서울=연합뉴스) 이지은 기자 = {korean}", 300) == korean
    assert opening_dateline("WASHINGTON (AP) — ") == 0
