"""A page's site names and the title segments that name them: ``"Headline | Site name"``,
``"Site: Headline"``, ``"… | DW | 28.04.2023"``, ``"…：朝日新聞デジタル"``.

:func:`site_keys` gives the keys (:func:`name_key`) of the names a page's site goes by (its
URL's host labels, its declared site); :func:`strip_site_segments` cuts a title's segments
between separators (:data:`SEGMENT_SEP`) that name the site at either end, and its name as a
label before a colon or in brackets; :func:`is_site_name` and :func:`names_site` say whether a
segment or name is the site's.  A segment names the site when it matches one of the keys
(accents and ö/oe folded, so "Börsen-Zeitung" matches boersen-zeitung.de); a date segment and
a "by Author" segment go too.  A segment that opens with the site's name and runs on ("The
Guardian view on Hong Kong: ...") is a headline, not the site: only a short ending may follow
the name ("Globalnews.ca", "Spiegel Online").  Used by the headline reading of
:mod:`clipper.htmlmeta`, the clean's headline and by the story stage's site text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from clipper.calendarwords import calendar_words
from clipper.numericdates import page_language
from clipper.paragraphs import line_memo
from clipper.scripts import HAN_KANA
from clipper.spelling import LATIN_LETTERS
from clipper.words import words

# Separators between a headline and the site's name.  Spaced dashes only ("Börsen-Zeitung",
# "Mar-a-Lago" and the Chinese dash "――" inside a headline keep theirs), ASCII or not (en and em
# dashes, the horizontal bar, the full-width hyphen, single and double guillemets); bars need no
# spaces: ASCII, full-width, broken and box-drawing bars, and the letters written as one (Latin
# "ǀ", Hangul "ㅣ"/"ᅵ": "…-정치ㅣ한국일보", the CJK stroke "丨"); so do the full-width colon
# (Japanese titles), a "--" run ("…--时政--人民网") and an underscore, which Chinese portals set
# between headline, channel and site ("…_社会_滨江日报"; never inside a headline's words).
SEGMENT_SEP = re.compile(
    r"\s+[|\-–—―－·•»«›‹*/~¦│]\s+|\s*[|｜¦│┃∣ǀㅣᅵ丨︱：_]\s*|\s+::\s+|\s*--\s*"
)
# A section's name between a headline and the site's name written without spaces, as titles in
# Chinese, Japanese and Korean are ("…커졌다-정치ㅣ한국일보", "…--时政--人民网"): a word of those
# scripts after a dash or an underscore, at the end of what the site's name was cut from at a
# separator without spaces (a Latin word after a hyphen is part of the headline: "Covid-19").
_SECTION_TAIL = re.compile(rf"(?<=\S)(?:-{{1,2}}|_)[{HAN_KANA}\uac00-\ud7a3]{{1,8}}$")
_DATE_SEGMENT = re.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*$")
_BY_SEGMENT = re.compile(r"^\s*by\s", re.IGNORECASE)
_HOST_NOISE = frozenset({"www", "com", "co", "org", "net", "news", "amp", "m"})


def segment_spans(title: str) -> list[tuple[int, int]]:
    """The (start, end) character spans of ``title``'s segments between separators
    (:data:`SEGMENT_SEP`), blank segments left out."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in SEGMENT_SEP.finditer(title):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(title)))
    return [(a, b) for a, b in spans if title[a:b].strip()]

def is_date_or_byline(segment: str) -> bool:
    """Whether a title ``segment`` is a date ("28.04.2023") or a "by Author" credit: cut with
    the site's name, but no name of the site."""
    return bool(_DATE_SEGMENT.match(segment) or _BY_SEGMENT.match(segment))


def worded_date(segment: str) -> bool:
    """Whether a title ``segment`` is a date written with its month's name ("5 December", "July
    15, 2018", "5. Dezember 2026"): one or two numbers, and words that are all month or weekday
    names of the page's language or English (:func:`clipper.calendarwords.calendar_words`).
    After a headline it is the headline's own, the edition a show, a column or a review names
    ("Weekly review – 5 December", "Meet the Press - July 15, 2018"): kept, and no site's name
    however many of a site's titles end with it (:func:`clipper.sitetitles.last_segment`)."""
    seq = words(segment)  # folded as the table's names are: "décembre" is "decembre"
    numbers = sum(word[:1].isdigit() for word in seq)
    if not 1 <= numbers <= 2 or numbers == len(seq):
        return False
    names = calendar_words(page_language().split("-")[0]) | calendar_words("en")
    return all(word[:1].isdigit() or word in names for word in seq)


