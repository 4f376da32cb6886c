"""Month and weekday names typed without their accents, as sites whose systems strip them, and
writers on keyboards without them, write dates: Turkish "6 Aralik 2026" (Aralık), "Subat",
"Agustos", "Eylul", "Kasim", "Mayis"; Czech "6. rijna 2026" (října); Vietnamese "6 thang 12
2026" (tháng); Croatian "6. ozujka 2026." (ožujka); Lithuanian, Hungarian, Slovak, Icelandic,
Irish, Greek without its tonos.  Newcomer 48a finding 9: a Turkish page's "6 Aralik 2026 Pazar
17:05" lost its time (no month name read, the day alone guessed from the page).

The spellings are dateparser's month names (the ones clipper's date readers read:
:mod:`clipper.monthnames`) and weekday names with every Latin and Greek accent left out and
``ı ł đ ø`` written ``i l d o`` (:func:`clipper.spelling.accents_folded`), Azerbaijani ``ə``
as ``e`` and Kazakh, Kyrgyz, Tatar, Uzbek and Tajik Cyrillic letters as a Russian keyboard
types them (:data:`clipper.plainletters.PLAIN_LETTERS`: "желтоксан" of Kazakh "желтоқсан"),
where that changes
the name, the spelling has four letters or more (a three-letter plain abbreviation, Czech
"uno", Turkish "sub", is another language's word) and it is no other name of its language.
dateparser itself reads a name whose accents are marks ("Subat" as "Şubat": it strips marks
before it matches) but not one whose letter is its own ("Aralik" is not "Aralık"): a date of
a plain spelling is given to it with the name as it spells it (:func:`accented`).

A plain spelling is read as its language's month:

* on a page of its language (declared or identified): every one;
* on a page of any other or no language, as the names are read there: only one that no other
  language's wordfreq list writes as often as :data:`ELSEWHERE_ZIPF` (a language that reads it
  as the same month aside: "april" is April in Dutch too), the way
  :mod:`clipper.calendarwords` keeps a frequent word out of its names read alone.  Czech
  "unor" is Romanian "unor" ('of some'), Portuguese "marco" Italian "Marco", Turkish "kasim"
  a name in Indonesian: those are read on their own language's pages only.

A spelling that another language reads as another month or a weekday is one of
:func:`clipper.monthnames.month_collisions`, settled by the page's language as every such
word is (``tests/test_month_collisions.py``).

A table, made by ``python -m clipper.plainmonths --write`` from dateparser's locales and the
pinned wordfreq's lists (10 s a process, not paid at run time).
"""

from __future__ import annotations

import functools
import re

from clipper.madetables import END, begin, write_or_print

__all__ = ["ELSEWHERE_ZIPF", "accented", "plain_months"]

# A plain spelling another language writes at least this often (wordfreq's zipf: once in a
# million words) is read on its own language's pages only.
ELSEWHERE_ZIPF = 3.0
# A plain spelling needs this many letters (the module).
_MIN_LETTERS = 4

