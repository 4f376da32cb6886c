"""A word's case forms, so that its base form finds them: ``Helsinki`` finds ``Helsingissä`` and
``Helsingin``, ``Tallinn`` ``Tallinnas``, ``Vilnius`` ``Vilniuje``, ``Рига`` ``Риге``,
``Warszawa`` ``Warszawie``, ``Budapest`` ``Budapesten``, ``hükümet`` ``hükümetin``.

Finnish, Estonian, Lithuanian, Latvian, Russian, Ukrainian, Polish, Czech, Hungarian and Turkish
mark a noun's case with an ending ("in Helsinki" is ``Helsingissä``), so a news page writes a
city, a person or a ministry in a form other than the one a reader types, and a watchlist on a
city missed every story of these languages (newcomer 30, finding 2). After a page's search text
in one of these languages (its stored language) come its words' *keys* (:func:`keys_text`;
migration 0072): each word without its final vowels, and without the longest case ending of its
language's table that it ends with (:data:`RULES`) and then its final vowels, each key written
with :data:`MARK` and the language's code before it (``\\U000f0000fihelsing``) so that a key is
never a word of a text and never matches a page of another language. A query word is keyed the
same way, but as a base form (:func:`query_keys`: only the endings a base form has, the
nominative's ``-as``/``-is``/``-us`` of Lithuanian and Latvian, are taken off), once in each of
these languages that writes its letters; a term then matches as typed or by one of its keys
(:attr:`clipper.searchterms.QueryTokens.ways`).

The tables are light stemmers in the manner of Jacques Savoy's ("Light stemming approaches for
the French, Portuguese, German and Hungarian languages", 2006; Lucene's ``FinnishLightStemmer``
and ``CzechStemmer`` follow his and Dolamic's): the case endings only, no derivation, on folded
words (:func:`clipper.searchtext.fold`: ``ä`` is ``a``, ``ė`` ``e``, ``й`` ``и``). Where a case
changes the stem's own letters the key's end is written one way (:attr:`Rules.finals`): Finnish
consonant gradation (``Helsinki``/``Helsingin``: ``nk`` is ``ng``, ``Lahti``/``Lahdessa``:
``ht`` is ``hd``, ``kk`` ``k``, ``nt`` ``nn`` …, and ``-nen``/``-sen``, ``-us``/``-uksen``),
Ukrainian's ``і`` of a closed last syllable (``Харків``/``Харкова``), Czech's and Polish's
mobile ``e`` (``Plzeň``/``Plzni``, ``Liberec``/``Liberci``) and Polish ``-cie`` of ``-t``
(``uniwersytecie``). Snowball's stemmers (the pinned ``snowballstemmer``, which
:mod:`clipper.stories.stems` uses) were measured first: they give a base form and its case form
one stem for 47 of the 69 pairs of ``bench/search_case_forms.py``'s tune set in the languages
they have (Ukrainian read with Russian's; none for Latvian, which they lack;
``helsink``/``helsing``, ``tallinn``/``tallinna``, ``budapes``/``budapest``); the tables here
for all 76 (README's search section gives the figures of the sets not tuned on).  On the
``inflected`` sets' pairs of the seven languages besides Polish, Czech and Latvian
(session 37), Snowball gives the query form and the page form one stem for 50 of 70
(Ukrainian read with Russian's), the tables, the query read as a case form
(:attr:`Rules.case_queries`), for 64 of 70.

Slovak, Slovenian, Croatian, Serbian and Bosnian pages in Latin letters are keyed so too
(migration 0090: ``Bratislave``, ``Ljubljani``, ``Zagrebu``, ``Rijeci``), by tables made the
same way; ``bench/search_case_forms.py``'s ``slavic`` sets give the figures.

Greek pages are keyed so too (migration 0096: ``Εθνικής``, ``Τράπεζας``, ``επενδύσεων``), and
Indonesian and Malay pages by their words' roots instead of case endings (migration 0096:
:attr:`Rules.roots`, :mod:`clipper.malayroots`: ``pertambangan`` → ``tambang``).

Azerbaijani, Turkmen, Uzbek, Kazakh and Kyrgyz pages are keyed so too (migration 0098:
``şəbəkəsinin``, ``Türkiyənin``, ``Oʻzbekistonda``, ``Қарағандыда``), by tables in the Turkish
one's manner, and Georgian and Armenian pages by their case endings (``მილსადენის``,
``საქართველოში``, ``ավիաուղիները``); in the Turkic languages a stem's final vowel is its own
(:attr:`Rules.stem_vowels`), so a long query word's stem is cut to no shorter word
(``Türkiye`` finds no ``Türk``).  Their letters typed plainly are :mod:`clipper.plainletters`'.

Hindi, Marathi and Bengali pages are keyed so too (migration 0089: their plural and oblique
endings, Marathi's and Bengali's postpositions written onto the word: ``संगठनों``, ``सरकारच्या``,
``ঢাকায়``), by light stemmers' tables of their own (see :data:`RULES`).

A key is at least :data:`clipper.config.CASE_KEY_LETTERS` letters long (Hindi's, Marathi's and
Bengali's :data:`clipper.config.INDIC_KEY_LETTERS`, their vowel signs not counted), and only
words of letters are keyed.
Arabic and Hebrew are not here: their attached prefixes and suffixes are
:mod:`clipper.prefixes`'."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from clipper.config import CASE_KEY_LETTERS, INDIC_KEY_LETTERS
from clipper.language import primary_language

# Written before a key's language code: a supplementary private-use character, a word
# character to the index (FTS5's categories ``Co``) that no text writes before letters.
MARK = "\U000f0000"
# Written in MARK's place before the key of a word whose ending only a masculine name's (or
# noun's) case forms take, or only a feminine one's (:attr:`Rules.masculine`,
# :attr:`Rules.feminine`): "Pavel" and "Pavla" are two people (cs), and so are "Aleksander" and
# "Aleksandra" (pl), "Александр" and "Александра" (ru), though their keys are one.
MASCULINE = "\U000f0001"
FEMININE = "\U000f0002"
# Written before the key of a base form in a neuter noun's ending (:attr:`Rules.neuter_base`:
# Ukrainian "місто", "city"), and beside MASCULINE before the key of a form whose ending a
# neuter noun's forms take too ("містом"): "міст", "bridge", a masculine base, and "місто" are
# two words, though their keys are one; the neuter's plural genitive "міст" is sought as the
# bridge (session 45).
NEUTER = "\U000f0003"
# Every mark a key's index word starts with (clipper.backends.postgresql leaves these words
# out of what its stemmers read).
KEY_MARKS = (MARK, MASCULINE, FEMININE, NEUTER)


_LATIN = re.compile("[a-z]+")
# Georgian's Mkhedruli letters (Mtavruli capitals casefold to them) and Armenian's small
# letters (casefolded; NFKC writes the ligature և as եւ)
_GEORGIAN = re.compile("[\u10d0-\u10ff]+")
_ARMENIAN = re.compile("[\u0561-\u0586]+")
_CYRILLIC = re.compile("[а-яіїєґ']+")
# Greek folded: no tonos or dialytika, final sigma as σ (casefold)
_GREEK = re.compile("[α-ω]+")
# Devanagari and Bengali letters with their vowel signs, virama and anusvara (folded: no nukta
# in Devanagari, candrabindu as anusvara; Bengali's য় as য and its nukta, as NFKC writes it)
_DEVANAGARI = re.compile("[\u0900-\u0963\u0971-\u097f]+")
_BENGALI = re.compile("[\u0980-\u09e3\u09f0\u09f1]+")
# Their vowel signs, virama, nukta, candrabindu, anusvara and visarga: no letter of a key's
# count (Unicode's combining marks of the two blocks)
_INDIC_SIGNS = re.compile(
    "[\u0900-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957\u0962\u0963"
    "\u0981-\u0983\u09bc\u09be-\u09cd\u09d7\u09e2\u09e3\u09fe]"
)


def _folded(ending: str) -> str:
    """``ending`` as folding writes it (NFKC, candrabindu as anusvara): Bengali's ``য়``
    (U+09DF) is ``য`` and its nukta."""
    return unicodedata.normalize("NFKC", ending).replace("\u0901", "\u0902")


def _indic_endings(endings: str) -> tuple[str, ...]:
    """:func:`_endings` of ``endings``, folded (:func:`_folded`)."""
    return _endings(" ".join(map(_folded, endings.split())))


def _indic_pairs(pairs: str) -> tuple[tuple[str, str], ...]:
    """:func:`_pairs` of ``pairs``, folded (:func:`_folded`)."""
    return tuple((_folded(a), _folded(b)) for a, b in _pairs(pairs))


@dataclass(frozen=True, slots=True)
class Rules:
    """A language's case endings (folded, as :func:`clipper.searchtext.fold` writes them).

    ``letters``: the words it keys (its script); ``vowels``: taken off a key's end;
    ``endings``: the case endings a page's word may carry, longest first (the first one it
    ends with is taken off); ``base``: those a base form carries (taken off a query word, the
    longest only); ``swaps``: an ending taken off with letters of the stem it stands for put
    back (``cie`` → ``t``); ``finals``: a key's last letters written one way (applied twice).

    Gender (:func:`gender_marks`, :func:`query_marks`, :func:`query_keys`), for the languages whose
    masculine and feminine names share a stem (``Pavel``/``Pavla``): ``masculine``, the endings only
    a masculine word's case forms take (``Pavlovi``, ``Pavlem``), and a word ending in no vowel (its
    nominative, ``Pavel``), keyed with :data:`MASCULINE`; ``feminine``, those only a feminine word's
    take (``Pavly``, ``Pavlou``), keyed with :data:`FEMININE`; ``feminine_base``, the endings of a
    feminine base form (``Pavla``): a query word ending in one is sought by its plain and feminine
    keys, one ending in no vowel by its plain and masculine keys, any other (``Brno``, ``policie``)
    by all three.  Empty ``masculine`` and ``feminine``: every key is plain.  ``neuter_base``,
    the ending of a neuter noun's base form (``місто``, ``miasto``, ``město``), keyed with
    :data:`NEUTER`, as a masculine ending's form is too (``містом``, ``městem``: a neuter's
    forms take them): a query word ending in one is sought by its plain, feminine and neuter
    keys, not a masculine base's (``місто`` does not find ``міст``, "bridge"), and a query word
    ending in no vowel not by the neuter base (``міст`` does not find ``місто``).

    ``case_queries``: a query word is also read as a case form (:func:`case_stems`:
    ``bankiem``, ``Nadwiślańskiego`` find ``bank``, ``banku``, ``Nadwiślański``), in the
    languages whose inflected queries were measured (``bench/search_case_forms.py``'s
    ``inflected`` sets: Polish and Czech, newcomer 36, finding 3; the other eight, session
    37: ``Häkkiselle``, ``parlamendis``, ``Kėdainiuose``, ``uzņēmumam``, ``Собяниным``,
    ``уряду``, ``bíróságon``, ``fabrikada`` find ``Häkkinen``, ``parlament``, ``Kėdainių``,
    ``uzņēmums``, ``Собянин``, ``уряд``, ``bíróság``, ``fabrika``).  Every language of
    :data:`RULES` has them now.

    ``key_letters``: the fewest letters a key has (:data:`clipper.config.CASE_KEY_LETTERS`;
    Hindi's, Marathi's and Bengali's :data:`clipper.config.INDIC_KEY_LETTERS`); ``signs``: the
    script's vowel signs, virama and other combining marks, which are no letters of that count
    (``কা``, a consonant and its sign, is one letter: ``কারা`` and ``কাকে`` are keyed apart).

    ``roots``: a word's key is its root (:func:`clipper.malayroots.root`: Indonesian and
    Malay write derivation, not case, onto a word: ``pertambangan`` is keyed ``tambang``), not
    the word without an ending of a table; a query word is sought by its root's key.

    ``stem_vowels``: a stem's final vowel is its own, never a case's (the Turkic languages:
    an ending starting with a consonant, its buffer ``y``, ``n``, ``s`` too, follows it,
    ``hastane-ye``, ``ordu-nun``, ``Türkiye-nin``, ``Gəncə-də``, ``şəbəkə-sinin``): a
    vowel-final stem left by such an ending keeps its vowel in its key, a vowel-final page
    word is keyed as itself too, and a vowel-final query word's base key is itself
    (``turkiye``, ``gence``), so that ``Türkiye`` finds ``Türkiyənin`` but no ``Türk`` and
    ``Gəncə`` no ``gənc``, "young" (session 48); ``possessive``: the endings a third person's
    possessive vowel (``possessive_vowels``) may stand before, the pronominal ``n``
    (``bakanlığı-nda``): a stem ending in one is keyed without it as well (``bakanlik``);
    ``buffers``: the letters an ending's buffer may be, which a stem may end in too (an ending
    starting with one is also read without it: :func:`_endings_of`).
    ``final_vowels``: the most final vowels a key loses (0: all): a Finnish word ends in two at
    most (``Espoo``, ``Hyvinkää``), and a word read in Finnish that ends in three is no form of
    the word without them (``Türkiye`` is no ``Turku``, whose key is ``tur``; session 48).
    ``typed``: letters a language's writers type as others on a keyboard
    without them, written so in its keys only (Kazakh ``і`` typed ``и``: ``кеніш`` and
    ``кениш`` are keyed alike on a Kazakh page, not on a Ukrainian one)."""

    letters: re.Pattern[str]
    vowels: str
    endings: tuple[str, ...]
    base: tuple[str, ...] = ()
    swaps: tuple[tuple[str, str], ...] = ()
    finals: tuple[tuple[str, str], ...] = ()
    masculine: tuple[str, ...] = ()
    feminine: tuple[str, ...] = ()
    feminine_base: tuple[str, ...] = ()
    neuter_base: tuple[str, ...] = ()
    case_queries: bool = False
    key_letters: int = CASE_KEY_LETTERS
    signs: re.Pattern[str] | None = None
    roots: bool = False
    final_vowels: int = 0
    stem_vowels: bool = False
    possessive: tuple[str, ...] = ()
    possessive_vowels: str = ""
    buffers: str = ""
    typed: tuple[tuple[str, str], ...] = ()


# Finnish consonant gradation, strong grade to weak (Karlsson, "Finnish: An Essential
# Grammar", 2nd ed., 2008, §§ 12-13): the weak grade is that of most case forms
# (``kaupunki``/``kaupungissa``, ``Turku``/``Turussa``); ``-nen`` names and ``-us`` nouns
# have their case forms' stem (``Virtanen``/``Virtasen``, ``hallitus``/``hallituksen``), and
# the abstract nouns in ``-us``/``-ys`` whose case forms' stem is ``-ude-``/``-yde-`` (§ 45:
# ``oikeus``/``oikeudessa``, ``ystävyys``/``ystävyyden``) the base form's.
def _pairs(pairs: str) -> tuple[tuple[str, str], ...]:
    """The pairs written ``from>to`` in ``pairs`` (separated by spaces), in order."""
    return tuple((pair.partition(">")[0], pair.partition(">")[2]) for pair in pairs.split())


_FINNISH_GRADATION = _pairs(
    "nen>s ks>s ud>us yd>ys nk>ng mp>mm nt>nn lt>ll rt>rr kk>k pp>p tt>t ht>hd lk>l rk>r"
)


def _endings(endings: str) -> tuple[str, ...]:
    """The endings written in ``endings`` (separated by spaces), the longest first."""
    return tuple(sorted(endings.split(), key=len, reverse=True))


# The endings of the Turkic languages that a third person's possessive vowel may stand before
# (the pronominal n: bakanlığı-nda, Göksel and Kerslake, "Turkish: A Comprehensive Grammar",
# 2005, § 14.3; Rules.possessive)
_TURKISH_POSSESSIVE = _endings("ndan nden nin nun nde nda")

RULES: dict[str, Rules] = {
    "fi": Rules(
        _LATIN,
        "aeiouy",
        _endings("ineen seen iden tten ssa sta lla lta lle ksi tta hin han hen ine na n t"),
        finals=_FINNISH_GRADATION,
        case_queries=True,
        final_vowels=2,
    ),
    # et: a stem's nt is nd in its case forms (parlament/parlamendis, Erelt, Tõnisson's
    # "Eesti keele grammatika", 1995, consonant gradation of t after n)
    "et": Rules(
        _LATIN,
        "aeiou",
        _endings("sse ga ks ni na ta st lt le s l d t"),
        finals=_pairs("nd>nt"),
        case_queries=True,
    ),
    "lt": Rules(
        _LATIN,
        "aeiouy",
        _endings(
            "iuose uose iaus oje eje uje yje ose ams oms ems ais ies ios ius aus as "
            "is ys us os es ui ei ai am ia io iu je"
        ),
        base=_endings("ius ias as is ys us es ai"),
        case_queries=True,
    ),
    "lv": Rules(
        _LATIN,
        "aeiou",
        _endings("ajam iem ies am em im um ai as os es is us ei ie s"),
        base=_endings("is us s"),
        case_queries=True,
    ),
    "ru": Rules(
        _CYRILLIC,
        "аеиоуыэюяь",
        _endings("ами ями ого его ому ему ах ях ам ям ом ем ои еи ою ею ов ев ии ыи ых их ым им"),
        masculine=("ом", "ем", "ым"),
        feminine=("ои", "еи", "ою", "ею", "ы"),
        feminine_base=("а", "я"),
        neuter_base=("о",),
        case_queries=True,
    ),
    # uk: o/e of a stem become і in a closed last syllable: Харків/Харкова, Львів/Львова
    "uk": Rules(
        _CYRILLIC,
        "аеиоуюяьієї",
        _endings("ами ями ого ому ові еві ах ях ам ям ом ем ою ею ів ии іи их им"),
        finals=_pairs("ів>ов"),
        masculine=("ові", "еві", "ом", "ем"),
        feminine=("ою", "ею", "и"),
        feminine_base=("а", "я"),
        neuter_base=("о",),
        case_queries=True,
    ),
    "pl": Rules(
        _LATIN,
        "aeiouy",
        _endings("ami ach owi iem ego emu ych ich ymi imi em om ow ej ym im"),
        swaps=_pairs("cie>t dzie>d"),
        finals=_pairs("ec>c ek>k el>l er>r"),
        masculine=("owi", "iem", "em"),
        feminine=("ej", "y"),
        feminine_base=("a",),
        neuter_base=("o",),
        case_queries=True,
    ),
    "cs": Rules(
        _LATIN,
        "aeiouy",
        _endings("ami emi ech ich ach ovi eho emu iho imu ych ymi imi em om ou ym im um"),
        swaps=_pairs("ze>h"),
        finals=_pairs("en>n ec>c ek>k el>l"),
        masculine=("ovi", "em"),
        feminine=("ou", "y"),
        feminine_base=("a",),
        neuter_base=("o",),
        case_queries=True,
    ),
    # sk: Czech's endings in Slovak's spelling (chlapom, ženou, mestách, uliciach, chlapovia,
    # pekného, peknej; a name in -i as an adjective: Pellegriniho, Pellegrinimu), its mobile e
    # and o (Lučenec/Lučenca, piatok/piatku, Pavol/Pavla) and the e of -er
    # (minister/ministra); the genders as Czech's (Ficovi, Ficom; Trnavou, vlády)
    "sk": Rules(
        _LATIN,
        "aeiouy",
        _endings(
            "iami iach ovia ami ach iam ovi eho emu iho imu ych ymi imi ich ej om ou am ov ym im"
        ),
        finals=_pairs("ec>c ok>k ol>l er>r"),
        masculine=("ovi", "om"),
        feminine=("ou", "y"),
        feminine_base=("a",),
        neuter_base=("o",),
        case_queries=True,
    ),
    # sl: Slovenian's case endings (Mariboru, Golobom, bolnišnico, mestih, mestoma, vladam,
    # novega, novemu, novem), the e of -er (Koper/Kopru, minister/ministra); its feminine
    # instrumental and masculine locative share -om/-em with other forms, so no genders
    "sl": Rules(
        _LATIN,
        "aeiou",
        _endings("ami ema oma ega emu ih im om em ov ev ah am"),
        finals=_pairs("er>r ec>c"),
        case_queries=True,
    ),
    # hr, sr, bs: Serbo-Croatian's endings in Latin letters (Zagrebu, gradom, gradovima,
    # Plenkovićem, vlade, ženama, novog, novome, Hrvatskoj), the a of -ar/-ak (ministar/
    # ministrom, Sisak/Siska) and the sibilarisation of k before -i (Rijeka/Rijeci,
    # Amerika/Americi): a key's final c is written k; ženom, instrumental of a feminine, ends
    # as gradom does, so no genders.  Serbian pages in Cyrillic are not keyed (their letters
    # are not these).
    **dict.fromkeys(
        ("hr", "sr", "bs"),
        Rules(
            _LATIN,
            "aeiou",
            _endings("ovima evima ovi evi ova eva ima ama oga ome omu og om em oj ih im"),
            finals=_pairs("ar>r ak>k c>k"),
            case_queries=True,
        ),
    ),
    "hu": Rules(
        _LATIN,
        "aeiou",
        _endings(
            "ban ben nak nek val vel tol rol bol hoz hez nal nel kor ert ba be ra "
            "re on en an ot et at ul ig t n"
        ),
        case_queries=True,
    ),
    # el: the case endings of Greek's nouns and adjectives (Holton, Mackridge and
    # Philippaki-Warburton, "Greek: A Comprehensive Grammar of the Modern Language", 2nd ed.,
    # 2012, the declensions of nouns and adjectives), folded: nominative, genitive,
    # accusative and vocative, singular and plural (Εθνική/Εθνικής, Τράπεζα/Τράπεζας/Τραπεζών,
    # Ευρωπαϊκή/Ευρωπαϊκής, επένδυση/επενδύσεις/επενδύσεων, υπουργός/υπουργού/υπουργοί/υπουργών);
    # a neuter's -μα keeps its μ before -ματος (πρόγραμμα/προγράμματος/προγραμμάτων)
    "el": Rules(
        _GREEK,
        "αεηιουω",
        _endings("ιων εων ιου ουσ εισ ων οσ ου οι εσ ασ ησ ισ υσ"),
        base=_endings("οσ ασ ησ εσ ισ υσ"),
        swaps=_pairs("ματοσ>μα ματων>μα ματα>μα"),
        case_queries=True,
    ),
    # id, ms: a word's root (clipper.malayroots: derivation's prefixes and suffixes, particles
    # and possessives: pertambangan, ditambang, membiayai, memperuntukkan, menjana)
    "id": Rules(_LATIN, "", (), roots=True),
    "ms": Rules(_LATIN, "", (), roots=True),
    "tr": Rules(
        _LATIN,
        "aeiou",
        _endings(
            "ndan nden leri lari sini nin nun den dan ten tan nde nda ler lar yla "
            "yle in un de da te ta ye ya si su la le"
        ),
        # the n of a stem before a case ending is no pronominal n: limanda is liman + da
        swaps=_pairs("ndan>n nden>n nda>n nde>n nin>n nun>n"),
        # a final k p t voiced before a vowel: bakanlık/bakanlığı, kitap/kitabı, Mehmet/Mehmedi
        finals=_pairs("g>k b>p d>t"),
        case_queries=True,
        stem_vowels=True,
        possessive=_TURKISH_POSSESSIVE,
        possessive_vowels="iu",
        buffers="yns",
    ),
    # az, tk, uz, kk, ky: the other Turkic languages' case endings (Göksel and Kerslake's
    # "Turkish: A Comprehensive Grammar", 2005, is the Turkish table's model; Azerbaijani:
    # Öztopçu, "Elementary Azerbaijani", 2nd ed., 2003; Turkmen: Clark, "Turkmen Reference
    # Grammar", 1998; Uzbek: Bodrogligeti, "An Academic Reference Grammar of Modern Literary
    # Uzbek", 2003; Kazakh: Muhamedowa, "Kazakh: A Comprehensive Grammar", 2016; Kyrgyz:
    # Hebert and Poppe, "Kirghiz Manual", 1963), folded (ə, ä as e, a; ı ö ü as i o u; the
    # Cyrillic letters as Russian's: clipper.plainletters): the genitive, dative, accusative,
    # locative, ablative and instrumental, the plural, the third person's possessive before
    # them (şəbəkəsinin, şəbəkəsinə, Türkiyənin, Oʻzbekistonda, Қарағандыдағы), each in its
    # vowel-harmony and buffer-consonant forms
    "az": Rules(
        _LATIN,
        "aeiou",
        _endings(
            "larinin lerinin larindan lerinden larinda lerinde larina lerine larini lerini "
            "larin lerin lari leri lardan lerden larda lerde lara lere lar ler "
            "sinin sunun sindan sinden sundan sunden sinda sinde sunda sunde sina sine suna "
            "sune sini sunu sile sin sun si su inin unun indan inden undan unden inda inde "
            "unda unde ina ine una une ini unu nin nun ndan nden nda nde dan den daki deki "
            "da de ya ye yla yle la le ni nu in un"
        ),
        # a final q voiced to ğ before a vowel: bayraq/bayrağı
        finals=_pairs("g>q"),
        case_queries=True,
        stem_vowels=True,
        possessive=_endings("nin nun ndan nden nda nde ni nu"),
        possessive_vowels="iu",
        buffers="yns",
    ),
    "tk": Rules(
        _LATIN,
        "aeiouy",
        _endings(
            "larynyn lerinin laryndan lerinden larynda lerinde laryna lerine laryny lerini "
            "lary leri lardan lerden larda lerde lara lere lar ler "
            "synyn sinin syndan sinden synda sinde syna sine syny sini sy si "
            "nyn nin nun ndan nden nda nde dan den tan ten da de ta te ga ge ka ke "
            "ny ni nu yn in un"
        ),
        case_queries=True,
        stem_vowels=True,
        possessive=_endings("nyn nin nun ndan nden nda nde ny ni nu"),
        possessive_vowels="iyu",
        buffers="ns",
    ),
    # uz: no vowel harmony; oʻ gʻ written o g (the apostrophe joined: clipper.plainletters)
    "uz": Rules(
        _LATIN,
        "aeiou",
        _endings(
            "larining larning larga larda lardan larni lari lar "
            "sining siga sida sidan sini sidagi si ining iga ida idan ini idagi "
            "ning gacha dagi dan ga ka qa da ni"
        ),
        case_queries=True,
        stem_vowels=True,
        buffers="s",
    ),
    **dict.fromkeys(
        ("kk", "ky"),
        Rules(
            _CYRILLIC,
            "аеиоуыэюяі",
            _endings(
                "ларынын леринин ларынан леринен ларында леринде ларына лерине ларын лерин "
                "лары лери лардан лерден ларда лерде ларга лерге лар лер дар дер тар тер "
                "сынын синин сунун сынан синен сында синде сына сине сын син сы си су "
                "ынын инин унун ынан инен ында инде ына ине "
                "нын нин нун дын дин дун тын тин тун "
                "нан нен дан ден тан тен дон тон нда нде да де та те до то "
                "сындагы синдеги ындагы индеги ндагы ндеги дагы деги тагы теги "
                "га ге го ка ке ко на не ны ни ну ды ди ду ты ти ту ын ин ун мен бен пен"
            ),
            case_queries=True,
            stem_vowels=True,
            possessive=_endings("ндагы ндеги нын нин нун нан нен нда нде на не ны ни ну"),
            possessive_vowels="ыиу",
            buffers="нс",
            typed=_pairs("і>и"),
        ),
    ),
    # ka: Georgian's case endings after a consonant stem's nominative -ი and a vowel stem's
    # own (Hewitt, "Georgian: A Learner's Grammar", 2nd ed., 2005, the noun's declension):
    # ergative -მა/-მ, dative -ს, genitive -ის/-ს, instrumental -ით/-თი, adverbial -ად/-დ,
    # the plural -ები with them, and the postpositions written onto the word (-ში, -ზე,
    # -თან, -დან, -თვის, -გან, -კენ, -მდე: მილსადენის, საქართველოს, საქართველოში,
    # მილსადენიდან, ბაქოსთვის); a stem's syncope (ფანჯარა/ფანჯრის) is not undone
    "ka": Rules(
        _GEORGIAN,
        "აეიოუ",
        _endings(
            "ებისთვის ებისგან ებისკენ ებიდან ებამდე ებთან ებში ებზე ებით ებად ების ებმა ებს "
            "ები ისთვის ისგან ისკენ იდან ამდე სთვის სგან სკენ თვის დან მდე თან ში ზე ით თი "
            "ად ის მა ს მ დ"
        ),
        case_queries=True,
    ),
    # hy: Eastern Armenian's case endings and articles (Dum-Tragut, "Armenian: Modern Eastern
    # Armenian", 2009, the noun's declension): the plural -եր/-ներ, the genitive-dative -ի,
    # ablative -ից, instrumental -ով, locative -ում, each alone or after the plural, and the
    # definite article -ը/-ն after them (ավիաուղիները, Հայաստանի, Երևանում, ավիաուղին);
    # the -ություն nouns' genitive -ության (կառավարության)
    "hy": Rules(
        _ARMENIAN,
        "աեէըիոօ",
        _endings(
            "ներից ներով ներում ներին ների ները ներն ներ երից երով երում երին երի երը երն եր "
            "ից ուց ով ում ին ի ը"
        ),
        swaps=_pairs("ության>ություն ությանը>ություն ությամբ>ություն"),
        case_queries=True,
    ),
    # Hindi, Marathi and Bengali mark a noun's number and case with endings (Hindi's plural
    # and oblique: संगठन/संगठनों, सरकार/सरकारें, लड़का/लड़के/लड़कों, नदी/नदियों, माता/माताओं;
    # Marathi's postpositions written onto the word: सरकारने, सरकारच्या, मुंबईत, शाळेच्या,
    # संघटनांनी; Bengali's: সরকারের, সরকারকে, ঢাকায়, ঢাকার, শিক্ষার্থীদের, বইগুলো), light
    # stemmers' endings in the manner of Dolamic and Savoy ("Comparative study of indexing and
    # search strategies for the Hindi, Marathi, and Bengali languages", ACM TALIP 9(3), 2010) and
    # of Lucene's HindiStemmer (Ramanathan and Rao, "A lightweight stemmer for Hindi", 2003),
    # number and case only, no derivation: a final ``ी``/``ি`` stays (सरकारी, the adjective,
    # is no सरकार; भारती no भारत), a final ``ा``/``े`` of Hindi's and Marathi's masculine and
    # feminine nouns goes (its oblique and plural are ``े``, ``ों``, ``ेच्या``); an ending after
    # a vowel letter or sign keeps the vowel (:attr:`Rules.swaps`: नदियों is नदी, मुंबईत मुंबई,
    # ঢাকার ঢাকা).  bench/search_indic_forms.py gives the figures.
    "hi": Rules(
        _DEVANAGARI,
        "\u093e\u0947",
        _indic_endings("ाओं ाएं ओं एं ों ें"),
        swaps=_indic_pairs("ियों>ी ियां>ी ुओं>ु ुएं>ु"),
        case_queries=True,
        key_letters=INDIC_KEY_LETTERS,
        signs=_INDIC_SIGNS,
    ),
    "mr": Rules(
        _DEVANAGARI,
        "\u093e\u0947",
        _indic_endings(
            "ांच्या ाच्या ेच्या च्या ांमध्ये ामध्ये ेमध्ये मध्ये ांतील ातील ेतील तील "
            "ांसाठी ासाठी ेसाठी साठी ांकडे ाकडे ेकडे कडे ांकडून ाकडून ेकडून कडून ांवर ावर "
            "ेवर वर ाहून ेहून हून ांशी ाशी ेशी ांनी नी ाने ेने ने ांना ना ाला ेला ला ांचा "
            "ांची ांचे ाचा ाची ाचे ेचा ेची ेचे चा ची चे ांत ात ेत"
        ),
        swaps=_indic_pairs("ीत>ी ईत>ई ूत>ू ीतील>ी ईतील>ई"),
        case_queries=True,
        key_letters=INDIC_KEY_LETTERS,
        signs=_INDIC_SIGNS,
    ),
    "bn": Rules(
        _BENGALI,
        "",
        _indic_endings(
            "গুলোতে গুলিতে গুলোকে গুলিকে গুলোর গুলির গুলো গুলি দেরকে দের েরা রা য়ের য়ে য় ের কে তে ে"
        ),
        swaps=_indic_pairs("ার>া ির>ি ীর>ী ুর>ু ূর>ূ োর>ো"),
        case_queries=True,
        key_letters=INDIC_KEY_LETTERS,
        signs=_INDIC_SIGNS,
    ),
}


# Turkish writes a proper name's case suffix after an apostrophe (Türk Dil Kurumu, "Yazım
# Kılavuzu", the apostrophe's first rule: "Ankara'da", "Erdoğan'ın", "İmamoğlu'nu"), which the
# index reads as two words ("ankara da"): a name of three letters or more, then one of these
# suffixes (folded: genitive, accusative, dative, locative, ablative, instrumental, each in
# its vowel-harmony and buffer-consonant forms).
_TURKISH_SUFFIXED = re.compile("([a-z]{3,})'([a-z]{1,4})")
TURKISH_NAME_SUFFIXES = frozenset(
    _endings(
        "in un nin nun i u yi yu ni nu a e ya ye na ne da de ta te nda nde "
        "dan den tan ten ndan nden la le yla yle"
    )
)


def suffixed_name(folded: str, languages: frozenset[str] | None = None) -> str | None:
    """The name of a folded Turkish query word written with a case suffix after its
    apostrophe (:data:`TURKISH_NAME_SUFFIXES`): ``suffixed_name("erdogan'in")`` →
    ``"erdogan"``, so that ``Erdoğan'ın`` finds ``Erdoğan`` and ``Erdoğan'a``; None for any
    other word (``o'neill``, ``kenya's``) and where ``languages`` (an archive's, None for
    every one) lacks Turkish."""
    if languages is not None and "tr" not in languages:
        return None
    found = _TURKISH_SUFFIXED.fullmatch(folded)
    if found is None or found[2] not in TURKISH_NAME_SUFFIXES:
        return None
    return found[1]


def _key(stem: str, rules: Rules) -> str | None:
    """``stem`` without its final vowels (:attr:`Rules.final_vowels` at most), its end written
    one way (:attr:`Rules.finals`); None when fewer than :attr:`Rules.key_letters` letters are
    left (its :attr:`Rules.signs` not counted)."""
    bare = stem.rstrip(rules.vowels)
    if rules.final_vowels and len(stem) - len(bare) > rules.final_vowels:
        bare = stem[: len(stem) - rules.final_vowels]
    stem = bare
    for _ in range(2):
        for ending, written in rules.finals:
            if stem.endswith(ending):
                stem = stem[: len(stem) - len(ending)] + written
                break
        else:
            break
    return stem if _long_enough(stem, rules) else None


def _long_enough(stem: str, rules: Rules) -> bool:
    """Whether ``stem`` has at least :attr:`Rules.key_letters` letters (its
    :attr:`Rules.signs` not counted)."""
    letters = len(stem) - len(rules.signs.findall(stem)) if rules.signs else len(stem)
    return letters >= rules.key_letters


def _stem_keys(stem: str, ending: str, rules: Rules) -> tuple[str | None, ...]:
    """The keys of ``stem``, a word without ``ending``: :func:`_key`, but where a stem's
    final vowel is its own (:attr:`Rules.stem_vowels`) a stem ending in a vowel before an
    ending starting with a consonant keeps it (``turkiye`` of ``turkiyenin``, ``gence`` of
    ``gencede``), so that the key reaches no shorter word (``turk``, ``genc``), and is keyed
    without it as well where the vowel may be a possessive's (:attr:`Rules.possessive`:
    ``bakanligi`` and ``bakanlik`` of ``bakanliginda``); None for a key too short."""
    if rules.stem_vowels and stem[-1:] in tuple(rules.vowels) and ending[:1] not in rules.vowels:
        kept = stem if _long_enough(stem, rules) else None
        if ending in rules.possessive and stem[-1] in rules.possessive_vowels:
            return (kept, _key(stem, rules))
        return (kept,)
    return (_key(stem, rules),)


def _endings_of(word: str, rules: Rules) -> tuple[str, ...]:
    """The ending the folded ``word`` is read with: the longest of :attr:`Rules.endings` it
    ends with, and where that starts with a buffer (:attr:`Rules.buffers`) the ending without
    it as well, when it is one: Kazakh ``облысында`` is ``облы-сында`` or ``облыс-ында``,
    Azerbaijani ``şəbəkəsinin`` ``şəbəkə-sinin`` or ``şəbəkəs-inin`` (a stem of either
    shape); an ending with a buffer is read only after a vowel (``Antalya`` is no
    ``Antal-ya``: the next ending it ends with is sought); ``()`` for none."""
    for ending in rules.endings:
        if not word.endswith(ending):
            continue
        if ending[0] not in rules.buffers:
            return (ending,)
        # a buffer follows a vowel only: Turkish "Antalya" is no "Antal-ya"
        before = word[len(word) - len(ending) - 1 : len(word) - len(ending)]
        readings = ((ending,) if before and before in rules.vowels else ()) + (
            (ending[1:],) if ending[1:] in rules.endings else ()
        )
        if readings:
            return readings
    return ()


def _voiced(word: str, rules: Rules) -> bool:
    """Whether the folded ``word`` ends in a vowel after a consonant voiced before it
    (:attr:`Rules.finals`: Turkish ``valiliğe``, ``kitabı``): the vowel is a case's, not the
    stem's own."""
    stem = word.rstrip(rules.vowels)
    return stem != word and any(stem.endswith(voiced) for voiced, _ in rules.finals)


