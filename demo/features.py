"""More texts for `manage.py seed_demo`: galleries, videos, print issues, comments and workflow.

Invented like everything in content.py. Articles are named by their title there.
"""

# Body figures are written in content.ARTICLES as ("photo", image key, caption) and
# ("gallery", gallery key) items among the paragraphs.

WORD_RULES = [
    ("đồ lừa đảo", "banned"),
    ("cá độ bóng đá", "banned"),
    ("vay tiền nhanh", "suspect"),
    ("kiếm tiền online", "suspect"),
]

# hours: how long ago it was published; photos: (image key, caption in this gallery).
GALLERIES = [
    {
        "key": "mua-ca-phe",
        "kind": "photo_story",
        "section": "kinh-te",
        "title": "Một ngày mùa cà phê ở Cư M'gar",
        "lead": (
            "Từ tờ mờ sáng đến khi mặt trời khuất sau rẫy, cả nhà ông Y Kim Mlô cùng những "
            "người làm thuê tất bật hái, gom và phơi cà phê cho kịp những ngày nắng ráo."
        ),
        "cover": "coffee-hills",
        "hours": 8,
        "photos": [
            ("coffee-hills", "6 giờ sáng, những hàng cà phê chín đỏ đã rộn tiếng người hái."),
            ("drying-yard", "Trưa, sân phơi trải kín hạt; cứ một giờ lại có người đi cào đảo."),
            ("coffee-beans", "Hạt cà phê nhân sau sơ chế được chọn lại bằng tay trước khi bán."),
            ("festival", "Tối, cả buôn quây quần bên bếp lửa mừng một ngày thu hoạch bội thu."),
        ],
    },
    {
        "key": "cong-chieng",
        "kind": "photo_story",
        "section": "van-hoa",
        "title": "Giữ lửa cồng chiêng ở buôn Ako Dhông",
        "lead": (
            "Mỗi tối thứ Bảy, nhà dài của buôn lại vang tiếng chiêng: lớp nghệ nhân tóc đã "
            "bạc cầm tay chỉ cho những đứa trẻ mười hai, mười ba tuổi từng nhịp đánh."
        ),
        "cover": "gongs",
        "hours": 30,
        "photos": [
            ("gongs", "Bộ chiêng bảy chiếc được gia đình nghệ nhân giữ gìn qua ba thế hệ."),
            ("longhouse", "Nhà dài hơn 40 mét là nơi cả buôn tụ họp những dịp lễ lớn."),
            ("festival", "Đội chiêng thiếu niên biểu diễn trong lễ mừng lúa mới của buôn."),
        ],
    },
    {
        "key": "ho-lak-ganh-da-dia",
        "kind": "photo_story",
        "section": "du-lich",
        "title": "Từ hồ Lắk đến Gành Đá Đĩa",
        "lead": (
            "Hành trình ba ngày từ cao nguyên xuống biển: hồ nước trong xanh, thác đổ trắng "
            "xóa và những khối đá lục giác kỳ lạ bên bờ biển phía đông tỉnh."
        ),
        "cover": "lake",
        "hours": 60,
        "photos": [
            ("lake", "Ngày thứ nhất: hoàng hôn trên hồ Lắk nhìn từ thuyền độc mộc."),
            ("waterfall", "Ngày thứ hai: thác Dray Nur đổ trắng xóa sau những trận mưa cuối mùa."),
            ("road", "Con đường nối cao nguyên với biển qua những dãy đồi xanh."),
            ("sea", "Ngày thứ ba: Gành Đá Đĩa trong nắng sớm, khi chưa đông khách."),
        ],
    },
    {
        "key": "infographic-ca-phe",
        "kind": "infographic",
        "section": "kinh-te",
        "title": "Cà phê Đắk Lắk năm 2026 qua những con số",
        "lead": "Diện tích, sản lượng và giá trị xuất khẩu cà phê của tỉnh (số liệu minh họa).",
        "cover": "infographic",
        "hours": 36,
        "photos": [
            (
                "infographic",
                "Nguồn: số liệu minh họa cho bản trình diễn, không phải thống kê chính thức.",
            ),
        ],
    },
]

