"""Two instances of one template are two articles; a pickup, a corrected copy and an updated
copy of one are its copies (newcomer 31's finding F-A, ``clipper.templatefills``).

A company's dividend release each quarter repeats its sentences with other dates, and ends
with the same portrait, forward-looking statements and contact lines; a ministry's weekly
figures, a city's daily prices repeat theirs with other figures.  Two quarters' releases were
one cluster (the September one a "copy" of the December one).  Where the two texts align but
differ, each fills the template's slots (dates, amounts, counts) with words the other does
not, and nothing else differs; a copy differs otherwise.  Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from clipper.config import Config
from clipper.fillwords import fill_words
from clipper.match import Candidate, pair_hits
from clipper.matchview import match_view
from clipper.templatefills import template_fills, two_instances
from clipper.words import words
from tests.test_wire_signoffs import _clusters, _record

# (language, the release with its slots, the boilerplate, two quarters' fills, a pickup's
# disclaimer line)
RELEASES = {
    "en": (
        "TOLEDO, Ohio, {m1} {d1}, 2026 /PRNewswire/ -- The board of directors of Pellworth "
        "Mills Inc. (NYSE: PWM) today declared a quarterly cash dividend of $0.{c} per share, "
        "payable {m2} 15, 2026, to shareholders of record at the close of business on {m1} "
        "{d3}, 2026.",
        "About Pellworth Mills. Pellworth Mills Inc. makes flour, baking mixes and oat products "
        "for bakeries and grocers. Founded in 1922, it runs 14 mills in 3 countries and employs "
        "about 4,300 people. Learn more at www.pellworth.example.\n\n"
        "Forward-looking statements. This release contains forward-looking statements within "
        "the meaning of the Private Securities Litigation Reform Act of 1995, subject to risks "
        "including grain prices, energy costs and demand. Pellworth undertakes no obligation "
        "to update them.\n\n"
        "SOURCE Pellworth Mills Inc.\n\n"
        "Media contact: Nora Beale, 419-555-0161; investors: Sam Oduya, 419-555-0188",
        [
            {"m1": "Sept.", "d1": 4, "m2": "Oct.", "d3": 21, "c": 36},
            {"m1": "Dec.", "d1": 2, "m2": "Jan.", "d3": 17, "c": 36},
        ],
        "This is a paid press release. Contact the press release distributor directly with any "
        "inquiries.",
    ),
    "de": (
        "Kassel, {d1}. {m1} 2026 – Der Vorstand der Lindenhof Armaturen AG hat beschlossen, für "
        "das abgelaufene Quartal eine Zwischendividende von 0,{c} Euro je Aktie auszuschütten. "
        "Die Auszahlung erfolgt am 15. {m2} 2026 an die Aktionäre, die am {d3}. {m1} im "
        "Aktienregister eingetragen sind.",
        "Über die Lindenhof Armaturen AG: Das 1951 gegründete Unternehmen fertigt Ventile und "
        "Pumpen für Wasserwerke an 6 Standorten und beschäftigt rund 2.400 Menschen.\n\n"
        "Pressekontakt: Jana Wirth, Telefon 0561 555 2040",
        [
            {"m1": "September", "d1": 3, "m2": "Oktober", "d3": 22, "c": 45},
            {"m1": "Dezember", "d1": 1, "m2": "Januar", "d3": 18, "c": 45},
        ],
        "Dies ist eine Pressemitteilung. Für den Inhalt ist allein das Unternehmen "
        "verantwortlich.",
    ),
    "fr": (
        "Nantes, le {d1} {m1} 2026 – Le conseil d'administration de Brévannes SA a décidé le "
        "versement d'un dividende trimestriel de 0,{c} euro par action. La date de détachement "
        "est fixée au {d3} {m1} et la mise en paiement interviendra le 15 {m2} 2026.",
        "À propos de Brévannes : fondée en 1907, Brévannes fabrique des emballages en carton "
        "dans 11 usines et emploie environ 1 800 personnes. Plus d'informations sur "
        "www.brevannes.example.\n\n"
        "Contact presse : Hélène Roux, +33 2 40 55 01 72",
        [
            {"m1": "septembre", "d1": 2, "m2": "octobre", "d3": 24, "c": 28},
            {"m1": "décembre", "d1": 3, "m2": "janvier", "d3": 19, "c": 28},
        ],
        "Communiqué diffusé par notre partenaire. Le contenu n'engage que son auteur.",
    ),
    "es": (
        "Valencia, {d1} de {m1} de 2026.- El consejo de administración de Grupo Turís ha "
        "acordado el pago de un dividendo a cuenta de 0,{c} euros brutos por acción, que se "
        "abonará el próximo 15 de {m2} a los accionistas inscritos el día {d3} de {m1}.",
        "Acerca de Grupo Turís: fundado en 1971, Grupo Turís gestiona puertos deportivos y "
        "hoteles en 4 países y cuenta con una plantilla de unas 2.900 personas.\n\n"
        "Contacto de prensa: Marta Llopis, +34 963 550 127",
        [
            {"m1": "septiembre", "d1": 1, "m2": "octubre", "d3": 23, "c": 19},
            {"m1": "diciembre", "d1": 2, "m2": "enero", "d3": 16, "c": 19},
        ],
        "Este es un comunicado de prensa. El contenido es responsabilidad de la empresa.",
    ),
}

# a ministry's weekly figures: every figure of the week changes, and the weekday
CLAIMS = (
    "OTTAWA - Applications for employment insurance {went} by {a},{b}00 last week to {n},{m}00, "
    "the labour ministry said {w}.\n\n"
    "Economists had expected {e},000 new applications for the week ending Nov. {d}. The "
    "four-week average, which evens out weekly swings, stood at {v},{u}00.\n\n"
    "Weekly applications are read as a proxy for layoffs, and have stayed in a narrow range "
    "this year even as hiring slowed in manufacturing and retail.\n\n"
    "The central bank has cut its key rate twice since the summer and has said it will watch "
    "the job market closely before deciding whether borrowing costs need to fall further.\n\n"
    "The ministry publishes its weekly figures every Thursday morning, and revises the previous "
    "week's count when late applications from the provinces are added."
)
WEEKS = [
    {"went": "rose", "a": 3, "b": 4, "n": 41, "m": 2, "w": "Thursday", "e": 40, "d": 14,
     "v": 40, "u": 8},
    {"went": "fell", "a": 1, "b": 9, "n": 39, "m": 3, "w": "Wednesday", "e": 41, "d": 21,
     "v": 40, "u": 6},
]  # fmt: skip


def _release(lang: str, fill: dict[str, object]) -> tuple[str, str]:
    body, tail, _, _ = RELEASES[lang]
    return body.format(**fill), tail


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_two_quarters_releases_are_two_clusters_each_with_its_pickup(
    lang: str, tmp_path: Path
) -> None:
    """Two quarters' dividend releases of one company (the same amount, other dates, the same
    portrait and contacts) are two clusters; a site's pickup of each (a disclaimer line on
    top, the contact lines cut) is in its release's."""
    _, _, quarters, head = RELEASES[lang]
    records = ""
    for n, fill in enumerate(quarters):
        body, tail = _release(lang, fill)
        records += _record(f"https://newswire.example/q{n}", f"{body}\n\n{tail}", lang)
        kept = tail.rsplit("\n\n", 1)[0]
        records += _record(f"https://station.example/pickup-q{n}",
                           f"{head}\n\n{body}\n\n{kept}", lang)  # fmt: skip
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert clusters["q0"] != clusters["q1"], clusters
    assert clusters["pickup-q0"] == clusters["q0"], clusters
    assert clusters["pickup-q1"] == clusters["q1"], clusters


