"""Consent walls told by their body's lines, under a heading that names no consent word ("Din
oplevelse", "Før du fortsetter", "Skôr než budete pokračovať"), in the Scandinavian, West and
South Slavic and East Slavic languages; a banner line the identifier reads as a close kin
language keeps its own table's voice; and reports about cookie rules stay whole (walls30's and
tidy30's notes, session 30).

On main such walls were stored as articles from text dumps: the tables knew one form of a
word ("samtykke", "personopplysninger", not "samtykket", "personopplysningane",
"informasjonskapslar"), Serbian in Cyrillic and Belarusian had no consent phrases, and the
banner's "you can change your choice under Settings" line, naming no cookie, split it in two
blocks of which neither was a banner.  Invented texts."""

from __future__ import annotations

import pytest

from clipper import language
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.dumplines import word_count
from clipper.furniture import consent
from clipper.furniture.compiled import matchers
from clipper.furniture.consent import consent_lines
from clipper.page import Article, RawPage, Rejection

CONFIG = CleanConfig()

# heading (no consent word), the banner's sentences, its buttons
WALLS: dict[str, tuple[str, list[str], list[str]]] = {
    'da': (
        'Din oplevelse',
        [
            'Vi bruger cookies til at huske dine valg, til at måle trafikken og til'
            ' at vise annoncer, der passer til dig.',
            'Når du klikker på Accepter alle, giver du samtykket til, at vi og '
            'vores partnere behandler personoplysningerne om dit besøg.',
            'Du kan altid ændre dit valg under Indstillinger nederst på siden.',
        ],
        ['Accepter alle', 'Afvis'],
    ),
    'nb': (
        'Før du fortsetter',
        [
            'Vi bruker informasjonskapsler for å huske valgene dine, måle trafikken'
            ' og vise annonser som passer for deg.',
            'Når du klikker Godta alle, gir du samtykket ditt til at vi og våre '
            'partnere behandler personopplysningene om besøket ditt.',
            'Du kan alltid endre valget ditt under Innstillinger nederst på siden.',
        ],
        ['Godta alle', 'Avvis'],
    ),
    'nn': (
        'Før du held fram',
        [
            'Vi brukar informasjonskapslar for å hugse vala dine, måle trafikken og'
            ' vise annonsar som passar for deg.',
            'Når du klikkar Godta alle, gir du samtykket ditt til at vi og '
            'partnarane våre behandlar personopplysningane om besøket ditt.',
            'Du kan alltid endre valet ditt under Innstillingar nedst på sida.',
        ],
        ['Godta alle', 'Avvis'],
    ),
    'sv': (
        'Innan du läser vidare',
        [
            'Vi använder kakor för att komma ihåg dina val, mäta trafiken och visa '
            'annonser som passar dig.',
            'När du klickar på Godkänn alla ger du ditt samtycke till att vi och '
            'våra partner behandlar personuppgifterna om ditt besök.',
            'Du kan alltid ändra ditt val under Inställningar längst ned på sidan.',
        ],
        ['Godkänn alla', 'Neka'],
    ),
    'sk': (
        'Skôr než budete pokračovať',
        [
            'Na tejto stránke používame súbory cookie, aby sme si zapamätali vaše '
            'voľby, merali návštevnosť a zobrazovali vám vhodné reklamy.',
            'Kliknutím na Prijať všetko dávate súhlas, aby sme my a naši partneri '
            'spracúvali osobné údaje o vašej návšteve.',
            'Svoju voľbu môžete kedykoľvek zmeniť v nastaveniach na konci stránky.',
        ],
        ['Prijať všetko', 'Odmietnuť'],
    ),
    'sr': (
        'Пре него што наставите',
        [
            'Користимо колачиће да бисмо запамтили ваше изборе, мерили посећеност и'
            ' приказивали вам одговарајуће огласе.',
            'Кликом на Прихвати све дајете пристанак да ми и наши партнери '
            'обрађујемо личне податке о вашој посети.',
            'Свој избор можете увек да промените у подешавањима на дну странице.',
        ],
        ['Прихвати све', 'Одбиј'],
    ),
    'be': (
        'Перш чым працягнуць',
        [
            'Мы выкарыстоўваем файлы cookie, каб запомніць вашы налады, вымяраць '
            'наведвальнасць і паказваць вам прыдатную рэкламу.',
            'Націскаючы Прыняць усе, вы даяце згоду на тое, каб мы і нашы партнёры '
            'апрацоўвалі персанальныя дадзеныя пра ваша наведванне.',
            'Свой выбар вы можаце змяніць у наладах унізе старонкі.',
        ],
        ['Прыняць усе', 'Адхіліць'],
    ),
    'bs': (
        'Prije nego nastavite',
        [
            'Koristimo kolačiće da bismo zapamtili vaše izbore, mjerili posjećenost'
            ' i prikazivali vam odgovarajuće oglase.',
            'Klikom na Prihvati sve dajete saglasnost da mi i naši partneri '
            'obrađujemo lične podatke o vašoj posjeti.',
            'Svoj izbor uvijek možete promijeniti u postavkama na dnu stranice.',
        ],
        ['Prihvati sve', 'Odbij'],
    ),
}

