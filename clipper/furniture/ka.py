"""Georgian page furniture (see :mod:`clipper.furniture`).

Phrases of Georgia's news sites (the agencies', the broadcasters' and the papers' sites) as they
print them: "ასევე წაიკითხეთ" (also read), "მსგავსი სიახლეები" (similar news), "გაზიარება"
(share), cookie notices ("ქუქი-ფაილები"), "ყველა უფლება დაცულია".  Georgian has no case
(Mtavruli capitals fold to Mkhedruli, as case-insensitive matching does).
"""

from clipper.furniture import Table, credited

_NETWORKS = r"(?:facebook|twitter|x|telegram|youtube|instagram)"

TABLE = Table(
    language="ka",
    byline_roles=("ჟურნალისტი", "კორესპონდენტი", "რედაქტორი"),
    skip=(r"(?:შიგთავსზე|კონტენტზე|მთავარ შიგთავსზე) გადასვლა|გადასვლა შიგთავსზე",),
    share=(rf"(?:{_NETWORKS}[- ]?ზე )?გაზიარება", r"ბმულის კოპირება"),
    promo=(rf"გამოგვყევით {_NETWORKS}[- ]?ზე",),
    paywall=(r"შესვლა|გასვლა|რეგისტრაცია|ჩემი ანგარიში",),
    ads=(r"რეკლამა",),
    credits=(credited(r"ფოტო|ფოტოს წყარო"),),
    related=(
        r"ასევე წაიკითხეთ|მეტის წაკითხვა|ყველაზე კითხვადი|თემასთან დაკავშირებით",
        r"(?:მსგავსი|დაკავშირებული|ბოლო|სხვა) (?:სიახლეები|ამბები|სტატიები)",
    ),
    consent_terms=(r"ქუქი", r"\bcookies?\b"),
    consent_weak=(r"კონფიდენციალურობ", r"თანხმობ"),
    consent_context=(r"ჩვენ ვიყენებთ|ვებგვერდ|ვებ-გვერდ|თქვენი", r"მიღება|უარყოფა|პარამეტრ"),
    consent_buttons=(
        r"(?:ყველას |ყველა )?მიღება|ვეთანხმები|უარყოფა|პარამეტრები",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"გასაგებია|კარგი",
    ),
    dateline=(r"გამოქვეყნ(?:ებულია|და)",),
    updated=(r"განახლ(?:ებულია|და)",),
    errors=(
        r"გვერდი ვერ მოიძებნა",
        # a soft 404's body sentence: the page sought, removed or moved
        r"გვერდი,? რომელსაც ეძებთ|შესაძლოა (?:წაშლილია|გადატანილია|წაიშალა)",
    ),
    rights=(r"ყველა უფლება დაცულია",),
    site_pages=(r"კონფიდენციალურობის პოლიტიკა|ჩვენ შესახებ|კონტაქტი|გამოყენების წესები",),
    source_labels=("წყარო",),
)
