"""The scripts the language identifier knows each language in, and the scripts a language is
written in beyond those: a declared language written in a script the identifier never saw it in
is not overruled by the identifier's guess (:func:`clipper.language.believed_language`).

py3langid's model knows a language by the byte n-grams of its training texts, and those were
written in one script a language (two for Serbian and Uzbek, whose model holds a class for
each).  A Kazakh text in the Latin letters Kazakhstan has adopted (qazinform.com's
``/kz/latin/`` pages: "Qaraǵandy oblysyndaǵy…") is no Kazakh to it: its Kazakh is Cyrillic, so
it is 0.97-0.9999 sure of Turkmen, and a record declaring ``kk`` was stored as ``tk`` (newcomer
48a, finding 6).  So are Azerbaijani in Cyrillic or Arabic letters, Uzbek in Arabic, Tatar and
Kyrgyz outside Cyrillic, Punjabi in Shahmukhi, Malay in Jawi, Kurdish in Arabic letters,
Hausa in Ajami: the identifier's answer for them names another language.

:data:`KNOWN_SCRIPTS` is read from the model (``python -m clipper.identifierscripts --write``
makes it again): for each of its classes, the script (ISO 15924) whose letters hold at least
half of the probability the class gives its n-gram features (each feature's string read off
the model's Aho-Corasick automaton, its letters' script by the ``regex`` module's Unicode
``Script`` property; the rest of a class's mass is mostly Latin letters of names and links,
2-18 %).  :data:`WRITTEN_IN` is the scripts a language is written in besides, a table: the
script variants of CLDR's locales (babel 2.19, CLDR 47: ``az_Arab``, ``az_Cyrl``, ``kk_Arab``,
``pa_Arab``, ``ms_Arab``, ``uz_Arab``…; not its romanisations ``hi_Latn``, ``zh_Latn``, nor
``en_Dsrt``, ``en_Shaw``) and the orthographies CLDR has no locale for that news is written in:
Kazakh's Latin alphabet (decree of the President of Kazakhstan no. 569, 2017, revised 2021),
Tatar's Latin (Zamanälif, Law of Tatarstan no. 2352, 1999), Kyrgyz in Arabic letters (China's
Xinjiang), Uyghur's Latin and Cyrillic (Uyghur Latin Yéziqi; Kazakhstan's Uyghur press),
Turkmen's Cyrillic (before 1993), Macedonian's Latin (:mod:`clipper.digraphia`) and Belarusian
Łacinka (Radio Svaboda's Łacinka edition).  A language with one script is in neither question:
its page in another script (a template's ``lang="en"`` over Arabic text) is another language's.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from clipper.madetables import END, begin, write_or_print

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["KNOWN_SCRIPTS", "SECOND_LANGUAGES", "WRITTEN_IN", "text_script", "unknown_script"]

# --- made by python -m clipper.identifierscripts --write: do not edit by hand ---
KNOWN_SCRIPTS: dict[str, frozenset[str]] = {
    "af": frozenset({"Latn"}),
    "am": frozenset({"Ethi"}),
    "an": frozenset({"Latn"}),
    "ar": frozenset({"Arab"}),
    "as": frozenset({"Beng"}),
    "az": frozenset({"Latn"}),
    "ba": frozenset({"Cyrl"}),
    "be": frozenset({"Cyrl"}),
    "bg": frozenset({"Cyrl"}),
    "bn": frozenset({"Beng"}),
    "br": frozenset({"Latn"}),
    "bs": frozenset({"Latn"}),
    "ca": frozenset({"Latn"}),
    "cs": frozenset({"Latn"}),
    "cy": frozenset({"Latn"}),
    "da": frozenset({"Latn"}),
    "de": frozenset({"Latn"}),
    "dz": frozenset({"Tibt"}),
    "el": frozenset({"Grek"}),
    "en": frozenset({"Latn"}),
    "eo": frozenset({"Latn"}),
    "es": frozenset({"Latn"}),
    "et": frozenset({"Latn"}),
    "eu": frozenset({"Latn"}),
    "fa": frozenset({"Arab"}),
    "fi": frozenset({"Latn"}),
    "fo": frozenset({"Latn"}),
    "fr": frozenset({"Latn"}),
    "fy": frozenset({"Latn"}),
    "ga": frozenset({"Latn"}),
    "gd": frozenset({"Latn"}),
    "gl": frozenset({"Latn"}),
    "gu": frozenset({"Gujr"}),
    "ha": frozenset({"Latn"}),
    "he": frozenset({"Hebr"}),
    "hi": frozenset({"Deva"}),
    "hr": frozenset({"Latn"}),
    "ht": frozenset({"Latn"}),
    "hu": frozenset({"Latn"}),
    "hy": frozenset({"Armn"}),
    "id": frozenset({"Latn"}),
    "ig": frozenset({"Latn"}),
    "is": frozenset({"Latn"}),
    "it": frozenset({"Latn"}),
    "ja": frozenset({"Hira"}),
    "jv": frozenset({"Latn"}),
    "ka": frozenset({"Geor"}),
    "kk": frozenset({"Cyrl"}),
    "km": frozenset({"Khmr"}),
    "kn": frozenset({"Knda"}),
    "ko": frozenset({"Hang"}),
    "ku": frozenset({"Latn"}),
    "ky": frozenset({"Cyrl"}),
    "la": frozenset({"Latn"}),
    "lb": frozenset({"Latn"}),
    "lg": frozenset({"Latn"}),
    "ln": frozenset({"Latn"}),
    "lo": frozenset({"Laoo"}),
    "lt": frozenset({"Latn"}),
    "lv": frozenset({"Latn"}),
    "mg": frozenset({"Latn"}),
    "mk": frozenset({"Cyrl"}),
    "ml": frozenset({"Mlym"}),
    "mn": frozenset({"Cyrl"}),
    "mr": frozenset({"Deva"}),
    "ms": frozenset({"Latn"}),
    "mt": frozenset({"Latn"}),
    "my": frozenset({"Mymr"}),
    "nb": frozenset({"Latn"}),
    "ne": frozenset({"Deva"}),
    "nl": frozenset({"Latn"}),
    "nn": frozenset({"Latn"}),
    "oc": frozenset({"Latn"}),
    "om": frozenset({"Latn"}),
    "or": frozenset({"Orya"}),
    "pa": frozenset({"Guru"}),
    "pl": frozenset({"Latn"}),
    "ps": frozenset({"Arab"}),
    "pt": frozenset({"Latn"}),
    "qu": frozenset({"Latn"}),
    "ro": frozenset({"Latn"}),
    "ru": frozenset({"Cyrl"}),
    "rw": frozenset({"Latn"}),
    "sa": frozenset({"Deva"}),
    "se": frozenset({"Latn"}),
    "si": frozenset({"Sinh"}),
    "sk": frozenset({"Latn"}),
    "sl": frozenset({"Latn"}),
    "sn": frozenset({"Latn"}),
    "so": frozenset({"Latn"}),
    "sq": frozenset({"Latn"}),
    "sr": frozenset({"Cyrl", "Latn"}),
    "st": frozenset({"Latn"}),
    "sv": frozenset({"Latn"}),
    "sw": frozenset({"Latn"}),
    "ta": frozenset({"Taml"}),
    "te": frozenset({"Telu"}),
    "tg": frozenset({"Cyrl"}),
    "th": frozenset({"Thai"}),
    "tk": frozenset({"Latn"}),
    "tl": frozenset({"Latn"}),
    "tr": frozenset({"Latn"}),
    "tt": frozenset({"Cyrl"}),
    "ug": frozenset({"Arab"}),
    "uk": frozenset({"Cyrl"}),
    "ur": frozenset({"Arab"}),
    "uz": frozenset({"Cyrl", "Latn"}),
    "vi": frozenset({"Latn"}),
    "vo": frozenset({"Latn"}),
    "wa": frozenset({"Latn"}),
    "xh": frozenset({"Latn"}),
    "yo": frozenset({"Latn"}),
    "zh": frozenset({"Hani"}),
    "zu": frozenset({"Latn"}),
}
# --- end of the table ---

# Each language written in more than one script in the press: every script it is written in
# (ISO 15924), its identifier's scripts among them (the module's sources).
WRITTEN_IN: dict[str, frozenset[str]] = {
    "az": frozenset({"Latn", "Cyrl", "Arab"}),
    "be": frozenset({"Cyrl", "Latn"}),
    "bs": frozenset({"Latn", "Cyrl"}),
    "ha": frozenset({"Latn", "Arab"}),
    "kk": frozenset({"Cyrl", "Latn", "Arab"}),
    "ks": frozenset({"Arab", "Deva"}),
    "ku": frozenset({"Latn", "Arab"}),
    "ky": frozenset({"Cyrl", "Arab"}),
    "mk": frozenset({"Cyrl", "Latn"}),
    "mn": frozenset({"Cyrl", "Mong"}),
    "ms": frozenset({"Latn", "Arab"}),
    "pa": frozenset({"Guru", "Arab"}),
    "sd": frozenset({"Arab", "Deva"}),
    "sr": frozenset({"Cyrl", "Latn"}),
    "tk": frozenset({"Latn", "Cyrl"}),
    "tt": frozenset({"Cyrl", "Latn"}),
    "ug": frozenset({"Arab", "Latn", "Cyrl"}),
    "uz": frozenset({"Latn", "Cyrl", "Arab"}),
}

# The languages a guess of which still overrules a declaration in a script the identifier does
# not know the declared language in: the second languages these languages' sites publish in
# under one template (a Kazakh, Uzbek or Turkmen site's Russian and English pages declaring
# "kk", "tk"), which the identifier reads beyond doubt; it reads none of the scripts of
# WRITTEN_IN's languages it does not know as English or Russian (Kazakh in Latin letters as
# Turkmen, Azerbaijani in Cyrillic as Bashkir, Punjabi in Shahmukhi as Urdu, Malay in Jawi as
# Pashto).
SECOND_LANGUAGES = frozenset({"en", "ru"})
# A class's script holds at least this share of the probability it gives its features.
_DOMINANT_SHARE = 0.5
# The scripts a feature's letters are looked up in (ISO 15924, as ``regex``'s Script property
# names them): every script py3langid's languages are written in, and WRITTEN_IN's.
_SCRIPTS = (
    "Latn", "Cyrl", "Arab", "Grek", "Hebr", "Armn", "Geor", "Deva", "Beng", "Guru", "Gujr",
    "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh", "Thai", "Laoo", "Tibt", "Mymr", "Khmr",
    "Ethi", "Hang", "Hani", "Hira", "Kana", "Mong", "Thaa", "Syrc",
)  # fmt: skip


def text_script(text: str, scripts: frozenset[str]) -> str | None:
    """The script of ``scripts`` (ISO 15924 codes) that holds more than half of ``text``'s
    letters; None otherwise (a text of few letters, of mixed
    scripts or of another script)."""
    import regex  # (not at import: show, stats, clusters, stories start without it)

    letters = len(regex.findall(r"\p{L}", text))
    if not letters:
        return None
    counts = {s: len(regex.findall(rf"\p{{Script={s}}}", text)) for s in sorted(scripts)}
    best = max(counts, key=lambda s: (counts[s], s))
    return best if 2 * counts[best] > letters else None


def unknown_script(language: str, text: str) -> bool:
    """Whether ``text`` is written in a script ``language`` (a stored code) is written in
    (:data:`WRITTEN_IN`) that the identifier does not know it in (:data:`KNOWN_SCRIPTS`): a
    Kazakh text in Latin letters, a Punjabi one in Shahmukhi.  The identifier's answer for such
    a text names another language, whatever the text is; False for a language of one script."""
    scripts = WRITTEN_IN.get(language)
    if scripts is None:
        return False
    script = text_script(text, scripts)
    return script is not None and script not in KNOWN_SCRIPTS.get(language, frozenset())


def _feature_strings() -> tuple[list[bytes], Any]:
    """The byte string of each feature of the identifier's model (index: feature number),
    read off its automaton (:func:`clipper.langmodel.automaton_window`'s trie: each state's
    string is its parent's and the byte leading to it, breadth first), and the model."""
    import numpy as np

    from clipper.langmodel import _numpy, identifier

    model = identifier()
    table = _numpy(model.tk_nextmove).reshape(-1, 256)
    row = np.asarray(_numpy(model.tk_row), dtype=np.int64)
    output = np.asarray(model.tk_output, dtype=np.int64)
    states = len(row)
    parent = np.full(states, -1, dtype=np.int64)
    via = np.zeros(states, dtype=np.int64)
    seen = np.zeros(states, dtype=bool)
    seen[0] = True
    frontier = np.zeros(1, dtype=np.int64)
    while len(frontier):  # breadth first: a state first reached is reached by its trie edge
        moves = table[row[frontier]].astype(np.int64)
        at, letter = np.nonzero(~seen[moves])
        reached, first = np.unique(moves[at, letter], return_index=True)
        seen[reached] = True
        parent[reached] = frontier[at[first]]
        via[reached] = letter[first]
        frontier = reached
    strings: dict[int, bytes] = {0: b""}
    for state in np.argsort(_depths(parent), kind="stable").tolist():
        if state:
            strings[state] = strings[int(parent[state])] + bytes((int(via[state]),))
    features: dict[int, bytes] = {}
    for state, feature in enumerate(output.tolist()):
        if feature >= 0 and state in strings:
            found = features.get(feature)
            if found is None or len(strings[state]) < len(found):
                features[feature] = strings[state]
    return [features.get(f, b"") for f in range(len(model.nb_ptc))], model


def _depths(parents: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Each state's depth in the trie of ``parents`` links (the start's -1)."""
    import numpy as np

    depth = np.zeros(len(parents), dtype=np.int64)
    walker = parents.copy()
    while (walker >= 0).any():
        depth += walker >= 0
        walker = np.where(walker >= 0, parents[np.maximum(walker, 0)], -1)
    return depth


@cache
def _known_from_model() -> dict[str, frozenset[str]]:
    """:data:`KNOWN_SCRIPTS` made again from the model (the module; ~20 s)."""
    import numpy as np
    import regex

    strings, model = _feature_strings()
    patterns = {s: regex.compile(rf"\p{{Script={s}}}") for s in _SCRIPTS}
    of_feature = np.full(len(strings), -1, dtype=np.int64)
    for number, found in enumerate(strings):
        letters = found.decode("utf-8", errors="ignore")
        scripts = {s for s, p in patterns.items() if p.search(letters)}
        if len(scripts) == 1:
            of_feature[number] = _SCRIPTS.index(scripts.pop())
    probability = np.exp(np.asarray(model.nb_ptc, dtype=np.float64))
    known: dict[str, set[str]] = {}
    for column, code in enumerate(model.nb_classes):
        mass = np.bincount(
            of_feature[of_feature >= 0],
            weights=probability[of_feature >= 0, column],
            minlength=len(_SCRIPTS),
        )
        best = int(mass.argmax())
        if mass[best] >= _DOMINANT_SHARE * mass.sum():
            from clipper.language import stored_language

            known.setdefault(stored_language(str(code)), set()).add(_SCRIPTS[best])
    return {code: frozenset(found) for code, found in sorted(known.items())}


_BEGIN = begin("clipper.identifierscripts")
_END = END


def _source() -> str:
    """The table block of this module, made again from the model."""
    lines = [_BEGIN, "KNOWN_SCRIPTS: dict[str, frozenset[str]] = {\n"]
    for code, scripts in _known_from_model().items():
        listed = ", ".join(f'"{s}"' for s in sorted(scripts))
        lines.append(f'    "{code}": frozenset({{{listed}}}),\n')
    lines += ["}\n", _END]
    return "".join(lines)


if __name__ == "__main__":
    write_or_print(__file__, _BEGIN, _source())
