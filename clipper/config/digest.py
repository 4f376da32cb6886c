"""What ``clipper digest`` shows: the config object's ``digest`` section.

Part of the config object (:class:`clipper.config.Config`); the figures quoted come from the
measurements described in the README ("How the defaults were chosen"), the commands that
reproduce them live in ``bench/``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DigestConfig:
    """What ``clipper digest`` shows (clipper.digest)."""

    # The first digest of a selection (no previous one recorded) covers this many hours: the
    # nightly cron's period.
    default_window_hours: int = 24
    # Stories shown per watchlist, best first; the rest are counted ("and 12 more").  A morning
    # read on a phone is a few screens; 40 covers a busy night for one client or topic.
    max_stories: int = 40
    # Lead paragraph shown per story, in characters (cut at a word): about three phone lines.
    lead_chars: int = 320
    # Outlet links shown per story; the count is always the full number of outlets.
    max_outlet_links: int = 25
    # Other articles (different reports of the same event) listed per story.
    max_other_articles: int = 8
    # Pages of a story whose new version is told ("new version 3 (site): headline changed:
    # ..."), each a line or two: a wire story re-sent to a dozen sites overnight would bury
    # the story under its updates; the count of new versions is always given whole.
    max_updates: int = 5
    # A new lead told of a page's new version or of an outlet's update at a new address is
    # quoted ('new lead: "…"'), cut at a word to this many characters: the update's news is
    # in it (newcomer 27: "water back in 80 % of homes" was told nowhere), and half the story's
    # own lead (``lead_chars``) keeps the line to two or three lines of 76 columns.
    update_lead_chars: int = 160
    # A new version of a page of another article of the story than the one it leads with
    # names that article by its headline, cut at a word to this many characters ('New version
    # 2 (efe.example) of "Valdeserra empieza a retirar el barro…": correction added'): the
    # site alone did not say which of an agency's three articles was corrected (newcomer 37,
    # finding 4); the headline's opening words tell them apart and keep the line short.
    update_article_chars: int = 50
    # A story stored in the window whose pages stored in it were all published (else fetched)
    # more than this many days before the window starts is a backfill (an archive's old dumps
    # read tonight: newcomer 30's 2019 and 2025 nights): marked ARCHIVE and listed after the
    # night's news, or left out and counted (`--no-backfill`).  A week: a story first picked
    # up a few days after it ran (a weekly, a late wire copy) is still the morning's news.
    backfill_days: int = 7
