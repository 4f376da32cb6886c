"""The country whose clocks a page's declared language puts a time written without a zone on,
where neither its address nor any statement of its own names a country
(:func:`clipper.declaredregion.declared_region`): one table, :data:`LANGUAGE_CLOCKS`, of every
language clipper reads (those its text identifier names, :func:`clipper.langmodel.languages`,
and those it has furniture tables for, :data:`clipper.furniture.TABLES`), each with the one
country its news is written in or None, and the reason.

NTB's own page on a ``.example`` host, ``<html lang="no">``, "4. desember 2026 kl. 07.32",
was read on any clock from UTC-12 to UTC+14 and lost its cluster's canonical to a
republisher's 06:40Z copy; on a ``.no`` host it was 06:32 UTC (newcomer 30's finding 15).  On
Norway's clocks it is 06:32 UTC wherever it is hosted.  Czech was in the table and Polish out
of it, so a Polish portal's "3. 12. 2026 09:30" stayed on any clock and ``--region PL`` found
none of its pages while the same page tagged ``cs`` was Czechia's at 08:30 UTC (newcomer 36,
finding 2): every language is now here, with its country or the reason it has none.  A Tokyo wire's
zoneless "10:00" was on any clock and a paper's zoned 11:15 JST copy came first; Japanese
and Korean are now Japan's and South Korea's (newcomer 38, F6: North Korea keeps UTC+9 too,
on .kp addresses); Chinese, on UTC+8 in six countries, is written in North America and by
broadcasters abroad as well and has none.

Only a language the page or its crawler declares counts (``<html lang>``, ``og:locale``,
``Content-Language``, a record's ``language``), never one clipper detects in the text, and
only when every declared language names the same country: a page tagged ``nb`` and ``en``
names none.  A language's diaspora weeklies (a Lithuanian paper in Chicago on a ``.org``
address) are read on the home country's clocks: a language has a country where its press
abroad is that small.  It has none where a sizeable press writes it in another country,
on other clocks or on the same ones (Catalan in Spain and Andorra: ``--region`` would be
wrong), where an international broadcaster's service in it (BBC, VOA, DW, RFE/RL from
London, Washington, Bonn, Prague) is a large part of its news, or where it is no country's.

A page's country (``--region``) comes from its address's country-code domain before this
table, where its language is written there (``lang="ko"`` on ``.kp`` is North Korea's,
``lang="fi"`` on ``.se`` Sweden's: :func:`clipper.declaredregion.address_region`); a page in a
language of none here is of its dateline's place where the language is official there, but a
language of many countries' (:data:`MANY_COUNTRIES`: :func:`clipper.placeregion.page_region`).
"""

from __future__ import annotations

from collections.abc import Iterable

from clipper.declaredlanguage import known_language

# Shared reasons
_MANY = "written in many countries on many clocks"
_NONE = "no country's: its few news sites are anywhere"

