"""A wall's sentence is pre-scanned once for the ``truncated`` phrases' literals
(:meth:`clipper.furniture.compiled.Matchers.may_say_rest_is_paywalled`) before
:func:`clipper.notices.wall_sentence` tries its starts (session 49, htmlspeed49): the pre-scan
may only pass over a sentence none of whose starts says the rest is for subscribers, in any
script and case (a part's fold is that part of the whole's fold)."""

from __future__ import annotations

import pytest

from clipper.furniture.compiled import matchers
from clipper.notices import WALL_LEAD_WORDS, wall_sentence

# Invented sentences: walls opening with a few words of their own, in several languages and
# cases, and article sentences naming subscribers that are no wall.
SENTENCES = [
    "Access to this article is for subscribers only.",
    "ACCESS TO THIS ARTICLE IS FOR SUBSCRIBERS ONLY.",
    "Sadly, access to this article is for subscribers only.",
    "O acesso a este conteúdo é exclusivo para assinantes.",
    "Dieser Artikel ist nur für Abonnenten verfügbar.",
    "Bu içerik yalnızca abonelere özeldir.",
    "BU İÇERİK YALNIZCA ABONELERE ÖZELDİR.",
    "Sign up to continue reading",
    "The paper lost a fifth of its subscribers last year.",
    "The city council approved the budget on Tuesday.",
    "Η εφημερίδα έχασε το ένα πέμπτο των συνδρομητών της.",
    "",
]


def _starts_tried(sentence: str) -> bool:
    """wall_sentence's rule without the pre-scan: each of its first starts tried."""
    m = matchers()
    words = sentence.split()
    return any(
        m.says_rest_is_paywalled(" ".join(words[k:]))
        for k in range(min(WALL_LEAD_WORDS + 1, len(words)))
    )


@pytest.mark.parametrize("sentence", SENTENCES)
def test_prescan_keeps_every_answer(sentence: str) -> None:
    assert wall_sentence(sentence) is _starts_tried(sentence)
    if _starts_tried(sentence):
        assert matchers().may_say_rest_is_paywalled(" ".join(sentence.split()))


def test_walls_found_and_sentences_left() -> None:
    assert wall_sentence("Sadly, access to this article is for subscribers only.")
    assert wall_sentence("BU İÇERİK YALNIZCA ABONELERE ÖZELDİR.")
    assert not wall_sentence("The paper lost a fifth of its subscribers last year.")
    # no literal of the phrases at all: passed over by the pre-scan
    assert not matchers().may_say_rest_is_paywalled(
        "The city council approved the budget on Tuesday."
    )
