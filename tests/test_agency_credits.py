"""News agencies' credits left out of story vectors by their form, listed or not (agency33's
note): an agency's acronym in its dateline ("Dakar, 4 déc (APS) - "), in parentheses opening a
paragraph ("(ANGOP) - ") or closing it after its last sentence ("… (APS)"), and its name in a
dateline after a place in capitals ("KUALA LUMPUR, Dec 3 (Bernama) -- "); the agency a page's
credit names is left out wherever the page names it ("a indiqué à l'APS").  Two unrelated
reports of one agency then share no credit's term; a name's initialism in parentheses inside a
sentence ("Fonds monétaire international (FMI)") stays.  Every text is invented."""

from __future__ import annotations

import numpy as np
import pytest

from clipper.config import StoryConfig
from clipper.stories.vectors import vectorize
from tests.storyevents import cosine

CONFIG = StoryConfig()

PORT = (
    "Le quai de Ziguinchor a rouvert jeudi après trois semaines de dragage, a indiqué son "
    "directeur. Les navires reprendront leurs rotations samedi, selon la même source, qui a "
    "précisé que les pêcheurs pourront de nouveau accoster."
)
CATTLE = (
    "Une campagne de vaccination du bétail contre la dermatose a commencé à Kolda, de source "
    "vétérinaire. Les éleveurs sont invités à présenter leurs animaux aux postes, a précisé la "
    "même source, qui attend quarante mille têtes."
)
EN_PORT = (
    "The port authority said on Thursday that the container backlog left by a two-day strike "
    "had been cleared, and vessels waiting at anchor would berth by the weekend."
)


def _vector(text: str, language: str = "fr", site: str = "quotidien.example"):
    return vectorize("Le quai rouvert", text, language, CONFIG, f"https://{site}/a", site)


def _same(a, b) -> bool:
    return np.array_equal(a.keys, b.keys) and np.allclose(a.weights, b.weights)


@pytest.mark.parametrize(
    ("credited", "language"),
    [
        ("Dakar, 4 déc (APS) - {}", "fr"),
        ("Rabat, 04/12/2026 (MAP) - {}", "fr"),
        ("Luanda, 4 dez (ANGOP) - {}", "pt"),
        ("Abidjan, 4 déc 2026 (AIP)- {}", "fr"),
        ("(ANGOP) - {}", "pt"),
        ("{} (APS)", "fr"),
        ("{} (PANA)", "fr"),
        ("KUWAIT, Dec 4 (KUNA) -- {}", "en"),
        ("KUALA LUMPUR, Dec 4 (Bernama) -- {}", "en"),
        ("JAKARTA, Dec 4 (Antara) - {}", "en"),
        ("TEHRAN, Dec 4 (IRNA) - {}", "en"),
    ],
)
def test_an_agency_s_credit_adds_no_term(credited: str, language: str) -> None:
    text = EN_PORT if language == "en" else PORT
    assert _same(_vector(credited.format(text), language), _vector(text, language))


def test_the_credited_agency_named_in_the_text_is_left_out() -> None:
    named = PORT.replace("a indiqué son directeur", "a indiqué à l'APS son directeur")
    assert _same(_vector(f"Dakar, 4 déc (APS) - {named} (APS)"), _vector(PORT))


def test_two_unrelated_reports_of_one_agency_share_no_credit() -> None:
    """Two of APS's reports on other sites, each credited and naming the agency."""

    def credited(text: str) -> str:
        return f"Dakar, 4 déc (APS) - {text.replace('directeur.', 'directeur à l’APS.')} (APS)"

    port = _vector(credited(PORT), site="seneweb.example")
    cattle = _vector(credited(CATTLE), site="senego.example")
    bare = cosine(_vector(PORT, site="seneweb.example"), _vector(CATTLE, site="senego.example"))
    assert cosine(port, cattle) == pytest.approx(bare, abs=1e-6)


@pytest.mark.parametrize(
    "kept",
    [
        # an initialism after its name, inside a sentence
        "Le Fonds monétaire international (FMI) a salué la réouverture du quai.",
        # a parenthesis of capitals that closes no paragraph
        "Le directeur (APS) a salué la réouverture du quai, selon le ministère.",
    ],
)
def test_an_initialism_in_a_sentence_is_kept(kept: str) -> None:
    """In a credited report: the credit goes, the initialism inside a sentence stays."""
    credited = _vector(f"Dakar, 4 déc (PANA) - {PORT}\n{kept} (PANA)")
    assert _same(credited, _vector(f"{PORT}\n{kept}"))
    bare = kept.replace(" (FMI)", "").replace(" (APS)", "")
    assert not _same(credited, _vector(f"{PORT}\n{bare}"))


def test_a_parenthesis_closing_a_paragraph_inside_the_text_is_kept() -> None:
    """Only the text's last paragraph closes with a credit: a poll's label above is the text's."""
    poll = "Le quai sera-t-il prêt avant la saison ? (SONDAGE)"
    credited = _vector(f"Dakar, 4 déc (APS) - {PORT}\n{poll}\n{CATTLE}")
    assert _same(credited, _vector(f"{PORT}\n{poll}\n{CATTLE}"))
    assert not _same(credited, _vector(f"{PORT}\n{poll.replace(' (SONDAGE)', '')}\n{CATTLE}"))


def test_a_byline_naming_the_credited_outlet_is_still_a_byline() -> None:
    credited = _vector(f"(CNN) - {EN_PORT}\nBy Ann Reed, CNN", "en")
    assert _same(credited, _vector(EN_PORT, "en"))