# --- made by python -m clipper.plainmonths --write: do not edit by hand ---
# fmt: off
_PLAIN: dict[str, str] = {
    "cs": (
        "brezen:březen|brezna:března|breznu:březnu|cerven:červen|cervence:července|"
        "cervenci:červenci|cervenec:červenec|cervna:června|cervnu:červnu|ctvrtek:čtvrtek|"
        "kveten:květen|kvetna:května|kvetnu:květnu|nedele:neděle|nedeli:neděli|patek:pátek|"
        "patku:pátku|pondeli:pondělí|rijen:říjen|rijna:října|rijnu:říjnu|streda:středa|"
        "stredu:středu|stredy:středy|unor:únor|unora:února|unoru:únoru|utery:úterý|zari:září"
    ),
    "da": (
        "lordag:lørdag|sondag:søndag"
    ),
    "de": (
        "janner:jänner|marz:märz"
    ),
    "el": (
        "απριλιοσ:απρίλιοσ|απριλιου:απριλίου|αυγουστοσ:αύγουστοσ|αυγουστου:αυγούστου|"
        "δεκεμβριοσ:δεκέμβριοσ|δεκεμβριου:δεκεμβρίου|δευτερα:δευτέρα|ιανουαριοσ:ιανουάριοσ|"
        "ιανουαριου:ιανουαρίου|ιουλιοσ:ιούλιοσ|ιουλιου:ιουλίου|ιουνιοσ:ιούνιοσ|ιουνιου:ιουνίου|"
        "κυριακη:κυριακή|μαιοσ:μάιοσ|μαιου:μαΐου|μαρτιοσ:μάρτιοσ|μαρτιου:μαρτίου|"
        "νοεμβριοσ:νοέμβριοσ|νοεμβριου:νοεμβρίου|οκτωβριοσ:οκτώβριοσ|οκτωβριου:οκτωβρίου|"
        "παρασκευη:παρασκευή|πεμπτη:πέμπτη|σαββατο:σάββατο|σεπτεμβριοσ:σεπτέμβριοσ|"
        "σεπτεμβριου:σεπτεμβρίου|τεταρτη:τετάρτη|τριτη:τρίτη|φεβρουαριοσ:φεβρουάριοσ|"
        "φεβρουαριου:φεβρουαρίου"
    ),
    "es": (
        "miercoles:miércoles|sabado:sábado"
    ),
    "et": (
        "esmaspaev:esmaspäev|kolmapaev:kolmapäev|laupaev:laupäev|marts:märts|neljapaev:neljapäev|"
        "puhapaev:pühapäev|teisipaev:teisipäev"
    ),
    "fi": (
        "heina:heinä|heinak:heinäk|heinakuu:heinäkuu|heinakuussa:heinäkuussa|"
        "heinakuuta:heinäkuuta|kesa:kesä|kesak:kesäk|kesakuu:kesäkuu|kesakuussa:kesäkuussa|"
        "kesakuuta:kesäkuuta"
    ),
    "fr": (
        "aout:août|decembre:décembre|fevr:févr|fevrier:février"
    ),
    "is": (
        "agust:ágúst|april:apríl|februar:febrúar|fostudagur:föstudagur|januar:janúar|juli:júlí|"
        "juni:júní|manudagur:mánudagur|midvikudagur:miðvikudagur|november:nóvember|"
        "oktober:október|thri:þri|thridjudagur:þriðjudagur"
    ),
    "it": (
        "giovedi:giovedì|lunedi:lunedì|martedi:martedì|mercoledi:mercoledì|venerdi:venerdì"
    ),
    "lt": (
        "balandzio:balandžio|birz:birž|birzelio:birželio|birzelis:birželis|geguze:gegužė|"
        "geguzes:gegužės|gruodzio:gruodžio|lapkricio:lapkričio|rugpjucio:rugpjūčio|"
        "rugpjutis:rugpjūtis|rugsejis:rugsėjis|rugsejo:rugsėjo|sestadienis:šeštadienis|"
        "treciadienis:trečiadienis"
    ),
    "nb": (
        "lordag:lørdag|sondag:søndag"
    ),
    "pt": (
        "marco:março|sabado:sábado|terca:terça|terca-feira:terça-feira"
    ),
    "sv": (
        "lord:lörd|lordag:lördag|mand:månd|mandag:måndag|sond:sönd|sondag:söndag"
    ),
    "tr": (
        "agustos:ağustos|aralik:aralık|carsamba:çarşamba|eylul:eylül|kasim:kasım|mayis:mayıs|"
        "persembe:perşembe|sali:salı|subat:şubat"
    ),
    "vi": (
        "chu nhat:chủ nhật|thang 1:tháng 1|thang 10:tháng 10|thang 11:tháng 11|thang 12:tháng 12|"
        "thang 2:tháng 2|thang 3:tháng 3|thang 4:tháng 4|thang 5:tháng 5|thang 6:tháng 6|"
        "thang 7:tháng 7|thang 8:tháng 8|thang 9:tháng 9|thang ba:tháng ba|thang bay:tháng bảy|"
        "thang chin:tháng chín|thang hai:tháng hai|thang mot:tháng một|thang muoi:tháng mười|"
        "thang muoi hai:tháng mười hai|thang muoi mot:tháng mười một|thang nam:tháng năm|"
        "thang sau:tháng sáu|thang tam:tháng tám|thang tu:tháng tư|thu ba:thứ ba|thu bay:thứ bảy|"
        "thu hai:thứ hai|thu nam:thứ năm|thu sau:thứ sáu|thu tu:thứ tư"
    ),
    "ca": (
        "de marc:de març|marc:març"
    ),
    "ro": (
        "duminica:duminică|marti:marți|sambata:sâmbătă"
    ),
    "lv": (
        "aprilis:aprīlis|februaris:februāris|janvaris:janvāris|julijs:jūlijs|junijs:jūnijs|"
        "svetd:svētd|svetdiena:svētdiena|tresd:trešd|tresdiena:trešdiena"
    ),
    "hu": (
        "aprilis:április|csutortok:csütörtök|februar:február|hetfo:hétfő|januar:január|"
        "julius:július|junius:június|majus:május|marc:márc|marcius:március|oktober:október|"
        "pentek:péntek|vasarnap:vasárnap"
    ),
    "yo": (
        "abam:àbám|abameta:àbámẹ́ta|agemo:agẹmọ|aiku:àìkú|belu:bélú|ebibi:ẹ̀bibi|erel:èrèl|"
        "erele:èrèlè|eren:ẹrẹ̀n|erena:ẹrẹ̀nà|igbe:ìgbé|iseg:ìsẹ́g|isegun:ìsẹ́gun|ogun:ògún|"
        "ojo abameta:ọjọ́ àbámẹ́ta|ojo aiku:ọjọ́ àìkú|ojo aje:ọjọ́ ajé|ojo eti:ọjọ́ ẹtì|"
        "ojo isegun:ọjọ́ ìsẹ́gun|ojob:ọjọ́b|ojobo:ọjọ́bọ|ojor:ọjọ́r|ojoru:ọjọ́rú|okudu:òkúdu|"
        "osu agemo:oṣù agẹmọ|osu belu:oṣù bélú|osu ebibi:oṣù ẹ̀bibi|osu erele:oṣù èrèlè|"
        "osu erena:oṣù ẹrẹ̀nà|osu igbe:oṣù ìgbé|osu ogun:oṣù ògún|osu okudu:oṣù òkúdu|"
        "osu ope:oṣù ọ̀pẹ̀|osu owara:oṣù ọ̀wàrà|osu owewe:oṣù owewe|osu sere:oṣù ṣẹ́rẹ́|"
        "owara:ọ̀wàrà|sere:ṣẹ́rẹ́"
    ),
    "sk": (
        "april:apríl|aprila:apríla|februar:február|februara:februára|januar:január|"
        "januara:januára|jula:júla|juna:júna|maja:mája|nedela:nedeľa|nedelu:nedeľu|"
        "oktober:október|oktobra:októbra|stvrtok:štvrtok"
    ),
    "sl": (
        "cetrtek:četrtek"
    ),
    "hr": (
        "cetvrtak:četvrtak|ozujak:ožujak|ozujka:ožujka|ozujkom:ožujkom|ozujku:ožujku|"
        "sijecanj:siječanj|sijecnja:siječnja|sijecnjem:siječnjem|sijecnju:siječnju|"
        "veljaca:veljača|veljace:veljače|veljaci:veljači|veljacom:veljačom"
    ),
    "sr-Latn": (
        "cetvrtak:četvrtak"
    ),
    "az": (
        "bazar ertesi:bazar ertəsi|cersenbe:çərşənbə|cersenbe axsami:çərşənbə axşamı|cume:cümə|"
        "cume axsami:cümə axşamı|senbe:şənbə"
    ),
    "be": (
        "ауторак:аўторак|жніуня:жніўня|трауня:траўня"
    ),
    "bs": (
        "cetvrtak:četvrtak"
    ),
    "eo": (
        "augusto:aŭgusto|dimanco:dimanĉo|jaudo:ĵaŭdo"
    ),
    "fo": (
        "april:apríl|friggjadagur:fríggjadagur|hosdagur:hósdagur|manadagur:mánadagur|"
        "tysdagur:týsdagur"
    ),
    "ga": (
        "aibrean:aibreán|cead:céad|de ceadaoin:dé céadaoin|de domhnaigh:dé domhnaigh|"
        "de haoine:dé haoine|de luain:dé luain|de mairt:dé máirt|de sathairn:dé sathairn|"
        "dear:déar|deardaoin:déardaoin|deireadh fomhair:deireadh fómhair|dfomh:dfómh|"
        "eanair:eanáir|iuil:iúil|lunasa:lúnasa|mairt:máirt|marta:márta|mean fomhair:meán fómhair|"
        "mfomh:mfómh"
    ),
    "gd": (
        "am mart:am màrt|an ceitean:an cèitean|an damhair:an dàmhair|an dubhlachd:an dùbhlachd|"
        "an lunastal:an lùnastal|an t-ogmhios:an t-ògmhios|ceit:cèit|damh:dàmh|"
        "dhen cheitean:dhen chèitean|dhen damhair:dhen dàmhair|dhen dubhlachd:dhen dùbhlachd|"
        "dhen lunastal:dhen lùnastal|dhen mhart:dhen mhàrt|dhen ogmhios:dhen ògmhios|"
        "didomhnaich:didòmhnaich|dimairt:dimàirt|dubh:dùbh|luna:lùna|mart:màrt|ogmh:ògmh"
    ),
    "gl": (
        "mercores:mércores|sabado:sábado|xuno:xuño"
    ),
    "ig": (
        "februwari:febrụwarị|frai:fraị|fraidee:fraịdee|jenuwari:jenụwarị|julai:julaị|"
        "maachi:maachị|mbosi uka:mbọsị ụka|monde:mọnde|ogoost:ọgọọst|oktoba:ọktoba|"
        "satodee:satọdee|sondee:sọndee|toozdee:tọọzdee"
    ),
    "kk": (
        "акпан:ақпан|дуйсенбі:дүйсенбі|желтоксан:желтоқсан|жума:жұма|казан:қазан|кантар:қаңтар|"
        "караша:қараша|кыркуйек:қыркүйек|сарсенбі:сәрсенбі|сауір:сәуір"
    ),
    "ky": (
        "дуйшомбу:дүйшөмбү"
    ),
    "lb": (
        "abrell:abrëll|denschdeg:dënschdeg|maerz:mäerz|meindeg:méindeg|mettwoch:mëttwoch"
    ),
    "ln": (
        "mokɔlɔ mwa mibale:mokɔlɔ mwa míbalé|mokɔlɔ mwa misato:mokɔlɔ mwa mísáto|"
        "mokɔlɔ ya minei:mokɔlɔ ya mínéi|mokɔlɔ ya mitano:mokɔlɔ ya mítáno|mpɔsɔ:mpɔ́sɔ|"
        "sanza ya libwa:sánzá ya libwa|sanza ya mibale:sánzá ya míbalé|"
        "sanza ya minei:sánzá ya mínei|sanza ya misato:sánzá ya mísáto|"
        "sanza ya mitano:sánzá ya mítáno|sanza ya motoba:sánzá ya motóbá|"
        "sanza ya mwambe:sánzá ya mwambe|sanza ya nsambo:sánzá ya nsambo|"
        "sanza ya yambo:sánzá ya yambo|sanza ya zomi:sánzá ya zómi|"
        "sanza ya zomi na mibale:sánzá ya zómi na míbalé|"
        "sanza ya zomi na mɔkɔ:sánzá ya zómi na mɔ̌kɔ́"
    ),
    "mn": (
        "арван нэгдугээр сар:арван нэгдүгээр сар|доровдугээр сар:дөрөвдүгээр сар|"
        "есдугээр сар:есдүгээр сар|нэгдугээр сар:нэгдүгээр сар|пурэв:пүрэв"
    ),
    "mt": (
        "dicembru:diċembru|gunju:ġunju|il-gimgha:il-ġimgħa|il-hadd:il-ħadd|il-hamis:il-ħamis|"
        "l-erbgha:l-erbgħa"
    ),
    "nn": (
        "mandag:måndag|sondag:søndag"
    ),
    "qu": (
        "miercoles:miércoles|sabado:sábado"
    ),
    "se": (
        "borgemannu:borgemánnu|cakc:čakč|cakcamannu:čakčamánnu|cuoŋomannu:cuoŋománnu|"
        "geassemannu:geassemánnu|golggotmannu:golggotmánnu|guovvamannu:guovvamánnu|"
        "juovlamannu:juovlamánnu|lavvardat:lávvardat|maŋŋebarga:maŋŋebárga|"
        "miessemannu:miessemánnu|njukcamannu:njukčamánnu|oddajagemannu:ođđajagemánnu|oddj:ođđj|"
        "skab:skáb|skabmamannu:skábmamánnu|suoidnemannu:suoidnemánnu|vuossarga:vuossárga"
    ),
    "sq": (
        "e hene:e hënë|e marte:e martë|e merkure:e mërkurë|e shtune:e shtunë|nentor:nëntor"
    ),
}
# the month spellings another language writes at zipf 3.0 or more
_ELSEWHERE = (
    "am mart|april|aprila|aprilis|augusto|belu|brezna|breznu|de marc|erel|eren|februar|februara|"
    "januar|januara|jula|juli|julius|juna|juni|kasim|kesa|luna|maja|marc|marco|mart|marta|marz|"
    "november|oktober|oktobra|okudu|osu belu|osu ope|osu sere|rijen|sere|skab|unor|unora|zari|"
    "казан"
)
# fmt: on
# --- end of the table ---