# language (as clipper stores it: clipper.declaredlanguage.known_language) -> (the country
# whose clocks its news is written on, or None; why)
LANGUAGE_CLOCKS: dict[str, tuple[str | None, str]] = {
    # Europe
    "nb": ("NO", "Norwegian Bokmål (and 'no', read as nb): Norway's press; Svalbard keeps "
                 "Norway's time"),
    "nn": ("NO", "Nynorsk: written in Norway only"),
    "fi": ("FI", "Finnish: Finland's press; Sweden's Finnish-language media are on .se "
                 "addresses, whose country comes first"),
    "et": ("EE", "Estonian: Estonia's press; the diaspora's papers (Toronto, Stockholm) are "
                 "weeklies"),
    "lv": ("LV", "Latvian: Latvia's press; the diaspora's papers are weeklies"),
    "lt": ("LT", "Lithuanian: Lithuania's press; the diaspora's papers (Draugas, Chicago) are "
                 "few and weekly"),
    "is": ("IS", "Icelandic: Iceland only, UTC all year"),
    "fo": ("FO", "Faroese: the Faroe Islands only, on their own clock (UTC+0), not Denmark's"),
    "cs": ("CZ", "Czech: Czechia's press"),
    "sk": ("SK", "Slovak: Slovakia's press; Slovak papers in Serbia and Hungary keep the same "
                 "Central European time"),
    "sl": ("SI", "Slovene: Slovenia's press; the minority papers in Italy and Austria keep the "
                 "same Central European time"),
    "pl": ("PL", "Polish: Poland's press; the diaspora's papers (Dziennik Związkowy, Chicago; "
                 "Tydzień Polski, London) are few beside it, as Lithuanian's are"),
    "bg": ("BG", "Bulgarian: Bulgaria's press; the minorities' papers abroad are few"),
    "mk": ("MK", "Macedonian: North Macedonia's press"),
    "mt": ("MT", "Maltese: Malta only"),
    "lb": ("LU", "Luxembourgish: Luxembourg only"),
    "cy": ("GB", "Welsh: Wales's press; Patagonia's Welsh is not news"),
    "gd": ("GB", "Scottish Gaelic: Scotland's press; Nova Scotia's Gaelic is not news"),
    "br": ("FR", "Breton: Brittany only"),
    "gl": ("ES", "Galician: Galicia only"),
    "an": ("ES", "Aragonese: Aragon only"),
    "fy": ("NL", "West Frisian: Friesland only (North and Saterland Frisian are other "
                 "languages)"),
    "wa": ("BE", "Walloon: Wallonia only"),
    "uk": ("UA", "Ukrainian: Ukraine's press (the occupied areas' papers on Moscow's clock "
                 "write Russian); the diaspora's papers (Canada, the US) are weeklies"),
    "bs": ("BA", "Bosnian: Bosnia and Herzegovina's press; Sandžak's papers are few"),
    "ka": ("GE", "Georgian: Georgia's press"),
    "da": (None, "Greenland's press writes Danish (UTC-2), the Faroes' too (UTC+0)"),
    "sv": (None, "Finland's Swedish-language press (Hufvudstadsbladet, Svenska Yle) is on "
                 "UTC+2"),
    "se": (None, "Northern Sami is written in Norway and Sweden (UTC+1) and Finland (UTC+2)"),
    "hu": (None, "Hungarian papers in Romania (UTC+2) beside Hungary's"),
    "el": (None, "Greek papers in Cyprus, Australia and the United States"),
    "ro": (None, "Romania's and Moldova's press: one clock, two countries"),
    "hr": (None, "Croatia's press and Bosnia and Herzegovina's Croat papers: one clock, two "
                 "countries"),
    "sr": (None, "Serbia's, Montenegro's and Republika Srpska's (Bosnia) press"),
    "sq": (None, "Albania's, Kosovo's and North Macedonia's Albanian press"),
    "ca": (None, "Catalonia's, Valencia's, the Balearics' and Andorra's press: one clock, two "
                 "countries"),
    "eu": (None, "the Basque Country's press in Spain and in France: one clock, two countries"),
    "oc": (None, "written in France, Spain (Val d'Aran) and Italy's Occitan valleys"),
    "ga": (None, "Irish: Ireland's and Northern Ireland's press, one clock, two countries"),
    "de": (None, "Germany's, Austria's, Switzerland's and Luxembourg's press"),
    "nl": (None, "the Netherlands', Belgium's (Flanders) and Suriname's (UTC-3) press"),
    "it": (None, "Italy's, Switzerland's (Ticino) and San Marino's press"),
    "be": (None, "Belarusian: the independent press writes from Warsaw and Vilnius (UTC+1, "
                 "+2), Minsk's on UTC+3"),
    "ru": (None, "Russia's eleven clocks, and Russian papers in Ukraine, the Baltics, "
                 "Kazakhstan and Israel and Meduza in Riga"),
    "tt": (None, "Tatarstan's press (Russia) and RFE/RL's Tatar-Bashkir service in Prague"),
    "ba": (None, "Bashkortostan's press (Russia) and RFE/RL's Tatar-Bashkir service in Prague"),
    "hy": (None, "Armenian papers in Los Angeles, Beirut and Istanbul beside Armenia's"),
    "az": (None, "Azerbaijani is written in Iran (UTC+3:30) beside Azerbaijan (UTC+4)"),
    "tr": (None, "Turkey's press, Northern Cyprus's and Turkish papers' editions in Germany"),
    "en": (None, _MANY),
    "fr": (None, _MANY),
    "es": (None, _MANY),
    "pt": (None, _MANY),
    "eo": (None, _NONE),
    "la": (None, _NONE),
    "vo": (None, _NONE),
    # Asia
    "he": ("IL", "Hebrew: Israel's press; Jewish papers abroad write other languages"),
    "ar": (None, _MANY),
    "fa": (None, "Persian services in London and Prague, and Afghanistan's Dari (UTC+4:30)"),
    "ps": (None, "Afghanistan's (UTC+4:30) and Pakistan's (UTC+5) press"),
    "ku": (None, "Iraq's, Turkey's, Iran's and Syria's Kurdish press"),
    "ur": (None, "Pakistan's (UTC+5) and India's (UTC+5:30) press"),
    "hi": ("IN", "Hindi: India's press; papers in Fiji and Mauritius are few"),
    "mr": ("IN", "Marathi: Maharashtra's press"),
    "gu": ("IN", "Gujarati: Gujarat's press; the diaspora's papers (London, New Jersey) are "
                 "weeklies"),
    "te": ("IN", "Telugu: Andhra Pradesh's and Telangana's press"),
    "kn": ("IN", "Kannada: Karnataka's press"),
    "as": ("IN", "Assamese: Assam's press"),
    "or": ("IN", "Odia: Odisha's press"),
    "sa": ("IN", "Sanskrit: India's few bulletins"),
    "pa": (None, "India's Gurmukhi and Pakistan's Shahmukhi press, and Canada's and Britain's"),
    "bn": (None, "Bangladesh's (UTC+6) and West Bengal's (India, UTC+5:30) press"),
    "ta": (None, "India's, Sri Lanka's, Singapore's and Malaysia's (UTC+8) Tamil press"),
    "ml": (None, "Kerala's dailies print Gulf editions (UTC+3, +4)"),
    "ne": (None, "Nepal's press (UTC+5:45) and Sikkim's and Darjeeling's (India, UTC+5:30)"),
    "si": ("LK", "Sinhala: Sri Lanka only"),
    "dz": ("BT", "Dzongkha: Bhutan only"),
    "my": (None, "Burmese exile media (DVB, The Irrawaddy) write from Thailand (UTC+7) beside "
                 "Myanmar's (UTC+6:30)"),
    "th": ("TH", "Thai: Thailand's press; the Los Angeles papers are weeklies"),
    "lo": ("LA", "Lao: Laos's press (northeast Thailand writes Thai)"),
    "km": ("KH", "Khmer: Cambodia's press; Long Beach's papers are weeklies"),
    "vi": (None, "Vietnamese dailies in California (Người Việt, Viễn Đông: UTC-8, 15 hours "
                 "behind Hanoi) and the BBC's, VOA's and RFA's Vietnamese services beside "
                 "Vietnam's press, unlike Thai's and Khmer's weeklies abroad: a Vietnamese "
                 "site on .com is given its country by dedupe --country (newcomer 50b)"),
    "id": ("ID", "Indonesian: Indonesia's press, on its three clocks (UTC+7 to +9)"),
    "jv": ("ID", "Javanese: Java only"),
    "ms": (None, "Malaysia's, Brunei's and Singapore's press: one clock, three countries"),
    "fil": ("PH", "Filipino (and 'tl', Tagalog, read as fil): the Philippines' press"),
    "zh": (None, "China's, Taiwan's, Hong Kong's, Macau's, Singapore's and Malaysia's press "
                 "keep UTC+8 but are six countries (--region), and the United States' and "
                 "Canada's Chinese dailies (World Journal, Sing Tao) and the Chinese services "
                 "of VOA, RFA, BBC, DW and RFI write from UTC-8 to UTC+1"),
    "ja": ("JP", "Japanese: Japan's press (UTC+9, no summer time); the papers abroad (Nikkey "
                 "Shimbun in São Paulo, Hawaii Hochi) are a few weeklies and bulletins"),
    "ko": ("KR", "Korean: South Korea's press; North Korea's is on .kp addresses (its own "
                 "country) and keeps the same UTC+9 since May 2018; the Korean dailies of Los "
                 "Angeles and New York (a page tagged ko-US, or with a /us/ edition, is the "
                 "US's) and China's Yanbian papers (UTC+8, mostly on .cn) are few beside it"),
    "mn": (None, "Mongolia's press and China's Inner Mongolia's"),
    "ug": (None, "Xinjiang's press (China), RFA's Uyghur service (Washington) and Istanbul's"),
    "kk": (None, "Kazakhstan's press (UTC+5) and Xinjiang's (China, UTC+8)"),
    "ky": (None, "Kyrgyzstan's press and Xinjiang's (China)"),
    "uz": (None, "Uzbekistan's press, Afghanistan's Uzbek and RFE/RL's Ozodlik (Prague)"),
    "tg": (None, "Tajikistan's press (UTC+5) and RFE/RL's Ozodi (Prague)"),
    "tk": (None, "Turkmenistan's state press and RFE/RL's Azatlyk (Prague)"),
    # Africa and the Americas
    "af": (None, "South Africa's and Namibia's press: one clock, two countries"),
    "zu": ("ZA", "Zulu: South Africa only"),
    "xh": ("ZA", "Xhosa: South Africa only"),
    "st": (None, "Lesotho's and South Africa's press: one clock, two countries"),
    "sn": ("ZW", "Shona: Zimbabwe's press"),
    "lg": ("UG", "Luganda: Uganda only"),
    "rw": ("RW", "Kinyarwanda: Rwanda's press"),
    "mg": ("MG", "Malagasy: Madagascar only"),
    "yo": ("NG", "Yoruba: Nigeria's press; Benin's Yoruba papers are few"),
    "ig": ("NG", "Igbo: Nigeria only"),
    "ha": (None, "Nigeria's and Niger's press, and the BBC's, VOA's and DW's Hausa services"),
    "ln": (None, "Congo-Kinshasa's press (UTC+1, +2) and Congo-Brazzaville's"),
    "sw": (None, "Tanzania's, Kenya's, Uganda's and Congo's (UTC+2) press"),
    "so": (None, "Somalia's, Ethiopia's, Kenya's and Djibouti's press, and the BBC's"),
    "om": (None, "Ethiopia's press and Oromo media in Minneapolis and Washington (VOA)"),
    "am": (None, "Ethiopia's press and ESAT, VOA and DW in Washington and Bonn"),
    "ht": (None, "Haiti's press and Miami's and New York's Haitian media: one clock, two "
                 "countries"),
    "qu": (None, "Peru's, Bolivia's (UTC-4) and Ecuador's press"),
}  # fmt: skip