def _vowel_word_key(word: str, rules: Rules) -> str | None:
    """The folded ``word`` as a key of its own where it ends in a vowel and a stem's final
    vowel is its own (:attr:`Rules.stem_vowels`): the key its forms are given (``hastane`` of
    ``hastaneye``, :func:`_stem_keys`); else None."""
    if rules.stem_vowels and word[-1:] in tuple(rules.vowels) and _long_enough(word, rules):
        return word
    return None


def _typed(word: str, rules: Rules) -> str:
    """The folded ``word`` with the letters its language's writers type as others written
    as typed (:attr:`Rules.typed`: Kazakh ``і`` as ``и``)."""
    for letter, written in rules.typed:
        if letter in word:
            word = word.replace(letter, written)
    return word


@functools.lru_cache(maxsize=1 << 17)
def word_keys(word: str, language: str) -> tuple[str, ...]:
    """The keys of the folded ``word`` of a page in ``language`` (one of :data:`RULES`): the
    word, and the word without the longest case ending of the language it ends with
    (:attr:`Rules.endings`, longest first), each without its final vowels (:func:`_key`), each
    once, but not the word itself (``Tusk`` is found as
    written) unless the language's queries are read as case forms (:attr:`Rules.case_queries`:
    Polish ``bank`` is keyed ``bank``, which ``bankiem`` is sought by); ``()`` for a word of
    other letters.
    ``word_keys("helsingissa", "fi")`` → ``("helsingiss", "helsing")``.  Cached: news text
    repeats its words."""
    rules = RULES[language]
    if rules.letters.fullmatch(word) is None:
        return ()
    if rules.roots:
        return _root_keys(word, language, rules)
    word = _typed(word, rules)
    found = [_key(word, rules), _vowel_word_key(word, rules)]
    for ending in _endings_of(word, rules):
        found.extend(_stem_keys(word[: len(word) - len(ending)], ending, rules))
    for ending, stem_end in rules.swaps:
        if word.endswith(ending):
            found.append(_key(word[: len(word) - len(ending)] + stem_end, rules))
    # a key that is the word itself is found as the word is (a query's own word), but where a
    # query is read as a case form (Rules.case_queries) its key is the word itself for the
    # queries of its other forms: "bankiem" finds "bank" by it
    return tuple(
        dict.fromkeys(
            key for key in found if key is not None and (key != word or rules.case_queries)
        )
    )


