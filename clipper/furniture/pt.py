"""Portuguese page furniture (see :mod:`clipper.furniture`)."""

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

# The site's channel, group or community offered to join (newcomer 41, finding 6: "Receba as
# notícias no seu WhatsApp. Entre no nosso canal." was kept): "Entre no nosso canal do
# WhatsApp", "Participe do nosso grupo no Telegram", "Junte-se ao canal do Diário no WhatsApp
# e receba as notícias", "Clique aqui e entre no nosso canal"; "our" channel, or one on a
# network ("O canal da prefeitura no WhatsApp funciona desde março" is a sentence, and stays).
_JOIN = (
    r"(?:(?:clique|clica|toque|carregue) aqui (?:e|para) )?(?:entre|entra|entrar|participe"
    r"|participa|participar|junte-se|junta-te|juntar-se|faça parte|faz parte|fazer parte"
    r"|inscreva-se|inscreve-te|inscrever-se|acesse|aceda|acessar|adira|siga|segue|seguir)"
)
_CHANNEL = r"(?:canal|grupo|comunidade|perfil|página|conta)"
_ON_NETWORK = rf"(?: (?:n[oa]|d[oa]|de|pelo|via|em) {NETWORKS})"
_NAMED = r"(?: d[oa] [\w .&'’-]{1,40}?)"
_PURPOSE = r"(?:,? (?:e|para) [^.!?]{1,80})?"
_CHANNEL_PROMPT = (
    rf"{_JOIN}(?: (?:n[oa]|d[oa]|a[o]?|à|em))?(?: (?:(?:o|a) )?(?:nosso|nossa) {_CHANNEL}"
    rf"(?: (?:oficial|exclusivo))?(?:{_NAMED}{_ON_NETWORK}?|{_ON_NETWORK}{_NAMED}?)?"
    rf"| (?:(?:o|a) )?{_CHANNEL}(?: (?:oficial|exclusivo))?"
    rf"(?:{_NAMED}?{_ON_NETWORK}|{_ON_NETWORK}{_NAMED})){_PURPOSE}"
)

