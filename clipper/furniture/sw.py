"""Swahili page furniture (see :mod:`clipper.furniture`).

Phrases of East African Swahili news sites (Kenya's, Tanzania's, and the international
broadcasters' Swahili services) as they print them: "Soma pia" (read also), "Habari zaidi"
(more news), share and subscribe lines, cookie notices ("vidakuzi").  Left out where no one
form is settled: paywall wording beyond signing in and joining (Swahili sites seldom meter).
"""

from clipper.furniture import NETWORKS, Table, credited, offer

TABLE = Table(
    language="sw",
    # "Na" (by) before the names: "Na Asha Juma, Dodoma", "Na Mwandishi Wetu" (newcomer 46)
    bylines=("na",),
    byline_roles=(
        "mwandishi(?: wetu| wa habari)?",
        "ripota",
        "mhariri",
    ),
    byline_staff=(
        # our correspondent, our reporter: no person (newcomer 46, finding 3)
        "mwandishi wetu",
        "waandishi wetu",
        "ripota wetu",
    ),
    skip=(r"(?:ruka|nenda) (?:hadi|kwenye|kwa) (?:maudhui|yaliyomo)(?: (?:makuu|kuu))?",),
    share=(
        r"shiriki(?: (?:habari hii|makala hii|taarifa hii))?"
        r"(?: (?:kwenye|kupitia|kwa) (?:facebook|twitter|x|whatsapp|telegram|linkedin))?",
        r"nakili kiungo|kiungo kimenakiliwa|chapisha|tuma kwa barua pepe",
    ),
    promo=(
        rf"(?:tufuate|tufuatilie|fuata) (?:kwenye|katika|kupitia) {NETWORKS}",
        # a newsletter prompt: "Jiandikishe kupokea jarida letu", "Jisajili kwa jarida"
        r"(?:jiandikishe|jisajili|jiunge)(?: (?:kupokea|kwa|na))? (?:jarida|habari)"
        r"(?: (?:letu|yetu))?(?: (?:la|za) (?:kila siku|barua pepe))?",
    ),
    paywall=(
        offer(r"jiunge|jisajili|lipia", r"sasa|leo"),
        r"ingia|toka|jisajili|jiunge|akaunti yangu",
    ),
    ads=(
        r"tangazo|matangazo",
        # the line an ad slot leaves: "Habari inaendelea chini ya tangazo"
        r"(?:habari|makala|taarifa) (?:inaendelea|itaendelea) (?:chini ya|baada ya) tangazo"
        r"(?: hili)?",
    ),
    credits=(credited(r"picha|chanzo cha picha|picha kwa hisani ya"),),
    notices=(
        # a prompt to follow the site on a messaging channel ("Jiunge na chaneli yetu ya
        # WhatsApp", "Tufuate kwenye Telegram")
        r"\b(?:jiunge na|fuata|tufuate)(?: (?:chaneli|kundi|ukurasa)(?: (?:yetu|letu|wetu))?"
        r"(?: (?:ya|la|wa))?)?(?: (?:kwenye|katika|kupitia))? (?:whatsapp|telegram"
        r"|google news)\b",
    ),
    related=(
        r"soma (?:pia|zaidi|hii pia)|tazama pia|sikiliza pia|zilizosomwa zaidi",
        r"habari (?:zaidi|nyingine|zinazohusiana|mpya|za hivi punde|zilizosomwa zaidi)"
        r"|(?:makala|taarifa) zinazohusiana",
    ),
    consent_terms=(r"\bvidakuzi\b", r"\bcookies?\b"),
    consent_weak=(r"\bfaragha\b", r"\bidhini\b", r"\bridhaa\b"),
    consent_context=(
        r"\b(?:tunatumia|tovuti (?:hii|yetu)|wewe|yako|uzoefu|sisi)\b",
        r"\b(?:kubali|kukubali|kataa|kukataa|mipangilio|washirika|kubofya|kuendelea)\b",
    ),
    consent_buttons=(
        r"(?:kubali|kataa|ruhusu)(?: (?:yote|zote|vyote))?(?: vidakuzi)?",
        r"nakubali|sawa|funga|(?:mipangilio|dhibiti)(?: ya)?(?: vidakuzi| mapendeleo| chaguo)?",
        r"hifadhi (?:mipangilio|chaguo)|jifunze zaidi|sera ya (?:faragha|vidakuzi)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"nimeelewa|nimeelewa,? asante",
    ),
    dateline=(r"\b(?:imechapishwa|ilichapishwa|iliyochapishwa)\b",),
    updated=(r"imesasishwa|ilisasishwa|iliyosasishwa",),
    errors=(
        r"\bukurasa (?:haupatikani|haujapatikana|haukupatikana|haupo)\b|\bhitilafu\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bukurasa (?:unaoutafuta|ulioutafuta|unaotafuta)\b"
        r"|\b(?:huenda|labda) (?:umeondolewa|umehamishwa|umefutwa)\b",
    ),
    rights=(r"haki zote zimehifadhiwa",),
    site_pages=(r"sera ya faragha|vigezo na masharti|kuhusu sisi|wasiliana nasi",),
    source_labels=("Chanzo",),
)
