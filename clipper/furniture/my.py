"""Burmese page furniture (see :mod:`clipper.furniture`).

Phrases of Myanmar's news sites in Unicode Burmese (the international broadcasters' Burmese
services, the exile and Yangon papers) as they print them: "ဆက်စပ်သတင်းများ" (related news),
"ဒါတွေလည်း ဖတ်ပါ" (read these too), "မျှဝေရန်" (to share), cookie notices ("ကွတ်ကီး"),
"ဓာတ်ပုံ - …" (a photo's credit, after a dash).  Burmese runs its words together, a space
between phrases or not: phrases allow one (`` ?``).  Zawgyi-encoded pages are not read as
Unicode Burmese at all.  Left out where no one form is settled: paywall wording (none meters).
"""

from clipper.furniture import Table, counted, credited

_NETWORKS = r"(?:ဖေ့စ်ဘွတ်ခ်|facebook|twitter|x|telegram|youtube|viber)"

TABLE = Table(
    language="my",
    byline_roles=("သတင်းထောက်", "အယ်ဒီတာ"),
    byline_staff=("(?:ကိုယ်ပိုင် ?)?သတင်းထောက်",),
    skip=(r"အဓိက ?အကြောင်းအရာ(?:သို့|ကို) ?ကျော်(?:သွား)?ရန်",),
    share=(
        rf"(?:{_NETWORKS} ?(?:တွင်|မှာ) ?)?(?:မျှဝေ(?:ရန်|ပါ|မည်)|ရှယ်(?:ရန်|ပါ))",
        r"လင့်ခ် ?ကူး(?:ယူ)?ရန်",
        # the comments' link with its count ("မှတ်ချက်များ (2)")
        counted(r"မှတ်ချက်(?:များ)?"),
    ),
    promo=(rf"{_NETWORKS} ?(?:တွင်|မှာ) ?(?:ဖော်လို|လိုက်လံ) ?(?:လုပ်|ကြည့်)?(?:ပါ|ရန်)",),
    paywall=(r"(?:အကောင့် ?)?(?:ဝင်|ဝင်ရောက်|ထွက်)ရန်|စာရင်း ?သွင်းရန်",),
    ads=(r"ကြော်ငြာ",),
    credits=(
        credited(r"ဓာတ်ပုံ|ဓာတ်ပုံ ?ရင်းမြစ်"),
        # "ဓာတ်ပုံ - AFP", and the broadcasters' "ဓာတ်ပုံ ရင်းမြစ်, Getty Images"
        credited(r"ဓာတ်ပုံ", r"\s*[-–—]\s*"),
        credited(r"ဓာတ်ပုံ ?ရင်းမြစ်", r"\s*[,၊]\s*"),
    ),
    related=(
        r"(?:ဒါ|ဒီ)(?:တွေ)?(?:လည်း| ?လည်း) ?ဖတ်(?:ရှု)?(?:ပါ|ကြည့်ပါ)|ဆက်လက် ?ဖတ်ရှုရန်"
        r"|လူ ?ဖတ် ?အများဆုံး",
        r"(?:ဆက်စပ်|နောက်ဆုံးရ|အခြား) ?သတင်း(?:များ|တွေ)?",
    ),
    consent_terms=(r"ကွတ်ကီး|ကွက်ကီး", r"\bcookies?\b"),
    consent_weak=(r"ကိုယ်ရေး ?အချက်အလက်", r"သဘောတူ ?ညီချက်|ခွင့်ပြုချက်"),
    consent_context=(r"ကျွန်ုပ်တို့|ဝက်ဘ် ?ဆိုက်|သင်၏|သင့်", r"လက်ခံ|ငြင်းပယ်|ဆက်တင်|နှိပ်"),
    consent_buttons=(
        r"(?:အားလုံး ?)?(?:လက်ခံ|ငြင်းပယ်)(?:မည်|သည်|ပါ)?|(?:ကွတ်ကီး ?)?ဆက်တင်(?:များ)?",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"နားလည်ပါပြီ|အိုကေ|ရပါပြီ",
    ),
    dateline=(r"ထုတ်ဝေ(?:သည့်|သည်|ခဲ့သည်)|ဖော်ပြ(?:သည့်|ခဲ့သည့်) ?ရက်",),
    updated=(r"နောက်ဆုံး ?ပြင်ဆင်|အပ်ဒိတ်",),
    errors=(
        r"စာမျက်နှာ ?(?:ကို )?ရှာ ?မတွေ့(?:ပါ)?|အမှား ?ဖြစ်",
        # a soft 404's body sentence: the page sought, removed or moved
        r"(?:သင် ?)?ရှာ(?:ဖွေ)?နေသော ?စာမျက်နှာ",
    ),
    rights=(r"မူပိုင်ခွင့် ?(?:အားလုံး ?)?(?:ရယူ|ထိန်းသိမ်း)ထားသည်",),
    site_pages=(r"ကိုယ်ရေး ?အချက်အလက် ?(?:မူဝါဒ|ဆိုင်ရာ ?မူဝါဒ)|ကျွန်ုပ်တို့ ?အကြောင်း|ဆက်သွယ်ရန်",),
    source_labels=("ရင်းမြစ်", "သတင်းရင်းမြစ်"),
)
