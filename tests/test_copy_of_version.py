"""A syndicated copy of a wire story's earlier version is told as such by ``clipper show``
("copy of version 1 of northwire.example's story"), not as a trimmed copy, once the wire
updates its story: the copy trimmed nothing, it copied what the wire had then.

Every fixture here is invented: a wire agency's story about a port crane strike, a regional
paper that ran it the first evening, and the wire's update the next morning.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from clipper.cli import cli

WIRE = "https://northwire.example/2026/05/11/port-cranes-stop-as-operators-strike"
COPY = "https://eastvalepost.example/news/port-cranes-stop-as-operators-strike"
HEADLINE = "Port cranes stop as operators strike over shift pattern"
PARAGRAPHS = [
    "Container cranes at the port of Halvik stood still on Monday as their operators walked out "
    "over a new shift pattern that the port company plans to bring in next month.",
    "The operators' union said more than two hundred members had joined the strike, which is "
    "due to last forty-eight hours, and that talks with the company had broken down on Friday.",
    "Ships waiting to unload were anchored off the harbour mouth by the afternoon, and the port "
    "company said it expected delays of at least three days for container traffic.",
    "The company says the new pattern would cut overtime costs and keep the cranes running "
    "through the night during the busy autumn season, when most of the fruit imports arrive.",
    "Union officials say it would mean twelve-hour shifts for many operators and fewer days off "
    "in a row, and that safety on the quay would suffer as a result.",
]
UPDATE = (
    "On Tuesday morning the company said it would pause the new shift pattern for a month "
    "while an independent mediator looks at the dispute, and the union called off the strike."
)


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "100"})
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def record(url: str, site: str, paragraphs: list[str], fetched: str) -> str:
    return json.dumps(
        {"url": url, "title": HEADLINE, "text": "\n\n".join(paragraphs), "source": site,
         "date_publish": "2026-05-11T07:00:00Z", "fetched_at": fetched}
    )


def night(folder: Path, *lines: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_a_copy_of_the_wires_first_version_is_no_trimmed_copy(
    db_url: str, tmp_path: Path
) -> None:
    first = night(
        tmp_path / "n1",
        record(WIRE, "Northwire", PARAGRAPHS, "2026-05-11T08:00:00Z"),
        record(COPY, "Eastvale Post", PARAGRAPHS, "2026-05-11T18:00:00Z"),
    )
    second = night(
        tmp_path / "n2", record(WIRE, "Northwire", [*PARAGRAPHS, UPDATE], "2026-05-12T08:00:00Z")
    )
    for folder in (first, second):
        assert run(db_url, "dedupe", "--workers", "1", str(folder)).exit_code == 0
    shown = json.loads(run(db_url, "show", "--json", COPY).output)
    assert shown["canonical"]["url"] == WIRE and shown["canonical"]["version"] == 2
    copy = next(v for v in shown["variants"] if v["url"] == COPY)
    assert copy["changes"]["summary"] == ["copy of version 1 of northwire.example's story"]
    text = run(db_url, "show", COPY).output
    assert "copy of version 1 of northwire.example's story" in text
    assert "trimmed" not in text
    # the wire's own first version is still told as its earlier text
    own = next(v for v in shown["variants"] if v["url"] == WIRE)
    assert own["changes"]["summary"][0] == "earlier text of this page (version 1 of 2)"


def test_a_copy_that_trimmed_the_wires_newest_version_is_still_trimmed(
    db_url: str, tmp_path: Path
) -> None:
    """A guard: a copy taken after the update, dropping its last two paragraphs, matches no
    earlier version better: trimmed."""
    first = night(tmp_path / "n1", record(WIRE, "Northwire", PARAGRAPHS, "2026-05-11T08:00:00Z"))
    second = night(
        tmp_path / "n2",
        record(WIRE, "Northwire", [*PARAGRAPHS, UPDATE], "2026-05-12T08:00:00Z"),
        record(COPY, "Eastvale Post", [*PARAGRAPHS[:3], UPDATE], "2026-05-12T18:00:00Z"),
    )
    for folder in (first, second):
        assert run(db_url, "dedupe", "--workers", "1", str(folder)).exit_code == 0
    shown = json.loads(run(db_url, "show", "--json", COPY).output)
    copy = next(v for v in shown["variants"] if v["url"] == COPY)
    assert copy["changes"]["summary"] == ["trimmed (kept 4 of 6 paragraphs)"]


# The wire's update the next morning replaces its lead (newcomer 34's Straits Daily story) and
# adds a paragraph: a copy of version 1 now differs from the newest in its old lead.
NEW_LEAD = (
    "Port cranes at Halvik were still on Tuesday as the strike by their operators went into "
    "its second day, with more than thirty ships now waiting off the harbour mouth."
)
BRIEF = "https://southbaydaily.example/port-cranes-strike-brief"
# Version 1 of that story runs two paragraphs longer than the first test's.
LONGER = [
    *PARAGRAPHS,
    "Fruit importers said the delay would cost them dearly, as bananas and grapes from the "
    "southern hemisphere must reach the ripening sheds within days of landing at the quay.",
    "The port company has asked the regional labour office to appoint a mediator, and said "
    "it was ready to meet the union at any time before the strike is due to end.",
]


def updated_lead_nights(db: str, tmp_path: Path) -> Result:
    """Night 1: the wire's story (7 paragraphs), a paper's reprint of its first six and
    another's brief of its first two; night 2: the wire's page with a new lead and an added
    paragraph.  Returns night 2's run."""
    first = night(
        tmp_path / "n1",
        record(WIRE, "Northwire", LONGER, "2026-05-11T08:00:00Z"),
        record(COPY, "Eastvale Post", LONGER[:6], "2026-05-11T18:00:00Z"),
        record(BRIEF, "South Bay Daily", LONGER[:2], "2026-05-11T19:00:00Z"),
    )
    second = night(
        tmp_path / "n2",
        record(WIRE, "Northwire", [NEW_LEAD, *LONGER[1:], UPDATE], "2026-05-12T08:00:00Z"),
    )
    assert run(db, "dedupe", "--workers", "1", str(first)).exit_code == 0
    result = run(db, "dedupe", "--workers", "1", str(second))
    assert result.exit_code == 0, result.output
    return result


