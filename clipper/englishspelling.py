"""British and American spellings of one English word, so that either finds both on English pages.

A Lagos desk searching ``recapitalization`` missed Nigerian and British wires writing
``recapitalisation`` (newcomer 51a), and ``colour`` missed ``color``, ``centre`` ``center``.
On an English page (its stored language, :func:`spelled_on`) each word written the British way
follows again in its American spelling (:func:`american`), with the words around it, after
the page's words (:func:`clipper.searchtext.search_text`), and the page holds :data:`PAGE`; a
query term holding a British spelling is sought in the American one too
(:func:`query_way`, :attr:`clipper.searchterms.QueryTokens.english`) on the pages holding
:data:`PAGE` only: ``recapitalisation`` finds an American page's ``recapitalization``, and
``recapitalization`` a British page's ``recapitalisation`` (as its American words), a phrase
too, and ``colour`` no Spanish page's ``color``.

Which words (the regular patterns by which British and American spelling differ, and the
listed words of the irregular ones), folded:

* ``-ise``/``-ize`` and ``-isation``/``-ization`` (and ``-ised -ises -ising -iser -isable``,
  ``-yse``/``-yze``, not ``analyses``, the plural of both): the ``s`` read as ``z`` after at
  least :data:`_ISE_STEM` letters, so
  ``prise`` is no ``prize``, ``rise`` no Turkish ``Rize``; a verb written ``-ise`` in America
  too (``advertise``, ``compromise``) follows as a word no page writes (``advertize``): it
  finds what it found before, as written.
* ``-our``/``-or``, ``-re``/``-er``, ``-ence``/``-ense``, ``-ogue``/``-og``, the doubled ``l``
  of ``travelled``, ``ae``/``oe``/``e`` and a few others (``ageing``, ``judgement``,
  ``aluminium``): by the listed words' letters (:data:`_FRAGMENTS`, :data:`_DOUBLED_L`), not by
  the ending, since ``hour``, ``four``, ``acre`` and ``genre`` are no such words.

Never folded, being two words in British English (or in both): ``metre``/``meter`` (a unit, a
gauge), ``programme``/``program``, ``tyre``/``tire``, ``storey``/``story``, ``cheque``/
``check``, ``kerb``/``curb``, ``draught``/``draft``, ``disc``/``disk``, ``licence``/
``license`` and ``practice``/``practise`` (noun and verb in British English: ``practis-`` is
kept out of the ``-ise`` rule), ``grey``/``gray`` (a name too);
``kilometre``, ``centimetre``, ``millimetre`` are (a unit only).

breame (PyPI, 2021, its one release line) lists 1,700 pairs but folds ``metre``, ``tyre``,
``draught``, ``disc``, ``licence`` and ``practise`` and lacks ``recapitalisation``; SCOWL's
VarCon is no Python package: the rules here are the patterns, and their exceptions listed.
"""

from __future__ import annotations

import functools
import re

from clipper.caseforms import MARK
from clipper.language import primary_language

