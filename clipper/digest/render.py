"""A digest as text, HTML, an e-mail (MIME), an Atom feed or JSON.

Text and HTML come from the Jinja2 templates in ``templates/``; HTML is autoescaped, so a
headline holding ``<script>`` is shown as text.  The HTML is one self-contained file: styles
inline on each element (mail clients drop ``<style>`` blocks and external sheets), no scripts,
no images or fonts from elsewhere; a single column that wraps long words and URLs, so it reads
on a 375 px phone screen as on a desktop.  The e-mail is built with the standard ``email``
package (text and HTML as ``multipart/alternative``), the Atom feed with feedgen
(:mod:`clipper.digest.atom`).  The
digest's own words are in the reader's language (``--language``: Jinja2's i18n extension over
the catalogs of :mod:`clipper.translations`); JSON's keys and values stay as they are.
"""

from __future__ import annotations

import functools
import gettext
import json
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING

from clipper.digest.calendars import readers_dates
from clipper.digest.result import DigestGroup, DigestResult, DigestStory
from clipper.digest.updates import PageUpdate
from clipper.layout import cell_width, shown_time, wrap_cells
from clipper.quoting import quoted
from clipper.told import Told, Value, spoken
from clipper.translations import direction, known, tag, translations
from clipper.urls import readable_url, untracked

if TYPE_CHECKING:  # Jinja2 is imported where the templates are made: JSON uses none
    from jinja2 import Environment
    from jinja2.runtime import Context
    from markupsafe import Markup

FORMATS = ("html", "text", "email", "atom", "json")
# The messages as written: English.
ENGLISH = gettext.NullTranslations()


def when(
    value: str | None,
    source: str | None = None,
    zoneless: bool = False,
    zone: tzinfo | None = None,
    speech: gettext.NullTranslations = ENGLISH,
    isolate: bool = False,
) -> str:
    """``2025-03-11T21:10:00`` → ``2025-03-11 21:10 UTC`` (the archive keeps times in UTC), or
    in ``zone`` (``--tz``), ``2025-03-12 04:10 WIB``; a date stays a date; a publication time
    its source wrote without a zone (``zoneless``) as written, ``2025-03-11 21:10 (no time
    zone given)`` (:func:`clipper.layout.shown_time`).  ``source`` says what the date is
    (``clipper.digest.windowrows``'s ``DATE_SOURCES``), as ``clipper show`` does: "2025-03-11
    (guessed)" for a publication date found by a heuristic, "… (updated; published by then)"
    for an "Updated" line's time that is a page's only date, "fetched …" for an undated page's
    fetch time, "archived …" for the time clipper stored a page with neither (never shown as
    if published).  The words are ``speech``'s (:mod:`clipper.translations`).  ``isolate``
    (HTML read right to left): escaped HTML whose time is one left-to-right piece kept on one
    line (:func:`time_isolated`), so an Arabic line does not read "UTC 06:00 2026-12-03" nor
    break "2026-" from "12-03"."""
    if not value:
        return speech.gettext("date unknown")
    bare = zoneless and source in (None, "published", "guessed", "updated")
    no_zone = speech.gettext("(no time zone given)")
    # in the calendar the catalog's readers keep: Solar Hijri for Persian (calendars)
    shown = readers_dates(shown_time(value, zone, bare, no_zone=no_zone), speech)
    said: Callable[[str], str] = str
    if isolate:
        from markupsafe import escape

        said = escape
        # the note "(no time zone given)" stays outside the isolate: words of the language
        note = " " + no_zone if bare and shown.endswith(" " + no_zone) else ""
        shown = time_isolated(shown[: len(shown) - len(note)]) + escape(note)
    if source == "fetched":
        return said(speech.gettext("fetched %(time)s")) % {"time": shown}
    if source == "archived":
        return said(speech.gettext("archived %(time)s")) % {"time": shown}
    if source == "updated":
        return said(speech.gettext("%(time)s (updated; published by then)")) % {"time": shown}
    if source == "guessed":
        return said(speech.gettext("%(time)s (guessed)")) % {"time": shown}
    return shown


