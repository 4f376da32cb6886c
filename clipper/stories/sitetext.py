"""Text that is constant for a site or a wire, which a story vector leaves out.

Two unrelated reports of one outlet share what the outlet prints on every page: its name at
the end of each title ("… | TC Online", "… - Reuters", "… — The Example Times"), a section's
("Local News |"), its name in the text ("told TC Online"), a wire's dateline and credit
("BERLIN (Reuters) -", "PORTLAND, Maine (AP) —", "(dpa/AFP)"), its sign-off ("(Reporting by …;
Editing by …)", "Copyright 2026 The Associated Press. All rights reserved…") and a desk's
byline ("By Example Times Staff").  In two short briefs those words can outweigh the reports
themselves (a title's terms count ``title_weight`` times) and glue them into one story.

Everything here is a function of one page (its title, text, address and site) and of fixed
tables, never of what other pages of the site say: a count of how often a line or a title's
ending recurs would make a page's vector, hence its story, depend on what arrived before it
(README, "Determinism").  So:

- **title labels** (:func:`title_labels`): a title's end segment (between the separators that
  set a site's name apart, :data:`clipper.sitenames.SEGMENT_SEP`) of at most ``label_words``
  words is a label, not the headline, when it names the site (:func:`clipper.htmlmeta.
  is_site_name` over the page's :func:`clipper.sitenames.site_keys`) or when none of its words
  is in the text while another segment's are (a site's or a section's name is seldom in the
  article; the headline's words are);
- **the site's name** (:class:`SiteNames`): words and capitalised names whose key
  (:func:`clipper.sitenames.name_key`) names the site by its address or site field (the rule of
  :func:`clipper.sitenames.names_site`: "Thornbury Courier" of thornbury-courier.example,
  "Le Monde" of lemonde.fr), or is a cut label of two words or more ("TC Online");
- **the site's own lines** (:func:`site_lines`): a short line naming the site by a name of
  two words or more or by its host ("Sign up for the TC Online newsletter");
- **wire furniture** (:func:`without_furniture`): a dateline opening a paragraph (a place
  and a news agency's credit, or a place in capitals, then a dash), a news agency's credit
  anywhere ("(AP)", "dpa/AFP": :data:`clipper.agencydatelines.AGENCIES`; in parentheses
  also as its services write it, "(EUROPA PRESS)", "(أ ف ب)", "(ТАСС)", "（新华社）":
  :func:`clipper.agencycredits.credited_agencies`), a closing credit
  (:func:`clipper.closingcredits.without_closing_credits`: "… — AFP", "Mit Material von dpa",
  "Con información de EFE", "/TT/", "NTB"), an unlisted
  agency's credit by its form (its acronym in a dateline, "Dakar, 4 déc (APS) -", or in
  parentheses opening or closing a paragraph; its name in a dateline after a place in
  capitals, "KUALA LUMPUR, Dec 3 (Bernama) --") and that agency's name anywhere in the
  page, the words and names of news agencies
  (:data:`AGENCY_WORDS`, :data:`AGENCY_NAMES`), and whole lines that are a sign-off, a
  copyright notice, "… contributed to this report" or a byline
  (:func:`clipper.signoffs.signs_off`, which matching leaves out of a page too), and a press
  release's closing "About COMPANY" and press-contact paragraphs
  (:func:`clipper.pressreleases.boilerplate_start`: a company's, carried by every site).

What is left out is left out of both sides of every pair, so two copies of one story lose the
same words and stay alike.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from clipper.agencycredits import credited_agencies, dateline_credits, placed_parentheses
from clipper.agencydatelines import AGENCIES, AGENCY_ACRONYM, agency_dateline
from clipper.closingcredits import without_closing_credits
from clipper.config import MatchConfig
from clipper.pressreleases import boilerplate_start
from clipper.signoffs import signs_off
from clipper.sitenames import is_site_name, name_key, names_site, segment_spans, site_keys
from clipper.stories.tokens import terms

# Agencies' words left out wherever they stand, folded as story terms fold them ("Reuters" →
# "reuter"): none is a
# word of news in any language clipper weighs.  Ambiguous credits ("PA", "CP", "AAP",
# "Bloomberg", "Sputnik") go only as credits, in parentheses or joined by a slash.
AGENCY_WORDS = frozenset({
    "reuter", "ap", "afp", "dpa", "xinhua", "kyodo", "yonhap", "interfax", "efe", "ansa",
    "ukrinform", "agerpre", "tanjug", "notimex",
})  # fmt: skip
# Agencies' names of several words, as their credits write them: left out as names ("n:associated
# press", with their words) wherever they stand.
AGENCY_NAMES = (
    "Associated Press", "Agence France-Presse", "Deutsche Presse-Agentur", "Press Association",
    "Canadian Press", "Kyodo News", "Xinhua News Agency", "Reuters Breakingviews",
    "Europa Press", "RIA Novosti", "Jiji Press", "Yonhap News Agency", "Anadolu Agency",
    "United Press International", "Australian Associated Press", "AP Photo", "PA Media",
)  # fmt: skip


@functools.cache
def _agency_name_terms() -> frozenset[str]:

    return frozenset(t for name in AGENCY_NAMES for t in terms(name) if t.startswith("n:"))


_CREDITS = frozenset(AGENCIES)
_H = r"[^\S\n]"  # a space within a line
# A parenthesised credit's or a slash's parts: "(dpa/AFP)", "(Reuters)", "dpa/AFP"
_PARTS = re.compile(rf"{_H}*[/,&+]{_H}*")
_PAREN = re.compile(r"\(([^()\n]{1,40})\)")
# ... or full-width, as Chinese and Japanese write it ("（新华社）", "（共同）")
_WIDE_PAREN = re.compile(r"（([^（）\n]{1,40})）")
_SLASHED = re.compile(rf"(?<![\w/])[^\W\d_][\w-]*(?:{_H}*/{_H}*[^\W\d_][\w-]*)+(?![\w/])")
# A dateline opening a paragraph: a place and date, then a credit and a dash ("BERLIN
# (Reuters) -", "WASHINGTON, Dec 3 (Reuters) -", "Hamburg (dpa) -", "MADRID, 3 dic (EFE).-",
# "(AP) —"), or a place in capitals and a dash ("KYIV, Ukraine —", "NEW YORK --").
_CREDIT_DATELINE = re.compile(
    rf"^{_H}*([^\n().!?]{{0,60}})\(([^()\n]{{1,40}})\){_H}*(?:[-–—]+|:|\.-)?{_H}*",
    re.MULTILINE,
)
_CAPS = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’.]+"
_CAPS_DATELINE = re.compile(
    rf"^{_H}*{_CAPS}(?:[ -]{_CAPS}){{0,3}}(?:,{_H}*[^\n—–().!?]{{1,30}}?)?{_H}+(?:[—–]|--?){_H}+",
    re.MULTILINE,
)


# An agency's credit by its form, whichever agency it is: its acronym in parentheses
# (:data:`clipper.agencydatelines.AGENCY_ACRONYM`) opening a paragraph before a dash ("(APS) - ",
# "(ANGOP) –") or closing the text after its last sentence ("… a-t-il conclu. (APS)"; not a
# paragraph inside it: "Who will win? (POLL)").  In the middle
# of a sentence such a parenthesis is a name's initialism ("Fondo Monetario Internacional
# (FMI)"), kept.
_OPENING_CREDIT = re.compile(rf"{_H}*\(({AGENCY_ACRONYM})\){_H}*(?:[-–—]+|:|\.-){_H}*")
_CLOSING_CREDIT = re.compile(rf"([.!?»”\"]){_H}*\(({AGENCY_ACRONYM})\){_H}*$")


def _credited(text: str) -> tuple[str, list[str]]:
    """``text`` without the agencies' credits it holds by their form, and the agencies they
    credit: a news agency's dateline opening a line (:func:`clipper.agencydatelines.
    agency_dateline`: "Dakar, 4 déc (APS) - ", "WASHINGTON, Dec 3 (Reuters) - "; cut whole, its
    place and date too), and an acronym's credit opening a paragraph or closing the text
    (:data:`_OPENING_CREDIT`, :data:`_CLOSING_CREDIT`)."""
    found: list[str] = []
    if "(" not in text:
        return text, found
    lines = text.split("\n")
    last = max((at for at, line in enumerate(lines) if line.strip()), default=0)
    for at, line in enumerate(lines):
        if "(" not in line:
            continue
        if (dateline := agency_dateline(line)) is not None:
            line = line[dateline.end :]
            found.append(dateline.agency)
        elif (opening := _OPENING_CREDIT.match(line)) is not None:
            line = line[opening.end() :]
            found.append(opening[1])
        if at == last and line.rstrip().endswith(")") and (closing := _CLOSING_CREDIT.search(line)):
            line = line[: closing.start()] + closing[1]
            found.append(closing[2])
        lines[at] = line
    return "\n".join(lines), sorted(set(found))


def _without_agencies(text: str, agencies: list[str]) -> str:
    """``text`` without ``agencies``' names as words ("a déclaré à l'APS"): a page's own
    agency, which its credit names (:func:`_credited`), named in its text too."""
    names = "|".join(map(re.escape, sorted(agencies, key=len, reverse=True)))
    return re.sub(rf"(?<!\w)(?:{names})(?!\w)", " ", text)


def _is_credit(inner: str) -> bool:
    """Whether ``inner`` (a parenthesis's or a slash group's text) is agencies' names only."""
    return all(part in _CREDITS for part in _PARTS.split(inner.strip()))


def _written_credit(inner: str) -> bool:
    """Whether ``inner`` is agencies' credits as :func:`_is_credit` reads them, or as their
    services write them in capitals, with dots or in their scripts ("EUROPA PRESS", "E.F.E.",
    "أ ف ب", "ТАСС", "ΑΠΕ-ΜΠΕ", "新华社": :func:`clipper.agencycredits.credited_agencies`; not
    a Latin word in lower or mixed case, "(Pa)", "(aa)")."""
    return _is_credit(inner) or (
        (inner.isupper() or not inner.isascii()) and bool(credited_agencies(inner))
    )


def _credit(found: re.Match[str]) -> str:
    return " " if _written_credit(found.group(found.lastindex or 0)) else found.group(0)


def _dateline(found: re.Match[str]) -> str:
    place = found.group(1)
    if (not place or place[0].isalpha()) and _written_credit(found.group(2)):
        return ""
    return found.group(0)


def without_dateline(paragraph: str) -> str:
    """``paragraph`` without the wire dateline opening it ("MADRID, 3 dic (EFE).- ", "BRASÍLIA —
    ", "(ANSA) - ROMA, 3 DIC - ", "BERLIN (Reuters) -"): a place and a date before an agency's
    credit, or a place in capitals before a dash (see :func:`without_furniture`)."""
    if "(" in paragraph:
        dateline = agency_dateline(paragraph)
        if dateline is not None:
            return paragraph[dateline.end :]
        paragraph = _CREDIT_DATELINE.sub(_dateline, paragraph, count=1)
    return _CAPS_DATELINE.sub("", paragraph, count=1)


def agency_credits(text: str) -> frozenset[str]:
    """The news agencies ``text`` credits, as their credits write them ("EFE", "Lusa", "AP",
    "APS"), read where :func:`without_furniture` reads them: an agency's dateline or an
    acronym's credit opening a line, or its acronym closing the text (:func:`_credited`:
    "Madrid, 25 nov (EFE).- ", "(ANGOP) – "), and a listed agency's credit
    (:data:`clipper.agencydatelines.AGENCIES`) in parentheses where a credit stands, opening
    or closing a line (:func:`clipper.agencycredits.placed_parentheses`: "WASHINGTON (AP) —",
    "… neue Regeln. (dpa/AFP)"; not "the Associated Press (AP) said"), each part of a credit
    of several agencies; and an agency's credit in such parentheses as any of its services
    writes it, in any script and case, by the agency's name
    (:func:`clipper.agencycredits.credited_agencies`: "(EUROPA PRESS)" → "Europa Press",
    "(أ ف ب)" → "AFP", "（新华社）" → "Xinhua"; not "両国（共同）は…", "both countries
    (jointly)").  Rule 6 shows the credited agency's
    own page (:mod:`clipper.agencysites`); and an agency's dateline wrapping its place (and
    date, reporter) in the credit, as Chinese, Japanese and Korean services write it, opening a
    line (:func:`clipper.agencycredits.dateline_credits`: "【高松共同】" → "Kyodo",
    "新华社北京12月4日电" → "Xinhua", "(서울=연합뉴스)" → "Yonhap")."""
    wrapped = frozenset() if text.isascii() else dateline_credits(text)
    if "(" not in text and "（" not in text:
        return wrapped
    found = set(_credited(text)[1]) | wrapped
    placed = placed_parentheses(text)
    for inner in placed:
        if _is_credit(inner):
            found.update(_PARTS.split(inner.strip()))
    return frozenset(found) | {a for inner in placed for a in credited_agencies(inner)}


def without_furniture(text: str) -> str:
    """``text`` without wire datelines, agency credits and the lines a wire or a desk signs
    with (see the module docstring); paragraphs stay on their lines.  An agency credited by
    its credit's form (:func:`_credited`), listed or not, is left out by name wherever the
    text names it."""
    text, agencies = _credited(text)
    text = without_closing_credits(text, MatchConfig.credit_closing_chars)
    if "(" in text:
        text = _CREDIT_DATELINE.sub(_dateline, text)
        text = _PAREN.sub(_credit, text)
    if "（" in text:
        text = _WIDE_PAREN.sub(_credit, text)
    text = _CAPS_DATELINE.sub("", text)
    if "/" in text:
        text = _SLASHED.sub(_credit, text)
    lines = text.split("\n")
    kept = [line for line in lines if not signs_off(line)]
    if (closing := boilerplate_start(kept)) is not None:
        kept = kept[:closing]
    text = "\n".join(kept) if len(kept) < len(lines) else text
    # the agency's name last: a byline "By Ann Reed, CNN" is a byline with it
    return _without_agencies(text, agencies) if agencies else text


_WORD = re.compile(r"\w+")
# The words of a title segment that tell whether it is in the text: of four letters or more
# (not "le", "des", "der", "war", which any text has), or Chinese and Japanese bigrams
# (their letters come after U+3040; so do Hangul's, one word a term).
_TELLING_LETTERS = 4


def _telling(term: str) -> bool:
    return not term.startswith(("n:", "#")) and (
        len(term) >= _TELLING_LETTERS or term >= "\u3040"  # a CJK bigram
    )


def title_labels(
    title: str, text: str, text_terms: Mapping[str, int], sites: set[str], label_words: int
) -> tuple[str, list[str]]:
    """(the headline, the labels cut) of ``title``: its end segments of at most
    ``label_words`` words that name the site (``sites``: keys of
    :func:`clipper.sitenames.site_keys`) or have none of their words in ``text`` (whose story
    terms are counted in ``text_terms``) but, for the last segment, where it is written whole
    ("… TC Online understands"), while the segments kept have some; cut from the end, then
    from the start; the headline is never cut whole."""
    spans = segment_spans(title)
    if len(spans) < 2:
        return title, []

    folded = text.casefold()

    def in_text(segment: str, outside_it: bool) -> bool:
        words = Counter(t for t in terms(segment) if _telling(t))
        written = folded.count(segment.casefold()) if words and outside_it else 0
        return any(text_terms.get(w, 0) > written * n for w, n in words.items())

    found = [in_text(title[a:b].strip(), False) for a, b in spans]
    # A name ending a title is the site's even where the text writes it ("… TC Online
    # understands"): its words count only outside it.  At a title's start it is as often the
    # event's place or party ("Holm Island - ferry sailings halved"), which the text names.
    found[-1] = in_text(title[slice(*spans[-1])].strip(), True)
    first, last = 0, len(spans)

    def is_label(i: int) -> bool:
        segment = title[slice(*spans[i])]
        if len(_WORD.findall(segment)) > label_words:
            return False
        if is_site_name(segment, sites):
            return True
        others = range(first, last)
        return not found[i] and any(found[j] for j in others if j != i)

    while last - first > 1 and is_label(last - 1):
        last -= 1
    while last - first > 1 and is_label(first):
        first += 1
    if (first, last) == (0, len(spans)):
        return title, []
    cut = [title[a:b].strip() for a, b in spans[:first] + spans[last:]]
    return title[spans[first][0] : spans[last - 1][1]].strip(), cut


@functools.lru_cache(maxsize=4096)
def _initial(char: str) -> str:
    """The first character of :func:`clipper.sitenames.name_key` of a term's first letter."""
    return name_key(char)[:1]


@dataclass(frozen=True, slots=True)
class SiteNames:
    """What names a page's site: keys (:func:`clipper.sitenames.name_key`) of its address's
    host labels and site field (``site``) and of its title's labels of two words or more
    (``labels``).  A name ("n:thornbury courier", "n:spiegel online") names the site by the
    rule of :func:`clipper.sitenames.names_site`; a single word only when it is the key itself
    ("guardian" of theguardian.com, "bild" of bild.de; not "washington" of washingtonpost.com
    nor "weltweit" of welt.de) or a host written in the text ("reuters.com")."""

    site: frozenset[str]
    labels: frozenset[str]

    @classmethod
    def of(cls, url: str | None, site: str | None, labels: list[str]) -> SiteNames:
        keys = site_keys(url, site)
        # "The Guardian" of theguardian.com is written "Guardian" as often
        keys |= {k[3:] for k in keys if k.startswith("the") and len(k) > 6}
        named = {name_key(label) for label in labels if len(_WORD.findall(label)) >= 2}
        named |= {k[3:] for k in named if k.startswith("the") and len(k) > 6}
        named.discard("")
        return cls(frozenset(keys), frozenset(named))

    def naming(self, terms: Iterable[str]) -> list[str]:
        """The story terms (folded words, ``n:`` names) among ``terms`` that name the site or
        a news agency (:data:`AGENCY_WORDS`, :data:`AGENCY_NAMES`)."""
        initials = {k[0] for k in self.site | self.labels}
        agencies = _agency_name_terms()
        found = []
        for term in terms:
            if term in AGENCY_WORDS or term in agencies:
                found.append(term)
                continue
            if not initials:
                continue
            first = term[2:3] if term.startswith("n:") else term[:1]
            if first not in initials and (first.isascii() or _initial(first) not in initials):
                continue
            if self._names_site(term):
                found.append(term)
        return found

    def _names_site(self, term: str) -> bool:
        if term.startswith("n:"):
            key = name_key(term[2:])
            return key in self.labels or names_site(key, self._named_by(key))
        key = name_key(term)
        return (
            key in self.labels or key in self.site or ("." in term and names_site(key, self.site))
        )

    def _named_by(self, key: str) -> frozenset[str]:
        """The site keys a name of the text (``key``) may name: not those it is only the start
        of.  A capitalised name in the text runs as far as its capitals do, so where the text
        names the outlet it writes its whole name ("Pike County News", "Spiegel Online"); a
        name that is only the start of the site's ("Pike County" of pikecountynews.example,
        "Santa Marta" of santamartahoy.example) is the place the outlet is named for, which
        its reports of an event share with every other outlet's (a title's label, which may
        be cut short, is kept to :func:`clipper.sitenames.names_site`'s rule whole)."""
        if not any(s != key and s.startswith(key) for s in self.site):
            return self.site
        return frozenset(s for s in self.site if s == key or not s.startswith(key))

    def needles(self) -> tuple[str, ...]:
        """What a line's letters and digits (case-folded, run together) hold where the line
        names the site: each key's start, as much as :func:`clipper.sitenames.names_site`
        needs of it."""
        return tuple(
            {k[: max(4, math.ceil(0.6 * len(k)))] if k in self.site else k
             for k in self.site | self.labels}
        )  # fmt: skip


# A line naming the site is the site's own (a newsletter's, a follow-us or a sign-off line,
# "… did not respond to TC Online's request for comment") when it is this short.
SITE_LINE_WORDS = 16
_NOT_ALNUM = re.compile(r"[\W_]+")


def site_lines(text: str, names: SiteNames) -> list[str]:
    """The lines of ``text`` but its longest shorter than :data:`SITE_LINE_WORDS` words that
    name the site by a name of two words or more or by its host ("Sign up for the TC Online
    newsletter", "Follow thornbury-courier.example"), not by a single word ("Welt" of welt.de
    is a word of the language too)."""

    needles = names.needles()
    if not needles:
        return []
    lines = text.split("\n")
    # the text's longest line is its report, not a line of the site's: a brief of one line
    # ("Bin collections move to Fridays, TC Online understands.") keeps it
    longest = max(range(len(lines)), key=lambda i: (lines[i].count(" "), -i))
    found = []
    for i, line in enumerate(lines):
        if i == longest or line.count(" ") >= SITE_LINE_WORDS:
            continue
        squashed = _NOT_ALNUM.sub("", line.casefold())
        if not any(needle in squashed for needle in needles):
            continue
        if any((t.startswith("n:") or "." in t) and names._names_site(t) for t in terms(line)):
            found.append(line)
    return found