# The infographic picture (print_issues.infographic) draws these bars: (label, value, unit).
INFOGRAPHIC = {
    "title": "CÀ PHÊ ĐẮK LẮK 2026",
    "subtitle": "Số liệu minh họa — bản trình diễn",
    "bars": [
        ("Diện tích (nghìn ha)", 213, 250),
        ("Sản lượng (nghìn tấn)", 560, 600),
        ("Xuất khẩu (nghìn tấn)", 410, 600),
        ("Giá trị (triệu USD)", 1850, 2000),
    ],
    "note": "Cà phê đặc sản chiếm 5% sản lượng, tăng gấp đôi so với năm 2024.",
    "steps_title": "TỪ QUẢ CHÍN ĐẾN HẠT NHÂN",
    "steps": [
        "Hái chọn quả chín đỏ, tỉ lệ quả chín trên 95%.",
        "Phơi trên sàn bạt hoặc giàn cao 15-20 ngày.",
        "Xay vỏ, phân loại hạt theo kích cỡ.",
        "Bảo quản trong bao đay, kho khô, thoáng.",
    ],
}

# YouTube ids are invented (the players show "unavailable"); the posters are library photos.
VIDEOS = [
    {
        "section": "du-lich",
        "title": "Thác Dray Nur mùa nước lớn",
        "caption": "Thác Dray Nur nhìn từ flycam và từ lối mòn sau màn nước, cuối tháng 11.",
        "embed_url": "https://www.youtube.com/watch?v=DemoDrayNur",
        "poster": "waterfall",
        "duration": 154,
        "hours": 12,
        "transcript": (
            "Tiếng nước đổ ầm ầm. Người dẫn: Chúng tôi đang đứng ở chân thác Dray Nur, cách "
            "Buôn Ma Thuột khoảng 25 cây số. Sau mùa mưa, thác rộng hơn 200 mét. Anh Y Thịnh, "
            "hướng dẫn viên: Du khách nên đi theo lối có lan can, không xuống sát chân thác "
            "khi nước lớn."
        ),
    },
    {
        "section": "van-hoa",
        "title": "Nghệ nhân Ama H'Rin dạy đánh chiêng cho học trò nhỏ",
        "caption": "Một buổi học chiêng tối thứ Bảy trong nhà dài ở buôn Ako Dhông.",
        "embed_url": "https://www.youtube.com/watch?v=DemoChieng1",
        "poster": "gongs",
        "duration": 318,
        "hours": 26,
        "transcript": (
            "Tiếng chiêng. Nghệ nhân Ama H'Rin: Mỗi chiếc chiêng có một tiếng riêng, đánh sai "
            "một nhịp là cả bài lạc. Các cháu phải nghe nhau trước khi đánh. H'Mai, 12 tuổi: "
            "Cháu học được ba bài rồi, tết này cháu sẽ đánh cùng các bác."
        ),
    },
    {
        "section": "the-thao",
        "title": "Những bàn thắng đẹp nhất chung kết bóng đá thiếu niên",
        "caption": "Hai bàn thắng và loạt sút luân lưu của trận chung kết tối Chủ nhật.",
        "embed_url": "https://youtu.be/DemoBongDa1",
        "poster": "football",
        "duration": 95,
        "hours": 10,
        "transcript": (
            "Bình luận viên: Phút 23, cú sút xa từ ngoài vòng cấm, bóng đi căng vào góc cao! "
            "Phút 78, đội bạn gỡ hòa từ một pha đánh đầu. Loạt luân lưu: thủ môn số 1 cản phá "
            "cú sút cuối cùng, giành chức vô địch."
        ),
    },
]

