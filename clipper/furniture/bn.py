"""Bengali page furniture (see :mod:`clipper.furniture`).

Phrases of Bangladeshi and West Bengal news sites as they print them.  য়, ড় and ঢ় are written
both as one character and as a letter with a nukta (NFC gives the latter: they are
composition exclusions), so each is matched either way (:data:`YA`).
"""

from clipper.furniture import SHARE_NETWORKS, Table, credited, share_row

YA = "(?:\u09df|\u09af\u09bc)"  # য়
RRA = "(?:\u09dc|\u09a1\u09bc)"  # ড়

TABLE = Table(
    language="bn",
    # "সম্পাদনা: …" (editing), "সম্পাদিত" (edited), "সম্পাদক" (editor)
    byline_editors=("সম্পাদনা", "সম্পাদিত", "সম্পাদক"),
    byline_roles=(
        "প্রতিবেদক",
        "সংবাদদাতা",
        "সাংবাদিক",
    ),
    byline_staff=(
        "(?:নিজস্ব |বিশেষ )?(?:প্রতিবেদক|সংবাদদাতা)",
        "স্টাফ রিপোর্টার",
    ),
    # BBC Bangla's skip link, "go to the content"
    skip=(rf"(?:মূল )?বিষ{YA}বস্তুতে যান",),
    share=(
        rf"শে{YA}ার(?: করুন)?|লিংক কপি হ{YA}েছে|প্রিন্ট(?: করুন)?",
        # a share bar's label alone or its row ("WhatsApp-এ শেয়ার করুন | Facebook-এ শেয়ার
        # করুন": newcomer 38b F3)
        share_row(rf"(?:ফেসবুকে|টুইটারে|হো{YA}াটসঅ্যাপে|{SHARE_NETWORKS}[- ]?এ) শে{YA}ার করুন"
                  r"|লিংক কপি করুন"),
    ),
    paywall=(
        r"লগ ?ইন(?: করুন)?|সাইন ?ইন(?: করুন)?|নিবন্ধন করুন|সাবস্ক্রাইব করুন",
        # "এই প্রতিবেদনটি শুধু গ্রাহকদের জন্য।" (this report is for subscribers only)
        r"(?:এই )?(?:প্রতিবেদন|খবর|লেখা|নিবন্ধ)(?:টি)? (?:শুধু(?:মাত্র)? )?(?:গ্রাহক|সাবস্ক্রাইবার)"
        r"(?:দের)? জন্য.*",
    ),
    truncated=(
        r"(?:এই )?(?:প্রতিবেদন|খবর|লেখা|নিবন্ধ)(?:টি)? (?:শুধু(?:মাত্র)? )?(?:গ্রাহক|সাবস্ক্রাইবার)"
        r"(?:দের)? জন্য.*",
        # "পুরোটা পড়তে সাবস্ক্রাইব করুন" (subscribe to read it all)
        rf"(?:পুরোটা|পুরো (?:খবর|প্রতিবেদন|লেখা)(?:টি)?|বাকি অংশ) প{RRA}তে (?:সাবস্ক্রাইব|লগ ?ইন)"
        rf" করুন.*",
    ),
    ads=(r"বিজ্ঞাপন",),
    credits=(credited(r"ছবি|ফাইল ছবি|ফটো"),),
    notices=(
        # a prompt to follow the site on a messaging channel or Google News ("আমাদের
        # হোয়াটসঅ্যাপ চ্যানেল ফলো করুন", "গুগল নিউজ চ্যানেল ফলো করুন", "Google News-এ আমাদের
        # ফলো করুন": newcomer 38b F3)
        rf"(?:হো{YA}াটস ?অ্যাপ|টেলিগ্রাম|গুগল নিউজ|whatsapp|telegram|google news)"
        rf"(?: চ্যানেল| গ্রুপ)?(?:-?(?:ে|এ))? (?:\S+ ){{0,3}}?(?:ফলো করুন|যুক্ত হোন|জ{YA}েন করুন)",
    ),
    related=(
        r"আরও পড়ুন|আরো পড়ুন|আরও খবর|আরো খবর".replace("ড়", RRA),
        r"(?:সম্পর্কিত|সর্বশেষ) খবর|সর্বাধিক পঠিত|এই বিভাগের আরও খবর",
    ),
    consent_terms=(r"কুকিজ|কুকি", r"\bcookies?\b"),
    consent_weak=(rf"গোপনী{YA}তা", r"সম্মতি"),
    consent_context=(
        rf"আমরা|আমাদের|আপনার|ও{YA}েবসাইট",
        r"গ্রহণ|প্রত্যাখ্যান|সেটিংস",
    ),
    consent_buttons=(
        r"(?:সব )?গ্রহণ করুন|প্রত্যাখ্যান করুন|আমি সম্মত|ঠিক আছে|বন্ধ করুন",
        rf"(?:গোপনী{YA}তা|কুকি) নীতি",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"বুঝেছি|বুঝতে পেরেছি",
    ),
    # "প্রকাশ: ২৬ নভেম্বর ২০২৬", "প্রকাশিত"
    dateline=(r"প্রকাশ(?:িত)?",),
    # "হালনাগাদ" (brought up to date), Bangladesh's papers' word beside the loan "আপডেট"
    updated=(r"(?:আপডেট|হালনাগাদ)(?: করা হয়েছে)?".replace("য়", YA),),
    errors=(
        rf"(?:পৃষ্ঠা|পেজ)(?:টি)? (?:খুঁজে )?পাও{YA}া যা{YA}নি",
        # a soft 404's body sentence: the page sought, removed or moved
        rf"যে (?:পৃষ্ঠা|পেজ)(?:টি)? (?:খুঁজছেন|খোঁজ করছেন)|(?:সরি{YA}ে|মুছে) ফেলা হ{YA}েছে",
    ),
    rights=(r"সর্বস্বত্ব সংরক্ষিত|সব স্বত্ব সংরক্ষিত",),
    site_pages=(
        rf"গোপনী{YA}তা নীতি|ব্যবহারের শর্তাবলি|আমাদের সম্পর্কে|যোগাযোগ",
    ),
    source_labels=("সূত্র",),
    wall_calls=(
        r"(?:আজই )?(?:সাবস্ক্রাইব করুন|লগ ?ইন করুন)",
    ),
)