# A report on cookie rules: the regulator, what sites must do, "you can complain", the
# publishers, the date (the reporter's voice beside every consent word of the banner).
REPORTS: dict[str, tuple[str, list[str]]] = {
    'da': (
        'Datatilsynet strammer reglerne for cookies',
        [
            'Datatilsynet har tirsdag offentliggjort nye retningslinjer for, '
            'hvordan danske hjemmesider må bede om samtykke til cookies.',
            'Ifølge tilsynet skal det være lige så let at afvise cookies som at '
            'acceptere dem, og knappen til at sige nej må ikke gemmes væk i '
            'indstillingerne.',
            'Du kan som borger klage til tilsynet, hvis en hjemmeside behandler '
            'dine personoplysninger uden samtykket, siger kontorchef Mette Holm.',
            'Brancheforeningen for danske medier kalder kravene urimelige og '
            'frygter, at annonceindtægterne vil falde med op til en femtedel.',
            'De nye regler træder i kraft den 1. marts, og tilsynet vil begynde '
            'stikprøvekontroller i løbet af foråret.',
        ],
    ),
    'nb': (
        'Datatilsynet vil ha enklere cookie-valg',
        [
            'Datatilsynet la tirsdag fram nye krav til hvordan norske nettsteder '
            'ber om samtykke til informasjonskapsler.',
            'Ifølge tilsynet skal det være like enkelt å avvise informasjonskapsler'
            ' som å godta dem, og valget kan ikke gjemmes i innstillingene.',
            'Du kan klage til Datatilsynet dersom et nettsted behandler '
            'personopplysningene dine uten samtykke, sier seksjonssjef Ola Berg.',
            'Mediebedriftenes Landsforening mener kravene er for strenge og frykter'
            ' at annonseinntektene vil falle kraftig.',
            'De nye reglene gjelder fra 1. mars, og tilsynet skal ta stikkprøver i løpet av våren.',
        ],
    ),
    'sv': (
        'IMY skärper kraven på kakor',
        [
            'Integritetsskyddsmyndigheten presenterade på tisdagen nya riktlinjer '
            'för hur svenska webbplatser får be om samtycke till kakor.',
            'Enligt myndigheten ska det vara lika lätt att neka kakor som att '
            'godkänna dem, och valet får inte gömmas i inställningarna.',
            'Du kan anmäla en webbplats som behandlar dina personuppgifter utan '
            'samtycke, säger enhetschefen Anna Lind.',
            'Tidningsutgivarna anser att kraven går för långt och befarar att '
            'annonsintäkterna kommer att sjunka.',
            'De nya reglerna gäller från den 1 mars, och myndigheten ska göra '
            'stickprov under våren.',
        ],
    ),
    'sk': (
        'Úrad sprísňuje pravidlá pre cookies',
        [
            'Úrad na ochranu osobných údajov v utorok zverejnil nové usmernenie, '
            'ako môžu slovenské weby žiadať o súhlas so súbormi cookie.',
            'Podľa úradu musí byť odmietnutie súborov cookie rovnako jednoduché ako'
            ' ich prijatie a voľba nesmie byť skrytá v nastaveniach.',
            'Ak web spracúva vaše osobné údaje bez súhlasu, môžete podať sťažnosť, '
            'povedal hovorca úradu Peter Kováč.',
            'Združenie vydavateľov považuje požiadavky za prísne a obáva sa poklesu'
            ' príjmov z reklamy.',
            'Nové pravidlá platia od 1. marca a úrad začne s kontrolami na jar.',
        ],
    ),
    'sr': (
        'Повереник пооштрава правила за колачиће',
        [
            'Повереник за заштиту података о личности објавио је у уторак нове '
            'смернице о томе како сајтови траже пристанак за колачиће.',
            'Према смерницама, одбијање колачића мора бити једнако лако као и '
            'њихово прихватање, а избор не сме бити скривен у подешавањима.',
            'Ако сајт обрађује ваше личне податке без пристанка, можете поднети '
            'притужбу, рекао је портпарол Марко Илић.',
            'Удружење издавача сматра да су захтеви престроги и страхује од пада '
            'прихода од огласа.',
            'Нова правила важе од 1. марта, а повереник ће током пролећа вршити провере.',
        ],
    ),
    'be': (
        'Рэгулятар узмацняе правілы для cookie',
        [
            'Нацыянальны цэнтр абароны персанальных дадзеных у аўторак апублікаваў '
            'новыя рэкамендацыі пра тое, як сайты павінны пытаць згоду на файлы '
            'cookie.',
            'Паводле рэгулятара, адмовіцца ад файлаў cookie павінна быць гэтак жа '
            'проста, як і прыняць іх, а выбар нельга хаваць у наладах.',
            'Калі сайт апрацоўвае вашы персанальныя дадзеныя без згоды, вы можаце '
            'паскардзіцца, заявіў прэс-сакратар Павел Шэмет.',
            'Асацыяцыя выдаўцоў лічыць патрабаванні занадта жорсткімі і баіцца '
            'падзення даходаў ад рэкламы.',
            'Новыя правілы дзейнічаюць з 1 сакавіка, а праверкі пачнуцца вясной.',
        ],
    ),
    'bs': (
        'Agencija pooštrava pravila za kolačiće',
        [
            'Agencija za zaštitu ličnih podataka objavila je u utorak nove '
            'smjernice o tome kako web stranice traže saglasnost za kolačiće.',
            'Prema smjernicama, odbijanje kolačića mora biti jednako lako kao i '
            'njihovo prihvatanje, a izbor ne smije biti skriven u postavkama.',
            'Ako stranica obrađuje vaše lične podatke bez saglasnosti, možete '
            'podnijeti žalbu, rekao je portparol Adnan Hodžić.',
            'Udruženje izdavača smatra da su zahtjevi prestrogi i strahuje od pada '
            'prihoda od oglasa.',
            'Nova pravila važe od 1. marta, a agencija će tokom proljeća vršiti provjere.',
        ],
    ),
    'ru': (
        'Роскомнадзор ужесточает правила для cookie',
        [
            'Роскомнадзор во вторник опубликовал новые рекомендации о том, как '
            'сайты должны запрашивать согласие на файлы cookie.',
            'По данным ведомства, отказаться от файлов cookie должно быть так же '
            'просто, как и принять их, а выбор нельзя прятать в настройках.',
            'Если сайт обрабатывает ваши персональные данные без согласия, вы '
            'можете пожаловаться, заявил пресс-секретарь Павел Смирнов.',
            'Ассоциация издателей считает требования слишком жёсткими и опасается '
            'падения доходов от рекламы.',
            'Новые правила действуют с 1 марта, а проверки начнутся весной.',
        ],
    ),
    'uk': (
        'Регулятор посилює правила для cookie',
        [
            'Держспоживзахист у вівторок оприлюднив нові рекомендації щодо того, як'
            ' сайти мають запитувати згоду на файли cookie.',
            'За словами регулятора, відмовитися від файлів cookie має бути так само'
            ' просто, як і прийняти їх, а вибір не можна ховати в налаштуваннях.',
            'Якщо сайт обробляє ваші персональні дані без згоди, ви можете '
            'поскаржитися, заявив речник Андрій Коваль.',
            'Асоціація видавців вважає вимоги надто жорсткими і побоюється падіння '
            'доходів від реклами.',
            'Нові правила діють з 1 березня, а перевірки почнуться навесні.',
        ],
    ),
}
SEPARATORS = {"paragraphs": "\n\n", "lines": "\n"}