def name_key(text: str) -> str:
    """The key a site's name is compared by (:func:`site_keys`' keys): NFKC, case-folded,
    "ä"→"ae" etc., accents dropped, the Latin letters that hold their accent written as an
    ASCII keyboard writes them (Turkish "ı", "ø", "ł", "æ": :data:`clipper.spelling.
    LATIN_LETTERS`), letters and digits only ("Börsen-Zeitung" → "boersenzeitung", "İzmir
    Postası" → "izmirpostasi", as its host ``izmir-postasi`` spells it; newcomer 39, finding
    5: "ı" stayed, and the host's name was not its site's)."""
    return _key(text, _GERMAN)


def name_keys(text: str) -> tuple[str, ...]:
    """:func:`name_key` of ``text``, then its key with "ä", "ö", "ü" as "a", "o", "u" when
    that differs: a Turkish, Hungarian or Finnish site's host writes its name's "ö" and "ü"
    without an "e" ("Hürriyet" of hurriyet.com.tr, "Sözcü" of sozcu.com.tr), a German one
    with it ("Börsen-Zeitung" of boersen-zeitung.de)."""
    german = _key(text, _GERMAN)
    if text.isascii() or not _UMLAUT.search(text):
        return (german,)
    plain = _key(text, _PLAIN)
    return (german,) if plain == german else (german, plain)


_GERMAN = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))
_PLAIN = (("ß", "ss"),)
# A text whose key may differ with "ä", "ö", "ü" as "a", "o", "u": one with those letters or a
# combining diaeresis (which NFKC may join to a base, full-width "Ｕ" too); the rest has one key.
_UMLAUT = re.compile("[äöüÄÖÜ\u0308]")
_LATIN_FOLD = str.maketrans(LATIN_LETTERS)


# Texts whose keys are kept: a page's title segments, names and their words are keyed again
# by each rule that compares them with the site's names (~110 keys a page on bench/speed.py's
# HTML pages, most of them of a text keyed before).
KEYS_KEPT = 1 << 14


@line_memo(KEYS_KEPT)
def _key(text: str, umlauts: tuple[tuple[str, str], ...]) -> str:
    if text.isascii():
        # NFKC and NFKD leave ASCII as it is, and case folding gives ASCII
        return "".join(ch for ch in text.casefold() if ch.isalnum())
    text = unicodedata.normalize("NFKC", text).casefold()
    for a, b in umlauts:
        text = text.replace(a, b)
    if not text.isascii():
        text = text.translate(_LATIN_FOLD)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isalnum())


# What may follow a site's name in a title segment that still names the site: a top-level
# domain ("ca", "de"), "online", "digital", "magazine" (8 letters).
SITE_SUFFIX_CHARS = 8


def is_site_name(segment: str, sites: set[str]) -> bool:
    """Whether ``segment`` of a title names the site (one of ``sites``, keys of site names),
    or is a date or a "by Author" credit.  A segment names a site when its key equals a site
    key, is one of 4+ characters and a short ending (``SITE_SUFFIX_CHARS``: "Globalnews.ca",
    "Spiegel Online"; not "The Guardian view on Hong Kong", a headline opening with the
    site's name), or is a 4+ character start of one covering most of it ("BILD" of bild.de)."""
    if is_date_or_byline(segment):
        return True
    keys = name_keys(segment)
    return (
        not keys[0]
        or any(names_site(key, sites) for key in keys)
        or bool(short_word_dropped_keys(segment) & sites)
    )


# A site's host drops some of its name's short words ("Correio de Roraima" of
# correiororaima.example, "Ziarul de Vest" of ziarulvest.example, "Il Mattino del Sud" of
# ilmattino-sud.example): articles and prepositions of at most this many letters, at most
# ``SHORT_WORDS_DROPPED`` of them (2^4 keys a segment at most), in a name of at most
# ``NAME_MAX_WORDS`` words.
SHORT_WORD_CHARS = 3
SHORT_WORDS_DROPPED = 4
NAME_MAX_WORDS = 6


