"""Each language's case endings, the tables :mod:`clipper.caseforms` keys a word's case forms by
(:data:`RULES`, one :class:`Rules` a language code): light stemmers in the manner of Jacques
Savoy's, the case endings only, on folded words; where a case changes the stem's own letters,
the key's end written one way (:attr:`Rules.finals`).  :mod:`clipper.caseforms` says how a
page's word and a query word are keyed by them, and gives the figures of
``bench/search_case_forms.py``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from clipper.config import CASE_KEY_LETTERS, INDIC_KEY_LETTERS
from clipper.pluralforms import PLURAL_LANGUAGES

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


def _indic_endings(written: str) -> tuple[str, ...]:
    """:func:`endings` of ``written``, folded (:func:`_folded`)."""
    return endings(" ".join(map(_folded, written.split())))


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

    Gender (:func:`clipper.caseforms.gender_marks`, :func:`clipper.caseforms.query_marks`,
    :func:`clipper.caseforms.query_keys`), for the languages whose masculine and feminine names
    share a stem (``Pavel``/``Pavla``): ``masculine``, the endings only a masculine word's case
    forms take (``Pavlovi``, ``Pavlem``), and a word ending in no vowel (its nominative, ``Pavel``),
    keyed with :data:`clipper.caseforms.MASCULINE`; ``feminine``, those only a feminine word's take
    (``Pavly``, ``Pavlou``), keyed with :data:`clipper.caseforms.FEMININE`; ``feminine_base``, the
    endings of a feminine base form (``Pavla``): a query word ending in one is sought by its plain
    and feminine keys, one ending in no vowel by its plain and masculine keys, any other (``Brno``,
    ``policie``) by all three. Empty ``masculine`` and ``feminine``: every key is plain.
    ``neuter_base``, the ending of a neuter noun's base form (``місто``, ``miasto``, ``město``),
    keyed with :data:`clipper.caseforms.NEUTER`, as a masculine ending's form is too (``містом``,
    ``městem``: a neuter's forms take them): a query word ending in one is sought by its plain,
    feminine and neuter keys, not a masculine base's (``місто`` does not find ``міст``, "bridge"),
    and a query word ending in no vowel not by the neuter base (``міст`` does not find ``місто``).

    ``case_queries``: a query word is also read as a case form
    (:func:`clipper.caseforms.case_stems`: ``bankiem``, ``Nadwiślańskiego`` find ``bank``,
    ``banku``, ``Nadwiślański``), in the languages whose inflected queries were measured
    (``bench/search_case_forms.py``'s ``inflected`` sets: Polish and Czech, newcomer 36, finding 3;
    the other eight, session 37: ``Häkkiselle``, ``parlamendis``, ``Kėdainiuose``, ``uzņēmumam``,
    ``Собяниным``, ``уряду``, ``bíróságon``, ``fabrikada`` find ``Häkkinen``, ``parlament``,
    ``Kėdainių``, ``uzņēmums``, ``Собянин``, ``уряд``, ``bíróság``, ``fabrika``). Every language of
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
    starting with one is also read without it: :func:`clipper.caseforms._endings_of`).
    ``final_vowels``: the most final vowels a key loses (0: all): a Finnish word ends in two at
    most (``Espoo``, ``Hyvinkää``), and a word read in Finnish that ends in three is no form of
    the word without them (``Türkiye`` is no ``Turku``, whose key is ``tur``; session 48).
    ``typed``: letters a language's writers type as others on a keyboard
    without them, written so in its keys only (Kazakh ``і`` typed ``и``: ``кеніш`` and
    ``кениш`` are keyed alike on a Kazakh page, not on a Ukrainian one).
    ``plural_suffixes``: the plural suffixes a stem left by a case ending may still end
    with, each with the letters a stem ends in before it, taken off as well
    (:func:`clipper.caseforms._stem_keys`) where the stem's last letter agrees, where the
    plural has more forms than the table spells out with every case after it: Kazakh's and
    Kyrgyz's ``-лар``/``-дар``/``-тар`` by the stem's last sound (``кеніш-тер-і-нің``,
    ``завод-тар-ы-ның``; ``доллар`` and ``компьютер`` are no plurals: ``л`` takes ``-дар``, a
    vowel ``-лар``; session 52, newcomer 51b), never leaving a key under ``key_letters``.

    ``plurals``: a word's key is its singular (:func:`clipper.pluralforms.singulars`: English,
    French, Spanish, Portuguese, Italian, Catalan, German and Dutch mark number, not case:
    ``communautés`` is keyed ``communaute``), the word itself where it is its own, not the word
    without an ending of a table; a query word is sought by its singulars' keys."""

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
    plural_suffixes: tuple[tuple[str, str], ...] = ()
    plurals: bool = False


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


def _plural_suffixes(written: str) -> tuple[tuple[str, str], ...]:
    """The plural suffixes written ``suffix:letters`` in ``written`` (separated by spaces),
    each with the letters a stem ends in before it (:attr:`Rules.plural_suffixes`), in order."""
    return tuple((item.partition(":")[0], item.partition(":")[2]) for item in written.split())


