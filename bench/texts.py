"""The words the bench archive is written in: a provincial daily's sections, people, topics and prose.

Titles, leads and bodies are combined from these pieces by the filler (bench/fill.py) in SQL, so a
million articles vary without Python writing a million strings.
"""

from articles.search import fold, plain_text

SECTIONS = ["Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật", "Giáo dục", "Y tế"]

FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
GIVEN_NAMES = ["Duy Tiến", "Thu Hà", "Minh Quân", "Hồng Nhung", "Văn Thành", "Ngọc Lan", "Quốc Bảo"]
GIVEN_NAMES += ["Thanh Tùng", "Bích Ngọc", "Hữu Phước", "Mai Anh", "Đức Long"]

PLACES = ["Buôn Ma Thuột", "Ea H'leo", "Cư M'gar", "Krông Pắc", "Ea Kar", "Lắk", "M'Đrắk"]
PLACES += ["Krông Năng", "Buôn Đôn", "Cư Kuin", "Ea Súp", "Krông Ana", "Krông Bông", "Buôn Hồ"]
# One article in RARE_EVERY happens in this district, so search has a rare word to look for.
RARE_PLACE = "Krông Búk"
RARE_EVERY = 1000
# The common words: one title in COMMON_EVERY is about coffee, as in the province's own paper.
COMMON_WORDS = "cà phê"
COMMON_EVERY = 3

SUBJECTS = ["Nông dân", "Tỉnh", "Huyện", "Doanh nghiệp", "Ngành y tế", "Học sinh", "Công an"]
SUBJECTS += ["Hợp tác xã", "Người dân", "Thành phố", "Sở Giáo dục", "Bộ đội biên phòng"]
ACTIONS = ["đẩy mạnh", "triển khai", "khánh thành", "tổng kết", "kiểm tra", "hỗ trợ", "phát động"]
ACTIONS += ["nâng cao", "bảo vệ", "khắc phục", "mở rộng", "chuẩn bị"]
OBJECTS = ["sầu riêng xuất khẩu", "hồ tiêu", "đường giao thông nông thôn", "mùa khô"]
OBJECTS += ["phòng chống sốt xuất huyết", "năm học mới", "lễ hội", "chuyển đổi số", "rừng phòng hộ"]
OBJECTS += ["an toàn giao thông", "nước sạch", "du lịch cộng đồng", "giải bóng đá"]

TOPICS = ["Chuyển đổi số", "Nông nghiệp", "Giao thông", "Mùa khô", "Du lịch", "Giáo dục"]
TOPICS += ["Y tế cơ sở", "Biên giới", "Văn hóa Tây Nguyên", "Cồng chiêng", "Xây dựng Đảng"]
TOPICS += ["Phòng chống tội phạm", "Cà phê", "Sầu riêng", "OCOP", "Bóng đá", "Bầu cử"]

SENTENCES = [
    "Theo báo cáo của ủy ban nhân dân tỉnh, kết quả đạt được trong năm qua vượt kế hoạch đề ra.",
    "Nhiều hộ gia đình đã mạnh dạn chuyển đổi cơ cấu cây trồng, nâng cao thu nhập.",
    "Lãnh đạo địa phương đề nghị các sở, ngành phối hợp chặt chẽ để tháo gỡ khó khăn.",
    "Mùa khô năm nay đến sớm, nhiều diện tích cây trồng có nguy cơ thiếu nước tưới.",
    "Chương trình được triển khai đồng bộ tại 15 huyện, thị xã và thành phố trong tỉnh.",
    "Người dân phấn khởi khi con đường bê tông mới được đưa vào sử dụng trước Tết.",
    "Ngành chức năng khuyến cáo bà con theo dõi thông tin thời tiết và chủ động phòng tránh.",
    "Đến nay, toàn tỉnh có hơn 200 sản phẩm đạt chứng nhận OCOP từ ba sao trở lên.",
    "Các đội bóng đã có sự chuẩn bị kỹ lưỡng, hứa hẹn mang đến những trận đấu hấp dẫn.",
    "Cơ quan công an đang tiếp tục điều tra, làm rõ hành vi vi phạm của các đối tượng.",
    "Lễ hội thu hút hàng nghìn du khách trong và ngoài nước đến tham quan, trải nghiệm.",
    "Học sinh vùng sâu, vùng xa được hỗ trợ sách vở, đồ dùng học tập trước năm học mới.",
    "Giá nông sản tăng cao giúp bà con có thêm nguồn vốn tái đầu tư cho vụ sau.",
    "Hội nghị thống nhất các giải pháp trọng tâm cho sáu tháng cuối năm.",
    "Bệnh viện đa khoa vùng Tây Nguyên tiếp nhận thêm nhiều trang thiết bị hiện đại.",
    "Nghệ nhân cồng chiêng truyền dạy cho thế hệ trẻ trong buôn vào mỗi dịp cuối tuần.",
]
PARAGRAPHS_PER_BODY = 9
BODIES = 64


def body_html(number):
    """Body number `number`: nine paragraphs of three sentences each, about 3 KB of HTML."""
    paragraphs = []
    for paragraph in range(PARAGRAPHS_PER_BODY):
        picks = [SENTENCES[(number * 7 + paragraph * 3 + k * 5) % len(SENTENCES)] for k in range(3)]
        paragraphs.append("<p>" + " ".join(picks) + "</p>")
    return "".join(paragraphs)


def folded_pair(texts):
    """[texts], [their folded forms]: the filler builds folded titles from folded pieces."""
    return list(texts), [fold(text) for text in texts]


def bodies():
    """([html], [folded plain text]) for the body pool, ready for article_document's D weight."""
    htmls = [body_html(number) for number in range(BODIES)]
    return htmls, [fold(plain_text(html)) for html in htmls]