def _root_keys(word: str, language: str, rules: Rules) -> tuple[str, ...]:
    """The key of a page's folded ``word`` in a language keyed by roots
    (:attr:`Rules.roots`): its root (:func:`clipper.malayroots.root`) when that is another
    word of at least :attr:`Rules.key_letters` letters, else none (a root is found as written)."""
    from clipper.malayroots import root

    found = root(word, language)
    return (found,) if found != word and len(found) >= rules.key_letters else ()


def base_key(word: str, language: str) -> str | None:
    """The key of the folded ``word`` read as a base form in ``language`` (one of
    :data:`RULES`): without the longest of the language's base endings it ends with
    (:attr:`Rules.base`), then as :func:`_key`; None for a word of other letters or too short.
    In a language keyed by roots (:attr:`Rules.roots`) the word is its root first:
    ``base_key("pertambangan", "id")`` → ``"tambang"``.
    Where a stem's final vowel is its own (:attr:`Rules.stem_vowels`), a word ending in a
    vowel is its own key: ``base_key("gence", "az")`` → ``"gence"``.
    ``base_key("vilnius", "lt")`` → ``"viln"``, ``base_key("helsinki", "fi")`` → ``"helsing"``."""
    rules = RULES[language]
    if rules.letters.fullmatch(word) is None:
        return None
    if rules.roots:
        from clipper.malayroots import root

        word = root(word, language)
    word = _typed(word, rules)
    if (own := _vowel_word_key(word, rules)) is not None and not _voiced(word, rules):
        return own  # its final vowel is its own (Rules.stem_vowels): "gence", not "genc"
    for ending in sorted(rules.base, key=len, reverse=True):
        if word.endswith(ending) and len(word) - len(ending) >= rules.key_letters:
            word = word[: len(word) - len(ending)]
            break
    return _key(word, rules)


