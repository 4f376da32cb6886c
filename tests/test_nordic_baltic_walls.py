"""Paywall teasers, consent walls and text-dump trailers in the Nordic and Baltic languages
(Norwegian Bokmål and Nynorsk, Danish, Swedish, Finnish, Icelandic, Estonian, Latvian,
Lithuanian) and Russian (newcomer 30, findings 1, 10 and 17).

On main a teaser whose closing box said "Allerede abonnent? Logg inn" / "Denne saken er kun
for abonnenter" (or "Redan prenumerant?", "Oletko jo tilaaja?", "Oled juba tellija?", "Jau esi
abonents?") was stored as a whole article, not partial "paywall"; the Estonian and Latvian
consent walls ("Nõustun", "Piekrītu visām") were stored as articles; and a text dump kept its
Estonian "Loe ka:" and Latvian "Lasiet arī:" boxes and every language's newsletter line.
Invented texts."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage, Rejection
from clipper.textdump import clean_text_dump

CONFIG = CleanConfig()

BODY = {
    "nb": ["Bystyret i Fjellvik vedtok tirsdag å bygge en ny bro over elva, etter tre års strid "
           "om hvor den skulle ligge.",
           "Broen skal etter planen stå ferdig høsten 2028 og koste rundt 240 millioner kroner, "
           "opplyser kommunen."],
    "nn": ["Kommunestyret i Fjellvik vedtok tysdag å byggje ei ny bru over elva, etter tre års "
           "strid om kvar ho skulle liggje.",
           "Brua skal etter planen stå ferdig hausten 2028 og koste rundt 240 millionar kroner, "
           "opplyser kommunen."],
    "da": ["Byrådet i Havnsø besluttede tirsdag at bygge en ny bro over åen efter tre års "
           "strid om, hvor den skulle ligge.",
           "Broen skal efter planen stå færdig i efteråret 2028 og koste omkring 240 millioner "
           "kroner, oplyser kommunen."],
    "sv": ["Kommunfullmäktige i Älvby beslöt på tisdagen att bygga en ny bro över älven efter "
           "tre års strid om var den skulle ligga.",
           "Bron ska enligt planen stå klar hösten 2028 och kosta omkring 240 miljoner kronor, "
           "uppger kommunen."],
    "fi": ["Jokelan kaupunginvaltuusto päätti tiistaina rakentaa uuden sillan joen yli kolmen "
           "vuoden kiistan jälkeen.",
           "Sillan on määrä valmistua syksyllä 2028, ja sen arvioidaan maksavan noin 24 "
           "miljoonaa euroa, kaupunki kertoo."],
    "is": ["Bæjarstjórn Fjarðarvíkur samþykkti á þriðjudag að reisa nýja brú yfir ána eftir "
           "þriggja ára deilur um staðsetningu hennar.",
           "Brúin á að vera tilbúin haustið 2028 og kosta um 2,4 milljarða króna, að sögn "
           "bæjarins."],
    "et": ["Jõeküla vallavolikogu otsustas teisipäeval ehitada üle jõe uue silla pärast kolm "
           "aastat kestnud vaidlust selle asukoha üle.",
           "Sild peaks valmima 2028. aasta sügisel ja maksma umbes 24 miljonit eurot, teatas "
           "vald."],
    "lv": ["Upesciema novada dome otrdien nolēma būvēt jaunu tiltu pār upi pēc trīs gadus "
           "ilgiem strīdiem par tā atrašanās vietu.",
           "Tiltam jābūt gatavam 2028. gada rudenī, un tas izmaksās aptuveni 24 miljonus eiro, "
           "paziņoja novads."],
    "lt": ["Upelių rajono taryba antradienį nusprendė statyti naują tiltą per upę po trejus "
           "metus trukusių ginčų dėl jo vietos.",
           "Tiltas turėtų būti baigtas 2028 metų rudenį ir kainuos apie 24 milijonus eurų, "
           "pranešė savivaldybė."],
    "ru": ["Городской совет Речинска во вторник решил построить новый мост через реку после "
           "трёх лет споров о его месте.",
           "Мост должен быть готов осенью 2028 года и обойдётся примерно в 24 миллиона евро, "
           "сообщили в мэрии."],
}  # fmt: skip
# The paywall box: its "already a subscriber? Log in" line, then what it says of the rest.
STUB = {
    "nb": ("Allerede abonnent? Logg inn",
           ["Denne saken er kun for abonnenter. Bli abonnent i dag for 1 krone den første "
            "måneden.",
            "For å lese hele saken må du være abonnent.",
            "Denne artikkelen er bare for abonnenter."]),
    "nn": ("Er du allereie abonnent? Logg inn",
           ["Denne artikkelen er berre for abonnentar.",
            "For å lese heile saka må du vere abonnent."]),
    "da": ("Allerede abonnent? Log ind",
           ["Denne artikel er kun for abonnenter. Køb adgang for 1 kr. den første måned.",
            "For at læse hele artiklen skal du være abonnent.",
            "Artiklen er forbeholdt abonnenter."]),
    "sv": ("Redan prenumerant? Logga in",
           ["Den här artikeln är endast för prenumeranter. Prova i en månad för 1 krona.",
            "För att läsa hela artikeln måste du vara prenumerant.",
            "Artikeln är låst för prenumeranter."]),
    "fi": ("Oletko jo tilaaja? Kirjaudu sisään",
           ["Tämä artikkeli on vain tilaajille. Tilaa nyt ja lue ensimmäinen kuukausi 1 eurolla.",
            "Lue koko juttu tilaajana.",
            "Juttu on luettavissa vain tilaajille."]),
    "is": ("Ertu nú þegar áskrifandi? Skráðu þig inn",
           ["Þessi grein er aðeins fyrir áskrifendur.",
            "Til að lesa alla greinina þarftu að vera áskrifandi."]),
    "et": ("Oled juba tellija? Logi sisse",
           ["See artikkel on ainult tellijatele. Telli kohe ja loe esimene kuu 1 euro eest.",
            "Artikli lugemiseks pead olema tellija.",
            "Loe edasi, kui tellid Päevaleht+."]),
    "lv": ("Jau esi abonents? Pieslēdzies",
           ["Šis raksts ir pieejams tikai abonentiem.",
            "Lai lasītu visu rakstu, kļūsti par abonentu.",
            "Raksts pieejams tikai abonentiem. Abonē tagad par 1 eiro."]),
    "lt": ("Jau esate prenumeratorius? Prisijunkite",
           ["Šis straipsnis skirtas tik prenumeratoriams.",
            "Norėdami skaityti visą straipsnį, tapkite prenumeratoriumi.",
            "Visas straipsnis prieinamas tik prenumeratoriams."]),
    "ru": ("Уже подписчик? Войти",
           ["Этот материал доступен только подписчикам.",
            "Чтобы прочитать статью полностью, оформите подписку.",
            "Статья доступна только по подписке."]),
}  # fmt: skip
CASES = [(lang, rest) for lang, (_, rests) in STUB.items() for rest in rests]


def _record(lang: str, lines: list[str]) -> RawPage:
    return RawPage(
        origin="t/feed.jsonl:1",
        kind="text",
        body="\n".join(lines),
        url=f"https://elvebyen-{lang}.example/nyheter/bro",
        title="Ny bro",
        language=lang,
    )


def _html(lang: str, paragraphs: list[str], closing: list[str]) -> RawPage:
    body = "".join(f"<p>{p}</p>" for p in [*paragraphs, *closing])
    return RawPage(
        origin=f"t/{lang}.html",
        kind="html",
        body=f'<html lang="{lang}"><head><title>Ny bro</title></head><body><article>'
        f"<h1>Ny bro over elva</h1>{body}</article></body></html>",
        url=f"https://elvebyen-{lang}.example/nyheter/bro",
    )


@pytest.mark.parametrize(("lang", "rest"), CASES)
def test_a_teasers_paywall_box_marks_the_record_partial(lang: str, rest: str) -> None:
    login, _ = STUB[lang]
    article = clean_page(_record(lang, [*BODY[lang], login, rest]), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == BODY[lang]
    assert article.partial == "paywall"


@pytest.mark.parametrize("lang", list(STUB))
def test_a_paywall_box_run_into_the_last_paragraph_is_cut(lang: str) -> None:
    login, rests = STUB[lang]
    first, last = BODY[lang]
    article = clean_page(_record(lang, [first, f"{last} {rests[0]} {login}"]), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == BODY[lang]
    assert article.partial == "paywall"


@pytest.mark.parametrize("lang", list(STUB))
def test_an_html_teaser_is_stored_partial_without_its_box(lang: str) -> None:
    login, rests = STUB[lang]
    article = clean_page(_html(lang, [" ".join(BODY[lang])], [login, rests[0]]), CONFIG)
    assert isinstance(article, Article), article
    assert article.partial == "paywall"
    assert login not in article.text and rests[0] not in article.text


# A report's last paragraph that opens like a paywall line but goes on as a sentence.
GUARDS = {
    "nb": "Saken er for abonnenter av fiber det største problemet i år, sier forbrukerrådet.",
    "nn": "For å lese heile saka må ein ha god tid, seier professoren ved universitetet.",
    "da": "Artiklen er for abonnenter af avisen en vigtig kilde, siger forskeren til Ritzau.",
    "sv": "Texten är för prenumeranter av tidningen en välkänd genre, säger redaktören.",
    "fi": "Juttu on vain tilaajille tarkoitetun palvelun hinnoista, kertoo yhtiön johtaja.",
    "is": "Til að lesa skýrsluna þarf að hafa góðan tíma, segir prófessorinn við háskólann.",
    "et": "See artikkel on ainult tellijatele mõeldud teenuse hinnast, ütles ettevõtte juht.",
    "lv": "Šis raksts ir pieejams tikai abonentiem paredzētajā arhīvā, sacīja redaktors.",
    "lt": "Šis straipsnis skirtas tik prenumeratoriams skirtų paslaugų kainoms, sakė vadovas.",
    "ru": "Статья доступна только подписчикам газеты в печатном виде, сообщил редактор.",
}


@pytest.mark.parametrize("lang", list(GUARDS))
def test_a_report_sentence_like_a_paywall_line_stays_and_the_page_whole(lang: str) -> None:
    lines = [*BODY[lang], GUARDS[lang]]
    article = clean_page(_record(lang, lines), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == lines
    assert article.partial is None


# A consent wall served at an article's address: heading, two sentences, buttons.
WALLS = {
    "nb": ("Vi tar personvernet ditt på alvor",
           "Vi og våre 300 partnere bruker informasjonskapsler for å lagre og hente informasjon "
           "på enheten din, for å tilpasse innhold og annonser og for å måle trafikken.",
           "Du kan når som helst endre valgene dine i innstillingene nederst på siden.",
           ["Godta alle", "Avvis"]),
    "da": ("Vi passer på dine data",
           "Vi og vores 300 partnere bruger cookies til at gemme og tilgå oplysninger på din "
           "enhed, til at tilpasse indhold og annoncer og til at måle trafikken.",
           "Du kan til enhver tid ændre dine valg i indstillingerne nederst på siden.",
           ["Accepter alle", "Afvis"]),
    "sv": ("Vi värnar om din integritet",
           "Vi och våra 300 partner använder cookies för att lagra och komma åt information på "
           "din enhet, för att anpassa innehåll och annonser och för att mäta trafiken.",
           "Du kan när som helst ändra dina val i inställningarna längst ned på sidan.",
           ["Godkänn alla", "Neka"]),
    "fi": ("Yksityisyytesi on meille tärkeää",
           "Me ja 300 kumppaniamme käytämme evästeitä tietojen tallentamiseen laitteellesi ja "
           "niiden käyttämiseen, sisällön ja mainosten mukauttamiseen sekä liikenteen "
           "mittaamiseen.",
           "Voit muuttaa valintojasi milloin tahansa sivun alalaidan asetuksista.",
           ["Hyväksy kaikki", "Hylkää"]),
    "is": ("Við virðum friðhelgi þína",
           "Við og 300 samstarfsaðilar okkar notum vafrakökur til að vista og sækja upplýsingar "
           "á tækinu þínu, til að sérsníða efni og auglýsingar og til að mæla umferð.",
           "Þú getur breytt vali þínu hvenær sem er í stillingum neðst á síðunni.",
           ["Samþykkja allt", "Hafna"]),
    "et": ("Hoolime teie privaatsusest",
           "Meie ja meie 300 partnerit kasutame küpsiseid, et salvestada ja lugeda teavet teie "
           "seadmes, kohandada sisu ja reklaame ning mõõta liiklust.",
           "Saate oma valikuid igal ajal muuta lehe allosas olevates seadetes.",
           ["Nõustun kõigiga", "Keeldun"]),
    "lv": ("Mēs rūpējamies par jūsu privātumu",
           "Mēs un mūsu 300 partneri izmantojam sīkdatnes, lai saglabātu un nolasītu "
           "informāciju jūsu ierīcē, pielāgotu saturu un reklāmas un mērītu apmeklējumu.",
           "Jūs jebkurā brīdī varat mainīt savu izvēli iestatījumos lapas apakšā.",
           ["Piekrītu", "Noraidīt"]),
    "lt": ("Mums rūpi jūsų privatumas",
           "Mes ir mūsų 300 partnerių naudojame slapukus, kad išsaugotume ir pasiektume "
           "informaciją jūsų įrenginyje, pritaikytume turinį ir reklamą bei matuotume srautą.",
           "Savo pasirinkimą galite bet kada pakeisti nustatymuose puslapio apačioje.",
           ["Sutinku", "Atmesti"]),
    "ru": ("Мы заботимся о вашей конфиденциальности",
           "Мы и наши 300 партнёров используем файлы cookie, чтобы сохранять и получать "
           "информацию на вашем устройстве, подбирать контент и рекламу и измерять трафик.",
           "Вы можете в любой момент изменить свой выбор в настройках внизу страницы.",
           ["Принять все", "Отклонить"]),
}  # fmt: skip


@pytest.mark.parametrize("lang", list(WALLS))
def test_a_consent_wall_is_rejected_as_an_error_page(lang: str) -> None:
    heading, first, second, buttons = WALLS[lang]
    html = (
        f'<html lang="{lang}"><head><title>Avis</title></head><body><div class="cmp">'
        f"<h1>{heading}</h1><p>{first}</p><p>{second}</p>"
        + "".join(f"<button>{b}</button>" for b in buttons)
        + "</div></body></html>"
    )
    got = clean_page(
        RawPage(origin=f"t/{lang}.html", kind="html", body=html, url="https://avis.example/a/1"),
        CONFIG,
    )
    assert isinstance(got, Rejection), got
    assert got.reason == "error-page" and "consent wall" in (got.detail or "")


@pytest.mark.parametrize("lang", ["et", "lv"])
def test_an_estonian_or_latvian_consent_wall_as_a_text_dump_is_no_article(lang: str) -> None:
    heading, first, second, buttons = WALLS[lang]
    got = clean_page(
        RawPage(
            origin=f"t/{lang}.txt",
            kind="text",
            body="\n\n".join([heading, first, second, *buttons]),
            url="https://avis.example/a/1",
        ),
        CONFIG,
    )
    assert isinstance(got, Rejection), got


# What a text dump ends with under the story: a "read also" box of link titles, the site's
# newsletter line.
TRAILERS = {
    "nb": [["Les også:", "Ny skole åpner i august", "Fergen innstilt i helgen"],
           ["Meld deg på nyhetsbrevet vårt"],
           ["Få de viktigste nyhetene på e-post hver morgen"]],
    "nn": [["Les òg:", "Ny skule opnar i august", "Ferja innstilt i helga"],
           ["Meld deg på nyheitsbrevet vårt"]],
    "da": [["Tilmeld dig vores nyhedsbrev"], ["Tilmeld dig nyhedsbrevet"]],
    "sv": [["Anmäl dig till nyhetsbrevet"]],
    "fi": [["Tilaa uutiskirje"], ["Tilaa uutiskirjeemme ja saat päivän tärkeimmät uutiset"]],
    "is": [["Skráðu þig á póstlistann"], ["Skráðu þig á fréttabréfið"]],
    "et": [["Loe ka:", "Uus kool avatakse augustis", "Praam jääb nädalavahetusel ära",
            "Telli uudiskiri"],
           ["Telli uudiskiri"], ["Liitu meie uudiskirjaga"],
           ["Loe lisaks:", "Uus kool avatakse augustis"], ["Vaata ka:", "Uus kool avatakse"]],
    "lv": [["Lasiet arī:", "Jaunā skola tiks atvērta augustā", "Prāmis nedēļas nogalē nekursēs",
            "Piesakies jaunumiem"],
           ["Piesakies jaunumiem"], ["Pierakstieties mūsu jaunumu vēstulei"],
           ["Lasi arī:", "Jaunā skola tiks atvērta augustā"],
           ["Skatiet arī:", "Jaunā skola tiks atvērta augustā"]],
    "lt": [["Užsiprenumeruokite naujienlaiškį"], ["Prenumeruokite mūsų naujienlaiškį"]],
    "ru": [["Подпишитесь на нашу рассылку"]],
}  # fmt: skip
TRAILER_CASES = [(lang, lines) for lang, cases in TRAILERS.items() for lines in cases]


@pytest.mark.parametrize(("lang", "trailer"), TRAILER_CASES)
def test_a_dumps_trailer_and_newsletter_line_leave_its_text(lang: str, trailer: list[str]) -> None:
    dump = "Ny bro over elva\n\n" + "\n\n".join(BODY[lang]) + "\n\n" + "\n".join(trailer)
    assert clean_text_dump(dump).paragraphs == BODY[lang]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("et", "Loe ka raamatut, mille vallavanem kirjutas silla ajaloost, soovitas õpetaja."),
        ("et", "Telli uudiskiri oli valla kõige populaarsem teenus möödunud aastal."),
        ("lv", "Lasiet arī vēstuli, ko novada dome nosūtīja iedzīvotājiem, aicināja mērs."),
        ("lv", "Piesakies jaunumiem bija kampaņas nosaukums, ko novads izmantoja pērn."),
        ("fi", "Tilaa uutiskirje -kampanja keräsi kaupungin mukaan tuhansia uusia lukijoita."),
    ],
)
def test_a_sentence_opening_like_a_trailer_stays(lang: str, line: str) -> None:
    dump = "Ny bro over elva\n\n" + "\n\n".join([*BODY[lang], line])
    assert clean_text_dump(dump).paragraphs == [*BODY[lang], line]