def test_a_trimmed_reprint_of_the_pre_update_text_is_a_copy_of_version_1(
    db_url: str, tmp_path: Path
) -> None:
    """Newcomer 34, finding 7: a reprint of paragraphs 1-6 of version 1, its lead the one
    version 2 replaced, was "trimmed (kept 5 of 8 paragraphs); +1 paragraph": its old lead
    told as a paragraph of its own."""
    updated_lead_nights(db_url, tmp_path)
    shown = json.loads(run(db_url, "show", "--json", WIRE).output)
    assert shown["canonical"]["url"] == WIRE and shown["canonical"]["version"] == 2
    copy = next(v for v in shown["variants"] if v["url"] == COPY)
    assert copy["changes"]["summary"] == [
        "copy of version 1 of northwire.example's story", "trimmed (kept 6 of 7 paragraphs)"
    ]


def test_a_copy_of_version_1_stays_in_the_cluster_when_the_wire_updates(
    db_url: str, tmp_path: Path
) -> None:
    """Newcomer 34, finding 6: a brief of version 1's first two paragraphs (its old lead half
    of it) left its cluster for one of its own the night version 2 came, and the story lost an
    outlet.  It is a copy of version 1 and stays."""
    night2 = updated_lead_nights(db_url, tmp_path)
    shown = json.loads(run(db_url, "show", "--json", WIRE).output)
    urls = {v["url"] for v in shown["variants"]}
    assert {COPY, BRIEF} <= urls, urls
    brief = next(v for v in shown["variants"] if v["url"] == BRIEF)
    assert brief["changes"]["summary"][0] == "copy of version 1 of northwire.example's story"
    assert "earlier pages moved" not in night2.output
