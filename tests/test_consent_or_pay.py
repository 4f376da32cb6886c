"""A consent-or-pay wall ("pay or okay": accept cookies and tracking, or read ad-free with a
subscription) served at an article's address is an error-page, a consent wall, in every
language the furniture tables' consent phrases cover, as saved HTML and as a crawler's text
record; its "ad-free subscription" offer is part of the wall, not an article's brief (newcomer
29: a German wall's offer, "werbefrei … Pur-Abo … 2,99 € im Monat", was stored as a 20-word
article while the French, Dutch, Italian and Polish walls were rejected).  A report that names
cookies, consent and subscriptions in the reporter's voice stays an article.  All text
invented."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage, Rejection

URL = "https://www.hafenblatt.example/politik/gipfel-einigung-id4471.html"

# heading; the consent sentences (partners, personal data, the choice); the ad-free offer
WALLS: dict[str, tuple[str, list[str], str]] = {
    "de": (
        "Werbung oder Abo: Sie haben die Wahl",
        [
            "Wir und unsere 164 Partner nutzen Cookies und verarbeiten personenbezogene Daten "
            "wie Ihre IP-Adresse, um Ihnen Inhalte und Anzeigen zu zeigen. Sie können zustimmen "
            "oder ohne Werbung mit unserem Abo weiterlesen.",
            "Mit einem Klick auf „Alle akzeptieren“ willigen Sie in die Verarbeitung durch uns "
            "und unsere Partner ein. Ihre Einwilligung können Sie jederzeit in den "
            "Datenschutz-Einstellungen widerrufen.",
        ],
        "Werbefreies Abo: alle Artikel ohne Werbetracking für 3,49 € im Monat. Jetzt "
        "abonnieren. Schon Abonnent? Hier einloggen.",
    ),
    "de-AT": (
        "Willkommen bei der Donauzeitung",
        [
            "Damit wir Ihnen unsere Inhalte kostenlos anbieten können, verarbeiten wir und 98 "
            "Partner Ihre Daten mithilfe von Cookies für personalisierte Werbung. Mit "
            "„Einverstanden“ stimmen Sie der Verarbeitung zu.",
        ],
        "Alternativ lesen Sie mit dem Werbefrei-Abo um 2,99 Euro im Monat ohne Werbung und "
        "ohne Tracking. Bereits Abonnent? Hier anmelden.",
    ),
    "de-CH": (
        "Zustimmung zu Cookies und Werbung",
        [
            "Wir und unsere Partner verwenden Cookies und verarbeiten Ihre Daten, um Werbung "
            "anzuzeigen und die Nutzung zu messen. Mit „Akzeptieren“ stimmen Sie zu; Ihre "
            "Einwilligung können Sie jederzeit widerrufen.",
        ],
        "Oder lesen Sie mit Contentpass für CHF 3.99 pro Monat auf über 300 Websites ohne "
        "Werbung weiter. Schon Contentpass-Nutzer? Anmelden.",
    ),
    "en": (
        "Your choice: ads or subscription",
        [
            "We and our 164 partners use cookies and process personal data such as your IP "
            "address to show you content and advertising. You can agree to this or go on "
            "reading ad-free with our subscription.",
            "By clicking Accept all you consent to the processing of your data by us and our "
            "partners. You can withdraw your consent at any time in the privacy settings.",
        ],
        "Ad-free subscription: every article without ad tracking for £2.99 a month. Subscribe "
        "now. Already a subscriber? Log in.",
    ),
    "fr": (
        "Accepter les cookies ou s'abonner",
        [
            "Nous et nos 164 partenaires utilisons des cookies et traitons vos données "
            "personnelles, comme votre adresse IP, pour vous montrer des contenus et des "
            "publicités. Vous pouvez accepter ou lire sans publicité en vous abonnant.",
            "En cliquant sur « Accepter et continuer », vous consentez au traitement de vos "
            "données par nous et nos partenaires. Vous pouvez retirer votre consentement à tout "
            "moment dans les paramètres de confidentialité.",
        ],
        "Offre sans publicité : tous nos articles sans pistage publicitaire pour 2,99 € par "
        "mois. Je m'abonne. Déjà abonné ? Se connecter.",
    ),
    "it": (
        "Accetta i cookie o abbonati",
        [
            "Noi e i nostri 164 partner utilizziamo cookie e trattiamo dati personali come il "
            "tuo indirizzo IP per mostrarti contenuti e pubblicità. Puoi acconsentire oppure "
            "leggere senza pubblicità con un abbonamento.",
            "Cliccando su «Accetta e continua» acconsenti al trattamento dei tuoi dati da parte "
            "nostra e dei nostri partner. Puoi revocare il consenso in qualsiasi momento dalle "
            "impostazioni della privacy.",
        ],
        "Abbonamento senza pubblicità: tutti gli articoli senza tracciamento pubblicitario a "
        "2,99 euro al mese. Abbonati ora. Sei già abbonato? Accedi.",
    ),
    "es": (
        "Acepta las cookies o suscríbete",
        [
            "Nosotros y nuestros 164 socios usamos cookies y tratamos datos personales como tu "
            "dirección IP para mostrarte contenidos y publicidad. Puedes aceptarlo o seguir "
            "leyendo sin publicidad con una suscripción.",
            "Al hacer clic en «Aceptar y continuar» consientes el tratamiento de tus datos por "
            "nuestra parte y la de nuestros socios. Puedes retirar tu consentimiento en "
            "cualquier momento en la configuración de privacidad.",
        ],
        "Suscripción sin publicidad: todas las noticias sin seguimiento publicitario por 2,99 "
        "€ al mes. Suscríbete ahora. ¿Ya eres suscriptor? Inicia sesión.",
    ),
    "pt": (
        "Aceite os cookies ou assine",
        [
            "Nós e os nossos 164 parceiros usamos cookies e tratamos dados pessoais, como o seu "
            "endereço IP, para lhe mostrar conteúdos e publicidade. Pode aceitar ou continuar a "
            "ler sem publicidade com uma assinatura.",
            "Ao clicar em «Aceitar e continuar» consente o tratamento dos seus dados por nós e "
            "pelos nossos parceiros. Pode retirar o seu consentimento a qualquer momento nas "
            "definições de privacidade.",
        ],
        "Assinatura sem publicidade: todos os artigos sem rastreamento publicitário por 2,99 € "
        "por mês. Assine já. Já é assinante? Inicie sessão.",
    ),
    "nl": (
        "Cookies accepteren of abonneren",
        [
            "Wij en onze 164 partners gebruiken cookies en verwerken persoonsgegevens zoals je "
            "IP-adres om je inhoud en advertenties te tonen. Je kunt akkoord gaan of zonder "
            "advertenties verder lezen met een abonnement.",
            "Door op 'Akkoord en doorgaan' te klikken geef je toestemming voor de verwerking van "
            "je gegevens door ons en onze partners. Je kunt je toestemming op elk moment "
            "intrekken in de privacy-instellingen.",
        ],
        "Advertentievrij abonnement: alle artikelen zonder advertentietracking voor € 2,99 per "
        "maand. Word nu abonnee. Al abonnee? Log in.",
    ),
    "pl": (
        "Zgoda na cookies albo subskrypcja",
        [
            "My i nasi 164 partnerzy używamy plików cookie i przetwarzamy dane osobowe, takie "
            "jak Twój adres IP, aby wyświetlać Ci treści i reklamy. Możesz wyrazić zgodę albo "
            "czytać bez reklam w ramach subskrypcji.",
            "Klikając „Akceptuję i przechodzę do serwisu”, wyrażasz zgodę na przetwarzanie "
            "Twoich danych przez nas i naszych partnerów. Zgodę możesz wycofać w każdej chwili "
            "w ustawieniach prywatności.",
        ],
        "Subskrypcja bez reklam: wszystkie artykuły bez śledzenia reklamowego za 9,99 zł "
        "miesięcznie. Kup teraz. Masz już subskrypcję? Zaloguj się.",
    ),
    "sv": (
        "Godkänn kakor eller prenumerera",
        [
            "Vi och våra 164 partner använder kakor och behandlar personuppgifter som din "
            "IP-adress för att visa dig innehåll och annonser. Du kan godkänna detta eller läsa "
            "vidare utan reklam med en prenumeration.",
            "Genom att klicka på ”Godkänn alla” samtycker du till att vi och våra partner "
            "behandlar dina uppgifter. Du kan när som helst återkalla ditt samtycke i "
            "integritetsinställningarna.",
        ],
        "Reklamfri prenumeration: alla artiklar utan annonsspårning för 39 kr i månaden. "
        "Prenumerera nu. Redan prenumerant? Logga in.",
    ),
    "da": (
        "Accepter cookies eller abonnér",
        [
            "Vi og vores 164 partnere bruger cookies og behandler personoplysninger som din "
            "IP-adresse for at vise dig indhold og annoncer. Du kan give samtykke eller læse "
            "videre uden reklamer med et abonnement.",
            "Ved at klikke på ”Accepter alle” giver du samtykke til, at vi og vores partnere "
            "behandler dine data. Du kan til enhver tid trække dit samtykke tilbage under "
            "privatlivsindstillinger.",
        ],
        "Reklamefrit abonnement: alle artikler uden annoncesporing for 29 kr. om måneden. Køb "
        "abonnement nu. Allerede abonnent? Log ind.",
    ),
    "no": (
        "Godta informasjonskapsler eller abonner",
        [
            "Vi og våre 164 partnere bruker informasjonskapsler og behandler personopplysninger "
            "som IP-adressen din for å vise deg innhold og annonser. Du kan samtykke eller lese "
            "videre uten reklame med et abonnement.",
            "Ved å klikke på «Godta alle» samtykker du til at vi og våre partnere behandler "
            "dataene dine. Du kan når som helst trekke tilbake samtykket i "
            "personverninnstillingene.",
        ],
        "Reklamefritt abonnement: alle artikler uten annonsesporing for 39 kr i måneden. "
        "Abonner nå. Allerede abonnent? Logg inn.",
    ),
    "fi": (
        "Hyväksy evästeet tai tilaa",
        [
            "Me ja 164 kumppaniamme käytämme evästeitä ja käsittelemme henkilötietojasi, kuten "
            "IP-osoitettasi, näyttääksemme sinulle sisältöä ja mainoksia. Voit antaa "
            "suostumuksesi tai lukea ilman mainoksia tilaajana.",
            "Klikkaamalla ”Hyväksy kaikki” annat suostumuksesi siihen, että me ja kumppanimme "
            "käsittelemme tietojasi. Voit perua suostumuksesi milloin tahansa "
            "tietosuoja-asetuksista.",
        ],
        "Mainokseton tilaus: kaikki artikkelit ilman mainosseurantaa 2,99 € kuukaudessa. Tilaa "
        "nyt. Oletko jo tilaaja? Kirjaudu sisään.",
    ),
    "cs": (
        "Souhlas s cookies, nebo předplatné",
        [
            "My a našich 164 partnerů používáme soubory cookie a zpracováváme osobní údaje, "
            "jako je vaše IP adresa, abychom vám zobrazovali obsah a reklamu. Můžete souhlasit, "
            "nebo číst bez reklam s předplatným.",
            "Kliknutím na „Souhlasím a pokračovat“ souhlasíte se zpracováním vašich údajů námi "
            "a našimi partnery. Souhlas můžete kdykoli odvolat v nastavení soukromí.",
        ],
        "Předplatné bez reklam: všechny články bez reklamního sledování za 49 Kč měsíčně. "
        "Předplatit nyní. Už předplatné máte? Přihlaste se.",
    ),
    "sk": (
        "Súhlas s cookies alebo predplatné",
        [
            "My a našich 164 partnerov používame súbory cookie a spracúvame osobné údaje, "
            "napríklad vašu IP adresu, aby sme vám zobrazovali obsah a reklamu. Môžete súhlasiť "
            "alebo čítať bez reklám s predplatným.",
            "Kliknutím na „Súhlasím a pokračovať“ súhlasíte so spracúvaním vašich údajov nami "
            "a našimi partnermi. Súhlas môžete kedykoľvek odvolať v nastaveniach súkromia.",
        ],
        "Predplatné bez reklám: všetky články bez reklamného sledovania za 2,99 € mesačne. "
        "Predplatiť teraz. Už máte predplatné? Prihláste sa.",
    ),
    "hu": (
        "Sütik elfogadása vagy előfizetés",
        [
            "Mi és 164 partnerünk sütiket használunk és személyes adatokat kezelünk, például az "
            "IP-címét, hogy tartalmakat és hirdetéseket mutassunk Önnek. Hozzájárulhat ehhez, "
            "vagy hirdetések nélkül olvashat tovább előfizetéssel.",
            "Az „Elfogadom és tovább” gombra kattintva hozzájárul, hogy mi és partnereink "
            "kezeljük az adatait. Hozzájárulását bármikor visszavonhatja az adatvédelmi "
            "beállításokban.",
        ],
        "Reklámmentes előfizetés: minden cikk hirdetéskövetés nélkül havi 990 Ft-ért. "
        "Fizessen elő most. Már előfizető? Jelentkezzen be.",
    ),
    "ro": (
        "Acceptă cookie-urile sau abonează-te",
        [
            "Noi și cei 164 de parteneri ai noștri folosim cookie-uri și prelucrăm date cu "
            "caracter personal, precum adresa IP, pentru a vă arăta conținut și reclame. Puteți "
            "accepta sau puteți citi fără reclame cu un abonament.",
            "Dând clic pe „Accept și continui” vă exprimați consimțământul pentru prelucrarea "
            "datelor de către noi și partenerii noștri. Vă puteți retrage consimțământul oricând "
            "din setările de confidențialitate.",
        ],
        "Abonament fără reclame: toate articolele fără urmărire publicitară pentru 14,99 lei "
        "pe lună. Abonează-te acum. Ești deja abonat? Autentifică-te.",
    ),
    "el": (
        "Αποδοχή cookies ή συνδρομή",
        [
            "Εμείς και οι 164 συνεργάτες μας χρησιμοποιούμε cookies και επεξεργαζόμαστε "
            "προσωπικά δεδομένα, όπως τη διεύθυνση IP σας, για να σας δείχνουμε περιεχόμενο και "
            "διαφημίσεις. Μπορείτε να συναινέσετε ή να διαβάζετε χωρίς διαφημίσεις με συνδρομή.",
            "Κάνοντας κλικ στο «Αποδοχή και συνέχεια» συναινείτε στην επεξεργασία των δεδομένων "
            "σας από εμάς και τους συνεργάτες μας. Μπορείτε να ανακαλέσετε τη συγκατάθεσή σας "
            "ανά πάσα στιγμή από τις ρυθμίσεις απορρήτου.",
        ],
        "Συνδρομή χωρίς διαφημίσεις: όλα τα άρθρα χωρίς διαφημιστική παρακολούθηση με 2,99 € "
        "τον μήνα. Εγγραφείτε τώρα. Είστε ήδη συνδρομητής; Συνδεθείτε.",
    ),
    "hr": (
        "Prihvati kolačiće ili se pretplati",
        [
            "Mi i naših 164 partnera koristimo kolačiće i obrađujemo osobne podatke, poput vaše "
            "IP adrese, kako bismo vam prikazivali sadržaj i oglase. Možete dati privolu ili "
            "čitati bez oglasa uz pretplatu.",
            "Klikom na „Prihvaćam i nastavljam” dajete privolu da mi i naši partneri obrađujemo "
            "vaše podatke. Privolu možete povući u bilo kojem trenutku u postavkama privatnosti.",
        ],
        "Pretplata bez oglasa: svi članci bez praćenja oglasa za 2,99 € mjesečno. Pretplatite "
        "se sada. Već ste pretplatnik? Prijavite se.",
    ),
    "sl": (
        "Sprejmite piškotke ali se naročite",
        [
            "Mi in naših 164 partnerjev uporabljamo piškotke in obdelujemo osebne podatke, kot "
            "je vaš naslov IP, da vam prikazujemo vsebine in oglase. Lahko soglašate ali berete "
            "brez oglasov z naročnino.",
            "S klikom na »Sprejmi in nadaljuj« soglašate, da mi in naši partnerji obdelujemo "
            "vaše podatke. Soglasje lahko kadar koli prekličete v nastavitvah zasebnosti.",
        ],
        "Naročnina brez oglasov: vsi članki brez oglaševalskega sledenja za 2,99 € na mesec. "
        "Naročite se zdaj. Ste že naročnik? Prijavite se.",
    ),
}


def _html(lang: str, heading: str, paragraphs: list[str], box: bool) -> bytes:
    """The wall as a site serves it: in its own consent box, or in the article's template
    (the CMS renders the wall as the article's body, under a site menu)."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    if box:
        inner = f'<div class="consent-layer"><h2>{heading}</h2>{body}</div>'
    else:
        inner = (
            '<header><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav></header>'
            f"<main><article><h1>{heading}</h1>{body}</article></main>"
        )
    return (
        f'<html lang="{lang}"><head><title>{heading} | Hafenblatt</title></head>'
        f"<body>{inner}</body></html>"
    ).encode()


@pytest.mark.parametrize("box", [False, True], ids=["article-template", "consent-box"])
@pytest.mark.parametrize("lang", sorted(WALLS))
def test_a_consent_or_pay_wall_is_a_consent_wall(lang: str, box: bool) -> None:
    heading, consent, offer = WALLS[lang]
    raw = RawPage("wall.html", "html", _html(lang, heading, [*consent, offer], box), url=URL)
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Rejection), result
    assert result.reason == "error-page" and "consent wall" in result.detail, result


