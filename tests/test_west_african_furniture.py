"""Site furniture a Lagos monitoring desk found in stored texts, canonicals included (newcomer
51a, finding 1): a share prompt ("Kindly share this story:"), an agency's standards line, a paid
text advert with a telephone number, the site's name alone as the last line, a French comment
section (its heading, its disclaimer, its prompt), a contact line of telephone numbers, a
comment disclaimer and a Hausa "related stories" heading; and the side effect: a full copy
shown as "trimmed (kept 8 of 9 paragraphs)" beside a canonical that kept its furniture.  The
same kinds in the other languages the tables hold them for; the sentences of an article that
use the same words stay.  Invented outlets, people and text."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.closingsite import drop_site_sign_off, is_site_sign_off
from clipper.postclean import drop_furniture_lines
from clipper.sitenames import site_keys
from tests.conftest import build, cli_ok, exported

EN_BODY = [
    "The Lagoon State ferry board said on Monday that it had approved a plan to add six new "
    "boats to its fleet before the rainy season, after months of complaints from commuters.",
    "The board's chairman, Mr Tunde Aribisala, said the boats would be built at a yard in "
    "Epe and would carry up to 80 passengers each on the busiest routes.",
    "Commuters have long complained about waits of more than an hour at the jetties in the "
    "mornings, when traffic on the bridges is at its worst.",
]

FURNITURE = [
    # a share prompt, with or without its colon
    "Kindly share this story:",
    "Please share this article",
    # an agency's pointer to its standards, under every report
    "Our Standards: The Harbourline Trust Principles.",
    # a paid classified under the story, with a telephone number
    "TEXT AD: Call Bisi - +2348031234567",
    "Sponsored ad: Lagoon Motors, call 0803 123 4567",
    # the site's telephone lines
    "Connect With Us : 0302111222 | 0244123456 | 030 211 1333",
    "Contact us: +233 30 211 1222",
    # a comment section's disclaimer
    "DISCLAIMER: The Views, Comments and Opinions of Readers on this site are theirs alone "
    "and do not represent the views of Lagoon Media Limited.",
    # a comment section's heading and prompt, in English
    "Comments",
    "Add a comment",
]
FRENCH_FURNITURE = [
    "Commentaires",
    "Les commentaires sont sous la responsabilité de leurs auteurs. Lagune Info se réserve le "
    "droit de supprimer tout commentaire jugé injurieux.",
    "Ajouter un commentaire",
    "Partager sur Facebook Partager sur Twitter",
    "Partager sur WhatsApp | Partager sur X",
    "Contactez-nous : 33 800 11 22 | 77 600 11 22",
]
OTHER_LANGUAGES_FURNITURE = [
    "Comentarios",
    "Los comentarios son responsabilidad exclusiva de sus autores.",
    "Comentários",
    "Os comentários são de responsabilidade exclusiva de seus autores.",
    "Commenti",
    "I commenti sono sotto la responsabilità dei loro autori.",
    "Kommentare",
    "Karin labarai masu alaka",
]


@pytest.mark.parametrize("line", FURNITURE + FRENCH_FURNITURE + OTHER_LANGUAGES_FURNITURE)
def test_a_furniture_line_ending_a_text_goes(line: str) -> None:
    assert drop_furniture_lines([*EN_BODY, line]) == EN_BODY


@pytest.mark.parametrize(
    "line",
    [
        # sentences of the article with the same words
        "Residents were asked to share this story with neighbours who had no phone, the "
        "chairman said, so that nobody would miss the new timetable.",
        "Call 0803 123 4567 to book a seat, the board said in its statement on Monday.",
        "The board's standards: boats must be inspected every three months, it said.",
        "Comments from commuters at the Ikorodu jetty were mostly positive.",
        "Disclaimer notices were posted at every jetty after the accident, the board said.",
        # an editorial disclaimer, not a comment section's
        "Disclaimer: The views and tips expressed by the analysts on Lagoon Markets are "
        "their own and not those of the website or its management.",
        # a German opinion piece's label, an article's own French subheading
        "Kommentar",
        "Réactions",
    ],
)
def test_a_sentence_or_a_label_of_the_article_stays(line: str) -> None:
    assert drop_furniture_lines([*EN_BODY, line]) == [*EN_BODY, line]


def test_the_site_s_name_alone_as_the_last_line_is_its_sign_off() -> None:
    sites = site_keys("https://www.lagoontimesng.example/2026/12/ferries/", None) | {
        "lagoontimes"  # og:site_name "Lagoon Times"
    }
    assert is_site_sign_off("Lagoon Times Nigeria", sites)
    assert is_site_sign_off("Lagoon Times", sites)
    assert drop_site_sign_off([*EN_BODY, "Lagoon Times Nigeria"], sites) == EN_BODY
    # a sentence naming the site, another site's name, a name in the middle of the text
    assert not is_site_sign_off("Lagoon Times reported the plan first.", sites)
    assert not is_site_sign_off("Harbour Courier Nigeria", sites)
    middle = [EN_BODY[0], "Lagoon Times Nigeria", *EN_BODY[1:]]
    assert drop_site_sign_off(middle, sites) == middle
    # a text of that line alone stays whole
    assert drop_site_sign_off(["Lagoon Times"], sites) == ["Lagoon Times"]


def _page(host: str, site_name: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="en"><head><title>{title} - {site_name}</title>'
        f'<meta property="og:site_name" content="{site_name}">'
        f'<meta property="og:title" content="{title}">'
        f'<link rel="canonical" href="https://{host}/2026/12/ferry-board-boats/">'
        '<meta property="article:published_time" content="2026-12-07T09:00:00+01:00">'
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )


FULL_BODY = [
    *EN_BODY,
    "The board said the first two boats would enter service in March, and the remaining "
    "four by the end of June, subject to sea trials on the lagoon.",
    "Fares will not rise this year, the chairman said, although the board would review them "
    "once the new boats were in service and fuel prices had settled.",
]


def test_a_full_copy_beside_a_canonical_with_furniture_is_not_trimmed(tmp_path: Path) -> None:
    """The canonical ends with its site's share prompt, a copy with its site's name, another
    with a text advert: stored without them, none is "trimmed" beside the other, and no
    stored text keeps a line of furniture."""
    pages = {
        "lagoontimes.html": _page(
            "www.lagoontimesng.example",
            "Lagoon Times",
            "Ferry board approves six new boats",
            [*FULL_BODY, "Lagoon Times Nigeria"],
        ),
        "harbourpunch.html": _page(
            "harbourpunch.example",
            "Harbour Punch",
            "Ferry board approves six new boats for Lagos routes",
            [*FULL_BODY, "Kindly share this story:"],
        ),
        "premiumharbour.html": _page(
            "www.premiumharbour.example",
            "Premium Harbour",
            "Lagos ferry board approves six boats",
            [*FULL_BODY, "TEXT AD: Call Bisi - +2348031234567"],
        ),
    }
    folder = tmp_path / "night"
    folder.mkdir()
    for name, html in pages.items():
        (folder / name).write_text(html, encoding="utf-8")
    archive, _ = build(tmp_path / "a.db", [folder])
    archive.close()
    rows = exported(tmp_path / "a.db")
    assert len(rows) == 3
    assert len({row["cluster_id"] for row in rows.values()}) == 1
    for row in rows.values():
        assert row["text"].splitlines()[-1].startswith("Fares will not rise"), row["text"]
    shown = cli_ok(str(tmp_path / "a.db"), "show", str(next(iter(rows.values()))["cluster_id"]))
    assert "trimmed" not in shown.output
    assert "+1 paragraph" not in shown.output
