"""A digest as an Atom 1.0 feed (RFC 4287), written with feedgen: :func:`to_atom`.  A module
of its own because feedgen brings lxml and dateutil, which the other formats (a watchlist's
nightly text, HTML or JSON digest) would import for nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, tzinfo
from typing import Any
from urllib.parse import quote

from feedgen.entry import FeedEntry
from feedgen.ext.base import BaseEntryExtension
from feedgen.feed import FeedGenerator

from clipper.digest.render import environment, when
from clipper.digest.result import DigestResult, DigestStory
from clipper.told import spoken
from clipper.translations import known, translations
from clipper.urls import untracked


def _aware(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class _EntryLanguage(BaseEntryExtension):
    """An entry's ``xml:lang`` (RFC 4287 §2: any element may carry it), which feedgen sets on
    the feed only: written through feedgen's entry-extension hook, called with the entry's
    element."""

    language: str | None = None

    def extend_atom(self, entry: Any) -> Any:
        if self.language:
            entry.set("{http://www.w3.org/XML/1998/namespace}lang", self.language)
        return entry


def _set_language(entry: FeedEntry, language: str | None) -> None:
    entry.register_extension("clipper_lang", _EntryLanguage, atom=True, rss=False)
    entry.clipper_lang.language = language


def to_atom(
    result: DigestResult,
    feed_url: str | None = None,
    zone: tzinfo | None = None,
    language: str = "en",
    title: str | None = None,
) -> str:
    """An Atom 1.0 feed (RFC 4287): one entry per story, its watchlists as categories; its
    title ``title`` (``--title``) and the watchlists, else "clipper digest" and them.

    ``feed_url``: the address the feed will be published at, written as its ``rel="self"``
    link (what a feed reader subscribes to; validators ask for it).  ``xml:lang``: each
    entry's is its lead article's language as stored, and the feed's is theirs when they all
    share one (none when unknown or mixed).

    Entry ids are derived from the story's link and the digest's window end, so a story that
    grows later appears again as a new entry (feed readers show it as unread).  An entry's
    ``published`` is its lead article's publication time, left out when its source wrote it
    without a zone (RFC 4287 §3.3: a date-time needs one; the entry's text says the time as
    written); ``zone`` is that of the times written in the feed's text (None: UTC), and
    ``language`` that of its own words (title, subtitle, "[updated]")."""
    speech = translations(language)
    story_html = environment(known(language)).get_template("story.html")
    updated = _aware(result.until) or datetime.now(UTC)
    feed = FeedGenerator()
    feed.id("urn:clipper:digest:" + quote(result.selection, safe=""))
    if feed_url:
        feed.link(href=feed_url, rel="self", type="application/atom+xml")
    names = speech.pgettext("separator", ", ").join(
        str(spoken(g.name, speech)) for g in result.groups
    ) or speech.gettext("all stories")
    if title:
        feed.title(speech.gettext("%(title)s: %(names)s") % {"title": title, "names": names})
    else:
        feed.title(speech.gettext("clipper digest: %(names)s") % {"names": names})
    feed.subtitle(
        speech.gettext("Stories stored %(since)s – %(until)s")
        % {
            "since": when(result.since, zone=zone, speech=speech),
            "until": when(result.until, zone=zone, speech=speech),
        }
    )
    feed.author({"name": "clipper"})
    feed.generator("clipper")
    feed.updated(updated)
    stories: dict[int, tuple[DigestStory, list[str]]] = {}
    for group in result.groups:
        for story in group.stories:
            categories = stories.setdefault(story.story_id, (story, []))[1]
            # the watchlist it is filed under first (clipper.digest.filing), then the others
            categories.insert(0 if group.name == story.filed_under else len(categories), group.name)
    languages = {story.language for story, _ in stories.values()}
    if len(languages) == 1 and None not in languages:
        feed.language(languages.pop())
    for story, groups in stories.values():
        entry = feed.add_entry(order="append")
        _set_language(entry, story.language)
        key = f"{story.url or story.story_id}|{result.until}"
        entry.id(uuid.uuid5(uuid.NAMESPACE_URL, key).urn)
        updated_mark = speech.gettext("[updated]") + " " if story.status == "updated" else ""
        archive_mark = speech.gettext("[archive]") + " " if story.backfill else ""
        headline = story.headline or speech.gettext("(untitled)")
        entry.title(archive_mark + updated_mark + headline)
        entry.updated(updated)
        # an entry's published time is a publication date, never a fetch or storing time
        published = (
            _aware(story.date)
            if story.date_source in (None, "published") and not story.date_zoneless
            else None
        )
        if published:
            entry.published(published)
        if story.url:
            entry.link(href=untracked(story.url), rel="alternate")
        entry.summary(story.lead or headline)
        entry.content(
            story_html.render(story=story, zone=zone),
            type="html",
        )
        for name in groups:
            entry.category(term=str(spoken(name, speech)))
    xml: bytes = feed.atom_str(pretty=True)
    return xml.decode("utf-8")
