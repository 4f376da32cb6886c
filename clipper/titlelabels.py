"""A status label before a page's headline: the site's word on the story's state, not the
headline's.

Sites put a label before a headline while a story runs or once it changed: "UPDATED: CBN
approves …" (Punch's second version of the morning's story; newcomer 51a), "BREAKING: …", "JUST
IN: …", "LIVE: …", Reuters' "UPDATE 2-…", French "MISE À JOUR : …", "EN DIRECT - …", "URGENT
: …", Spanish "ÚLTIMA HORA: …".  Kept, it stood in the headline ``digest`` and ``search`` show,
and the same story read as two headlines.  The labels are the ``title_labels`` of the language
tables (:mod:`clipper.furniture`); a label is cut from a stored title (:func:`unlabelled`) only
by the table of the page's own language, so an English "Direct:" or a French "Live :" stays
(the Serbian fold of session 50, decided per line, turned Russian words Latin).  A label needs
its separator after it (a colon, a dash or a bar between blanks; a dash glued to Reuters' "UPDATE
2"), and a headline of at least :data:`MIN_HEADLINE_WORDS` words after it: "Live updates" or
"Breaking: Bad" alone stays as written.
"""

from __future__ import annotations

import functools
import re

from clipper.furniture import table_for

# Words the headline after a label must hold for the label to go ("BREAKING: Floods" keeps its
# label: a label and one word may be the headline, "Urgent: Care").
MIN_HEADLINE_WORDS = 2

# What stands after a label: a colon (full-width too), a dash or a bar between blanks, a dash
# glued to a label ending with a number ("UPDATE 2-Nigeria's …"), or brackets around it
# ("[UPDATED] …", "(LIVE) …").
_AFTER = r"(?:\s*[:：]\s*|\s+[-–—|]\s+|(?<=\d)-\s*)"


@functools.cache
def _label(language: str) -> re.Pattern[str] | None:
    """The labels of ``language``'s table before a headline, or None where it has none."""
    table = table_for(language)
    if table is None or not table.title_labels:
        return None
    labels = "|".join(f"(?:{label})" for label in table.title_labels)
    return re.compile(
        rf"^\s*(?:[\[(]\s*(?:{labels})\s*[\])]\s*(?:[:：|–—-]\s*)?|(?:{labels}){_AFTER})",
        re.IGNORECASE,
    )


def unlabelled(title: str | None, language: str | None) -> str | None:
    """``title`` without the status labels (``title_labels`` of the table of ``language``, a
    stored language code: "en", "fr") that open it, one or several ("UPDATED: BREAKING: X" is
    "X"), so long as :data:`MIN_HEADLINE_WORDS` words remain; ``title`` itself for a page of no
    language or of one without labels."""
    if not title or not language:
        return title
    label = _label(language)
    if label is None:
        return title
    rest = title
    while (found := label.match(rest)) is not None:
        after = rest[found.end() :]
        if len(after.split()) < MIN_HEADLINE_WORDS:
            break
        rest = after
    return rest