def endings(written: str) -> tuple[str, ...]:
    """The endings written in ``written`` (separated by spaces), the longest first."""
    return tuple(sorted(written.split(), key=len, reverse=True))


# The endings of the Turkic languages that a third person's possessive vowel may stand before
# (the pronominal n: bakanlığı-nda, Göksel and Kerslake, "Turkish: A Comprehensive Grammar",
# 2005, § 14.3; Rules.possessive)
_TURKISH_POSSESSIVE = endings("ndan nden nin nun nde nda")

RULES: dict[str, Rules] = {
    "fi": Rules(
        _LATIN,
        "aeiouy",
        endings("ineen seen iden tten ssa sta lla lta lle ksi tta hin han hen ine na n t"),
        finals=_FINNISH_GRADATION,
        case_queries=True,
        final_vowels=2,
    ),
    # et: a stem's nt is nd in its case forms (parlament/parlamendis, Erelt, Tõnisson's
    # "Eesti keele grammatika", 1995, consonant gradation of t after n)
    "et": Rules(
        _LATIN,
        "aeiou",
        endings("sse ga ks ni na ta st lt le s l d t"),
        finals=_pairs("nd>nt"),
        case_queries=True,
    ),
    "lt": Rules(
        _LATIN,
        "aeiouy",
        endings(
            "iuose uose iaus oje eje uje yje ose ams oms ems ais ies ios ius aus as "
            "is ys us os es ui ei ai am ia io iu je"
        ),
        base=endings("ius ias as is ys us es ai"),
        case_queries=True,
    ),
    "lv": Rules(
        _LATIN,
        "aeiou",
        endings("ajam iem ies am em im um ai as os es is us ei ie s"),
        base=endings("is us s"),
        case_queries=True,
    ),
    "ru": Rules(
        _CYRILLIC,
        "аеиоуыэюяь",
        endings("ами ями ого его ому ему ах ях ам ям ом ем ои еи ою ею ов ев ии ыи ых их ым им"),
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
        endings("ами ями ого ому ові еві ах ях ам ям ом ем ою ею ів ии іи их им"),
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
        endings("ami ach owi iem ego emu ych ich ymi imi em om ow ej ym im"),
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
        endings("ami emi ech ich ach ovi eho emu iho imu ych ymi imi em om ou ym im um"),
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
        endings(
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
        endings("ami ema oma ega emu ih im om em ov ev ah am"),
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
            endings("ovima evima ovi evi ova eva ima ama oga ome omu og om em oj ih im"),
            finals=_pairs("ar>r ak>k c>k"),
            case_queries=True,
        ),
    ),
    "hu": Rules(
        _LATIN,
        "aeiou",
        endings(
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
        endings("ιων εων ιου ουσ εισ ων οσ ου οι εσ ασ ησ ισ υσ"),
        base=endings("οσ ασ ησ εσ ισ υσ"),
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
        endings(
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
        endings(
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
        possessive=endings("nin nun ndan nden nda nde ni nu"),
        possessive_vowels="iu",
        buffers="yns",
    ),
    "tk": Rules(
        _LATIN,
        "aeiouy",
        endings(
            "larynyn lerinin laryndan lerinden larynda lerinde laryna lerine laryny lerini "
            "lary leri lardan lerden larda lerde lara lere lar ler "
            "synyn sinin syndan sinden synda sinde syna sine syny sini sy si "
            "nyn nin nun ndan nden nda nde dan den tan ten da de ta te ga ge ka ke "
            "ny ni nu yn in un"
        ),
        case_queries=True,
        stem_vowels=True,
        possessive=endings("nyn nin nun ndan nden nda nde ny ni nu"),
        possessive_vowels="iyu",
        buffers="ns",
    ),
    # uz: no vowel harmony; oʻ gʻ written o g (the apostrophe joined: clipper.plainletters)
    "uz": Rules(
        _LATIN,
        "aeiou",
        endings(
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
            endings(
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
            possessive=endings("ндагы ндеги нын нин нун нан нен нда нде на не ны ни ну"),
            possessive_vowels="ыиу",
            buffers="нс",
            typed=_pairs("і>и"),
            # the plural after a vowel or р й у (-лар), after л м н ж з (-дар), after a
            # voiceless consonant (-тар), and after б в г д -тар in Kazakh, -дар in Kyrgyz
            # (Muhamedowa, 2016, the plural; Hebert and Poppe, 1963, the plural), each in its
            # front and (Kyrgyz) rounded vowel, folded (ө as о, ң as н): the table spells only
            # -лар's forms with a case after them
            plural_suffixes=_plural_suffixes(
                "лар:аеиоуыэюяйр лер:аеиоуыэюяйр лор:аеиоуыэюяйр "
                "дар:лмнжзбвгд дер:лмнжзбвгд дор:лмнжзбвгд "
                "тар:кпстфхцчшщбвгд тер:кпстфхцчшщбвгд тор:кпстфхцчшщбвгд"
            ),
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
        endings(
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
        endings(
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
    # en fr es pt it ca de nl: a word's singular (clipper.pluralforms; migration 0112)
    **{code: Rules(_LATIN, "", (), plurals=True) for code in PLURAL_LANGUAGES},
}
