"""Whether a text dump's text stops at a paywall (:func:`stops_at_paywall`): the line saying the
rest is for subscribers, no body paragraph after it.  The line cleaner
(:func:`clipper.textdump.clean_text_dump`) drops that line; :func:`clipper.clean.clean_page`
stores such a dump partial ("paywall")."""

from __future__ import annotations

from collections.abc import Sequence

from clipper.dumplines import is_body_paragraph, is_furniture, normalise_line, word_count
from clipper.furniture.compiled import matchers
from clipper.notices import after_wall


def stops_at_paywall(read: Sequence[str]) -> bool:
    """Whether a dump's text stops at a paywall: a line saying the rest of the article is for
    subscribers (the language tables' ``truncated`` phrases, :mod:`clipper.furniture`: "Subscribe
    to continue reading", "Weiterlesen mit …") with no body paragraph after it (a page's footer
    lines may follow).  The cleaner drops that line; the dump is then stored partial
    ("paywall"), as an HTML page that stops so is (:func:`clipper.htmlclean._paywall_cut`).
    ``read``: the dump's lines as read."""
    # read from the end: the last such line decides, when no body paragraph follows it, so
    # the first body paragraph met from the end says no (a one-day record's last paragraph
    # lies a few lines above its end: testing every line cost ~75 µs a record)
    tables = matchers()
    for raw_line in reversed(read):
        line = normalise_line(raw_line)
        if not line:
            continue
        n = word_count(line)
        if n <= 60 and tables.says_rest_is_paywalled(line):
            return after_wall(line) is None  # else the article runs on after the wall
        if is_body_paragraph(line, n) and not is_furniture(line, n):
            return False
    return False