def time_isolated(value: str) -> Markup:
    """A time as the digest shows it (``2026-12-03 06:00 UTC``), escaped, in a left-to-right
    ``<bdi>`` that does not wrap: one piece inside a right-to-left line (Unicode's
    bidirectional algorithm, UAX #9, read "2026-12-02 06:00 UTC – 2026-12-03" with its own
    "UTC" as one left-to-right run)."""
    from markupsafe import Markup

    return Markup('<bdi dir="ltr" style="white-space:nowrap">%s</bdi>') % value


def _wrap(value: str, width: int = 76, indent: str = "") -> str:
    """``value`` filled to ``width`` terminal cells (:func:`clipper.layout.wrap_cells`), each
    line starting with ``indent``."""
    room = max(width - cell_width(indent), 1)
    return "\n".join(indent + line for line in wrap_cells(value, room))


def _hang(value: str, width: int = 76, indent: str = "   ") -> str:
    """``value`` filled to ``width`` cells, the first line as it starts (its leading spaces
    kept) and the next ones under ``indent`` (a numbered headline, a list item)."""
    words = value.lstrip()
    lead = value[: len(value) - len(words)]
    first_room = max(width - cell_width(lead), 1)
    first, *rest = wrap_cells(words, max(width - cell_width(indent), 1), first_room) or [""]
    return "\n".join([lead + first, *(indent + line for line in rest)])


def outlets(count: int, speech: gettext.NullTranslations = ENGLISH) -> str:
    """``3 outlets``; ``site unknown`` when no page has a site (not "0 outlets")."""
    if not count:
        return speech.gettext("site unknown")
    return speech.ngettext("%(num)d outlet", "%(num)d outlets", count) % {"num": count}


def semicolon(speech: gettext.NullTranslations = ENGLISH) -> str:
    """What the digest writes between two clauses of one line ("; ": "2 new; 3 new versions"),
    in the language of ``speech`` (gettext context ``separator``): Greek's ";" is its question
    mark, and it writes the ano teleia, "· "; Arabic and Persian write "؛ "."""
    return speech.pgettext("separator", "; ")


def comma(speech: gettext.NullTranslations = ENGLISH) -> str:
    """What the digest writes between the items of a list (", ": sites, watchlists, counts),
    in the language of ``speech`` (gettext context ``separator``): Arabic and Persian "، "."""
    return speech.pgettext("separator", ", ")


def status(value: str, speech: gettext.NullTranslations = ENGLISH) -> str:
    """A story's badge: ``NEW`` or ``UPDATED`` (gettext context ``story``: the word agrees
    with the catalog's word for a story, Italian "NUOVA" notizia, Polish "NOWY" temat)."""
    if value == "new":
        return speech.pgettext("story", "NEW")
    return speech.pgettext("story", "UPDATED")


def update_kind(update: PageUpdate, speech: gettext.NullTranslations = ENGLISH) -> str:
    """What an update of a page is: read whole, moved to a new address, or a new version."""
    if update.read_whole:
        return speech.gettext("Read whole")
    if update.replaces:
        return speech.gettext("Update at a new address")
    return speech.gettext("New version %(version)s") % {"version": update.version}


def isolated(value: object, direction: str | None = None) -> Markup:
    """``value`` (a page's text, a site's or watchlist's name: text the digest quotes inside
    its own sentences), escaped, in a ``<bdi>``: its direction is its own (its first strong
    letter's; ``direction`` ``"ltr"``: left to right, as a query is typed) and does not
    reorder the words around it.  An Arabic headline inside "…; in full under SafaPort above"
    kept its number at the far left of the line, and an Arabic article's title in a list
    pulled its site's name apart ("akhbar- –" / "alsahil.example": newcomer 39).  (Unicode's
    bidirectional algorithm, UAX #9, isolates; HTML's ``<bdi>``.)"""
    from markupsafe import Markup, escape

    if direction is not None:
        return Markup('<bdi dir="%s">%s</bdi>') % (direction, escape(str(value)))
    return Markup("<bdi>%s</bdi>") % escape(str(value))


