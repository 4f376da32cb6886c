"""The HTML digest in a real browser: headless Chromium at a phone's and a desktop's width.

A digest of the fixtures (with two watchlists, so a story appears under both) is rendered at
375 px and 1280 px: nothing overflows sideways, every link of every story points at a URL the
archive stored, and every story's text is visible inside the viewport's width.  A headline
holding a script is shown as text and never runs.  Screenshots go to ``demo/screenshots/``
(override with CLIPPER_SCREENSHOT_DIR) for a person to look at.

Without Chromium or Playwright these tests skip with the reason, except in CI (``CI`` set),
where they must run: there a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.archive import Archive
from clipper.cli import cli
from clipper.digest.render import render
from clipper.summary import RunSummary
from tests import browser
from tests.conftest import REPO
from tests.test_digest import hostile_result

WIDTHS = (375, 1280)
SCREENSHOTS = Path(os.environ.get("CLIPPER_SCREENSHOT_DIR") or REPO / "demo" / "screenshots")


@pytest.fixture(scope="module", autouse=True)
def needs_browser() -> None:
    reason = browser.unavailable()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"browser tests must run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def digest(
    fixture_archive: tuple[Archive, RunSummary], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, dict[str, Any], set[str]]]:
    """(digest.html, the same digest as JSON, the archive's stored URLs)."""
    archive, _ = fixture_archive
    assert archive.path is not None
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "clipper.db"
    source, copy = sqlite3.connect(archive.path), sqlite3.connect(db)
    source.backup(copy)
    source.close()
    copy.close()
    runner = CliRunner()
    for name, query in (
        ("Port of Aldermouth", "aldermouth AND (strike OR crane*)"),
        ("Transport", "rail* OR ships OR crane*"),
    ):
        assert runner.invoke(cli, ["watch", "add", name, query, "--db", str(db)]).exit_code == 0
    html = folder / "digest.html"
    common = ["digest", "--db", str(db), "--since", "30d"]
    assert runner.invoke(cli, [*common, "--format", "html", "-o", str(html)]).exit_code == 0
    as_json = json.loads(runner.invoke(cli, [*common, "--format", "json"]).stdout)
    con = sqlite3.connect(db)
    urls = {url for (url,) in con.execute("SELECT url FROM pages WHERE url IS NOT NULL")}
    con.close()
    yield html, as_json, urls


@pytest.mark.parametrize("width", WIDTHS)
def test_digest_reads_at_phone_and_desktop_width(
    digest: tuple[Path, dict[str, Any], set[str]], width: int
) -> None:
    html, document, urls = digest
    # A story followed by two watchlists is shown in full under the one it is filed under
    # (clipper.digest.filing), as one line under the other.
    full: list[dict[str, Any]] = []
    repeats: list[dict[str, Any]] = []
    for group in document["groups"]:
        for story in group["stories"]:
            (full if story["filed_under"] == group["name"] else repeats).append(story)
    assert len(full) >= 3 and repeats and len(document["groups"]) == 2
    with browser.chromium(width) as page:
        page.goto(html.resolve().as_uri())
        sizes = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.body.scrollWidth,"
            " window.innerWidth]"
        )
        assert max(sizes[:2]) <= sizes[2], f"horizontal overflow at {width}px: {sizes}"
        for selector, expected in ((".story", full), (".story-repeat", repeats)):
            elements = page.locator(selector)
            assert elements.count() == len(expected)
            for index, story in enumerate(expected):
                element = elements.nth(index)
                assert element.get_attribute("data-story-id") == str(story["story_id"])
                hrefs = element.locator("a").evaluate_all("links => links.map(a => a.href)")
                assert set(hrefs) <= urls, f"links not in the archive: {set(hrefs) - urls}"
                headline = element.locator(".headline")
                assert headline.is_visible()
                assert headline.inner_text().strip() == story["headline"]
                if selector == ".story-repeat":
                    assert hrefs == ([story["url"]] if story["url"] else [])
                    assert_text_visible(element)
                    continue
                linked = (
                    {story["url"]}
                    | {o["url"] for o in story["outlet_links"]}
                    | {a["url"] for a in story["other_articles"]}
                )
                # Every URL the digest gives for the story is a link (a text dump has none).
                assert set(hrefs) == linked - {None}
                lead = element.locator(".lead")
                assert lead.is_visible() and lead.inner_text().strip() == story["lead"]
                assert_text_visible(element)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shot = SCREENSHOTS / f"digest-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000