# Languages whose news is written in many countries (:data:`_MANY`: English, French, Spanish,
# Portuguese, Arabic): their wires and papers file from all of them (AP's, Reuters', AFP's,
# EFE's, Lusa's datelines), so a page's dateline names where a report was filed, not its
# publisher's country, and names none of the page's (:func:`clipper.placeregion.page_region`
# reads their address's domain alone).
MANY_COUNTRIES = frozenset(
    language for language, (_, reason) in LANGUAGE_CLOCKS.items() if reason == _MANY
)


# Languages of no one country (None above) all of whose countries keep one clock today: a time
# such a page writes without a zone is on that clock whatever its address (a ``.com`` portal's
# Chinese "2026-12-06 16:10" is 08:10 UTC, as a ``.cn`` or ``.tw`` site's is), though its
# country stays unknown (``--region``).  Each is the zones of the countries the table's reason
# names; a time is placed only where they all keep one offset at its wall time
# (:func:`clipper.datelineclocks.on_dateline_clock`: Moldova and Romania change their clocks an
# hour apart).  Chinese's services abroad (VOA, RFA, BBC, DW, RFI) and North America's dailies
# are on .com addresses as well, but write their times with a zone or in their text's dateline,
# as a wire does; newcomer 48b's sohu.com record ("2026-12-06 16:10", ``zh``) was on no clock
# while .cn and .tw sites were placed on UTC+8.  Not here: languages whose countries keep several
# offsets (da, sv, se, hu, el, nl, be, ru, hy, az, fa, ps, ur, bn, ta, ml, ne, my, vi, mn, kk,
# ky, uz, tg, tk, pa, ug, ha, ln, sw, so, om, am, qu, tr, tt, ba) or whose press abroad is large
# (en, fr, es, pt, ar).
ONE_CLOCK_ZONES: dict[str, tuple[str, ...]] = {
    "zh": ("Asia/Shanghai", "Asia/Taipei", "Asia/Hong_Kong", "Asia/Macau", "Asia/Singapore",
           "Asia/Kuala_Lumpur", "Asia/Kuching"),  # UTC+8
    "ms": ("Asia/Kuala_Lumpur", "Asia/Kuching", "Asia/Brunei", "Asia/Singapore"),  # UTC+8
    "ro": ("Europe/Bucharest", "Europe/Chisinau"),  # EET
    "hr": ("Europe/Zagreb", "Europe/Sarajevo"),  # CET
    "sr": ("Europe/Belgrade", "Europe/Podgorica", "Europe/Sarajevo"),  # CET
    "sq": ("Europe/Tirane", "Europe/Belgrade", "Europe/Skopje"),  # CET (Kosovo: Belgrade's)
    "ca": ("Europe/Madrid", "Europe/Andorra"),  # CET (the Canaries write Spanish)
    "eu": ("Europe/Madrid", "Europe/Paris"),  # CET
    "ga": ("Europe/Dublin", "Europe/London"),  # GMT/IST and GMT/BST: one offset
    "de": ("Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/Luxembourg"),  # CET
    "it": ("Europe/Rome", "Europe/Zurich", "Europe/San_Marino"),  # CET
    "af": ("Africa/Johannesburg", "Africa/Windhoek"),  # UTC+2
    "st": ("Africa/Maseru", "Africa/Johannesburg"),  # UTC+2
    "ht": ("America/Port-au-Prince", "America/New_York"),  # US Eastern and its summer time
}  # fmt: skip


