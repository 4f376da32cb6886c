"""A site's name standing alone as a text's last line: the site's sign-off, not the article's.

Some sites close every story with their own name on a line of its own ("Vanguard News Nigeria"
under each vanguardngr.com report, newcomer 51a; "Punch Newspapers"), a paragraph of the
article's container that extraction keeps.  Such a line is the site's on every page of it;
:mod:`clipper.templates` learns it only once ``template_min_pages`` pages of the site are
stored, so a night with one or two of its pages kept it, canonicals included, and a copy
without it read as "trimmed".  A last line whose words are the site's name
(:func:`clipper.sitenames.names_site` over the page's site keys: its host, ``og:site_name``,
its ``<title>``'s site segment), a short ending allowed ("Vanguard News" + "Nigeria"), and which
ends no sentence, is dropped; a sentence naming the site ("Vanguard News reported the story
first.") and a line in the middle of the text stay.
"""

from __future__ import annotations

from collections.abc import Collection

from clipper.scripts import SENTENCE_END
from clipper.sitenames import NAME_MAX_WORDS, name_keys, names_site

# Words a site's sign-off line may hold: its name's, at most ``NAME_MAX_WORDS``, and a short
# ending ("Nigeria", "Online").
SIGN_OFF_MAX_WORDS = NAME_MAX_WORDS + 2


def is_site_sign_off(line: str, sites: Collection[str]) -> bool:
    """Whether ``line`` (stripped) is the site's name alone: at most ``SIGN_OFF_MAX_WORDS``
    words ending no sentence whose :func:`clipper.sitenames.name_key` names one of ``sites``
    (keys, :func:`clipper.sitenames.site_keys`)."""
    if not line or not sites or len(line.split()) > SIGN_OFF_MAX_WORDS:
        return False
    if SENTENCE_END.search(line):
        return False
    return any(key and names_site(key, sites) for key in name_keys(line))


def drop_site_sign_off(lines: list[str], sites: Collection[str]) -> list[str]:
    """``lines`` without their last line when it is the site's name alone
    (:func:`is_site_sign_off`); a text of that line alone is kept whole."""
    if len(lines) > 1 and is_site_sign_off(lines[-1].strip(), sites):
        return lines[:-1]
    return lines