# Print issues, newest first: days before today, the front-page headlines (the first is the lead
# story, drawn over the picture) and the web articles on each page.
PRINT_ISSUES = [
    {
        "number": 5231,
        "days_ago": 0,
        "picture": "coffee-hills",
        "headlines": [
            "Tỉnh đối thoại với nông dân về liên kết tiêu thụ cà phê",
            "Các xã ven biển chủ động ứng phó mưa lớn",
            "Ca sốt xuất huyết tăng, ngành y tế kêu gọi diệt lăng quăng",
        ],
        "pages": [
            (1, "Tỉnh đối thoại với nông dân về liên kết sản xuất, tiêu thụ cà phê"),
            (1, "Các xã ven biển chủ động ứng phó đợt mưa lớn cuối tháng 11"),
            (2, "Ca sốt xuất huyết tăng, ngành y tế kêu gọi diệt lăng quăng"),
            (3, "Chung kết kịch tính khép lại giải bóng đá thiếu niên toàn tỉnh"),
        ],
    },
    {
        "number": 5230,
        "days_ago": 1,
        "picture": "school",
        "headlines": [
            "Thầy cô điểm trường vùng sâu gieo chữ mùa mưa",
            "Nghệ nhân Ê Đê truyền dạy đánh chiêng cho thế hệ trẻ",
            "Bắt nhóm đối tượng trộm cà phê nhân ban đêm",
        ],
        "pages": [
            (1, "Thầy cô điểm trường vùng sâu và hành trình gieo chữ mùa mưa"),
            (2, "Nghệ nhân Ê Đê truyền dạy đánh chiêng cho thế hệ trẻ"),
            (3, "Bắt nhóm đối tượng trộm cà phê nhân vào ban đêm"),
        ],
    },
    {
        "number": 5229,
        "days_ago": 2,
        "picture": "road",
        "headlines": [
            "Khánh thành cầu treo dân sinh nối đôi bờ Krông Ana",
            "Thêm 15 vùng trồng sầu riêng được cấp mã số",
            "Gành Đá Đĩa đón khách mùa thấp điểm",
        ],
        "pages": [
            (1, "Khánh thành cầu treo dân sinh nối đôi bờ Krông Ana"),
            (2, "Thêm 15 vùng trồng sầu riêng được cấp mã số xuất khẩu"),
            (3, "Gành Đá Đĩa đón khách mùa thấp điểm với trải nghiệm mới"),
        ],
    },
    {
        "number": 5228,
        "days_ago": 3,
        "picture": "lake",
        "headlines": [
            "Chèo thuyền độc mộc ngắm hoàng hôn trên hồ Lắk",
            "Hợp tác xã của những người phụ nữ làm cà phê đặc sản",
            "Cảnh giác chiêu giả danh cán bộ thuế",
        ],
        "pages": [
            (1, "Chèo thuyền độc mộc ngắm hoàng hôn trên hồ Lắk"),
            (2, "Hợp tác xã của những người phụ nữ làm cà phê đặc sản"),
            (3, "Cảnh giác chiêu giả danh cán bộ thuế gọi điện “hỗ trợ hoàn thuế”"),
        ],
    },
]

