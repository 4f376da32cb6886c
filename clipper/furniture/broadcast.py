"""A broadcast transcript's furniture in many languages: sound cues, station idents, speaker
roles and the anchor's topic transitions (:mod:`clipper.read.transcripts` reads them).

One :class:`Words` per language, regular-expression fragments matched case-insensitively:

- ``breaks``: a sound cue that marks a bulletin's seams, standing alone in brackets ("[Music]",
  "[Jingle]", "[Musique]", "[Générique]", "[Musik]", "[Música]", "♪"): the programme moves on;
- ``noises``: a sound cue inside a story ("(Applause)", "(Applaudissements)", "[Laughter]",
  "(Rires)", "[inaudible]"), dropped wherever it stands, even inside a sentence;
- ``idents``: what opens a station's ident, a presenter's greeting or sign-off, a sentence
  that is no news ("You're listening to BBC World Service", "Vous écoutez RFI", "Stay with
  us", "Bonjour à tous, voici les titres", "Sie hören", "Muy buenos días.", "Son las ocho de
  la mañana", "Hasta aquí el informativo", "Você ouve…", "Até a próxima"); one ending in a
  comma is a greeting ("Bonsoir,", "Buenas tardes,"), an ident only with nothing or another
  ident after it ("Buenas tardes, usted escucha…"; "Bonsoir, le gouvernement…" is news);
- ``anchors``: the roles of who reads a bulletin's items, its anchors or presenters
  ("ANCHOR:", "PRÉSENTATRICE :", "LOCUTORA:", "APRESENTADOR:", "MODERATORIN:", "المذيع:"):
  a bulletin may have several, alternating, and each of their turns may open an item;
- ``roles``: the other speaker labels a transcript names by role ("REPORTER:", "JOURNALISTE
  :", "CORRESPONSAL:", "Gast:"), before a colon (in a script with capital letters a label in
  capitals is a speaker whatever it says): their turns go on with the anchor's item;
- ``transitions``: what opens the anchor's move to the next story ("In other news", "Turning
  to", "Dans l'actualité nationale", "Football enfin", "Zum Sport"), at a turn's start;
- ``places``: the prepositions of a place opener, the anchor's "Au Cameroun, …", "In Kenya, …",
  "En Bolivia, …": the preposition, capitalised words, a comma within four words.

Languages: every one of :mod:`clipper.furniture`'s tables (45), cues, anchors and roles for
each; idents, transitions and place openers where written (README, Known limits, names the
languages without; sign-offs and time checks in Spanish, Portuguese, French, English, German,
Italian and Catalan); a language without them still has its timestamps, bracketed cues,
speakers in capitals, jingles and gaps read.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """One language's broadcast furniture (see the module docstring)."""

    breaks: tuple[str, ...] = ()
    noises: tuple[str, ...] = ()
    idents: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    transitions: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


# Cues and roles every language's transcripts borrow (jingle, intro, outro, sting, ♪).
_SHARED = Words(
    breaks=(r"jingle", r"intro", r"outro", r"sting", r"♪+", r"♫+", r"theme", r"générique"),
    noises=(r"(?:in)?audible", r"crosstalk", r"\?\?\?", r"\.\.\.", r"…"),
    anchors=(r"moderator", r"host"),
    roles=(r"reporter", r"speaker"),
)

