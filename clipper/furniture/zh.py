"""Chinese (simplified and traditional) page furniture (see :mod:`clipper.furniture`).

Chinese writes no spaces, so terms are matched without word boundaries.
"""

from clipper.furniture import CREDIT_NAME, Table, counted, credited, edited, wall_buttons

TABLE = Table(
    language="zh",
    sign_offs=(
        # a CMS's editor line under every story (newcomer 48b)
        edited(r"责任编辑|責任編輯|编辑|編輯|责编|責編|主编|主編"),
    ),
    byline_roles=(
        "记者",
        "記者",
        "编辑",
        "編輯",
        "特派员",
        "特派員",
        "通讯员",
        "通訊員",
    ),
    byline_staff=(
        "本报记者",
        "本報記者",
        "特约记者",
        "特約記者",
    ),
    skip=(
        r"(?:跳到|跳至|跳转到|跳轉到|跳過|跳过)(?:主要)?(?:内容|內容|正文|导航|導覽|主選單|主菜单)",
    ),
    share=(
        counted(r"评论|評論|留言"),
        # "分享到：微信 微博 QQ空间", a share bar listing its networks
        r"(?:分享|分享到|分享至)[:：]?\s*(?:(?:微信|微博|qq空间|qq|facebook|twitter|line|朋友圈"
        r"|豆瓣|人人网|领英|linkedin|whatsapp|telegram|email|邮件|郵件)[\s,，、|/]*)*",
        # "分享让更多人看到" (share it so that more people see it), the prompt under an article
        r"(?:分享|转发|轉發)(?:给|給|让|讓)?(?:更多人|好友|朋友)(?:看到|看看|知道)?",
        r"(?:复制|複製)(?:链接|連結|網址)|(?:链接|連結)已(?:复制|複製)",
        r"打印|列印|收藏|字号(?:大小)?|字體(?:大小)?|字体(?:大小)?|扫一扫|掃一掃",
    ),
    paywall=(
        r"(?:本文|此文章|本文章)(?:仅|僅)?(?:限)?(?:会员|會員|订阅者|訂閱者|付费|付費)"
        r"(?:专享|專享|阅读|閱讀|限定).*",
        r"登录|登入|登錄|注册|註冊|退出|登出|订阅|訂閱|会员中心|會員中心|我的账户|我的帳戶",
        r"(?:已经|已經)?是(?:会员|會員|订阅用户|訂閱用戶)\s*[?？]?.*",
        # a member-only wall's buttons ("立即订阅 | 登录": newcomer 38 F4)
        wall_buttons(
            r"登录|登錄|登入|注册|註冊|免费注册|免費註冊",
            r"(?:立即|马上|馬上)?(?:订阅|訂閱)|开通会员|開通會員",
        ),
    ),
    truncated=(
        r"(?:剩余|剩下|还剩|還剩)\d+(?:[.,]\d+)?\s?[%％].*(?:订阅|訂閱|会员|會員|付费|付費).*",
        r"(?:余下|剩余|其余|餘下|剩餘|其餘)(?:内容|內容|全文)(?:仅|僅)?(?:限)?(?:会员|會員|订阅者"
        r"|訂閱者|付费|付費).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:本文|此文|本篇|此篇|此内容|此內容|本内容|本內容)(?:仅|僅|只)(?:限|供|对|對)?(?:付费|付費)?(?:订阅|訂閱)?(?:用户|用戶|会员|會員"
        r"|读者|讀者|者).*",
        # a paid article's statement and its call ("本文为付费内容，订阅后可阅读全文。", "本文為付費
        # 內容": newcomer 38 F4)
        r"(?:本文|此文|本篇|此篇|本文章|此文章|该文章|該文章)(?:为|為|是|属于|屬於)(?:付费|付費|会员|會員"
        r"|订阅|訂閱)(?:专享|專享|独家|獨家|专属|專屬)?(?:内容|內容|文章)[，,。；;].*",
        r"(?:订阅|訂閱|登录|登錄|登入|注册|註冊|付费|付費|开通会员|開通會員)(?:后|後)(?:即)?(?:可|才能"
        r"|方可)(?:阅读|閱讀|查看|浏览|瀏覽|继续阅读|繼續閱讀)(?:全文|完整内容|完整內容|本文|剩余内容"
        r"|剩餘內容).*",
    ),
    ads=(r"广告|廣告|推广|推廣",),
    credits=(
        credited(r"圖片|图片|攝影|摄影|圖片來源|图片来源|圖片提供|图片提供|圖文"),
        # a one-character label with its separator (two characters: the pre-scan's literal)
        credited(r"圖／|圖/|圖：|圖:|图／|图/|图：|图:", r"\s*"),
        # the desk's credits under a story: "责任编辑：王小明", "校對：陳美玲"; unbracketed: in
        # brackets ending a paragraph ("…試營運。（编辑：周海伦）") it is the agency's editor's
        # credit (clipper.closings.EDITOR_CREDITS), and a caption's credit made the paragraph
        # a caption, dropped whole (newcomer 48b)
        rf"(?:责任编辑|責任編輯|编辑|編輯|校对|校對)\s*[:：=／/|]\s*{CREDIT_NAME}",
        r"[（(]?[^\s（）()]{0,20}記者[^\s（）()]{1,20}攝[）)]?"
        r"|[（(]?[^\s（）()]{0,20}记者[^\s（）()]{1,20}摄[）)]?",
    ),
    reading_time=(
        r"阅读时间|閱讀時間|阅读时长|閱讀時長|预计阅读|預計閱讀",
    ),
    notices=(
        r"(?:您的|你的)(?:浏览器|瀏覽器)",
        r"关注我们|關注我們",
        # a prompt to follow a topic or an author (a site's feature, not the article's)
        r"关注(?:该|此|这个|這個)?(?:作者|话题|話題|栏目|欄目|专栏|專欄)",
    ),
    related=(
        r"相关新闻|相關新聞|相关阅读|相關閱讀|相关文章|相關文章|延伸阅读|延伸閱讀|推荐阅读"
        r"|推薦閱讀",
        r"热门新闻|熱門新聞|最新新闻|最新新聞|更多新闻|更多新聞|猜你喜欢|猜你喜歡|看更多",
        r"阅读更多|閱讀更多|热点推荐|熱點推薦|编辑推荐|編輯推薦|點閱排行|阅读排行|相关|相關",
    ),
    consent_terms=(r"cookie", r"小型文字(?:档案|檔案)"),
    consent_weak=(r"隐私|隱私", r"个人资料|個人資料|个人信息|個人資訊"),
    consent_context=(r"本网站|本網站|我们|我們|您", r"同意|使用|接受"),
    consent_buttons=(
        r"(?:全部|所有)?(?:接受|同意|拒绝|拒絕)(?:全部|所有)?(?:cookies?)?",
        r"我同意|我知道了|确定|確定|好的|关闭|關閉|设置|設定|cookie设置|cookie設定",
        r"管理偏好|管理選項|了解更多|詳細資訊|详细信息",
        r"隐私政策|隱私政策|隐私权政策|隱私權政策|cookie政策",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"知道了|明白了|我明白了",
    ),
    promo=(
        # sohu's link back under every re-published story (newcomer 48b: kept in a record's text)
        r"返回搜狐[，,]?\s*查看更多",
        r"订阅(?:我们的)?(?:新闻简报|电子报|新闻通讯|邮件)|訂閱(?:我們的)?(?:電子報|新聞通訊|電郵)",
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        r"关注(?:我们的)?(?:微信公众号|官方微博|微博|抖音号?|视频号|公众号)\S{0,15}|關注(?:我們的)?(?:臉書|facebook|ig|instagram"
        r"|youtube)\S{0,15}",
        r"下载\S{0,10}(?:客户端|app)|下載\S{0,10}(?:app|應用程式)",
    ),
    updated=(
        r"(?:最后|最後)?更新(?:时间|時間|日期|于|於)?",
    ),
    dateline=(r"(?:发布|發布|发表|發表)(?:时间|時間|日期|于|於)?", r"日期(?=\s*[:：])"),
    errors=(
        r"页面不存在|頁面不存在|找不到(?:该|該)?(?:页面|頁面|网页|網頁)|访问被拒绝|訪問被拒絕"
        r"|拒绝访问|错误|錯誤",
        # a soft 404's body sentence: the page sought, removed or moved
        r"(?:您|你)(?:所|要)?(?:访问|訪問|查找|查看|浏览|瀏覽|请求|請求|找)的(?:页面|頁面|网页"
        r"|網頁)|(?:页面|頁面|网页"
        r"|網頁)(?:可能)?已(?:被|经|經)?(?:删除|刪除|移除|移动|移動|下线|下線)|(?:页面|頁面)未找到",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"(?:服务器|服務器|伺服器|系统|系統|网站|網站)(?:正)?(?:繁忙|忙碌)|(?:访问|訪問|請求|请求)(?:人数|人數|量)?(?:过多|過多|过于频繁"
        r"|過於頻繁)|(?:请|請)稍(?:后|後)(?:再试|再試|重试|重試|再来|再來|访问|訪問)",
    ),
    rights=(r"版[权權]所有",),
    site_pages=(
        r"隐私(?:权)?政策|隱私(?:權)?政策|使用条款|使用條款|服务条款|服務條款",
        r"关于我们|關於我們|联系我们|聯絡我們|聯繫我們",
    ),
    source_labels=("来源", "來源",),
    wall_calls=(
        r"(?:立即|马上|馬上|现在|現在)?(?:订阅|訂閱|登录|登錄|注册|註冊|开通会员|開通會員)",
    ),
    tag_labels=(
        r"标签",
        r"標籤",
        r"关键词",
        r"關鍵詞",
        r"关键字",
        r"關鍵字",
    ),
)