@functools.cache
def written_direction(language: str | None) -> str:
    """The direction a text stored in ``language`` (a page's language as the archive stores it:
    "he", "ar", "en") is read in: "rtl" for a language written right to left (Hebrew, Arabic,
    Persian, Urdu, Pashto, Yiddish...), "ltr" for one written left to right, by CLDR's
    character order (Babel); "auto" (its first strong letter's) for None or a language Babel
    does not know.  A headline's and a lead's ``dir``: ``dir="auto"`` laid a Hebrew headline
    opening with a Latin name ("IDE זכתה במכרז…") left to right (newcomer 50a, finding 6)."""
    if not language or language == "und":
        return "auto"
    from babel import Locale, UnknownLocaleError

    try:
        order = Locale.parse(language.replace("-", "_")).character_order
    except (ValueError, UnknownLocaleError):
        return "auto"
    return "rtl" if order == "right-to-left" else "ltr"


def told_isolated(value: Value, speech: gettext.NullTranslations = ENGLISH) -> Markup:
    """:func:`clipper.told.spoken` for HTML: the digest's words in the language of
    ``speech``, each value they quote (a headline, a lead, a site's name) :func:`isolated`;
    a count as it is.  Any other value (a watchlist's name) isolated whole."""
    from markupsafe import Markup, escape

    if isinstance(value, tuple):
        return Markup(escape(semicolon(speech))).join(told_isolated(part, speech) for part in value)
    if not isinstance(value, Told):
        return isolated(value)
    if value.plural is None:
        form = speech.gettext(value.message)
    else:
        form = speech.ngettext(value.message, value.plural, value.number or 0)
    if not value.values:
        return escape(form)
    return escape(form) % {
        name: part if isinstance(part, int) else told_isolated(part, speech)
        for name, part in value.values.items()
    }