def token(key: str, language: str, mark: str = MARK) -> str:
    """The index word of ``key`` of ``language``: ``mark`` (one of :data:`KEY_MARKS`), the
    code, the key."""
    return f"{mark}{language}{key}"


def key_letters(index_word: str) -> str:
    """The key of an index word :func:`token` wrote (its mark and code taken off: every code
    of :data:`RULES` is two letters)."""
    return index_word[3:]


def _neuter_base(word: str, rules: Rules) -> bool:
    """Whether the folded ``word`` ends as a neuter noun's base form (``rules.neuter_base``:
    ``město``), not as a case ending that ends so (Czech ``-ého``, Russian ``-ого``)."""
    return (
        bool(rules.neuter_base)
        and word.endswith(rules.neuter_base)
        and not word.endswith(rules.endings)
    )


def gender_marks(word: str, rules: Rules) -> tuple[str, ...]:
    """The marks of the keys of the folded page ``word`` (:class:`Rules`' gender):
    :data:`MASCULINE` when it ends with one of ``rules.masculine`` (and :data:`NEUTER` beside
    it, a neuter noun's form too: ``městem``), or in no vowel and no case ending (a masculine
    base form: ``pavel``); :data:`FEMININE` when it ends with one of ``rules.feminine``;
    :data:`NEUTER` when with one of ``rules.neuter_base`` (``město``); else :data:`MARK`
    (``pavla``: Pavel's genitive or Pavla herself)."""
    if not rules.masculine:
        return (MARK,)
    if word.endswith(rules.masculine):
        return (MASCULINE, NEUTER) if rules.neuter_base else (MASCULINE,)
    if word.endswith(rules.feminine):
        return (FEMININE,)
    if _neuter_base(word, rules):
        return (NEUTER,)
    if word[-1] not in rules.vowels and not word.endswith(rules.endings):
        return (MASCULINE,)
    return (MARK,)


