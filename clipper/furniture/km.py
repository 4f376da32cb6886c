"""Khmer page furniture (see :mod:`clipper.furniture`).  Khmer runs its words together (no
``\\b``): a phrase stands for a whole line, or is a word few sentences of news hold.

Phrases of Cambodia's news sites and the broadcasters' Khmer services as they print them:
"អានបន្ថែម" (read more), "អត្ថបទពាក់ព័ន្ធ" (related articles), "ចែករំលែក" (share), cookie
notices ("ខូគី"), "រក្សាសិទ្ធិគ្រប់យ៉ាង" (all rights reserved); a photo credit after Khmer's
colon "៖" ("រូបភាព៖ …")."""

from clipper.furniture import Table, counted, credited

_NETWORKS = r"(?:facebook|telegram|youtube|tiktok|line|ហ្វេសប៊ុក|តេឡេក្រាម)"

TABLE = Table(
    language="km",
    byline_roles=("អ្នកយកព័ត៌មាន", "អ្នកសារព័ត៌មាន", "និពន្ធនាយក"),
    skip=(r"រំលង ?(?:ទៅ|ទៅកាន់) ?មាតិកា",),
    # ... and the comments' link with its count ("មតិយោបល់ (2)")
    share=(rf"ចែករំលែក(?: ?(?:ទៅ|លើ) ?{_NETWORKS})?", r"ចម្លងតំណ", counted(r"មតិយោបល់")),
    # "follow us on", "follow (more) news on" ("តាមដានព័ត៌មានបន្ថែមតាម Telegram")
    promo=(rf"តាមដាន(?:យើង(?:ខ្ញុំ)?|ព័ត៌មាន(?:បន្ថែម|ថ្មីៗ)?)? ?(?:នៅលើ|តាម) ?{_NETWORKS}",),
    paywall=(r"ចូលគណនី|ចាកចេញ|ចុះឈ្មោះ",),
    ads=(r"ពាណិជ្ជកម្ម",),
    credits=(credited(r"រូបភាព|រូបថត|ប្រភពរូបភាព", r"\s*[:៖]\s*"),),
    related=(r"អាន(?:បន្ថែម|ច្រើនបំផុត)|(?:អត្ថបទ|ព័ត៌មាន)(?:ពាក់ព័ន្ធ|ថ្មីៗ|ផ្សេងទៀត)",),
    consent_terms=(r"ខូគី", r"\bcookies?\b"),
    consent_weak=(r"ឯកជនភាព", r"ការយល់ព្រម"),
    consent_context=(r"យើងប្រើ|គេហទំព័រ|របស់អ្នក", r"ទទួលយក|បដិសេធ|ការកំណត់"),
    consent_buttons=(
        r"ទទួលយក(?:ទាំងអស់)?|បដិសេធ|ការកំណត់(?:ខូគី)?",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"យល់ហើយ|យល់ព្រម",
    ),
    dateline=(r"ចុះផ្សាយ|បោះពុម្ពផ្សាយ",),
    updated=(r"ធ្វើបច្ចុប្បន្នភាព",),
    errors=(
        r"រកមិនឃើញ ?ទំព័រ|ទំព័រ ?(?:នេះ ?)?រកមិនឃើញ",
        # a soft 404's body sentence: the page sought, removed or moved
        r"ទំព័រ ?ដែល ?អ្នក ?(?:កំពុង ?)?ស្វែងរក",
    ),
    rights=(r"រក្សាសិទ្ធិ ?គ្រប់ ?យ៉ាង",),
    site_pages=(r"គោលការណ៍ ?ឯកជនភាព|អំពីយើង|ទំនាក់ទំនង",),
    source_labels=("ប្រភព",),
)
