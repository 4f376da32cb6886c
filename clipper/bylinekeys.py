"""The keys a page is found by its byline and its agency credits (``search``, ``clusters`` and
``export`` ``--author`` and ``--agency``), stored in ``page_credits`` (:class:`clipper.models.
PageCredit`), and the keys a name asked for is sought by.

A person is found by the words of a name in the page's byline (``pages.author``, names joined
by "; " as the readers store them: :mod:`clipper.bylines`), each folded as search folds a word
(:func:`clipper.searchtext.fold`: case, accents, Arabic harakat aside; a Chinese character to
its simplified form, :func:`clipper.hanfold.simplified`): a name asked for is found when
every one of its words is a word of one name, in any order ("Jane Doe" finds "Doe, Jane",
"JANE DOE" and "Jane M. Doe", not "Jane Roe; John Doe"; "López" finds "María López García").
Words in Chinese, Japanese or Korean letters written next to each other are one word ("秋山
信一" is "秋山信一"): such a name is written with or without a space.  Those scripts write no
space between a name and the words around it ("文／記者陳小明", "by reporter Chen Xiaoming", as a
record's author field gives it), nor between a family and a given name, so such a word is
keyed by each run of two or more of its letters too (:func:`name_keys`): "陳小明" and "陈小明"
find "文／記者陳小明", "秋山" finds "秋山信一".

An agency is found by the agency a credit names, in any of its spellings: a byline's name
that is an agency's credit ("Jan Nowak; PAP", "박지훈; 연합뉴스"), a credit the text opens with
(an agency's dateline: "Madrid, 25 nov (EFE).-", "【高松共同】"; :func:`clipper.stories.
sitetext.agency_credits`) or closes with ("… — AFP", "(Reporting by …)", "/ANSA/";
:func:`clipper.closingcredits.closing_credits`): what rule 3 of :mod:`clipper.canonical` reads
as the page's credits.  Each is keyed by the agency :func:`clipper.agencycredits.
credited_agencies` names ("(أ ف ب)", "Agence France-Presse" and "AFP" are one agency; "共同"
is "Kyodo"), a credit of several agencies by each ("Reuters/AFP"), a credit no table lists
(an acronym in a dateline, "(APS)") by its own letters (:func:`clipper.agencycredits.
credit_key`), and so is a byline's name written as an acronym alone ("APS", the credit an
unlisted agency's dateline leaves as the byline: :func:`clipper.agencycredits.acronym_credit`).
An agency's regional service's page is its agency's too ("Интерфакс-Казахстан" is keyed
``interfaxkazakhstan`` and ``interfax``: :data:`clipper.agencycredits.AGENCY_GROUPS`).  A name
that is no credit of an agency ("Thomson Reuters") is no agency's.
"""

from __future__ import annotations

import regex

from clipper.agencycredits import AGENCY_GROUPS, acronym_credit, credit_key, credited_agencies
from clipper.closingcredits import closing_credits
from clipper.config import MatchConfig
from clipper.hanfold import simplified
from clipper.searchtext import fold

__all__ = ["AGENCY", "AUTHOR", "agency_keys", "credit_keys", "name_keys", "name_words"]

# page_credits.kind of a byline name's word and of an agency
AUTHOR = "author"
AGENCY = "agency"

# A word of a name: letters, their marks and digits ("O'Brien" is "o" "brien", "Jean-Luc"
# "jean" "luc": a name is asked for with or without its apostrophe and hyphen)
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# A word written in Chinese, Japanese or Korean letters alone, which a name runs together
_CJK_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー]+")


def name_words(name: str) -> tuple[str, ...]:
    """The words of a person's ``name`` as they are keyed and compared, sorted, each once:
    folded (:func:`clipper.searchtext.fold`, a Chinese character simplified), words of
    Chinese, Japanese or Korean letters with a space alone between them joined ("Doe, Jane" →
    ``("doe", "jane")``, "María López" → ``("lopez", "maria")``, "陳 小明" → ``("陈小明",)``);
    () for a name of no letter or digit."""
    words: list[str] = []
    folded = fold(name)
    joined = False
    end = 0
    for found in _WORD.finditer(folded):
        word = "".join(simplified(ch) for ch in found.group())
        cjk = _CJK_WORD.fullmatch(word) is not None
        # only a space between them: "秋山 信一", not "文／記者陳小明"
        if cjk and joined and words and not folded[end : found.start()].strip():
            words[-1] += word
        else:
            words.append(word)
        joined, end = cjk, found.end()
    return tuple(sorted(set(words)))


