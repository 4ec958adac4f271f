"""Texts for `manage.py seed_demo`.

Everything here was written for this demo: the people, figures, quotations and events are
invented, though the places are real Đắk Lắk places so the pages look like the paper's.

Body paragraphs are plain text; one starting with "## " becomes an <h2>, one starting with
"> " a <blockquote>. ("photo", image key, caption) places a library photo with a caption for this
article, ("gallery", gallery key) a photo gallery of features.GALLERIES.
"""

import datetime

SITE = {
    "name": "Báo Đắk Lắk Demo",
    "tagline": "Bản trình diễn — mọi tin bài trên trang này đều là nội dung hư cấu",
    "licence_number": "Giấy phép số 000/GP-DEMO (minh họa)",
    "licence_date": datetime.date(2026, 1, 15),
    "licence_issuer": "Bộ Văn hóa, Thể thao và Du lịch (thông tin minh họa)",
    "governing_body": "Cơ quan chủ quản minh họa — bản demo",
    "editor_in_chief": "Lê Hoàng Nam (tên minh họa)",
    "address": "Số 00 đường Demo, phường Buôn Ma Thuột, tỉnh Đắk Lắk (địa chỉ minh họa)",
    "phone": "0262 000 0000",
    "email": "toasoan@example.com",
}

# (name, slug, position, description, parent slug)
SECTIONS = [
    ("Thời sự", "thoi-su", 10, "Tin tức chính trị, xã hội nổi bật của tỉnh Đắk Lắk.", None),
    ("Kinh tế", "kinh-te", 20, "Nông nghiệp, doanh nghiệp, đầu tư và thị trường.", None),
    ("Xã hội", "xa-hoi", 30, "Đời sống, y tế, lao động và việc làm.", None),
    ("Giáo dục", "giao-duc", 10, "Trường lớp, thầy cô và học sinh trong tỉnh.", "xa-hoi"),
    ("Văn hóa", "van-hoa", 40, "Di sản, lễ hội, văn học nghệ thuật các dân tộc.", None),
    ("Thể thao", "the-thao", 50, "Thể thao phong trào, thành tích cao và thể thao dân tộc.", None),
    (
        "Pháp luật",
        "phap-luat",
        60,
        "An ninh trật tự, an toàn giao thông, cảnh báo pháp luật.",
        None,
    ),
    ("Du lịch", "du-lich", 70, "Điểm đến, trải nghiệm và ẩm thực từ cao nguyên đến biển.", None),
]

AUTHORS = [
    ("Lê Thanh Bình", "Thư ký tòa soạn, hơn 20 năm theo dõi thời sự và kinh tế địa phương."),
    ("Minh Khôi", "Phóng viên thời sự, thường trực mảng nông nghiệp và nông thôn."),
    ("Thùy Dung", "Phóng viên kinh tế, quan tâm đến khởi nghiệp và hợp tác xã."),
    ("H'Linh Niê", "Phóng viên văn hóa, viết về đời sống và di sản của đồng bào Ê Đê."),
    ("Phan Hữu Lộc", "Phóng viên pháp luật, theo dõi an ninh trật tự và an toàn giao thông."),
    ("Ngọc Ánh", "Phóng viên y tế, viết về sức khỏe cộng đồng và bảo hiểm y tế."),
    ("Quang Nhật", "Phóng viên thể thao, mê bóng đá phong trào và các giải chạy."),
    ("Y Thịnh Byă", "Phóng viên ảnh và du lịch, đi nhiều nhất tòa soạn."),
    ("Hoài Thương", "Phóng viên giáo dục, từng là giáo viên tiểu học ở vùng sâu."),
    ("Trần Mai Hương", "Biên tập viên văn hóa - văn nghệ."),
]

CREDIT = "Đồ họa Báo Đắk Lắk Demo (minh họa)"

# key: (alt text: what the picture shows; caption: the story it tells)
IMAGES = {
    "coffee-hills": (
        "Minh họa: những hàng cà phê xanh trên sườn đồi dưới nắng sớm",
        "Vườn cà phê vào cao điểm thu hoạch ở vùng ven Buôn Ma Thuột.",
    ),
    "coffee-beans": (
        "Minh họa: cận cảnh những hạt cà phê rang màu nâu trên nền gỗ",
        "Cà phê nhân sau sơ chế được các cơ sở trong tỉnh rang xay và đóng gói.",
    ),
    "drying-yard": (
        "Minh họa: sân phơi rộng trải đầy hạt cà phê màu đỏ nâu dưới trời nắng",
        "Nông dân tranh thủ những ngày nắng ráo để phơi cà phê đầu vụ.",
    ),
    "lake": (
        "Minh họa: mặt hồ phản chiếu dãy núi xa và chiếc thuyền độc mộc lúc hoàng hôn",
        "Hồ Lắk lúc chiều tà, điểm hẹn quen thuộc của du khách.",
    ),
    "waterfall": (
        "Minh họa: thác nước trắng xóa đổ xuống giữa hai vách đá phủ cây xanh",
        "Thác Dray Nur trên dòng Sêrêpốk những ngày nước lớn.",
    ),
    "road": (
        "Minh họa: con đường nhựa có vạch kẻ giữa chạy thẳng giữa hai dãy đồi",
        "Tuyến quốc lộ qua địa bàn tỉnh, nơi lực lượng chức năng tăng cường tuần tra cuối năm.",
    ),
    "longhouse": (
        "Minh họa: ngôi nhà dài sàn gỗ, mái cao của người Ê Đê giữa vườn cây",
        "Nhà dài truyền thống vẫn là nơi buôn làng tụ họp trong những dịp lễ lớn.",
    ),
    "gongs": (
        "Minh họa: những chiếc chiêng đồng tròn xếp thành vòng cung trên nền đỏ ấm",
        "Bộ chiêng của buôn được các nghệ nhân gìn giữ và trao lại cho lớp trẻ.",
    ),
    "football": (
        "Minh họa: sân cỏ xanh kẻ vạch vôi trắng dưới ánh đèn chiếu sáng ban đêm",
        "Sân vận động Buôn Ma Thuột trước giờ bóng lăn.",
    ),
    "school": (
        "Minh họa: dãy phòng học mái đỏ, sân trường có cột cờ và hàng cây",
        "Một điểm trường vùng sâu vừa được sửa sang trước mùa mưa.",
    ),
    "clinic": (
        "Minh họa: tòa nhà màu trắng có biểu tượng chữ thập xanh, phía trước là hàng cây",
        "Trạm y tế xã là nơi người dân tìm đến đầu tiên khi có dấu hiệu sốt.",
    ),
    "city": (
        "Minh họa: các tòa nhà thành phố lên đèn dưới bầu trời chạng vạng màu tím",
        "Trung tâm Buôn Ma Thuột lúc lên đèn.",
    ),
    "sea": (
        "Minh họa: bờ biển xanh với những khối đá hình lục giác sẫm màu xếp sát nhau",
        "Gành Đá Đĩa, danh thắng nổi tiếng ở vùng biển phía đông tỉnh.",
    ),
    "festival": (
        "Minh họa: đống lửa lớn giữa sân buôn dưới trời sao, người múa xếp vòng tròn quanh lửa",
        "Lễ hội bên bếp lửa nhà dài, khi cả buôn cùng xoang theo nhịp chiêng.",
    ),
    "infographic": (
        "Cà phê Đắk Lắk 2026 (minh họa): 213 nghìn ha, 560 nghìn tấn, xuất khẩu 410 nghìn tấn, "
        "1.850 triệu USD; đặc sản 5%, gấp đôi 2024. Sơ chế: hái quả chín trên 95%; phơi 15-20 "
        "ngày trên sàn bạt hoặc giàn cao; xay vỏ, phân loại hạt; giữ trong bao đay, kho khô.",
        "Cà phê Đắk Lắk năm 2026 qua những con số (số liệu minh họa).",
    ),
}

