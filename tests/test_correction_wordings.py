"""Corrections and editor's notes in the wordings papers use beyond one label a language
(newcomer 37b, F8: a Swiss German "Korrigendum:" added below a story was told "1 paragraph
added"): further labels ("Korrigendum", "Berichtigung", "Поправка", "Berigtigelse", "【おわびと
訂正】", "更正启事"), a label with a date ("Korrektur vom 5. Dezember:", "Correctie 5 december:"),
and the sentence a paper writes without a label ("In einer früheren Version dieses Artikels …",
"Dans une version précédente de cet article …").  A story's paragraph that opens with such a
word ("Berichtigung des Grundbuchs:", "Correction en Bourse :", "Поправка № 12:") stays the
story's.  Invented sentences; the first half of the languages tuned the rules
(clipper.corrections), the second confirmed them."""

from __future__ import annotations

import pytest

from clipper.corrections import is_editors_note, is_update_note
from clipper.digest.lead import lead_paragraph
from clipper.versionchanges import version_changes

STORY = "Le conseil municipal a voté jeudi la rénovation du marché couvert de la ville."
REST = "Les travaux dureront quatorze mois et coûteront 3,2 millions d'euros au total."

# (language, note): tuned on.
TUNE_NOTES = [
    (
        "de",
        "Korrigendum: In einer früheren Version dieses Artikels hiess es, "
        "der Umbau dauere vier Jahre.",
    ),
    ("de", "Berichtigung: Der Gemeinderat hat den Kredit am Dienstag bewilligt, nicht am Montag."),
    (
        "de",
        "Korrektur vom 5. Dezember: Die Kosten betragen 12 Millionen Franken, nicht 21 Millionen.",
    ),
    (
        "de",
        "In einer früheren Fassung dieses Artikels war der Name der Stadträtin falsch geschrieben.",
    ),
    ("de", "Dieser Artikel wurde am 5. Dezember korrigiert: Die Bauzeit beträgt drei Jahre."),
    ("de", "Klarstellung: Die Stiftung hat keine Gelder des Kantons erhalten."),
    ("fr", "Rectificatif : contrairement à ce que nous écrivions, la séance a eu lieu mardi."),
    ("fr", "Erratum du 5 décembre : le budget s'élève à 12 millions, et non 21 millions."),
    ("fr", "NDLR : cet article a été modifié pour corriger le nom de la conseillère."),
    (
        "fr",
        "Dans une version précédente de cet article, nous indiquions "
        "que les travaux dureraient quatre ans.",
    ),
    ("fr", "Cet article a été corrigé le 5 décembre : la séance a eu lieu mardi."),
    ("fr", "Précision de la rédaction : la fondation n'a reçu aucune subvention."),
    (
        "it",
        "Rettifica: nella versione precedente dell'articolo il costo era indicato in 21 milioni.",
    ),
    ("it", "Errata corrige: la seduta si è svolta martedì e non lunedì."),
    ("it", "Precisazione: la fondazione non ha ricevuto fondi dal Cantone."),
    ("it", "In una versione precedente di questo articolo il nome della consigliera era errato."),
    ("it", "Questo articolo è stato corretto il 5 dicembre."),
    (
        "nl",
        "Rectificatie: in een eerdere versie van dit artikel stond dat de bouw vier jaar duurt.",
    ),
    ("nl", "Correctie 5 december: de kosten bedragen 12 miljoen euro."),
    ("nl", "In een eerdere versie van dit artikel stond een verkeerde datum."),
    ("nl", "Verduidelijking: de stichting kreeg geen subsidie van de provincie."),
    ("sv", "Rättelse: I en tidigare version av artikeln angavs fel datum."),
    ("sv", "Förtydligande: stiftelsen har inte fått några bidrag från regionen."),
    ("sv", "I en tidigare version av artikeln stod det att bygget tar fyra år."),
    (
        "fi",
        "Oikaisu: Jutun aiemmassa versiossa kerrottiin virheellisesti, "
        "että rakentaminen kestää neljä vuotta.",
    ),
    ("fi", "Korjattu 5.12. kello 10.15: kustannukset ovat 12 miljoonaa euroa."),
    ("fi", "Tarkennus: säätiö ei ole saanut avustusta maakunnalta."),
    ("fi", "Jutun aiemmassa versiossa valtuutetun nimi oli kirjoitettu väärin."),
    ("ru", "Поправка: в первоначальной версии статьи была указана неверная сумма."),
    ("ru", "Уточнение: фонд не получал средств из бюджета области."),
    ("ru", "В предыдущей версии статьи была неверно указана дата заседания."),
    ("el", "Επανόρθωση: Σε προηγούμενη εκδοχή του άρθρου αναφερόταν λάθος ποσό."),
    ("el", "Σε προηγούμενη εκδοχή του άρθρου αναφερόταν λάθος ημερομηνία."),
    ("el", "Διευκρίνιση: το ίδρυμα δεν έλαβε χρήματα από την περιφέρεια."),
    ("ja", "【おわびと訂正】5日付の記事で、工事期間を誤って記載していました。"),
    ("ja", "訂正とおわび：4日付の本記事で、議員の名前に誤りがありました。"),
    ("ar", "تصويب: ورد في نسخة سابقة من هذا المقال أن الأشغال تستمر أربع سنوات."),
    ("ar", "استدراك: لم تتلق المؤسسة أي دعم من المحافظة."),
    ("cs", "Oprava: V předchozí verzi článku bylo uvedeno chybné datum."),
    ("cs", "Upřesnění: nadace nedostala od kraje žádné peníze."),
    ("cs", "V předchozí verzi článku jsme chybně uvedli jméno radní."),
    ("tr", "Düzeltme: Haberin önceki sürümünde inşaatın dört yıl süreceği yazılmıştı."),
    ("tr", "Haberin önceki versiyonunda meclis üyesinin adı yanlış yazılmıştı."),
]
# (language, a story's paragraph opening with a note's word): tuned on.
TUNE_STORY_LINES = [
    ("de", "Berichtigung des Grundbuchs: Das Bezirksgericht gab der Klägerin am Freitag recht."),
    ("de", "Korrektur am Aktienmarkt: Der SMI verlor in der Woche 4 Prozent."),
    ("de", "Die Berichtigung des Handelsregisters dauerte drei Monate, sagte der Anwalt."),
    ("fr", "Rectification du cadastre : le tribunal donne raison aux riverains."),
    ("fr", "Correction en Bourse : le CAC 40 a perdu 4 % sur la semaine."),
    ("it", "Correzione dei conti: la Corte dei conti boccia il bilancio regionale."),
    ("it", "Rettifica del confine: il Consiglio di Stato approva il progetto."),
    ("nl", "Correctie op de beurs: de AEX verloor deze week 4 procent."),
    ("sv", "Rättelse av fastighetsregistret: tingsrätten gav kvinnan rätt."),
    ("fi", "Korjaus pörssissä: Helsingin pörssi laski viikolla 4 prosenttia."),
    ("ru", "Поправка к закону о местном самоуправлении: Дума приняла её в первом чтении."),
    ("ru", "Поправка № 12: депутаты предлагают перенести выборы."),
    ("el", "Διόρθωση στο χρηματιστήριο: ο γενικός δείκτης έχασε 4%."),
    ("ja", "訂正された登記簿について、地裁は5日に判断を示した。"),
    ("ar", "تصحيح في البورصة: خسر المؤشر 4 في المئة خلال الأسبوع."),
    ("cs", "Oprava silnice: kraj vypsal tendr na opravu mostu."),
    ("tr", "Düzeltme borsada: BIST 100 endeksi hafta boyunca yüzde 4 düştü."),
]
# Written with the others, not looked at while tuning: the confirmation.
CONFIRM_NOTES = [
    (
        "es",
        "Fe de errores: en una versión anterior de esta noticia se decía "
        "que las obras durarían cuatro años.",
    ),
    ("es", "Rectificación: el pleno se celebró el martes, no el lunes."),
    ("es", "Corrección del 5 de diciembre: el presupuesto es de 12 millones."),
    ("es", "En una versión anterior de este artículo se indicaba una fecha equivocada."),
    ("pt", "Retificação: a sessão ocorreu na terça-feira, e não na segunda."),
    ("pt", "Esclarecimento: a fundação não recebeu verbas do município."),
    ("pt", "Numa versão anterior desta notícia, o nome da vereadora estava errado."),
    ("pt", "Correção de 5 de dezembro: o orçamento é de 12 milhões."),
    ("pl", "Sprostowanie: we wcześniejszej wersji artykułu podaliśmy błędną kwotę."),
    ("pl", "Uwaga redakcji: tekst został poprawiony, błędnie podaliśmy nazwisko radnej."),
    ("pl", "We wcześniejszej wersji tekstu błędnie podaliśmy datę sesji."),
    ("da", "Berigtigelse: I en tidligere version af artiklen stod der en forkert dato."),
    ("da", "Præcisering: fonden har ikke modtaget penge fra regionen."),
    ("da", "I en tidligere version af artiklen stod der, at byggeriet tager fire år."),
    ("no", "Presisering: stiftelsen har ikke fått penger fra fylket."),
    ("no", "Korreksjon: I en tidligere versjon av saken sto det feil beløp."),
    ("no", "I en tidligere versjon av saken sto det at byggingen tar fire år."),
    ("uk", "Поправка: у попередній версії статті було вказано неправильну суму."),
    ("uk", "Спростування: фонд не отримував коштів з обласного бюджету."),
    ("uk", "У попередній версії статті було неправильно вказано дату засідання."),
    ("zh", "更正启事：本报12月4日刊发的报道中，工期误写为四年。"),
    ("zh", "勘误声明：原文中议员姓名有误，特此更正。"),
    ("ko", "바로잡습니다: 4일자 기사에서 공사 기간을 잘못 적었습니다."),
    ("ko", "[정정보도] 본지 4일자 기사 중 의원 이름이 잘못 표기됐습니다."),
    ("he", "תיקון: בגרסה קודמת של הכתבה נכתב סכום שגוי."),
    ("he", "הבהרה: הקרן לא קיבלה כסף מהמועצה."),
    ("ro", "Erată: într-o versiune anterioară a articolului am indicat o sumă greșită."),
    ("ro", "Precizare: fundația nu a primit bani de la județ."),
    (
        "ca",
        "Fe d'errades: en una versió anterior d'aquest article es deia "
        "que les obres durarien quatre anys.",
    ),
    ("hu", "Helyesbítés: a cikk korábbi változatában tévesen szerepelt az összeg."),
    ("hu", "Pontosítás: az alapítvány nem kapott pénzt a megyétől."),
    ("en", "Corrigendum: An earlier version of this article misstated the cost of the works."),
    ("en", "Correction, Dec. 5, 2026: The council met on Tuesday, not Monday."),
]
CONFIRM_STORY_LINES = [
    ("es", "Rectificación del catastro: el juzgado da la razón a los vecinos."),
    ("es", "Corrección en la bolsa: el Ibex perdió un 4 % en la semana."),
    ("pt", "Correção na bolsa: o Ibovespa caiu 4% na semana."),
    ("pl", "Korekta na giełdzie: WIG20 stracił w tygodniu 4 proc."),
    ("da", "Rettelse af tinglysningen: byretten gav kvinden medhold."),
    ("no", "Korreksjon i børsen: hovedindeksen falt 4 prosent."),
    ("uk", "Поправка до закону про місцеве самоврядування: Рада ухвалила її в першому читанні."),
    ("zh", "更正后的登记簿已于5日生效。"),
    ("ko", "정정된 등기부는 5일부터 효력이 발생한다."),
    ("he", 'תיקון בבורסה: מדד ת"א 35 ירד ב-4% בשבוע.'),
    ("ro", "Corectură la bursă: indicele BET a pierdut 4% în săptămână."),
    ("ca", "Rectificació del cadastre: el jutjat dona la raó als veïns."),
    ("hu", "Helyesbítés a tőzsdén: a BUX 4 százalékot esett a héten."),
    ("en", "Correction on Wall Street: the S&P 500 fell 4 percent this week."),
]