def assert_text_visible(element: Any) -> None:
    """Every piece of text in ``element`` lies within the viewport's width, is not clipped by
    its box, is displayed and is a readable size."""
    problems = element.evaluate(
        """(story) => {
            const bad = [];
            const walker = document.createTreeWalker(story, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!node.textContent.trim()) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                const boxes = range.getClientRects();
                if (boxes.length === 0) bad.push('not laid out: ' + node.textContent.trim());
                for (const box of boxes) {
                    if (box.left < 0 || box.right > window.innerWidth + 0.5)
                        bad.push('outside: ' + node.textContent.trim());
                }
                const style = getComputedStyle(node.parentElement);
                if (parseFloat(style.fontSize) < 12 || style.visibility !== 'visible'
                    || style.display === 'none' || style.color === style.backgroundColor)
                    bad.push('hidden or tiny: ' + node.textContent.trim());
            }
            if (story.scrollWidth > story.clientWidth) bad.push('story box overflows');
            return bad;
        }"""
    )
    assert problems == [], problems


def test_a_script_in_a_headline_is_shown_as_text(tmp_path: Path) -> None:
    result = hostile_result()
    story = result.groups[0].stories[0]
    result.groups[0].stories[0] = type(story)(
        **{**story.__dict__, "headline": "<script>window.pwned = 1</script> Harbour"}
    )
    html = tmp_path / "hostile.html"
    html.write_text(render(result, "html"), encoding="utf-8")
    with browser.chromium(375) as page:
        page.goto(html.as_uri())
        assert page.evaluate("() => window.pwned") is None
        assert page.evaluate("() => document.scripts.length") == 0
        text = page.locator(".headline").inner_text().strip()
        assert text == "<script>window.pwned = 1</script> Harbour"


