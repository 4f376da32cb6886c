"""Hausa page furniture (see :mod:`clipper.furniture`).

Phrases of Nigerian and Nigerien Hausa news sites and the international broadcasters' Hausa
services as they print them, with Hausa's hooked letters (ɓ ɗ ƙ) or the plain letters keyboards
type for them: "Karanta kuma" (read also), "Labarai masu alaƙa" (related stories), "Asalin
hoton, …" (a photo's source), share lines and cookie notices ("kukis").  Left out where no
one form is settled: paywall wording (Hausa sites do not meter).
"""

from clipper.furniture import NETWORKS, Table, credited

TABLE = Table(
    language="ha",
    # "Daga" (from, by) before the names: "Daga Aminu Bello, Kano", "Daga Wakilinmu"
    bylines=("daga",),
    byline_roles=("wakili", "wakiliya", "[ɗd]an jarida", "editan"),
    # our correspondent (his, her), our reporters: no person (newcomer 46, finding 3)
    byline_staff=("wakilinmu", "wakiliyarmu", "wakilanmu", "wakilin mu", "[ɗd]an jaridarmu"),
    skip=(
        r"(?:tsallake|je|wuce) zuwa (?:abubuwan da ke ciki|abin da ke ciki|abun da ke ciki"
        r"|babban (?:abin|abun) ciki|(?:abin|abun) ciki)",
    ),
    share=(
        r"(?:raba|ya[ɗd]a)(?: wannan (?:labari|labarin))?"
        r"(?: (?:a|ta) (?:facebook|twitter|x|whatsapp|telegram))?",
        r"kwafi (?:maha[ɗd]a|link|adireshi)",
    ),
    promo=(
        rf"(?:ku )?bi mu (?:a|ta) {NETWORKS}",
        r"(?:yi rajista|shiga) (?:don|domin) kar[ɓb]ar (?:wasi[ƙk]armu|labaranmu)"
        r"(?: ta imel)?",
    ),
    paywall=(r"shiga|fita|yi rajista|asusuna",),
    ads=(
        r"talla|tallace-tallace",
        # the line an ad slot leaves: "Labarin yana ci gaba a ƙasa"
        r"labarin (?:yana )?ci gaba (?:a [ƙk]asa|bayan talla)",
    ),
    credits=(
        credited(r"hoto|asalin hoton"),
        # the broadcasters' "Asalin hoton, Getty Images": a comma after the label
        credited(r"asalin hoton", r"\s*,\s*"),
    ),
    notices=(
        # a prompt to follow the site on a messaging channel ("Shiga tasharmu ta WhatsApp")
        r"\b(?:shiga|bi) (?:tasharmu|zaurenmu|rukuninmu) (?:ta|na) (?:whatsapp|telegram)\b",
    ),
    related=(
        # "Karin labarai masu alaka" (more related stories) as BBC Hausa heads its box
        # (newcomer 51a)
        r"karanta (?:kuma|[ƙk]ari|karin)|[ƙk]arin labarai(?: masu ala[ƙk]a)?|mafi karantawa",
        r"labara(?:i|n) (?:masu ala[ƙk]a|da suka shafi wannan|na baya-bayan nan)",
    ),
    consent_terms=(r"\bkukis\b", r"\bcookies?\b"),
    consent_weak=(r"\bsirri\b", r"\bamincewa\b"),
    consent_context=(
        r"\b(?:muna|shafinmu|shafin nan|ku|kwarewarku|abokan hul[ɗd]armu)\b",
        r"\b(?:amince|kar[ɓb]a|saituna|danna|ci gaba)\b",
    ),
    consent_buttons=(
        r"(?:amince|kar[ɓb]a)(?: (?:da )?duka)?|[ƙk]i amincewa|na amince|rufe",
        r"saituna(?: na kukis)?|manufar sirri",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"na gane|na yarda",
    ),
    # "An wallafa" (published); "Kwanan wata" (date) is a header label
    dateline=(r"\ban (?:wallafa|buga)\b",),
    updated=(r"an sabunta|sabuntawa",),
    errors=(
        r"\bba a (?:samu|sami) shafin\b|\bshafin ba ya nan\b|\bkuskure\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bshafin da (?:kuke|kake|kike) nema\b|\ban (?:cire|goge|matsar da) shi\b",
    ),
    rights=(r"(?:duk|dukkan) ha[ƙk][ƙk]o[ƙk]i (?:sun )?(?:kiyaye|adana|kare)",),
    site_pages=(r"manufar sirri|shar(?:u[ɗd]|ud)[ɗd]?an amfani|game da mu|tuntu[ɓb]e mu",),
    source_labels=("Majiya",),
)
