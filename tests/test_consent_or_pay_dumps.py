"""A "pay or okay" wall flattened into the top of a text dump (its heading offering both
choices, its consent sentence, its two buttons: "Continue with ads", "Subscribe now"; German
"Mit Werbung weiterlesen", "Werbefrei mit PUR") is a consent banner: it leaves the text, and its
heading is not the headline.  The field case ``textdump-consent-banner`` in another CMP's shape
(session 34's probes: the heading was taken as the headline and all four lines kept).  A
report about such walls, in the reporter's voice, keeps its paragraphs.  Invented text."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

FERRY = [
    "Ferry fares to rise by ten per cent in April",
    "Fares on the Saltmere harbour ferry will rise by ten per cent from the first of April, the "
    "operator announced on Wednesday, blaming higher fuel and insurance costs.",
    "A single adult crossing will cost 3.30 pounds, up from three pounds. Season tickets for "
    "commuters will rise by a smaller amount.",
    "The operator said the ferry had lost money for three years running.",
]
FAEHRE = [
    "Neue Fähre verbindet Inselhafen mit dem Festland",
    "Ab Mai verbindet eine neue Elektrofähre den Inselhafen von Nordwarf mit dem Festland, wie "
    "die Reederei am Montag mitteilte.",
    "Die Fähre bietet Platz für zweihundert Fahrgäste und vierzig Autos und soll die Überfahrt "
    "um zehn Minuten verkürzen.",
    "Der Bürgermeister sprach von einem wichtigen Schritt für die Inselbewohner, die bisher auf "
    "ein altes Dieselschiff angewiesen waren.",
]
WALLS = {
    "en": ([
        "Subscribe or continue with ads",
        "You can use this site for free with advertising and tracking, or subscribe to read "
        "without ads. By choosing to continue with ads, you consent to the use of cookies for "
        "personalised advertising.",
        "Continue with ads",
        "Subscribe now",
    ], FERRY),
    "de": ([
        "Werbefrei lesen oder mit Werbung weiterlesen",
        "Sie können unsere Website wie gewohnt mit Werbung und Tracking nutzen. Wenn Sie mit "
        "Werbung weiterlesen, stimmen Sie der Verwendung von Cookies für personalisierte Werbung "
        "zu, oder Sie lesen werbefrei mit dem PUR-Abo.",
        "Mit Werbung weiterlesen",
        "Werbefrei mit PUR",
    ], FAEHRE),
}  # fmt: skip


def _clean(lines: list[str]) -> Article:
    got = clean_page(
        RawPage(origin="dump.txt", kind="text", body="\n".join(lines) + "\n"), CleanConfig()
    )
    assert isinstance(got, Article), got
    return got


@pytest.mark.parametrize("language", sorted(WALLS))
def test_a_pay_or_okay_wall_over_a_dump_is_no_text(language: str) -> None:
    wall, article = WALLS[language]
    got = _clean(wall + article)
    assert got.title == article[0]
    assert got.text.splitlines() == article[1:]


def test_a_report_about_such_walls_stays() -> None:
    report = [
        "Publishers test subscriptions without ads",
        "Several regional publishers now ask readers to continue with ads or to subscribe, a "
        "choice that critics say pressures readers into accepting tracking cookies.",
        "The consumer group said it had asked the data protection authority to examine whether "
        "such offers were lawful under the rules on consent.",
        "A spokesman for the publishers said the income from advertising paid for local "
        "reporting that would otherwise disappear.",
    ]
    got = _clean(report)
    assert got.title == report[0]
    assert got.text.splitlines() == report[1:]