# Languages of one country (:data:`LANGUAGE_CLOCKS`) written in a script of their own, which
# clipper's text identifier names from the script alone: Japanese's kana, Korean's hangul, and
# the Thai, Lao, Khmer, Sinhala, Georgian, Gujarati, Telugu, Kannada and Odia scripts.  A page
# in one of them is on its country's clock as a Chinese one is on UTC+8 whether its language is
# declared or identified (:func:`language_zones`): newcomer 49b's Japanese text dumps and JSONL
# records of no declared language, "令和8年12月7日 14:30", were on any clock where a stored
# ``zh`` pinned UTC+8.  Not here: a language sharing its script with another of other clocks,
# which the identifier tells apart by words and a short text's guess can swap (Hebrew with
# Yiddish, New York's; Hindi and Marathi with Nepali, UTC+5:45; Assamese with Bengali,
# Bangladesh's UTC+6; Dzongkha with Tibetan, China's; Ukrainian with Russian; Bulgarian with
# Macedonian): theirs count when declared (:func:`language_country`).
OWN_SCRIPT_LANGUAGES = frozenset({"ja", "ko", "th", "lo", "km", "si", "ka", "gu", "te", "kn", "or"})


def language_zones(language: str | None) -> tuple[str, ...]:
    """The IANA zones of the countries ``language`` (a language tag: ``zh``, ``zh-HK``,
    ``zh_TW``, ``ja``) is written in, when it has no one country (:data:`LANGUAGE_CLOCKS`) but
    they all keep one clock (:data:`ONE_CLOCK_ZONES`), or is of one country and a script of its
    own (:data:`OWN_SCRIPT_LANGUAGES`: that country's zones by zone.tab,
    :func:`clipper.sitezones.country_zones`), else ().  A page's address's and stated
    country's clocks come first (:func:`clipper.sitezones.clock_country`): the caller asks only
    where they name none, and places a time only where the zones keep one offset then
    (:func:`clipper.datelineclocks.on_dateline_clock`)."""
    from clipper.sitezones import country_zones

    primary = (language or "").strip().replace("_", "-").split("-", 1)[0]
    known = known_language(primary) if primary else None
    if known in OWN_SCRIPT_LANGUAGES:
        return country_zones(LANGUAGE_CLOCKS[known][0])
    return ONE_CLOCK_ZONES.get(known or "", ())


def page_language_zones(
    language: str | None, url: str | None, region: str | None
) -> tuple[str, ...]:
    """:func:`language_zones` of a page in ``language`` at ``url`` where neither its address's
    country nor ``region`` (the one it states, or its language's one country) names its clocks
    (:func:`clipper.sitezones.clock_country`), else ()."""
    from clipper.sitezones import clock_country, host_of

    zones = language_zones(language)
    if not zones or clock_country(host_of(url), region) is not None:
        return ()
    return zones


def language_country(tags: Iterable[str | None]) -> str | None:
    """The country whose clocks the languages ``tags`` declare (language tags: ``nb``,
    ``no``, ``fi-FI``, ``lt_LT``) are written on (:data:`LANGUAGE_CLOCKS`), as an ISO 3166
    code; None when no tag names a language, one names a language of no one country, or two
    name two countries."""
    countries: set[str | None] = set()
    for tag in tags:
        primary = (tag or "").strip().replace("_", "-").split("-", 1)[0]
        language = known_language(primary) if primary else None
        if language is None:
            continue
        entry = LANGUAGE_CLOCKS.get(language)
        countries.add(entry[0] if entry else None)
    return countries.pop() if len(countries) == 1 else None