def test_two_weeks_figures_are_two_clusters(tmp_path: Path) -> None:
    records = "".join(
        _record(f"https://{site}.example/week{n}", CLAIMS.format(**week), "en")
        for n, week in enumerate(WEEKS)
        for site in ("ministry", "paper")
    )
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert clusters["week0"] != clusters["week1"], clusters
    assert len(set(clusters.values())) == 2, clusters


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_a_corrected_or_updated_copy_stays_its_release_s(lang: str, tmp_path: Path) -> None:
    """A copy with one date fixed (the record date, wherever the release gives it) and a copy
    with an update paragraph of new figures added are the release's copies."""
    _, _, quarters, _ = RELEASES[lang]
    body, tail = _release(lang, quarters[1])
    fixed, _ = _release(lang, {**quarters[1], "d3": 27})
    update = {
        "en": "Update: Pellworth shares rose 1.8 percent to $41.26 in early trading Wednesday.",
        "de": "Aktualisierung: Die Aktie legte am Vormittag um 1,8 Prozent auf 41,26 Euro zu.",
        "fr": "Mise à jour : l'action gagnait 1,8 % à 41,26 euros en début de séance mercredi.",
        "es": "Actualización: la acción subía un 1,8 % hasta 41,26 euros en la apertura.",
    }[lang]
    records = (
        _record("https://newswire.example/release", f"{body}\n\n{tail}", lang)
        + _record("https://paper.example/corrected", f"{fixed}\n\n{tail}", lang)
        + _record("https://markets.example/updated", f"{body}\n\n{update}\n\n{tail}", lang)
    )
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert len(set(clusters.values())) == 1, clusters