def rtl_result() -> Any:
    """A digest of an English desk following Arabic news (invented): an Arabic story in full
    under one watchlist and repeated under another, with an Arabic article on the story, an
    update quoting an Arabic lead, and a watchlist named in Arabic."""
    from clipper.digest.result import Article, DigestGroup, DigestResult, DigestStory, Outlet
    from clipper.digest.updates import PageUpdate
    from clipper.told import gettext

    story = DigestStory(
        story_id=7,
        status="new",
        headline="بلدية الواحة تفتتح جسرا جديدا بطول 340 مترا فوق وادي النخيل",
        lead="افتتحت بلدية الواحة صباح الخميس جسرا للمشاة والدراجات فوق وادي النخيل.",
        url="https://nakheel-times.example/city/2026/12/04/bridge",
        site="nakheel-times.example",
        date="2026-12-04T06:35:00",
        outlets=3,
        pages=4,
        new_pages=4,
        articles=2,
        outlet_links=[
            Outlet("nakheel-times.example", "https://nakheel-times.example/city/b"),
            Outlet("wadi-post.example", "https://wadi-post.example/news/77"),
        ],
        other_articles=[
            Article(
                11,
                "جسر وادي النخيل يكلف 18 مليون درهم بعد إضافة ممر للدراجات",
                "https://al-sahil-akhbar.example/local/bridge-cost",
                "al-sahil-akhbar.example",
                "2026-12-05T05:00:00",
                1,
                "declared",
            )
        ],
        more_articles=0,
        latest="2026-12-05T05:00:00",
        language="ar",
        updates=[
            PageUpdate(
                "wadi-post.example",
                "https://wadi-post.example/news/77",
                2,
                [gettext('new lead: "%(lead)s"', lead="أعلنت البلدية 12 موقفا جديدا")],
            )
        ],
    )
    bridge = DigestGroup("Bridges", "جسر OR bridge", [], [], 1, [story])
    again = DigestGroup("الواحة", "الواحة", [], [], 1, [story])
    return DigestResult(
        "2026-12-04T00:00:00",
        "2026-12-05T06:00:00",
        "default",
        "all",
        1,
        1,
        [bridge, again],
        matched=1,
        matched_new=1,
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_right_to_left_text_keeps_its_place_in_the_digests_lines(
    tmp_path: Path, width: int
) -> None:
    """Arabic text the digest quotes inside its English lines is isolated: the repeat line's
    "– 3 outlets; in full under …" follows the headline (its number stayed at the far left of
    the line, newcomer 39), an Arabic article's list item keeps the digest's direction (its
    bullet inside the card, its site's name after its title, in one piece), and the digest's
    lines read in their order."""
    html = tmp_path / "rtl.html"
    html.write_text(render(rtl_result(), "html"), encoding="utf-8")
    with browser.chromium(width) as page:
        page.goto(html.as_uri())
        repeat = page.locator(".story-repeat")
        assert repeat.count() == 1
        assert_text_visible(repeat)
        # the frame's words come after the whole headline: on its last line to its right, or
        # on a line below it
        placed = repeat.evaluate(
            """(line) => {
                const headline = line.querySelector('.headline').getClientRects();
                const last = headline[headline.length - 1];
                const rest = line.querySelector('.headline').nextElementSibling;
                const range = document.createRange();
                range.setStart(rest.firstChild, 0);
                range.setEnd(rest.firstChild, 3);  // "– 3"
                const first = range.getClientRects()[0];
                const beside = Math.abs(first.top - last.top) < 4 && first.left >= last.right - 1;
                return {after: first.top >= last.bottom - 2 || beside,
                        text: rest.firstChild.textContent.trim().slice(0, 3)};
            }"""
        )
        assert placed == {"after": True, "text": "– 3"}
        story = page.locator(".story")
        assert_text_visible(story)
        item = story.locator("ul.articles li").first
        laid = item.evaluate(
            """(li) => {
                const card = li.closest('.story').getBoundingClientRect();
                const box = li.getBoundingClientRect();
                const title = li.querySelector('.title').getClientRects();
                const end = title[title.length - 1];
                const site = li.querySelector('bdi');
                const parts = Array.from(site.getClientRects());
                const ordered = parts.every((p, i) => i === 0 || p.top > parts[i - 1].top);
                const first = parts[0];
                return {direction: getComputedStyle(li).direction,
                        marker_room: box.left - card.left,
                        site_after_title: first.top >= end.bottom - 2
                            || (Math.abs(first.top - end.top) < 4 && first.left >= end.right - 1),
                        site_in_order: ordered, site: site.textContent};
            }"""
        )
        # the bullet sits in the list's padding, left of the item, inside the card
        assert laid.pop("marker_room") >= 18
        assert laid == {
            "direction": "ltr",
            "site_after_title": True,
            "site_in_order": True,
            "site": "al-sahil-akhbar.example",
        }
        update = story.locator(".update")
        assert update.evaluate("(p) => getComputedStyle(p).direction") == "ltr"
        assert update.locator("bdi").last.inner_text() == "أعلنت البلدية 12 موقفا جديدا"
        heading = page.locator("h2").nth(1)
        assert heading.locator("bdi").first.inner_text() == "الواحة"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"digest-rtl-{width}.png"), full_page=True)