@functools.cache
def _pairs(code: str) -> dict[str, str]:
    """``code``'s plain spellings (dateparser's code: "tr", "sr-Latn"), each with the name it
    spells (:data:`_PLAIN`)."""
    return dict(pair.split(":", 1) for pair in _PLAIN.get(code, "").split("|") if pair)


@functools.cache
def _elsewhere() -> frozenset[str]:
    return frozenset(_ELSEWHERE.split("|")) - {""}


def plain_months(code: str, numbers: dict[str, int], own_page: bool) -> dict[str, int]:
    """The plain spellings of the month names ``numbers`` (``code``'s names, case-folded, each
    with its month) with their months: every one on a page of ``code``'s language
    (``own_page``), else those no other language writes often (the module)."""
    return {
        plain: numbers[name]
        for plain, name in _pairs(code).items()
        if name in numbers and plain not in numbers and (own_page or plain not in _elsewhere())
    }


def accented(text: str, code: str) -> str:
    """``text`` (a date) with each plain spelling of a month or weekday name of ``code`` (a
    dateparser code) written as dateparser spells it: "6 Aralik 2026 Sali 17:05" → "6 aralık
    2026 salı 17:05" in Turkish; ``text`` itself when it holds none."""
    pairs = _pairs(code)
    if not pairs:
        return text
    pattern = _pattern(code)
    # (a name as dateparser spells it stays: "Aralık" matches "aralik" case-insensitively,
    # ı being i's lower case to re)
    return pattern.sub(lambda found: pairs.get(found[0].casefold(), found[0]), text)