# Reader comments by article title. status: approved, spam, or pending/rejected (the moderation
# rules decide why: a suspect word, too many links, pre-moderation, a banned word);
# minutes: after publication.
# "replies" are approved replies; "newsroom" marks the newsroom's answer (signed “Tòa soạn”).
COMMENTS = {
    "Tỉnh đối thoại với nông dân về liên kết sản xuất, tiêu thụ cà phê": [
        {
            "name": "Y Bhin Niê",
            "email": "ybhin@example.com",
            "body": (
                "Nhà tôi cũng muốn vào hợp tác xã nhưng không biết đăng ký ở đâu. Mong báo "
                "hướng dẫn cụ thể thủ tục cho bà con."
            ),
            "status": "approved",
            "minutes": 25,
            "replies": [
                {
                    "newsroom": True,
                    "body": (
                        "Chào anh, bà con có thể liên hệ UBND xã hoặc Phòng Kinh tế để được hướng "
                        "dẫn thành lập, tham gia hợp tác xã. Báo sẽ có bài hướng dẫn chi tiết "
                        "trong tuần tới."
                    ),
                    "minutes": 70,
                },
                {
                    "name": "Thu Hà",
                    "email": "thuha.bmt@example.com",
                    "body": "HTX ở xã tôi nhận thêm thành viên, anh ghé văn phòng HTX hỏi nhé.",
                    "minutes": 95,
                },
            ],
        },
        {
            "name": "Nguyễn Văn Tâm",
            "email": "tam.nguyen@example.com",
            "body": (
                "Truy xuất nguồn gốc là đúng, nhưng chi phí làm bản đồ vườn ai chịu? Nông hộ "
                "nhỏ như chúng tôi lo nhất chuyện này."
            ),
            "status": "approved",
            "minutes": 40,
        },
        {
            "name": "Vay Nhanh 24h",
            "email": "ho-tro-von@example.net",
            "body": (
                "Bà con cần vốn đầu vụ? Vay tiền nhanh không cần thế chấp, giải ngân trong ngày, "
                "liên hệ ngay."
            ),
            "status": "pending",
            "minutes": 130,
        },
    ],
    "Ca sốt xuất huyết tăng, ngành y tế kêu gọi diệt lăng quăng": [
        {
            "name": "Lê Thị Mai",
            "email": "maile@example.com",
            "body": (
                "Khu tôi ở có nhiều nhà bỏ hoang, lu vại đọng nước mưa. Mong phường cho người "
                "kiểm tra giúp."
            ),
            "status": "approved",
            "minutes": 30,
            "replies": [
                {
                    "name": "Phạm Quốc Việt",
                    "email": "viet.pq@example.com",
                    "body": "Tổ dân phố tôi tuần nào cũng ra quân dọn, chị báo tổ trưởng là được.",
                    "minutes": 55,
                },
            ],
        },
        {
            "name": "Bác sĩ Hùng",
            "email": "hung.bs@example.com",
            "body": (
                "Xin nhắc bà con: sốt cao liên tục 2-3 ngày, đau bụng, chảy máu chân răng thì "
                "phải đến cơ sở y tế ngay, không tự truyền dịch tại nhà."
            ),
            "status": "approved",
            "minutes": 80,
        },
        {
            "name": "Trần Nam",
            "email": "trannam@example.com",
            "body": "Nhà thuốc gần nhà tôi hết thuốc xịt muỗi rồi, không biết mua ở đâu?",
            "status": "pending",
            "minutes": 200,
        },
    ],
    "Chung kết kịch tính khép lại giải bóng đá thiếu niên toàn tỉnh": [
        {
            "name": "Hoàng Phúc",
            "email": "phuc.fan@example.com",
            "body": "Thủ môn số 1 xuất sắc quá, mong các em được tuyển chọn vào đội trẻ của tỉnh!",
            "status": "approved",
            "minutes": 15,
        },
        {
            "name": "Soi kèo 88",
            "email": "keo88@example.org",
            "body": (
                "Xem trực tiếp và nhận kèo tại https://keo88.example.com, "
                "https://xem-bong.example.net và www.nha-cai.example.xyz nhé anh em."
            ),
            "status": "pending",
            "minutes": 45,
        },
        {
            "name": "Khuyến mãi sốc",
            "email": "sale@example.biz",
            "body": "Mua giày bóng đá chính hãng giảm 90%, số lượng có hạn, nhắn tin ngay!",
            "status": "spam",
            "minutes": 60,
        },
    ],
    "Khánh thành cầu treo dân sinh nối đôi bờ Krông Ana": [
        {
            "name": "H'Nhi Êban",
            "email": "hnhi@example.com",
            "body": "Quê tôi bên kia sông, đọc bài mà rưng rưng. Cảm ơn các nhà hảo tâm!",
            "status": "approved",
            "minutes": 120,
            "replies": [
                {
                    "name": "Đỗ Minh Quân",
                    "email": "quan.do@example.com",
                    "body": "Mùa mưa năm sau các cháu không phải nghỉ học nữa rồi.",
                    "minutes": 180,
                },
            ],
        },
    ],
    "Cảnh giác chiêu giả danh cán bộ thuế gọi điện “hỗ trợ hoàn thuế”": [
        {
            "name": "Nguyễn Thị Hạnh",
            "email": "hanh.nt@example.com",
            "body": (
                "Mẹ tôi cũng vừa nhận cuộc gọi y như vậy, may mà gọi hỏi con trước. Bài rất "
                "hữu ích, tôi đã chia sẻ cho cả nhà."
            ),
            "status": "approved",
            "minutes": 90,
            "replies": [
                {
                    "newsroom": True,
                    "body": (
                        "Cảm ơn chị đã chia sẻ. Khi nghi ngờ, bà con gọi đường dây nóng của "
                        "cơ quan thuế hoặc báo ngay công an xã, phường nơi cư trú."
                    ),
                    "minutes": 150,
                },
            ],
        },
        {
            "name": "Người qua đường",
            "email": "qua.duong@example.net",
            "body": "Toàn đồ lừa đảo, báo đăng làm gì cho mất công.",
            "status": "rejected",
            "minutes": 100,
        },
        {
            "name": "Kiếm tiền tại nhà",
            "email": "mmo@example.top",
            "body": "Kiếm tiền online 2 triệu mỗi ngày chỉ với điện thoại, ai quan tâm inbox.",
            "status": "pending",
            "minutes": 160,
        },
    ],
}