# The demo accounts, one per role: (username, password, group, first name, last name, author).
ACCOUNTS = [
    ("admin", "newsroom-admin", None, "Quản trị", "Demo", None),
    ("editor", "newsroom-editor", "Editor", "Thanh Bình", "Lê", "Lê Thanh Bình"),
    ("journalist", "newsroom-journalist", "Journalist", "Minh Khôi", "Nguyễn", "Minh Khôi"),
    ("moderator", "newsroom-moderator", "Moderator", "Kiểm duyệt", "Demo", None),
]

# hours: how long ago it was published (negative: scheduled for the future).
# status defaults to "published"; drafts and articles in review have no hours.
ARTICLES = [
    # Thời sự
    {
        "section": "thoi-su",
        "title": "Tỉnh đối thoại với nông dân về liên kết sản xuất, tiêu thụ cà phê",
        "kicker": "Đối thoại",
        "lead": (
            "Sáng nay, UBND tỉnh tổ chức hội nghị đối thoại với hơn 300 nông dân, hợp tác xã và "
            "doanh nghiệp về liên kết sản xuất, tiêu thụ cà phê, đúng lúc vụ thu hoạch bước vào "
            "cao điểm."
        ),
        "body": [
            "Hội nghị diễn ra tại Trung tâm Hội nghị tỉnh, do Phó Chủ tịch UBND tỉnh Trần Quốc "
            "Hưng chủ trì. Nhiều ý kiến tập trung vào chuyện thiếu vốn đầu vụ, giá phân bón còn "
            "cao và tình trạng thương lái thu mua quả xanh.",
            (
                "photo",
                "drying-yard",
                "Cà phê phơi trên sân bạt của một hộ trong chuỗi liên kết ở Cư M'gar.",
            ),
            "## Truy xuất nguồn gốc không còn là chuyện xa",
            "Đại diện các doanh nghiệp xuất khẩu cho biết đối tác châu Âu ngày càng đòi hỏi dữ "
            "liệu vùng trồng chi tiết đến từng lô đất. Nông hộ nhỏ lẻ, không ghi chép, sẽ khó bán "
            "được giá tốt nếu không tham gia hợp tác xã hoặc chuỗi liên kết.",
            "> Nhà tôi có hai héc-ta cà phê, năm nào cũng bán cho thương lái quen. Giờ nghe nói "
            "phải có bản đồ vườn, nhật ký bón phân, tôi muốn được hướng dẫn cụ thể để làm cho "
            "đúng. — Ông Y Kim Mlô, nông dân vùng Cư M'gar",
            (
                "photo",
                "coffee-beans",
                "Cà phê nhân có nhật ký canh tác được doanh nghiệp trả giá cao hơn 5-7%.",
            ),
            "Kết luận hội nghị, Phó Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Môi trường phối hợp "
            "với các xã hướng dẫn nông dân số hóa dữ liệu vườn cây ngay trong vụ này, đồng thời "
            "đề nghị các ngân hàng rà soát thủ tục cho vay theo chuỗi.",
        ],
        "authors": ["Minh Khôi", "Thùy Dung"],
        "tags": ["Cà phê", "Nông dân", "Truy xuất nguồn gốc"],
        "image": "coffee-hills",
        "hours": 2,
    },
    {
        "section": "thoi-su",
        "title": "Các xã ven biển chủ động ứng phó đợt mưa lớn cuối tháng 11",
        "lead": (
            "Trước dự báo mưa to kéo dài ba ngày, các xã ven biển phía đông tỉnh đã di dời gần "
            "200 hộ dân ở vùng trũng thấp đến nơi an toàn."
        ),
        "body": [
            "Theo Ban Chỉ huy phòng thủ dân sự tỉnh, lượng mưa phổ biến từ 150 đến 250 mm, có nơi "
            "trên 300 mm. Nguy cơ ngập úng cục bộ và sạt lở đất ở các khu vực đồi núi là rất cao.",
            "Lực lượng dân quân, công an xã đã giúp người dân chằng chống nhà cửa, kê cao tài sản "
            "và di chuyển gia súc lên vùng đất cao. Các điểm tránh trú được chuẩn bị sẵn lương "
            "thực, nước uống và thuốc men.",
            "Tàu thuyền đánh bắt xa bờ được thông báo vị trí, diễn biến thời tiết hai lần mỗi "
            "ngày; các lồng bè nuôi trồng thủy sản được gia cố hoặc di chuyển vào nơi kín gió.",
        ],
        "authors": [],
        "byline": "Hoàng Gia - CTV Thanh Hải",
        "tags": ["Phòng chống thiên tai", "Mưa lũ"],
        "image": None,
        "hours": 9,
    },
    {
        "section": "thoi-su",
        "title": "Thường trực HĐND tỉnh chuẩn bị nội dung kỳ họp cuối năm",
        "lead": (
            "Kỳ họp thường lệ cuối năm 2026 của HĐND tỉnh dự kiến diễn ra trong ba ngày giữa "
            "tháng 12, xem xét khoảng 30 tờ trình và dự thảo nghị quyết."
        ),
        "body": [
            "Tại phiên họp chiều qua, Thường trực HĐND tỉnh đã nghe các ban báo cáo tiến độ thẩm "
            "tra. Nhiều nội dung quan trọng sẽ được trình, trong đó có kế hoạch đầu tư công năm "
            "2027 và các chính sách hỗ trợ sản xuất nông nghiệp.",
            "Thường trực HĐND tỉnh đề nghị các cơ quan gửi hồ sơ đúng hạn để đại biểu có đủ thời "
            "gian nghiên cứu, đồng thời tổng hợp đầy đủ ý kiến, kiến nghị của cử tri trước kỳ họp.",
            "Phiên chất vấn và trả lời chất vấn dự kiến tập trung vào giải phóng mặt bằng các dự "
            "án giao thông, chất lượng nước sinh hoạt nông thôn và giá đất bồi thường.",
        ],
        "authors": ["Lê Thanh Bình"],
        "tags": ["HĐND tỉnh", "Kỳ họp"],
        "image": "city",
        "hours": 27,
    },
    {
        "section": "thoi-su",
        "title": "Khánh thành cầu treo dân sinh nối đôi bờ Krông Ana",
        "kicker": "Niềm vui của buôn làng",
        "lead": (
            "Cây cầu treo dài 96 mét giúp hơn 400 hộ dân hai bên sông không còn phải đi đò hay "
            "vòng xa gần 15 km mỗi khi đưa con đến trường, chở nông sản ra chợ."
        ),
        "body": [
            "Cầu được xây dựng trong gần một năm từ nguồn vốn của chương trình hỗ trợ đồng bào "
            "dân tộc thiểu số và đóng góp của các nhà hảo tâm, rộng đủ cho xe máy chở nông sản "
            "lưu thông hai chiều.",
            "Những năm trước, mùa mưa nước dâng cao, học sinh bên kia sông thường phải nghỉ học "
            "nhiều ngày liền. Buổi khánh thành, các em được đi qua cầu đầu tiên trong tiếng chiêng "
            "rộn ràng của buôn.",
            "> Từ nay con cháu đi học không còn phải chờ đò, người già đi khám bệnh cũng gần hơn. "
            "— Già làng Ama Rin",
            "Chính quyền xã đã thành lập tổ tự quản để kiểm tra, bảo dưỡng cầu định kỳ và nhắc "
            "người dân không chở quá tải.",
        ],
        "authors": ["Y Thịnh Byă"],
        "tags": ["Giao thông nông thôn", "Krông Ana"],
        "image": "road",
        "caption": "Con đường mới dẫn vào chân cầu treo, nay đã được trải nhựa.",
        "hours": 50,
    },
    {
        "section": "thoi-su",
        "title": "Hơn 1.200 hộ đồng bào dân tộc thiểu số được hỗ trợ nhà ở, nước sạch",
        "lead": (
            "Năm 2026, tỉnh đã hoàn thành hỗ trợ xây mới, sửa chữa nhà ở và công trình nước sinh "
            "hoạt cho hơn 1.200 hộ đồng bào dân tộc thiểu số, vượt kế hoạch đề ra."
        ),
        "body": [
            "Mỗi hộ được hỗ trợ từ 40 đến 60 triệu đồng để làm nhà, cùng với ngày công của thanh "
            "niên tình nguyện, bộ đội và bà con trong buôn.",
            "Ở nhiều nơi, người dân lựa chọn kiểu nhà sàn truyền thống nhưng dùng vật liệu bền "
            "hơn, giữ được không gian sinh hoạt chung của gia đình nhiều thế hệ.",
            "Bên cạnh nhà ở, các giếng khoan và bể chứa nước tập trung đã giúp nhiều buôn vượt "
            "qua mùa khô mà không phải đi gánh nước xa.",
        ],
        "authors": ["H'Linh Niê"],
        "tags": ["Dân tộc thiểu số", "Giảm nghèo"],
        "image": "longhouse",
        "hours": 120,
    },
    # Kinh tế
    {
        "section": "kinh-te",
        "title": "Giá cà phê đầu vụ giữ ở mức cao, nông dân phấn khởi thu hoạch",
        "kicker": "Mùa cà phê",
        "lead": (
            "Giá cà phê nhân xô tại các đại lý trong tỉnh những ngày này dao động quanh 110.000 "
            "đồng/kg, giúp nhiều nông hộ có thêm vốn tái đầu tư sau nhiều năm khó khăn."
        ),
        "body": [
            "Trên các rẫy cà phê, không khí thu hoạch rộn ràng từ sáng sớm. Nhiều gia đình thuê "
            "thêm nhân công với giá 300.000 đến 350.000 đồng mỗi ngày mà vẫn khó tìm người.",
            "## Hái chín, phơi kỹ để giữ giá",
            "Ngành nông nghiệp khuyến cáo bà con chỉ hái khi tỷ lệ quả chín trên cây đạt trên "
            "80%, phơi trên sân xi măng hoặc bạt, tránh phơi trực tiếp trên đất để hạt không bị "
            "nhiễm mùi, nấm mốc.",
            ("photo", "coffee-hills", "Hái chín trên 80% là khuyến cáo của ngành nông nghiệp."),
            "Một số doanh nghiệp đã trả giá cao hơn từ 5.000 đến 10.000 đồng/kg cho cà phê hái "
            "chín, sơ chế đúng quy trình, tạo động lực để nông dân thay đổi thói quen thu hoạch.",
        ],
        "authors": ["Phan Hữu Lộc"],
        "tags": ["Cà phê", "Giá nông sản", "Mùa thu hoạch"],
        "image": "drying-yard",
        "hours": 5,
    },
    {
        "section": "kinh-te",
        "title": "Thêm 15 vùng trồng sầu riêng được cấp mã số xuất khẩu",
        "lead": (
            "Tổng diện tích sầu riêng có mã số vùng trồng phục vụ xuất khẩu chính ngạch trong "
            "tỉnh đã vượt 9.000 héc-ta, tăng gần gấp rưỡi so với đầu năm."
        ),
        "body": [
            "Các vùng trồng mới được cấp mã chủ yếu ở những vườn trồng xen trong cà phê, đã được "
            "hướng dẫn ghi chép nhật ký canh tác và sử dụng thuốc bảo vệ thực vật đúng danh mục.",
            "Cơ quan chuyên môn lưu ý mã số vùng trồng có thể bị thu hồi nếu lô hàng vi phạm quy "
            "định về dư lượng hoặc sinh vật gây hại, ảnh hưởng đến cả vùng.",
            "Nhiều hợp tác xã đang đầu tư kho lạnh, dây chuyền cấp đông để kéo dài thời gian bảo "
            "quản, không phải bán vội khi vào chính vụ.",
        ],
        "authors": ["Trần Mai Hương"],
        "tags": ["Sầu riêng", "Xuất khẩu", "Mã số vùng trồng"],
        "image": "coffee-hills",
        "caption": "Vườn sầu riêng trồng xen cà phê, mô hình phổ biến ở nhiều xã trong tỉnh.",
        "hours": 30,
    },
    {
        "section": "kinh-te",
        "title": "Hợp tác xã của những người phụ nữ làm cà phê đặc sản",
        "kicker": "Câu chuyện khởi nghiệp",
        "lead": (
            "Từ 12 thành viên góp mỗi người vài sào cà phê, hợp tác xã do chị H'Mai Êban làm giám "
            "đốc nay đã có sản phẩm đặc sản bán ở nhiều quán cà phê thành phố."
        ),
        "body": [
            "Năm năm trước, các chị chỉ bán cà phê nhân cho đại lý. Sau một khóa tập huấn về cà "
            "phê đặc sản, nhóm quyết định hái chín hoàn toàn, phơi trên giàn cao và tự rang thử.",
            "Những mẻ đầu tiên không đạt, có mẻ cháy, có mẻ chua gắt. Phải mất gần hai năm, sản "
            "phẩm mới ổn định và được một chuỗi cà phê ở Buôn Ma Thuột đặt hàng thường xuyên.",
            "> Làm đặc sản cực hơn nhiều, nhưng mình bán được gấp đôi giá, và người uống biết "
            "hạt cà phê này từ vườn của ai. — Chị H'Mai Êban",
            "## Tiếp tục mở rộng",
            "Hợp tác xã hiện có 27 thành viên, đang xin hỗ trợ xây nhà sơ chế và mở điểm đón "
            "khách tham quan vườn vào mùa thu hoạch.",
        ],
        "authors": ["Thùy Dung", "Ngọc Ánh"],
        "tags": ["Cà phê", "Hợp tác xã", "Khởi nghiệp"],
        "image": "coffee-beans",
        "hours": 60,
    },
    {
        "section": "kinh-te",
        "title": "Điện mặt trời mái nhà giúp cơ sở chế biến nông sản giảm chi phí",
        "lead": (
            "Nhiều cơ sở sấy, chế biến nông sản trong tỉnh lắp điện mặt trời mái nhà để tự dùng, "
            "giảm từ 20 đến 30% tiền điện mỗi tháng."
        ),
        "body": [
            "Với nắng nhiều quanh năm, mái nhà xưởng sấy cà phê, hồ tiêu trở thành nơi lý tưởng "
            "để lắp tấm pin. Điện tạo ra được dùng ngay cho máy sấy, máy xát vào ban ngày.",
            "Các chủ cơ sở cho biết thời gian hoàn vốn khoảng 5 đến 6 năm, ngắn hơn nếu hoạt "
            "động cả năm chứ không chỉ trong mùa vụ.",
            "Ngành công thương lưu ý doanh nghiệp thực hiện đúng thủ tục đăng ký, bảo đảm an "
            "toàn phòng cháy và kết cấu mái trước khi lắp đặt.",
        ],
        "authors": ["Quang Nhật"],
        "tags": ["Năng lượng tái tạo", "Doanh nghiệp"],
        "image": None,
        "hours": 100,
    },
    {
        "section": "kinh-te",
        "title": "Gói tín dụng ưu đãi cho nông dân tái canh cà phê",
        "lead": (
            "Các ngân hàng trên địa bàn dành khoảng 2.000 tỷ đồng cho vay tái canh cà phê với lãi "
            "suất thấp hơn lãi vay thông thường, thời gian ân hạn đến ba năm."
        ),
        "body": [
            "Diện tích cà phê già cỗi, năng suất thấp trong tỉnh vẫn còn lớn. Việc tái canh đòi "
            "hỏi nông dân bỏ thu nhập nhiều năm liền, nên vốn vay dài hạn là điều kiện tiên quyết.",
            "Khách hàng được vay theo phương án trồng mới hoặc ghép cải tạo, có thể dùng chính "
            "vườn cây làm tài sản bảo đảm.",
            "Ngân hàng khuyến khích nông dân vay thông qua hợp tác xã để được hỗ trợ giống, kỹ "
            "thuật và đầu ra ổn định.",
        ],
        "authors": [],
        "byline": "Thu Hà (tổng hợp)",
        "tags": ["Tín dụng", "Tái canh cà phê", "Cà phê"],
        "image": "coffee-hills",
        "hours": 170,
    },
    # Xã hội
    {
        "section": "xa-hoi",
        "title": "Ca sốt xuất huyết tăng, ngành y tế kêu gọi diệt lăng quăng",
        "lead": (
            "Từ đầu tháng 11 đến nay, toàn tỉnh ghi nhận gần 400 ca sốt xuất huyết, tăng khoảng "
            "20% so với tháng trước; phần lớn là học sinh và người trong độ tuổi lao động."
        ),
        "body": [
            "Mưa trái mùa xen kẽ nắng nóng tạo điều kiện cho muỗi vằn sinh sản. Các ổ dịch tập "
            "trung ở khu dân cư đông đúc, nhiều vật dụng chứa nước quanh nhà.",
            "## Không tự ý truyền dịch tại nhà",
            "Bác sĩ khuyến cáo người sốt cao liên tục từ hai ngày trở lên cần đến cơ sở y tế để "
            "được xét nghiệm, theo dõi; tuyệt đối không tự truyền dịch hay dùng thuốc hạ sốt "
            "không đúng chỉ định.",
            "Các trạm y tế xã đang phối hợp với trường học tổ chức chiến dịch lật úp vật dụng "
            "chứa nước, thả cá diệt lăng quăng vào bể nước sinh hoạt.",
        ],
        "authors": ["Ngọc Ánh"],
        "tags": ["Y tế", "Sốt xuất huyết"],
        "image": "clinic",
        "hours": 7,
    },
    {
        "section": "xa-hoi",
        "title": "Người bệnh chỉ cần thẻ căn cước khi đi khám bảo hiểm y tế",
        "lead": (
            "Các bệnh viện tuyến tỉnh và trạm y tế xã đều đã tra cứu được thông tin bảo hiểm y "
            "tế qua thẻ căn cước gắn chip, giúp rút ngắn thời gian làm thủ tục."
        ),
        "body": [
            "Tại quầy tiếp đón, nhân viên chỉ cần quét thẻ là hiện đủ thông tin thẻ bảo hiểm, "
            "lịch sử khám chữa bệnh. Thời gian đăng ký khám giảm từ khoảng 10 phút xuống còn 2 "
            "đến 3 phút.",
            "Người bệnh cũng có thể dùng ứng dụng định danh điện tử trên điện thoại thay cho thẻ "
            "giấy.",
            "Một số người cao tuổi vẫn mang thẻ bảo hiểm giấy theo thói quen; các bệnh viện bố "
            "trí tình nguyện viên hướng dẫn ngay tại sảnh.",
        ],
        "authors": ["Ngọc Ánh", "Quang Nhật"],
        "tags": ["Y tế", "Bảo hiểm y tế", "Chuyển đổi số"],
        "image": "clinic",
        "hours": 45,
    },
    {
        "section": "xa-hoi",
        "title": "Phiên giao dịch việc làm thu hút hơn 1.500 lao động trẻ",
        "lead": (
            "Hơn 40 doanh nghiệp trong và ngoài tỉnh tuyển dụng gần 3.000 chỉ tiêu tại phiên "
            "giao dịch việc làm tổ chức ở Buôn Ma Thuột."
        ),
        "body": [
            "Nhu cầu tuyển nhiều nhất thuộc các ngành chế biến nông sản, điện tử, du lịch - nhà "
            "hàng và vận tải. Nhiều vị trí không đòi hỏi kinh nghiệm, được đào tạo tại chỗ.",
            "Bên cạnh tuyển dụng, phiên giao dịch có khu tư vấn xuất khẩu lao động, học nghề "
            "miễn phí và vay vốn tạo việc làm cho thanh niên.",
            "Ban tổ chức cho biết gần 600 lao động đã được phỏng vấn ngay tại chỗ, trong đó hơn "
            "200 người nhận lời mời làm việc.",
        ],
        "authors": [],
        "byline": "CTV Y Nguôn",
        "tags": ["Việc làm", "Thanh niên"],
        "image": "city",
        "hours": 140,
    },
    # Giáo dục
    {
        "section": "giao-duc",
        "title": "Thầy cô điểm trường vùng sâu và hành trình gieo chữ mùa mưa",
        "kicker": "Sau ngày 20/11",
        "lead": (
            "Con đường đất đỏ dẫn vào điểm trường lầy lội suốt mùa mưa, nhưng năm nào cô Nguyễn "
            "Thị Hạnh cũng có mặt trước học trò nửa tiếng."
        ),
        "body": [
            "Điểm trường có bốn lớp ghép với 56 học sinh, hầu hết là con em đồng bào Ê Đê và "
            "M'nông. Cô Hạnh đã gắn bó ở đây 14 năm, nói thạo tiếng Ê Đê để trò chuyện với phụ "
            "huynh.",
            (
                "photo",
                "road",
                "Mùa mưa, con đường đất đỏ vào điểm trường trơn trượt, xe máy phải dắt bộ.",
            ),
            "## Bữa sáng từ nồi cháo của cô",
            "Nhiều em đến lớp với cái bụng đói vì bố mẹ lên rẫy từ sớm. Các cô góp tiền, xin "
            "thêm gạo từ nhà hảo tâm, nấu cháo cho học trò ăn trước giờ vào lớp.",
            "> Có bữa sáng, các em ngồi học được lâu hơn, ít nghỉ học hơn. Với mình, như thế là "
            "đủ vui. — Cô Nguyễn Thị Hạnh",
            "Năm nay, điểm trường được sửa lại mái, lát nền và có thêm nhà vệ sinh mới trước mùa "
            "mưa từ nguồn xã hội hóa.",
        ],
        "authors": ["Hoài Thương"],
        "tags": ["Giáo dục", "Giáo viên", "Vùng sâu"],
        "image": "school",
        "hours": 20,
    },
    {
        "section": "giao-duc",
        "title": "Hơn 120 dự án tranh tài tại cuộc thi khoa học kỹ thuật học sinh",
        "lead": (
            "Máy tưới cà phê tiết kiệm nước điều khiển qua điện thoại và ứng dụng nhận diện sâu "
            "bệnh trên lá sầu riêng là hai dự án đoạt giải nhất năm nay."
        ),
        "body": [
            "Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học thu hút 126 dự án ở "
            "nhiều lĩnh vực, nhiều đề tài xuất phát từ chính khó khăn của gia đình các em.",
            "Ban giám khảo đánh giá cao tính ứng dụng: chi phí thấp, vật liệu dễ tìm, có thể "
            "triển khai ngay trên rẫy của bà con.",
            "Các dự án xuất sắc sẽ được chọn tham dự vòng thi cấp quốc gia vào đầu năm sau.",
        ],
        "authors": ["Hoài Thương"],
        "tags": ["Giáo dục", "Học sinh", "Khoa học kỹ thuật"],
        "image": "school",
        "hours": 80,
    },
    # Văn hóa
    {
        "section": "van-hoa",
        "title": "Nghệ nhân Ê Đê truyền dạy đánh chiêng cho thế hệ trẻ",
        "kicker": "Giữ hồn buôn làng",
        "lead": (
            "Mỗi tối thứ bảy, nhà dài của nghệ nhân Ama H'Rin lại vang tiếng chiêng của hơn hai "
            "mươi thanh thiếu niên trong buôn đến học."
        ),
        "body": [
            "Ama H'Rin năm nay ngoài 70 tuổi, thuộc hàng chục bài chiêng cổ dùng trong lễ cúng "
            "sức khỏe, lễ mừng lúa mới, lễ bỏ mả.",
            "Ông dạy không cần bản nhạc: học trò nghe, nhìn và đánh theo cho đến khi tiếng chiêng "
            "hòa vào nhau. Mỗi bài có khi phải tập cả tháng.",
            "> Chiêng không chỉ để đánh cho vui. Mỗi bài chiêng kể một câu chuyện của buôn, "
            "mình không dạy thì sau này không ai còn nhớ. — Nghệ nhân Ama H'Rin",
            "Đội chiêng trẻ của buôn đã biểu diễn ở nhiều lễ hội trong tỉnh và đang tập các bài "
            "mới để chuẩn bị cho mùa lễ hội đầu năm.",
        ],
        "authors": ["H'Linh Niê"],
        "tags": ["Cồng chiêng", "Ê Đê", "Di sản"],
        "image": "gongs",
        "hours": 14,
    },
    {
        "section": "van-hoa",
        "title": "Rộn ràng lễ mừng lúa mới ở buôn ven thành phố",
        "lead": (
            "Sau mùa rẫy bội thu, người Ê Đê trong buôn tổ chức lễ mừng lúa mới, tạ ơn thần lúa "
            "và cầu cho năm sau mưa thuận gió hòa."
        ),
        "body": [
            "Từ sáng sớm, các gia đình đã gùi lúa mới về nhà dài. Thầy cúng khấn mời các vị thần, "
            "ông bà tổ tiên về chung vui cùng buôn làng.",
            "Sau phần lễ là tiếng chiêng, điệu múa xoang và những ché rượu cần được mở ra mời "
            "khách. Nhiều du khách đến từ Buôn Ma Thuột cũng được mời cùng vào vòng xoang.",
            ("photo", "festival", "Vòng xoang quanh bếp lửa kéo dài đến khuya."),
            ("gallery", "cong-chieng"),
            "Lễ được phục dựng với sự hỗ trợ của ngành văn hóa, nhằm giữ gìn nghi lễ truyền thống "
            "và phát triển du lịch cộng đồng.",
        ],
        "authors": ["H'Linh Niê", "Y Thịnh Byă"],
        "tags": ["Lễ hội", "Ê Đê", "Buôn Ma Thuột"],
        "image": "longhouse",
        "hours": 40,
    },
    {
        "section": "van-hoa",
        "title": "Trưng bày chuyên đề “Hạt cà phê trong đời sống Tây Nguyên”",
        "lead": (
            "Hơn 200 hiện vật, hình ảnh kể lại hành trình cây cà phê trên đất bazan, từ những "
            "đồn điền đầu tiên đến các vườn cà phê đặc sản hôm nay."
        ),
        "body": [
            "Người xem có thể thấy những dụng cụ thu hái, xay giã thủ công, chiếc gùi đựng cà phê "
            "và bộ ảnh tư liệu về các thế hệ công nhân nông trường.",
            "Một góc trưng bày dành cho các sản phẩm cà phê đặc sản, cho phép khách thử các cách "
            "pha khác nhau và trò chuyện với người trồng.",
            "Trưng bày mở cửa miễn phí đến hết tháng 3 năm sau.",
        ],
        "authors": [],
        "byline": "Theo TTXVN",
        "tags": ["Bảo tàng", "Cà phê", "Triển lãm"],
        "image": "coffee-beans",
        "hours": 90,
    },
    {
        "section": "van-hoa",
        "title": "Ra mắt tập thơ về đất và người cao nguyên",
        "lead": (
            "Tập thơ gồm 68 bài viết trong hơn mười năm, phần lớn lấy cảm hứng từ những chuyến "
            "đi qua các buôn làng, rẫy cà phê và dòng Sêrêpốk."
        ),
        "body": [
            "Tác giả là một giáo viên đã nghỉ hưu, từng dạy văn nhiều năm ở trường vùng sâu. Thơ "
            "giản dị, nhiều hình ảnh quen thuộc: bếp lửa nhà dài, mùa hoa cà phê, tiếng chày đêm.",
            "Buổi ra mắt có nhiều học trò cũ của tác giả đến dự, đọc lại những bài thơ thầy viết "
            "tặng lớp năm xưa.",
            "Toàn bộ tiền bán sách được tác giả dành tặng quỹ khuyến học của xã.",
        ],
        "authors": ["Trần Mai Hương"],
        "tags": ["Văn học", "Sách"],
        "image": None,
        "hours": 200,
    },
    # Thể thao
    {
        "section": "the-thao",
        "title": "Chung kết kịch tính khép lại giải bóng đá thiếu niên toàn tỉnh",
        "lead": (
            "Đội thiếu niên phường Tân Lập giành chức vô địch sau loạt sút luân lưu nghẹt thở, "
            "khép lại giải đấu với 24 đội tham gia."
        ),
        "body": [
            "Hai đội hòa 2-2 sau thời gian thi đấu chính thức. Ở loạt luân lưu, thủ môn 13 tuổi "
            "của Tân Lập cản phá hai quả, mang về chức vô địch.",
            "Giải đấu kéo dài ba tuần, là dịp để các huấn luyện viên phát hiện, tuyển chọn cầu "
            "thủ cho lớp năng khiếu của tỉnh.",
            "Ban tổ chức trao giải phong cách cho đội bóng của một xã vùng sâu, lần đầu tham dự "
            "và thi đấu với trang phục do cả buôn góp tiền may.",
        ],
        "authors": ["Quang Nhật"],
        "tags": ["Bóng đá", "Thiếu niên"],
        "image": "football",
        "hours": 11,
    },
    {
        "section": "the-thao",
        "title": "Hơn 2.000 người tham gia giải chạy “Vì Buôn Ma Thuột xanh”",
        "lead": (
            "Giải chạy với các cự ly 5 km, 10 km và 21 km đi qua những con đường rợp bóng cây và "
            "các đồi cà phê ven thành phố."
        ),
        "body": [
            "Ngoài các vận động viên phong trào trong tỉnh, giải thu hút nhiều người chạy từ Hà "
            "Nội, TP Hồ Chí Minh và Đà Nẵng.",
            "Mỗi vận động viên về đích được tặng một cây giống để trồng tại công viên, trường học "
            "trong thành phố.",
            "Ban tổ chức trích một phần lệ phí để trồng thêm 5.000 cây xanh trên các tuyến phố "
            "trong năm tới.",
        ],
        "authors": ["Quang Nhật"],
        "byline": "Hoàng Gia - CTV Thanh Hải",
        "tags": ["Chạy bộ", "Buôn Ma Thuột"],
        "image": "road",
        "caption": "Cung đường chạy đi qua những đồi cà phê ven thành phố.",
        "hours": 56,
    },
    {
        "section": "the-thao",
        "title": "Đội tuyển bắn nỏ của tỉnh giành 3 huy chương vàng",
        "lead": (
            "Tại giải thể thao các dân tộc thiểu số khu vực, đội tuyển bắn nỏ của tỉnh xếp thứ "
            "nhì toàn đoàn với 3 huy chương vàng, 2 bạc và 4 đồng."
        ),
        "body": [
            "Các vận động viên đều là thanh niên các buôn, tập luyện sau giờ làm rẫy trong gần "
            "ba tháng.",
            "Bắn nỏ là môn thể thao gắn với đời sống săn bắn, bảo vệ buôn làng của đồng bào Tây "
            "Nguyên, nay được đưa vào nhiều hội thi, lễ hội.",
            "Ngành thể thao cho biết sẽ mở thêm lớp năng khiếu để phát triển lực lượng kế cận.",
        ],
        "authors": ["Y Thịnh Byă"],
        "tags": ["Bắn nỏ", "Thể thao dân tộc"],
        "image": None,
        "hours": 150,
    },
    # Pháp luật
    {
        "section": "phap-luat",
        "title": "Bắt nhóm đối tượng trộm cà phê nhân vào ban đêm",
        "lead": (
            "Công an xã vừa bắt giữ ba đối tượng chuyên dùng xe máy đi trộm cà phê đang phơi "
            "trên sân của người dân vào lúc rạng sáng."
        ),
        "body": [
            "Trong hơn hai tuần, nhóm đối tượng đã thực hiện 7 vụ, lấy trộm gần 2 tấn cà phê, "
            "sau đó bán cho các điểm thu mua ở nơi khác.",
            "Công an khuyến cáo người dân vào mùa thu hoạch không để cà phê qua đêm ngoài sân "
            "khi không có người trông, lắp đèn và camera ở khu vực sân phơi.",
            "Các điểm thu mua cũng được đề nghị kiểm tra nguồn gốc, không mua cà phê không rõ "
            "xuất xứ với số lượng lớn.",
        ],
        "authors": ["Phan Hữu Lộc"],
        "tags": ["Trộm cắp", "Cà phê", "An ninh trật tự"],
        "image": "drying-yard",
        "caption": "Ảnh minh họa: cà phê phơi trên sân của một nông hộ.",
        "hours": 16,
    },
    {
        "section": "phap-luat",
        "title": "Cảnh giác chiêu giả danh cán bộ thuế gọi điện “hỗ trợ hoàn thuế”",
        "lead": (
            "Nhiều hộ kinh doanh nhận được cuộc gọi tự xưng cán bộ thuế, yêu cầu cài ứng dụng lạ "
            "để “cập nhật thông tin hoàn thuế” và bị chiếm đoạt tiền trong tài khoản."
        ),
        "body": [
            "Đối tượng thường nắm được tên, mã số thuế của người bị hại nên dễ tạo lòng tin. "
            "Sau khi cài ứng dụng, điện thoại bị điều khiển từ xa.",
            "Cơ quan thuế khẳng định không gọi điện yêu cầu người nộp thuế cài ứng dụng hay cung "
            "cấp mã OTP.",
            "Khi nhận cuộc gọi nghi vấn, người dân nên gác máy, liên hệ trực tiếp cơ quan thuế "
            "hoặc báo ngay cho công an nơi gần nhất.",
        ],
        "authors": ["Minh Khôi"],
        "tags": ["Lừa đảo qua mạng", "Cảnh báo"],
        "image": None,
        "hours": 70,
    },
    {
        "section": "phap-luat",
        "title": "Cao điểm bảo đảm an toàn giao thông dịp cuối năm trên Quốc lộ 14",
        "kicker": "An toàn giao thông",
        "lead": (
            "Lực lượng cảnh sát giao thông tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ "
            "trọng điểm, tập trung vào nồng độ cồn, tốc độ và xe chở quá tải."
        ),
        "body": [
            "Mùa thu hoạch cũng là thời điểm nhiều xe tải, xe công nông chở nông sản lưu thông, "
            "nhất là vào sáng sớm và chiều tối.",
            "## Nhiều vụ tai nạn vào giờ tan tầm",
            "Thống kê cho thấy phần lớn vụ tai nạn thời gian qua xảy ra từ 17 đến 21 giờ, liên "
            "quan đến người điều khiển xe máy đã uống rượu bia sau ngày làm rẫy.",
            "> Chúng tôi không chỉ xử phạt mà còn đến từng buôn, từng tổ dân phố để nhắc bà "
            "con: đã uống rượu thì không lái xe. — Đại diện Phòng Cảnh sát giao thông",
            "Đợt cao điểm kéo dài đến hết Tết Nguyên đán.",
        ],
        "authors": ["Phan Hữu Lộc"],
        "tags": ["An toàn giao thông", "Quốc lộ 14"],
        "image": "road",
        "hours": 110,
    },
    # Du lịch
    {
        "section": "du-lich",
        "title": "Gành Đá Đĩa đón khách mùa thấp điểm với trải nghiệm mới",
        "lead": (
            "Tour ngắm bình minh, chèo ván đứng và tìm hiểu nghề đan lưới giúp danh thắng phía "
            "đông tỉnh giữ chân du khách cả những tháng ít nắng."
        ),
        "body": [
            "Những khối đá bazan hình lục giác xếp sát nhau là hình ảnh đặc trưng của Gành Đá "
            "Đĩa. Buổi sáng sớm, khi nước rút, khách có thể đi sát mép ghềnh để chụp ảnh.",
            "Người dân làng chài gần đó đã mở dịch vụ ăn uống, hướng dẫn khách đan lưới, câu cá "
            "và nấu các món hải sản đặc trưng.",
            "Ban quản lý khuyến cáo du khách không leo lên những khối đá trơn trượt khi sóng lớn "
            "và tuân thủ các biển báo an toàn.",
        ],
        "authors": ["Thùy Dung"],
        "tags": ["Gành Đá Đĩa", "Du lịch biển"],
        "image": "sea",
        "hours": 24,
    },
    {
        "section": "du-lich",
        "title": "Chèo thuyền độc mộc ngắm hoàng hôn trên hồ Lắk",
        "lead": (
            "Mùa nước đầy, mặt hồ Lắk phẳng lặng như gương; một chuyến thuyền độc mộc lúc chiều "
            "muộn là trải nghiệm được nhiều du khách tìm đến."
        ),
        "body": [
            "Thuyền được khoét từ một thân cây lớn, chở được ba, bốn người. Người lái thuyền là "
            "thanh niên M'nông trong buôn, vừa chèo vừa kể chuyện về hồ.",
            "Khi mặt trời xuống thấp sau dãy núi, cả mặt hồ chuyển sang màu cam tím. Nhiều khách "
            "chọn ở lại homestay trong buôn để sáng hôm sau đón bình minh.",
            "> Ở thành phố quen ồn ào, ra giữa hồ chỉ nghe tiếng mái chèo, thấy lòng nhẹ hẳn. "
            "— Chị Thu Trang, du khách đến từ Đà Nẵng",
        ],
        "authors": ["Y Thịnh Byă"],
        "tags": ["Hồ Lắk", "Du lịch cộng đồng"],
        "image": "lake",
        "hours": 75,
    },
    {
        "section": "du-lich",
        "title": "Thác Dray Nur vào mùa đẹp nhất năm",
        "lead": (
            "Cuối mùa mưa, lượng nước trên dòng Sêrêpốk còn dồi dào, thác Dray Nur đổ trắng xóa "
            "giữa núi rừng, thu hút đông du khách dịp cuối tuần."
        ),
        "body": [
            "Thác cao khoảng 30 mét, trải rộng hơn 200 mét. Du khách có thể đi theo lối mòn sau "
            "màn nước để cảm nhận hơi nước mát lạnh.",
            "Khu du lịch đã bổ sung lan can, biển cảnh báo ở những đoạn trơn trượt và hạn chế "
            "khách xuống sát chân thác khi nước lớn.",
            "Từ Buôn Ma Thuột đến thác chỉ mất khoảng 40 phút đi xe máy, có thể kết hợp thăm "
            "thác Dray Sáp gần đó trong cùng một ngày.",
        ],
        "authors": ["Minh Khôi", "Y Thịnh Byă"],
        "tags": ["Thác Dray Nur", "Sêrêpốk"],
        "image": "waterfall",
        "hours": 190,
    },
    # Not (yet) visible to readers: one of each state a tester should find in the admin.
    {
        "section": "van-hoa",
        "title": "Tối mai diễn ra đêm nhạc “Hương cà phê cao nguyên”",
        "lead": (
            "Chương trình nghệ thuật quy tụ các ca sĩ, đội chiêng và nhóm múa của nhiều buôn, "
            "diễn ra tại quảng trường trung tâm Buôn Ma Thuột."
        ),
        "body": [
            "Đêm nhạc gồm ba phần: “Đất bazan”, “Mùa hoa trắng” và “Hạt cà phê đi xa”, xen kẽ "
            "các tiết mục ca múa nhạc hiện đại và cồng chiêng truyền thống.",
            "Khán giả được vào cửa tự do; ban tổ chức bố trí khu vực gửi xe miễn phí quanh "
            "quảng trường.",
            "Chương trình được truyền hình trực tiếp và phát trên trang thông tin của báo.",
        ],
        "authors": ["Trần Mai Hương"],
        "tags": ["Âm nhạc", "Cà phê", "Buôn Ma Thuột"],
        "image": "gongs",
        "hours": -18,
    },
    {
        "section": "kinh-te",
        "title": "Doanh nghiệp cà phê chuẩn bị hồ sơ chứng minh không phá rừng",
        "lead": "Bản nháp — cần bổ sung số liệu từ Sở Nông nghiệp và Môi trường.",
        "body": [
            "Nhiều doanh nghiệp xuất khẩu đang thuê đơn vị đo đạc, số hóa bản đồ vùng nguyên "
            "liệu để đáp ứng yêu cầu của thị trường châu Âu.",
            "Chi phí cho mỗi héc-ta ước tính vài trăm nghìn đồng, doanh nghiệp chịu phần lớn.",
            "(Chờ phỏng vấn đại diện hiệp hội.)",
        ],
        "authors": ["Thùy Dung"],
        "tags": ["Cà phê", "Xuất khẩu"],
        "image": "coffee-beans",
        "status": "draft",
    },
    {
        "section": "xa-hoi",
        "title": "Phường Buôn Ma Thuột thí điểm phân loại rác tại nguồn",
        "lead": "",
        "body": [
            "Từ tháng 12, các hộ dân ở ba tổ dân phố sẽ phân loại rác thành ba nhóm: rác hữu cơ, "
            "rác tái chế và rác còn lại.",
            "Mỗi hộ được phát hai thùng rác có màu khác nhau và tài liệu hướng dẫn.",
            "(Bổ sung ảnh và ý kiến người dân.)",
        ],
        "authors": ["Minh Khôi"],
        "tags": ["Môi trường", "Buôn Ma Thuột"],
        "image": None,
        "status": "draft",
    },
    {
        "section": "phap-luat",
        "title": "Xử phạt cơ sở kinh doanh phân bón không rõ nguồn gốc",
        "lead": (
            "Đoàn kiểm tra liên ngành phát hiện gần 5 tấn phân bón không có hóa đơn, chứng từ "
            "tại một cơ sở kinh doanh vật tư nông nghiệp."
        ),
        "body": [
            "Cơ sở bị xử phạt hành chính, buộc tiêu hủy toàn bộ số hàng vi phạm.",
            "Mùa chăm sóc cà phê sau thu hoạch, nhu cầu phân bón tăng cao, tình trạng phân bón "
            "giả, kém chất lượng có nguy cơ gia tăng.",
            "Nông dân được khuyến cáo mua phân bón ở đại lý uy tín, giữ lại hóa đơn để được bảo "
            "vệ quyền lợi khi có sự cố.",
        ],
        "authors": ["Phan Hữu Lộc"],
        "tags": ["Phân bón", "Quản lý thị trường"],
        "image": None,
        "status": "in_review",
    },
    {
        "section": "the-thao",
        "title": "Lịch thi đấu giải bóng chuyền công nhân viên chức tỉnh",
        "lead": "Bài đã gỡ để cập nhật lịch thi đấu mới do thay đổi địa điểm.",
        "body": [
            "Giải có 16 đội nam và 10 đội nữ, thi đấu vòng bảng trong tuần đầu tiên.",
            "Lịch cụ thể từng trận sẽ được ban tổ chức thông báo lại.",
            "Các đội cần nộp danh sách vận động viên trước ngày khai mạc.",
        ],
        "authors": ["Quang Nhật"],
        "tags": ["Bóng chuyền"],
        "image": "football",
        "status": "unpublished",
        "hours": 96,
    },
]