@functools.cache
def _pattern(code: str) -> re.Pattern[str]:
    names = sorted(_pairs(code), key=len, reverse=True)
    return re.compile(
        r"(?<![^\W_])(?:" + "|".join(map(re.escape, names)) + r")(?![^\W_])", re.IGNORECASE
    )


# wordfreq's lists not read (their tokenizers need packages clipper does not install; no plain
# Latin spelling is a word of theirs)
_UNREAD_LISTS = frozenset({"zh", "ja", "ko"})
_BEGIN = begin("clipper.plainmonths")
_END = END


def _table() -> tuple[dict[str, dict[str, str]], list[str]]:
    """The plain spellings of each date language (dateparser's codes) and those another
    language writes often, made again (the module's rules)."""
    import wordfreq
    from dateparser.languages.loader import default_loader

    from clipper.monthnames import _WEEKDAY_KEYS, _month_names, date_languages, page_languages
    from clipper.plainletters import PLAIN_LETTERS
    from clipper.spelling import accents_folded

    typed = str.maketrans(PLAIN_LETTERS)
    codes = [*date_languages(), *page_languages()]
    table: dict[str, dict[str, str]] = {}
    months: dict[str, dict[str, int]] = {}  # each plain spelling's month, by language
    for code in codes:
        numbers = _month_names(code)
        info = default_loader.get_locale(code).info
        weekdays = {
            w.casefold().rstrip("."): day
            for day, key in enumerate(_WEEKDAY_KEYS, start=1)
            for w in info.get(key, [])
        }
        own = set(numbers) | set(weekdays)
        found: dict[str, str] = {}
        for name in sorted(own):
            plain = accents_folded(name).translate(typed)
            letters = sum(c.isalpha() for c in plain)
            if plain == name or plain in own or letters < _MIN_LETTERS:
                continue
            meaning = ("m", numbers[name]) if name in numbers else ("d", weekdays[name])
            if found.get(plain, name) != name:
                other = found[plain]
                if (("m", numbers[other]) if other in numbers else ("d", weekdays[other])) != (
                    meaning
                ):
                    found[plain] = ""  # two names of the language: neither
                    continue
            found.setdefault(plain, name)
        table[code] = {p: n for p, n in sorted(found.items()) if n}
        months[code] = {p: numbers[n] for p, n in table[code].items() if n in numbers}
    same_month: dict[str, set[str]] = {}  # a word: the wordfreq languages reading it as a month
    for code in codes:
        for name, month in _month_names(code).items():
            same_month.setdefault(f"{name}:{month}", set()).add(code.split("-")[0])
    lists = [lang for lang in wordfreq.available_languages("best") if lang not in _UNREAD_LISTS]
    elsewhere: set[str] = set()
    for code, spelled in months.items():
        language = code.split("-")[0]
        for plain, month in spelled.items():
            aside = {language} | same_month.get(f"{plain}:{month}", set())
            zipf = max((wordfreq.zipf_frequency(plain, lang) for lang in lists
                        if lang not in aside), default=0.0)  # fmt: skip
            if zipf >= ELSEWHERE_ZIPF:
                elsewhere.add(plain)
    return table, sorted(elsewhere)


def _wrapped(words: list[str], indent: str) -> str:
    """``words`` joined by "|" as a parenthesised string literal of lines of at most 100
    characters."""
    lines, line = [], ""
    for word in words:
        if line and len(indent) + len(line) + len(word) + 4 > 100:
            lines.append(line)
            line = ""
        line += word + "|"
    lines.append(line.rstrip("|"))
    body = "\n".join(f'{indent}"{text}"' for text in lines)
    return f"(\n{body}\n{indent[4:]})"


def _source() -> str:
    table, elsewhere = _table()
    out = [_BEGIN, "# fmt: off\n", "_PLAIN: dict[str, str] = {\n"]
    for code, pairs in table.items():
        if pairs:
            spelled = _wrapped([f"{p}:{n}" for p, n in pairs.items()], " " * 8)
            out.append(f'    "{code}": {spelled},\n')
    out.append("}\n")
    out.append(f"# the month spellings another language writes at zipf {ELSEWHERE_ZIPF} or more\n")
    out.append(f"_ELSEWHERE = {_wrapped(elsewhere, ' ' * 4)}\n")
    out.append("# fmt: on\n")
    out.append(_END)
    return "".join(out)


if __name__ == "__main__":
    write_or_print(__file__, _BEGIN, _source())