def _dump(lang: str, body: str) -> RawPage:
    return RawPage(
        origin=f"t/{lang}.txt", kind="text", body=body, url=f"https://avis-{lang}.example/a/1"
    )


@pytest.mark.parametrize("shape", list(SEPARATORS))
@pytest.mark.parametrize("lang", list(WALLS))
def test_a_wall_under_a_heading_naming_no_consent_is_rejected(lang: str, shape: str) -> None:
    heading, sentences, buttons = WALLS[lang]
    got = clean_page(_dump(lang, SEPARATORS[shape].join([heading, *sentences, *buttons])), CONFIG)
    assert isinstance(got, Rejection), got
    assert got.reason == "error-page" and "consent wall" in (got.detail or ""), got.detail


@pytest.mark.parametrize("lang", list(WALLS))
def test_the_banners_aside_between_its_lines_is_cut_with_them(lang: str) -> None:
    _, sentences, buttons = WALLS[lang]
    lines = [*sentences, *buttons]
    assert consent_lines(lines, [word_count(line) for line in lines]) == set(range(len(lines)))


@pytest.mark.parametrize("shape", list(SEPARATORS))
@pytest.mark.parametrize("lang", list(REPORTS))
def test_a_report_on_cookie_rules_stays_whole(lang: str, shape: str) -> None:
    title, paragraphs = REPORTS[lang]
    got = clean_page(_dump(lang, title + "\n\n" + SEPARATORS[shape].join(paragraphs)), CONFIG)
    assert isinstance(got, Article), got
    assert got.text.split() == " ".join(paragraphs).split()


