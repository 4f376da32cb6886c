"""Armenian page furniture (see :mod:`clipper.furniture`).

Phrases of Armenia's news sites (the agency's, the broadcasters' and the portals' Armenian
pages) as they print them: "Կարդացեք նաև" (also read), "Առնչվող նորություններ" (related news),
"Կիսվել" (share), cookie notices ("թխուկներ", "քուքիներ"), "Բոլոր իրավունքները պաշտպանված
են"; a photo credit after Armenian's colon "՝" or ":" ("Լուսանկարը՝ …").
"""

from clipper.furniture import Table, credited

_NETWORKS = r"(?:facebook|twitter|x|telegram|youtube|instagram)"

TABLE = Table(
    language="hy",
    byline_roles=("լրագրող", "թղթակից", "խմբագիր"),
    skip=(r"անցնել (?:հիմնական )?բովանդակությանը",),
    share=(rf"կիսվել(?: {_NETWORKS}[-]?ում)?|տարածել", r"պատճենել հղումը"),
    promo=(rf"հետևեք մեզ {_NETWORKS}[-]?ում",),
    paywall=(r"մուտք|ելք|գրանցվել|գրանցում",),
    ads=(r"գովազդ",),
    credits=(credited(r"լուսանկար(?:ը|ները)?|ֆոտո", r"\s*[:՝]\s*"),),
    related=(
        r"կարդացեք նաև|կարդալ ավելին|ամենաընթերցված(?:ները)?",
        r"(?:առնչվող|նմանատիպ|վերջին|այլ) (?:նորություններ|հոդվածներ)",
    ),
    consent_terms=(r"թխուկ|քուքի", r"\bcookies?\b"),
    consent_weak=(r"գաղտնիությ", r"համաձայնությ"),
    consent_context=(r"մենք օգտագործում|կայք|ձեր", r"ընդունել|մերժել|կարգավորումներ"),
    consent_buttons=(
        r"(?:ընդունել|մերժել)(?: բոլորը)?|կարգավորումներ",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"հասկանալի է|համաձայն եմ|լավ",
    ),
    dateline=(r"հրապարակված|հրապարակվել է",),
    updated=(r"թարմացված|թարմացվել է",),
    errors=(
        r"էջը չի գտնվել|էջը գոյություն չունի",
        # a soft 404's body sentence: the page sought, removed or moved
        r"ձեր (?:փնտրած|որոնած) էջը|հնարավոր է (?:ջնջվել|տեղափոխվել)",
    ),
    rights=(r"բոլոր իրավունքները (?:պաշտպանված|պահպանված) են",),
    site_pages=(r"գաղտնիության քաղաքականություն|մեր մասին|հետադարձ կապ|կապ",),
    source_labels=("Աղբյուր",),
)
