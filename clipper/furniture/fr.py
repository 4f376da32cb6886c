"""French page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import (
    NETWORKS,
    Table,
    addressed,
    counted,
    credited,
    newsroom,
    offer,
    paged,
    phoned,
    share_row,
    wall_buttons,
)

TABLE = Table(
    language="fr",
    title_labels=(
        # "MISE À JOUR : …", "DIRECT - …", "EN DIRECT | …", "URGENT : …"
        r"mise à jour|mis à jour|màj|(?:en )?direct|urgent|dernière minute|alerte(?: info)?"
        r"|flash(?: info)?|info de dernière minute",
    ),
    bylines=(
        "par",
        "auteur",
    ),
    byline_roles=(
        "correspondante?s?",
        "journalistes?",
        "rédact(?:eur|rice)(?: en chef)?",
        "envoyée? spéciale?",
        "chroniqueu(?:r|se)",
        "reporters?",
        # a desk's bureau and a freelancer's credit after the name (Quebec's papers: "Marie
        # Tremblay Bureau de Québec", "Marie Tremblay Collaboration spéciale")
        "bureau",
        "collaboration spéciale",
    ),
    byline_staff=(
        newsroom(r"r[ée]daction", r"(?:la|par la) "),
        "(?:notre |de notre )?(?:correspondante?|envoyée? spéciale?)",
    ),
    skip=(
        r"(?:aller|passer|sauter|accéder) (?:directement )?(?:au|à la) (?:contenu(?: principal)?"
        r"|navigation|menu|recherche|pied de page)",
    ),
    share=(
        addressed(r"source|url|lien(?: (?:de|vers) l['’]article)?|adresse(?: de l['’]article)?"),
        counted(r"commentaires?|réactions?"),
        r"partager(?: (?:cet article|l['’]article))?",
        # one label or a row of them ("Partager sur Facebook Partager sur Twitter": seneweb;
        # newcomer 51a)
        share_row(r"partager sur (?:facebook|twitter|x|whatsapp|linkedin|bluesky|e-?mail)"),
        r"envoyer par (?:e-?mail|courriel)|imprimer(?: l['’]article)?|copier le lien|lien copié",
    ),
    promo=(
        # a channel offered: "Abonnez-vous à notre chaîne WhatsApp" (newcomer 48a)
        rf"(?:abonnez-vous|rejoignez(?:-nous)?|suivez) (?:à |sur )?notre (?:chaîne|canal|groupe) "
        rf"(?:sur |de )?{NETWORKS}",
        # "Suivez-nous sur X", "Suivez Le Courrier sur Instagram et recevez l'actualité sur
        # WhatsApp"
        rf"(?:suivez[- ]nous|suivez [\w .&'’-]{{1,40}}?) sur {NETWORKS}(?:,? et (?:recevez"
        rf"|retrouvez|ne manquez)[\w ,'’-]{{1,60}})?",
        r"(?:inscrivez-vous|abonnez-vous) à (?:notre|la|nos)"
        r" (?:newsletters?|lettres? d[\'’]information)",
        # the newsletter or the app offered under the text ("Recevez notre newsletter
        # quotidienne.", "Téléchargez l'application du Courrier": newcomer 39b, finding 2)
        r"(?:recevez|recevoir)(?: gratuitement| chaque (?:jour|matin|semaine))? (?:notre |nos |la "
        r"|les )?(?:newsletters?|lettres? d['’]information|alertes|infos|actualités)"
        r"(?: [\w'’-]+){0,4}",
        r"(?:inscrivez-vous|abonnez-vous) (?:gratuitement |dès maintenant )?à (?:notre|la|nos) "
        r"(?:[\w-]+ )?(?:newsletters?|lettres? d[\'’]information)(?: [\w'’-]+){1,3}",
        r"téléchargez (?:gratuitement )?(?:notre |l['’]|la )(?:application|appli|app)"
        r"(?: (?:du |de |de la |d['’])?[\w .&'’-]{1,40}?)?",
        # the site's telephone lines ("Contactez-nous : 33 889 00 00 | 77 000 00 00")
        phoned(r"contactez[- ]nous|appelez[- ]nous|joignez[- ]nous|tél(?:éphone)?\.?|whatsapp"),
    ),
    paywall=(
        offer(
            r"abonnez-vous|s['’]abonner|je m['’]abonne",
            r"maintenant|dès maintenant|dès aujourd['’]hui",
        ),
        r"(?:vous êtes )?déjà (?:abonné|abonnée|inscrit|inscrite)\s*\??.*",
        r"se connecter|connexion|mon compte|s['’]inscrire|inscription|se déconnecter"
        r"|s['’]abonner|je m['’]abonne|abonnez-vous",
        # a registration wall's buttons ("Créer un compte | S'abonner | Se connecter",
        # "Inscrivez-vous gratuitement": newcomer 31)
        r"(?:créez|créer) (?:un|votre) compte(?: gratuit| gratuitement)?"
        r"|inscrivez-vous(?: gratuitement| gratuitement)?",
        wall_buttons(
            r"(?:créer|créez) (?:un|votre) compte(?: gratuit)?|se connecter|connexion"
            r"|s['’]inscrire|inscription|identifiez-vous",
            r"s['’]abonner|abonnez-vous|je m['’]abonne|mon compte",
        ),
    ),
    truncated=(
        # the page stops here for a reader who does not subscribe ("Cet article est réservé
        # aux abonnés", "Pour lire la suite…"): the mark of a reading cut short
        r"(?:cet )?(?:article|contenu) (?:est )?réservé aux (?:abonnés|membres|inscrits).*",
        r"(?:abonnez-vous|inscrivez-vous|connectez-vous)(?: gratuitement)? pour (?:lire|continuer"
        r"|accéder|poursuivre).*",
        # a registration wall's prompt ("Créez un compte gratuit pour continuer": newcomer 31)
        r"(?:créez|créer) (?:un|votre) compte(?: gratuit| gratuitement)?(?: ou connectez-vous)?"
        r" pour (?:lire|continuer|accéder|poursuivre).*",
        r"pour lire la suite.*",
        # a wall's label ("Réservé aux abonnés") and its statement worded after the reading
        # ("Pour continuer à lire, abonnez-vous"): kept or cut without the page marked partial
        # (newcomer 41)
        r"(?:réservé|exclusivement réservé|exclusivité) (?:aux|à nos) (?:abonnés|abonnées|membres)",
        r"pour (?:continuer à lire|poursuivre (?:la|votre) lecture),? (?:abonnez-vous"
        r"|connectez-vous|inscrivez-vous|(?:créez|créer) (?:un|votre) compte)\b.*",
        r"la suite (?:de cet article )?est réservée aux (?:abonnés|abonnées|membres).*",
        r"il vous reste \d+(?:[.,]\d+)?\s?% de cet article à lire.*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:cet|ce) (?:article|contenu) est (?:exclusivement |uniquement |seulement )?(?:réservé"
        r"|accessible|disponible) (?:aux|à nos|uniquement aux|pour (?:les|nos)) (?:abonnés"
        r"|abonnées|membres|inscrits)\b.*",
    ),
    ads=(
        r"publicité|pub|passer la publicité|contenu sponsorisé|contenu partenaire",
        # "continue reading after the advertisement", the line an ad slot leaves
        r"(?:lire )?la suite (?:après|sous) (?:cette|la) publicité",
        r"l['’]article continue (?:après|sous) (?:cette|la) publicité",
    ),
    credits=(
        credited(
            r"(?:crédits? )?photos?(?: d'illustration)?|crédits?(?: photos?)?|illustration|image"
        ),
    ),
    labels=(
        r"article",
    ),
    reading_time=(
        r"temps de lecture",
        r"lecture(?=\s*:?\s*\d)",
        r"(?<=min )de lecture|(?<=minutes )de lecture",
    ),
    notices=(
        # a comment section's disclaimer ("Les commentaires sont sous la responsabilité de
        # leurs auteurs. Seneweb se réserve le droit de supprimer tout commentaire …": newcomer
        # 51a)
        r"\bles commentaires (?:sont|publiés sont|restent) (?:sous la|de la) (?:seule |"
        r"pleine |entière )?responsabilité de\b|\bse réserve le droit de (?:supprimer|modérer"
        r"|retirer|ne pas publier)\b[^\n]{0,40}\bcommentaires?\b",
        # a prompt to report an error ("Vous avez repéré une erreur ?", "Signaler une erreur")
        r"^(?:[-–•] )?(?:vous avez )?(?:repéré|trouvé|vu|remarqué) une (?:erreur|faute)\b"
        r"[^\n?]{0,30}\?|^(?:[-–•] )?signaler une erreur$",
        # an embed's placeholder: the site asks before it loads a third party's content
        # ("Contenu externe", "Pour afficher ce contenu, vous devez accepter les cookies")
        r"^contenus? externes?$|^pour (?:afficher|voir|consulter|lire) ce contenu\b[^\n]{0,80}"
        r"\b(?:accepte[rz]|autorise[rz]|cookies|consentement|cliquez)",
        # a page's trailer asking the reader to keep following the site for the latest news
        # ("Restez connectés pour les dernières informations", "Suivez toute l'actualité sur
        # notre site", "Continuez à nous suivre")
        r"^\W{0,3}restez (?:connecté|informé|à l['’]écoute|avec nous)",
        r"^\W{0,3}(?:suivez|retrouvez) (?:toute |toutes |tous )?(?:l['’]actualité"
        r"|les (?:dernières )?(?:informations|infos|actualités|mises à jour|nouvelles))"
        r"[^\n]{0,40}?\b(?:sur|dans) "
        r"(?:notre|nos|le site|l['’]appli)\b|^\W{0,3}continuez (?:à|de) nous suivre\b",
        # a newsletter's unsubscribe line under its article (an .eml's footer)
        r"\bpour (?:vous|se) (?:désinscrire|désabonner)\b|\bse désinscrire de (?:cette"
        r"|la) (?:newsletter|lettre)\b|^(?:se )?désinscri(?:re|ption)\b|^désabonnement\b",
        # a gift-article prompt ("Offrir cet article", "vous pouvez offrir 10 articles par mois")
        r"^(?:[-–•] )?offrir (?:cet|l['’])article\b|\bpouvez offrir \d+ articles\b",
        # the site's own newsletter, as a whole prompt line
        r"^(?:[-–•] )?(?:inscrivez-vous|abonnez-vous) (?:gratuitement |dès maintenant )?à"
        r" (?:notre|la|nos) (?:[\w-]+ )?(?:newsletters?|lettres? d['’]information)\b",
        r"\bvotre navigateur (?:est|n'est|ne)\b|\bmettez à jour votre navigateur\b",
        r"\bsoutenez (?:notre|le) journalisme\b|\bfaites un don\b|\bchaîne whatsapp\b"
        r"|\bsuivez-nous sur (?:whatsapp|telegram|google (?:news|actualités))\b",
        # a prompt to follow a topic or an author (a site's feature, not the article's)
        r"^(?:[-–•] )?suiv(?:ez|re) (?:ce|cet|cette) (?:sujet|thème|auteur|autrice|rubrique"
        r"|journaliste)\b",
        # a rating prompt under the text ("Cet article vous a été utile ?", "Cet article
        # vous a-t-il plu ?": newcomer 39b, finding 2, with the newsletter's call after it)
        r"^(?:[-–•] )?(?:cet article|ce contenu|cette information) vous (?:a[- ]t[- ](?:il|elle) "
        r"|a )?(?:été )?(?:utile|plu|intéressé)\s*\?",
    ),
    related=(
        r"(?:à |a )?lire (?:aussi|également|ensuite)|voir aussi|à découvrir(?: aussi)?",
        r"sur le même (?:sujet|thème)|(?:articles?|contenus?) (?:similaires|associés|liés"
        r"|recommandés)|plus d['’]articles|(?:les )?plus lus|dans la même rubrique",
        r"nos derni(?:ers|ères) (?:articles|actualités)|(?:les )?dernières actualités",
        r"ces articles peuvent vous intéresser|vous aimerez aussi|pour aller plus loin",
        r"lire la suite|en savoir plus",
    ),
    consent_terms=(
        r"\bcookies?\b", r"\btémoins\b", r"\btraceurs\b",
        # the IAB Transparency & Consent Framework's standard text, the same on every site
        # using it ("We and our partners store and/or access information on a device…",
        # "With your permission we and our partners may use … device scanning": newcomer 20)
        r"\b(?:nous et nos (?:\d+ )?partenaires|nos partenaires et nous(?:-mêmes)?)\b[^.]{0,160}"
        r"\b(?:informations|données)\b[^.]{0,120}\b(?:appareils?|terminal|terminaux)\b",
        # a consent tool's purposes list in the site's voice ("Avec nos partenaires, nous
        # traitons les données suivantes : …": newcomer 32)
        r"\bavec nos partenaires,? nous traitons\b",
    ),
    # the Framework's purpose as its consent tools name it in their purposes lists (newcomer
    # 32: a French list stayed as an article)
    consent_purposes=(
        r"\bstocker et/ou accéder à des informations sur (?:un|votre) (?:terminal|appareil)\b",
    ),
    consent_weak=(
        r"\bdonnées personnelles\b",
        r"\bvie privée\b",
        r"\bconfidentialité\b",
        r"\bconsentement\b",
        # a "pay or okay" wall ("accepter les cookies ou s'abonner sans publicité")
        r"\bsans publicités?\b", r"\bpublicités? personnalisées?\b",
    ),
    consent_context=(
        r"\b(?:nous|notre|nos|vous|votre|vos|ce site)\b",
        r"\b(?:accepter|refuser|paramétrer|gérer|continuer|partenaires|cliquant)\b",
    ),
    consent_buttons=(
        r"(?:tout )?(?:accepter|refuser)(?: (?:tout|et (?:fermer|continuer)))?",
        r"continuer sans accepter|paramétrer(?: les cookies)?|personnaliser(?: mes choix)?",
        r"(?:gérer|paramètres) (?:les |des |mes )?(?:cookies|préférences|options|choix)",
        r"j['’]accepte|j['’]ai compris|d['’]accord|ok|en savoir plus|fermer|plus d['’]options",
        r"enregistrer(?: (?:mes|les) (?:choix|préférences|paramètres))?",
        r"politique de (?:confidentialité|cookies)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"compris|c['’]est compris",
    ),
    consent_pay=(
        r"\bsans (?:publicités?|pubs?|pistage publicitaire)\b",
        r"\bcontentpass\b",
    ),
    author_box=(
        r"(?:à propos de|sur) l['’]auteur(?:e|ice)?",
    ),
    tools=(
        paged(r"page|photo|image|diapo", r"sur|de"),
        r"[«‹<]?\s*(?:page|photo|image) (?:suivante|précédente)\s*[»›>]?",
        r"voir (?:la )?(?:galerie|diaporama)(?: photos?)?|\d+ photos",
        r"(?:voir|afficher|masquer|lire) (?:les )?(?:\d+ )?commentaires|(?:laisser|ajouter"
        r"|écrire|poster|publier) (?:un|votre) commentaire|réagir|répondre",
        # a comment section's heading alone, no count ("Commentaires": seneweb, abidjan.net;
        # newcomer 51a; the counted form is ``share``'s)
        r"commentaires|espace commentaires",
        r"écouter (?:cet|l[\'’]) ?article|version imprimable",
    ),
    dateline=(r"\bpublié\b",),
    updated=(r"(?:mis|mise) à jour(?: le)?|actualisé(?: le)?|modifié(?: le)?|màj(?: le)?",),
    more_links=(r"[.!?…][\"”’»)]?\s+(?:lire la suite|lire plus)",),
    errors=(
        # un site fermé au pays du lecteur ("Ce contenu n'est pas disponible dans votre pays":
        # newcomer 31's F-T)
        r"\bn['’]est (?:pas|plus) (?:disponible|accessible) (?:dans|depuis) votre (?:pays"
        r"|région|zone)\b|\bindisponible (?:dans|depuis) votre (?:pays|région|zone)\b"
        r"|\bindisponible pour (?:des )?raisons juridiques\b",
        r"\bpage (?:introuvable|non trouvée|inexistante)\b|\bn'existe (?:pas|plus)\b"
        r"|\bn’existe (?:pas|plus)\b",
        r"\baccès (?:refusé|interdit)\b|\berreur\b|\bindisponible\b|\bactivez javascript\b"
        r"|\ben maintenance\b|\bveuillez patienter\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\b(?:la|cette) page (?:que vous (?:re)?cherchez|que vous avez demandée|demandée"
        r"|à laquelle vous (?:tentez|essayez) d['’]accéder)\b|\b(?:a|ait|aurait) (?:peut-être "
        r"|pu )?(?:été|être) (?:supprimée|déplacée|renommée|retirée)\b|\brien n['’](?:a"
        r"|ait) été trouvé\b|\b(?:cette|la) page (?:est introuvable|n['’]est plus disponible)\b",
        # an expired or withdrawn story's notice ("Ce contenu n'est plus disponible", "retiré
        # de notre site": newcomer 20), and the masculine and "contenu" forms of the soft 404's
        r"\b(?:ce|le|cet|l['’]) ?(?:contenu|article|vidéo) n['’]est plus disponible\b|\b(?:le"
        r" contenu|l['’]article) (?:que vous (?:re)?cherchez|que vous avez demandé|demandé)\b"
        r"|\b(?:a|ait|aurait) (?:peut-être |pu )?(?:été|être) (?:supprimé|déplacé|renommé"
        r"|retiré)\b|\b(?:a été|est) retiré(?:e)? (?:de (?:notre|ce) site|par l['’]éditeur)\b"
        r"|\b(?:contenu|article|lien) (?:a )?expiré\b",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"\bserveurs? (?:est |sont )?(?:actuellement |temporairement )?(?:surchargés?|saturés?"
        r"|occupés?)\b|\btrop de (?:requêtes|demandes)\b|\bréessa(?:yez|ie) (?:plus tard"
        r"|dans quelques (?:minutes|instants))\b",
    ),
    error_help=(
        r"\b(?:retourne[rz]|revenir|revene[zr]) (?:à|a|sur) (?:la |notre )?(?:page d['’]accueil"
        r"|l['’]accueil)\b|\b(?:utilisez|essayez) (?:notre|le) (?:moteur de recherche"
        r"|recherche)\b",
    ),
    rights=(r"tous (?:les )?droits (?:sont )?réservés",),
    sign_offs=(
        # a francophone agency's desk initials ending its report, the writer's then the
        # editor's (APS's "AND/ASG", sometimes a third: "MK/ASG/OID"), 2 or 3 capitals each: the
        # same desk under every report (newcomer 32, finding F8c)
        r"\p{Lu}{2,3}(?:/\p{Lu}{2,3}){1,2}",
    ),
    site_pages=(
        r"politique de (?:confidentialit[eé]|cookies|protection des donn[eé]es)",
        r"confidentialit[eé]|mentions l[eé]gales|cgu",
        r"conditions g[eé]n[eé]rales(?: d'utilisation| de vente)?",
        r"qui sommes-nous\s*\??|[àa] propos(?: de nous)?|contact(?:ez-nous)?|nous contacter",
    ),
    source_labels=("Source",),
    wall_calls=(
        r"(?:abonnez-vous|abonne-toi|inscrivez-vous|connectez-vous|(?:créez|créer) (?:un|votre)"
        r" compte|déjà abonnée?|profitez de (?:notre|l['’])offre)(?![\w-])",
    ),
    tag_labels=(
        r"mots[- ]cl(?:é|e)s",
        r"(?:é|e)tiquettes",
        r"tags",
    ),
)