TABLE = Table(
    language="pt",
    title_labels=(
        # "ÚLTIMA HORA: …", "URGENTE: …", "AO VIVO | …", "ATUALIZADO: …"
        r"última hora|urgente|ao vivo|em direto|direto|atualizado|atualização|alerta",
    ),
    bylines=(
        "por",
        "autora?",
        r"texto\s*:",
    ),
    byline_roles=(
        "correspondente",
        "repórter",
        "redatora?",
        "jornalista",
        "enviad[oa] especial",
        "colunista",
    ),
    byline_staff=(
        newsroom(r"reda[cç][aã]o", r"(?:d?a) "),
        "(?:d[oa] )?(?:noss[oa] )?(?:correspondente|enviad[oa] especial)",
    ),
    skip=(r"(?:ir|saltar|pular) para o (?:conteúdo(?: principal)?|menu|navegação)",),
    share=(
        addressed(r"fonte|url|link|endereço"),
        counted(r"comentários?"),
        r"(?:compartilhar|partilhar)(?: (?:este artigo|a notícia|no (?:facebook|twitter|x"
        r"|whatsapp|linkedin)))?",
        r"copiar (?:o )?link|link copiado|imprimir",
    ),
    promo=(
        # "Siga-nos no Instagram", "Siga o Portal Pará no Instagram e receba as notícias no
        # WhatsApp": the site's own accounts, a trailer under a reprint (newcomer 33, F3)
        rf"(?:siga-nos|siga (?:[oa]s? )?[\w .&'’-]{{1,40}}?) n[oa]s? {NETWORKS}"
        rf"(?:,? e (?:receba|acompanhe|fique)[\w ,'’-]{{1,60}})?",
        r"(?:assine|subscreva|inscreva-se n)[ao]? (?:[ao] )?(?:nossa )?newsletter",
        # the newsletter, the e-mail or the app offered under the text ("Receba as notícias no
        # seu e-mail.", "Subscreva a nossa newsletter diária", "Descarregue a app do Jornal":
        # newcomer 39b, finding 2)
        r"(?:receba|recebe)(?: gratuitamente| grátis| todos os dias| diariamente)? (?:as |a |os "
        r"|o )?(?:nossas? |nossos? |principais |últimas |melhores )?(?:notícias|newsletter"
        r"|novidades|destaques|manchetes)(?: [\w-]+){0,5}? (?:n?o seu|no teu|por|pelo|via|em seu"
        r"|n[oa]) (?:e-?mail|correio eletrónico|correio eletrônico|caixa de correio|telemóvel"
        r"|celular|whatsapp|telegram)",
        r"(?:assine|subscreva|inscreva-se n)[ao]? (?:[ao] )?(?:nossa )?newsletter(?: [\w-]+){1,3}",
        r"(?:descarregue|baixe|instale|transfira)(?: já| agora| grátis| gratuitamente)? (?:a |o )?"
        r"(?:nossa |nosso )?(?:app|aplicação|aplicativo)(?: (?:d[oa] )?[\w .&'’-]{1,40}?)?",
        _CHANNEL_PROMPT,
    ),
    paywall=(
        offer(r"assine|assinar|torne-se assinante", r"agora|já|hoje"),
        r"(?:este|esta) (?:artigo|conteúdo|matéria|notícia) é (?:exclusiv[oa]|apenas) para"
        r" (?:assinantes|subscritores|membros).*",
        r"já é (?:assinante|subscritor|cadastrado)\s*\??.*",
        r"assine|entrar|sair|cadastre-se|minha conta|assinar|fazer login|iniciar sessão",
        # a registration wall's buttons ("Criar conta | Assinar | Entrar", "Cadastre-se
        # gratuitamente": newcomer 31)
        r"(?:cadastre-se|registe-se|registre-se) (?:gratuitamente|grátis|gratis)"
        r"|(?:crie|criar) (?:uma |a sua |sua )?conta(?: gratuita| grátis)?",
        wall_buttons(
            r"(?:crie|criar) (?:uma |a sua |sua )?conta(?: gratuita| grátis)?|entrar|cadastre-se"
            r"|registe-se|registre-se|fazer login|iniciar sessão|login",
            r"assine|assinar|minha conta",
        ),
    ),
    truncated=(
        # the page stops here for a reader who does not subscribe ("Conteúdo exclusivo para
        # assinantes", "Assine para continuar lendo"): the mark of a reading cut short
        r"(?:(?:este|esta) )?(?:artigo|conteúdo|matéria|notícia|reportagem) (?:é |está )?"
        r"(?:exclusiv[oa]|apenas|só|reservad[oa]) (?:para (?:os )?|a |aos |de |dos )(?:assinantes"
        r"|subscritores).*",
        r"(?:assine|torne-se assinante|cadastre-se|registe-se|registre-se|faça login|entre"
        r"|(?:crie|criar) (?:uma |a sua |sua )?conta(?: gratuita| grátis)?)(?: gratuitamente"
        r"| grátis| gratis| já| agora)? para (?:continuar|seguir) (?:lendo|a ler).*",
        # a wall's label ("Exclusivo para assinantes") and its statement worded after the
        # reading ("Para continuar lendo, assine"): kept or cut without the page marked partial
        # (newcomer 41)
        r"(?:exclusivo|só|apenas|somente) para (?:os )?(?:assinantes|subscritores)",
        r"para (?:continuar|seguir) (?:lendo|a ler),? (?:assine|subscreva|torne-se assinante"
        r"|cadastre-se|registe-se|registre-se|faça login|entre|inicie sessão|(?:crie|criar)"
        r" (?:uma |a sua |sua )?conta)\b.*",
        r"(?:faltam?|resta(?:m)?) (?:ler )?\d+(?:[.,]\d+)?\s?% (?:deste|do|desta|da)"
        r" (?:artigo|matéria|texto).*",
        r"(?:o resto|a continuação|o restante) (?:deste|do|desta|da) (?:artigo|matéria|texto)"
        r" é (?:exclusiv[oa] |reservad[oa] )?(?:para|a) (?:assinantes|subscritores).*",
    ),
    ads=(
        r"publicidade|anúncio|conteúdo patrocinado",
        # "continue reading after the advertisement", the line an ad slot leaves
        r"(?:continua|continue a ler|continue lendo) (?:depois|após|a seguir) (?:da|à|a)"
        r" publicidade",
        r"continue (?:a ler|lendo)",
    ),
    credits=(
        credited(r"fotos?|fotografia|imagem|crédito(?: da foto)?"),
        credited(r"foto de", r"\s+"),
    ),
    labels=(
        r"artigo",
    ),
    reading_time=(
        r"tempo de leitura",
        r"(?<=min )de leitura|(?<=minutos )de leitura",
    ),
    notices=(
        # a comment section's disclaimer ("Os comentários são de responsabilidade exclusiva de
        # seus autores", "… se reserva o direito de excluir comentários …")
        r"\bos comentários (?:são|publicados são) (?:de )?(?:inteira |exclusiva |única )?"
        r"responsabilidade (?:exclusiva )?d[eo]s?\b|\bse reserva o direito de (?:excluir|apagar"
        r"|remover|moderar|não publicar)\b[^\n]{0,40}\bcomentários?\b",
        # a prompt to report an error ("Encontrou um erro?", "Reportar erro")
        r"^(?:[-–•] )?(?:encontrou|viu|detectou|achou) (?:um|algum) erro\b[^\n?]{0,30}\?"
        r"|^(?:[-–•] )?(?:reportar|comunicar|avisar de um) erro$",
        # an embed's placeholder: the site asks before it loads a third party's content
        # ("Conteúdo externo", "Para ver este conteúdo, aceite os cookies")
        r"^conteúdos? externos?$|^para (?:ver|visualizar|exibir) este conteúdo\b[^\n]{0,80}"
        r"\b(?:aceit|permit|cookies|consentimento|clique)",
        # a page's trailer asking the reader to keep following the site for the latest news
        # ("Continue acompanhando o Jornal da Serra para mais atualizações", "Fique ligado")
        r"^\W{0,3}(?:continue|siga) (?:acompanhando|ligad[oa]|conectad[oa])\b"
        r"|^\W{0,3}fique (?:ligad[oa]|atent[oa]|por dentro|de olho)s?\b[^\n]{0,60}?\b(?:atualizaç"
        r"|novidades|notícias|nosso|nossa|site|página|portal)",
        # a newsletter's unsubscribe line under its article (an .eml's footer)
        # (the newsletter named, or a click asked for: "para cancelar a inscrição no concurso"
        # is news)
        r"\bpara (?:cancelar (?:a |sua )?(?:inscrição|assinatura)|descadastrar-se"
        r"|deixar de receber) (?:[nd]?[eo]st[ae] |da |do |na |no )?(?:newsletter|boletim|lista"
        r"|e-?mails?)\b|\bpara (?:cancelar (?:a |sua )?(?:inscrição|assinatura)|descadastrar-se"
        r"|deixar de receber)\W{1,3}(?:clique|acesse|aqui)\b|^cancelar inscrição\b"
        r"|^descadastre-se\b",
        # ("… porque assina o Boletim Verde. Cancelar inscrição", "Você recebeu este e-mail
        # porque …": newcomer 33, F16)
        r"\bcancelar (?:a |sua )?(?:inscrição|assinatura)\W{0,3}$|\bdescadastr(?:e-se|ar)\W{0,3}$"
        r"|\bvocê (?:recebeu|está recebendo|recebe) (?:est[ae]|o|a) (?:e-?mail|boletim"
        r"|newsletter|mensagem) porque\b",
        # a newsletter's greeting to its readers opening the e-mail ("Olá, leitor! Confira a
        # principal notícia do dia", "Bom dia! Aqui estão os destaques"; newcomer 33, F16)
        r"^\W{0,3}(?:ol[áa]|oi|bom dia|boa tarde|boa noite)\W{0,3} ?(?:car[oa]s? |querid[oa]s? "
        r"|prezad[oa]s? )?(?:leitor(?:a|es|as)?|assinantes?)\b"
        r"|^\W{0,3}(?:ol[áa]|oi|bom dia|boa tarde|boa noite)\W{1,4}(?:confira|veja|aqui (?:está"
        r"|estão)|est[ae]s? (?:é|são) (?:a|as|o|os) (?:notícias?|destaques|manchetes))\b",
        r"\b(?:o )?seu navegador (?:é|não|está)\b|\batualize (?:o )?seu navegador\b",
        r"^apoie o (?:nosso )?jornalismo\b"
        r"|\bsiga[- ]nos no (?:whatsapp|telegram|google (?:news|notícias))\b"
        # "Siga o canal do Diário no WhatsApp", "Entre no canal do Jornal no Telegram"
        r"|^(?:[-–•] )?(?:siga|entre|participe)(?: d?o| no)? (?:nosso )?(?:canal|perfil)"
        r"(?: d[oa] [\w .&'’-]{1,40}?)? no (?:whatsapp|telegram)\b",
        # a prompt to follow a topic or an author (a site's feature, not the article's)
        r"^(?:[-–•] )?s(?:iga|eguir) (?:este|esta) (?:tema|autor|autora|assunto|colunista)\b",
        # a rating prompt under the text ("Este artigo foi útil?", "Gostou desta notícia?")
        r"^(?:[-–•] )?(?:est[ae] (?:artigo|conteúdo|notícia|texto) (?:foi|lhe foi|te foi) útil"
        r"|gostou d[eo]st[ae] (?:artigo|notícia|texto|conteúdo))\s*\?",
    ),
    related=(
        r"(?:leia|veja) (?:também|mais)|(?:notícias|artigos|matérias) relacionad[ao]s",
        r"mais lid[ao]s|últimas notícias|mais notícias|recomendados",
        r"mais sobre (?:o|este|esse) (?:assunto|tema)|saiba mais",
    ),
    consent_terms=(
        r"\bcookies?\b",
        # the IAB Transparency & Consent Framework's standard text, the same on every site
        # using it ("We and our partners store and/or access information on a device…",
        # "With your permission we and our partners may use … device scanning": newcomer 20)
        r"\bnós e (?:os )?(?:nossos )?(?:\d+ )?parceiros\b[^.]{0,160}\b(?:informações|dados)\b"
        r"[^.]{0,120}\bdispositivos?\b",
    ),
    # the Framework's purpose as its consent tools name it in their purposes lists (newcomer
    # 32: a French list stayed as an article)
    consent_purposes=(
        r"\barmazenar e/ou (?:aceder|acessar) (?:a )?informações (?:num|em um) dispositivo\b",
    ),
    consent_weak=(r"\bprivacidade\b", r"\bdados pessoais\b", r"\bconsentimento\b"),
    consent_context=(
        r"\b(?:nós|noss[oa]s?|utilizamos|usamos|este site|você|seu|sua|vocês|podes|consente"
        r"|aceita)\b",
        r"\b(?:aceitar|rejeitar|recusar|configurações|gerir|gerenciar|parceiros|clicando)\b",
    ),
    consent_buttons=(
        r"(?:aceitar|rejeitar|recusar|permitir)(?: todos| tudo| todos os cookies)?",
        r"concordo|entendi|ok|fechar|continuar|saiba mais|mais (?:informações|opções)",
        r"(?:configurações|definições|configurar|gerir|gerenciar)(?: (?:de )?cookies"
        r"| preferências)?",
        r"política de (?:privacidade|cookies)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"percebi|compreendi|percebido",
    ),
    consent_pay=(
        r"\bsem (?:publicidade|anúncios)\b",
    ),
    author_box=(
        r"sobre (?:o autor|a autora)",
    ),
    tools=(
        paged(r"página|foto|imagem", r"de"),
        r"[«‹<]?\s*(?:página|foto|imagem) (?:seguinte|anterior)|próxima (?:página|foto)\s*[»›>]?",
        r"ver (?:a )?(?:galeria|fotogaleria)|\d+ fotos",
        r"(?:ver|mostrar|esconder|carregar) (?:os )?(?:\d+ )?comentários|(?:deixe|deixar"
        r"|adicionar|escrever|publicar) (?:um|o seu|seu) comentário|responder",
        # a comment section's heading alone, no count (the counted form is ``share``'s)
        r"comentários",
        r"ouvir (?:esta notícia|o artigo|este artigo)|versão (?:para )?imprimir",
    ),
    dateline=(r"\bpublicado\b",),
    updated=(r"atualizad[oa](?: em| às)?|actualizad[oa](?: em| às)?|última atualização",),
    more_links=(r"[.!?…][\"”’»)]?\s+(?:leia mais|continue lendo|ler mais)",),
    errors=(
        # um site fechado ao país do leitor ("Este conteúdo não está disponível no seu país":
        # newcomer 31's F-T)
        r"\bnão (?:está|se encontra) disponível (?:no|na|em) (?:seu|sua|teu|tua) (?:país"
        r"|região|localização)\b|\bindisponível por (?:motivos|razões) legais\b",
        r"\bpágina não (?:encontrada|existe|disponível)\b|\bacesso negado\b|\berro\b"
        r"|\bative o javascript\b|\bem manutenção\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\b(?:a (?:página|matéria|notícia)|o conteúdo) que (?:você )?(?:procura|está procurando"
        r"|procuras|estás a procurar|solicitou|tentou acessar|tentou aceder)\b|\b(?:foi|pode ter"
        r" sido|talvez tenha sido) (?:removid|movid|excluíd|apagad|eliminad|retirad)[ao]\b"
        r"|\bnada foi encontrado\b|\b(?:essa|esta) página não (?:pode ser encontrada"
        r"|existe mais)\b",
        # a wire story taken down after its licence ran out (newcomer 20)
        r"\b(?:este|o) conteúdo (?:não está mais|já não está) disponível\b"
        r"|^\W*conteúdo indisponível\W*$|\bretirad[ao] do ar\b|\btemporariamente indisponível\b",
        # an expired or withdrawn story's notice ("Este conteúdo não está mais disponível",
        # "foi retirada do ar": newcomer 20), and the soft 404's "o conteúdo que você procura
        # … pode ter sido removido, ter mudado de endereço" (newcomer 20)
        r"\b(?:este|o|esta|a) (?:conteúdo|artigo|matéria|notícia|vídeo|página) (?:já )?não"
        r" está (?:mais )?disponível\b|^\W*(?:conteúdo|artigo|matéria|notícia) (?:indisponível"
        r"|não disponível)\W*$|\b(?:o|este|a|esta) (?:conteúdo|artigo|matéria|notícia|endereço)"
        r" que (?:você )?(?:procura|está procurando|procuras|estás a procurar|solicitou"
        r"|tentou acessar|tentou aceder)\b|\b(?:foi|pode ter sido|talvez tenha sido)"
        r" (?:removid|movid|excluíd|apagad|eliminad)o\b|\b(?:foi|pode ter sido|talvez tenha"
        r" sido) retirad[oa] (?:do ar|d[oe] (?:nosso )?(?:site|portal))\b|\b(?:ter |tenha )?"
        r"mudado de endereço\b|\btemporariamente indisponível\b|\b(?:conteúdo|artigo|matéria"
        r"|link) (?:expirou|expirado)\b",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"\bservidor(?:es)? (?:está|estão) (?:no momento |temporariamente )?(?:ocupados?"
        r"|sobrecarregados?)\b|\bmuitas (?:solicitações|requisições)\b"
        r"|\btente novamente (?:mais tarde|em (?:alguns|instantes|poucos))",
    ),
    error_help=(
        r"\b(?:volte|voltar|retorne|retornar|acesse|acessar|visite|visitar|ir) (?:para |à |a )?"
        r"(?:a )?(?:nossa )?página (?:inicial|principal)\b|\b(?:use|utilize|usar|utilizar) a"
        r" (?:nossa )?(?:busca|pesquisa)\b",
    ),
    rights=(
        r"todos os direitos reservados",
        r"(?:é )?proibida a (?:reprodução|cópia)(?: total ou parcial)?[^\n]{0,60}",
    ),
    site_pages=(
        r"pol[ií]tica de (?:privacidade|cookies|prote[cç][aã]o de dados)|privacidade",
        r"aviso de privacidade|termos (?:de uso|de servi[cç]o|e condi[cç][oõ]es)",
        r"quem somos|sobre n[oó]s|contato|fale conosco|anuncie(?: conosco)?",
    ),
    source_labels=("Fonte",),
    wall_calls=(
        r"(?:assine|torne-se assinante|cadastre-se|registe-se|registre-se|faça (?:o )?login"
        r"|inicie sessão|(?:crie|criar) (?:uma |a sua |sua )?conta|já é (?:assinante|subscritor"
        r"|cadastrado)|entre (?:na|com a) (?:sua )?conta)(?![\w-])",
    ),
    tag_labels=(
        r"etiquetas",
        r"palavras[- ]chave",
        r"tags",
    ),
)