@functools.cache
def environment(language: str) -> Environment:
    """The templates in ``language`` (one of :data:`clipper.translations.LANGUAGES`):
    Jinja2's i18n extension with that language's catalog installed (``_``, ``ngettext``), the
    filters and functions that write words in it, and its direction (``direction``: "rtl" for a
    language read right to left, :func:`clipper.translations.direction`)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context, select_autoescape

    speech = translations(language)
    rtl = direction(language) == "rtl"
    environment = Environment(
        loader=PackageLoader("clipper.digest", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    environment.install_gettext_translations(speech, newstyle=True)  # type: ignore[attr-defined]

    @pass_context
    def shown(
        context: Context, value: str | None, source: str | None = None, zoneless: bool = False
    ) -> str:
        """:func:`when` in the zone the digest is rendered in (the template's ``zone``); in
        HTML read right to left, its time isolated (:func:`time_isolated`)."""
        isolate = rtl and bool(context.eval_ctx.autoescape)
        return when(value, source, zoneless, context.get("zone"), speech, isolate)

    environment.filters.update(
        when=shown,
        outlets=functools.partial(outlets, speech=speech),
        wrap=_wrap,
        hang=_hang,
        # an address as the digest shows and links it: without tracking parameters
        readable_url=lambda url: readable_url(untracked(url)),
        address=untracked,
        told=functools.partial(spoken, speech=speech),
        # HTML: quoted text isolated from the digest's sentences around it
        bdi=isolated,
        # a headline's or lead's dir: its stored language's direction, else "auto"
        written_direction=written_direction,
        told_bdi=functools.partial(told_isolated, speech=speech),
    )
    environment.globals.update(
        language=tag(language),  # <html lang>: "zh-Hans" for the zh catalog
        # the page's direction: "rtl" for Arabic, Hebrew and Persian (<html dir>, the digest's
        # box, an Atom entry's story), its list bullets and indents on the right
        direction="rtl" if rtl else "ltr",
        status=functools.partial(status, speech=speech),
        update_kind=functools.partial(update_kind, speech=speech),
        # between clauses and list items: the language's own marks (Greek "· ", Arabic "؛ ")
        semicolon=semicolon(speech),
        comma=comma(speech),
    )
    return environment


def subject(result: DigestResult, language: str = "en", title: str | None = None) -> str:
    """A subject line: how many stories (those a group left out past its cap too), how many
    new, and the watchlists; in ``language``; after ``title`` (``--title``: the name the
    digest goes by for its readers) instead of "clipper digest" when given."""
    speech = translations(language)
    names = comma(speech).join(
        str(spoken(g.name, speech)) for g in result.groups if g.total
    ) or speech.gettext("nothing new")
    # Two counts, each with its own plural: "1 tema (0 nuevos)", never "(0 nuevo)".
    stories = speech.ngettext("%(num)d story", "%(num)d stories", result.story_count) % {
        "num": result.story_count
    }
    counts = {"stories": stories, "new": new_stories(result.matched_new, speech), "names": names}
    if title:  # the readers' own name for the digest, then the counts
        return speech.gettext("%(title)s: %(stories)s (%(new)s) – %(names)s") % {
            "title": title,
            **counts,
        }
    return speech.gettext("clipper digest: %(stories)s (%(new)s) – %(names)s") % counts


def new_stories(count: int, speech: gettext.NullTranslations = ENGLISH) -> str:
    """``count`` new stories ("2 new", gettext context ``stories``): the word for "new" agrees
    with the catalog's word for a story ("0 nuevos" temas), as "new" said of pages (context
    ``pages``) or outlets (``outlets``) agrees with theirs in the templates."""
    return speech.npgettext("stories", "%(num)d new", "%(num)d new", count) % {"num": count}


def _basis(result: DigestResult, speech: gettext.NullTranslations) -> str:
    """Where the window starts, as the digest tells it: ``--since``, the previous digest, or
    the default span."""
    if result.basis == "previous digest":
        return speech.gettext("previous digest")
    if result.basis == "default":
        return speech.gettext("default")
    return result.basis


def _sections(
    result: DigestResult,
) -> list[tuple[DigestGroup, list[tuple[DigestStory, str, bool]]]]:
    """Each group with its stories, and for a story another group shows in full (the one it is
    filed under, :attr:`DigestStory.filed_under`, else the first that lists it) that group's
    name and whether it comes below this one (shown there in full, here as one line), else
    ``""``."""
    full: dict[int, int] = {}  # story id -> the index of the group showing it in full
    for index, group in enumerate(result.groups):
        for story in group.stories:
            home = full.get(story.story_id)
            if home is None or (
                story.filed_under == group.name and result.groups[home].name != story.filed_under
            ):
                full[story.story_id] = index
    sections = []
    for index, group in enumerate(result.groups):
        entries = []
        for story in group.stories:
            home = full[story.story_id]
            name = "" if home == index else result.groups[home].name
            entries.append((story, name, home > index))
        sections.append((group, entries))
    return sections


def _context(
    result: DigestResult,
    zone: tzinfo | None,
    language: str,
    title: str | None,
    isolate: bool = False,
) -> dict[str, object]:
    """The templates' values; ``isolate``: the window's times as HTML read right to left wants
    them (:func:`when`)."""
    speech = translations(language)
    return {
        "digest": result,
        "sections": _sections(result),
        "subject": subject(result, language, title),
        "basis": _basis(result, speech),
        # a watchlist or query chose the stories (else every story of the window is shown)
        "followed": any(group.query for group in result.groups),
        "since": when(result.since, zone=zone, speech=speech, isolate=isolate),
        "until": when(result.until, zone=zone, speech=speech, isolate=isolate),
        # a day, UTC, in the readers' calendar
        "backfilled_before": readers_dates((result.backfilled_before or "")[:10], speech),
        "zone": zone,
    }


def to_text(
    result: DigestResult,
    zone: tzinfo | None = None,
    language: str = "en",
    title: str | None = None,
) -> str:
    """Plain text, 76 columns: for a terminal and the e-mail's text part; times in ``zone``
    (None: UTC), words in ``language``, headed by ``title``'s subject (:func:`subject`)."""
    template = environment(known(language)).get_template("digest.txt")
    return template.render(_context(result, zone, language, title))


