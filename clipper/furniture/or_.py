"""Odia page furniture (see :mod:`clipper.furniture`).

Phrases of Odisha's news sites (Sambad, Dharitri, Prameya and the channels' sites) as they print
them: "ଆହୁରି ପଢନ୍ତୁ" (read more), "ଏହା ମଧ୍ୟ ପଢନ୍ତୁ" (read this too), "ସମ୍ବନ୍ଧିତ ଖବର" (related
news), "ସେୟାର କରନ୍ତୁ" (share), cookie notices ("କୁକିଜ୍").  "ପଢ଼" is written with its nukta
(NFC: the letter and U+0B3C) or without.  Left out where no one form is settled: paywall
wording (Odia sites do not meter).
"""

from clipper.furniture import Table, credited

# read (imperative): ପଢନ୍ତୁ, ପଢ଼ନ୍ତୁ
_READ = "ପଢ\u0b3c?ନ୍ତୁ"
_NETWORKS = r"(?:ଫେସବୁକ|ଟ୍ୱିଟର|ହ୍ୱାଟସଆପ|facebook|twitter|x|whatsapp)"

TABLE = Table(
    language="or",
    byline_roles=("ସମ୍ବାଦଦାତା", "ସାମ୍ବାଦିକ"),
    byline_staff=("(?:ନିଜସ୍ୱ |ନିଜସ୍ବ )?ସମ୍ବାଦଦାତା",),
    skip=(r"ମୁଖ୍ୟ (?:ବିଷୟବସ୍ତୁ|ସାମଗ୍ରୀ)କୁ (?:ଯାଆନ୍ତୁ|ଯାନ୍ତୁ)",),
    share=(
        rf"(?:{_NETWORKS}ରେ )?(?:ସେୟାର|ସେଆର) କରନ୍ତୁ",
        r"ଲିଙ୍କ କପି କରନ୍ତୁ",
    ),
    promo=(rf"(?:ଆମକୁ )?{_NETWORKS}ରେ ଫଲୋ କରନ୍ତୁ",),
    paywall=(r"ଲଗଇନ|ଲଗ୍ ଇନ୍|ଲଗଆଉଟ|ଲଗ୍ ଆଉଟ୍|ପଞ୍ଜୀକରଣ କରନ୍ତୁ",),
    ads=(r"ବିଜ୍ଞାପନ",),
    credits=(credited(r"ଫଟୋ|ଚିତ୍ର"),),
    related=(
        rf"(?:ଆହୁରି|ଅଧିକ|ଏହା ମଧ୍ୟ|ଏହାବି) {_READ}",
        r"(?:ସମ୍ବନ୍ଧିତ|ଅଧିକ|ତାଜା) (?:ଖବର|ସମ୍ବାଦ)|ସର୍ବାଧିକ ପଠିତ",
    ),
    consent_terms=(r"କୁକିଜ୍|କୁକିଜ|କୁକି", r"\bcookies?\b"),
    consent_weak=(r"ଗୋପନୀୟତା", r"ସମ୍ମତି"),
    consent_context=(r"ଆମେ|ଆମର ୱେବସାଇଟ|ଆପଣଙ୍କ", r"ଗ୍ରହଣ|ପ୍ରତ୍ୟାଖ୍ୟାନ|ସେଟିଂସ|କ୍ଲିକ"),
    consent_buttons=(
        r"(?:ସବୁ )?(?:ଗ୍ରହଣ|ପ୍ରତ୍ୟାଖ୍ୟାନ) କରନ୍ତୁ|(?:କୁକି )?ସେଟିଂସ",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"ବୁଝିଲି|ଠିକ୍ ଅଛି|ଠିକ ଅଛି",
    ),
    dateline=(r"ପ୍ରକାଶିତ",),
    updated=(r"ଅପଡେଟ",),
    errors=(
        r"ପୃଷ୍ଠା ମିଳିଲା ନାହିଁ|ପେଜ୍ ମିଳିଲା ନାହିଁ|ତ୍ରୁଟି",
        # a soft 404's body sentence: the page sought, removed or moved
        r"ଆପଣ ଖୋଜୁଥିବା (?:ପୃଷ୍ଠା|ପେଜ୍)|ହଟାଯାଇଥାଇପାରେ",
    ),
    rights=(r"ସର୍ବସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ|ସର୍ବସ୍ବତ୍ବ ସଂରକ୍ଷିତ",),
    site_pages=(r"ଗୋପନୀୟତା ନୀତି|ଆମ ବିଷୟରେ|ଯୋଗାଯୋଗ",),
    source_labels=("ସୂତ୍ର",),
)