# Workflow history beyond submit-and-publish.
SENT_BACK = {
    "Doanh nghiệp cà phê chuẩn bị hồ sơ chứng minh không phá rừng": (
        "Thiếu số liệu diện tích đã số hóa và ý kiến của hiệp hội; bổ sung rồi gửi lại."
    ),
}

CORRECTIONS = {
    "Thêm 15 vùng trồng sầu riêng được cấp mã số xuất khẩu": (
        "Bản đăng lúc đầu ghi tổng diện tích các vùng trồng mới là 1.200 ha; con số đúng là "
        "1.020 ha. Chúng tôi thành thật xin lỗi bạn đọc."
    ),
}

# Views per hour at the peak of each most-read article, by title; the others get a few.
POPULAR = {
    "Tỉnh đối thoại với nông dân về liên kết sản xuất, tiêu thụ cà phê": 420,
    "Ca sốt xuất huyết tăng, ngành y tế kêu gọi diệt lăng quăng": 360,
    "Chung kết kịch tính khép lại giải bóng đá thiếu niên toàn tỉnh": 300,
    "Giá cà phê đầu vụ giữ ở mức cao, nông dân phấn khởi thu hoạch": 260,
    "Cảnh giác chiêu giả danh cán bộ thuế gọi điện “hỗ trợ hoàn thuế”": 240,
    "Khánh thành cầu treo dân sinh nối đôi bờ Krông Ana": 200,
}

# Where list cards crop a picture, (across, down) from 0 to 1; the centre when absent. A tall
# infographic shows its title, at the top, in a 16:9 card.
FOCAL_POINTS = {"infographic": (0.5, 0.0)}