WORDS: dict[str, Words] = {
    "en": Words(
        breaks=(r"music", r"music (?:plays|playing|fades|up|out)", r"theme music", r"station id",
                r"commercial break", r"break", r"bumper", r"transition", r"news (?:theme|sting)",
                r"musical (?:sting|interlude|bridge|break)", r"stinger"),
        noises=(r"applause", r"laughter", r"laughs", r"laughing", r"cheering", r"cheers",
                r"silence", r"pause", r"unintelligible", r"overlapping voices", r"sighs",
                r"coughs", r"background noise", r"static"),
        idents=(r"you(?:['’]re| are) listening to", r"this is \S+(?: \S+){0,3} (?:radio|news)",
                r"stay (?:with us|tuned)", r"more after (?:the|this) break",
                r"good (?:morning|afternoon|evening)(?:[,.!]| and| everyone)",
                r"(?:hello and )?welcome to", r"here are the (?:headlines|main stories)",
                r"these are the headlines", r"that(?:['’]s| is) (?:all|the news)", r"that was",
                r"thanks? (?:you )?for (?:listening|watching)", r"join us (?:again|tomorrow)",
                r"it['’]s \S+ o['’]clock"),
        anchors=(r"anchor", r"co-?anchor", r"presenter", r"newsreader", r"announcer"),
        roles=(r"correspondent", r"journalist", r"narrator", r"interviewer", r"voice[- ]over",
               r"unidentified (?:male|female|man|woman|speaker)", r"guest", r"caller"),
        transitions=(r"in other news", r"turning (?:now )?to", r"now (?:to|for)",
                     r"meanwhile", r"and finally", r"finally", r"elsewhere",
                     r"in (?:sport|sports|business|world) news", r"(?:sport|sports),"),
        places=(r"in", r"over in", r"across"),
    ),
    "fr": Words(
        breaks=(r"musique", r"virgule(?: sonore)?", r"indicatif", r"habillage", r"sonal",
                r"transition", r"pause musicale", r"publicité", r"pub"),
        noises=(r"applaudissements?", r"rires?", r"silence", r"inaudible", r"brouhaha",
                r"huées", r"bruits? de fond", r"toux"),
        idents=(r"vous (?:écoutez|êtes sur|regardez)",
                r"restez (?:avec nous|branchés?|à l['’]écoute)",
                r"la suite après", r"à (?:tout de suite|suivre|demain|bientôt)",
                r"(?:re)?bonjour(?: à tous)?[,.!]", r"bonsoir(?: à tous)?[,.!]",
                r"il est \S+ heures?",
                r"merci de (?:nous avoir|votre) (?:écout|fidélité|attention)",
                r"bienvenue (?:dans|sur|à)", r"voici (?:les titres|l['’]essentiel"
                r"|le journal|les informations)", r"c['’]est la fin de (?:ce|notre) journal"),
        anchors=(r"présentat(?:eur|rice)", r"animat(?:eur|rice)", r"speakerine"),
        roles=(r"journaliste", r"correspondante?", r"envoyée? spéciale?", r"chroniqueu(?:r|se)",
               r"invitée?", r"intervenante?", r"narrat(?:eur|rice)", r"voix off",
               r"auditeur|auditrice", r"speaker"),
        transitions=(r"dans l['’]actualité", r"autre (?:sujet|actualité)",
                     r"on (?:passe|termine|continue|reste)", r"passons (?:à|au|aux)",
                     r"place (?:au|à la|aux)", r"côté (?:sport|économie|international)",
                     r"(?:le )?(?:sport|football)(?: enfin| maintenant)?,", r"enfin,",
                     r"à l['’]international", r"changement de (?:décor|sujet)"),
        places=(r"au", r"aux", r"en", r"à", r"a"),
    ),
    "de": Words(
        breaks=(r"musik", r"musikakzent", r"zwischenmusik", r"erkennungsmelodie", r"übergang",
                r"werbung", r"trenner"),
        noises=(r"applaus", r"beifall", r"lachen", r"gelächter", r"stille", r"unverständlich",
                r"zwischenruf"),
        idents=(r"sie hören", r"sie sehen", r"bleiben sie dran", r"guten (?:morgen|abend|tag)[,.!]",
                r"das waren die (?:nachrichten|meldungen)", r"auf wieder(?:hören|sehen)",
                r"bis (?:morgen|gleich|zum nächsten mal)", r"es ist \S+ uhr",
                r"willkommen (?:zu|bei|im)",
                r"hier (?:sind|ist) (?:die|der) (?:nachrichten|überblick)"),
        anchors=(r"sprecher(?:in)?", r"moderator(?:in)?"),
        roles=(r"reporter(?:in)?", r"korrespondent(?:in)?", r"journalist(?:in)?", r"gast"),
        transitions=(r"zum sport", r"und nun", r"weitere (?:nachrichten|meldungen)",
                     r"unterdessen", r"zum schluss", r"außerdem"),
        places=(r"in", r"im", r"aus"),
    ),
    "es": Words(
        breaks=(r"música", r"cortina(?:illa)?", r"ráfaga", r"sintonía", r"careta", r"separador",
                r"golpe musical", r"publicidad", r"tanda(?: comercial)?", r"transición"),
        noises=(r"aplausos?", r"risas?", r"silencio", r"inaudible", r"abucheos"),
        idents=(r"(?:está|estás|están) escuchando", r"usted (?:escucha|sintoniza|está en)",
                r"sigan con nosotros", r"no se (?:vaya|vayan)",
                r"(?:muy )?buen(?:os|as) (?:días|tardes|noches)[,.!]", r"bienvenid(?:o|a|os|as) a",
                r"(?:estos|éstos) son los titulares", r"(?:estas|éstas) son las noticias",
                r"son las \S+(?: y \S+)? (?:de la (?:mañana|tarde|noche)|horas|en punto)",
                r"volvemos (?:después|tras|en|a las|mañana)", r"hasta (?:aquí|acá)",
                r"esto (?:fue|ha sido) (?:todo|radio|(?:el|nuestro) (?:\S+ )?(?:informativo|"
                r"noticiero|boletín|resumen|programa))", r"hasta (?:la próxima|mañana|luego)",
                r"gracias por (?:su|tu|vuestra) (?:compañía|sintonía|atención)"),
        anchors=(r"presentador(?:a)?", r"locutor(?:a)?", r"conductor(?:a)?"),
        roles=(r"periodista", r"corresponsal", r"reporter[oa]", r"enviad[oa] especial",
               r"invitad[oa]", r"narrador(?:a)?"),
        transitions=(r"en otras noticias", r"pasamos a", r"vamos (?:ahora )?(?:a|con)",
                     r"mientras tanto", r"por último", r"en deportes", r"deportes,"),
        places=(r"en", r"desde"),
    ),
    "pt": Words(
        breaks=(r"música", r"vinheta", r"trilha", r"sobe som", r"cortina", r"intervalo",
                r"transição"),
        noises=(r"aplausos?", r"risos?", r"silêncio", r"inaudível"),
        idents=(r"(?:você está|vocês estão) (?:ouvindo|a ouvir)",
                r"(?:você|vocês) (?:ouve|ouvem|acompanha|acompanham|assiste|assistem)",
                r"fique(?:m)? (?:com a gente|connosco)", r"começa agora", r"está no ar",
                r"bo(?:m dia|a tarde|a noite)[,.!]", r"bem-vind[oa]s? ao",
                r"(?:são|é) \S+ horas?", r"até (?:a próxima|amanhã|logo|já)",
                r"(?:est|ess)[ae] foi (?:o|a) (?:\S+ )?(?:jornal|telejornal|boletim|notícias|"
                r"edição|rádio|programa)", r"voltamos (?:amanhã|daqui|em|às|depois)",
                r"(?:e )?por hoje é só", r"obrigad[oa] pela (?:companhia|audiência|atenção)"),
        anchors=(r"apresentador(?:a)?", r"locutor(?:a)?", r"âncora"),
        roles=(r"jornalista", r"correspondente", r"repórter", r"enviad[oa] especial",
               r"convidad[oa]"),
        transitions=(r"em outras notícias", r"noutras notícias", r"passamos (?:a|ao|à)",
                     r"enquanto isso", r"por fim", r"no desporto", r"no esporte", r"esportes?,"),
        places=(r"em", r"no", r"na", r"nos", r"nas"),
    ),
    "it": Words(
        breaks=(r"musica", r"sigla", r"stacc(?:o|hetto)", r"pubblicità", r"transizione"),
        noises=(r"applausi", r"risate", r"silenzio", r"incomprensibile"),
        idents=(r"state ascoltando", r"restate con noi", r"buon(?:giorno|asera)[,.!]",
                r"(?:è|per oggi è) tutto", r"a domani", r"arrivederci",
                r"grazie per (?:l['’]ascolto|averci seguit[io])", r"sono le \S+",
                r"benvenuti (?:a|al|nel)", r"ecco i titoli"),
        anchors=(r"conduttore|conduttrice", r"annunciat(?:ore|rice)"),
        roles=(r"giornalista", r"corrispondente", r"inviat[oa]", r"ospite"),
        transitions=(r"passiamo (?:a|al|alla)", r"intanto", r"infine", r"nello sport", r"sport,"),
        places=(r"in", r"a", r"nel", r"nella", r"negli"),
    ),
    "nl": Words(
        breaks=(r"muziek", r"tune", r"reclame", r"overgang"),
        noises=(r"applaus", r"gelach", r"stilte", r"onverstaanbaar"),
        idents=(r"u luistert naar", r"je luistert naar", r"blijf (?:bij ons|luisteren)",
                r"goede(?:morgen|navond|middag),", r"welkom bij"),
        anchors=(r"presentator", r"nieuwslezer"),
        roles=(r"verslaggever", r"correspondent", r"journalist", r"gast"),
        transitions=(r"ander nieuws", r"dan naar", r"intussen", r"tot slot", r"sport,"),
        places=(r"in",),
    ),
    "pl": Words(
        breaks=(r"muzyka", r"dżingiel", r"czołówka", r"reklama"),
        noises=(r"oklaski", r"śmiech", r"cisza", r"niezrozumiałe"),
        idents=(r"słuchacie", r"słuchają państwo", r"zostańcie z nami", r"dzień dobry,",
                r"dobry wieczór,", r"witamy w"),
        anchors=(r"prezenter(?:ka)?", r"lektor"),
        roles=(r"dziennikar(?:z|ka)", r"reporter(?:ka)?", r"korespondent(?:ka)?", r"gość"),
        transitions=(r"w innych wiadomościach", r"przechodzimy do", r"tymczasem", r"na koniec",
                     r"sport,"),
        places=(r"w", r"we"),
    ),
    "sv": Words(
        breaks=(r"musik", r"vinjett", r"reklam"),
        noises=(r"applåder", r"skratt", r"tystnad", r"ohörbart"),
        idents=(r"du lyssnar på", r"ni lyssnar på", r"god (?:morgon|kväll),", r"välkommen till"),
        anchors=(r"programledare", r"nyhetsuppläsare"),
        roles=(r"reporter", r"korrespondent", r"gäst"),
        transitions=(r"i andra nyheter", r"över till", r"samtidigt", r"till sist", r"sport,"),
        places=(r"i",),
    ),
    "da": Words(
        breaks=(r"musik", r"jingle", r"reklame"),
        noises=(r"klapsalver", r"bifald", r"latter", r"stilhed", r"uhørligt"),
        idents=(r"du lytter til", r"godmorgen,", r"god aften,", r"velkommen til"),
        anchors=(r"vært", r"oplæser"),
        roles=(r"reporter", r"korrespondent", r"gæst"),
        transitions=(r"over til", r"i mellemtiden", r"til sidst", r"sport,"),
        places=(r"i",),
    ),
    "no": Words(
        breaks=(r"musikk", r"vignett", r"reklame"),
        noises=(r"applaus", r"latter", r"stillhet", r"uhørbart"),
        idents=(r"du hører på", r"god morgen,", r"god kveld,", r"velkommen til"),
        anchors=(r"programleder", r"nyhetsoppleser"),
        roles=(r"reporter", r"korrespondent", r"gjest"),
        transitions=(r"over til", r"i mellomtiden", r"til slutt", r"sport,"),
        places=(r"i", r"på"),
    ),
    "fi": Words(
        breaks=(r"musiikkia", r"tunnari", r"mainos"),
        noises=(r"aplodeja", r"naurua", r"hiljaisuus", r"epäselvä"),
        idents=(r"kuuntelet", r"hyvää (?:huomenta|iltaa),", r"tervetuloa"),
        anchors=(r"juontaja", r"uutistenlukija"),
        roles=(r"toimittaja", r"kirjeenvaihtaja", r"vieras"),
        transitions=(r"muissa uutisissa", r"siirrymme", r"lopuksi", r"urheilua,"),
    ),
    "cs": Words(
        breaks=(r"hudba", r"znělka", r"reklama"),
        noises=(r"potlesk", r"smích", r"ticho", r"nesrozumitelné"),
        idents=(r"posloucháte", r"dobrý (?:den|večer),", r"vítejte u"),
        anchors=(r"moderátor(?:ka)?",),
        roles=(r"redaktor(?:ka)?", r"reportér(?:ka)?", r"zpravodaj(?:ka)?", r"host"),
        transitions=(r"další zprávy", r"přejdeme k", r"mezitím", r"na závěr", r"sport,"),
        places=(r"v", r"ve", r"na"),
    ),
    "ro": Words(
        breaks=(r"muzică", r"generic", r"publicitate"),
        noises=(r"aplauze", r"râsete", r"liniște", r"neinteligibil"),
        idents=(r"ascultați", r"bună (?:dimineața|seara),", r"bine ați venit"),
        anchors=(r"prezentator(?:oare)?",),
        roles=(r"jurnalist(?:ă)?", r"reporter(?:iță)?", r"corespondent(?:ă)?", r"invitat(?:ă)?"),
        transitions=(r"în alte știri", r"trecem la", r"între timp", r"în final", r"sport,"),
        places=(r"în", r"la"),
    ),
    "tr": Words(
        breaks=(r"müzik", r"jenerik", r"reklam", r"geçiş"),
        noises=(r"alkış(?:lar)?", r"gülüşmeler", r"kahkaha", r"sessizlik", r"anlaşılmıyor"),
        idents=(r"dinlediğiniz", r"izlediğiniz", r"iyi (?:akşamlar|sabahlar|günler),",
                r"hoş geldiniz"),
        anchors=(r"sunucu", r"spiker", r"moderatör"),
        roles=(r"muhabir", r"haberci", r"konuk"),
        transitions=(r"diğer haberlerde", r"gelelim", r"bu arada", r"son olarak", r"sporda"),
    ),
    "ru": Words(
        breaks=(r"музыка", r"заставка", r"джингл", r"реклама", r"отбивка"),
        noises=(r"аплодисменты", r"смех", r"тишина", r"неразборчиво"),
        idents=(r"вы слушаете", r"вы смотрите", r"оставайтесь с нами",
                r"добр(?:ое утро|ый вечер|ый день),", r"здравствуйте,"),
        anchors=(r"ведущ(?:ий|ая)", r"диктор"),
        roles=(r"корреспондент", r"журналист(?:ка)?", r"репортёр", r"гость"),
        transitions=(r"к другим новостям", r"о спорте", r"тем временем", r"и напоследок",
                     r"спорт,"),
        places=(r"в", r"во", r"на"),
    ),
    "uk": Words(
        breaks=(r"музика", r"заставка", r"джингл", r"реклама"),
        noises=(r"оплески", r"сміх", r"тиша", r"нерозбірливо"),
        idents=(r"ви слухаєте", r"залишайтеся з нами", r"добр(?:ого ранку|ий вечір|ий день),"),
        anchors=(r"ведуч(?:ий|а)", r"диктор"),
        roles=(r"кореспондент(?:ка)?", r"журналіст(?:ка)?"),
        transitions=(r"до інших новин", r"тим часом", r"наостанок", r"спорт,"),
        places=(r"в", r"у", r"на"),
    ),
    "el": Words(
        breaks=(r"μουσική", r"σήμα", r"διαφημίσεις"),
        noises=(r"χειροκροτήματα", r"γέλια", r"σιωπή"),
        idents=(r"ακούτε", r"καλησπέρα σας,", r"καλημέρα σας,"),
        anchors=(r"παρουσιαστ(?:ής|ρια)",),
        roles=(r"δημοσιογράφος", r"ανταποκριτ(?:ής|ρια)", r"ρεπόρτερ"),
        transitions=(r"σε άλλες ειδήσεις", r"στα αθλητικά", r"εν τω μεταξύ"),
        places=(r"στην", r"στη", r"στο", r"στον"),
    ),
    "ar": Words(
        breaks=(r"موسيقى", r"فاصل(?: موسيقي)?", r"شارة"),
        noises=(r"تصفيق", r"ضحك", r"صمت", r"غير مسموع"),
        idents=(r"(?:أنتم|انتم) تستمعون", r"(?:تستمعون|تشاهدون) إلى", r"ابقوا معنا",
                r"مساء الخير", r"صباح الخير", r"أهلا بكم"),
        anchors=(r"المذيعة?", r"مذيعة?", r"المقدمة?"),
        roles=(r"المراسلة?", r"مراسلة?", r"الصحفية?", r"الضيفة?"),
        transitions=(r"في أخبار أخرى", r"ننتقل إلى", r"وفي الرياضة", r"وأخيرا"),
        places=(r"في",),
    ),
    "fa": Words(
        breaks=(r"موسیقی", r"آرم", r"تیزر"),
        noises=(r"تشویق", r"خنده", r"سکوت"),
        idents=(r"شما به .{1,30} گوش می(?:‌| )?دهید", r"با ما همراه باشید"),
        anchors=(r"گوینده", r"مجری"),
        roles=(r"خبرنگار", r"مهمان"),
        transitions=(r"در خبری دیگر", r"و اما", r"در ورزش"),
    ),
    "he": Words(
        breaks=(r"מוזיקה", r"ג׳ינגל", r"פרסומות"),
        noises=(r"מחיאות כפיים", r"צחוק", r"שקט"),
        idents=(r"אתם מאזינים ל", r"הישארו איתנו", r"ערב טוב,", r"בוקר טוב,"),
        anchors=(r"מגיש(?:ה)?", r"קריין(?:ית)?"),
        roles=(r"כתב(?:ת)?", r"אורח(?:ת)?"),
        transitions=(r"בחדשות אחרות", r"ובספורט", r"ולסיום"),
    ),
    "hi": Words(
        breaks=(r"संगीत", r"जिंगल", r"विज्ञापन"),
        noises=(r"तालियाँ", r"तालियां", r"हँसी", r"हंसी", r"खामोशी"),
        idents=(r"आप सुन रहे हैं", r"आप देख रहे हैं", r"हमारे साथ बने रहिए", r"नमस्कार,"),
        anchors=(r"एंकर", r"प्रस्तोता"),
        roles=(r"संवाददाता", r"पत्रकार", r"रिपोर्टर", r"मेहमान"),
        transitions=(r"अन्य खबरों में", r"अब बात", r"खेल की खबर"),
    ),
    "ur": Words(
        breaks=(r"موسیقی", r"جنگل"),
        noises=(r"تالیاں", r"ہنسی"),
        idents=(r"آپ سن رہے ہیں", r"ہمارے ساتھ رہیے"),
        anchors=(r"اینکر",),
        roles=(r"نامہ نگار", r"رپورٹر", r"مہمان"),
    ),
    "bn": Words(
        breaks=(r"সংগীত", r"জিঙ্গেল"),
        noises=(r"হাততালি", r"হাসি"),
        idents=(r"আপনি শুনছেন",),
        anchors=(r"উপস্থাপক",),
        roles=(r"সংবাদদাতা", r"সাংবাদিক", r"প্রতিবেদক"),
    ),
    "sw": Words(
        breaks=(r"muziki", r"kiitikio", r"matangazo"),
        noises=(r"makofi", r"vicheko", r"kimya"),
        idents=(r"unasikiliza", r"mnasikiliza", r"endelea kuwa nasi",
                r"habari za (?:asubuhi|jioni),",
                r"karibu(?:ni)? (?:katika|kwenye)"),
        anchors=(r"mtangazaji",),
        roles=(r"mwandishi(?: wa habari)?", r"ripota", r"mgeni"),
        transitions=(r"habari nyingine", r"tukigeukia", r"kwa upande wa michezo", r"mwisho,"),
        places=(r"nchini", r"huko"),
    ),
    "ha": Words(
        breaks=(r"kiɗa", r"kida"),
        noises=(r"tafi", r"dariya"),
        idents=(r"kuna sauraren", r"barkanmu da"),
        anchors=(r"mai gabatarwa",),
        roles=(r"wakili(?:nmu)?", r"ɗan jarida", r"dan jarida", r"bako"),
        transitions=(r"a wani labarin", r"a fannin wasanni"),
        places=(r"a",),
    ),
    "am": Words(
        breaks=(r"ሙዚቃ",),
        noises=(r"ጭብጨባ", r"ሳቅ"),
        idents=(r"እያዳመጣችሁ ያላችሁት",),
        anchors=(r"አቅራቢ",),
        roles=(r"ጋዜጠኛ", r"ዘጋቢ"),
    ),
    "id": Words(
        breaks=(r"musik", r"jingle", r"iklan", r"jeda"),
        noises=(r"tepuk tangan", r"tawa", r"hening", r"tidak jelas"),
        idents=(r"anda (?:mendengarkan|menyaksikan)", r"tetap bersama kami",
                r"selamat (?:pagi|siang|sore|malam),", r"selamat datang di"),
        anchors=(r"pembawa acara", r"penyiar", r"presenter"),
        roles=(r"wartawan", r"koresponden", r"reporter", r"narasumber", r"tamu"),
        transitions=(r"berita lainnya", r"beralih ke", r"sementara itu", r"terakhir,",
                     r"olahraga,"),
        places=(r"di",),
    ),
    "vi": Words(
        breaks=(r"nhạc", r"nhạc hiệu", r"quảng cáo"),
        noises=(r"vỗ tay", r"tiếng cười", r"im lặng"),
        idents=(r"quý vị đang (?:nghe|theo dõi)", r"xin chào quý vị", r"chào mừng quý vị"),
        anchors=(r"người dẫn chương trình", r"mc", r"phát thanh viên"),
        roles=(r"phóng viên", r"khách mời"),
        transitions=(r"tin khác", r"chuyển sang", r"trong khi đó", r"cuối cùng,", r"thể thao,"),
        places=(r"tại", r"ở"),
    ),
    "zh": Words(
        breaks=(r"音乐", r"音樂", r"片头", r"片頭", r"广告", r"廣告"),
        noises=(r"掌声", r"掌聲", r"笑声", r"笑聲", r"听不清", r"聽不清"),
        idents=(r"您正在收听", r"您正在收聽", r"欢迎收看", r"歡迎收看", r"观众朋友们",
                r"觀眾朋友們"),
        anchors=(r"主持人", r"主播", r"播音员", r"播音員"),
        roles=(r"记者", r"記者", r"嘉宾", r"嘉賓"),
        transitions=(r"其他新闻", r"其他新聞", r"接下来", r"接下來", r"最后", r"最後",
                     r"体育新闻", r"體育新聞"),
    ),
    "ja": Words(
        breaks=(r"音楽", r"ジングル", r"ＣＭ", r"CM"),
        noises=(r"拍手", r"笑い", r"沈黙", r"聞き取れず"),
        idents=(r"お聞きいただいているのは", r"こんばんは。", r"おはようございます。"),
        anchors=(r"アナウンサー", r"キャスター", r"司会"),
        roles=(r"記者", r"ゲスト"),
        transitions=(r"次のニュース", r"続いて", r"最後に", r"スポーツです"),
    ),
    "ko": Words(
        breaks=(r"음악", r"시그널", r"광고"),
        noises=(r"박수", r"웃음", r"침묵"),
        idents=(r"지금 듣고 계신", r"안녕하십니까", r"안녕하세요"),
        anchors=(r"앵커", r"아나운서", r"진행자"),
        roles=(r"기자", r"손님", r"게스트"),
        transitions=(r"다음 소식", r"이어서", r"마지막으로", r"스포츠 소식"),
    ),
    "th": Words(
        breaks=(r"เพลง", r"ดนตรี", r"โฆษณา"),
        noises=(r"เสียงปรบมือ", r"เสียงหัวเราะ"),
        idents=(r"คุณกำลังรับฟัง", r"สวัสดีครับ", r"สวัสดีค่ะ"),
        anchors=(r"ผู้ประกาศ", r"พิธีกร"),
        roles=(r"ผู้สื่อข่าว", r"นักข่าว"),
    ),
    "et": Words(
        breaks=(r"muusika", r"reklaam"),
        noises=(r"aplaus", r"naer", r"vaikus"),
        idents=(r"te kuulate", r"tere (?:hommikust|õhtust),"),
        anchors=(r"saatejuht", r"diktor"),
        roles=(r"reporter", r"korrespondent", r"külaline"),
    ),
    "lv": Words(
        breaks=(r"mūzika", r"reklāma"),
        noises=(r"aplausi", r"smiekli", r"klusums"),
        idents=(r"jūs klausāties", r"labvakar,", r"labrīt,"),
        anchors=(r"vadītāj[sa]", r"diktor[se]"),
        roles=(r"reportier(?:is|e)", r"korespondent(?:s|e)", r"viesis"),
    ),
    "lt": Words(
        breaks=(r"muzika", r"reklama"),
        noises=(r"plojimai", r"juokas", r"tyla"),
        idents=(r"jūs klausotės", r"labas vakaras,", r"labas rytas,"),
        anchors=(r"vedėj(?:as|a)", r"diktor(?:ius|ė)"),
        roles=(r"reporter(?:is|ė)", r"korespondent(?:as|ė)", r"svečias"),
    ),
    "is": Words(
        breaks=(r"tónlist", r"auglýsingar"),
        noises=(r"lófatak", r"hlátur", r"þögn"),
        idents=(r"þú ert að hlusta á", r"góðan dag(?:inn)?,", r"gott kvöld,"),
        anchors=(r"þáttastjórnandi", r"fréttaþulur"),
        roles=(r"fréttamaður", r"gestur"),
    ),
    "gu": Words(
        breaks=(r"સંગીત",),
        noises=(r"તાળીઓ", r"હાસ્ય"),
        anchors=(r"એન્કર",),
        roles=(r"સંવાદદાતા", r"પત્રકાર"),
    ),
    "kn": Words(
        breaks=(r"ಸಂಗೀತ",),
        noises=(r"ಚಪ್ಪಾಳೆ", r"ನಗು"),
        anchors=(r"ನಿರೂಪಕ(?:ಿ)?",),
        roles=(r"ವರದಿಗಾರ(?:ರು)?",),
    ),
    "ml": Words(
        breaks=(r"സംഗീതം",),
        noises=(r"കയ്യടി", r"ചിരി"),
        anchors=(r"അവതാരക(?:ൻ|)",),
        roles=(r"ലേഖക(?:ൻ|)",),
    ),
    "mr": Words(
        breaks=(r"संगीत",),
        noises=(r"टाळ्या", r"हशा"),
        anchors=(r"निवेदक",),
        roles=(r"वार्ताहर", r"प्रतिनिधी"),
    ),
    "pa": Words(
        breaks=(r"ਸੰਗੀਤ",),
        noises=(r"ਤਾੜੀਆਂ", r"ਹਾਸਾ"),
        anchors=(r"ਐਂਕਰ",),
        roles=(r"ਪੱਤਰਕਾਰ",),
    ),
    "ta": Words(
        breaks=(r"இசை",),
        noises=(r"கைதட்டல்", r"சிரிப்பு"),
        anchors=(r"தொகுப்பாளர்",),
        roles=(r"செய்தியாளர்",),
    ),
    "te": Words(
        breaks=(r"సంగీతం",),
        noises=(r"చప్పట్లు", r"నవ్వు"),
        anchors=(r"వ్యాఖ్యాత",),
        roles=(r"విలేకరి",),
    ),
    "ca": Words(
        breaks=(r"música", r"sintonia", r"publicitat"),
        noises=(r"aplaudiments", r"riures", r"silenci"),
        idents=(r"esteu escoltant", r"bon dia[,.!]", r"bona nit[,.!]", r"benvinguts a",
                r"fins (?:aquí|demà|la propera)"),
        anchors=(r"presentador(?:a)?", r"locutor(?:a)?"),
        roles=(r"periodista", r"corresponsal", r"reporter"),
        transitions=(r"en altres notícies", r"passem a", r"mentrestant", r"esports,"),
        places=(r"a", r"al", r"als"),
    ),
}


