"""Which of a text dump's header line's unlabelled names is the writer's and which the
outlet's (:func:`writer_and_outlet`).

A header line of fields (:mod:`clipper.dumpfields`) may name its writer and its outlet with no
"By" and no label, in any order and between any of its separators: "Иван Петров · Власть · 7
декабря 2026", "7 декабря 2026 | Власть | Иван Петров", "Jane Doe | Reuters | Dec 7, 2026",
"Marie Tremblay — La Presse — 7 décembre 2026".  A name is the outlet's on evidence of an
outlet (:func:`outlet_evidence`): a site's host name ("vlast.kz"), a name of the dump's own
site (its address's or its record's: :func:`clipper.sitenames.is_site_name`), a news agency
(:func:`clipper.agencycredits.credited_agencies`: "Reuters", "Kazinform"), a name of one word
(a person is written with two or more: "Власть", "Daryo"), or one opening with an article
("La Presse", "The Harbour Post", "El Diario").  A name is a person's by its shape alone
(:func:`person_shaped`): two to four words, each a capital and small letters (name particles
between).  Of two names, one a person's shape with no evidence of an outlet and the other an
outlet's (by evidence, or by no person's shape: "BBC News"), the first is the writer; of two
of a person's shape, the one holding a place CLDR names ("Егемен Қазақстан", "China Daily":
:func:`clipper.placenames.is_place_name`) is the outlet.  Otherwise which is which is not
known, and neither is taken ("Anna Berger | Elsdorfer Bote"; two names in a script without
case): a person's name is never a site.  Newcomer 51b: "Иван Петров · Власть · 7 декабря 2026"
gave its date alone, and "Иван Петров · 7 декабря 2026" took the writer for the site.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

# A leading article of an outlet's name ("The Harbour Post", "La Presse", "El Diario", "Der
# Standard", "Il Messaggero"), in the languages whose papers' names open with one; "De" is
# left out (a Dutch or Flemish person's "De Vries", as "Le" is no Vietnamese surname written
# without its mark only in some dumps: kept, the French papers' "Le" being the commoner).
ARTICLES = frozenset({
    "the", "la", "le", "les", "el", "los", "las", "il", "lo", "gli", "der", "die", "das",
    "het", "os", "as",
})  # fmt: skip
# Lower-case particles a person's name holds between its capitalised words ("Jan de Vries",
# "Ludwig van Beethoven", "Omar bin Said").
_PARTICLES = frozenset({
    "de", "da", "do", "dos", "das", "van", "von", "der", "den", "di", "del", "della", "du",
    "ten", "ter", "zu", "bin", "ibn", "al", "el",
})  # fmt: skip
# A person's name has this many capitalised words at least and at most.
PERSON_MIN_WORDS = 2
PERSON_MAX_WORDS = 4
# The words of a name a place is looked for in, as spans of at most this many ("New York").
PLACE_SPAN_WORDS = 3


def writer_and_outlet(
    names: Sequence[str],
    author: str | None = None,
    outlet: str | None = None,
    sites: Collection[str] = (),
) -> tuple[str | None, str | None]:
    """The (writer, outlet) of a header line whose unlabelled ``names`` (each an outlet-shaped
    field, in the line's order: :func:`clipper.dumpfields.header_fields`) are these, each None
    when not known (module docstring).  ``author`` and ``outlet``: the writer a byline or an
    author label of the line names and the outlet a source label names, None when none; each
    is kept, and the names then give only the other: with a writer named, the outlet is the
    name with evidence of an outlet, else a name standing alone ("By Jane Doe | China Daily");
    with an outlet labelled, the writer is the one name of a person's shape with no such
    evidence.  ``sites``: the keys of the dump's site's names
    (:func:`clipper.sitenames.site_keys`)."""
    names = [name for name in names if name not in (author, outlet)]
    evidenced = [name for name in names if outlet_evidence(name, sites)]
    people = [name for name in names if person_shaped(name) and name not in evidenced]
    others = [name for name in names if name not in people]
    if author is not None or outlet is not None:
        if outlet is None and (len(evidenced) == 1 or len(names) == 1):
            outlet = (evidenced or names)[0]
        if author is None and len(people) == 1:
            author = people[0]
        return author, outlet
    if len(names) == 1:
        return None, others[0] if others else None  # a person's name alone: no site
    if len(names) != 2:
        return None, None
    if len(people) == 1 and len(others) == 1:
        return people[0], others[0]
    if len(people) == 2:
        placed = [name for name in people if _holds_a_place(name)]
        if len(placed) == 1:
            (named,) = placed
            return next(name for name in people if name != named), named
    return None, None


def outlet_evidence(name: str, sites: Collection[str] = ()) -> bool:
    """Whether an unlabelled header field ``name`` is an outlet's name by what it is, not its
    shape: a site's host name, a name of the dump's site (``sites``, keys), a news agency,
    one word, or a name opening with an article (:data:`ARTICLES`)."""
    from clipper.agencycredits import credited_agencies
    from clipper.dumpfields import host_name
    from clipper.sitenames import is_site_name

    words = name.split()
    return (
        host_name(name)
        or len(words) == 1
        or (len(words) > 1 and words[0].casefold() in ARTICLES)
        or bool(sites and is_site_name(name, set(sites)))
        or bool(credited_agencies(name))
    )


def person_shaped(name: str) -> bool:
    """Whether ``name`` is written as a person's name: :data:`PERSON_MIN_WORDS` to
    :data:`PERSON_MAX_WORDS` words, each a capital letter and then small letters (an initial
    "J." too; a hyphen or an apostrophe inside: "Jean-Paul", "O'Neill"), lower-case name
    particles between ("Jan de Vries").  Never a name in capitals ("BBC News") or in a script
    without case."""
    capitalised = 0
    for word in name.split():
        if word in _PARTICLES and capitalised:
            continue
        if not _capitalised(word):
            return False
        capitalised += 1
    return PERSON_MIN_WORDS <= capitalised <= PERSON_MAX_WORDS


def _capitalised(word: str) -> bool:
    """A capital, then small letters (and "-", "'", "’", a final "."), one small at least."""
    letters = word.rstrip(".").replace("-", "").replace("'", "").replace("’", "")
    if not letters or not letters.isalpha() or not letters[0].isupper():
        return False
    return len(letters) == 1 or any(c.islower() for c in letters[1:])


def _holds_a_place(name: str) -> bool:
    """Whether a span of :data:`PLACE_SPAN_WORDS` words or fewer of ``name`` is a city or a
    country CLDR names in the page's language or English (:func:`clipper.placenames.
    is_place_name`: "Қазақстан" of "Егемен Қазақстан", "China" of "China Daily")."""
    from clipper.numericdates import page_language
    from clipper.placenames import is_place_name

    language = page_language() or None
    words = name.split()
    return any(
        is_place_name(" ".join(words[at : at + size]), language)
        for size in range(1, PLACE_SPAN_WORDS + 1)
        for at in range(len(words) - size + 1)
    )
