"""The demo's event pages and the home page as the desk arranged it: every zone filled."""

from datetime import timedelta

from articles.models import Event, Placement, Zone

EVENTS = [
    {
        "name": "Mùa cà phê Đắk Lắk 2026",
        "description": (
            "Vụ thu hoạch cà phê niên vụ 2026-2027: giá cả, liên kết tiêu thụ, tín dụng tái "
            "canh và đời sống người trồng cà phê."
        ),
        "cover": "coffee-hills",
        "hot_position": 1,
        "overview": "Tỉnh đối thoại với nông dân về liên kết sản xuất, tiêu thụ cà phê",
        "articles": [
            "Tỉnh đối thoại với nông dân về liên kết sản xuất, tiêu thụ cà phê",
            "Giá cà phê đầu vụ giữ ở mức cao, nông dân phấn khởi thu hoạch",
            "Hợp tác xã của những người phụ nữ làm cà phê đặc sản",
            "Gói tín dụng ưu đãi cho nông dân tái canh cà phê",
            "Trưng bày chuyên đề “Hạt cà phê trong đời sống Tây Nguyên”",
            "Bắt nhóm đối tượng trộm cà phê nhân vào ban đêm",
        ],
    },
    {
        "name": "Ứng phó mưa lũ cuối năm",
        "description": "Mưa lớn cuối năm ở vùng ven biển và miền núi: phòng tránh, khắc phục.",
        "cover": "sea",
        "hot_position": 2,
        "articles": [
            "Các xã ven biển chủ động ứng phó đợt mưa lớn cuối tháng 11",
            "Khánh thành cầu treo dân sinh nối đôi bờ Krông Ana",
            "Ca sốt xuất huyết tăng, ngành y tế kêu gọi diệt lăng quăng",
            "Thầy cô điểm trường vùng sâu và hành trình gieo chữ mùa mưa",
        ],
    },
    {
        "name": "An toàn giao thông dịp cuối năm",
        "description": "Tuần tra, kiểm soát và cảnh báo trên các tuyến quốc lộ qua tỉnh.",
        "cover": "road",
        "hot_position": 3,
        "articles": [
            "Cao điểm bảo đảm an toàn giao thông dịp cuối năm trên Quốc lộ 14",
            "Cảnh giác chiêu giả danh cán bộ thuế gọi điện “hỗ trợ hoàn thuế”",
        ],
    },
]

HOME_LEAD = "Tỉnh đối thoại với nông dân về liên kết sản xuất, tiêu thụ cà phê"
HOME_SUBLEADS = [
    "Giá cà phê đầu vụ giữ ở mức cao, nông dân phấn khởi thu hoạch",
    "Nghệ nhân Ê Đê truyền dạy đánh chiêng cho thế hệ trẻ",
    "Chung kết kịch tính khép lại giải bóng đá thiếu niên toàn tỉnh",
    "Hơn 1.200 hộ đồng bào dân tộc thiểu số được hỗ trợ nhà ở, nước sạch",
]
# Placed ahead of its publication: the staff preview of the home page shows it first.
HOME_SUBLEAD_LATER = "Tối mai diễn ra đêm nhạc “Hương cà phê cao nguyên”"
SECTION_LEADS = {
    "thoi-su": "Thường trực HĐND tỉnh chuẩn bị nội dung kỳ họp cuối năm",
    "kinh-te": "Thêm 15 vùng trồng sầu riêng được cấp mã số xuất khẩu",
    "van-hoa": "Rộn ràng lễ mừng lúa mới ở buôn ven thành phố",
    "du-lich": "Thác Dray Nur vào mùa đẹp nhất năm",
}


def seed_events(articles, images):
    for data in EVENTS:
        event = Event.objects.create(
            name=data["name"],
            description=data["description"],
            cover=images[data["cover"]],
            is_hot=True,
            hot_position=data["hot_position"],
        )
        for title in data["articles"]:
            event.links.create(article=articles[title])
        if "overview" in data:
            event.overview = articles[data["overview"]]
            event.full_clean()
            event.save()


def seed_zones(articles, sections, editor, now):
    def zone(kind, section=None, size=1):
        found, _ = Zone.objects.get_or_create(section=section, kind=kind, defaults={"size": size})
        return found

    def place(zone, title, position=0, **times):
        Placement.objects.create(
            zone=zone,
            article=articles[title],
            position=position,
            placed_by=editor,
            starts_at=times.get("starts_at", now - timedelta(hours=1)),
            ends_at=times.get("ends_at"),
        )

    place(zone(Zone.Kind.LEAD), HOME_LEAD, ends_at=now + timedelta(hours=20))
    subleads = zone(Zone.Kind.SUBLEADS, size=4)
    for position, title in enumerate(HOME_SUBLEADS, start=1):
        place(subleads, title, position)
    later = articles[HOME_SUBLEAD_LATER].published_at
    place(subleads, HOME_SUBLEAD_LATER, 0, starts_at=later, ends_at=later + timedelta(days=1))
    for slug, title in SECTION_LEADS.items():
        place(zone(Zone.Kind.LEAD, sections[slug]), title)
