"""The credited agency's own page is shown when a copy credits the agency at its end, not only
in its dateline (session 37 note, "Noticed, left alone" item 8; clipper.agencycredits.
closing_credits, clipper.originals.agencies_own): "… a-t-il déclaré. — AFP", "(Reporting by
…; Editing by …)", "Mit Material von dpa", "Con información de EFE", "(ANSA).", "/TT/",
"NTB", "…した。（共同）".  Main read a credit in a page's first 600 characters only and showed
an earlier re-post.  A sentence about an agency, a photo's credit and a site's own copyright
credit nothing.  Invented texts and sites.

The rules were written on the first list of closings (``TUNE``); ``CONFIRM`` was written
after them and passed unchanged."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest

from clipper.canonical import Node
from clipper.closingcredits import closing_credits
from tests.test_imprecise_times import page, shown, shown_after
from tests.test_wire_original_shown import _records

BODY = (
    "The regional council approved a plan on Tuesday to rebuild the coastal road between the "
    "two harbour towns, closed since the spring storms washed away a section of it."
)
PAPER = "https://valley-paper.example/news/coastal-road"

# (the copy's closing, an agency's own page): the forms of the session 37 note
TUNE = [
    ("Les travaux commenceront en mars, a précisé le conseil. — AFP", "https://www.afp.com/fr/1"),
    ("The work will start in March.\n(Reporting by Jane Doe; Editing by Tom Roe)",
     "https://www.reuters.com/world/1"),
    ("Die Arbeiten beginnen im März, sagte ein Sprecher. (dpa)", "https://www.dpa.com/de/1"),
    ("Die Arbeiten beginnen im März, sagte ein Sprecher. dpa/lby", "https://www.dpa.com/de/1"),
    ("Les travaux commenceront en mars.\n© Agence France-Presse", "https://www.afp.com/fr/1"),
    ("Die Arbeiten beginnen im März.\nMit Material von dpa", "https://www.dpa.com/de/1"),
    ("Las obras empezarán en marzo.\nCon información de EFE", "https://efe.com/espana/1"),
    ("I lavori inizieranno a marzo, ha detto il presidente. (ANSA).",
     "https://www.ansa.it/sito/notizie/1"),
    ("Arbetet börjar i mars, säger regionrådet.\n/TT/", "https://tt.se/nyheter/1"),
    ("Arbeidet starter i mars, opplyser fylkesrådet.\nNTB", "https://www.ntb.no/nyheter/1"),
    ("As obras começam em março, disse o presidente.\nLusa", "https://www.lusa.pt/article/1"),
    ("Las obras empezarán en marzo.\nFuente: Europa Press", "https://www.europapress.es/1"),
    ("工事は3月に始まる見通しだ。（共同）", "https://www.kyodonews.jp/news/1"),
    ("공사는 3월에 시작된다. /연합뉴스", "https://www.yna.co.kr/view/1"),
    ("工程将于3月开工。（新华社）", "https://www.news.cn/20261203/1"),
    ("工程將於3月動工。（中央社）", "https://www.cna.com.tw/news/1"),
]  # fmt: skip

# written after TUNE's rules, passed unchanged
CONFIRM = [
    ("The ministry said the work would start in March. -- Reuters",
     "https://www.reuters.com/world/1"),
    ("Die Arbeiten beginnen im März.\n(Bericht von Maria Müller, redigiert von Hans Busemann)",
     "https://www.reuters.com/de/1"),
    ("The work will start in March.\n© Reuters 2026", "https://www.reuters.com/world/1"),
    ("I lavori inizieranno a marzo.\nFonte: ANSA", "https://www.ansa.it/sito/notizie/1"),
    ("Работы начнутся в марте.\nИсточник: ТАСС", "https://tass.ru/obschestvo/1"),
    ("Οι εργασίες θα ξεκινήσουν τον Μάρτιο.\nΠηγή: ΑΠΕ-ΜΠΕ", "https://www.amna.gr/home/1"),
    ("Las obras empezarán en marzo.\nCon informaciones de EFE y AFP", "https://efe.com/espana/1"),
    ("وقالت الوزارة إن الأشغال ستبدأ في مارس. (أ ف ب)", "https://www.afp.com/ar/1"),
    ("As obras começam em março.\nCom Lusa", "https://www.lusa.pt/article/1"),
    ("Die Arbeiten beginnen im März.\n(APA/dpa/red)", "https://www.apa.at/news/1"),
    ("政府は対策を発表した。（共同通信）", "https://www.kyodonews.jp/news/1"),
    ("Çalışmalar martta başlayacak.\nKaynak: AA", "https://www.aa.com.tr/tr/1"),
    ("The work will start in March, the ministry said. (Xinhua)", "https://english.news.cn/1"),
    ("Prace ruszą w marcu.\nŹródło: PAP", "https://www.pap.pl/aktualnosci/1"),
    ("Stavba začne v lednu, uvedla mluvčí. (ČTK)", "https://www.ctk.cz/zpravy/1"),
]  # fmt: skip


def _copies(closing: str, agency_url: str) -> tuple[Node, Node]:
    """The agency's page (15:00 UTC) and a paper's copy stating 11:00 UTC whose text ends with
    ``closing``, its opening crediting no agency."""
    agency = page(1, 400, "2026-12-03T15:00:00", agency_url, zoneless=False)
    paper = replace(
        page(2, 400, "2026-12-03T11:00:00", PAPER, zoneless=False),
        opening=BODY, closing=f"{BODY}\n{closing}",
    )
    return agency, paper


@pytest.mark.parametrize(("closing", "agency_url"), TUNE + CONFIRM)
def test_a_closing_credit_shows_its_agencys_page(closing: str, agency_url: str) -> None:
    for nodes in itertools.permutations(_copies(closing, agency_url)):
        assert shown(*nodes) == 1


AFP = "https://www.afp.com/en/1"
AP = "https://apnews.com/article/1"
DPA = "https://www.dpa.com/de/1"


@pytest.mark.parametrize(
    ("closing", "agency_url"),
    [
        # a sentence about an agency, or naming it as a quote's source
        ("Agence France-Presse reported on Monday that the talks had failed.", AFP),
        ("The figures come from the dpa survey published in May.", DPA),
        ("The group's leader told AFP.", AFP),
        ("AFP reported that the council would vote again.", AFP),
        # a photo's credit
        ("Photo: AFP", AFP),
        ("(AP Photo/Mel Evans)", AP),
        ("Pablo Martinez Monsivais/AP", AP),
        ("Foto: dpa", DPA),
        ("(Photo by Jonathan Nackstrand / AFP)", AFP),
        # a video's caption under the text, a byline naming an agency
        ("The council will vote on Monday. (July 15) AP", AP),
        ("Geoff Mulvihill | Associated Press", AP),
    ],
)
def test_an_agency_named_otherwise_at_the_end_credits_nothing(
    closing: str, agency_url: str
) -> None:
    """The agency's page and a paper's earlier copy ending so: the earlier, in either order."""
    for nodes in itertools.permutations(_copies(closing, agency_url)):
        assert shown(*nodes) == 2
    assert closing_credits(f"{BODY}\n{closing}") == frozenset()


def test_an_agency_sites_own_copyright_does_not_make_it_the_original() -> None:
    """AFP's site runs a Reuters report and closes it "© AFP 2026"; a paper's copy, earlier,
    credits Reuters: the paper's (an agency's site is the original only of its own agency's
    report); the paper's own closing naming AFP would."""
    agency = replace(
        page(1, 400, "2026-12-03T15:00:00", "https://www.afp.com/en/1", zoneless=False),
        closing=f"{BODY}\n© AFP 2026",
    )
    paper = replace(
        page(2, 400, "2026-12-03T11:00:00", PAPER, zoneless=False),
        opening="LONDON (Reuters) - " + BODY,
    )
    for nodes in itertools.permutations((agency, paper)):
        assert shown(*nodes) == 2
    credited = replace(paper, closing=f"{BODY}\n© AFP 2026")
    for nodes in itertools.permutations((agency, credited)):
        assert shown(*nodes) == 1