@dataclass(frozen=True)
class Compiled:
    """The union over every language of :data:`WORDS` (a transcript needs no language
    detection: a phrase only counts in its place, a cue in brackets, a role before a colon)."""

    breaks: re.Pattern[str]
    noises: re.Pattern[str]
    idents: re.Pattern[str]
    anchors: re.Pattern[str]
    roles: re.Pattern[str]
    transitions: re.Pattern[str]
    places: re.Pattern[str]


def _union(field: str) -> str:
    fragments = [*getattr(_SHARED, field)]
    for words in WORDS.values():
        fragments.extend(getattr(words, field))
    return "|".join(f"(?:{fragment})" for fragment in dict.fromkeys(fragments))


@functools.cache
def compiled() -> Compiled:
    """:data:`WORDS` compiled once: ``breaks`` and ``noises`` match a cue's whole words,
    ``roles`` a label's opening (an anchor's role too), ``anchors`` a label's first words
    ("LOCUTORA", "Présentatrice (Awa Diop)"), ``idents``, ``transitions`` and ``places`` a
    line's start."""
    flags = re.IGNORECASE
    return Compiled(
        breaks=re.compile(rf"(?:{_union('breaks')})(?:\s.*)?", flags),
        noises=re.compile(rf"(?:{_union('noises')})(?:\s.*)?", flags),
        idents=re.compile(rf"(?:{_union('idents')})", flags),
        anchors=re.compile(rf"(?:{_union('anchors')})(?![\w-])", flags),
        roles=re.compile(rf"(?:{_union('anchors')}|{_union('roles')})", flags),
        transitions=re.compile(rf"(?:{_union('transitions')})(?=[\s,:.!—–-]|$)", flags),
        places=re.compile(rf"(?:{_union('places')})\s+", flags),
    )