@pytest.mark.parametrize(
    ("language", "width"), [("ar", 375), ("ar", 1280), ("he", 375), ("fa", 375)]
)
def test_a_digest_in_a_language_read_right_to_left(
    tmp_path: Path, language: str, width: int
) -> None:
    """An Arabic, Hebrew or Persian digest (``--language ar``, ``he``, ``fa``) reads right to
    left: its lines start at the right, a story's badge opens its first line there, an
    article list's bullets sit at the right inside the card, a heading's count follows the
    group's name (to its left), each time is one left-to-right piece, and the Polish
    headlines and leads it quotes keep their own direction; nothing overflows or overlaps
    the card's edge at a phone's width or a desktop's."""
    from tests.test_digest_reader_languages import full_result

    html = tmp_path / f"digest-{language}.html"
    html.write_text(render(full_result(), "html", language=language), encoding="utf-8")
    with browser.chromium(width) as page:
        page.goto(html.as_uri())
        sizes = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.body.scrollWidth,"
            " window.innerWidth]"
        )
        assert max(sizes[:2]) <= sizes[2], f"horizontal overflow at {width}px: {sizes}"
        stories = page.locator(".story")
        assert stories.count() == 3
        for index in range(stories.count()):
            assert_text_visible(stories.nth(index))
        assert_text_visible(page.locator(".story-repeat"))
        laid = stories.first.evaluate(
            """(story) => {
                const card = story.getBoundingClientRect();
                const badge = story.querySelector('.status').getBoundingClientRect();
                const li = story.querySelector('ul.articles li');
                const item = li.getBoundingClientRect();
                const headline = story.querySelector('.headline');
                const times = Array.from(document.querySelectorAll('bdi[dir=ltr]'))
                    .filter(b => /UTC/.test(b.textContent));
                const heading = document.querySelector('h2');
                const name = heading.querySelector('bdi').getBoundingClientRect();
                const count = heading.querySelector('span').getBoundingClientRect();
                return {
                    page: getComputedStyle(document.querySelector('.digest')).direction,
                    counts: getComputedStyle(story.querySelector('.counts')).direction,
                    item: getComputedStyle(li).direction,
                    headline: getComputedStyle(headline).direction,
                    badge_at_right: card.right - badge.right < 20,
                    marker_room: card.right - item.right,
                    count_after_name: count.right <= name.left + 1 || count.top > name.top,
                    times_whole: times.length > 0
                        && times.every(b => b.getClientRects().length === 1),
                };
            }"""
        )
        assert laid.pop("marker_room") >= 18  # the bullet in the list's padding, at the right
        assert laid == {
            "page": "rtl",
            "counts": "rtl",
            "item": "rtl",
            "headline": "ltr",  # a Polish headline keeps its own direction (dir="auto")
            "badge_at_right": True,
            "count_after_name": True,
            "times_whole": True,
        }
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"digest-{language}-{width}.png"), full_page=True)


@pytest.mark.parametrize(
    ("headline", "language", "digest_language", "direction"),
    [
        # Hebrew, Arabic, Persian, Urdu headlines opening with a Latin name or a number
        ("IDE זכתה במכרז להקמת מתקן התפלה חדש בחדרה", "he", "he", "rtl"),
        ("IDE זכתה במכרז להקמת מתקן התפלה חדש בחדרה", "he", "en", "rtl"),
        ("Nvidia تفتتح مركزا للأبحاث في الناصرة", "ar", "en", "rtl"),
        ("Snapp گسترش خدمات خود را به مشهد اعلام کرد", "fa", "fa", "rtl"),
        ("PSX میں حصص کی قیمتوں میں اضافہ", "ur", "en", "rtl"),
        # a left-to-right headline opening with a Hebrew word, in a Hebrew digest
        ("Teva להשקיע in Kfar Saba plant, says CEO", "en", "he", "ltr"),
    ],
)
def test_a_headline_is_laid_out_in_its_language_s_direction(
    tmp_path: Path, headline: str, language: str, digest_language: str, direction: str
) -> None:
    """A headline and lead take their stored language's direction, not their first letter's:
    ``dir="auto"`` laid a Hebrew headline opening with "IDE" left to right, its words in the
    wrong order at a glance (newcomer 50a, finding 6)."""
    from dataclasses import replace

    result = rtl_result()
    (group,) = result.groups[:1]
    story = replace(group.stories[0], headline=headline, lead=headline, language=language)
    result = replace(result, groups=[replace(group, stories=[story])])
    html = tmp_path / "digest.html"
    html.write_text(render(result, "html", language=digest_language), encoding="utf-8")
    with browser.chromium(375) as page:
        page.goto(html.as_uri())
        laid = page.locator(".story").first.evaluate(
            """(story) => [getComputedStyle(story.querySelector('h3.headline')).direction,
                           getComputedStyle(story.querySelector('.lead')).direction]"""
        )
        assert laid == [direction, direction]