def _pair(first: str, second: str) -> tuple[Candidate, Candidate, npt.NDArray[np.bool_]]:
    """The shorter and the longer page of two texts, and the shorter's shared shingles."""
    config = Config()
    pages = [
        Candidate.of(n, match_view(text, config.fingerprint), (0,))
        for n, text in enumerate((first, second))
    ]
    shorter, longer = sorted(pages, key=lambda c: (len(c.sequence), c.page_id))
    hit, _ = pair_hits(shorter, longer, np.searchsorted(shorter.shingles, shorter.sequence))
    return shorter, longer, hit


def _fills(first: str, second: str) -> tuple[int, int, int]:
    return template_fills(*_pair(first, second), Config().match)


STORY = (
    "The city council voted 7 to 2 on Tuesday to raise parking fees downtown from $2 to $3 an "
    "hour starting March 1, a change officials said would bring in about $450,000 a year.\n\n"
    "Council member Dana Ruiz, who voted against it, said the increase would hurt the 14 "
    "small shops on Main Street that already lost customers during 18 months of road work.\n\n"
    "The money will go to a fund for repairing the 3 city garages, the oldest of which opened "
    "in 1968, and for 40 new bicycle racks near the riverfront, the mayor's office said."
)


def test_a_house_style_stamps_and_a_fixed_figure_fill_no_template() -> None:
    """Numbers spelled out in a house style (a figure on one side only), a site's own time
    stamps above and below (unequal lines), one figure corrected wherever it stands: no page
    of these fills three slots the story does not."""
    spelled = STORY.replace(" 7 to 2 ", " seven to two ").replace(" 3 city", " three city")
    stamped = (
        f"Posted 10:42 AM CST Dec. 2, 2026\n\n{STORY}\n\nLast updated 4:05 PM, 12/02/2026 "
        "by the web desk"
    )
    fixed = STORY.replace("14 small shops", "16 small shops")
    for copy in (spelled, stamped, fixed):
        fills, _, _ = _fills(STORY, copy)
        assert fills < Config().match.template_fills, copy


def test_two_quarters_fill_their_slots_where_they_align() -> None:
    body, tail, quarters, _ = RELEASES["en"]
    first, second = (f"{body.format(**fill)}\n\n{tail}" for fill in quarters)
    fills, filled, substitutions = _fills(first, second)
    assert fills >= Config().match.template_fills
    assert filled == substitutions


def test_fill_words_are_figures_of_any_script_and_calendar_names() -> None:
    text = "Am Freitag, 4. Dezember: ٢٠٢٦ and 3rd quarter, sales of 12,5 million in März"
    found = fill_words(words(text))
    picked = [words(text)[i] for i in found[0::2].tolist()]
    # (März read marz: Latin accents are left out since migration 0076, the table's names too)
    assert picked == ["freitag", "4", "dezember", "2026", "3rd", "12", "5", "marz"]
    # digits of another script are the same fill as their ASCII digits
    assert found[7] == fill_words(words("2026"))[1]


def test_two_instances_needs_the_share_of_filled_substitutions() -> None:
    """A heavily edited copy (words replaced all through) whose edits touch three figures
    is no template instance: its filled substitutions are a small share of its edits."""
    edited = STORY
    for old, new in (("voted", "decided"), ("downtown", "in the centre"), ("change", "move"),
                     ("officials", "staff"), ("against it", "no"), ("hurt", "harm"),
                     ("already", "had"), ("money", "cash"), ("oldest", "eldest"),
                     ("bicycle", "bike"), (" $2 ", " $4 "), ("14 small", "15 small"),
                     ("in 1968", "in 1969")):  # fmt: skip
        edited = edited.replace(old, new)
    config = Config().match
    fills, filled, substitutions = _fills(STORY, edited)
    assert fills >= config.template_fills and filled < config.template_fill_share * substitutions
    assert not two_instances(*_pair(STORY, edited), config)
