"""What ``clipper show`` says of a copy agrees with its similarity figure: the kind ("exact
copy", "trimmed (kept N of M paragraphs)", "+N paragraphs") is told of the text the similarity
was measured on, and "1.00" is printed of a whole copy only.

Session 31's show of newcomer 31's Acme release called PR Newswire's own page "trimmed (kept
8 of 10 paragraphs)" at similarity 1.00: the distributor repeats the company's contact lines
on every release, so clipper cut them there as the site's template, after the fingerprint
(which the similarity is of); the station's copy keeps them.  Either side can be the
canonical: the cut page is then "trimmed" against the station's, or the station's "+2
paragraphs" against the cut one.

Every fixture is invented: four releases of a made-up food company carried by a made-up wire
(four pages carrying the same contact lines: its template) and picked up by local stations,
and a long county-board story a paper's site copies without its last line.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import build, cli_ok

WIRE = "newswire-test.example"
CONTACTS = [
    "SOURCE Norvale Foods Inc.",
    "Media contact: Lena Brandt, 555-0134, press@norvale.example",
    "Investor contact: Tomas Ruiz, 555-0178",
]
ABOUT = (
    "About Norvale Foods. Norvale Foods Inc. makes frozen vegetables, soups and ready meals "
    "sold under the Norvale and Green Acre brands in grocery stores across the Midwest and "
    "employs about 3,200 people at five plants in Iowa, Nebraska and Minnesota."
)
RELEASES = [
    (
        "Norvale Foods Opens Soup Plant in Cedar Falls",
        [
            "CEDAR FALLS, Iowa, Nov. 30, 2026 /Newswire/ -- Norvale Foods Inc. today opened a "
            "$48 million soup plant in Cedar Falls that will employ 140 people when it runs "
            "three shifts next spring.",
            "The plant will make the company's canned and boxed soups, which until now were "
            "made under contract by another packer in Wisconsin.",
            '"Bringing our soups home to Iowa lets us buy more of our vegetables from the '
            'farms around us," said chief executive Helen Marsh.',
        ],
    ),
    (
        "Norvale Foods Names Daniel Okoye Chief Financial Officer",
        [
            "OMAHA, Neb., Dec. 1, 2026 /Newswire/ -- Norvale Foods Inc. today named Daniel "
            "Okoye its chief financial officer, effective Jan. 4, 2027. He succeeds Carol "
            "Lindqvist, who is retiring after 22 years with the company.",
            "Okoye has been the company's treasurer since 2021 and before that led the "
            "finance team of a regional dairy cooperative.",
            '"Daniel knows our business and our lenders well, and he has the trust of our '
            'board," said chief executive Helen Marsh.',
        ],
    ),
    (
        "Norvale Foods Recalls Frozen Pea Bags Over Plastic Pieces",
        [
            "MANKATO, Minn., Dec. 2, 2026 /Newswire/ -- Norvale Foods Inc. is recalling about "
            "18,000 two-pound bags of Green Acre frozen peas because they may contain small "
            "pieces of blue plastic from a broken conveyor guard.",
            "The bags carry the code MK26-311 and a best-by date of Oct. 2028. No injuries "
            "have been reported.",
            "Customers should throw the peas away or return them to the store for a full "
            "refund, the company said.",
        ],
    ),
    (
        "Norvale Foods Raises Quarterly Dividend to $0.31",
        [
            "OMAHA, Neb., Dec. 3, 2026 /Newswire/ -- The board of Norvale Foods Inc. today "
            "raised the quarterly cash dividend to $0.31 per share from $0.29, payable Jan. "
            "20, 2027, to shareholders of record on Jan. 6.",
            "It is the company's sixth dividend increase in five years.",
            "The board also approved buying back up to $40 million of the company's shares "
            "over the next two years.",
        ],
    ),
]


def _record(url: str, title: str, paragraphs: list[str], published: str) -> str:
    return json.dumps({"url": url, "title": title, "maintext": "\n\n".join(paragraphs),
                       "date_publish": published, "date_download": "2026-12-04T06:00:00Z",
                       "language": "en"})


def _slug(title: str) -> str:
    return "-".join(title.lower().replace("$", "").replace(".", "").split())


def _pickups(folder: Path) -> Path:
    """The wire's four releases; the first picked up first by a station (the station's copy
    is the canonical), the second picked up an hour later (the wire's is)."""
    lines = []
    for n, (title, paragraphs) in enumerate(RELEASES):
        body = [*paragraphs, ABOUT, *CONTACTS]
        wire_time = f"2026-12-0{n + 1}T13:00:00Z"
        lines.append(_record(f"https://www.{WIRE}/news-releases/{_slug(title)}-30{n}.html",
                             title, body, wire_time))
        if n == 0:
            lines.append(_record(f"https://www.kwwl-test.example/business/{_slug(title)}",
                                 title, body, "2026-12-01T12:30:00Z"))
        if n == 1:
            lines.append(_record(f"https://www.ketv-test.example/money/{_slug(title)}",
                                 title, body, "2026-12-02T14:00:00Z"))
    folder.mkdir(parents=True)
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _shown(db: str, title: str) -> dict:
    first = cli_ok(db, "search", "--json", f'"{title}"').output.splitlines()[0]
    cluster = json.loads(first)["cluster_id"]
    return dict(json.loads(cli_ok(db, "show", "--json", str(cluster)).output))


def test_a_copy_whose_lines_its_site_cut_is_told_as_the_similarity_measured_it(
    tmp_path: Path,
) -> None:
    db = tmp_path / "a.db"
    archive, _ = build(db, [_pickups(tmp_path / "night")])
    archive.close()
    for title in (RELEASES[0][0], RELEASES[1][0]):
        view = _shown(str(db), title)
        assert len(view["variants"]) == 1, view["variants"]
        variant = view["variants"][0]
        # the wire's page lost its contact lines as its site's template, the station's kept
        # them: fingerprinted, both texts are one
        assert variant["similarity"] == 1.0
        assert variant["changes"]["summary"] == ["exact copy"], (title, variant)
        shown = cli_ok(str(db), "show", str(view["cluster_id"])).output
        assert "similarity 1.00" in shown and "exact copy" in shown
        assert "trimmed" not in shown and "+2 paragraphs" not in shown
    # the cut is still made: the wire's page is read without its site's contact lines
    wire = next(
        page for page in (_shown(str(db), RELEASES[0][0])["canonical"],
                          _shown(str(db), RELEASES[1][0])["canonical"])
        if WIRE in page["url"]
    )
    assert "Media contact" not in wire["text"]


COUNTY = [
    f"Item {n}: the county board voted {9 - n % 4}-{n % 4} to {action} in {town}, after "
    f"{n + 2} residents spoke during the public comment period on the {place} plan."
    for n, (action, town, place) in enumerate(
        (action, town, place)
        for action in ("repave the old state road", "buy two snowplows",
                       "extend the library's hours", "hire a second building inspector",
                       "fix the courthouse roof", "raise the landfill fee",
                       "study a new jail annex", "add a bus stop by the clinic",
                       "rent space for the extension office", "sell the old highway garage",
                       "pay for a drainage survey", "plant trees along the fairgrounds")
        for town, place in (("Elm Grove", "drainage"), ("Harlan", "zoning"),
                            ("Pike Center", "budget"), ("West Ferry", "parks"),
                            ("Oakdale", "road"))
    )
]
TITLE = "County board works through 60 items in marathon meeting"


def _county(tmp_path: Path, last: str) -> dict:
    """The 60-item story and a paper's copy of it without its ``last`` line."""
    folder = tmp_path / "night"
    folder.mkdir()
    lines = [
        _record("https://www.lakecountynews.example/news/county-board-marathon", TITLE,
                [*COUNTY, last], "2026-12-02T02:00:00Z"),
        _record("https://www.harlanherald.example/local/county-board-marathon", TITLE,
                COUNTY, "2026-12-02T05:00:00Z"),
    ]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "a.db"
    archive, _ = build(db, [folder])
    archive.close()
    view = _shown(str(db), TITLE)
    view["shown"] = cli_ok(str(db), "show", str(view["cluster_id"])).output
    return view


def test_a_copy_short_of_its_sign_off_is_the_same_text(tmp_path: Path) -> None:
    """The sign-off is no part of what the similarity measures (a desk signs every text so):
    a copy without it is the same text at 1.00, its closing told apart."""
    view = _county(tmp_path, "Reporting by county staff.")
    (variant,) = view["variants"]
    assert variant["similarity"] == 1.0
    assert variant["changes"]["summary"] == ["same text", "closing lines differ"]
    assert "trimmed" not in view["shown"] and "similarity 1.00" in view["shown"]


def test_a_long_copy_short_of_one_line_is_not_shown_as_a_whole_copy(tmp_path: Path) -> None:
    """A 60-item story copied without its four-word last line: its similarity rounds to 1.00
    at two decimals, but it is trimmed, so show prints 0.99."""
    view = _county(tmp_path, "The board meets Tuesday.")
    (variant,) = view["variants"]
    assert variant["changes"]["summary"] == ["trimmed (kept 60 of 61 paragraphs)"]
    assert 0.995 <= variant["similarity"] < 1
    assert "similarity 0.99" in view["shown"] and "similarity 1.00" not in view["shown"]