def short_word_dropped_keys(segment: str) -> set[str]:
    """Keys (:func:`name_key`) of ``segment`` with some of its short words
    (:data:`SHORT_WORD_CHARS` letters or fewer) left out, each way but none and all; compared
    whole with a site's keys (:func:`is_site_name`).  Empty for a segment of one word or of more
    than :data:`NAME_MAX_WORDS` words."""
    words = [name_key(w) for w in re.split(r"[\s\-–—'’]+", segment)]
    words = [w for w in words if w]
    if not 2 <= len(words) <= NAME_MAX_WORDS:
        return set()
    short = [i for i, w in enumerate(words) if len(w) <= SHORT_WORD_CHARS][:SHORT_WORDS_DROPPED]
    keys: set[str] = set()
    for mask in range(1, 1 << len(short)):
        dropped = {short[b] for b in range(len(short)) if mask >> b & 1}
        if len(dropped) < len(words):
            keys.add("".join(w for i, w in enumerate(words) if i not in dropped))
    return keys


# An agency's or outlet's acronym spelled out ("Agence de Presse Sénégalaise" of APS, "Maghreb
# Arabe Presse" of MAP, "Agence Togolaise de Presse" of ATOP, "News Agency of Nigeria" of NAN):
# an acronym of this many letters, a name of at most ``NAME_MAX_WORDS`` words, each capitalised
# word giving it its first letter or two, a short word in lower case ("de", "of": at most
# ``SHORT_WORD_CHARS`` letters) its first letter or none.
ACRONYM_MIN_CHARS = 3
ACRONYM_MAX_CHARS = 6
_NAME_WORD = re.compile(r"[^\W\d_][\w'’]*")


def spells_out(name: str, acronym: str) -> bool:
    """Whether ``name`` (words) is ``acronym`` (a :func:`name_key`, :data:`ACRONYM_MIN_CHARS`
    to :data:`ACRONYM_MAX_CHARS` letters) spelled out: its capitalised words give the acronym's
    letters in order, one or two each, its short lower-case words one or none ("Agence de
    Presse Sénégalaise" → "aps", "Agence Togolaise de Presse" → "atop")."""
    if not ACRONYM_MIN_CHARS <= len(acronym) <= ACRONYM_MAX_CHARS or not acronym.isalpha():
        return False
    words = _NAME_WORD.findall(name)
    if not 2 <= len(words) <= NAME_MAX_WORDS:
        return False
    parts: list[tuple[str, bool]] = []
    for word in words:
        key = name_key(word)
        if not key:
            return False
        short = word[0].islower()
        if short and len(key) > SHORT_WORD_CHARS:
            return False  # a lower-case word of a sentence: no name's
        parts.append((key, short))

    def spells(i: int, at: int) -> bool:
        if i == len(parts):
            return at == len(acronym)
        key, short = parts[i]
        takes = (0, 1) if short else (1, 2)
        return any(
            acronym.startswith(key[:n], at) and n <= len(key) and spells(i + 1, at + n)
            for n in takes
        )

    return spells(0, 0)


def names_site(key: str, sites: Collection[str]) -> bool:
    """Whether a name whose :func:`name_key` is ``key`` names the site of ``sites`` (keys):
    the rule of :func:`is_site_name` ("Spiegel Online" of spiegel.de, "BILD" of bild.de)."""
    return any(
        key == s
        or (len(s) >= 4 and key.startswith(s) and len(key) - len(s) <= SITE_SUFFIX_CHARS)
        or (len(key) >= 4 and s.startswith(key) and len(key) >= 0.6 * len(s))
        for s in sites
    )


def strip_site_segments(title: str | None, sites: set[str]) -> tuple[str | None, list[str]]:
    """``title`` without the segments naming the site (keys as made by :func:`name_key`) at either
    end, and the segments cut.  A title whose every segment looks like the site is kept whole.
    Where the site's name at the end was cut at a separator without spaces, a section's name
    before it goes too (:data:`_SECTION_TAIL`; not among the segments returned).  Then the
    site's name as a label before a colon or in brackets at either end goes ("Vale Chronicle:
    Bridge closes", "Bridge closes [Vale Chronicle]", "(Vale Chronicle) Bridge closes";
    :func:`_strip_named`): a colon or a bracket that does not follow or hold a name of the
    site is the headline's own ("Brexit: what now", "Biden [sic] says")."""
    if not title:
        return title, []
    kept, cut = _strip_separated(title, sites)
    if kept:
        kept, named = _strip_named(kept, sites)
        cut += named
    return kept, cut