def query_marks(word: str, rules: Rules) -> tuple[str, ...]:
    """The marks of the keys the folded query ``word`` (a base form) is sought by: its plain
    key, and its feminine key when it ends with one of ``rules.feminine_base`` (``pavla``),
    its masculine key when it ends in no vowel (``pavel``), its feminine and neuter keys when
    it ends with one of ``rules.neuter_base`` (``město``: not a masculine base's, ``měst``),
    every mark otherwise (``policie``)."""
    if not rules.masculine:
        return (MARK,)
    if word.endswith(rules.feminine_base):
        return (MARK, FEMININE)
    if word[-1] not in rules.vowels:
        return (MARK, MASCULINE)
    if _neuter_base(word, rules):
        return (MARK, FEMININE, NEUTER)
    return KEY_MARKS


@functools.lru_cache(maxsize=1 << 17)
def page_tokens(word: str, language: str) -> tuple[str, ...]:
    """The index words of the keys of the folded ``word`` of a page in ``language`` (one of
    :data:`RULES`): :func:`word_keys`, each marked as :func:`gender_marks` says."""
    keys = word_keys(word, language)
    if not keys:
        return ()
    marks = gender_marks(word, RULES[language])
    return tuple(token(key, language, mark) for key in keys for mark in marks)


def keyed(language: str | None) -> str | None:
    """The language of :data:`RULES` a page of the stored ``language`` tag is keyed in, or
    None."""
    primary = primary_language(language)
    return primary if primary in RULES else None


