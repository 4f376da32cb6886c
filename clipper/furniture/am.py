"""Amharic page furniture (see :mod:`clipper.furniture`).

Phrases of Ethiopian Amharic news sites and the international broadcasters' Amharic services
as they print them: "ተጨማሪ ያንብቡ" / "ይህንንም ያንብቡ" (read also), "ተዛማጅ ዜናዎች" (related
stories), share lines, "follow us on Telegram" prompts, cookie notices ("ኩኪዎች").  Left out
where no one form is settled: paywall wording (Amharic sites do not meter).
"""

from clipper.furniture import Table, credited

_NETWORKS = r"(?:ፌስቡክ|ቴሌግራም|ትዊተር|ዩቲዩብ|ዋትስአፕ|ቲክቶክ|facebook|telegram|twitter|x|youtube|whatsapp)"

TABLE = Table(
    language="am",
    byline_roles=(
        "ሪፖርተር",
        "ጋዜጠኛ",
        "ዘጋቢ",
    ),
    # a reporter, a journalist, a correspondent (ዘጋቢ), with "by" (በ) joined to it ("በሪፖርተር
    # ዘጋቢ", by the Reporter's correspondent: newcomer 46, findings 2 and 3): no person
    byline_staff=(
        "በ?ሪፖርተር",
        "በ?ጋዜጠኛ",
        "በ?ዘጋቢ",
        "በ?(?:ሪፖርተር|የ\\w+) ዘጋቢ(?:ዎች)?",
    ),
    skip=(r"ወደ (?:ዋናው )?(?:ይዘት|ይዘቱ) (?:ይሂዱ|ይለፉ|ዝለል|ይዝለሉ)",),
    share=(
        rf"(?:ይህን (?:ዜና|ጽሑፍ) )?(?:ያጋሩ|አጋራ|አጋሩ)(?: በ?{_NETWORKS})?",
        rf"በ{_NETWORKS} (?:ያጋሩ|አጋራ|አጋሩ)",
        r"ሊንኩን ይቅዱ|ሊንክ ቅዳ|አትም",
    ),
    promo=(
        # "ቴሌግራም ላይ ይከተሉን", "የቴሌግራም ቻናላችንን ይቀላቀሉ", "በፌስቡክ ገጻችን ይከተሉን"
        rf"(?:በ|የ)?{_NETWORKS}(?: ላይ)?(?: (?:ገጻችን|ቻናላችን)(?:ን)?)? (?:ይከተሉን|ይቀላቀሉ)",
    ),
    paywall=(r"ይግቡ|ግባ|ይውጡ|ይመዝገቡ|መለያዬ",),
    ads=(
        r"ማስታወቂያ",
        # the line an ad slot leaves: "ዜናው ከማስታወቂያው በኋላ ይቀጥላል"
        r"(?:ዜናው|ጽሑፉ) ከማስታወቂያው (?:በኋላ|በታች) ይቀጥላል",
    ),
    credits=(
        credited(r"ፎቶ|ምስል|የፎቶው ባለቤት|የፎቶው ባለመብት"),
        # the broadcasters' "የፎቶው ባለመብት, Getty Images": a comma after the label
        credited(r"የፎቶው ባለመብት|የፎቶው ባለቤት", r"\s*[,፣]\s*"),
    ),
    related=(
        r"(?:ይህንንም|ይህንም|ተጨማሪ) ያንብቡ|በብዛት የተነበቡ",
        r"(?:ተዛማጅ|ተጨማሪ|ሌሎች) (?:ዜናዎች|ጽሑፎች|ርዕሶች)",
    ),
    consent_terms=(r"ኩኪዎች|ኩኪ", r"\bcookies?\b"),
    consent_weak=(r"ግላዊነት", r"ፈቃድ"),
    consent_context=(r"እንጠቀማለን|ድረ ?ገጻችን|የእርስዎ|ተሞክሮ", r"ይቀበሉ|ተቀበል|አልቀበልም|ቅንብሮች|ይጫኑ"),
    consent_buttons=(
        r"(?:ሁሉንም )?(?:ተቀበል|ይቀበሉ|እቀበላለሁ)|አልቀበልም|እሺ|ዝጋ",
        r"(?:የኩኪ )?ቅንብሮች|የግላዊነት ፖሊሲ",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"ገባኝ",
    ),
    # "የታተመበት" (published on), "ታትሟል" (was published)
    dateline=(r"የታተመ(?:በት)?|ታትሟል|የተለጠፈ(?:በት)?",),
    updated=(r"የተሻሻለ(?:በት)?|ተሻሽሏል",),
    errors=(
        r"ገጹ (?:አልተገኘም|አይገኝም)|ገጽ አልተገኘም|ስህተት",
        # a soft 404's body sentence: the page sought, removed or moved
        r"የሚፈልጉት ገጽ|(?:ተወግዶ|ተዛውሮ|ተሰርዞ) (?:ሊሆን|ይሆናል)",
    ),
    rights=(r"(?:መብቱ|ሁሉም መብቶች|መብቱ በሕግ) (?:በሕግ )?(?:የተጠበቀ|የተከበረ)(?: ነው)?",),
    site_pages=(r"የግላዊነት ፖሊሲ|ስለ እኛ|ያግኙን|የአጠቃቀም (?:ውሎች|ደንቦች)",),
    source_labels=("ምንጭ",),
)
