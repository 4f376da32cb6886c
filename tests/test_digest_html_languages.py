"""The HTML digest (and the e-mail's HTML part) marks each story's headline and lead with the
language the archive stores for its lead article, as the Atom entry's xml:lang does: a
Japanese headline is drawn with Japanese glyphs, a German lead hyphenated and read aloud as
German (newcomer 21 finding 32).  A story of unknown language carries none (the digest's "en"
is not claimed for it)."""

from __future__ import annotations

import email
import email.policy
from html.parser import HTMLParser

from clipper.digest.render import render
from clipper.digest.result import DigestGroup, DigestResult, DigestStory, Outlet


def story(story_id: int, headline: str, lead: str, language: str | None) -> DigestStory:
    return DigestStory(
        story_id=story_id, status="new", headline=headline, lead=lead,
        url=f"https://paper{story_id}.example/a", site=f"paper{story_id}.example",
        date="2026-12-03T06:00:00", outlets=1, pages=1, new_pages=1, articles=1,
        outlet_links=[Outlet(f"paper{story_id}.example", f"https://paper{story_id}.example/a")],
        other_articles=[], more_articles=0, latest="2026-12-03T06:00:00", language=language,
    )


STORIES = [
    story(1, "電気自動車12万台をリコール", "ブレーキ制御に不具合があるという。", "ja"),
    story(2, "Kessel zurückgerufen", "Der Hersteller ruft 40.000 Heizkessel zurück.", "de"),
    story(3, "Ferry suspended", "The night ferry stops for a week.", None),
]


def result() -> DigestResult:
    groups = [
        DigestGroup("Recalls", "recall", [], [], 2, STORIES[:2]),
        # the German story again under a second watchlist: shown as a repeat line
        DigestGroup("Heating", "kessel", [], [], 2, [STORIES[1], STORIES[2]]),
    ]
    return DigestResult("2026-12-02T06:00:00", "2026-12-03T06:00:00", "default", "all", 1, 3,
                        groups, matched=3)


class Languages(HTMLParser):
    """(class, lang, text) of each element whose class is headline or lead."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str | None, str]] = []
        self._open: list[tuple[str, str | None, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if named.get("class") in ("headline", "lead"):
            self._open.append((str(named["class"]), named.get("lang"), []))

    def handle_data(self, data: str) -> None:
        for _, _, text in self._open:
            text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h3", "p", "a", "strong") and self._open:
            kind, lang, text = self._open.pop()
            self.found.append((kind, lang, "".join(text).strip()))


def languages(html: str) -> dict[tuple[str, str | None], set[str | None]]:
    parser = Languages()
    parser.feed(html)
    seen: dict[tuple[str, str | None], set[str | None]] = {}
    for kind, lang, text in parser.found:
        seen.setdefault((kind, text), set()).add(lang)
    return seen


def test_each_headline_and_lead_carries_its_language() -> None:
    seen = languages(render(result(), "html"))
    for item in STORIES:
        assert seen[("headline", item.headline)] == {item.language}, item.headline
        assert seen[("lead", item.lead)] == {item.language}, item.lead


def test_the_email_html_part_too() -> None:
    message = email.message_from_string(
        render(result(), "email", sender="clipper@example.org", recipients="desk@example.org"),
        policy=email.policy.default,
    )
    part = message.get_body(("html",))
    assert part is not None
    seen = languages(part.get_content())
    assert seen[("headline", STORIES[0].headline)] == {"ja"}
    assert seen[("lead", STORIES[1].lead)] == {"de"}
