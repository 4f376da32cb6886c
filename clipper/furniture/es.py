"""Spanish page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import (
    NETWORKS,
    Table,
    addressed,
    counted,
    credited,
    newsroom,
    offer,
    paged,
    wall_buttons,
)

# The site's channel, group or community offered to join (newcomer 41, finding 6: "Recibe las
# noticias en tu WhatsApp. Únete a nuestro canal." was kept): "Únete a nuestro canal de
# WhatsApp", "Sumate al canal de Diario Sur en Telegram y recibí las noticias", "Haz clic aquí
# para unirte a nuestro canal"; "our" channel, or one on a network ("El canal de la alcaldía en
# WhatsApp atiende desde marzo" is a sentence, and stays).
_JOIN = (
    r"(?:(?:haz|hacé|da|dale|pulsa|pulsá|toca|tocá) (?:clic|click|clik) (?:aquí|aqui|acá|aca)"
    r" (?:y|para) )?(?:únete|unete|unite|únase|unirte|súmate|sumate|súmese|sumarte|suscríbete"
    r"|suscribite|suscríbase|suscribirte|entra|entrá|entrar|ingresa|ingresá|ingresar|accede"
    r"|accedé|acceder|forma parte|formá parte|sé parte|sigue|seguí|seguir)"
)
_CHANNEL = r"(?:canal|grupo|comunidad|perfil|cuenta|página)"
_ON_NETWORK = rf"(?: (?:en|de|del|por|vía) {NETWORKS})"
_NAMED = r"(?: (?:de|del|de la) [\w .&'’-]{1,40}?)"
_PURPOSE = r"(?:,? (?:y|para) [^.!?]{1,80})?"
_CHANNEL_PROMPT = (
    rf"{_JOIN}(?: (?:a|al|a la|en|en el|en la|de|del))?(?: (?:nuestro|nuestra) {_CHANNEL}"
    rf"(?: oficial)?(?:{_NAMED}{_ON_NETWORK}?|{_ON_NETWORK}{_NAMED}?)?"
    rf"| (?:(?:el|la) )?{_CHANNEL}(?: oficial)?(?:{_NAMED}?{_ON_NETWORK}|{_ON_NETWORK}{_NAMED}))"
    rf"{_PURPOSE}"
)

TABLE = Table(
    language="es",
    title_labels=(
        # "ÚLTIMA HORA: …", "URGENTE: …", "EN DIRECTO | …", "ACTUALIZADO: …"
        r"última hora|urgente|(?:en )?directo|en vivo|actualizado|actualización|alerta",
    ),
    bylines=(
        "por",
        "autora?",
        r"texto\s*:",
    ),
    byline_roles=(
        "corresponsal",
        "redactora?",
        "periodista",
        "enviad[oa] especial",
        "columnista",
        "reporter[oa]",
    ),
    byline_staff=(
        newsroom(r"redacci[oó]n", r"la "),
        "(?:de )?(?:nuestr[oa] )?(?:corresponsal|enviad[oa] especial)",
    ),
    skip=(
        r"(?:saltar|ir|pasar) (?:al|a la) (?:contenido(?: principal)?|navegación|menú"
        r"|buscador)",
    ),
    share=(
        addressed(r"fuente|url|enlace|dirección"),
        counted(r"comentarios?"),
        r"compartir(?: (?:este artículo|la noticia|en (?:facebook|twitter|x|whatsapp|linkedin)))?",
        r"comparte (?:esta noticia|este artículo)|enviar por (?:correo|e-?mail)|imprimir",
        r"copiar (?:el )?enlace|enlace copiado",
    ),
    promo=(
        # "Síguenos en X", "Sigue a El Diario en Instagram y recibe las noticias en WhatsApp"
        rf"(?:s[íi]guenos|s[íi]guenos también|sigue|siga|seguinos)(?: (?:a|al|a la|a los))?"
        rf"(?: [\w .&'’-]{{1,40}}?)? en {NETWORKS}(?:,? y (?:recibe|reciba|recibí|entérate"
        rf"|entérese|mantente|manténgase)[\w ,'’-]{{1,60}})?",
        r"(?:suscríbete|apúntate|regístrate) (?:a|en) (?:nuestro|nuestra|nuestros|el|la)"
        r" (?:boletín|newsletter)",
        # the newsletter, the e-mail or the app offered under the text ("Recibe nuestra
        # newsletter cada mañana en tu correo.", "Descarga la app de El Diario": newcomer 39b,
        # finding 2)
        r"(?:recibe|reciba|recibí)(?: gratis| gratuitamente)? (?:nuestra |nuestras |nuestro "
        r"|nuestros |la |las |el |los )?(?:newsletters?|boletín|boletines|noticias|novedades"
        r"|titulares|últimas noticias)(?: [\w-]+){0,4}?(?: (?:en (?:tu|su) (?:correo(?: "
        r"electrónico)?|e-?mail|bandeja de entrada|móvil|celular|whatsapp)|por (?:correo(?: "
        r"electrónico)?|e-?mail|whatsapp)))",
        r"(?:recibe|reciba|recibí)(?: gratis| gratuitamente)? (?:nuestra|nuestro|la|el) "
        r"(?:newsletter|boletín)(?: [\w-]+){0,4}",
        r"(?:suscríbete|apúntate|regístrate) (?:gratis )?(?:a|en) (?:nuestro|nuestra|nuestros|el"
        r"|la) (?:[\w-]+ )?(?:boletín|newsletter)(?: [\w-]+){0,3}",
        r"(?:descarga|descargue|descargá|baja|instala)(?: ya| ahora| gratis)? (?:nuestra |la )?"
        r"(?:app|aplicación)(?: (?:de |del )?[\w .&'’-]{1,40}?)?",
        _CHANNEL_PROMPT,
    ),
    paywall=(
        offer(r"suscríbete|suscribirse|hazte (?:socio|suscriptor)", r"ahora|ya|hoy"),
        r"¿?ya eres (?:suscriptor|socio|abonado|usuario)\s*\??.*",
        # the wall's words alone or before a comma ("Para seguir leyendo, acepta las cookies o
        # suscríbete"); an article's sentence going on ("Para seguir leyendo el informe, los
        # vecinos…") is none
        r"para seguir leyendo(?:\s*[,:;–-].*)?",
        r"(?:iniciar|inicia|cerrar) sesión|mi "
        r"cuenta|registrarse|regístrate|suscríbete|suscribirse",
        # a registration wall's buttons ("Crear cuenta | Suscribirse | Iniciar sesión",
        # "Regístrate gratis": newcomer 31)
        r"(?:regístrate|registrarse) (?:gratis|gratuitamente)|(?:crea|crear) (?:una |tu )?cuenta"
        r"(?: gratuita| gratis)?",
        wall_buttons(
            r"(?:crea|crear) (?:una |tu )?cuenta(?: gratuita| gratis)?|(?:iniciar|inicia) sesión"
            r"|registrarse|regístrate|entrar|acceder",
            r"suscribirse|suscríbete|mi cuenta",
        ),
    ),
    truncated=(
        # the page stops here for a reader who does not subscribe ("Este artículo es exclusivo
        # para suscriptores", "Suscríbete para seguir leyendo"): the mark of a reading cut short
        # "… está reservado a los suscriptores" (newcomer 37 finding 3)
        r"(?:este|esta) (?:artículo|contenido|noticia) (?:es|está) (?:exclusiv[oa]|solo|sólo"
        r"|reservad[oa]) (?:para|a) (?:los )?(?:suscriptores|socios|abonados"
        r"|usuarios registrados).*",
        r"(?:suscríbete|hazte socio|regístrate|inicia sesión|(?:crea|crear) (?:una |tu )?cuenta"
        r"(?: gratuita| gratis)?)(?: gratis| gratuitamente| ahora)? para (?:seguir leyendo|leer"
        r"|continuar).*",
        # a wall's label ("Contenido exclusivo para suscriptores", "Solo para suscriptores")
        # and its statement worded after the reading ("Para seguir leyendo, suscríbete"): the
        # text's last line on a page that stops there, cut and not marked partial (newcomer 41)
        r"(?:contenido|artículo|noticia|nota) (?:exclusiv[oa]|premium|solo|sólo|reservad[oa])"
        r" (?:para|a) (?:los )?(?:suscriptores|socios|abonados|usuarios registrados).*",
        r"(?:exclusivo|solo|sólo) para (?:suscriptores|socios|abonados)",
        r"para (?:seguir|continuar) leyendo,? (?:suscr[ií]bete|suscr[ií]base|hazte (?:socio"
        r"|suscriptor)|reg[ií]strate|reg[ií]strese|inicia sesión|inicie sesión|(?:crea|cree)"
        r" (?:una |tu |su )?cuenta)\b.*",
        r"te queda(?:n)? (?:un |el )?\d+(?:[.,]\d+)?\s?% (?:de este|del) (?:artículo|contenido)"
        r" por leer.*",
        r"(?:el resto|la continuación) (?:de este|del) (?:artículo|contenido) (?:es|está)"
        r" (?:exclusiv[oa] |reservad[oa] )?(?:para|a) (?:suscriptores|abonados|socios).*",
    ),
    ads=(
        r"publicidad|anuncio|contenido patrocinado",
        # "continue reading after the advertisement", the line an ad slot leaves
        r"(?:sigue|continúa|continua) leyendo",
        r"(?:la noticia |el artículo )?(?:sigue|continúa|continua)(?: leyendo)? (?:después "
        r"de|tras)"
        r" (?:la|esta) publicidad|(?:sigue|continúa|continua)(?: leyendo)? (?:después del|tras el)"
        r" anuncio",
    ),
    credits=(
        credited(r"fotos?|fotografía|imagen|ilustración|crédito(?: (?:de la )?foto)?"),
        credited(r"foto(?:grafía)? de", r"\s+"),
    ),
    labels=(
        r"artículo",
        # the alt text of a dialog's arrow icon
        r"flecha",
    ),
    reading_time=(
        r"tiempo de lectura",
        r"(?<=min )de lectura|(?<=minutos )de lectura",
        r"lectura de(?= \d)",
    ),
    notices=(
        # a comment section's disclaimer ("Los comentarios son responsabilidad exclusiva de
        # sus autores", "… se reserva el derecho de eliminar los comentarios …")
        r"\blos comentarios (?:son|serán|publicados son) (?:de )?(?:la )?(?:exclusiva |única |"
        r"entera )?responsabilidad (?:exclusiva )?de\b|\bse reserva el derecho de (?:eliminar"
        r"|borrar|moderar|retirar|no publicar)\b[^\n]{0,40}\bcomentarios?\b",
        # a prompt to report an error ("¿Has visto un error?", "Avísanos de un error")
        r"^(?:[-–•] )?¿(?:has|ha|habéis|han) (?:visto|encontrado|detectado) (?:un|algún) error"
        r"\b[^\n?]{0,30}\?|^(?:[-–•] )?(?:avísanos de|notificar|reportar) (?:un )?error$",
        # an embed's placeholder: the site asks before it loads a third party's content
        # ("Contenido externo", "Para ver este contenido, acepta las cookies")
        r"^contenidos? externos?$|^para (?:ver|mostrar|visualizar) este contenido\b[^\n]{0,80}"
        r"\b(?:acepta|permit|cookies|consentimiento|haz clic|pulsa)",
        # a page's trailer asking the reader to keep following the site for the latest news
        # ("Mantente informado con las últimas noticias", "Sigue la última hora en nuestra web")
        r"^\W{0,3}(?:mantente|manténgase|permanece) (?:informad[oa]|al tanto|al día|atent[oa]"
        r"|conectad[oa])",
        r"^\W{0,3}(?:sigue|siga|síguenos|continúa|continúe) (?:toda |con )?(?:la última hora"
        r"|las últimas (?:noticias|novedades|actualizaciones)|el minuto a minuto)[^\n]{0,40}?"
        r"\ben (?:nuestr[oa]|este|esta)\b",
        # a newsletter's unsubscribe line under its article (an .eml's footer)
        r"\bpara (?:darse|darte|darle) de baja (?:de|en) (?:este|esta|nuestro|nuestra|la"
        r"|el) (?:boletín|newsletter|lista|servicio)\b|\bsi (?:no )?(?:desea|deseas|quiere"
        r"|quieres) (?:darse|darte|dejar de recibir)\b|^darse de baja\b",
        # ("Para darte de baja, haz clic aquí", "… porque te suscribiste al Boletín. Darse de
        # baja", "Recibes este correo porque …": newcomer 33, F16)
        r"\bpara (?:darse|darte|darle) de baja\W{1,3}(?:haz|haga|pulsa|pulse|pincha|clic|click"
        r"|aquí|visita|entra)\b|\b(?:darse|darte) de baja\W{0,3}$|^cancelar (?:la )?suscripción\b"
        r"|\b(?:recibes|recibe|has recibido|ha recibido|estás recibiendo) este (?:correo"
        r"|e-?mail|mensaje|boletín) (?:electrónico )?porque\b",
        # a newsletter's greeting to its readers opening the e-mail ("Hola, lectores", "¡Buenos
        # días! Estas son las noticias del día"; newcomer 33, F16)
        r"^\W{0,3}(?:hola|buen(?:os|as) (?:días|tardes|noches))\W{0,3} ?(?:querid[oa]s? "
        r"|estimad[oa]s? )?(?:lector(?:a|es|as)?|suscriptor(?:a|es|as)?)\b"
        r"|^\W{0,3}(?:hola|buen(?:os|as) (?:días|tardes|noches))\W{1,4}(?:aquí (?:tienes|tiene"
        r"|está|están)|te (?:traemos|contamos|dejamos)|est[ae]s? (?:es|son) (?:la|las|el|los) "
        r"(?:noticias?|titulares|claves)|le(?:e|a) (?:la|las|el|los))\b",
        # a gift-article prompt ("Regala este artículo", "puedes regalar 10 artículos cada mes")
        r"^(?:[-–•] )?regala (?:este|el) artículo\b|\bpuedes regalar \d+ artículos\b",
        # the site's own newsletter, as a whole prompt line
        r"^(?:[-–•] )?(?:suscríbete|apúntate|regístrate) (?:gratis )?(?:a|en) (?:nuestro|nuestra"
        r"|nuestros|el|la) (?:[\w-]+ )?(?:boletín|newsletter)\b",
        r"\b(?:tu|su) navegador (?:es|no|está)\b|\bactualiza (?:tu|su) navegador\b",
        r"\b(?:tu|su) suscripción se está usando\b|\botro usuario a tu suscripción\b"
        r"|\bleyendo en este dispositivo\b|\b(?:compartir|compartiendo) tu cuenta\b"
        r"|\bestá usando tu cuenta\b|\bpor qué estás viendo esto\b"
        r"|\bsolo puedes acceder a .{1,40} desde un dispositivo\b",
        r"^apoya (?:el|nuestro) periodismo\b"
        r"|\bsíguenos en (?:whatsapp|telegram|google (?:news|noticias))\b"
        # "Sigue a El Diario en WhatsApp", "Síguenos también en Telegram": opening the line
        r"|^(?:[-–•] )?s[íi]gue(?:nos)?(?: a| al canal de)? (?:[\w .&'’-]{1,40}? )?en "
        r"(?:whatsapp|telegram|google (?:news|noticias))\b",
        # a prompt to follow a topic or an author (a site's feature, not the article's)
        r"^(?:[-–•] )?s(?:igue|eguir) (?:a )?(?:este|esta) (?:tema|autor|autora|sección"
        r"|periodista)\b",
        # a rating prompt under the text ("¿Te ha resultado útil este artículo?")
        r"^(?:[-–•] )?¿(?:te|le|os) (?:ha (?:resultado|sido)|resultó|pareció) (?:útil|interesante)"
        r" (?:este|esta) (?:artículo|noticia|contenido|información)\s*\?",
    ),
    related=(
        r"(?:lee|lea|leer) (?:también|más)|también te puede interesar|te (?:puede|podría)"
        r" interesar",
        # Rioplatense voseo ("Mirá también:", "Leé también") and "ver/vea también"
        r"(?:mirá|leé|mira|ver|vea) (?:también|además)",
        r"(?:noticias|artículos|contenidos) relacionad[oa]s|relacionad[oa]s?|más noticias",
        r"(?:lo )?más (?:leído|visto|popular)|más sobre .{1,40}|últimas noticias"
        r"|en otras noticias",
    ),
    consent_terms=(
        r"\bcookies?\b",
        # the IAB Transparency & Consent Framework's standard text, the same on every site
        # using it ("We and our partners store and/or access information on a device…",
        # "With your permission we and our partners may use … device scanning": newcomer 20)
        r"\bnosotros y nuestros (?:\d+ )?(?:socios|proveedores)\b[^.]{0,160}\b(?:información"
        r"|datos)\b[^.]{0,120}\bdispositivos?\b",
    ),
    # the Framework's purpose as its consent tools name it in their purposes lists (newcomer
    # 32: a French list stayed as an article)
    consent_purposes=(
        r"\balmacenar (?:y/)?o acceder a (?:la )?información en un dispositivo\b",
    ),
    consent_weak=(
        r"\bprivacidad\b", r"\bdatos personales\b", r"\bconsentimiento\b",
        # a "pay or okay" wall ("acepta las cookies o suscríbete sin publicidad")
        r"\bsin publicidad\b", r"\bpublicidad personalizada\b",
    ),
    consent_context=(
        r"\b(?:nuestr[oa]s?|utilizamos|usamos|este sitio|esta web|usted|tus?|sus?|puedes"
        r"|consientes|aceptas)\b",
        r"\b(?:aceptar|rechazar|configurar|gestionar|socios|pulsando|clic)\b",
    ),
    consent_buttons=(
        r"(?:aceptar|rechazar)(?: (?:todo|todas|todas las cookies|y (?:cerrar|continuar)))?",
        r"configurar(?: cookies)?|configuración(?: de cookies)?|continuar sin aceptar",
        r"gestionar (?:opciones|preferencias|cookies)|m[aá]s (?:información|opciones)",
        r"acepto|de acuerdo|entendido|ok|cerrar",
        r"guardar(?: (?:preferencias|configuración|cambios))?|política de (?:privacidad|cookies)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"vale|lo entiendo",
    ),
    consent_pay=(
        r"\bsin (?:publicidad|anuncios)\b",
    ),
    author_box=(
        r"(?:sobre|acerca de) (?:el autor|la autora)|acerca del autor",
    ),
    tools=(
        paged(r"página|foto|imagen", r"de"),
        r"[«‹<]?\s*(?:página|foto|imagen) (?:siguiente|anterior)\s*[»›>]?",
        r"ver (?:la )?(?:galería|fotogalería)(?: completa)?|\d+ fotos",
        r"(?:ver|mostrar|ocultar|cargar) (?:los )?(?:\d+ )?comentarios|(?:deja|dejar|añadir"
        r"|agregar|escribir|publicar) (?:un|tu|su) comentario|responder",
        # a comment section's heading alone, no count (the counted form is ``share``'s)
        r"comentarios",
        r"escuchar (?:este artículo|la noticia|el artículo)|versión (?:para )?imprimir",
    ),
    dateline=(r"\bpublicado\b",),
    updated=(r"actualizad[oa](?: el| a las)?|última actualización",),
    more_links=(r"[.!?…][\"”’»)]?\s+(?:leer más|seguir leyendo|sigue leyendo)",),
    errors=(
        # un sitio cerrado al país del lector ("Este contenido no está disponible en tu país":
        # newcomer 31's F-T)
        r"\bno (?:est[áa]|se encuentra) disponible en (?:tu|su) (?:pa[íi]s|regi[óo]n"
        r"|ubicaci[óo]n)\b"
        r"|\bno disponible por (?:motivos|razones) legales\b",
        r"\bpágina no (?:encontrada|existe|disponible)\b|\bno se (?:ha podido encontrar"
        r"|encontró)\b",
        r"\bacceso (?:denegado|prohibido)\b|\berror\b|\bactiva(?:r)? javascript\b"
        r"|\ben mantenimiento\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\b(?:la|esta) (?:página|nota|noticia) que (?:buscas|busca|estás buscando|está buscando"
        r"|estabas buscando|has solicitado|ha solicitado|solicitaste|solicitó|intentas|intenta)\b"
        r"|\b(?:ha|haya|habría|puede haber|podría haber|fue) sido (?:eliminad|borrad|movid"
        r"|trasladad|retirad)[ao]\b|\bno (?:hemos|he) (?:podido )?encontra(?:r|do) (?:la|esta"
        r"|esa) página\b|\bno se (?:puede|pudo) encontrar (?:la|esta|esa) página\b|\b(?:la"
        r"|esta) página ya no (?:existe|está disponible)\b",
        # a wire story taken down after its licence ran out (newcomer 20)
        r"\b(?:este|el) contenido (?:ya )?no (?:está|se encuentra) disponible\b"
        r"|^\W*contenido no disponible\W*$"
        r"|\bfue retirad[ao] de (?:nuestro|este) (?:sitio|portal)\b",
        # an expired or withdrawn story's notice ("Este contenido ya no está disponible", "La
        # nota que intentas consultar fue retirada de nuestro sitio": newcomer 20), and the
        # masculine and "contenido" forms of the soft 404's
        r"\b(?:este|el|esta|la) (?:contenido|artículo|material|nota|noticia|video|vídeo) ya no"
        r" está disponible\b|^\W*(?:artículo|nota|noticia) no disponible\W*$|\b(?:el"
        r"|este|la|esta) (?:contenido|artículo|nota|noticia) que (?:buscas|busca|estás buscando"
        r"|está buscando|intentas|intenta|intentaste|has solicitado|ha solicitado|solicitaste"
        r")\b|\b(?:fue|ha sido|han sido) (?:retirad|eliminad|borrad)[ao]s? (?:de nuestr[oa]"
        r" (?:sitio|web|página|portal)|del sitio|por (?:el editor|la agencia))\b|\b(?:contenido"
        r"|artículo|nota|noticia|enlace) (?:ha )?(?:expirado|caducado)\b|\b(?:ha|haya"
        r"|puede haber) cambiado de (?:dirección|ubicación)\b|\btemporalmente no disponible\b",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"\bservidor(?:es)? (?:está|están) (?:ahora |actualmente |temporalmente )?(?:saturados?"
        r"|ocupados?|sobrecargados?)\b|\bdemasiadas (?:solicitudes|peticiones)\b|\b(?:inténtelo"
        r"|inténtalo|vuelva a intentarlo|vuelve a intentarlo)(?: de nuevo)? (?:más tarde"
        r"|en unos (?:minutos|instantes))\b",
    ),
    error_help=(
        r"\b(?:vuelve|volver|regresa|regresar|ir|visita|visitar) (?:a )?(?:la|nuestra) (?:portada"
        r"|página (?:de )?inicio|página principal)\b|\b(?:utiliza|utilizar|usa|usar|prueba con"
        r") (?:el|nuestro) buscador\b",
    ),
    rights=(r"todos los derechos reservados",),
    sign_offs=(
        # EFE's desk signature ending its report, in lower case: the writer's initials then the
        # editor's ("abc/rcf", sometimes a third: "abc/xyz/def"), 2 or 3 letters each, alone on
        # one of the text's last lines, never within the text or a sentence (every table's
        # sign-offs are cut whatever the page's language: a Portuguese item EFE signs so loses
        # it too; the francophone agencies' capitals, "AND/ASG", are the French table's);
        # newcomer 33, finding 17: it stayed as the canonical's last paragraph
        r"\p{Ll}{2,3}(?:/\p{Ll}{2,3}){1,2}",
    ),
    site_pages=(
        r"aviso (?:de privacidad(?: integral| simplificado)?|legal)",
        r"pol[ií]tica de (?:privacidad|cookies|protecci[oó]n de datos)|privacidad",
        r"t[eé]rminos (?:y condiciones|de uso|de servicio|legales)",
        r"condiciones (?:de uso|generales|legales)",
        r"qui[eé]nes somos|sobre nosotros|contacto|cont[aá]ct(?:a|e)nos",
        r"an[uú]nciate(?: con nosotros)?|c[oó]digo de [eé]tica",
    ),
    source_labels=("Fuente",),
    wall_calls=(
        r"(?:¿\s*)?(?:suscr[ií]bete|suscr[ií]base|hazte (?:socio|suscriptor)|reg[ií]strate"
        r"|reg[ií]strese|inicia sesión|inicie sesión|(?:crea|cree) (?:una |tu |su )?cuenta|ya"
        r" eres (?:suscriptor|socio)|ya es (?:suscriptor|socio))(?![\w-])",
    ),
    tag_labels=(
        r"etiquetas",
        r"palabras clave",
        r"tags",
    ),
)
