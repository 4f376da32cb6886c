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
簡報 (newcomer 39, F4).  Serbian has two as well: ``sr`` in Cyrillic (``sr-Cyrl``, ``sr-RS``,
``sr-BA`` ask for it) and ``sr-Latn`` in Latin letters (``sr-Latn-RS``; ``sr-ME``, as Montenegro
writes it, and the old ``sh``).  A tag's script, written or implied by its region, is CLDR's
(Babel's likely subtags: ``zh-HK`` is ``zh-Hant-HK``, ``sr-ME`` ``sr-Latn-ME``), and a
deprecated code is its language's (``iw`` Hebrew, ``in`` Indonesian, ``no`` Norwegian Bokmål).

The Central Asian catalogs: ``kk`` Kazakh and ``ky`` Kyrgyz in Cyrillic, as Kazakhstan's and
Kyrgyzstan's press writes them (Kazakhstan's move to a Latin alphabet is not finished: a
``kk-Latn`` reader gets the Cyrillic catalog), and ``uz`` Uzbek in Latin letters, Uzbekistan's
official script (``<html lang="uz-Latn">``).  Uzbek has no Cyrillic catalog: Uzbek's two
alphabets are not one-to-one as Serbian's are (Latin "ye" is Cyrillic "е" or "йе", "ts" "ц" or
"тс", "sh" "ш" or "сҳ"), so a ``uz_Cyrl`` file could not be kept as the Latin one's letters;
an ``uz-Cyrl`` reader, and an Afghan ``uz-AF`` one (Arabic script), gets the Latin catalog.
Kazakh, Kyrgyz and Uzbek have two plural forms in CLDR ("one" and "other"), but a noun after
a number stays singular in all three ("5 мақала", "5 макала", "5 ta maqola"): both forms are
the same words.  ``sw`` Swahili (Kenya, Tanzania, Uganda) writes a count after its noun, the
noun's class agreeing ("chombo 1 cha habari", "vyombo 3 vya habari", "kurasa 4").
``ha`` Hausa, in its Latin alphabet (boko, with ɓ, ɗ, ƙ), as Nigeria's and Niger's press
writes it, likewise: "labari 1", "labarai 5", "shafuka 4".

Arabic, Hebrew and Persian read right to left (:func:`direction`, CLDR's character order): the
HTML digest says so (``dir="rtl"``).

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

from clipper.quoting import quoted

# The reader languages offered: English (the messages as written) and a catalog each.
LANGUAGES = (
    "en", "ar", "bg", "cs", "da", "de", "el", "es", "et", "fa", "fi", "fr", "ha", "he", "hi", "hr",
    "hu", "id", "it", "ja", "kk", "ko", "ky", "lt", "lv", "mk", "ms", "nb", "nl", "pl", "pt", "ro",
    "ru", "sk", "sl", "sq", "sr", "sr-Latn", "sv", "sw", "th", "tr", "uk", "uz", "vi", "zh",
    "zh-Hant",
)  # fmt: skip
# A catalog's language as a BCP 47 tag where its name alone leaves the script open: the HTML
# digest's ``<html lang>`` and the e-mail's Content-Language (a browser picks Han glyphs by it:
# Simplified Chinese's, not Japanese's, for a ``zh`` digest; Traditional's for ``zh-Hant``;
# Serbian and Uzbek are written in either alphabet).
TAGS = {
    "zh": "zh-Hans", "zh-Hant": "zh-Hant", "sr": "sr-Cyrl", "sr-Latn": "sr-Latn", "uz": "uz-Latn",
}  # fmt: skip
# Codes a reader may still ask by that name another catalog now (CLDR's language aliases hold
# these and more; a catalog of the language they name is what the reader reads).
_ALIASES = {"iw": "he", "in": "id", "no": "nb", "sh": "sr-Latn", "mo": "ro"}


class UnknownLanguage(ValueError):
    """A language no catalog is written for."""


def known(language: str) -> str:
    """``language`` (a BCP 47 tag or a POSIX locale name) as a catalog name: its region left
    out ("de-AT" → "de", "pt_BR" → "pt", "sr-RS" → "sr", "ar-EG" → "ar"), its script, written
    or implied by its region (CLDR's likely subtags, from Babel), choosing a catalog where a
    language has one a script ("zh-CN" → "zh"; "zh-TW", "zh-HK", "zh_Hant" → "zh-Hant";
    "sr-Latn", "sr-ME" → "sr-Latn"; "sr-Cyrl" → "sr"), a deprecated code its language's
    ("iw" → "he", "no" → "nb").  :class:`UnknownLanguage` naming the languages offered."""
    base, *subtags = language.replace("_", "-").split("-")
    base = base.lower()
    base = _ALIASES.get(base, base)
    if "-" in base:  # an alias naming a script's catalog ("sh": Serbian in Latin letters)
        return base
    if len(base) == 3 and base not in LANGUAGES:  # "deu"; a member of a macrolanguage: "prs"
        base, subtags = _three_letter(base, subtags)
    if base not in LANGUAGES:
        raise UnknownLanguage(f"no digest in {quoted(language)}: one of {', '.join(LANGUAGES)}")
    if not subtags:
        return base
    script = _script(base, subtags)
    return f"{base}-{script}" if f"{base}-{script}" in LANGUAGES else base


def _three_letter(code: str, subtags: list[str]) -> tuple[str, list[str]]:
    """An ISO 639-2/3 code as the code ``--lang`` reads it as
    (:func:`clipper.declaredlanguage.known_language`: ``deu`` → de; Dari ``prs`` → fa, Mandarin
    ``cmn`` and Cantonese ``yue`` → zh, ``arb`` → ar, ``zsm`` → ms), with the script the code's
    own language is written in (CLDR's likely subtags: ``yue`` → Hant, so a Cantonese reader
    gets the Traditional catalog) added to ``subtags`` unless they name one; ``code`` as it
    was when it names no language."""
    from babel.core import get_global

    from clipper.declaredlanguage import known_language

    stored = known_language(code)
    if stored is None:
        return code, subtags
    likely = get_global("likely_subtags").get(code, "")
    script = next((part for part in likely.split("_")[1:] if len(part) == 4), None)
    if script is not None and not any(len(s) == 4 and s.isalpha() for s in subtags):
        subtags = [script, *subtags]
    return stored, subtags


def _script(base: str, subtags: list[str]) -> str | None:
    """The script subtag ("Hant", "Latn") a tag of ``base`` with ``subtags`` writes: the one it
    names, else the one CLDR's likely subtags give its language in its region ("zh-HK" →
    "Hant"), else its language's own ("sr" → "Cyrl")."""
    from babel.core import get_global

    scripts = [s.title() for s in subtags if len(s) == 4 and s.isalpha()]
    if scripts:
        return scripts[0]
    regions = [s.upper() for s in subtags if (len(s) == 2 and s.isalpha()) or s.isdigit()]
    likely = get_global("likely_subtags")
    for name in [f"{base}_{region}" for region in regions[:1]] + [base]:
        if name in likely:
            parts = likely[name].split("_")
            return next((part for part in parts[1:] if len(part) == 4), None)
    return None


def direction(language: str) -> str:
    """ "rtl" for a catalog whose language reads right to left (Arabic, Hebrew, Persian), else
    "ltr": CLDR's character order, from Babel."""
    name = known(language)
    if name == "en":
        return "ltr"
    from babel import Locale

    return (
        "rtl" if Locale.parse(name.replace("-", "_")).character_order == "right-to-left" else "ltr"
    )


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