def test_a_credit_cut_off_at_the_closings_start_is_not_read_alone() -> None:
    """The closing is a longer text's last characters: its first line is the end of a longer
    line ("… told AFP" cut before "AFP"), read only for a credit after a sentence's end."""
    assert closing_credits("AFP\nThe council will vote again in May.", cut=True) == frozenset()
    assert closing_credits("AFP\nThe council will vote again in May.") == {"AFP"}
    assert closing_credits("in May. — AFP", cut=True) == {"AFP"}


PARAGRAPHS = [
    "Les autorités de la région côtière ont annoncé mardi un plan de reconstruction de la route "
    "du littoral, fermée depuis les tempêtes du printemps qui en ont emporté une partie.",
    "Le chantier doit durer dix-huit mois et coûtera 64 millions d'euros, financés pour moitié "
    "par l'État et pour moitié par la région, selon le président du conseil régional.",
    "Les habitants des deux ports reliés par la route font depuis des mois un détour de "
    "quarante kilomètres par l'intérieur des terres pour se rendre au travail.",
    "Les travaux commenceront en mars, a précisé le conseil, qui promet une voie provisoire "
    "pour les secours dès l'hiver. — AFP",
]


def test_dedupe_shows_the_agencys_page_its_copies_credit_at_their_end(tmp_path: Path) -> None:
    """AFP's page at 10:15 UTC and a re-post stamped 08:02 UTC whose text closes "— AFP", each
    a night of its own, in either order: AFP's page (the closing read from the archive)."""
    text = "\n".join(PARAGRAPHS)
    agency_url = "https://www.afp.com/fr/2026/12/03/route-du-littoral"
    nights = [
        _records(tmp_path / "in", "agency", [
            {"url": agency_url, "title": "La route du littoral sera reconstruite",
             "maintext": text.removesuffix(" — AFP"),
             "date_publish": "2026-12-03T10:15:00+00:00", "language": "fr"},
        ]),
        _records(tmp_path / "in", "paper", [
            {"url": "https://gazette-du-port.example/region/route-littoral", "title": "Route",
             "maintext": text, "date_publish": "2026-12-03T08:02:00+00:00", "language": "fr"},
        ]),
    ]  # fmt: skip
    assert shown_after(tmp_path / "in-order.db", nights) == agency_url
    assert shown_after(tmp_path / "reversed.db", nights[::-1]) == agency_url