# Long reads seeded after content.ARTICLES, with the same keys plus a presentation and credits:
# an E-magazine (cover, chapters, pull quotes, full-bleed photos, a gallery) and an infographic
# whose one tall picture tells its content in its alt text (content.IMAGES["infographic"]).
LONG_READS = [
    {
        "section": "kinh-te",
        "presentation": "emagazine",
        "title": "Mùa cà phê trên cao nguyên: từ rẫy nhà đến ly cà phê đặc sản",
        "kicker": "E-magazine",
        "lead": (
            "Ba thế hệ một gia đình ở Cư M'gar, một hợp tác xã trẻ và một xưởng rang nhỏ giữa "
            "Buôn Ma Thuột: câu chuyện về hạt cà phê đi từ rẫy đỏ bazan đến những thị trường khó "
            "tính nhất, kể qua một mùa thu hoạch."
        ),
        "body": [
            "Bốn giờ sáng, khi sương còn đọng trên tán lá, căn bếp nhà ông Y Kim Mlô đã đỏ lửa. "
            "Vụ thu hoạch năm nay đến sớm, cả nhà phải tranh thủ những ngày nắng ráo để hái cho "
            "kịp trước các đợt mưa cuối mùa.",
            "## Rẫy nhà ba thế hệ",
            "Rẫy cà phê hơn hai héc-ta được cha ông khai phá từ những năm tám mươi. Những gốc "
            "cà phê già được ghép cải tạo, xen giữa là sầu riêng và hồ tiêu để chia bớt rủi ro "
            "khi giá xuống.",
            ("photo", "longhouse", "Nhà dài của gia đình, nơi ba thế hệ cùng sống và làm rẫy."),
            "Con trai ông, anh Y Thuận, là người đầu tiên trong nhà ghi nhật ký canh tác: ngày "
            "bón phân, lượng nước tưới, ngày hái. Những trang sổ ấy giờ là điều kiện để hạt cà "
            "phê của gia đình vào được chuỗi liên kết.",
            "> Ngày trước hái cả quả xanh lẫn quả chín cho nhanh. Giờ hái chọn, tốn công hơn "
            "nhưng bán được giá gấp rưỡi. — Anh Y Thuận, Cư M'gar",
            "## Hợp tác xã của những người trẻ",
            "Hợp tác xã ra đời năm 2021 với mười hai thành viên, phần lớn dưới ba mươi tuổi. Họ "
            "góp tiền mua máy xay vỏ, dựng giàn phơi cao và học cách đánh giá chất lượng hạt.",
            ("photo", "drying-yard", "Giàn phơi cao giúp hạt khô đều, không lẫn đất cát."),
            "Năm nay, hợp tác xã lần đầu xuất được hai container cà phê nhân sang châu Âu, kèm "
            "bản đồ vùng trồng đến từng thửa đất.",
            ("gallery", "mua-ca-phe"),
            "## Xưởng rang giữa phố",
            "Ở Buôn Ma Thuột, chị H'Hoa mở xưởng rang nhỏ chỉ làm cà phê đặc sản. Mỗi mẻ rang "
            "được ghi lại nhiệt độ từng phút; mỗi bao hạt được nếm thử trước khi mua.",
            ("photo", "coffee-beans", "Hạt cà phê nhân được chọn lại bằng tay trước khi rang."),
            "> Cà phê ngon bắt đầu từ rẫy, không phải từ máy rang. — Chị H'Hoa, chủ xưởng rang",
            "## Điều còn ở phía trước",
            "Thời tiết thất thường, giá vật tư cao và yêu cầu truy xuất nguồn gốc ngày càng khắt "
            "khe là những thử thách lớn. Nhưng với những người trẻ đã chọn ở lại với rẫy, hạt cà "
            "phê vẫn là niềm tự hào của cao nguyên.",
            ("photo", "festival", "Tối, cả buôn quây quần bên bếp lửa mừng một mùa bội thu."),
        ],
        "authors": ["Minh Khôi"],
        "tags": ["Cà phê", "Nông dân"],
        "image": "coffee-hills",
        "credits": (
            "Nội dung: Minh Khôi\nẢnh: Duy Tiến\nThiết kế: Ngọc Anh\nBiên tập: Lê Thanh Bình"
        ),
        "hours": 5,
    },
    {
        "section": "kinh-te",
        "presentation": "infographic",
        "title": "Infographic: Cà phê Đắk Lắk 2026 và bốn bước từ quả chín đến hạt nhân",
        "lead": "Diện tích, sản lượng, xuất khẩu và quy trình sơ chế (số liệu minh họa).",
        "body": [
            ("photo", "infographic", "Nguồn: số liệu minh họa cho bản trình diễn."),
        ],
        "authors": [],
        "tags": ["Cà phê"],
        "image": "infographic",
        "credits": "Dữ liệu: Phòng Kinh tế\nThiết kế: Ngọc Anh",
        "hours": 20,
    },
]