ENGLISH = "en"
# The index word every English page holds after its words (a key of no letters, as
# clipper.tonemarks.PAGE): a query's American spelling is sought on a page holding it only
PAGE = f"{MARK}{ENGLISH}"
# The fewest letters before -ise/-ize for the s to be read as z: "prise", "rise", "wise" and
# "size", "prize", "seize" have two or fewer (and "crises" is no "crizes")
_ISE_STEM = 3
# -ise/-ize, -yse/-yze and their forms: the stem, the s or z, the ending
_ISE = re.compile(
    f"^([a-z]{{{_ISE_STEM},}}[iy])[sz](e|ed|es|ing|er|ers|ation|ations|ational|able)$"
)
# British letters in a word and the American ones, where a word holds them (contained: the
# forms and compounds too, "colourful", "epicentre", "discoloured"); longest first
_PAIRS = {
    # -our: the words that have it (not "hour", "four", "tour", "devour", "contour")
    "colour": "color", "favour": "favor", "flavour": "flavor", "honour": "honor",
    "humour": "humor", "labour": "labor", "neighbour": "neighbor", "rumour": "rumor",
    "vapour": "vapor", "vigour": "vigor", "harbour": "harbor", "behaviour": "behavior",
    "endeavour": "endeavor", "armour": "armor", "savour": "savor", "odour": "odor",
    "tumour": "tumor", "parlour": "parlor", "clamour": "clamor", "rigour": "rigor",
    "saviour": "savior", "splendour": "splendor", "candour": "candor", "valour": "valor",
    "ardour": "ardor", "fervour": "fervor", "demeanour": "demeanor", "rancour": "rancor",
    "arbour": "arbor", "succour": "succor",
    # -re (not "metre", "acre", "genre", "mediocre", "massacre", "ogre", "lucre")
    "centre": "center", "centred": "centered", "centring": "centering",
    "theatre": "theater", "litre": "liter", "fibre": "fiber", "calibre": "caliber",
    "lustre": "luster", "sombre": "somber", "spectre": "specter", "meagre": "meager",
    "sabre": "saber", "sceptre": "scepter", "goitre": "goiter", "kilometre": "kilometer",
    "centimetre": "centimeter", "millimetre": "millimeter", "manoeuvre": "maneuver",
    "manoeuvred": "maneuvered", "manoeuvring": "maneuvering",
    # -ence (not "licence", a noun beside the verb "license")
    "defence": "defense", "offence": "offense", "pretence": "pretense",
    # -ogue
    "catalogue": "catalog", "catalogued": "cataloged", "cataloguing": "cataloging",
    "analogue": "analog",
    # ae, oe
    "paediatr": "pediatr", "haemorrh": "hemorrh", "haemoglob": "hemoglob",
    "haematolog": "hematolog", "anaemi": "anemi", "anaesthe": "anesthe",
    "leukaemi": "leukemi", "oestrogen": "estrogen", "foetus": "fetus", "foetal": "fetal",
    "diarrhoea": "diarrhea", "oesophag": "esophag", "orthopaedi": "orthopedi",
    "gynaecolog": "gynecolog", "caesarean": "cesarean", "encyclopaedi": "encyclopedi",
    # others
    "aluminium": "aluminum", "ageing": "aging", "judgement": "judgment",
    "acknowledgement": "acknowledgment", "sulphur": "sulfur", "plough": "plow",
    "moustache": "mustache", "pyjamas": "pajamas", "artefact": "artifact",
    "sceptic": "skeptic", "jewellery": "jewelry", "woollen": "woolen",
    "marvellous": "marvelous", "counsellor": "counselor", "instalment": "installment",
    "skilful": "skillful", "wilful": "willful", "enrolment": "enrollment",
    "fulfilment": "fulfillment",
}  # fmt: skip
# The verbs whose l British English doubles before -ed, -ing, -er (travelled, cancelling)
_DOUBLED_L = [
    "travel", "cancel", "label", "model", "fuel", "signal", "channel", "counsel", "level",
    "total", "marshal", "tunnel", "dial", "equal", "panel", "pedal", "quarrel", "rival",
    "shovel", "spiral", "swivel", "towel", "libel", "duel", "jewel", "enamel", "bevel",
    "grovel", "marvel", "parcel", "pencil", "refuel", "remodel", "unravel", "snorkel",
]  # fmt: skip
_FRAGMENTS = {
    **{f"{verb}l{ending}": f"{verb}{ending}" for verb in _DOUBLED_L for ending in ("ed", "ing")},
    **{f"{verb}ler": f"{verb}er" for verb in _DOUBLED_L if verb not in ("model", "level")},
    **_PAIRS,
}
_FRAGMENT = re.compile("|".join(sorted(_FRAGMENTS, key=len, reverse=True)))
# The American letters of those (and -ize, -yze): a query word holding none is no American
# spelling of a British word (clipper.snippets reads an English page's words so only then)
_AMERICAN = re.compile("|".join(sorted({*_FRAGMENTS.values(), "iz", "yz"}, key=len, reverse=True)))


def spelled_on(language: str | None) -> bool:
    """Whether a page of the stored ``language`` tag is English's (``en``, ``en-GB``,
    ``en-NG``...): its words written the British way follow in their American spellings
    (:func:`american_words`)."""
    return primary_language(language) == ENGLISH


@functools.lru_cache(maxsize=1 << 16)
def american(word: str) -> str | None:
    """The American spelling of the folded English ``word`` where it is written the British
    way: ``recapitalisation`` → ``recapitalization``, ``colourful`` → ``colorful``,
    ``centres`` → ``centers``, ``travelled`` → ``traveled``; None for a word of one spelling
    (``hour``, ``metre``, ``prise``, ``programme``) or written the American way already.
    Cached: news text repeats its words."""
    if not word.isascii() or not word.isalpha():
        return None
    found = _ISE.match(word)
    if found is not None:
        if word[len(found[1])] != "s" or (found[1][-1] == "y" and found[2] == "es"):
            return None  # American already, or "analyses", the plural noun of both
        if word.startswith("practis"):
            return None  # the British verb of the noun "practice", as American writes both
        return f"{found[1]}z{found[2]}"
    if _FRAGMENT.search(word) is None:
        return None
    return _FRAGMENT.sub(lambda fragment: _FRAGMENTS[fragment[0]], word)


def may_be_american(word: str) -> bool:
    """Whether the folded query ``word`` may be the American spelling of a word a page writes
    the British way (it holds ``iz``, ``yz`` or a listed word's American letters): the
    words of an English page are then read in their American spellings by a snippet."""
    return word.isascii() and _AMERICAN.search(word) is not None


def american_words(words: list[str]) -> list[str]:
    """``words`` (folded, of an English page) each in its :func:`american` spelling where it
    has one, else as it is (as many); ``words`` itself where none has (a cached look-up a
    word: ~0.1 µs)."""
    spelled = [american(word) or word for word in words]
    return words if spelled == words else spelled


def query_way(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A query term's index words ``tokens`` in their American spellings
    (:func:`american_words`), the way it is sought on an English page (:data:`PAGE`) too;
    ``()`` when none is written the British way."""
    spelled = tuple(american_words(list(tokens)))
    return spelled if spelled != tokens else ()
