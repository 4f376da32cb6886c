"""English page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import (
    NETWORKS,
    SHARE_NETWORKS,
    Table,
    addressed,
    counted,
    credited,
    edited,
    newsroom,
    offer,
    paged,
    phoned,
    share_row,
    wall_buttons,
)

# A subscribers' story's badge beside its headline or byline ("Premium: …", "… | For
# subscribers"), a line of its own too.
_BADGES = (r"for subscribers|members only|premium",)

TABLE = Table(
    language="en",
    title_labels=(
        # "UPDATED: …", "BREAKING NEWS: …", "JUST IN: …", "LIVE: …", Reuters' "UPDATE 2-…"
        r"updated|update(?: \d{1,2})?|breaking(?: news)?|just in|live(?: updates?)?"
        r"|developing(?: story)?|urgent|news alert|flash",
    ),
    bylines=(
        "by",
        "author",
    ),
    byline_editors=("edited by", "editing by", r"editor\s*[:：]"),
    byline_roles=(
        "correspondents?",
        "reporters?",
        "writers?",
        "editors?",
        "columnists?",
        "contributors?",
        "journalists?",
        "critic",
        "bureau chief",
        # a desk's bureau after its writer's name ("Jane Smith Parliamentary Bureau")
        "bureau",
    ),
    byline_staff=(
        newsroom(r"newsroom|news desk|newsdesk|editorial (?:staff|team|desk)", r"the "),
        "staff",
        "(?:our |a )?staff (?:reporter|writer|correspondent|member)s?",
        "(?:from )?(?:our |a |special |own )?correspondents?",
        "(?:our |a )?reporters?",
        "(?:web|news|online|digital|city|metro|sports?|foreign|national) desk",
    ),
    skip=(
        r"skip (?:to|to the) (?:main )?(?:content|navigation|search|article|footer|menu)",
        r"jump to (?:main )?(?:content|navigation)",
        r"skip (?:navigation|nav|ad|advert|advertisement)",
    ),
    share=(
        addressed(r"source|url|link|article url|permalink|address"),
        counted(r"comments?"),
        # "Kindly share this story:" under every story of a Nigerian site (Punch, The Guardian,
        # The Nation; newcomer 51a)
        r"(?:(?:kindly|please) )?share (?:this|the) (?:article|story|news|page|post|video)"
        r"(?: on \w+)?",
        # a share bar's label alone or its row ("Share on WhatsApp | Share on Facebook | Share on
        # X | Copy link": Indian sites, newcomer 38b F3)
        share_row(rf"share (?:on|via|to) {SHARE_NETWORKS}|copy (?:the )?(?:article )?link"),
        r"(?:e-?mail|print) (?:this|the) (?:article|story|page)",
        r"link copied(?: to clipboard)?",
        r"share (?:this|the) (?:article|story)\W{0,3}(?:facebook|twitter|x|whatsapp|e-?mail"
        r"|linkedin|copy link|\s)*",
    ),
    promo=(
        # a channel offered: "Subscribe to our Telegram channel", "Join our WhatsApp channel for
        # the latest news" (newcomer 48a)
        rf"(?:subscribe to|join|follow) (?:our|the) (?:[\w.&'’-]+ ){{0,3}}?{NETWORKS} "
        r"(?:channel|group|community|page)(?: (?:here|now|for [\w ]{1,30}))?",
        # "Sign up for the Herald's morning briefing", the site's own newsletter under any name
        r"(?:sign up|subscribe|register) (?:for|to) (?:(?:our|the) )?(?:[\w.&-]{1,30}['’]s )?"
        r"(?:[\w-]+ ){0,3}(?:newsletters?|briefings?|bulletins?|digests?)"
        r"(?: (?:here|now|today|for free))?",
        # "Follow us on: Facebook | Twitter | WhatsApp" (a colon: an Indian text dump's last
        # line, newcomer 38b F3)
        rf"follow (?:us|[\w .&\'’-]{{1,40}}?) on:? {NETWORKS}(?: (?:for|to get) [\w "
        rf",\'’-]{{1,40}}|,? and (?:get|receive|stay)[\w ,\'’-]{{1,60}})?",
        r"(?:sign up|subscribe) (?:for|to) (?:our|the|a) (?:free )?(?:[\w\'’-]+ ){0,3}newsletters?"
        r"(?: (?:here|now|today|for free))?",
        r"get [\w ,\'’-]{1,50}?(?:delivered |sent )?(?:straight |directly )?(?:to|in) your inbox",
        # a subscription pitch between paragraphs ("Subscribe for unlimited digital access.
        # Try one month for $1!": suntimes.com, newcomer 16)
        r"subscribe (?:now |today )?for (?:unlimited|full)(?: digital)? access.*",
        r"try (?:(?:one|1|two|2|three|3) )?(?:months?|weeks?)(?: of [\w ]{1,30})? for (?:just "
        r"|only )?\$\d+(?:\.\d\d)?.*",
        # a weather widget's line ("Your weather is set to . You can change the location at any
        # time.": pennlive.com)
        r"your weather is set to.*|you can change the location at any time",
        # the app or the newsletter offered under the text ("Download our app", "Get the
        # Harbour Post app", "Get our newsletter in your inbox": newcomer 39b, finding 2)
        r"(?:download|get|install) (?:the |our )(?:free )?(?:[\w.&'’-]+ ){0,3}app"
        r"(?: (?:for|on) [\w ]{1,20}?)?(?: (?:here|now|today|for free))?",
        r"(?:get|receive) (?:our|the) (?:free )?(?:[\w'’-]+ ){0,3}newsletters?"
        r"(?: (?:in|to) your inbox| by e-?mail| every (?:day|morning|week))?",
        # the site's telephone lines under every story ("Connect With Us : 0242202447 |
        # 0551484843", Daily Graphic; newcomer 51a)
        phoned(
            r"connect with us|contact us|call us|reach us|call|whatsapp|hotline|tel(?:ephone)?"
            r"|phone|mobile"
        ),
    ),
    paywall=(
        # with a price only: newspaper4k's reference texts keep "Subscribe Now!" and "Sign up
        # now" lines (5 pages; as furniture, its flattened pages' recall fell 0.832 -> 0.831)
        offer(r"subscribe|sign up|start your (?:free )?trial", r"now|today", alone=False),
        r"(?:subscribe|sign up|register|log ?in|sign in)(?: now| today| for free)? to (?:continue"
        r" reading|keep reading|read (?:the full|this|more|on)|unlock|get (?:full|unlimited)"
        r" access|access).*",
        r"this (?:article|story|content|page) is (?:only )?(?:available|reserved|exclusive|free)"
        r" (?:to|for) (?:subscribers|members|registered users|premium \w+).*",
        r"already (?:a subscriber|a member|subscribed|have an account|registered)\s*\??.*",
        r"you(?: have|'ve) (?:read|used) (?:\d+|all|your) (?:of (?:your )?\d+ )?free"
        r" (?:articles|stories).*",
        r"create (?:a |your )?(?:free )?account to (?:continue|read|keep).*",
        r"(?:log ?in|sign in) or (?:create an? (?:free )?account|register|sign up) to (?:continue"
        r"|read|keep).*",
        r"(?:unlock|get) (?:full|unlimited|digital) access.*",
        # a subscription pitch naming the paper ("Subscribe to the Larkfield Gazette for
        # unlimited access to local news, sport and what's on": a page of nothing else but it,
        # a cookie notice, a menu and a footer was stored as a 20-word brief, session 35's
        # row 49; the promo phrase without the paper's name is a text dump's)
        r"subscribe (?:now |today )?(?:to [\w .&\'’-]{1,40}? )?for (?:unlimited|full)"
        r"(?: digital)? access\b.*",
        *_BADGES,
        r"(?:start|get) your (?:free )?trial.*",
        # a journalism pitch under the article ("Enjoying our latest content? / Access the most
        # recent journalism from Nature's award-winning team / Explore the latest features &
        # opinion covering groundbreaking research": nature.com, newcomer 16): no sentence
        r"enjoying (?:our|this) (?:latest )?(?:content|journalism|articles?|reporting|coverage)\?",
        r"access (?:the most recent|the latest|all (?:of )?our|unlimited) (?:journalism"
        r"|articles|stories|reporting|content)\b[^.!?]*",
        r"explore the latest (?:features|news|stories|research|content)\b[^.!?]*",
        r"my account|manage (?:my )?account|log ?out|sign out|my profile",
        # a registration wall's buttons ("Create account | Subscribe | Log in": newcomer 31)
        wall_buttons(
            r"create (?:an? |your )?(?:free )?account|log ?in|sign ?in|sign up|register",
            r"subscribe(?: now)?|e-edition|my account",
        ),
    ),
    badges=_BADGES,
    truncated=(
        # a prompt that the page stops here for a reader who does not subscribe or sign in
        # ("Subscribe to continue reading", "This article is for subscribers only"; newcomer
        # 17): cut like the paywall's other lines, and the mark of a reading cut short
        r"(?:subscribe|sign up|register|log ?in|sign in)(?: now| today| for free)? to (?:continue"
        r" reading|keep reading|read (?:the full|the rest|on)\b).*",
        r"this (?:article|story|content) is (?:only )?(?:available |reserved |exclusive )?"
        r"(?:to|for) (?:subscribers|members|premium \w+)\b.*",
        # a wall's label ("Subscriber-only content", "Subscribers only"): kept before the
        # statement, or cut without the page marked partial (newcomer 41)
        r"subscribers?[- ]only(?: (?:content|article|story))?|(?:(?:content|article|story) )?"
        r"(?:for subscribers only|exclusive to subscribers)",
        r"(?:you have|you've) reached (?:your|the) (?:\w+ )?(?:limit|free article limit).*",
        r"(?:to continue|continue) reading,? (?:please )?(?:subscribe|log in|sign in|register).*",
        # a registration wall's prompt ("Create a free account to keep reading", "Register for
        # free to read this article", "Log in or create an account to continue": newcomer 31)
        r"(?:create|open) (?:an? |your )?(?:free )?account(?: or (?:subscribe|log ?in|sign in"
        r"|sign up))?(?: for free)? to (?:continue|keep reading|read|finish)\b.*",
        r"(?:register|sign up|log ?in|sign in)(?: now| today)?(?: for free| free| for a free"
        r" account)? to (?:continue reading|keep reading|read (?:this|the|more|on)\b).*",
        r"(?:log ?in|sign in) or (?:create an? (?:free )?account|register|sign up) to (?:continue"
        r"|read|keep)\b.*",
        r"(?:you have|you've|there (?:is|are)) \d+(?:[.,]\d+)?\s?% (?:of (?:this|the) (?:article"
        r"|story) )?(?:left|remaining) to read.*",
        r"the rest of (?:this|the) (?:article|story) is (?:only )?(?:available |reserved "
        r"|exclusive )?(?:to|for) (?:subscribers|members|premium \w+).*",
    ),
    ads=(
        r"this advertisement has not loaded yet.*|article content|advertisement feature",
        # a paid classified line a site runs under its stories ("TEXT AD: Call Willie -
        # +234…", Premium Times; newcomer 51a)
        r"(?:text|classified|sponsored) ad(?:vert(?:isement)?)?s?\s*[:|–—-].*",
    ),
    credits=(
        credited(
            r"(?:(?:main|top|lead|header|feature|cover) )?(?:photo(?:graph)?|image|picture"
            r"|illustration)s?(?: credits?)?|credits?|(?:ap|afp|epa|upi) photo"
        ),
        credited(
            r"(?:photo(?:graph)?|image|picture)s? (?:by|courtesy(?: of)?|via)|courtesy(?: of)?",
            r"\s+",
        ),
    ),
    labels=(
        r"article",
    ),
    reading_time=(
        r"read(?:ing)? time",
        r"(?<=min )read|(?<=mins )read|(?<=minute )read|(?<=minutes )read",
    ),
    notices=(
        # an agency's or a site's pointer to its editorial standards under every report ("Our
        # Standards: The Thomson Reuters Trust Principles.": every Reuters page; newcomer 51a)
        r"^\W{0,3}(?:our|editorial) (?:standards|principles|policy|guidelines)\s*:"
        r"|\btrust principles\.?$",
        # a comment section's disclaimer ("DISCLAIMER: The Views, Comments, Opinions,
        # Contributions and Statements made by Readers and Contributors on this platform do
        # not necessarily represent the views or policy of …": myjoyonline; newcomer 51a),
        # naming the readers or their comments: an editorial disclaimer ("Disclaimer: The views
        # and investment tips expressed by investment experts on … are their own", which the
        # Zyte set's reference text keeps) stays
        r"^\W{0,3}disclaimer\s*:[^\n]{0,80}?\b(?:readers?|comments|commenters)\b"
        r"|\bcomments (?:are|remain) the (?:sole )?responsibility of\b"
        r"|\bviews expressed (?:by|in) (?:readers|the comments|contributors|comments)\b",
        # a page's trailer asking the reader to keep following the site for the latest news
        # ("Stay tuned for the latest updates", "Keep following this page for more")
        r"^\W{0,3}(?:stay tuned|keep following|continue following|keep checking|check back)\b"
        r"[^\n]{0,60}?\b(?:updates?|latest|more|developments|this (?:page|story|space))\b",
        # a newsletter's unsubscribe line under its article (an .eml's footer)
        r"\bclick here to unsubscribe\b|\bto unsubscribe(?: from (?:this|our"
        r"|these) (?:newsletter|list|e-?mails?|mailing list))?,? (?:click|follow|visit|use)\b"
        r"|^unsubscribe\b",
        r"\byou(?: are|'re) using (?:a|an) (?:browser|outdated|old|unsupported)\b",
        # a newsletter form's consent under the text ("By providing an email address. I agree
        # to the Terms of Use and acknowledge that I have read the Privacy Policy.": newcomer 47b)
        r"^\W{0,3}by providing (?:an|your) e-?mail address\b"
        r"|\bi agree to the terms of use and acknowledge that i have read the privacy policy\b",
        r"\bbrowser version with limited support\b|\b(?:update|upgrade) your browser\b"
        r"|\bmore up to date browser\b|\byour browser (?:is|does not|doesn't|may not)\b"
        # the notice's second half, where a page's text breaks it after "(or turn off
        # compatibility mode in Internet Explorer)." (nature.com)
        r"|\bdisplaying the site without styles and javascript\b"
        # and its first half, where the text breaks it before "and JavaScript." (nature.com)
        r"|\bin the meantime, to ensure continued support, we are displaying the site without"
        r" styles\b|^and javascript\.$",
        r"\byour subscription is (?:being )?used on (?:another|other) device",
        # a gift-article prompt ("Send any friend a story", "You have 10 gift articles to give
        # each month": trafilatura#160's share block between the headline and the body)
        r"^(?:[-–•] )?(?:send any friend a story|gift (?:this )?article)\b"
        r"|\b(?:you have|subscribers (?:have|get)) \d+ gift articles?\b|\bgift articles? to give\b",
        r"^(?:please )?support (?:us|our (?:journalism|work|reporting)|independent journalism"
        r"|quality journalism)\b|\bdonate (?:now|today|to us)\b",
        r"\b(?:follow|join) (?:us|[\w .&'’-]{1,40}?) on (?:whatsapp|telegram|google news)\b"
        r"|\bour (?:whatsapp|telegram) channel\b",
        # the site's own newsletter: "…sign up for our daily newsletter, Posted, here."
        r"\b(?:sign up|subscribe) (?:for|to) our (?:[\w'’-]+ ){0,3}newsletters?\b",
        # a box's promotion bullets ("- Today’s news: Follow live updates from the campaign
        # trail", "- We want to hear from you: Are you…": AP News, newcomer 16), at the start of
        # a paragraph, after a label of a few words or not
        r"^(?:[-–•] )?(?:[\w’'.]+(?: [\w’'.]+){0,3}: )?(?:follow (?:our )?live (?:updates"
        r"|coverage)|we want to hear from you)\b",
        # a prompt to follow a topic or an author (a site's feature, not the article's)
        r"^(?:[-–•] )?(?:click to |tap to )?follow (?:this|the) (?:topic|author|writer|columnist"
        r"|reporter|category|tag|section|series)\b(?![’'])|^(?:[-–•] )?get (?:e-?mail )?(?:alerts"
        r"|notifications) (?:on|for|about) (?:this|the) (?:topic|author|writer|columnist|story)\b",
        # an article's rating box under the text ("Did you enjoy this article?", "Was this
        # article helpful?", "Average rating: 4.2")
        r"^(?:[-–•] )?(?:did you (?:like|enjoy)|how would you rate) this (?:article|story)\?"
        r"|^(?:[-–•] )?was this (?:article|story) (?:helpful|useful)\?|^(?:[-–•] )?average"
        r" rating:? ?\d",
        # a prompt to the reader under the text: send the newsroom a story or a tip, report an
        # error, read more of the site's news ("Got a story? Get in touch with our news team by
        # emailing us at …", "Do you have a story to tell? Email: …", "Have a tip? …", "Spotted
        # an error?", "For more stories like this, check our news page.")
        r"^(?:[-–•] )?(?:have|got|do you have|have you got) an? (?:news |story )?(?:story|tip)\b"
        r"[^\n?]{0,40}\?|\bget in touch with (?:our|the) (?:news ?(?:team|desk)|newsroom)\b"
        r"|\bget in touch (?:at|by emailing(?: us at)?|by e-?mail at) [\w.+-]+@"
        r"|^(?:[-–•] )?(?:spotted|found|see) an? (?:error|mistake|typo)\b[^\n?]{0,30}\?"
        r"|^(?:[-–•] )?for more (?:stories|news|articles) like this\b",
        # an embed's placeholder: the site asks before it loads a third party's post, video or
        # graphic ("View this post on Instagram", "This content is imported from YouTube. You
        # may be able to find the same content in another format…", "To view this content,
        # please accept cookies")
        r"^view this (?:post|video|profile) on (?:instagram|tiktok|facebook|x|twitter|threads"
        r"|youtube)$|^a post shared by\b|\bthis content is imported from [\w .+-]{1,40}\."
        r"|^(?:external|embedded|third[- ]party) content$|\bwe need your (?:consent|permission)"
        r" to (?:load|show|display)\b|^to (?:view|see|display|watch|load) this (?:content|video"
        r"|post|tweet|embed|graphic|map)\b[^\n]{0,80}\b(?:enable|accept|allow|consent|click)",
    ),
    related=(
        r"read (?:also|more|next)|also read|see also|related(?: (?:content|stories|articles"
        r"|posts?|coverage|links|news|reading|video|videos|topics))?",
        r"latest(?: news| stories| videos)?|more (?:from|on|in|about) .{1,40}|more on this"
        r"(?: story| topic)?|more (?:stories|news|videos)",
        r"most (?:read|popular|viewed|shared)(?: .{1,40})?|recommended(?: (?:for you|stories"
        r"|video|reading))?|you (?:may|might) also like|don'?t miss",
        # "Trending On Reuters", "More trending stories", "What's trending now", "Top Trending
        # Videos"
        r"(?:more |top |related |what'?s )?trending(?: now)?(?: (?:on|at) .{1,30}| stories"
        r"| topics| videos| articles| news)?",
        r"top stories|editor'?s picks|what to read next|recommended video|now playing"
        r"|just watched|up next|more to explore|read more about",
    ),
    consent_terms=(
        r"\bcookies?\b",
        # the IAB Transparency & Consent Framework's standard text, the same on every site
        # using it ("We and our partners store and/or access information on a device…",
        # "With your permission we and our partners may use … device scanning": newcomer 20)
        r"\bwe and our (?:\d+ )?(?:partners|vendors)\b[^.]{0,160}\b(?:information|data)\b"
        r"[^.]{0,120}\bdevices?\b",
    ),
    # the Framework's purpose as its consent tools name it in their purposes lists (newcomer
    # 32: a French list stayed as an article)
    consent_purposes=(
        r"\bstore and/or access information on a device\b",
    ),
    consent_weak=(
        r"\bprivacy\b", r"\bpersonal data\b", r"\bconsent\b", r"\btracking\b",
        # a "pay or okay" wall: the site with personalised ads, or an ad-free subscription
        r"\bad-?free\b", r"\bpersonali[sz]ed (?:ads|advertising)\b",
    ),
    consent_context=(
        r"\b(?:we|we'?d|we’d|our|us|this (?:web)?site|you|your)\b",
        r"\b(?:accept|reject|allow|decline|manage|settings|preferences|by clicking"
        r"|by continuing|agree)\b",
    ),
    consent_buttons=(
        r"(?:accept|reject|decline|allow|refuse)(?: all)?(?: \w+)?(?: cookies)?",
        r"(?:agree|accept)(?: and| &) (?:close|continue|proceed)|agree",
        r"i (?:agree|accept|understand|decline)|got it|ok(?:ay)?|continue|close|dismiss",
        # two labels in one button ("OK, got it", "Yes, I agree", "Got it, thanks")
        r"(?:ok(?:ay)?|yes),? (?:got it|i (?:agree|accept|understand)|thanks)|got it,? thanks",
        r"(?:find out|tell me|show me) more|find out more about (?:cookies|how we use cookies)",
        r"(?:manage|customi[sz]e|change|set) (?:my )?(?:options|preferences|settings|choices"
        r"|cookies)",
        r"more options|(?:cookie |privacy )?settings|learn more|more info(?:rmation)?",
        r"(?:privacy|cookie) (?:policy|notice|statement)|hide (?:this )?message",
        r"save (?:and exit|(?:my )?preferences|settings|(?:my )?choices)|confirm (?:my )?choices",
        r"(?:necessary|essential) (?:cookies )?only|only (?:necessary|essential)(?: cookies)?",
        r"no,? thanks|yes,? i'?m happy",
        # a "pay or okay" wall's choices, and its heading offering both (session 34: a dump's
        # "Subscribe or continue with ads" was taken as its headline, the wall kept as text)
        r"(?:continue|read|browse|accept) with (?:ads|adverts|advertising)(?: and tracking)?",
        r"subscribe(?: now)?|(?:read|go|continue) ad-?free(?: with \w+)?",
        r"(?:subscribe|pay|go ad-?free) or (?:continue|read|browse|accept) with (?:ads|adverts"
        r"|advertising)(?: and tracking)?",
    ),
    consent_pay=(
        r"\bad-?free\b",
        r"\bwithout (?:ads|adverts|advertising|ad tracking)\b",
        r"\bcontentpass\b",
    ),
    author_box=(
        r"about the (?:author|writer|reporter)",
    ),
    tools=(
        paged(r"page|photo|image|picture|slide", r"of"),
        r"[«‹<]?\s*(?:next|previous|prev\.?) (?:page|photo|image|slide)\s*[»›>]?",
        r"(?:view|open|see|launch) (?:the )?(?:photo )?gallery|\d+ (?:photos|images)",
        r"(?:show|view|load|hide|see) (?:all |more )?(?:\d+ )?comments|(?:jump|skip|go) to "
        r"comments|leave a comment|add a comment|post a comment|reply",
        # a comment section's heading alone, no count ("Comments": the counted form is
        # ``share``'s)
        r"comments|comment section",
        r"listen to (?:this|the) (?:article|story)|printer[- ]friendly(?: version)?|print version",
    ),
    dateline=(
        r"\b(?:first )?(?:published|posted)\b",
        # New Vision's "Added 6th December 2026 04:30 PM" (newcomer 46, finding 4: its time was
        # lost): "added" only before a whole date, else a sentence's verb ("he added")
        r"\badded(?=:?\s+(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]+\.?,?\s+\d{4}\b)",
    ),
    updated=(r"(?:last )?(?:updated|modified)(?: on| at)?",),
    more_links=(
        # capitalised as a link's label: "We may never know the full story." is a sentence
        r"\s(?-i:(?:Read (?:the )?)?Full (?:Article|Story))",
        r"[.!?…][\"”’)]?\s+(?:learn more|read more|continue reading)",
    ),
    errors=(
        # a site closed to a reader's country or region (a US site's GDPR block: "451:
        # Unavailable due to legal reasons … access cannot be granted at this time"; a video
        # or page "not available in your country": newcomer 31's F-T)
        r"\bunavailable (?:due to|for) legal reasons\b|\baccess cannot be granted\b"
        r"|\b(?:is |are )?(?:not|no longer) (?:available|accessible) (?:in|from) your (?:country"
        r"|region|location|area)\b|\b(?:attempting|trying) to access (?:this|our) (?:web ?site|site"
        r"|page|content) from (?:a country|a region|your location|outside)\b",
        r"\bnot found\b|\b(?:cannot|can['’]t|could not|couldn['’]t) be (?:found|displayed"
        r"|reached)\b"
        r"|\b(?:can['’]t|cannot|could not|couldn['’]t) find (?:the|that|this) page\b",
        r"\b(?:page|file|article|story|content|resource|video) (?:is |has )?(?:(?:no longer"
        r"|not|temporarily) (?:available|accessible)|(?:temporarily )?unavailable|expired)\b",
        # a wire story taken down after its licence ran out ("This content is no longer
        # available", "The article you requested has expired": newcomer 20)
        r"\bhas expired\b|\b(?:is|are|were|was|been) removed from (?:our|this|the) (?:web ?site"
        r"|site|archive)\b|\bavailable on (?:our|this) (?:web ?site|site) for a limited time\b",
        r"\b(?:does not|doesn['’]t|no longer) exists?\b|\bhas been (?:removed|deleted)\b"
        r"|\b(?:may|might) have been (?:moved|removed|deleted|renamed)\b|\bnever existed\b"
        r"|\bthe page you(?: are|['’]re| were) looking for\b",
        r"\bforbidden\b|\baccess (?:denied|forbidden|restricted)\b|\bpermission denied\b"
        r"|\bunauthori[sz]ed\b",
        r"\berror\b|\bbad (?:request|gateway)\b|\bservice (?:temporarily )?unavailable\b"
        r"|\bgateway time-?out\b|\btoo many requests\b",
        r"\bmoved (?:permanently|temporarily)\b|\b(?:page|document"
        r"|article) has (?:been )?moved\b|\bredirect(?:ing|ed)?\b",
        r"\b(?:enable|turn on|activate|allow) (?:javascript|js|cookies)\b"
        r"|\bjavascript (?:is )?(?:required|disabled|needed|must be enabled)\b",
        r"\bcaptcha\b|\b(?:are you|not) a robot\b"
        r"|\bverify(?:ing)? (?:that )?you are (?:a )?human\b|\bchecking (?:your browser"
        r"|if the site connection)\b|\bjust a moment\b|\battention required\b"
        r"|\bneeds to review the security of your connection\b"
        r"|\bunusual traffic\b|\bad ?blocker\b",
        r"\b(?:under|down for) (?:maintenance|construction)\b|\bcoming soon\b"
        r"|\bplease wait\b|^\W*loading\W*$|\bdomain (?:is )?for sale\b|\bindex of /"
        r"|\bwelcome to nginx\b|^\W*it works\W*$|\bdefault (?:web )?page\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bnothing (?:was |could be )?found (?:at|in) this location\b"
        r"|\bthe link you (?:followed|clicked) (?:may be|is|might be|was) (?:broken|outdated"
        r"|incorrect)\b|\bthe (?:page|article|story|content) you (?:requested|tried to (?:reach"
        r"|access|open)|have requested)\b",
        # an expired or withdrawn story's notice, at the story's own address with HTTP 200 (a
        # local site taking an agency's story down when its licence ends: newcomer 20)
        r"\b(?:content|article|story|page|video|item) (?:is )?(?:currently |temporarily )?"
        r"unavailable\b|\b(?:content|article|story|page|link|video) (?:you (?:requested|are"
        r" looking for|were looking for) )?(?:has )?expired\b|\b(?:removed|withdrawn|taken"
        r" down) (?:by the publisher|from (?:our|this) (?:web ?)?site)\b|\b(?:stories|articles"
        r"|content) (?:are|is) (?:only )?(?:available|kept) (?:on (?:our|this) (?:web ?)?site )?"
        r"for (?:a limited time|\d+ days)\b",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"\b(?:servers?|site|website|service|system)s? (?:is|are) (?:currently |temporarily "
        r"|very |too )?(?:busy|overloaded|over ?capacity)\b|\bexperiencing (?:unusually |very "
        r"|extremely )?(?:high|heavy) (?:demand|traffic|load|volumes?)\b|(?:^|\bplease,? "
        r"|\bkindly )(?:try again|retry) (?:later|shortly|in a (?:few|couple of) (?:minutes"
        r"|moments|seconds)|in a moment)\b|\brate[- ]limit(?:ed|ing)?\b",
    ),
    error_help=(
        r"\b(?:return|go|head|get) (?:back )?to (?:our|the) (?:home ?page|front page)\b"
        r"|\b(?:use|try) (?:the|our) (?:site )?search\b|\btry searching\b|\bsearch box\b"
        r"|\bcheck the (?:url|address|link)\b",
    ),
    rights=(r"all rights (?:are )?reserved",),
    sign_offs=(
        # a CMS's editor line under every story (newcomer 48b)
        edited(r"editor|edited by|editing by"),
        # an Indian agency's desk line ending its report: PTI's "PTI ABC KVK RT" (the agency,
        # then one to four desks' initials, 2-4 capitals each) and IANS's "--IANS" (over its
        # desk's "sk/rad", the Spanish table's); the same under every report and kept by
        # every republication that does not cut it (newcomer 38b, finding F4).  Whole line,
        # case-sensitive: "PTI said RT services resume" is a sentence and stays
        r"PTI(?: \p{Lu}{2,4}){1,4}",
        r"-{1,2} ?IANS",
    ),
    site_pages=(
        r"privacy(?: (?:policy|notice|statement|center|centre|settings))?",
        r"cookies?(?: (?:policy|notice|statement|settings))?",
        r"terms (?:of (?:use|service)|(?:and|&) conditions)|terms(?: and|,) privacy",
        r"legal (?:notice|information|terms)|disclaimer|imprint",
        r"about(?: us)?|who we are|contact(?: us)?|get in touch",
        r"accessibility(?: statement)?|advertise(?: with us)?",
        r"(?:ethics|corrections|editorial|comments?) policy|code of (?:ethics|conduct)",
        r"do not sell(?: or share)? my personal information|your privacy choices",
    ),
    source_labels=("Source",),
    wall_calls=(
        r"(?:(?:please|now|today),? )?(?:subscribe|sign up|sign in|log ?in|register|create (?:an?"
        r" |your )?(?:free )?account|become a (?:subscriber|member)|already (?:a subscriber|a"
        r" member|subscribed|have an account|registered)|start your (?:free )?trial|get (?:full"
        r"|unlimited) access)(?![\w-])",
    ),
    tag_labels=(
        r"tags",
        r"tagged(?: with| in| as)?",
        r"filed under",
        r"keywords",
        # "Tags / Keywords:" (Malaysian sites: newcomer 47b)
        r"tags\s*/\s*keywords",
    ),
)
