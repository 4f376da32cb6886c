"""Japanese page furniture (see :mod:`clipper.furniture`).

Japanese writes no spaces, so terms are matched without word boundaries.
"""

from clipper.furniture import Table, counted, credited, edited, wall_buttons

TABLE = Table(
    language="ja",
    sign_offs=(
        # a CMS's editor line under every story (newcomer 48b)
        edited(r"編集|編集担当"),
    ),
    byline_roles=(
        "記者",
        "特派員",
        "編集委員",
    ),
    byline_staff=(
        "記者",
        "特派員",
    ),
    skip=(
        r"(?:本文|メインコンテンツ|コンテンツ)(?:へ|に)(?:移動|スキップ|ジャンプ)(?:する)?",
        r"ナビゲーションを(?:スキップ|飛ばす)|ナビゲーションへ移動",
        # a link to the story in the paper's English edition ("国際ニュースを英語で読む")
        r"(?:[\w・]{1,12}を)?英語で読む",
    ),
    share=(
        counted(r"コメント"),
        r"(?:この記事を)?(?:シェア|共有)(?:する)?",
        r"(?:facebook|twitter|x|line|はてなブックマーク)(?:で|に)?(?:シェア|共有|送る|ポスト"
        r"|ツイート)(?:する)?",
        r"(?:リンク|url)を?コピー(?:する)?|(?:リンク|url)をコピーしました|印刷(?:する)?",
        # a bookmark or save button's confirmation ("保存が完了しました", alone: "完了しました")
        r"(?:(?:保存|登録|ブックマーク)(?:が)?)?完了しました",
        r"ツイート|ポスト|ブックマーク|メール",
    ),
    paywall=(
        r"(?:この記事は)?(?:有料|会員|登録)(?:会員)?(?:限定|専用)(?:記事|です|の記事です)?.*",
        r"(?:続き|この記事の続き|残り\d+文字)(?:は|を)(?:有料|会員|登録).*",
        r"ログイン|ログアウト|会員登録|新規登録|無料登録|購読(?:する)?|有料会員になる|マイページ",
        r"(?:すでに|既に)(?:会員|登録済み)の(?:方|かた).*",
        # a member-only wall's buttons ("会員登録（無料）｜ログイン": newcomer 38 F4)
        wall_buttons(
            r"(?:無料)?会員登録(?:[（(]無料[)）])?|新規登録(?:[（(]無料[)）])?|無料登録|ログイン",
            r"購読(?:する|申し込み|のお申し込み)?|有料会員になる|マイページ",
        ),
    ),
    truncated=(
        r"(?:この記事の)?(?:残り|続き)(?:は)?(?:\d+文字|\d+(?:[.,]\d+)?\s?[%％])?(?:は|を)?"
        r"(?:有料|会員|購読者)(?:会員)?(?:限定|専用|の方|登録).*",
        r"残り\d+文字.*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:この)?(?:記事|コンテンツ)は(?:有料)?(?:会員|購読者|読者)(?:限定|のみ|専用|の方のみ).*",
    ),
    ads=(r"広告|スポンサーリンク|pr",),
    credits=(
        credited(r"写真|撮影|画像|提供"),
    ),
    reading_time=(
        r"読了時間|読む時間|(?<=\d)分で読めます",
    ),
    notices=(
        r"(?:お使いの|ご利用の)ブラウザ",
        r"(?:を|の)フォロー[」』】]?(?:して|する|を|お願い|はこちら)",
        # a subscription offer: "有料記事読み放題！…今なら2カ月間月額100円"
        r"有料記事(?:が|を)?読み放題",
    ),
    related=(
        r"関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|こちらもおすすめ|おすすめ記事",
        r"人気記事|注目記事|最新記事|アクセスランキング|もっと見る|続きを読む",
        r"こちらも読まれています|こんな記事も読まれています|関連",
    ),
    consent_terms=(r"cookie", r"クッキー"),
    consent_weak=(r"個人情報", r"プライバシー"),
    consent_context=(r"当サイト|本サイト|当社|弊社|私たち|お客様|あなた", r"同意|使用|利用"),
    consent_buttons=(
        r"(?:すべて|全て)?(?:同意する|同意|許可する|許可|拒否する|拒否|受け入れる)",
        r"同意して閉じる|閉じる|ok|了解|わかりました",
        r"設定|cookie設定|クッキー設定|詳細設定|設定を管理|詳細|詳しくはこちら|詳しく見る",
        r"プライバシーポリシー|クッキーポリシー|cookieポリシー",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"同意します|理解しました",
    ),
    promo=(
        r"(?:メール)?(?:ニュースレター|メルマガ)(?:に|の|を)?(?:登録|購読)(?:する|はこちら)?",
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        r"(?:公式)?(?:x|twitter|instagram|facebook|line|youtube|tiktok|ツイッター|インスタグラム"
        r"|フェイスブック)(?:公式アカウント|公式)?(?:を|で)?フォロー(?:する|してください|お願いします)?",
        r"\S{0,20}アプリ(?:を|の)?(?:ダウンロード|インストール)(?:する|はこちら|してください)?",
    ),
    dateline=(r"(?:公開|配信|掲載|投稿)(?:日時|日|時間)?",),
    updated=(r"(?:最終)?更新(?:日時|日)?",),
    errors=(
        r"ページが見つかりません|お探しのページ|アクセスが拒否されました|エラー",
        # a soft 404's body sentence: the page sought, removed or moved
        r"お探しの(?:記事|情報|コンテンツ|ニュース)|掲載(?:期間|が終了|を終了)|削除された(?:か"
        r"|可能性)|移動(?:した|された)(?:か|可能性)"
        r"|URLが(?:変更|間違って)",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"アクセスが集中|(?:大変)?混み合って(?:おり|い)|サーバー(?:が|に)(?:混雑|過負荷|高負荷|負荷がかか)|(?:時間|しばらく)(?:を)?(?:おいて"
        r"|置いて|経って|たって)(?:から)?.{0,8}(?:再度|もう一度|改めて)|リクエスト(?:が|数が)多すぎ",
    ),
    rights=(r"無断転載を?禁(?:じます|止)",),
    site_pages=(
        r"プライバシーポリシー|個人情報保護方針|利用規約|会社概要|運営会社|お問い合わせ",
    ),
    source_labels=("出典", "出所",),
    wall_calls=(
        r"(?:今すぐ)?(?:会員登録|登録|ログイン|購読|お申し込み)",
    ),
    tag_labels=(
        r"タグ",
        r"キーワード",
    ),
)