def keys_text(words: str, language: str | None) -> str:
    """The index words of the keys of the search text ``words`` (words separated by single
    spaces) of a page in ``language``, each once, in the order they come: ``""`` for a page of
    a language without case endings here (:func:`keyed`)."""
    language = keyed(language)
    if language is None or not words:
        return ""
    found: dict[str, None] = {}
    for word in dict.fromkeys(words.split(" ")):
        found.update(dict.fromkeys(page_tokens(word, language)))
    return " ".join(found)


def case_stems(word: str, language: str) -> tuple[tuple[str, str], ...]:
    """The folded query ``word`` read as a case form of ``language`` (one of :data:`RULES`):
    each ``(stem, ending)`` it can be, the stem at least
    :data:`clipper.config.CASE_KEY_LETTERS` letters: the word without a swap's ending with its
    stem letters put back (:attr:`Rules.swaps`), then without the longest case ending it ends
    with (:attr:`Rules.endings`), and without it less its buffer letter
    (:func:`_endings_of`), each once; ``()`` for a word of other letters or ending in
    none, and in a language whose queries are not read so (:attr:`Rules.case_queries`).
    ``case_stems("bankiem", "pl")`` → ``(("bank", "iem"),)``; Turkish ``ordunun`` is ``ordu``'s
    genitive, ``limanda`` ``liman``'s locative: ``case_stems("ordunun", "tr")`` →
    ``(("ordun", "nun"), ("ordu", "nun"), ("ordun", "un"))``."""
    rules = RULES[language]
    if not rules.case_queries or rules.letters.fullmatch(word) is None:
        return ()
    word = _typed(word, rules)
    found: list[tuple[str, str]] = []
    for ending, stem_end in rules.swaps:
        if word.endswith(ending) and len(word) - len(ending) + len(stem_end) >= rules.key_letters:
            found.append((word[: len(word) - len(ending)] + stem_end, ending))
            break
    for ending in _endings_of(word, rules):
        if len(word) - len(ending) >= rules.key_letters:
            found.append((word[: len(word) - len(ending)], ending))
    return tuple(dict.fromkeys(found))