# A title's site name written as a label before a colon ("Vale Chronicle: Bridge closes") or
# in brackets at either end ("Bridge closes [Vale Chronicle]", "Bridge closes (Vale
# Chronicle)", "[Vale Chronicle] Bridge closes").  Only a name of the site is cut: "Brexit:
# what now" and "Biden [sic] says" keep theirs.  At most this many characters in the name.
SITE_LABEL_CHARS = 60
_COLON_LABEL = re.compile(rf"^\s*([^:]{{1,{SITE_LABEL_CHARS}}}?)\s*:\s+(?=\S)")
_BRACKET_END = re.compile(rf"\s*[\[(]([^\[\]()]{{1,{SITE_LABEL_CHARS}}})[\])]\s*$")
_BRACKET_START = re.compile(rf"^\s*[\[(]([^\[\]()]{{1,{SITE_LABEL_CHARS}}})[\])]\s*")


# A label is the site's name when its key is a site key, or one of at least this many
# characters and a short ending ("Vale Chronicle Online" of valechronicle): stricter than
# :func:`names_site`, as a label before a colon is as often a place or a topic that starts a
# site's name ("Washington: …" on washingtonpost.com, "Times Square: …" on times.example).
SITE_LABEL_STEM_CHARS = 6


def _labels_site(key: str, sites: set[str]) -> bool:
    return bool(key) and any(
        key == s
        or (
            len(s) >= SITE_LABEL_STEM_CHARS
            and key.startswith(s)
            and len(key) - len(s) <= SITE_SUFFIX_CHARS
        )
        for s in sites
    )


def _strip_named(title: str, sites: set[str]) -> tuple[str, list[str]]:
    """``title`` without a colon label or a bracketed name at either end that is the site's
    name (:func:`_labels_site` of its :func:`name_key`), and the names cut; a title that
    would be left without a letter or digit is kept whole."""
    cut: list[str] = []
    for pattern in (_COLON_LABEL, _BRACKET_END, _BRACKET_START):
        m = pattern.search(title)
        if m is None:
            continue
        rest = (title[: m.start()] + title[m.end() :]).strip()
        if any(_labels_site(key, sites) for key in name_keys(m.group(1))) and name_key(rest):
            cut.append(m.group(1).strip())
            title = rest
    return title, cut


def _strip_separated(title: str, sites: set[str]) -> tuple[str | None, list[str]]:
    """:func:`strip_site_segments` for the segments between separators."""
    spans = segment_spans(title)
    if len(spans) < 2:
        return title, []
    first, last = 0, len(spans)
    while last - first > 1 and is_site_name(title[slice(*spans[last - 1])], sites):
        last -= 1
    while last - first > 1 and is_site_name(title[slice(*spans[first])], sites):
        first += 1
    if (first, last) == (0, len(spans)):
        return title, []
    cut = [title[a:b] for a, b in spans[:first] + spans[last:]]
    kept = title[spans[first][0] : spans[last - 1][1]].strip()
    separator = title[spans[last - 1][1] : spans[last][0]] if last < len(spans) else " "
    if not any(ch.isspace() for ch in separator) and (section := _SECTION_TAIL.search(kept)):
        kept = kept[: section.start()]  # a section's name, not the site's: not in ``cut``
    return kept, cut


def site_keys(url: str | None, site: str | None) -> set[str]:
    """Keys of the names a page's site goes by, for :func:`strip_site_segments`: the labels of
    its URL's host (``www.miamiherald.com`` → ``miamiherald``) and its ``site`` (a host, or a
    name such as "Miami Herald")."""
    keys = host_keys(url)
    if site:
        host = " " not in site.strip() and "." in site
        keys |= host_keys(f"https://{site.strip()}") if host else {name_key(site)}
    keys.discard("")
    return keys


def host_keys(url: str | None) -> set[str]:
    m = re.match(r"[a-z][a-z0-9+.-]*://([^/:?#]+)", url or "", re.IGNORECASE)
    if not m:
        return set()
    labels = m.group(1).lower().split(".")
    keys = {name_key(label) for label in labels[:-1] if label not in _HOST_NOISE}
    return {k for k in keys if len(k) >= 2}