# A live coverage still running: the dialogue with farmers, followed since it opened. minutes:
# after the coverage started; by: the account posting (the journalist is on the byline).
LIVE_COVERAGE = {
    "title": "Tỉnh đối thoại với nông dân về liên kết sản xuất, tiêu thụ cà phê",
    "video": "Thác Dray Nur mùa nước lớn",
    "updates": [
        {
            "minutes": 0,
            "by": "journalist",
            "headline": "Hội nghị bắt đầu",
            "text": "Hơn 300 đại biểu đã có mặt tại Trung tâm Hội nghị tỉnh. Phó Chủ tịch UBND "
            "tỉnh Trần Quốc Hưng chủ trì hội nghị.",
        },
        {
            "minutes": 6,
            "by": "journalist",
            "image": "drying-yard",
            "text": "Trước giờ khai mạc, nhiều hợp tác xã mang mẫu cà phê nhân đến trưng bày ở "
            "sảnh hội nghị.",
        },
        {
            "minutes": 12,
            "by": "journalist",
            "quote": "Tỉnh muốn nghe trực tiếp những khó khăn của bà con để có giải pháp sát "
            "thực tế, không làm hình thức.",
            "quote_source": "Ông Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh",
        },
        {
            "minutes": 18,
            "by": "journalist",
            "headline": "Câu hỏi đầu tiên: vốn đầu vụ",
            "text": "Ông Y Kim Mlô (Cư M'gar) hỏi về vốn vay đầu vụ cho hộ nhỏ không có tài sản "
            "thế chấp.\n\nĐại diện Ngân hàng Chính sách xã hội tỉnh cho biết có thể vay tín "
            "chấp qua tổ tiết kiệm và vay vốn ở thôn, buôn.",
        },
        {
            "minutes": 25,
            "by": "journalist",
            "text": "Nhiều đại biểu phản ánh giá phân bón vẫn cao hơn cùng kỳ năm ngoái khoảng "
            "10%, trong khi giá cà phê đã giảm nhẹ từ đầu tháng.",
        },
        {
            "minutes": 33,
            "by": "journalist",
            "quote": "Nhà tôi có hai héc-ta cà phê. Giờ nghe nói phải có bản đồ vườn, nhật ký "
            "bón phân, tôi muốn được hướng dẫn cụ thể để làm cho đúng.",
            "quote_source": "Ông Y Kim Mlô, nông dân xã Cư M'gar",
        },
        {
            "minutes": 41,
            "by": "editor",
            "headline": "Sở Nông nghiệp hứa hướng dẫn lập nhật ký canh tác",
            "text": "Giám đốc Sở Nông nghiệp và Môi trường cho biết trong tháng 12 sẽ phát mẫu "
            "nhật ký canh tác miễn phí và tập huấn tại từng xã.",
            "is_key": True,
        },
        {
            "minutes": 48,
            "by": "journalist",
            "text": "Đại diện một doanh nghiệp xuất khẩu: đối tác châu Âu đòi dữ liệu vùng trồng "
            "đến từng lô đất; hộ tham gia chuỗi liên kết được trả giá cao hơn 5–7%.",
        },
        {
            "minutes": 55,
            "by": "journalist",
            "image": "coffee-beans",
            "text": "Cà phê nhân có nhật ký canh tác được doanh nghiệp trả giá cao hơn.",
        },
        {
            "minutes": 63,
            "by": "journalist",
            "headline": "Tình trạng thu mua quả xanh",
            "text": "Nhiều ý kiến đề nghị xử lý nghiêm thương lái thu mua cà phê quả xanh, làm "
            "giảm chất lượng và uy tín cà phê của tỉnh.",
        },
        {
            "minutes": 70,
            "by": "editor",
            "text": "Video: mùa nước lớn ở thác Dray Nur, điểm đến trong chương trình liên kết "
            "du lịch nông nghiệp được giới thiệu tại hội nghị.",
            "video": True,
        },
        {
            "minutes": 78,
            "by": "journalist",
            "quote": "Hợp tác xã sẵn sàng bao tiêu cho hộ nào ghi chép đầy đủ, giá cao hơn thị "
            "trường 2.000 đồng mỗi ký.",
            "quote_source": "Bà H'Yên Niê, Giám đốc Hợp tác xã cà phê Ea Tu",
        },
        {
            "minutes": 86,
            "by": "journalist",
            "text": "Ngân hàng Nhà nước chi nhánh khu vực cho biết dư nợ cho vay lĩnh vực cà "
            "phê trên địa bàn đạt gần 30.000 tỷ đồng.",
        },
        {
            "minutes": 95,
            "by": "journalist",
            "headline": "Phần kết luận",
            "text": "Phó Chủ tịch UBND tỉnh giao các sở trả lời bằng văn bản những câu hỏi "
            "chưa kịp giải đáp trong 15 ngày.",
        },
        {
            "minutes": 102,
            "by": "journalist",
            "text": "Hội nghị tạm nghỉ 15 phút trước phiên thảo luận của các doanh nghiệp. "
            "Báo tiếp tục cập nhật.",
        },
    ],
}
