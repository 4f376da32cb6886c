"""A word's singular, so that a word and its plural find each other on a page of English, French,
Spanish, Portuguese, Italian, Catalan, German or Dutch: ``communauté`` finds ``communautés``,
``commandes`` ``commande``, ``Innus`` ``Innu``, ``nacionais`` ``nacional``, ``ciudades``
``ciudad``, ``presidenti`` ``presidente``.

:func:`singulars` is a light stemmer in Jacques Savoy's manner ("Light stemming approaches for
the French, Portuguese, German and Hungarian languages", 2006), the plural's endings only, no
derivation and no gender (French ``directrice`` is no ``directeur``, ``présidente`` no
``président``: they are other words to a reader, and taking a final ``e`` off would make
``porte`` ``port``): English's S-stemmer (Harman, "How effective is suffixing?", JASIS 42(1),
1991; Lucene's ``EnglishMinimalStemmer``) with the ``-es`` of a sibilant (``boxes``,
``churches``), French's ``-s``, ``-x`` and ``-aux`` (Lucene's ``FrenchMinimalStemmer``),
Spanish's and Portuguese's ``-s``/``-es`` and the Portuguese ``-ões``, ``-ais``, ``-eis``,
``-ns`` (Savoy's, as Lucene's ``SpanishLightStemmer`` and ``PortugueseLightStemmer`` read
them), Italian's final vowel (Lucene's ``ItalianLightStemmer``: its plural changes it,
``presidente``/``presidenti``, ``banca``/``banche``), Catalan's ``-s``, ``-es``, ``-os`` with
its final vowel, German's ``-e``, ``-en``, ``-er``, ``-n``, ``-s`` (Lucene's
``GermanMinimalStemmer``) and Dutch's ``-en`` and ``-s``, on folded words
(:func:`clipper.searchtext.fold`: ``é`` is ``e``, ``ç`` ``c``, ``ß`` ``ss``, ``ä`` ``a``).

Precision is the S-stemmer's rules' reason: no ``-s`` is taken off after ``s`` (``boss``,
``class``), a singular in ``-us`` or ``-is`` is keyed as no word (``status``, ``analysis``,
``crisis``, ``Paris`` in English: ``statu``, ``analysi``, ``crisi``, ``pari``, which no
other word is, so that ``menus``, ``Innus``, ``Israelis`` find ``menu``, ``Innu``,
``Israeli``), a singular shorter than :data:`clipper.config.CASE_KEY_LETTERS` plus one letters
is none (``news`` is no ``new``, ``gas`` no ``ga``, French ``fils`` no ``fil``, ``pays`` no
``pay``, ``mois`` no ``moi``), and a word written the same in both numbers whose stem is
another word is its own singular (:data:`INVARIABLE`: French ``temps``, ``cours``, ``Paris``;
Spanish ``lunes``, ``martes``; English ``James``, ``economics``).

:mod:`clipper.caseforms` keys a page's words and a query word by their singular
(:attr:`clipper.caserules.Rules.plurals`; migration 0112), a key per word after the search
text, written with :data:`clipper.caseforms.MARK` and the page's language, so that a key never
matches a page of another language: English ``news`` is sought as ``new`` nowhere, Spanish
``lunes`` is no French ``lune``.  ``bench/search_plural_forms.py`` gives the figures.
"""

from __future__ import annotations

from clipper.config import CASE_KEY_LETTERS

# The languages keyed by their words' singulars (clipper.caserules.RULES holds a Rules each).
PLURAL_LANGUAGES = ("en", "fr", "es", "pt", "it", "ca", "de", "nl")

# The fewest letters a singular has, as a case key's: "jobs", "wars", "lois", "leyes", "luces"
# find "job", "war", "loi", "ley", "luz"; the short words whose stem is another word are
# INVARIABLE's (news/new, mois/moi, fois/foi, fils/fil, mais/mai, dios/dio)
SINGULAR_LETTERS = CASE_KEY_LETTERS


