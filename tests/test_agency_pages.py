"""National news agencies' pages (newcomer 32's francophone Africa desk: APS, MAP, ACP, AIP,
ATOP, NAN …): the agency's name as the page's title over the report's own headline (F8a), the
dateline "Dakar, 4 déc (APS) -" opening the text (F8b), the desk's initials "AND/ASG" ending it
(F8c) and the byline in ``<div class="auteur">`` (F21).

Every page, name, place and report is invented; the HTML is shaped as such agencies' pages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.changes import measured_changes
from clipper.clean import clean_page
from clipper.config import CleanConfig, FingerprintConfig, MatchConfig, ReadLimits
from clipper.fingerprint import fingerprint_texts
from clipper.match import Candidate, verify
from clipper.minhash import MinHasher
from clipper.page import Article, RawPage
from clipper.read import read_pages

CONFIG = CleanConfig()
FETCHED = "2026-12-05T02:00:00+00:00"
HEADLINE = "Six régions côtières auront de nouveaux quais de pêche"
REPORT = [
    "Le gouvernement a annoncé jeudi le lancement d'un programme de réhabilitation des quais "
    "de pêche artisanale dans six régions côtières, pour un coût estimé à douze milliards de "
    "francs CFA.",
    "Selon le ministre des Pêches, les travaux débuteront en février et devraient durer "
    "dix-huit mois, avec la participation de coopératives de mareyeurs et de transformatrices.",
    "Les organisations de pêcheurs ont salué cette décision, tout en demandant que les "
    "chantiers soient confiés en priorité à des entreprises locales.",
]
EN_HEADLINE = "Port of Lagos clears container backlog after strike"
EN_REPORT = [
    "The Lagos port authority said on Thursday that the container backlog left by a two-day "
    "strike of dock workers had been cleared, and vessels waiting at anchor would berth.",
    "Shipping lines had warned that the delays would raise freight costs for importers across "
    "the region if the terminals did not reopen before the weekend.",
    "Union leaders said talks on pay would resume next week with the terminal operators.",
]


def _html(
    *,
    title: str,
    body: str,
    og_title: str | None = None,
    site_name: str | None = None,
    lang: str = "fr",
) -> bytes:
    head = f'<meta charset="utf-8"><title>{title}</title>'
    if og_title:
        head += f'<meta property="og:title" content="{og_title}">'
    if site_name:
        head += f'<meta property="og:site_name" content="{site_name}">'
    return (
        f'<html lang="{lang}"><head>{head}</head><body>'
        '<header><div class="logo"><a href="/">Accueil</a></div>'
        '<nav><a href="/politique">Politique</a> <a href="/economie">Économie</a></nav></header>'
        f'<div class="contenu"><article>{body}</article></div>'
        "<footer>Tous droits réservés</footer></body></html>"
    ).encode()


def _paragraphs(lines: list[str], opening: str = "", closing: str | None = None) -> str:
    paragraphs = [opening + lines[0], *lines[1:]] + ([closing] if closing else [])
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _clean(html: bytes, url: str) -> Article:
    raw = RawPage(origin="t/page.html", kind="html", body=html, url=url, fetched_at=FETCHED)
    article = clean_page(raw, CONFIG)
    assert isinstance(article, Article), article
    return article


# F8a: the agency's name as <title> / og:title, the headline in the body's <h1> or <h2>
@pytest.mark.parametrize(
    ("title", "og_title", "site_name", "url", "tag"),
    [
        # the acronym and its name; og:site_name the acronym
        ("APS - Agence de Presse Sénégalaise", "APS - Agence de Presse Sénégalaise", "APS",
         "https://aps.example/actualites/quais-de-peche", "h2"),
        # the acronym written beside its name, on an address that is more than the acronym
        ("MAP - Maghreb Arabe Presse", None, None,
         "https://mapexpress.example/fr/quais-de-peche", "h1"),
        # the name alone; the acronym is og:site_name
        ("Agence Togolaise de Presse", "Agence Togolaise de Presse", "ATOP",
         "https://www.atop.example/quais-de-peche", "h2"),
        # the name alone; the acronym is the address's
        ("Agence Congolaise de Presse", None, None,
         "https://acp.example/article/quais-de-peche", "h2"),
    ],
)  # fmt: skip
def test_the_agency_s_name_as_title_gives_way_to_the_headline(
    title: str, og_title: str | None, site_name: str | None, url: str, tag: str
) -> None:
    body = f"<{tag}>{HEADLINE}</{tag}>" + _paragraphs(REPORT)
    article = _clean(_html(title=title, og_title=og_title, site_name=site_name, body=body), url)
    assert article.title == HEADLINE
    assert article.text.split("\n")[0] == REPORT[0]  # the headline is the title, not text
    # a headline whose capitals spell the site's name is the page's <h1>: it stays
    headline = "Tidal Barrier Closes"
    page = _html(
        title=f"{headline} | TBC",
        site_name="TBC",
        lang="en",
        body=f"<h1>{headline}</h1>" + _paragraphs(EN_REPORT),
    )
    assert _clean(page, "https://tbc.example/news/tidal-barrier").title == headline


# F8b: the dateline's date, the year from the fetch when it gives none
@pytest.mark.parametrize(
    ("dateline", "lang", "url"),
    [
        ("Dakar, 4 déc (APS) - ", "fr", "https://aps.example/actualites/quais"),
        ("Rabat, 04/12/2026 (MAP) - ", "fr", "https://mapexpress.example/fr/quais"),
        ("Kinshasa, 4 décembre 2026 (ACP).- ", "fr", "https://acp.example/article/quais"),
        ("Abidjan, 4 déc 2026 (AIP)- ", "fr", "https://aip.example/quais"),
        ("LAGOS, Dec 4 (NAN) - ", "en", "https://nan.example/news/port"),
    ],
)
def test_an_agency_dateline_dates_the_page(dateline: str, lang: str, url: str) -> None:
    headline, report = (HEADLINE, REPORT) if lang == "fr" else (EN_HEADLINE, EN_REPORT)
    page = _html(
        title=headline, lang=lang, body=f"<h1>{headline}</h1>" + _paragraphs(report, dateline)
    )
    article = _clean(page, url)
    assert (article.published, article.date_source) == ("2026-12-04", "guessed")
    # the dateline is cut from the text in every language, its agency credited (agencies45)
    assert article.text.split("\n")[0] == report[0]
    assert article.author == dateline.split("(")[1].split(")")[0]


def test_an_agency_dateline_dates_a_record_s_text(tmp_path: Path) -> None:
    """A scraper's record without a date field: its text's dateline dates it too."""
    path = tmp_path / "night.jsonl"
    record = {
        "url": "https://aps.example/actualites/quais",
        "title": HEADLINE,
        "text": "\n\n".join(["Dakar, 4 déc (APS) - " + REPORT[0], *REPORT[1:]]),
        "fetched_at": FETCHED,
        "language": "fr",
    }
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    raw = next(iter(read_pages([str(path)], ReadLimits(), on_reject=print)))
    article = clean_page(raw, CONFIG)
    assert isinstance(article, Article), article
    assert article.published == "2026-12-04"


def _candidate(page_id: int, text: str) -> Candidate:
    fingerprint = fingerprint_texts([text], MinHasher(FingerprintConfig()))[0]
    assert fingerprint is not None
    return Candidate.of(page_id, fingerprint.match, (-fingerprint.word_count, page_id))


BRIEF = (
    "Le port autonome a rouvert jeudi son terminal à conteneurs après deux jours de grève des "
    "dockers, a indiqué la direction dans un communiqué."
)
OTHER_BRIEF = (
    "La compagnie nationale d'électricité a annoncé des délestages de quatre heures par jour "
    "dans la capitale jusqu'à la fin du mois de décembre."
)


def test_two_agencies_copies_differ_by_no_dateline() -> None:
    """APS's report and AIP's copy of it, each under its agency's dateline: one text
    (similarity 1, "same text"); two reports under one dateline stay no copies."""
    aps = f"Dakar, 4 déc (APS) - {BRIEF}"
    aip = f"Dakar, 4 déc 2026 (AIP)- {BRIEF}"
    edges = verify([(_candidate(0, aps), _candidate(1, aip))], MatchConfig())
    assert len(edges) == 1 and edges[0].jaccard == 1.0
    fingerprint = FingerprintConfig()
    changes = measured_changes(
        "Port", aps, "Port", aip, fingerprint.caption_body_words, fingerprint.caption_body_share
    )
    assert changes.summary[0] == "same text"
    other = f"Dakar, 4 déc (APS) - {OTHER_BRIEF}"
    assert verify([(_candidate(0, aps), _candidate(2, other))], MatchConfig()) == []


# F8c: the desk's initials alone on the last line
@pytest.mark.parametrize("initials", ["AND/ASG", "MK/ASG/OID", "OID/AKS"])
def test_the_desk_s_initials_end_no_text(initials: str) -> None:
    body = f"<h1>{HEADLINE}</h1>" + _paragraphs(REPORT, closing=initials)
    article = _clean(_html(title=HEADLINE, body=body), "https://aps.example/actualites/quais")
    assert article.text.split("\n")[-1] == REPORT[-1]
    # within the text, or in a sentence, initials and slashes are the report's
    within = [REPORT[0], "Le financement CEDEAO/UEMOA couvre la moitié du coût.", REPORT[1]]
    body = f"<h1>{HEADLINE}</h1>" + _paragraphs(within)
    kept = _clean(_html(title=HEADLINE, body=body), "https://aps.example/actualites/quais")
    assert kept.text.split("\n")[-2] == within[1]


# F21: the byline in an element of a French class
@pytest.mark.parametrize(
    "byline",
    [
        '<div class="auteur">Par Awa Ndiaye</div>',
        '<span class="auteur">Awa Ndiaye</span>',
        '<p class="article-auteur">Par Awa Ndiaye</p>',
        '<div class="signature">Par Awa Ndiaye</div>',
        '<span class="journaliste">Awa Ndiaye</span>',
        '<div class="redacteur">Par Awa Ndiaye</div>',
    ],
)
def test_a_byline_in_a_french_class_is_the_author(byline: str) -> None:
    body = f"<h1>{HEADLINE}</h1>{byline}" + _paragraphs(REPORT)
    article = _clean(_html(title=HEADLINE, body=body), "https://aps.example/actualites/quais")
    assert article.author == "Awa Ndiaye"
    assert "Awa Ndiaye" not in article.text
    # a "signature" box giving the report's place, not a byline, names no author
    place = '<div class="c-signature"><strong class="c-signature__lieu">Dakar</strong></div>'
    body = f"<h1>{HEADLINE}</h1>{place}" + _paragraphs(REPORT)
    article = _clean(_html(title=HEADLINE, body=body), "https://aps.example/actualites/quais")
    assert article.author is None
