"""What ``clipper digest`` tells its operator on standard error, in the digest's language
(``--language``, a francophone desk's finding: a French digest came with English notes): that
the window holds nothing new, which runs' pages are in no story yet, how many stories are a
backfill of older pages, how many daily service pages were left out, and what ``-o FILE`` was
written with.

The words are gettext messages of the digest's catalogs (:mod:`clipper.translations`, found
by ``pybabel extract`` with ``clipper/locales/babel.cfg`` as the templates' are), each count
with its language's plural forms; English is the messages as written.  Dates are
:func:`clipper.digest.render.when`'s, group names said in the language
(:func:`clipper.told.spoken`); option and command names (``--no-backfill``, ``clipper
dedupe``), paths and format names stay as typed.  Errors of usage (click's) stay English, as
every command's do.
"""

from __future__ import annotations

import gettext
from datetime import tzinfo
from pathlib import Path

from clipper.digest.calendars import readers_dates
from clipper.digest.render import new_stories, when
from clipper.digest.result import DigestResult
from clipper.told import spoken


def nothing_new(result: DigestResult, zone: tzinfo | None, speech: gettext.NullTranslations) -> str:
    """The line for an empty digest (exit 3): "nothing new" (or "no story", when pages of the
    window are in no story yet) from the window's start to its end in ``zone``, how many
    stories of the whole archive arrived or grew, and the groups followed."""
    values = {
        "since": when(result.since, zone=zone, speech=speech),
        "until": when(result.until, zone=zone, speech=speech),
        "num": result.stories_in_window,
        "followed": ", ".join(spoken(g.name, speech) for g in result.groups),
    }
    if result.unfiled:
        return (
            speech.ngettext(
                "no story from %(since)s to %(until)s (%(num)d story arrived or grew; "
                "followed: %(followed)s)",
                "no story from %(since)s to %(until)s (%(num)d stories arrived or grew; "
                "followed: %(followed)s)",
                result.stories_in_window,
            )
            % values
        )
    return (
        speech.ngettext(
            "nothing new from %(since)s to %(until)s (%(num)d story arrived or grew; "
            "followed: %(followed)s)",
            "nothing new from %(since)s to %(until)s (%(num)d stories arrived or grew; "
            "followed: %(followed)s)",
            result.stories_in_window,
        )
        % values
    )


def again_hint(result: DigestResult, speech: gettext.NullTranslations) -> str | None:
    """For an empty digest that continued from a recorded one (the morning's first digest,
    written a minute ago in one format, leaves the second empty): that ``--again`` writes the
    last one again; None for any other digest."""
    if not result.is_empty or result.basis != "previous digest":
        return None
    return speech.gettext("to write the last digest again (in another format, say), add --again")


def unfiled(pages: dict[int, int], speech: gettext.NullTranslations) -> str | None:
    """Which runs of the window stored pages that are in no story yet (``pages``: run id →
    pages; killed before their story stage, or still running), what has them and what files
    them; None when every page is in a story."""
    if not pages:
        return None
    runs = ", ".join(
        speech.ngettext(
            "run %(run)d stored %(num)d page", "run %(run)d stored %(num)d pages", count
        )
        % {"run": run, "num": count}
        for run, count in pages.items()
    )
    return speech.gettext(
        "%(runs)s in no story yet (stopped before its story stage, or still running): search "
        "and export have them; run clipper dedupe again on that input to file them, and the "
        "next digest shows their stories"
    ) % {"runs": runs}


def backfilled(result: DigestResult, speech: gettext.NullTranslations) -> str | None:
    """How many stories of the window are a backfill of older pages (published before
    ``result.backfilled_before``, its day), what became of them (listed last, marked ARCHIVE,
    or left out with ``--no-backfill``) and the option that changes it; None when none is."""
    if not result.backfilled:
        return None
    day = readers_dates((result.backfilled_before or "")[:10], speech)  # Solar Hijri in Persian
    values = {"num": result.backfilled, "date": day}
    if result.left_out_backfill:
        return (
            speech.ngettext(
                "left out %(num)d story stored in the window but published before %(date)s (a "
                "backfill of older pages): without --no-backfill it is listed, marked ARCHIVE",
                "left out %(num)d stories stored in the window but published before %(date)s (a "
                "backfill of older pages): without --no-backfill they are listed, marked ARCHIVE",
                result.backfilled,
            )
            % values
        )
    return (
        speech.ngettext(
            "%(num)d story stored in the window but published before %(date)s (a backfill of "
            "older pages): marked ARCHIVE and listed last; --no-backfill leaves it out",
            "%(num)d stories stored in the window but published before %(date)s (a backfill of "
            "older pages): marked ARCHIVE and listed last; --no-backfill leaves them out",
            result.backfilled,
        )
        % values
    )


def service_pages(result: DigestResult, speech: gettext.NullTranslations) -> str | None:
    """How many stories of the window were left out as recurring service pages (the day's death
    notices, weather, horoscope, TV listings, lottery results, pharmacies on duty:
    :mod:`clipper.servicepages`); None when none was."""
    count = sum(result.service_pages.values())
    if not count:
        return None
    return speech.ngettext(
        "left out %(num)d daily service page (death notices, weather, horoscope, TV listings, "
        "lottery results, pharmacies on duty): no news",
        "left out %(num)d daily service pages (death notices, weather, horoscope, TV listings, "
        "lottery results, pharmacies on duty): no news",
        count,
    ) % {"num": count}


def written(result: DigestResult, target: Path, fmt: str, speech: gettext.NullTranslations) -> str:
    """What ``-o FILE`` wrote: the digest's stories (those a group left out past its cap too),
    how many new, the file and the format (``html``, ``text``, ``email``, ``atom``, ``json``)."""
    stories = speech.ngettext("%(num)d story", "%(num)d stories", result.story_count) % {
        "num": result.story_count
    }
    return speech.gettext("digest of %(stories)s (%(new)s) written to %(path)s (%(format)s)") % {
        "stories": stories,
        "new": new_stories(result.matched_new, speech),
        "path": target,
        "format": fmt,
    }
