"""Thai page furniture (see :mod:`clipper.furniture`).  Thai runs its words together (no
``\\b``): a phrase stands for a whole line, or is a word few sentences of news hold."""

from clipper.furniture import Table, counted, credited, share_bar

# The networks and apps a Thai site is followed on, by their Latin and Thai names, one or several
# ("Facebook, LINE และ X").
_NETWORK = (
    r"(?:ไลน์|line|เฟซบุ๊ก|เฟสบุ๊ค|facebook|ยูทูบ|youtube|ติ๊กต็อก|tiktok|x|ทวิตเตอร์|twitter"
    r"|อินสตาแกรม|instagram|google news)"
)
_NETWORKS = rf"{_NETWORK}(?:\s*(?:,|และ|หรือ)\s*{_NETWORK})*"

TABLE = Table(
    language="th",
    # "by", "news by", "written by", "reported by"; "story:" and "writer:" with their colon
    # ("เรื่อง" alone is "story", "matter": newcomer 50b, «โดย ประชาชาติธุรกิจ» kept «โดย» in
    # the author)
    bylines=("โดย", "ข่าวโดย", "เขียนโดย", "รายงานโดย", r"เรื่อง\s*:", r"ผู้เขียน\s*:"),
    byline_roles=(
        "ผู้สื่อข่าว",
        "นักข่าว",
        "บรรณาธิการ",
    ),
    byline_staff=(
        "ผู้สื่อข่าว",
        "นักข่าว",
    ),
    skip=(r"ข้ามไป(?:ยัง|ที่)?(?:เนื้อหา(?:หลัก)?|เมนู)",),
    share=(
        r"แชร์(?:บทความ|ข่าว)?(?:นี้)?(?:ไป(?:ยัง)?(?:เฟซบุ๊ก|facebook|ไลน์|line|x|ทวิตเตอร์))?",
        r"แบ่งปัน|คัดลอกลิง[กค]์|คัดลอกแล้ว|พิมพ์|ส่งอีเมล",
        share_bar(r"แชร์|แบ่งปัน"),
        # the comments' link with its count ("ความคิดเห็น (2)")
        counted(r"ความคิดเห็น"),
    ),
    paywall=(
        r"(?:บทความ|เนื้อหา)(?:นี้)?(?:สงวน)?(?:สำหรับ|เฉพาะ)สมาชิก.*",
        r"เข้าสู่ระบบ|ออกจากระบบ|สมัครสมาชิก|ลงทะเบียน|บัญชีของฉัน",
    ),
    ads=(r"โฆษณา",),
    credits=(credited(r"ภาพ|ภาพประกอบ|ภาพจาก|ที่มาภาพ|เครดิตภาพ"),),
    related=(
        r"อ่าน(?:เพิ่มเติม|ต่อ|ข่าวที่เกี่ยวข้อง|ข่าวเพิ่มเติม)|(?:ข่าว|บทความ|เรื่อง)(?:ที่)?เกี่ยวข้อง",
        r"ข่าวล่าสุด|ข่าวแนะนำ|(?:ข่าว)?ยอดนิยม|อ่านมากที่สุด|(?:คุณ)?อาจสนใจ",
    ),
    consent_terms=(r"คุกกี้", r"\bcookies?\b"),
    consent_weak=(r"นโยบายความเป็นส่วนตัว", r"การตั้งค่าความเป็นส่วนตัว"),
    consent_context=(r"เว็บไซต์|ของคุณ|เราใช้", r"ยอมรับ|ปฏิเสธ|ตั้งค่า|จัดการ|พันธมิตร|คลิก"),
    consent_buttons=(
        r"(?:ยอมรับ|ปฏิเสธ|อนุญาต)(?:ทั้งหมด)?(?:คุกกี้)?(?:ทั้งหมด)?",
        r"(?:การ)?ตั้งค่า(?:คุกกี้)?|จัดการ(?:คุกกี้|การตั้งค่า)|บันทึกการตั้งค่า",
        r"ดูรายละเอียด|เรียนรู้เพิ่มเติม|ปิด|ตกลง|นโยบาย(?:ความเป็นส่วนตัว|คุกกี้)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"เข้าใจแล้ว|รับทราบ",
    ),
    dateline=(r"เผยแพร่|โพสต์เมื่อ",),
    updated=(r"อัปเดต|อัพเดท|แก้ไขล่าสุด",),
    errors=(
        r"ไม่พบหน้า(?:ที่คุณต้องการ|นี้|เว็บ)?|เกิดข้อผิดพลาด|ปฏิเสธการเข้าถึง",
        # a soft 404's body sentence: the page sought, removed or moved
        r"หน้าที่คุณ(?:กำลัง)?(?:ค้นหา|ต้องการ|เรียก)|อาจถูกลบหรือ(?:ถูก)?ย้าย",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"เซิร์ฟเวอร์(?:ไม่ว่าง|ทำงานหนัก|มีผู้ใช้งานจำนวนมาก)|(?:โปรด"
        r"|กรุณา)ลอง(?:ใหม่)?อีกครั้ง(?:ในภายหลัง)?|คำขอมากเกินไป",
    ),
    site_pages=(r"นโยบายความเป็นส่วนตัว|ข้อกำหนดการใช้งาน|เกี่ยวกับเรา|ติดต่อเรา",),
    # "source", "data from", "news from" before an agency's credit ("(ที่มา: รอยเตอร์)", "ที่มา :
    # สำนักข่าวไทย"; newcomer 50b: neither was read as a credit)
    source_labels=("ที่มา", "ข้อมูลจาก", "ข่าวจาก"),
    rights=(r"สงวนลิขสิทธิ์(?:ตามกฎหมาย)?",),
    notices=(
        # a site's legal notice ("ห้ามคัดลอกเนื้อหาโดยไม่ได้รับอนุญาต")
        r"^\W{0,3}ห้าม(?:คัดลอก|ทำซ้ำ|เผยแพร่)(?:ซ้ำ)?(?:เนื้อหา|ข้อความ|บทความ|ข่าว|ภาพ)[^\n]{0,80}"
        r"(?:โดยไม่ได้รับอนุญาต|ก่อนได้รับอนุญาต)",
    ),
    promo=(
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        r"ติดตาม(?:เรา)?(?:ได้)?(?:ที่|ทาง) ?(?:facebook|twitter|x|instagram|youtube|tiktok|line"
        r"|เฟซบุ๊ก|ไลน์)\S{0,20}",
        # "ติดตามข่าวสารผ่านไลน์ @matichon" (newcomer 47b), "ติดตามข่าวสารเพิ่มเติมได้ที่ LINE
        # @matichon" ("more news at", newcomer 50b: Matichon's last paragraph), "กดติดตาม…":
        # the news followed through the site's accounts, or at its address
        r"(?:กด)?ติดตาม(?:ข่าวสาร|ข่าว|เรา)?(?:เพิ่มเติม|ล่าสุด)? ?(?:ได้)? ?(?:ผ่าน|ทาง|ที่)"
        rf" ?(?:ช่องทาง)? ?(?:{_NETWORKS}\s*(?:@[\w.]+|\S{{0,20}})|(?:https?://|www\.)\S+)",
    ),
)
