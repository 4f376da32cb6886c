"""Chinese (simplified and traditional) page furniture (see :mod:`clipper.furniture`).

Chinese writes no spaces, so terms are matched without word boundaries.
"""

from clipper.furniture import Table, credited

TABLE = Table(
    language="zh",
    skip=(
        r"(?:跳到|跳至|跳转到|跳轉到|跳過|跳过)(?:主要)?(?:内容|內容|正文|导航|導覽|主選單|主菜单)",
    ),
    share=(
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
    ),
    truncated=(
        r"(?:剩余|剩下|还剩|還剩)\d+(?:[.,]\d+)?\s?[%％].*(?:订阅|訂閱|会员|會員|付费|付費).*",
        r"(?:余下|剩余|其余|餘下|剩餘|其餘)(?:内容|內容|全文)(?:仅|僅)?(?:限)?(?:会员|會員|订阅者"
        r"|訂閱者|付费|付費).*",
    ),
    ads=(r"广告|廣告|推广|推廣",),
    credits=(
        credited(r"圖片|图片|攝影|摄影|圖片來源|图片来源|圖片提供|图片提供|圖文"),
        # a one-character label with its separator (two characters: the pre-scan's literal)
        credited(r"圖／|圖/|圖：|圖:|图／|图/|图：|图:", r"\s*"),
        # the desk's credits under a story: "责任编辑：王小明", "校對：陳美玲"
        credited(r"责任编辑|責任編輯|编辑|編輯|校对|校對"),
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
    ),
    dateline=(r"(?:发布|發布|发表|發表)",),
    errors=(
        r"页面不存在|頁面不存在|找不到(?:该|該)?(?:页面|頁面|网页|網頁)|访问被拒绝|訪問被拒絕"
        r"|拒绝访问|错误|錯誤",
        # a soft 404's body sentence: the page sought, removed or moved
        r"(?:您|你)(?:所|要)?(?:访问|訪問|查找|查看|浏览|瀏覽|请求|請求|找)的(?:页面|頁面|网页"
        r"|網頁)|(?:页面|頁面|网页"
        r"|網頁)(?:可能)?已(?:被|经|經)?(?:删除|刪除|移除|移动|移動|下线|下線)|(?:页面|頁面)未找到",
    ),
    rights=(r"版[权權]所有",),
    site_pages=(
        r"隐私(?:权)?政策|隱私(?:權)?政策|使用条款|使用條款|服务条款|服務條款",
        r"关于我们|關於我們|联系我们|聯絡我們|聯繫我們",
    ),
)