def case_stem(word: str, language: str) -> tuple[str, str] | None:
    """The first reading :func:`case_stems` gives of the folded query ``word`` in
    ``language``, or None.  ``case_stem("nadwislanskiego", "pl")`` →
    ``("nadwislanski", "ego")``."""
    found = case_stems(word, language)
    return found[0] if found else None


def case_marks(ending: str, rules: Rules) -> tuple[str, ...]:
    """The marks of the keys a query word read as a case form with ``ending`` is sought by
    (:class:`Rules`' gender): its plain key, and its masculine key for an ending only a
    masculine word's forms take (``bankiem``), its feminine key for one only a feminine
    word's take (``polskiej``), both for any other (``nadwislanskiego``)."""
    if not rules.masculine:
        return (MARK,)
    if ending in rules.masculine:
        # and a neuter's (a form of "місто" or of a name in -о: "містом", "Павлові")
        return (MARK, MASCULINE, NEUTER) if rules.neuter_base else (MARK, MASCULINE)
    if ending in rules.feminine:
        return (MARK, FEMININE)
    return KEY_MARKS


@functools.lru_cache(maxsize=1 << 12)
def query_keys(word: str, languages: frozenset[str] | None = None) -> tuple[str, ...]:
    """The index words a query word (folded) matches besides itself: its key as a base form
    (:func:`base_key`) in each language of :data:`RULES` that writes its letters, of
    ``languages`` only when given (those the archive holds pages of:
    :func:`clipper.caselanguages.archive_languages`; a key of another language matches
    nothing there), with each mark :func:`query_marks` gives (one, or two or three in a
    language that tells masculine and feminine names apart); and the key of its stem read as
    a case form (:func:`case_stems`: ``bankiem``, ``Nadwiślańskiego`` find ``banku``,
    ``Nadwiślański``), with each mark :func:`case_marks` gives."""
    found: list[str] = []
    for language, rules in RULES.items():
        if languages is not None and language not in languages:
            continue
        key = base_key(word, language)
        if key is not None:
            found.extend(token(key, language, mark) for mark in query_marks(word, rules))
        for stem, ending in case_stems(word, language):
            for stem_key in _stem_keys(stem, ending, rules):
                if stem_key is not None:
                    found.extend(
                        token(stem_key, language, mark) for mark in case_marks(ending, rules)
                    )
    return tuple(dict.fromkeys(found))
