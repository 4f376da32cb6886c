"""Vietnamese page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import (
    NETWORKS,
    SIGNED_NAME,
    Table,
    counted,
    credited,
    edited,
    offer,
    share_bar,
)

TABLE = Table(
    language="vi",
    # "author:", "article:", "text and photos:" ("Theo", "according to", is a credit's label:
    # clipper.closings.CREDIT_PHRASES; "Theo" is a first name in other languages)
    bylines=(r"tác giả\s*:", r"bài\s*:", r"bài và ảnh\s*:"),
    byline_roles=(
        "phóng viên",
        "biên tập viên",
    ),
    byline_staff=(
        "(?:nhóm )?phóng viên",
        "pv",
    ),
    skip=(r"(?:chuyển|bỏ qua|đi) (?:đến|tới) (?:nội dung(?: chính)?|điều hướng|menu)",),
    share=(
        r"chia sẻ(?: (?:bài viết|lên (?:facebook|twitter|zalo)))?",
        r"(?:sao chép|copy) (?:liên kết|link)|đã sao chép(?: liên kết)?|in bài(?: viết)?",
        share_bar(r"chia sẻ"),
        # the comments' link with its count ("Bình luận (0)", VnExpress's "Ý kiến (3)")
        counted(r"bình luận|ý kiến"),
    ),
    paywall=(
        offer(r"đăng ký(?: gói)?", r"ngay|ngay bây giờ"),
        r"(?:bài viết|nội dung) (?:này )?(?:chỉ )?dành cho (?:hội viên|thành viên"
        r"|người đăng ký).*",
        r"đăng nhập|đăng xuất|đăng ký|tài khoản của tôi",
        r"(?:bạn )?đã (?:có tài khoản|là hội viên)\s*\??.*",
    ),
    ads=(r"quảng cáo",),
    credits=(
        credited(r"ảnh(?: minh họa)?|hình"),
        # an embedded video's label over its title ("Clip: Ô tô quay vòng…", trafilatura #616)
        credited(r"clip"),
    ),
    related=(
        r"(?:xem|đọc) (?:thêm|tiếp)|có thể bạn quan tâm|đọc nhiều nhất",
        r"(?:tin|bài) (?:liên quan|cùng chuyên mục|mới nhất|đọc nhiều|nổi bật|khác)",
        r"(?:tin tức|bài viết) liên quan",
    ),
    consent_terms=(r"\bcookies?\b",),
    consent_weak=(r"quyền riêng tư", r"dữ liệu cá nhân"),
    consent_context=(
        r"\b(?:chúng tôi|trang web|website|bạn)\b",
        r"\b(?:chấp nhận|từ chối|cài đặt|quản lý|đối tác|nhấp|tiếp tục)\b",
    ),
    consent_buttons=(
        r"(?:chấp nhận|đồng ý|từ chối)(?: tất cả)?(?: cookies?)?",
        r"tôi đồng ý|đã hiểu|ok|đóng|(?:cài đặt|tùy chỉnh|quản lý)(?: cookies?| tùy chọn)?",
        r"lưu (?:cài đặt|lựa chọn)|tìm hiểu thêm|chính sách (?:bảo mật|quyền riêng tư|cookie)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"tôi hiểu|tôi đã hiểu",
    ),
    dateline=(r"\bđăng lúc\b",),
    # "Cập nhật lúc 10:15 05/12/2026", "Cập nhật: 05/12/2026 10:15"
    updated=(r"cập nhật(?: lúc| ngày)?",),
    errors=(
        r"không tìm thấy trang|trang không tồn tại|truy cập bị từ chối|\blỗi\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"trang (?:mà )?bạn (?:đang )?(?:tìm|yêu cầu|truy cập)|(?:đã|có thể đã) bị (?:xóa|xoá"
        r"|di chuyển|gỡ bỏ)",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"máy chủ (?:đang )?(?:bận|quá tải)|(?:vui lòng|xin) thử lại sau|quá nhiều (?:yêu cầu"
        r"|truy cập)",
    ),
    rights=(
        r"bản quyền thuộc về",
        r"giữ bản quyền",
    ),
    notices=(
        # an agency's or paper's legal notice ("Cấm sao chép dưới mọi hình thức nếu không có sự
        # chấp thuận bằng văn bản", "Ghi rõ nguồn khi phát hành lại thông tin từ website này")
        r"^\W{0,3}(?:nghiêm )?cấm (?:sao chép|sử dụng lại|phát hành lại)\b[^.]{0,120}\b(?:nếu"
        r" không có|khi chưa có|không có) (?:sự )?(?:chấp thuận|đồng ý|cho phép) bằng văn bản\b"
        r"|^\W{0,3}ghi rõ nguồn\b[^.]{0,40}\bkhi (?:phát hành lại|trích dẫn|sử dụng lại)\b",
    ),
    site_pages=(r"chính sách bảo mật|điều khoản (?:sử dụng|dịch vụ)|về chúng tôi|liên hệ",),
    sign_offs=(
        # a CMS's editor line under every story (newcomer 48b)
        edited(r"biên tập|biên tập viên"),
        # the reporter and the agency (TTXVN = Vietnam News Agency, Vietnam+ its site)
        rf"(?:{SIGNED_NAME}\s*)?[(/]\s*(?:TTXVN(?:/Vietnam\+)?|VNA|Vietnam\+)\s*\)?",
        r"(?i:theo)\s+(?:TTXVN|VNA|Vietnam\+)",
        # the outlet a re-published report came from, alone on the last line: "Theo
        # VnExpress", "Theo Tuổi Trẻ" ("according to": newcomer 44, finding 3), its author
        r"(?i:theo)\s+(?P<author>(?-i:[A-ZĐÂĂÊÔƠƯ][\w.+&-]*)(?:\s+(?-i:[A-ZĐÂĂÊÔƠƯ][\w.+&-]*)){0,3})\.?",
    ),
    source_labels=("Nguồn",),
    promo=(
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        # ... after "please, readers" ("Mời bạn đọc theo dõi Báo Thung Lũng trên Zalo"), on a
        # network, at its channel ("tại kênh Zalo": newcomer 50b)
        r"(?:mời (?:quý )?(?:bạn đọc|độc giả) )?theo dõi (?:chúng tôi|[\w .&-]{1,40}?)"
        rf" (?:trên|tại|qua)(?: (?:kênh|fanpage|trang))? {NETWORKS}"
        r"(?: (?:để|và|của) [^.!?]{1,60})?",
        r"tải (?:ứng dụng|app)(?: [\w .&-]{1,40}?)?",
    ),
    tag_labels=(
        r"từ khóa",
        r"từ khoá",
        r"thẻ",
    ),
)
