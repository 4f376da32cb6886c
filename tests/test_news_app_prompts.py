"""Prompts to follow the site on Google News, and a Chinese story's desk credits
("责任编辑：…"), stay out of an HTML page's text, as the WhatsApp and Telegram prompts and the
Indonesian staff credits do (tests/test_furniture_credits_channels.py); the sentences that
use the same words stay.  All lines here are invented."""

from __future__ import annotations

import pytest

from clipper.furniture.compiled import matchers
from tests.test_furniture_credits_channels import BODIES, _clean

PROMPTS = [
    "Follow the Northmere Courier on Google News to get our stories in your feed",
    "Síguenos en Google Noticias para estar al día",
    "Sigue a Diario Serena en Google News",
    "Siga-nos no Google Notícias",
    "Folgen Sie uns auf Google News",
    "Suivez-nous sur Google Actualités",
    "Seguici su Google News",
    "Ikuti kami di Google News",
]


@pytest.mark.parametrize("line", PROMPTS)
def test_a_google_news_follow_prompt_is_a_site_notice(line: str) -> None:
    assert matchers().is_site_notice(line)


@pytest.mark.parametrize("line", ["责任编辑：王小明", "責任編輯：陳美玲", "校对：李华"])
def test_a_chinese_desk_credit_is_a_credit_line(line: str) -> None:
    assert matchers().is_photo_credit(line)


def test_the_prompt_goes_from_a_spanish_page() -> None:
    body = BODIES["es"]
    article = _clean("es", [*body, "Síguenos en Google Noticias para estar al día"])
    assert article.text.splitlines() == body


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said it would follow the Google News case closely in the courts.",
        "El regulador investiga si Google News pagó a los editores lo que prometió en 2024.",
        "编辑部表示，这份报告将于周一发布，并邀请读者提出意见。",
    ],
)
def test_sentences_with_the_same_words_stay(line: str) -> None:
    m = matchers()
    assert not m.is_site_notice(line)
    assert not m.is_photo_credit(line)
    assert not m.is_furniture(line)