def _words(written: str) -> frozenset[str]:
    """The words of ``written`` (separated by spaces)."""
    return frozenset(written.split())


# Words written the same as singular and plural (or names ending as a plural does) whose
# stem without the ending is another word or another's form: each is its own singular.
INVARIABLE: dict[str, frozenset[str]] = {
    "en": _words(
        "news james charles jones wales texas lens means series species economics politics "
        "physics ethics mathematics athletics shoes canoes does goes hughes hers ours yours "
        "thus plus always"
    ),
    "fr": _words(
        "temps cours paris corps souris discours concours recours secours parcours alors "
        "depuis apres pres proces succes acces progres expres remords tapis avis mais jamais "
        "toujours parfois autrefois dessus dessous moins plus sans sous vers travers repas "
        "poids bois choix prix voix paix fils mois fois pays gens sens bras dans tous nous vous "
        "lors puis pris dont chez mars"
    ),
    "es": _words(
        "lunes martes miercoles jueves viernes carlos marcos lucas tomas andres dosis tesis "
        "crisis analisis sintesis dios tras tres mas menos"
    ),
    "pt": _words("carlos marcos lucas mais depois pois talvez simples lapis atlas"),
    "it": frozenset(),
    "ca": _words("paris carles marcs dilluns dimarts dimecres dijous divendres"),
    "de": _words("paris hans klaus markus thomas andreas"),
    "nl": _words("paris hans klaus"),
}


def _table(written: str) -> tuple[tuple[str, str], ...]:
    """The ``ending>singular`` pairs written in ``written`` (separated by spaces), in order."""
    return tuple((pair.partition(">")[0], pair.partition(">")[2]) for pair in written.split())


# Each language's plural endings, in the order they are tried, each with what the singular
# ends with instead (or each of its singulars' endings, parted by "|"): the first the word ends
# with is taken off (a word ending in none is its own singular).
_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    # ies after a consonant is y (agencies); a sibilant's es goes (boxes, churches); an oes
    # is o (heroes); any other s goes but after s and in -sis (Harman 1991: class, analysis,
    # crisis, basis); after u and i too, unlike his (menus, Hindus, Innus, Israelis, Iraqis:
    # a singular in -us, -is is no word without its s, "status", "Paris" keyed "statu",
    # "pari", which no English word is)
    "en": _table("aies>aies eies>eies ies>y sses>ss ches>ch shes>sh xes>x oes>o ss>ss sis>sis s>"),
    # -eaux -eux -oux lose their x, -aux is -al (journaux, nationaux), any s goes
    "fr": _table("eaux>eau eux>eu oux>ou aux>al ss>ss s>"),
    # the z of luz is c before es (luces), -íes is -í (israelíes); es after a consonant
    # goes (ciudades, papeles, naciones), or its s alone where the singular may end in e
    # (padres, calles, grandes: both singulars are keys); s after a vowel goes (casas)
    "es": _table(
        "ces>z ies>i ss>ss des>d|de les>l|le nes>n|ne res>r|re ses>s|se yes>y jes>j|je "
        "as>a es>e os>o is>i us>u"
    ),
    # -ões -ães -ãos are -ão, -ais -eis -ois -al -el -ol, -ns -m (homens), es after r z s
    # goes, or its s alone (mulheres, juízes, países; padres, classes), s after a vowel goes
    "pt": _table(
        "oes>ao aes>ao aos>ao ais>al eis>el ois>ol ns>m res>r|re zes>z|ze ses>s|se ss>ss "
        "as>a es>e os>o is>i us>u"
    ),
    # a final vowel (as Lucene's ItalianLightStemmer reads it, but put back, not taken off:
    # banca and banco are two words): -i is -o, -e or -io (presidenti, amici, negozi), -e
    # is -a or -e (case, presidente), -che -chi -ghe -ghi are -ca -co -ga -go (banche,
    # banchi), -cie -gie -cia -gia (farmacie), -ce -ge -cia -gia or their own (province)
    "it": _table(
        "che>ca ghe>ga chi>co ghi>go cie>cia gie>gia ce>cia|ce ge>gia|ge ii>io i>o|e|io e>a|e"
    ),
    # -ques -gues -ces -ges are -ca -ga -ça -ja (banques, places, platges), -os after a
    # sibilant goes (processos, peixos, països), -es is -a or -e (cases, frases) or a
    # singular's own (procés, interès: folded, as a plural's), any other s goes (bancs) or
    # is the singular's own (país, whose plural is països)
    "ca": _table("ques>ca gues>ga ces>ca|ces ges>ja ssos>s xos>x sos>s es>a|e|es s>|s"),
    # Lucene's GermanMinimalStemmer: -nen (Ärztinnen), -en -se -es -er, then -n -e -s -r,
    # twice (Kindern, Ministern: a plural's dative n after its -er)
    "de": _table("innen>in in>in en> se> es> er> n> e> s> r>"),
    # -heden is -heid (mogelijkheden), a doubled consonant before -en one (kabinetten), -en
    # and -s after e, r, l, n go (kranten, ministers)
    "nl": _table(
        "heden>heid tten>t kken>k ppen>p nnen>n llen>l ssen>s mmen>m rren>r en> rs>r ls>l ns>n s>"
    ),
}