@pytest.mark.parametrize("lang", sorted(WALLS))
def test_a_consent_or_pay_wall_in_a_record_is_a_consent_wall(lang: str) -> None:
    """The same wall as a crawler's record gives it: the text field, a title, the address."""
    heading, consent, offer = WALLS[lang]
    raw = RawPage(
        "items.jl:3", "text", "\n\n".join([*consent, offer]), url=URL, title=heading
    )
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Rejection), result
    assert result.reason == "error-page" and "consent wall" in result.detail, result


# Reports naming cookies, consent, partners and ad-free subscriptions in the reporter's voice,
# one a language family (Germanic, Romance, Slavic, Finno-Ugric, Greek): articles, whole.
REPORTS: dict[str, tuple[str, list[str]]] = {
    "de": (
        "Datenschützer prüfen Pur-Abos der Verlage",
        [
            "Die Datenschutzbehörde des Landes prüft, ob Nachrichtenseiten ihre Leser vor die "
            "Wahl zwischen Cookies und einem bezahlten Abo stellen dürfen, wie eine Sprecherin "
            "am Dienstag sagte.",
            "Mehrere Verlage bieten ein werbefreies Pur-Abo für 2,99 Euro im Monat an; wer es "
            "nicht kauft, muss der Verarbeitung seiner Daten durch bis zu 200 Partner zustimmen.",
            "Verbraucherschützer halten das für keine freie Einwilligung. Die Verlage sagen, sie "
            "finanzierten mit der Werbung ihre Redaktionen, und wollen notfalls klagen.",
        ],
    ),
    "sv": (
        "Tidningar får ta betalt för reklamfri läsning",
        [
            "Integritetsskyddsmyndigheten meddelade på tisdagen att nyhetssajter får låta "
            "läsarna välja mellan att godkänna kakor och att betala för en reklamfri "
            "prenumeration.",
            "Flera tidningar tar i dag 39 kronor i månaden för läsning utan reklam, och den som "
            "inte betalar måste samtycka till att upp till 200 partner behandlar uppgifterna.",
            "Konsumentorganisationer säger att valet inte är fritt och överväger att överklaga "
            "beslutet till förvaltningsrätten under våren.",
        ],
    ),
    "fr": (
        "La CNIL examine les murs « cookies ou abonnement »",
        [
            "La Commission nationale de l'informatique et des libertés examine les sites "
            "d'information qui demandent aux lecteurs d'accepter les cookies ou de payer un "
            "abonnement sans publicité, a-t-elle indiqué mardi.",
            "Plusieurs éditeurs proposent une offre sans publicité à 2,99 euros par mois ; les "
            "autres lecteurs doivent consentir au traitement de leurs données par des centaines "
            "de partenaires.",
            "Des associations de consommateurs estiment que ce consentement n'est pas libre et "
            "envisagent un recours devant le Conseil d'État.",
        ],
    ),
    "es": (
        "Protección de Datos revisa los muros de pago por privacidad",
        [
            "La Agencia Española de Protección de Datos revisará los diarios digitales que "
            "obligan a los lectores a aceptar las cookies o a pagar una suscripción sin "
            "publicidad, informó el martes la agencia.",
            "Varios periódicos cobran 2,99 euros al mes por leer sin anuncios, y quien no paga "
            "debe consentir que cientos de socios traten sus datos personales.",
            "Las asociaciones de consumidores sostienen que ese consentimiento no es libre y "
            "preparan una reclamación conjunta ante la agencia.",
        ],
    ),
    "pl": (
        "UODO sprawdzi płatne wersje portali bez reklam",
        [
            "Urząd Ochrony Danych Osobowych sprawdzi portale, które każą czytelnikom zaakceptować "
            "pliki cookie albo wykupić subskrypcję bez reklam, poinformował w czwartek rzecznik "
            "urzędu.",
            "Kilka wydawnictw pobiera 9,99 zł miesięcznie za czytanie bez reklam, a pozostali "
            "czytelnicy muszą wyrazić zgodę na przetwarzanie danych przez setki partnerów.",
            "Organizacje konsumenckie twierdzą, że taka zgoda nie jest dobrowolna, i zapowiadają "
            "skargę do sądu administracyjnego.",
        ],
    ),
    "hr": (
        "AZOP provjerava pretplate bez oglasa",
        [
            "Agencija za zaštitu osobnih podataka provjerit će portale koji od čitatelja traže "
            "da prihvate kolačiće ili plate pretplatu bez oglasa, rekla je glasnogovornica u "
            "utorak.",
            "Nekoliko izdavača naplaćuje 2,99 eura mjesečno za čitanje bez oglasa, a ostali "
            "moraju dati privolu da stotine partnera obrađuju njihove podatke.",
            "Udruge potrošača smatraju da takva privola nije slobodna i najavljuju žalbu "
            "Upravnom sudu.",
        ],
    ),
    "fi": (
        "Tietosuojavaltuutettu selvittää mainoksettomat tilaukset",
        [
            "Tietosuojavaltuutetun toimisto selvittää uutissivustoja, jotka pyytävät lukijoita "
            "hyväksymään evästeet tai maksamaan mainoksettomasta tilauksesta, toimisto kertoi "
            "tiistaina.",
            "Useat lehdet veloittavat 2,99 euroa kuukaudessa lukemisesta ilman mainoksia, ja "
            "muiden lukijoiden on annettava suostumus tietojen käsittelyyn sadoille kumppaneille.",
            "Kuluttajajärjestöjen mukaan suostumus ei ole vapaa, ja ne harkitsevat valitusta "
            "hallinto-oikeuteen.",
        ],
    ),
    "hu": (
        "A NAIH vizsgálja a reklámmentes előfizetéseket",
        [
            "A Nemzeti Adatvédelmi és Információszabadság Hatóság megvizsgálja azokat a "
            "hírportálokat, amelyek a sütik elfogadását vagy reklámmentes előfizetést kérnek az "
            "olvasóktól, közölte kedden a hatóság.",
            "Több kiadó havi 990 forintot kér a hirdetések nélküli olvasásért, a többi "
            "olvasónak pedig hozzá kell járulnia, hogy partnerek százai kezeljék az adatait.",
            "A fogyasztóvédők szerint ez a hozzájárulás nem önkéntes, és bírósághoz fordulnak.",
        ],
    ),
    "el": (
        "Η Αρχή εξετάζει τις συνδρομές χωρίς διαφημίσεις",
        [
            "Η Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα εξετάζει ειδησεογραφικούς "
            "ιστότοπους που ζητούν από τους αναγνώστες να αποδεχθούν τα cookies ή να πληρώσουν "
            "συνδρομή χωρίς διαφημίσεις, ανακοίνωσε την Τρίτη.",
            "Αρκετοί εκδότες χρεώνουν 2,99 ευρώ τον μήνα για ανάγνωση χωρίς διαφημίσεις, ενώ οι "
            "υπόλοιποι αναγνώστες πρέπει να συναινέσουν στην επεξεργασία των δεδομένων τους.",
            "Οι ενώσεις καταναλωτών υποστηρίζουν ότι η συγκατάθεση αυτή δεν είναι ελεύθερη και "
            "σχεδιάζουν προσφυγή στο Συμβούλιο της Επικρατείας.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_a_report_on_consent_and_subscriptions_stays_an_article(lang: str) -> None:
    title, paragraphs = REPORTS[lang]
    stays_whole(lang, title, paragraphs)


def stays_whole(lang: str, title: str, paragraphs: list[str]) -> None:
    """A report stays an article with every paragraph, as saved HTML and as a record."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f'<html lang="{lang}"><head><title>{title}</title></head><body><article>'
        f"<h1>{title}</h1>{body}</article></body></html>"
    )
    result = clean_page(RawPage("news.html", "html", html.encode(), url=URL), CleanConfig())
    assert isinstance(result, Article), result
    assert result.text.splitlines() == paragraphs
    record = RawPage("items.jl:4", "text", "\n\n".join(paragraphs), url=URL, title=title)
    result = clean_page(record, CleanConfig())
    assert isinstance(result, Article), result
    assert result.text.splitlines() == paragraphs