def _mistold(notes: list[tuple[str, str]], lines: list[tuple[str, str]]) -> list[str]:
    """What is told wrong of ``notes`` and ``lines``: a note added below the story must be told
    "correction added" (or "update note added" for one that only updates) and never be the
    lead above it; a story's line added must be "1 paragraph added"."""
    wrong = []
    before = f"{STORY}\n\n{REST}"
    for language, note in notes:
        told = version_changes("T", before, "T", f"{before}\n\n{note}")
        expected = ["update note added" if is_update_note(note) else "correction added"]
        if told != expected or lead_paragraph(f"{note}\n{before}", 300) != STORY:
            wrong.append(f"{language}: {note} → {told}")
    for language, line in lines:
        told = version_changes("T", before, "T", f"{before}\n\n{line}")
        if told != ["1 paragraph added"] or is_editors_note(line):
            wrong.append(f"{language}: {line} → {told}")
    return wrong


def test_the_tuned_languages_notes_are_told_and_their_story_lines_kept() -> None:
    assert _mistold(TUNE_NOTES, TUNE_STORY_LINES) == []


def test_the_confirming_languages_notes_are_told_and_their_story_lines_kept() -> None:
    assert _mistold(CONFIRM_NOTES, CONFIRM_STORY_LINES) == []


@pytest.mark.parametrize(
    "note",
    [
        "In einer früheren Version dieses Artikels hiess es fälschlicherweise, die Bauzeit "
        "betrage vier Jahre.",
        "Dieser Artikel wurde am 5. Dezember korrigiert: Die Bauzeit beträgt drei Jahre.",
        "Haberin önceki sürümünde inşaatın süresi yanlış yazılmıştı.",
    ],
)
def test_an_earlier_version_sentence_is_a_correction(note: str) -> None:
    assert is_editors_note(note) and not is_update_note(note)


@pytest.mark.parametrize(
    "note",
    [
        "Cet article a été mis à jour le 5 décembre avec la réaction du maire.",
        "Dieser Artikel wurde aktualisiert und um eine Stellungnahme des Stadtrats ergänzt.",
        "Dit artikel is bijgewerkt met een reactie van de burgemeester.",
        "NDLR : cet article a été mis à jour avec la réaction du maire.",
    ],
)
def test_an_update_sentence_is_no_correction(note: str) -> None:
    assert is_editors_note(note) and is_update_note(note)