# The fewest letters a word has for its ending to be read (Lucene's minimal and light stemmers
# leave shorter words alone: German's five, Italian's six, French's and Catalan's five)
_SHORTEST: dict[str, int] = {"en": 4, "fr": 4, "es": 4, "pt": 4, "it": 4, "ca": 4, "de": 5, "nl": 5}
# The languages whose words end in a vowel but for loanwords, whose plural is the word
# ("sport", "film"): a word ending in a consonant has no singular key (Italian's keys are
# stems without the final vowel, "banc" of "banca", which such a word, Catalan's "banc" or
# French's, must not be)
_VOWEL_FINAL = {"it": "aeiou"}
# The languages whose table is read twice (German's -ern: Kindern, Ministern)
_TWICE = frozenset({"de"})


def singulars(word: str, language: str) -> tuple[str, ...]:
    """The singulars of the folded ``word`` of a page or query in ``language`` (one of
    :data:`PLURAL_LANGUAGES`), one or two: the word without the first plural ending of its
    language's table it ends with that leaves at least :data:`SINGULAR_LETTERS` letters, each
    of that ending's singular endings put back; else the word itself
    (:data:`INVARIABLE`'s words, those ending in no plural ending, those too short); German's
    read twice; ``()`` for an Italian word ending in a consonant (a loanword: its plural is
    itself).  ``singulars("communautes", "fr")`` → ``("communaute",)``,
    ``singulars("padres", "es")`` → ``("padr", "padre")``, ``singulars("news", "en")`` →
    ``("news",)``.  Raises KeyError for another language."""
    found = _singulars(word, language)
    if language in _TWICE:
        found = tuple(dict.fromkeys(again for one in found for again in _singulars(one, language)))
    return found


def _singulars(word: str, language: str) -> tuple[str, ...]:
    """:func:`singulars`, its language's table read once."""
    if (vowels := _VOWEL_FINAL.get(language)) is not None and not word.endswith(tuple(vowels)):
        return ()
    if len(word) < _SHORTEST[language] or word in INVARIABLE[language]:
        return (word,)
    for ending, written in _ENDINGS[language]:
        if word.endswith(ending):
            stem = word[: len(word) - len(ending)]
            found = tuple(
                one for end in written.split("|") if len(one := stem + end) >= SINGULAR_LETTERS
            )
            if found:
                return found
            # too short: the next ending it ends with ("ties" is "tie", no "ty")
    return (word,)
