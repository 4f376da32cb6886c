"""Korean page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import Table, credited, edited, wall_buttons

TABLE = Table(
    language="ko",
    byline_roles=(
        "기자",
        "특파원",
        "논설위원",
    ),
    byline_staff=(
        "기자",
        "특파원",
    ),
    skip=(r"(?:본문|주요 콘텐츠|주메뉴|메뉴)(?:으로|로)? ?(?:바로)? ?가기",),
    share=(
        r"공유(?:하기)?|기사 공유|(?:페이스북|트위터|카카오톡|카카오스토리|네이버) (?:공유|보내기)",
        r"(?:링크|url) 복사|(?:링크가|url이) 복사되었습니다|인쇄|프린트|스크랩",
        r"글자 ?크기(?: ?(?:변경|설정))?",
    ),
    paywall=(
        r"(?:이 기사는 )?(?:유료 ?)?(?:회원|구독자) 전용(?: 기사)?(?:입니다)?.*",
        r"로그인|로그아웃|회원가입|구독(?:하기)?|마이페이지",
        r"(?:이미 )?(?:회원|구독자)이신가요\s*\??.*",
        # a member-only wall's buttons ("로그인 | 회원가입": newcomer 38 F4)
        wall_buttons(r"로그인|회원 ?가입|무료 ?회원 ?가입", r"구독(?:하기|신청)?|마이페이지"),
    ),
    truncated=(
        r"(?:나머지|남은|이어지는) (?:기사|내용)(?:는|은|를|을)? .*(?:구독|회원|유료).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"이 (?:기사|콘텐츠|글)(?:는|은) (?:유료 ?)?(?:구독자|회원)(?:만)? ?(?:전용|볼 수).*",
        # a member-only wall's call ("로그인 후 이용해 주세요.", "구독 후 열람하실 수 있습니다.":
        # newcomer 38 F4)
        r"(?:로그인|구독|회원 ?가입|결제) ?(?:후|하시면|하신 후|하셔야) [^.!?\n]{0,24}?(?:주세요"
        r"|주십시오|수 있습니다|가능합니다)[.!]?.*",
    ),
    ads=(r"광고",),
    credits=(
        credited(r"사진|그래픽|사진 제공"),
    ),
    reading_time=(
        r"읽는 (?:데 )?(?:걸리는 )?시간",
    ),
    notices=(
        r"사용 중인 브라우저",
        # a portal's subscribe prompt under the article: "▶ 네이버에서 한국경제 구독하기",
        # "☞ 네이버 메인에서 ○○ 받아보기", "카카오톡 채널 추가하기"
        r"^[▶▷►☞]?\s*(?:네이버|다음|카카오톡?)(?:에서| 메인에서| 채널에서)?\s*[^\n]{0,30}?"
        r"(?:구독|받아\s*보기|친구\s*추가|채널\s*추가)(?:하기|하세요)?[.!]?$",
    ),
    related=(
        r"관련 ?기사|관련 ?뉴스|많이 본 (?:뉴스|기사)|추천 기사|주요 뉴스|최신 뉴스|인기 기사",
        r"함께 보면 좋은 기사|이 시각 주요 ?뉴스|더보기|관련",
    ),
    consent_terms=(r"쿠키", r"cookie"),
    consent_weak=(r"개인정보",),
    consent_context=(r"당사|저희|이 사이트|웹사이트|귀하", r"사용|이용|수집|동의"),
    consent_buttons=(
        r"(?:모두 )?(?:동의|수락|허용|거부)(?:합니다|하기)?",
        r"확인|닫기|설정|쿠키 설정|자세히 보기|더 알아보기|개인정보 ?처리방침|쿠키 정책",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"알겠습니다|이해했습니다",
    ),
    dateline=(r"(?:기사\s*)?(?:입력|등록|게재|발행)(?:일시|일|시간)?",),
    updated=(r"(?:최종\s*)?(?:수정|업데이트)(?:일시|일|시간)?",),
    errors=(
        r"페이지를 찾을 수 없습니다|요청하신 페이지|접근이 거부|오류",
        # a soft 404's body sentence: the page sought, removed or moved
        r"찾으(?:시는|려는) (?:페이지|기사)|(?:삭제|이동)되었거나|(?:삭제|이동"
        r"|변경)되었을 수 있습니다|존재하지 않는 (?:페이지|기사)",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"접속자가 (?:많아|많습니다|폭주)|잠시 후 다시 (?:시도|접속|이용)"
        r"|서버(?:가|에)? ?(?:혼잡|바쁩|과부하|부하)|요청이 너무 많",
    ),
    rights=(r"무단\s*(?:전재|복제)[^\n]{0,60}?금지",),
    site_pages=(
        r"개인정보\s*처리\s*방침|이용\s*약관|회사\s*소개|문의하기",
    ),
    sign_offs=(
        # a CMS's editor line under every story (newcomer 48b)
        edited(r"편집|편집자"),
        # the reporter's name(s), role and e-mail under nearly every Korean article; the count
        # of the others who wrote it with them, unnamed, no name ("김민수 기자 외 1명": "and
        # one other", Hankook Ilbo's form)
        r"(?P<author>[가-힣]{2,4}(?:\s*[·ㆍ,]\s*[가-힣]{2,4}){0,3})(?:\s*외\s*\d+\s*명)?"
        r"\s*(?:선임|객원|인턴|수습)?(?:기자|특파원|통신원)(?:\s*외\s*\d+\s*명)?"
        r"(?:\s*[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?)?",
        # the reporter's e-mail alone under the text ("jhpark@yna.co.kr": Yonhap's form), and
        # a Korean agency's notice under every report it sends ("<저작권자(c) 연합뉴스, 무단
        # 전재-재배포, AI 학습 및 활용 금지>"): the agency is the author.  A site's own notice
        # stays, as the extraction sets' reference texts keep it (clipper.postclean); a text
        # dump drops it as a rights line (newcomer 44, finding 3)
        r"[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?",
        r"[<‹〈《\[]?\s*저작권자\s*(?:\(c\)|ⓒ|©)?\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?:㈜\s*)?"
        r"(?P<author>연합뉴스|뉴스1|뉴시스)\s*[.,]?\s*무단\s*(?:전재|복제)[^\n]{0,60}?금지\.?\s*[>›〉》\]]?",
    ),
    source_labels=("출처",),
    wall_calls=(
        r"(?:지금 )?(?:구독하|로그인|회원가입)",
    ),
    promo=(
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        r"(?:네이버|다음|구글) ?(?:뉴스)?(?:에서)? (?:\S+ ){0,2}?구독(?:하기|하세요)",
        r"\S{0,15} ?앱 (?:다운로드|설치)(?:하기|하세요)?",
    ),
    tag_labels=(
        r"태그",
        r"키워드",
    ),
)
