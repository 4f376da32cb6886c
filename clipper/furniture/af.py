"""Afrikaans page furniture (see :mod:`clipper.furniture`).

Phrases of South African and Namibian Afrikaans news sites (Netwerk24's papers, Maroela Media,
Republikein) as they print them: "Lees ook" (read also), "Verwante artikels" (related
articles), "Deel hierdie artikel" (share this article), cookie notices ("koekies"), "Volg ons op
Facebook".  Dutch shares some of them ("Lees ook"); the Dutch table has its own.  Left out
where no one form is settled: badges (the papers' paywalls name no plan on the headline).
"""

from clipper.furniture import NETWORKS, Table, counted, credited, offer

TABLE = Table(
    language="af",
    # "Deur" (by) before the names: "Deur Marlene Botha", "Deur ons verslaggewer"
    # (newcomer 46, finding 3)
    bylines=("deur",),
    byline_roles=("verslaggewer", "korrespondent", "joernalis"),
    byline_staff=("(?:ons |'n )?(?:verslaggewer|korrespondent)s?", "nuusspan"),
    skip=(r"(?:gaan|spring|slaan oor) na (?:die )?(?:hoof)?inhoud",),
    share=(
        counted(r"kommentaar|kommentare"),
        r"deel(?: hierdie (?:artikel|berig|storie))?(?: op (?:facebook|twitter|x|whatsapp"
        r"|linkedin))?",
        r"kopieer (?:skakel|die skakel)|skakel gekopieer|druk (?:artikel|hierdie artikel)",
    ),
    promo=(
        rf"volg (?:ons|[\w .&'-]{{1,40}}?) op {NETWORKS}",
        r"(?:teken in|skryf in|registreer) (?:vir|op) (?:ons )?(?:gratis )?(?:daaglikse )?"
        r"nuusbrief",
        r"laai (?:ons |die )?(?:toep|app)(?: [\w .&'-]{1,40}?)? af",
    ),
    paywall=(
        offer(r"teken in|word 'n intekenaar", r"nou|vandag"),
        r"(?:hierdie )?(?:artikel|inhoud|berig) is (?:slegs |eksklusief )?vir intekena(?:a)?rs.*",
        r"teken in|teken aan|meld aan|teken uit|meld af|registreer|my rekening",
    ),
    truncated=(
        r"(?:hierdie )?(?:artikel|inhoud|berig) is (?:slegs |eksklusief )?(?:beskikbaar )?"
        r"vir intekena(?:a)?rs.*",
    ),
    ads=(
        r"advertensies?|geborg(?:de inhoud)?",
        # the line an ad slot leaves: "Artikel gaan voort ná die advertensie"
        r"(?:die )?(?:artikel|berig|storie) gaan voort (?:n[aá]|onder) (?:die )?advertensie",
    ),
    credits=(credited(r"foto'?s?|beeld|illustrasie"),),
    reading_time=(r"leestyd",),
    notices=(
        # a prompt to follow the site on a messaging channel ("Sluit aan by ons WhatsApp-kanaal")
        r"\b(?:sluit aan by|volg) ons (?:whatsapp|telegram)[- ]?(?:kanaal|groep)\b",
    ),
    related=(
        r"lees (?:ook|meer|hierdie ook)|(?:jy|u) sal (?:dalk )?ook (?:hou van|belangstel in)"
        r"|meeste gelees|mees gelees",
        r"(?:verwante|nuutste|meer) (?:artikels|berigte|nuus|stories)|meer oor (?:hierdie|die)"
        r" (?:onderwerp|saak)",
    ),
    consent_terms=(r"\bkoekies?\b", r"\bcookies?\b"),
    consent_weak=(r"\bprivaatheid\b", r"\bpersoonlike inligting\b", r"\btoestemming\b"),
    consent_context=(
        r"\b(?:ons gebruik|hierdie webwerf|ons webwerf|u|jou|jy)\b",
        r"\b(?:aanvaar|weier|instellings|vennote|klik|voort te gaan)\b",
    ),
    consent_buttons=(
        r"(?:aanvaar|weier|stem in)(?: alles| almal)?(?: koekies)?",
        r"(?:koekie-?)?instellings|bestuur (?:koekies|voorkeure)|stoor (?:instellings|keuses)"
        r"|lees meer|privaatheidsbeleid",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"(?:ek )?verstaan|reg so|ek stem saam|ok",
    ),
    dateline=(r"\bgepubliseer\b",),
    updated=(r"bygewerk|opgedateer",),
    errors=(
        r"\bbladsy (?:nie gevind|bestaan nie|is nie gevind)\b|\btoegang geweier\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bdie bladsy wat (?:jy|u) soek\b|\b(?:is )?(?:moontlik )?(?:verwyder|geskuif) of"
        r" (?:verwyder|geskuif)\b",
    ),
    rights=(r"alle regte voorbehou",),
    site_pages=(
        r"privaatheidsbeleid|gebruiksvoorwaardes|bepalings en voorwaardes|oor ons"
        r"|kontak ons",
    ),
    source_labels=("Bron",),
    tag_labels=(r"etikette", r"sleutelwoorde"),
)