# The longest word of Chinese, Japanese or Korean letters keyed by its runs (:func:`name_keys`):
# a byline's name with its label runs to a dozen letters; a longer word is no name's
_CJK_RUNS_UP_TO = 12


def name_keys(name: str) -> tuple[str, ...]:
    """The keys a byline's ``name`` is stored under, sorted: its words (:func:`name_words`),
    and each run of two or more letters of a word in Chinese, Japanese or Korean letters of
    at most :data:`_CJK_RUNS_UP_TO` ("記者陳小明" → ``记者``, ``陈小``, …, ``陈小明``, …)."""
    keys = set(words := name_words(name))
    for word in words:
        if len(word) <= _CJK_RUNS_UP_TO and _CJK_WORD.fullmatch(word):
            keys.update(
                word[start:end]
                for start in range(len(word))
                for end in range(start + 2, len(word) + 1)
            )
    return tuple(sorted(keys))


def agency_keys(credit: str) -> tuple[str, ...]:
    """The keys of the agencies ``credit`` names, sorted: each agency's name's
    (:func:`clipper.agencycredits.credit_key` of the agency :func:`clipper.agencycredits.
    credited_agencies` reads, a closing's spellings too: "أ ف ب" → ``("afp",)``, "Reuters/AFP"
    → ``("afp", "reuters")``, "共同" → ``("kyodo",)``), else the credit's own letters
    ("APS" → ``("aps",)``); () for a credit of no letter."""
    agencies = credited_agencies(credit, closing=True)
    keys = {credit_key(agency) for agency in agencies} if agencies else {credit_key(credit)}
    return tuple(sorted(key for key in keys if key))


def credit_keys(
    author: str | None, text: str, url: str | None = None
) -> list[tuple[str, str, int]]:
    """A page's ``page_credits`` rows as (kind, key, name_index), sorted, each once: the words
    of each name of ``author`` (split at ";") that is no agency's credit (:func:`name_keys`:
    :data:`AUTHOR`, the
    name's place in the byline), and the agencies (:data:`AGENCY`, index 0) a name of
    ``author`` is the credit of, the start of ``text`` (its first
    ``MatchConfig.credit_opening_chars`` characters) credits in its dateline, its end
    (its last ``MatchConfig.credit_closing_chars``) in its closing (see the module), and the
    agency whose own site the page's address ``url`` is (:func:`clipper.agencysites.
    site_agency`: isna.ir's page, whose byline names its writer alone)."""
    from clipper.stories.sitetext import agency_credits  # its tables: only when a page is

    rows: set[tuple[str, str, int]] = set()
    credits: set[str] = set()
    if url and (own := _site_agency(url)) is not None:
        credits.add(own)
    names = [name.strip() for name in (author or "").split(";")]
    for number, name in enumerate(name for name in names if name):
        if credited_agencies(name, closing=True) or acronym_credit(name):
            credits.add(name)  # "PAP", and "APS" of "Dakar, 4 déc (APS) -", listed or not
            continue
        rows.update((AUTHOR, key, number) for key in name_keys(name))
    opening = text[: MatchConfig.credit_opening_chars]
    closing = text[-MatchConfig.credit_closing_chars :]
    credits.update(agency_credits(opening))
    credits.update(closing_credits(closing, len(text) >= MatchConfig.credit_closing_chars))
    rows.update((AGENCY, key, 0) for credit in credits for key in _group_keys(credit))
    return sorted(rows)


def _group_keys(credit: str) -> tuple[str, ...]:
    """:func:`agency_keys` of ``credit``, with the key of the agency each agency it names is a
    regional service of (:data:`clipper.agencycredits.AGENCY_GROUPS`: "Интерфакс-Казахстан" →
    ``interfax``, ``interfaxkazakhstan``): a page is found by its service's credit and by its
    agency's, a name asked for by its own alone."""
    keys = set(agency_keys(credit))
    for agency in credited_agencies(credit, closing=True):
        if (group := AGENCY_GROUPS.get(agency)) is not None:
            keys.add(credit_key(group))
    return tuple(sorted(keys))


def _site_agency(url: str) -> str | None:
    """The agency whose own site ``url``'s host is (:func:`clipper.agencysites.site_agency`)."""
    from urllib.parse import urlsplit

    from clipper.agencysites import site_agency

    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return site_agency(host)