# A banner line, the table whose voice and consent words it holds, and the kin language the
# identifier may read it as: the line keeps its table's voice.
KIN_READINGS = [
    ("sk", "cs", WALLS["sk"][1][0]),
    ("sk", "cs", WALLS["sk"][1][1]),
    ("da", "nb", WALLS["da"][1][0]),
    ("no", "da", WALLS["nb"][1][0]),
    ("sv", "da", WALLS["sv"][1][0]),
    ("hr", "sl", WALLS["bs"][1][0]),
    ("sr", "hr", WALLS["sr"][1][0]),
    ("be", "ru", WALLS["be"][1][0]),
    ("be", "uk", WALLS["be"][1][1]),
]


@pytest.mark.parametrize(("table", "read_as", "line"), KIN_READINGS)
def test_a_banner_line_read_as_a_kin_language_keeps_its_voice(
    monkeypatch: pytest.MonkeyPatch, table: str, read_as: str, line: str
) -> None:
    monkeypatch.setattr(language, "detect_language", lambda text: read_as)
    speaking = consent._speaking(matchers(), line)
    assert table in speaking
    assert consent._in_line_language(line, [table])


@pytest.mark.parametrize(
    ("code", "kin"),
    [("sk", {"cs"}), ("da", {"nb", "nn", "sv"}), ("sr", {"hr", "bs"}), ("be", {"ru", "uk"})],
)
def test_kin_languages(code: str, kin: set[str]) -> None:
    assert kin | {code} <= language.kin(code)
    assert "en" not in language.kin(code) and "pl" not in language.kin(code)


@pytest.mark.parametrize("lang", list(WALLS))
def test_the_same_wall_saved_as_html_is_rejected(lang: str) -> None:
    heading, sentences, buttons = WALLS[lang]
    html = (
        f'<html lang="{lang}"><head><title>{heading}</title></head><body><div class="cmp">'
        f"<h1>{heading}</h1>"
        + "".join(f"<p>{sentence}</p>" for sentence in sentences)
        + "".join(f"<button>{button}</button>" for button in buttons)
        + "</div></body></html>"
    )
    got = clean_page(
        RawPage(origin=f"t/{lang}.html", kind="html", body=html, url="https://avis.example/a/1"),
        CONFIG,
    )
    assert isinstance(got, Rejection), got
    assert got.reason == "error-page" and "consent wall" in (got.detail or ""), got.detail
