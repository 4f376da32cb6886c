"""The language clipper writes its own words in for a reader: the digest's (``clipper digest
--language``).

The digest's own words (headings, counts, "NEW", "site unknown", the e-mail's subject, the Atom
feed's title) come from gettext catalogs, one ``locales/LANG.po`` file a language, read with
Babel (``babel.messages.pofile``) and turned into :class:`babel.support.Translations` the first
time a language is asked for.  The plural rules are each catalog's ``Plural-Forms`` header (as
CLDR gives them: Polish, Ukrainian and Russian have three forms, "1 artykuł", "2 artykuły",
"5 artykułów", "21 стаття", "22 статті", "25 статей"; Japanese, Korean and Chinese one,
``nplurals=1; plural=0``: "記事3件", "기사 3건", "3篇报道").  English is the messages as written
in the code and templates (no catalog).

Chinese has two catalogs: ``zh``, Simplified Chinese (zh-Hans), as read in mainland China and
Singapore (``zh-CN``, ``zh-SG``, ``zh-Hans`` ask for it), and ``zh-Hant``, Traditional Chinese,
as read in Taiwan, Hong Kong and Macau (``zh-TW``, ``zh-HK``, ``zh-MO``, ``zh-Hant`` ask for it;
its file is ``locales/zh_Hant.po``, Babel's name): a Taipei reader does not read 简报 as their
簡報 (newcomer 39, F4).

What a digest quotes stays in its own language: headlines, leads, site names, watchlist names
and queries.  The changes told of a new version ("2 paragraphs added", from
:mod:`clipper.changes`) and the digest's own group names ("All stories") are
:class:`clipper.told.Told` sentences: English in JSON and ``show``, said in the reader's
language by the templates' ``told`` filter (:func:`clipper.told.spoken`).

Catalogs are kept with Babel's own tools, from ``clipper/`` (``locales/babel.cfg`` names the
files holding messages)::

    pybabel extract -F locales/babel.cfg -o /tmp/clipper.pot .
    msgmerge -U locales/LANG.po /tmp/clipper.pot    # or edit locales/LANG.po
"""

from __future__ import annotations

import functools
import gettext
import io
from importlib import resources

# The reader languages offered: English (the messages as written) and a catalog each.
LANGUAGES = (
    "en", "cs", "da", "de", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "sv", "uk", "zh",
    "zh-Hant",
)  # fmt: skip
# A catalog's language as a BCP 47 tag where its name alone leaves the script open: the HTML
# digest's ``<html lang>`` and the e-mail's Content-Language (a browser picks Han glyphs by it:
# Simplified Chinese's, not Japanese's, for a ``zh`` digest; Traditional's for ``zh-Hant``).
TAGS = {"zh": "zh-Hans", "zh-Hant": "zh-Hant"}
# How a reader may ask for Chinese in traditional characters (BCP 47 script, then regions).
_TRADITIONAL_CHINESE = ("hant", "tw", "hk", "mo")


class UnknownLanguage(ValueError):
    """A language no catalog is written for."""


def known(language: str) -> str:
    """``language`` as a catalog name ("de-AT" → "de", "pt_BR" → "pt", "zh-CN" → "zh";
    Traditional Chinese, "zh-TW", "zh-HK", "zh_Hant", → "zh-Hant"), or
    :class:`UnknownLanguage` naming the languages offered."""
    base, *subtags = language.replace("_", "-").lower().split("-")
    if base == "zh" and any(subtag in _TRADITIONAL_CHINESE for subtag in subtags):
        return "zh-Hant"
    if base not in LANGUAGES:
        raise UnknownLanguage(f"no digest in {language!r}: one of {', '.join(LANGUAGES)}")
    return base


def tag(language: str) -> str:
    """The BCP 47 tag of ``language``'s catalog (:func:`known`): "zh" → "zh-Hans", another
    its catalog name ("de-AT" → "de")."""
    name = known(language)
    return TAGS.get(name, name)


@functools.cache
def translations(language: str) -> gettext.NullTranslations:
    """The messages of ``language`` (one of :data:`LANGUAGES`): English is the messages as
    written; another language its ``locales/LANG.po`` catalog, read once a process (fuzzy
    entries left out, as ``msgfmt`` does).  :class:`UnknownLanguage` for any other."""
    language = known(language)
    if language == "en":
        return gettext.NullTranslations()
    # Babel only when a catalog is read (every clipper command imports this module's names).
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    # Babel's locale names part a script with "_" ("zh_Hant"), as the catalog's file does
    name = language.replace("-", "_")
    source = resources.files("clipper").joinpath("locales", f"{name}.po")
    with source.open("rb") as handle:
        catalog = read_po(handle, locale=name, abort_invalid=True)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)