def to_html(
    result: DigestResult,
    zone: tzinfo | None = None,
    language: str = "en",
    title: str | None = None,
) -> str:
    """One self-contained HTML document (inline CSS, no scripts, no external assets); times
    in ``zone`` (None: UTC), words in ``language`` (its ``<html lang>``,
    :func:`clipper.translations.tag`: "zh-Hans" for Chinese; ``dir="rtl"`` on the page and
    its box for Arabic, Hebrew and Persian, as mail clients that drop ``<html>`` keep the
    box's), titled by ``title``'s subject (:func:`subject`)."""
    template = environment(known(language)).get_template("digest.html")
    rtl = direction(language) == "rtl"
    return template.render(_context(result, zone, language, title, isolate=rtl))


def to_json(result: DigestResult) -> str:
    return json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n"


def to_email(
    result: DigestResult,
    *,
    sender: str | None,
    recipients: str,
    zone: tzinfo | None = None,
    language: str = "en",
    title: str | None = None,
) -> str:
    """A MIME message for ``sendmail -t``: Subject (after ``title`` when given: :func:`subject`),
    Date, From (if given), To, Message-ID, Content-Language (RFC 3282), and the digest as text
    and HTML alternatives."""
    message = EmailMessage()
    message["Subject"] = subject(result, language, title)
    message["Date"] = format_datetime(datetime.now(UTC))
    if sender:
        message["From"] = sender
    message["To"] = recipients
    message["Message-ID"] = make_msgid(domain="clipper.digest")
    message.set_content(to_text(result, zone, language, title))
    message.add_alternative(to_html(result, zone, language, title), subtype="html")
    # after the content: set_content clears the Content-* headers
    message["Content-Language"] = tag(language)
    return message.as_string()


def render(
    result: DigestResult,
    fmt: str,
    *,
    sender: str | None = None,
    recipients: str | None = None,
    feed_url: str | None = None,
    zone: tzinfo | None = None,
    language: str = "en",
    title: str | None = None,
) -> str:
    """``result`` in ``fmt`` (one of FORMATS), titled ``title`` (``--title``) where it has a
    title (not JSON).  ``email`` needs ``recipients``; ``atom``
    takes ``feed_url`` (:func:`clipper.digest.atom.to_atom`).  Times are shown in ``zone``
    (``--tz``; None: UTC), but in JSON, which keeps the archive's UTC times; the digest's
    words in ``language`` (:data:`clipper.translations.LANGUAGES`; JSON's keys are the same
    in every language).  :class:`clipper.translations.UnknownLanguage` for another language."""
    known(language)
    if fmt == "html":
        return to_html(result, zone, language, title)
    if fmt == "text":
        return to_text(result, zone, language, title)
    if fmt == "json":
        return to_json(result)
    if fmt == "atom":
        from clipper.digest.atom import to_atom  # feedgen and lxml: the feed's alone

        return to_atom(result, feed_url, zone, language, title)
    if fmt == "email":
        if not recipients:
            raise ValueError("--format email needs --to or CLIPPER_MAIL_TO")
        return to_email(
            result,
            sender=sender,
            recipients=recipients,
            zone=zone,
            language=language,
            title=title,
        )
    raise ValueError(f"unknown format {quoted(fmt)} (one of {', '.join(FORMATS)})")
