"""A page's author as clipper stores it: the names trafilatura reads (its ``normalize_authors``:
"By" dropped, names joined by "; "), with two faults of other languages' bylines mended.

- The word a byline opens with in other languages is no part of the name: trafilatura drops
  "By", "von", "from" ("Von Jemima Kelly"), but keeps "Autor Monika Bolliger" (SRF), "Par
  Jean Dupont", "Por Ana Pérez", "Door Jan de Vries", "Av Ola Nordmann", "Texto: …", and in
  scripts without capitals "מאת נועה לוי", "بقلم منى سعيد".  Such a word is dropped when two
  or more capitalised words follow it (a name), so a surname that is one of them ("Di Maria",
  "Par") stays, or a word of a script without capitals (newcomer 39, finding 1); its colon
  or a dash after it goes too (:func:`unspelled`, before trafilatura's spelling, which cuts a
  byline at a spaced dash: "كتب - محمد علي" was "كتب"; a dateline's place and an agency's
  credit there, "أبوظبي - وام", is no author).
- A name given twice, in two spellings of case ("Sauli giliard; Sauli Giliard": the page's
  meta tag and its JSON-LD), is one person: the first spelling with capitals is kept.

- Names joined by another language's "and" ("Trine Juncher Jørgensen og Tôrtia
  Reimer-Johansen": trafilatura splits at "and", "und" and "&" only) are split where each
  side is a name of two or more capitalised words.
- A designation is no person and a role no name: "Staff Reporter", "Our Correspondent" (the
  furniture tables' ``byline_staff``: codelucas/newspaper#856, newspaper4k#493) are dropped,
  and so is "Transport Correspondent" beside "Rosa Quintal" (their ``byline_roles``:
  newspaper4k#16), as trafilatura reads "By Rosa Quintal, Transport Correspondent".

Which names of a page are its byline (:func:`article_byline`).  trafilatura adds the JSON-LD
article's authors to what the page's meta tags say, and a meta tag is often the site's or its
publisher's, not the article's ("Condé Nast; Rachel Riederer", "Frankfurter Allgemeine Zeitung
GmbH; Ralf Euler"), or written "Last, First", which trafilatura splits at the comma ("You;
Xiaoying; Lenharo; Mariana").  So when the page's JSON-LD article names its authors as people
(:func:`article_people`) and the meta tags name none of them, those people alone are the
byline; when the meta tags name them too, the meta tags' other names stay (co-authors, an
agency).  And a name that is the site's own address ("Www Washingtontimes Com", "Mdr De",
"Heise Online" on heise.de, "The Washington Times https") is dropped beside a name that is
not.  Measured with ``python bench/authors.py`` (Fundus's labelled authors, tuned on;
Readability's bylines confirm).

Seen by a media-studies reader on fundus pages (session 16).

A byline also stands in a page's text as a line of its own: :mod:`clipper.bylinelines`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import regex

from clipper.jsonld import items, literal
from clipper.scripts import words_in

# The capitals a name opens with in the scripts that have them: Latin (and its extensions),
# Greek and Cyrillic ("Автор: Олена Коваль", "Γιώργος Παπαδόπουλος": a Cyrillic byline line gave
# no author while its label was cut, credits42's finding), and Latin Extended Additional's
# (Yoruba "Ọláyínká", Vietnamese "Đặng": newcomer 46)
CAPITALS = "A-ZÀ-ÖØ-ÞĀ-ɏΆΈ-ΏΑ-ΩЀ-ЯѠ-ҁҊ-ӿḀ-ỿ"


def _fragments(field: str) -> list[str]:
    """The fragments of one byline field of every furniture table (``bylines``,
    ``byline_roles``, ``byline_staff``: :mod:`clipper.furniture`), longest first; sorted, so a
    pattern of them is the same in any order the tables load."""
    from clipper.furniture import TABLES

    fragments = {f for table in TABLES.values() for f in getattr(table, field)}
    return sorted(fragments, key=lambda f: (-len(f), f))


def _union(field: str) -> str:
    """:func:`_fragments` of ``field`` as one alternation."""
    return "|".join(_fragments(field))


# The byline's opening word, in the languages of the furniture tables (their ``bylines``:
# "By", "Von", "Par", "Texto:", "מאת", "بقلم", "Автор"), then the names.
BYLINE_WORDS = _union("bylines")


# ... of them, those written in a script without case ("מאת", "بقلم", "كتب\s*:"): no capital
# tells the names after them (:mod:`clipper.bylinelines` reads such byline lines by the word
# alone), as two alternations: the words a table writes with their colon, which need it (or a
# dash) after them ("كتب: …": "كتب" alone is also the verb of a sentence), and the others.
def _caseless(fragment: str) -> bool:
    letters = [ch for ch in re.sub(r"\\.", "", fragment) if ch.isalpha()]
    return bool(letters) and all(ch.upper() == ch.lower() for ch in letters)


_CASELESS = [f for f in _fragments("bylines") if _caseless(f)]
CASELESS_COLON_WORDS = (
    "|".join(f.removesuffix(r"\s*:") for f in _CASELESS if f.endswith(r"\s*:")) or "(?!)"
)
CASELESS_WORDS = "|".join(f for f in _CASELESS if not f.endswith(r"\s*:")) or "(?!)"
# ... as an author field writes it: trafilatura's spelling drops the colon a fragment asks for
# ("Texto: Ana Pérez" is its "Texto Ana Pérez"), so here none is asked for ("By" and "von" it
# drops itself).
_FIELD_WORDS = "|".join(
    f.removesuffix(r"\s*:") for f in _fragments("bylines") if f not in ("by", "von")
)
# ... dropped off a name when two or more capitalised words follow it, in any script with
# capitals ("Autor Monika Bolliger", "Автор Ирина Соколова"), or a word of a script without
# case ("מאת נועה לוי", "بقلم منى سعيد": no capital tells a name there, and no name opens with
# such a word); a colon or a dash after it goes too ("كتب - محمد علي").  Written with its colon
# it is a label before a name of one word too ("Автор: Курсив", "Daga: Musa": no name is
# followed by a colon; newcomer 51b's "Автор Курсив"), as :data:`LABELLED_WORD` says.
_LABEL = regex.compile(
    rf"^(?i:{_FIELD_WORDS})(?:\s*[:：]\s*(?=[\p{{Lu}}\p{{Lo}}])|(?:\s+[-–—]\s+|\s+|(?<=-))"
    r"(?=\p{Lu}\S*(?:\s+\S+)*\s+\p{Lu}|\p{Lo}))"
)
# A byline's word before one word of a name, as trafilatura spells a label written with its
# colon ("Автор Курсив" for "Автор: Курсив"): :func:`clipper.writtenbylines.with_written_labels`
# finds it written so.
LABELLED_WORD = regex.compile(rf"(?P<label>(?i:{_FIELD_WORDS}))\s+(?P<word>[\p{{Lu}}\p{{Lo}}]\S*)")


# A byline's word or a credit's label ("Źródło", "Zdroj", "Джерело": the credit labels of
# :data:`clipper.closingcredits.CREDIT_LABELS`) before the rest of a byline, with its colon or
# dash: the rest is an agency's credit alone ("Autor: PAP", "Źródło: PAP", "Автор: Укрінформ":
# :func:`_agency_after_label`) however few words it has.
@cache
def _labelled() -> regex.Pattern[str]:
    from clipper.closingcredits import CREDIT_LABELS
    from clipper.furniture import TABLES

    # the tables' source labels too ("Nguồn: TTXVN", "ที่มา: รอยเตอร์": newcomer 50b's author
    # "Nguồn TTXVN; TTXVN")
    sources = sorted({label for table in TABLES.values() for label in table.source_labels})
    words = "|".join((_FIELD_WORDS, *CREDIT_LABELS, *sources))
    return regex.compile(rf"(?i:{words})(?:\s*[:：]\s*|\s+[-–—]\s+|\s+)(?P<rest>\S.*?)\s*")


def _agency_after_label(text: str) -> str | None:
    """The agencies' credit ``text`` holds after a byline's word or a credit's label ("Autor:
    PAP" → "PAP", "Zdroj: ČTK" → "ČTK", "Autor: PAP/Reuters" → "PAP/Reuters"), as written; None
    when ``text`` opens with no such word or what follows it is not agencies' credits alone
    (:func:`clipper.agencycredits.credited_agencies`: "Autor: Anna Kowalska" is a name, which
    :data:`_LABEL` reads).  The label goes and the agency stays, as "By Reuters" is "Reuters"
    (newcomer 40, finding 1: "Autor: PAP" was exported as the author "Autor PAP")."""
    from clipper.agencycredits import credited_agencies

    labelled = _labelled().fullmatch(text)
    if labelled is None or not credited_agencies(labelled["rest"]):
        return None
    return labelled["rest"]


# A count of the others who wrote a story with the names before it, naming none of them: Korean
# "외 1명" ("and one other": Hankook Ilbo's "김민수 기자 외 1명"), English "and 2 others",
# "et al." (agencies45: "외 1명" stayed in the reporter's name).  No name, so cut.
_OTHERS = regex.compile(
    r"\s*(?:외\s*\d+\s*명|(?i:and|&|\+)\s*\d+\s*(?i:others?|more)|(?i:et\s+al)\.?)"
    r"(?=\s*(?:기자|특파원|통신원)?\s*$)"
)


# A byline's word standing alone where a name belongs ("كتب" of "كتب - محمد علي", which
# trafilatura's spelling cuts at the dash): no name.
_LABEL_ALONE = regex.compile(rf"(?i:{_FIELD_WORDS})\s*[:：]?")


# A designation where a name belongs, no person ("Staff Reporter", "Our Correspondent", "Web
# Desk": the tables' ``byline_staff``), a whole name; and a role after a name ("Transport
# Correspondent": their ``byline_roles``), whole words of one name.  Word edges are letters,
# marks and digits of any script (a Devanagari vowel sign is no ``\w`` to ``re``).
_STAFF = regex.compile(rf"(?:the\s+)?(?:{_union('byline_staff')})", regex.IGNORECASE)
_ROLE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{_union('byline_roles')})(?![\p{{L}}\p{{M}}\p{{N}}])",
    regex.IGNORECASE,
)


def is_staff(name: str) -> bool:
    """Whether ``name`` (one name of a byline) is a designation standing for the newsroom's
    staff, no person ("Staff", "Staff Reporter", "Our Correspondent", "Web Desk", "নিজস্ব
    প্রতিবেদক": the furniture tables' ``byline_staff``, case and spacing aside)."""
    return _STAFF.fullmatch(" ".join(name.split())) is not None


def opens_with_staff(text: str) -> bool:
    """Whether ``text`` (its words single-spaced) opens with a designation :func:`is_staff`
    reads, whole or not: False means no run of its first words is one (a staff dateline's
    words read a prefix at a time ask this first, :mod:`clipper.staffdatelines`)."""
    return _STAFF.match(text) is not None


def is_role(name: str) -> bool:
    """Whether ``name`` (one name of a byline) holds a writer's role as whole words ("Transport
    Correspondent", "Redakteurin für Finanzen", "envoyé spécial": the furniture tables'
    ``byline_roles``)."""
    return _ROLE.search(" ".join(name.split())) is not None


def newsroom_agency(name: str) -> str | None:
    """The agency a news agency's newsroom byline ``name`` stands for, as written: an agency's
    credit (:func:`clipper.agencycredits.credited_agencies`) before or after a designation
    (:func:`is_staff`: "Reuters Staff" → "Reuters", "AP staff" → "AP", "Redacción EFE" →
    "EFE", "Redação Agência Brasil" → "Agência Brasil"); None for any other name ("Staff",
    "Redacción", "Ana Pérez")."""
    from clipper.agencycredits import credited_agencies  # its tables: only for a designation

    words = name.split()
    for at in range(1, len(words)):
        head, tail = " ".join(words[:at]), " ".join(words[at:])
        if credited_agencies(head) and is_staff(tail):
            return head
        if is_staff(head) and credited_agencies(tail):
            return tail
    return None


# A person's name as a desk's byline writes it after the desk's word: two to four words, each a
# capital and then small letters (not "BBC": a desk's name), name particles between.
_PERSON = regex.compile(
    rf"[{CAPITALS}]\p{{Ll}}[\p{{L}}\p{{M}}'’.-]*"
    rf"(?:\s+(?:(?:de|da|do|dos|van|von|der|den|di|del|della|la|le|du|ten|ter|zu)\s+)*"
    rf"[{CAPITALS}]\p{{Ll}}[\p{{L}}\p{{M}}'’.-]*){{1,3}}"
)


# The words joining a desk's word to its desk's or site's name (:func:`clipper.furniture.newsroom`).
_DESK_JOINS = frozenset(("de", "do", "da", "dos", "das", "del", "de la", "of", "der", "des", "du",
                         "della", "di"))  # fmt: skip


@cache
def _zone_places() -> frozenset[str]:
    """The places of the IANA time-zone database's zone names (``America/Buenos_Aires`` →
    "buenos aires", "new york", "tel aviv", "hong kong"), folded: names of two capitalised
    words a desk writes after its word ("Redacción Buenos Aires") that are no person."""
    from zoneinfo import available_timezones

    from clipper.searchtext import fold

    return frozenset(
        fold(zone.rsplit("/", 1)[-1].replace("_", " ")) for zone in available_timezones()
    )


def desk_person(name: str) -> str | None:
    """The person ``name`` (one name of a byline) names after a desk's word or a designation
    (:func:`is_staff`: "Redaktion Anna Weber", "Redaktion: Anna Weber", "Redactie: Jan de
    Vries", "Redacción: Ana Pérez", "Toimitus: Anna Virtanen", "Staff Reporter - Jane Doe"),
    with its colon or dash; None for a desk alone or with its desk's name ("Redaktion",
    "Redacción BBC Mundo", "Redazione Online", "Redação do Diário do Vale"; a place the time-zone
    database names, "Redacción Buenos Aires") and any other name (credits44, finding 3: such a
    byline gave no author, the whole read as a newsroom)."""
    from clipper.searchtext import fold

    words = name.split()
    for at in range(min(len(words), 4) - 1, 0, -1):  # the longest designation first
        head = " ".join(words[:at]).rstrip(":：").rstrip()
        rest = " ".join(words[at:]).lstrip(":：-–—").strip()
        if words[at - 1].casefold() in _DESK_JOINS:
            continue  # "Redação do Diário do Vale": the desk's name after "do"
        if not head or not is_staff(head) or _PERSON.fullmatch(rest) is None:
            continue
        if fold(rest) in _zone_places():
            return None
        return rest
    return None


def _dateline_place(name: str) -> bool:
    """Whether ``name``, following a designation in a byline ("Mwandishi Wetu, Dar es Salaam",
    "Our Correspondent, Nairobi", "Wakilinmu, Kano"), is the place it was filed from: a city or
    country CLDR names (:func:`clipper.placenames.is_place_name`), a name of one word (a
    person is written with two after a designation) or in capitals or a script without case
    (:func:`_is_place`); never an agency's credit ("Redazione con ANSA")."""
    from clipper.agencycredits import credited_agencies
    from clipper.placenames import is_place_name

    if credited_agencies(name):
        return False  # "Redazione con ANSA": the agency the desk ran
    return len(name.split()) == 1 or _is_place(name) or is_place_name(name, None)


def _filed_from(name: str) -> bool:
    """Whether ``name``, following a person's name in a byline ("Chinedu Okafor, Abuja",
    "Adewale Adeyemi, Ibadan", which trafilatura reads as two names), is the place the report
    was filed from: a city or country CLDR names (:func:`clipper.placenames.is_place_name`) or
    a dateline's place (:func:`clipper.placedatelines.known_place`: the zones' and CLDR's
    cities, :data:`clipper.placeregion.DATELINE_PLACES`); never an agency's credit.  Newcomer
    51a: `search --author Abuja` found the reporter's pages."""
    from clipper.agencycredits import credited_agencies
    from clipper.placedatelines import known_place
    from clipper.placenames import is_place_name

    if credited_agencies(name):
        return False
    return is_place_name(name, None) or known_place(name, None)


def people(names: list[str]) -> list[str]:
    """``names`` (one byline's, in order) without the designations that stand for a newsroom's
    staff (:func:`is_staff`: "Staff Reporter", "Redacción", "Da Redação", "Newsroom": no
    person, so none may be left; an agency's newsroom, "Reuters Staff", is the agency:
    :func:`newsroom_agency`) and, beside a name holding no role, the parts that are a role
    (:func:`is_role`: "Rosa Quintal, Transport Correspondent" read as two names).  A name
    holding a role with no other name beside it stays ("김도윤 기자", a Korean reporter's name
    and title).  A place right after a designation is where it was filed, no person
    (:func:`_dateline_place`: "Mwandishi Wetu, Dar es Salaam" names no author; newcomer 46 had
    "Dar es Salaam" for one), and so is a known place after a name (:func:`_filed_from`:
    "Chinedu Okafor, Abuja" is `Chinedu Okafor`)."""
    named = []
    after_designation = False
    for n in (desk_person(n) or n for n in names):
        if agency := newsroom_agency(n):
            named.append(agency)
        elif is_staff(n):
            after_designation = True
            continue
        elif not (after_designation and _dateline_place(n)) and not (named and _filed_from(n)):
            named.append(n)
        after_designation = False
    if any(not is_role(n) for n in named):
        named = [n for n in named if not is_role(n)]
    return named


# "and" of the languages clipper's furniture tables cover, other than "and"/"und" (which
# trafilatura splits at), between two names of two or more capitalised words each
_NAME = rf"[{CAPITALS}]\S*(?:\s+\S+)*?\s+[{CAPITALS}]\S*"
_AND = re.compile(
    rf"(?<=\S)\s+(?:og|och|en|e|y|et|i|ja|és|a|и|și|ve|dan|og|ir|un)\s+(?=[{CAPITALS}]\S*\s+[{CAPITALS}])"
)


# A byline's text with a spaced dash in it ("كتب - محمد علي", "أبوظبي - وام"): trafilatura's
# spelling keeps what stands before the dash (its AUTHOR_REMOVE_PREPOSITION: "Jane Doe -
# Reuters" is Jane Doe), which in those is a byline's word or a dateline's place.
_DASHED = regex.compile(r"\s*(?P<before>\S(?:.*?\S)?)\s+[-–—]\s+(?P<after>\S.*?)\s*")


# A name and the agency it wrote with, in the languages of the furniture tables: "Le Quotidien
# avec AFP", "Euractiv with Reuters", "Redazione Online con ANSA", "NOS met ANP", "Der Standard
# mit APA", "Claire Dumont, avec AFP" (Catalan "amb", Romanian "cu", Scandinavian "med", Portuguese
# "com" too).  trafilatura's spelling keeps such a byline whole or drops "with …" (its
# AUTHOR_REMOVE_PREPOSITION), so the agency was lost (newcomer 42, finding 1).  Nordic and
# Danish papers join them with a slash or an unspaced dash instead ("Aftonbladet/TT", "Anna
# Svensson/TT", "DN–TT", "Politiken/Ritzau": credits44, finding 2); a spaced dash stays
# trafilatura's ("Jane Doe - Reuters" is Jane Doe) and a dateline's ("ABU DHABI - WAM").
AGENCY_JOINS = ("with", "avec", "con", "met", "mit", "com", "med", "amb", "cu")
_AGENCY_JOIN = regex.compile(rf"\s*,?\s+(?i:{'|'.join(AGENCY_JOINS)})\s+|\s*/\s*|(?<=\S)[–—](?=\S)")


# A name and its agency's credit in parentheses after it, as Vietnam's and the wires' bylines
# write them ("Hoàng Ngọc (TTXVN)", "PV (Theo TTXVN)", "Jane Roe (Reuters)": newcomer 50b, the
# agency was dropped with its parenthesis).
_BRACKETED_AGENCY = regex.compile(
    r"(?P<name>[^()（）]*[^()（）\s])\s*[(（](?P<credit>[^()（）]+)[)）]"
)


def agency_joined(text: str) -> list[str] | None:
    """``text`` (one name of a byline) as [the name, each agency it credits] when it is a name,
    a joining word of :data:`AGENCY_JOINS` (or a slash, or an unspaced dash) and agencies'
    credits alone (:func:`clipper.agencycredits.credited_agencies`): "Le Quotidien avec AFP" →
    ["Le Quotidien", "AFP"], "Claire Dumont avec AFP/Reuters" → ["Claire Dumont", "AFP",
    "Reuters"], "Aftonbladet/TT" → ["Aftonbladet", "TT"], "Hoàng Ngọc (TTXVN)" → ["Hoàng
    Ngọc", "TTXVN"] (a credit's label in the parenthesis dropped: "PV (Theo TTXVN)"); the first
    join after which agencies alone follow; None for any other text ("Jean Martin avec Marie
    Durand", "avec AFP", "dpa/AFP": agencies alone).  Whether the name is a person or the
    site's own name is :func:`without_site_names`'s to say."""
    from clipper.agencycredits import credited_agencies

    text = text.strip()
    if (bracketed := _BRACKETED_AGENCY.fullmatch(text)) is not None:
        credit = bracketed["credit"].strip()
        if (labelled := _labelled().fullmatch(credit)) is not None:
            credit = labelled["rest"]  # "PV (Theo TTXVN)": "according to", a credit's label
        # one agency, the writer's; a list ("Salzburger Nachrichten (APA/sda/dpa)", Fundus: the
        # paper's own compilation of the wires) stays trafilatura's reading, the name alone
        if not credited_agencies(bracketed["name"]) and len(credited_agencies(credit)) == 1:
            return [bracketed["name"].strip(), credit.strip()]
    for join in _AGENCY_JOIN.finditer(text):
        name, agencies = text[: join.start()].strip(), text[join.end() :].strip().rstrip(".")
        if not name or not agencies or credited_agencies(name):
            continue
        if credited_agencies(agencies):
            return [name, *(a.strip() for a in re.split(r"[/,&+]", agencies) if a.strip())]
    return None


def names_agency(text: str) -> bool:
    """Whether ``text`` (a byline element's or an author field's, its byline word and colon or
    not) is a name with the agency it ran or wrote for (:func:`agency_joined`: "Autor: Anna
    Kowalska (PAP)", "Claire Dumont avec AFP"): the one reading of both, the agency a credit
    after the name, whichever path reads it."""
    return agency_joined(_LABEL.sub("", text.strip(), count=1)) is not None


def without_site_names(names: str | None, sites: set[str]) -> str | None:
    """``names`` (a page's byline, "A; B") without a name that is the site's own name (one of
    ``sites``, keys of :func:`clipper.sitenames.site_keys`: its address's labels and its declared
    name, og:site_name or a record's site field) when another name is left: "Le Quotidien; AFP"
    on lequotidien.example (or beside og:site_name "Le Quotidien") → "AFP", "Euractiv; Reuters"
    → "Reuters".  A site or a newsroom is no person (the README's author rule); a name not the
    site's stays ("Claire Dumont; AFP"), and so does a site's name standing alone.  An agency's
    own page is such a site: "Jane Roe; Reuters" on reuters.com is "Jane Roe", "علی رضایی;
    ایسنا" on isna.ir "علی رضایی" (Fundus's labels name the writers alone: kept, the agency
    lowered ``bench/authors.py``'s Fundus precision 0.913 → 0.907, credits50)."""
    if not names or not sites:
        return names
    parts = [n.strip() for n in names.split(";") if n.strip()]
    kept = [n for n in parts if not site_name(n, sites)]
    return "; ".join(kept) if kept and len(kept) < len(parts) else names


def site_name(name: str, sites: set[str]) -> bool:
    """Whether a byline's ``name`` is the site's own (one of ``sites``, the keys of
    :func:`clipper.sitenames.site_keys`), by its words' keys or with its short words left out
    (:func:`clipper.sitenames.short_word_dropped_keys`)."""
    from clipper.sitenames import name_keys, names_site, short_word_dropped_keys

    return any(names_site(key, sites) for key in name_keys(name) if key) or bool(
        short_word_dropped_keys(name) & sites
    )


# A byline's part naming its editor, from the furniture tables' word (their ``byline_editors``:
# "Edited By: Rohan Mehra", "संपादित: रोहन मेहरा") to the next separator, with the separator
# before it: an editor is no author (newcomer 45, finding 5).
_EDITED = regex.compile(
    rf"(?:^\s*|\s*[|;·•,\n]\s*)(?i:{_union('byline_editors')})(?![\p{{L}}\p{{M}}])[^|;·•\n]*"
)


def without_editors(text: str) -> str:
    """``text`` (a byline) without the parts naming its editor (:data:`_EDITED`): "PTI | Edited
    By: Rohan Mehra" → "PTI"; "Edited by Rohan Mehra" → ""."""
    if _EDITED.search(text) is None:
        return text
    return _EDITED.sub("", text).strip(" |;·•,\n")


def unspelled(text: str) -> str:
    """A byline element's or author field's ``text`` as its names are read from it before
    trafilatura spells it (:func:`spelled`): a byline's word and the dash after it dropped
    ("كتب - محمد علي" → "محمد علي", "بقلم: منى سعيد" → "منى سعيد"), and a dateline's place and
    an agency's credit after a dash ("أبوظبي - وام", "ABU DHABI - WAM": the place in a script
    without case or in capitals, the credit one of :func:`clipper.agencycredits.
    credited_agencies`) as "": a dateline and a credit, no author (an agency is an
    organisation, as the README's author rule says; newcomer 39, finding 1: "أبوظبي" was
    stored as the author); an editor's part left out (:func:`without_editors`).  Any other
    text as it is ("Jane Doe - Reuters")."""
    text = without_editors(text.strip())
    if (agency := _agency_after_label(text)) is not None:
        return agency
    if (joined := agency_joined(_LABEL.sub("", text, count=1))) is not None:
        return "; ".join(joined)  # "Le Quotidien avec AFP": a name and an agency
    dashed = _DASHED.fullmatch(text)
    if dashed is None:
        return _LABEL.sub("", text, count=1) if _LABEL.match(text) else text
    before, after = dashed["before"], dashed["after"]
    if _LABEL_ALONE.fullmatch(before):
        return after
    if _is_place(before):
        from clipper.agencycredits import credited_agencies

        if credited_agencies(after):
            return ""
    return _LABEL.sub("", text, count=1) if _LABEL.match(text) else text


def _is_place(words: str) -> bool:
    """Whether ``words`` may be a dateline's place as bylines write it before a dash: one to
    three words in a script without case ("أبوظبي", "תל אביב"), or in capitals ("ABU DHABI")."""
    if not 1 <= len(words.split()) <= 3:
        return False
    letters = [ch for ch in words if ch.isalpha()]
    return bool(letters) and (
        all(ch.upper() == ch.lower() for ch in letters) or all(ch.isupper() for ch in letters)
    )


def spelled(text: str) -> str | None:
    """trafilatura's spelling of a byline element's or author field's ``text`` (its
    ``normalize_authors``: "By" dropped, names joined by "; ") after :func:`unspelled` read
    it; None when no name is left."""
    from trafilatura.json_metadata import normalize_authors

    read = unspelled(text)
    return normalize_authors(None, read) if read else None


def byline(names: str | None) -> str | None:
    """``names`` (trafilatura's: "A; B") with each name's opening label dropped ("Texto Ana
    Pérez", "מאת נועה לוי", "بقلم منى سعيد"; a label alone is no name) and a count of
    unnamed others after it (:data:`_OTHERS`: "김민수 기자 외 1명", "Jane Doe and 2 others"),
    two names joined by another language's "and" split, a name repeated in another case kept
    once, in order, and no designation or role left for a name (:func:`people`); None for None
    or when nothing is left."""
    if not names:
        return None
    kept: dict[str, str] = {}
    for joined in [n for part in names.split(";") for n in agency_joined(part) or [part]]:
        joined = _OTHERS.sub("", joined.strip())
        joined = _agency_after_label(joined.strip()) or joined
        if (said := _labelled().fullmatch(joined.strip())) and is_staff(said["rest"]):
            continue  # "Láti ọwọ́ akọ̀ròyìn wa", "Na mwandishi wetu": a designation, no name
        joined = _LABEL.sub("", joined.strip(), count=1).strip()
        if _LABEL_ALONE.fullmatch(joined):
            continue
        for name in (titled for split in _split_and(joined) for titled in titled_name(split)):
            key = name.casefold()
            kept[key] = _better(kept[key], name) if key in kept else name
    return "; ".join(people(list(kept.values()))) or None


# An agency's credit, then the place it filed from ("La Presse canadienne à Montréal", "The
# Canadian Press in Ottawa").
_AGENCY_AT_PLACE = regex.compile(r"(?P<agency>\S.*?)\s+(?:à|au|in|at)\s+(?P<place>\p{Lu}.*)")


def titled_name(name: str) -> list[str]:
    """``name`` (one name of a byline) without the desk's title or the agency written after it
    without brackets or a comma (newcomer 52a's Montreal desk): a person's name of two to four
    capitalised words (:data:`_PERSON`), then a title of at most three words that opens or
    closes with a role (:func:`is_role`: "Jane Smith Aerospace Reporter", "Jane Smith
    Parliamentary Bureau", "Marie Tremblay Correspondant parlementaire", "Marie Tremblay
    Bureau de Québec", "Marie Tremblay Collaboration spéciale" → ``["Jane Smith"]``, a title no
    name) or an agency's credit (:func:`clipper.agencycredits.credited_agencies`: "Pierre
    Lavoie The Canadian Press" → ``["Pierre Lavoie", "The Canadian Press"]``, the agency a
    credit); an agency's credit and the place it filed from ("La Presse canadienne à
    Montréal" → ``["La Presse canadienne"]``); else ``[name]``.  The shortest name of two
    words is read first: a name of three words before a title of one ("Mary Ann Smith
    Reporter") loses its third (a Known limit)."""
    from clipper.agencycredits import credited_agencies

    words = name.split()
    for at in range(2, len(words)):
        head, tail = " ".join(words[:at]), " ".join(words[at:])
        if _PERSON.fullmatch(head) is None or credited_agencies(head):
            continue
        if credited_agencies(tail):
            return [head, tail]
        role = _ROLE.search(tail)
        if (
            len(words) - at <= 3
            and role is not None
            and (role.start() == 0 or role.end() == len(tail))
        ):
            return [head]
    placed = _AGENCY_AT_PLACE.fullmatch(name.strip())
    if placed is not None and credited_agencies(placed["agency"]) and _filed_from(placed["place"]):
        return [placed["agency"]]
    return [name]


def _split_and(name: str) -> list[str]:
    """``name`` split at another language's "and" where both sides are names of two or more
    capitalised words ("A B og C D" -> ["A B", "C D"]); else ``[name]`` ("Banco de España")."""
    parts = _AND.split(name)
    if len(parts) > 1 and all(re.fullmatch(_NAME, p) for p in parts):
        return parts
    return [name] if name else []


def article_byline(names: str | None, tree: Any, people: list[str], url: str | None) -> str | None:
    """The byline among trafilatura's ``names`` ("A; B": the meta tags', then the JSON-LD's) of
    the parsed page ``tree``: when its JSON-LD article names its authors (``people``,
    :func:`article_people`), those, with the other names of a meta tag that names one of
    them too (a co-author, an agency); else ``names``; either way without a name that is the
    site's address (:func:`_is_site_name`) when another name is left; None when there is
    none."""
    chosen = _names(names)
    if people:
        own = _names("; ".join(_spelled(p) for p in people))
        keys = {n.casefold() for n in own}
        for group in _meta_groups(tree):
            if keys & {n.casefold() for n in group}:
                keys.update(n.casefold() for n in group)
        chosen = [n for n in chosen if n.casefold() in keys] or own
    label = _site_label(url)
    if label:
        chosen = [n for n in chosen if not _is_site_name(n, label)] or chosen
    handles = _handles(tree)
    people_named = [n for n in chosen if n.casefold() not in handles]
    if handles and any(" " in n for n in people_named):
        chosen = people_named
    return "; ".join(chosen) or None


def _names(joined: str | None) -> list[str]:
    return [n.strip() for n in (joined or "").split(";") if n.strip()]


def _spelled(name: str) -> str:
    """A name as trafilatura spells it (its ``normalize_authors``: "A; B" for a list)."""
    from trafilatura.json_metadata import normalize_authors

    return normalize_authors(None, name) or ""


def _meta_groups(tree: Any) -> list[list[str]]:
    """The names of each author meta tag of ``tree`` (``name``, ``property`` or ``itemprop``
    holding "author" or "creator"), as trafilatura spells them."""
    groups = []
    for meta in tree.iterfind(".//meta[@content]"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        if "author" in key or "creator" in key:
            group = _names(_spelled(meta.get("content") or ""))
            if group:
                groups.append(group)
    return groups


# A CMS account's user name in an author meta tag ("aligharib", "jdoe_2", "m.rossi",
# "sophie-foster"): one token of lower-case ASCII letters, digits and ``._-``, as no byline
# writes a person's name (a name in a script without case or spaces, "松岡大地", is none).
_HANDLE = re.compile(r"[a-z][a-z0-9._-]*")


def _handles(tree: Any) -> set[str]:
    """The user names (:data:`_HANDLE`) the author meta tags of ``tree`` hold, casefolded, as
    written and as trafilatura spells them ("aligharib" is its "Aligharib", "j.okoye_2" its
    "J Okoye 2")."""
    found = set()
    for meta in tree.iterfind(".//meta[@content]"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        lower = content == content.lower()
        if ("author" in key or "creator" in key) and lower and _HANDLE.fullmatch(content):
            found.update({content.casefold(), *_names(_spelled(content).casefold())})
    return found


def _site_label(url: str | None) -> str | None:
    """The name part of a page's host ("www1.wdr.de" -> "wdr", "www.nytimes.com" ->
    "nytimes"), casefolded, without hyphens; None without a URL or for a name under 3 letters."""
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "") if url else ""
    labels = host.split(".")
    if len(labels) < 2:
        return None
    if re.fullmatch(r"www\d*|m|amp", labels[0]) and len(labels) > 2:
        labels = labels[1:]
    label = labels[0].replace("-", "")
    return label if len(label) >= 3 else None


def _is_site_name(name: str, label: str) -> bool:
    """A name that spells the site's address: a word "http(s)" or "www", or words that joined
    are the host's ``label`` ("Www Washingtontimes Com", "The Washington Times", "Heise
    Online" for heise, "Mdr De" for mdr)."""
    words = [w.casefold().replace("-", "") for w in name.split()]
    if any(w in ("http", "https", "www") for w in words):
        return True
    return any(
        "".join(words[i:j]) == label
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )


def article_people(schema: Any) -> Iterator[str]:
    """The names of the people a parsed JSON-LD block (``json.loads`` of one
    ``<script type="application/ld+json">``) gives as its article's authors, in order: the
    ``author`` of each object of a schema.org article type (trafilatura's
    ``JSON_ARTICLE_SCHEMA``), at the top, in an ``@graph`` or a page's ``mainEntity``, that
    is a ``Person`` (or an object without a type, as trafilatura takes it) with a ``name``,
    or ``givenName`` and ``familyName``, as written, in compacted or expanded JSON-LD (an
    ``@list`` of authors, a name as a value object ``{"@value": …}``: minet#777, where it was
    read as no author, :func:`clipper.jsonld.literal`): "A, B and C" is three people (the
    spelling splits them).  A part of more than four words after a comma is a role or an
    affiliation and is left out ("Povilas Aleksandravičius, … universiteto profesorius");
    "Last, First" becomes "First Last".  Strings and organisations are not people: nothing
    is given for them."""
    from trafilatura.json_metadata import JSON_ARTICLE_SCHEMA

    for parent in schema if isinstance(schema, list) else [schema]:
        if not isinstance(parent, dict):
            continue
        graph = parent.get("@graph")
        contents = graph if isinstance(graph, list) else [parent]
        # an article as a web page's main entity (nature.com)
        contents = contents + [
            c["mainEntity"]
            for c in contents
            if isinstance(c, dict) and isinstance(c.get("mainEntity"), dict)
        ]
        for content in contents:
            if not isinstance(content, dict):
                continue
            types = content.get("@type")
            types = types if isinstance(types, list) else [types]
            if not any(isinstance(t, str) and t.lower() in JSON_ARTICLE_SCHEMA for t in types):
                continue
            for author in items(content.get("author")):
                name = _person_name(author)
                if name:
                    yield name


def _person_name(author: Any) -> str | None:
    if not isinstance(author, dict):
        return None
    kind = author.get("@type")
    if kind is not None and "Person" not in (kind if isinstance(kind, list) else [kind]):
        return None
    name = literal(author.get("name"))
    if name is None:
        given, family = literal(author.get("givenName")), literal(author.get("familyName"))
        name = f"{given} {family}" if given is not None and family is not None else None
    if not name or name.startswith("http"):
        return None
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 2 and all(words_in(p) == 1 for p in parts):
        return f"{parts[1]} {parts[0]}"  # "Last, First" (a Han or kana name is no one word)
    # a list of names ("A, B and C", "A und B, dpa") without a role or affiliation written
    # after one ("Name, … universiteto profesorius", "王小明, 新华社驻北京记者站首席记者": more
    # than four words, :func:`clipper.scripts.words_in`)
    return ", ".join(p for p in parts if p and words_in(p) <= 4) or None


def _better(first: str, second: str) -> str:
    """Of two spellings of one name, the one with more capitals (a proper name's)."""
    capitals = [sum(ch.isupper() for ch in s) for s in (first, second)]
    return second if capitals[1] > capitals[0] else first
