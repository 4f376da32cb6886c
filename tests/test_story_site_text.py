"""Text constant for a site or a wire links no two stories (clipper.stories.sitetext).

Session 18's probe: two unrelated JSONL articles of one site whose titles share only "| TC
Online" (a name matching neither the address nor a declared site name, so cleaning keeps it)
joined one story: the site's name, counted ``title_weight`` times, outweighed two short texts.
The same holds for a site's name in the text, a wire's dateline, credit and sign-off, and a
desk's byline.  Every fixture is invented; each pair is two different events of one outlet
published an hour apart, which the story stage must keep apart."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from clipper.config import StoryConfig
from clipper.stories.sitetext import title_labels, without_furniture
from clipper.stories.tokens import terms
from clipper.stories.vectors import Vector, vectorize
from tests.storyevents import night_stories


def _night(site: str, language: str, *articles: tuple[str, str]) -> list[dict[str, Any]]:
    return [
        {"url": f"https://{site}/news/{i}", "title": title, "text": text,
         "language": language, "published": f"2026-12-02T{8 + i:02d}:00:00Z"}
        for i, (title, text) in enumerate(articles)
    ]  # fmt: skip


FERRY = (
    "Ferry sailings to Holm Island halved for the winter | TC Online",
    "The ferry operator said sailings to Holm Island will fall from six a week to three "
    "between November and March. Islanders fear the cut will make hospital visits harder.",
)
MARKET = (
    "Farmers market moves into the old tannery from April | TC Online",
    "The Saturday farmers market will move from the square to the restored tannery on Mill "
    "Lane in April. Stallholders asked for a covered site after storms cancelled four markets.",
)
# Another story of the same site, long, naming the outlet as its reporters do.
QUARRY = (
    "Quarry expansion plan withdrawn after two-year fight | TC Online",
    "Brackenfield Aggregates has withdrawn its plan to extend the Cold Ash quarry by 40 "
    "hectares, ending a two-year campaign by villagers, TC Online can reveal.\n"
    "In a letter to the county planning office seen by TC Online, the company said the "
    "market for crushed stone no longer justified the investment of 12 million pounds.\n"
    "Residents of Cold Ash and Nettlebed had lodged 1,400 objections, citing dust, heavy "
    "lorries on narrow lanes and the loss of a nesting site for sand martins.\n"
    "Parish councillor Ruth Abney told TC Online the village was relieved but wary. 'They "
    "have withdrawn it, not abandoned it,' she said. 'We will keep the campaign group going.'\n"
    "The quarry, which has operated since 1952, employs 23 people. Brackenfield said no jobs "
    "would be lost and that extraction on the existing site would continue until 2031.\n"
    "County councillor Omar Reyes said the decision showed the value of local people making "
    "their voices heard, and that the site's restoration plan would now be reviewed.\n"
    "Brackenfield did not answer further questions from TC Online on Tuesday.",
)


def test_a_title_suffix_naming_the_site_links_no_stories(tmp_path: Path) -> None:
    """The session-18 case: "| TC Online" (thornbury-courier.example) on two short reports."""
    story = night_stories(tmp_path, _night("thornbury-courier.example", "en", FERRY, MARKET))
    assert len(set(story.values())) == 2


def test_a_brief_and_a_long_report_sharing_only_the_outlet_name(tmp_path: Path) -> None:
    """A one-line brief naming the outlet in its title and its text, and a long report of
    another event that names it five times."""
    bins = (
        "Bin collections move to Fridays | TC Online",
        "Bin collections in Thornbury will move from Tuesdays to Fridays from the first week "
        "of January, TC Online understands. Garden waste will be collected every other week "
        "instead of weekly, and the recycling centre on Station Road will close on Mondays.",
    )
    story = night_stories(tmp_path, _night("thornbury-courier.example", "en", bins, QUARRY))
    assert len(set(story.values())) == 2


def test_site_lines_that_survive_cleaning_link_no_stories(tmp_path: Path) -> None:
    """The Example Times' name ends each title (its address, exampletimes.example, does not
    spell "The"), its desk signs each brief, and a line naming it closes each."""
    lanes = (
        "Council approves new cycle lanes on Quay Road — The Example Times",
        "Councillors voted 9-4 on Monday to build protected cycle lanes along Quay Road, "
        "removing 40 parking spaces. Work starts in spring.\n"
        "Compiled by the Example Times city desk.\n"
        "Tips and corrections: write to The Example Times newsroom.",
    )
    library = (
        "Library to stay open on Sundays after petition — The Example Times",
        "The central library will open on Sundays from January after 2,300 residents signed "
        "a petition, the city's culture office said on Friday.\n"
        "Compiled by the Example Times city desk.\n"
        "Tips and corrections: write to The Example Times newsroom.",
    )
    story = night_stories(tmp_path, _night("exampletimes.example", "en", lanes, library))
    assert len(set(story.values())) == 2


def test_a_site_label_in_another_language_links_no_stories(tmp_path: Path) -> None:
    """German briefs of nordkurier-zeitung.example, each titled "… | NK Online"."""
    bridge = (
        "Brücke über die Peene wird ab Mai gesperrt | NK Online",
        "Die Brücke über die Peene in Loitz wird von Mai an für sechs Monate gesperrt. Der "
        "Landkreis will die Fahrbahn erneuern, Umleitungen führen über Demmin.",
    )
    school = (
        "Grundschule in Jarmen bekommt neue Turnhalle | NK Online",
        "Die Grundschule in Jarmen erhält bis zum Herbst eine neue Turnhalle. Das Land zahlt "
        "drei Viertel der Kosten von 2,4 Millionen Euro, den Rest trägt die Stadt.",
    )
    story = night_stories(tmp_path, _night("nordkurier-zeitung.example", "de", bridge, school))
    assert len(set(story.values())) == 2


SIGN_OFF = (
    "(Reporting by Anna Kessler and Jan Brodersen; Writing by Miriam Osei; Editing by Tom Reid)"
)


def test_wire_datelines_and_sign_offs_link_no_stories(tmp_path: Path) -> None:
    """Two wire briefs run by one syndicating site: one city dateline, one agency, one
    reporter's and editor's sign-off, two events."""
    jobs = (
        "Siemag to cut 900 jobs at Mülheim turbine plant",
        "FRANKFURT, Dec 2 (Reuters) - German engineering group Siemag will cut 900 jobs at its "
        "turbine plant in Mülheim by 2028, it said on Wednesday, blaming weak orders from "
        "utilities.\n" + SIGN_OFF,
    )
    court = (
        "Court halts A49 motorway extension over bats",
        "FRANKFURT, Dec 2 (Reuters) - An administrative court on Wednesday halted work on the "
        "A49 motorway extension, ruling that planners had ignored protected bat habitats in "
        "the forest.\n" + SIGN_OFF,
    )
    story = night_stories(tmp_path, _night("marketledger.example", "en", jobs, court))
    assert len(set(story.values())) == 2


def test_agency_credits_and_notices_link_no_stories(tmp_path: Path) -> None:
    storm = (
        "Storm knocks out power to 40,000 in Maine",
        "PORTLAND, Maine (AP) — A storm with wind gusts of 70 mph knocked out power to about "
        "40,000 homes in Maine on Sunday, utilities said.\n"
        "Copyright 2026 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
    )
    lobster = (
        "Maine lobster catch falls to lowest in 15 years",
        "PORTLAND, Maine (AP) — Maine's lobster catch fell to its lowest level in 15 years, "
        "state regulators said Friday, as warming waters push lobsters north.\n"
        "Copyright 2026 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
    )
    story = night_stories(tmp_path, _night("coastnews.example", "en", storm, lobster))
    assert len(set(story.values())) == 2


def test_one_event_still_joins_across_labels_and_datelines(tmp_path: Path) -> None:
    """What is left out is left out of both sides: a site's own report and a wire's report of
    one event, each with its furniture, are one story."""
    own = (
        "Holm Island ferry cut: islanders fear for hospital visits | TC Online",
        "Islanders on Holm Island say halving the ferry sailings this winter will make "
        "hospital visits on the mainland harder. The operator cut sailings from six a week "
        "to three between November and March, blaming fuel costs.\n"
        "Tips and corrections: write to the TC Online newsroom.",
    )
    wire = (
        "Ferry operator halves sailings to Holm Island",
        "THORNBURY, England (Reuters) - A ferry operator will halve its sailings to Holm Island "
        "this winter, from six a week to three between November and March, citing fuel costs. "
        "Islanders said hospital visits would be harder.\n"
        "(Reporting by Anna Kessler; Editing by Tom Reid)",
    )
    records = [*_night("thornbury-courier.example", "en", own),
               *_night("wireledger.example", "en", wire)]  # fmt: skip
    records[1]["url"] = "https://wireledger.example/news/9"
    story = night_stories(tmp_path, records)
    assert len(set(story.values())) == 1


def _cosine(a: Vector, b: Vector) -> float:
    _, ia, ib = np.intersect1d(a.keys, b.keys, return_indices=True)
    return float(np.dot(a.weights[ia].astype(np.float64), b.weights[ib].astype(np.float64)))


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Ferry sailings halved | TC Online", "Ferry sailings halved"),
        ("Opinion | Ferry sailings halved | Local News | TC Online", "Ferry sailings halved"),
        # a short headline and a long site name: the words in the text tell which is which
        ("Ferries halved | The Thornbury and District Courier", "Ferries halved"),
        ("TC Online | Ferry sailings halved", "Ferry sailings halved"),
        # both segments' words are in the text: a headline with a dash, kept whole
        ("Holm Island - ferry sailings halved", "Holm Island - ferry sailings halved"),
        ("Ferry sailings halved - Thornbury Courier", "Ferry sailings halved"),
    ],
)
def test_title_labels(title: str, headline: str) -> None:
    text = "The ferry operator halved sailings to Holm Island for the winter, islanders said."
    text_terms = Counter(terms(text))
    assert title_labels(title, text, text_terms, {"thornburycourier"}, 6)[0] == headline
    # the words of a title's last segment where the text writes it whole ("… TC Online
    # understands") are no headline's
    named = text + " TC Online understands."
    if title.startswith(headline):
        cut = title_labels(title, named, Counter(terms(named)), {"thornburycourier"}, 6)
        assert cut[0] == headline


def test_furniture_is_cut_and_the_report_kept() -> None:
    text = (
        "WASHINGTON, Dec 2 (Reuters) - The Senate passed the bill.\n"
        "Hamburg (dpa) - Der Senat stimmte zu.\n"
        "NEW YORK — Shares rose. Photo: dpa/AFP\n"
        "By Example Times Staff\n"
        "The Associated Press contributed to this report.\n"
        "Reporting by Anna Kessler in Berlin; Editing by Tom Reid"
    )
    assert without_furniture(text).split() == [
        "The", "Senate", "passed", "the", "bill.", "Der", "Senat", "stimmte", "zu.",
        "Shares", "rose.", "Photo:",
    ]  # fmt: skip
    # a paragraph holding such words at length is the article's
    long = "Reporting by the council's auditors " + "found costs rose. " * 20
    assert without_furniture(long) == long


def test_the_site_name_in_the_text_weighs_nothing() -> None:
    config = StoryConfig()
    url = "https://www.thornbury-courier.example/news/1"
    report = (
        "Villagers from Cold Ash and Nettlebed said the quarry plan was dead and the lorries "
        "gone."
    )
    text = report.replace("said", "told the Thornbury Courier") + " The Associated Press"
    vector = vectorize(None, text, "en", config, url=url)
    plain = vectorize(None, report, "en", config, url=url)
    assert _cosine(vector, plain) == pytest.approx(1.0)
    # a short line naming the site is the site's own line: left out whole
    line = "Write to the Thornbury Courier newsroom."
    assert _cosine(vectorize(None, f"{report}\n{line}", "en", config, url=url), plain) == (
        pytest.approx(1.0)
    )
    # elsewhere the name is an event's: another site keeps it
    other = vectorize(None, text, "en", config, url="https://harbor.example/x")
    assert _cosine(other, plain) < 0.95


# (language, a report, the same report between an agency's credits as its services write them
# or closing with one; session 38: kept in story vectors before, "(EUROPA PRESS)" in capitals,
# AFP's Arabic service, TASS's Cyrillic, Xinhua's full-width parentheses and closings of
# words no agency word list holds; "— AFP" weighed nothing before, "afp" an agency's word)
CREDITED = [
    ("es", "El Ayuntamiento aprobó el martes el presupuesto del año próximo con más gasto en "
     "transporte.", "Madrid, 2 dic (EUROPA PRESS) - {}"),
    ("es", "El Ayuntamiento aprobó el martes el presupuesto del año próximo con más gasto en "
     "transporte.", "{}\nCon información de EFE"),
    ("es", "El Ayuntamiento aprobó el martes el presupuesto del año próximo con más gasto en "
     "transporte.", "{}\nFuente: Europa Press"),
    ("ar", "وافق المجلس البلدي يوم الثلاثاء على ميزانية العام المقبل مع زيادة الإنفاق على النقل.",
     "الزهراء (أ ف ب) - {}"),
    ("ru", "Городская дума во вторник утвердила бюджет на следующий год с ростом расходов на "
     "транспорт.", "МОСКВА, 2 декабря (ТАСС) - {}"),
    ("zh", "市议会周二批准了明年的预算，增加了交通方面的支出。", "{}（新华社）"),
    ("de", "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
     "{}\nMit Material von dpa"),
    ("el", "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον προϋπολογισμό του επόμενου έτους με "
     "περισσότερα χρήματα για τις συγκοινωνίες.", "{}\nΠηγή: ΑΠΕ-ΜΠΕ"),
    ("sv", "Kommunfullmäktige antog på tisdagen budgeten för nästa år med mer pengar till "
     "kollektivtrafiken.", "{}\n/TT/"),
    ("no", "Bystyret vedtok tirsdag budsjettet for neste år med mer penger til kollektivtrafikken.",
     "{}\nNTB"),
    ("pt", "A câmara municipal aprovou na terça-feira o orçamento do próximo ano com mais verbas "
     "para os transportes.", "{}\nLusa"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "report", "credited"), CREDITED)
def test_agency_credits_as_written_and_closing_credits_weigh_nothing(
    language: str, report: str, credited: str
) -> None:
    config = StoryConfig()
    url = "https://valley-paper.example/news/1"
    plain = vectorize(None, report, language, config, url=url)
    vector = vectorize(None, credited.format(report), language, config, url=url)
    assert _cosine(vector, plain) == pytest.approx(1.0)
