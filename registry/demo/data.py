"""Vietnamese names of the demo province: places, units, people, accounts, fields and state spreads."""

import random
from dataclasses import dataclass

from registry.models.users import ROLE_ADMIN, ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF, ROLE_VIEWER

#: The fictional province (no real province carries this name).
PROVINCE = "Lam Hồng"
ROOT_UNIT_NAME = f"Tỉnh ủy {PROVINCE}"
DEMO_PASSWORD = "demo1234"  # noqa: S105  (the demo's published password)
DEMO_DOMAIN = "demo.dvk.vn"
ADMIN_EMAIL = f"admin@{DEMO_DOMAIN}"

#: Province-level organisations under the root: (kind, group, name).
PROVINCE_UNITS = (
    ("party", "party", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ("party", "party", "Đảng ủy các cơ quan Đảng tỉnh"),
    ("government", "government", f"Ủy ban nhân dân tỉnh {PROVINCE}"),
    ("government", "government", "Sở Nông nghiệp và Môi trường"),
    ("government", "government", "Sở Y tế"),
    ("government", "government", "Trung tâm Phục vụ hành chính công tỉnh"),
    ("front", "front", f"Ủy ban MTTQ Việt Nam tỉnh {PROVINCE}"),
    ("women", "front", f"Hội Liên hiệp Phụ nữ tỉnh {PROVINCE}"),
    ("farmers", "front", f"Hội Nông dân tỉnh {PROVINCE}"),
    ("veterans", "front", f"Hội Cựu chiến binh tỉnh {PROVINCE}"),
    ("youth", "front", f"Tỉnh đoàn {PROVINCE}"),
    ("military", "armed_forces", "Bộ Chỉ huy Quân sự tỉnh"),
    ("police", "armed_forces", f"Công an tỉnh {PROVINCE}"),
    ("military", "armed_forces", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("school", "school_enterprise", "Trường Chính trị tỉnh"),
    ("school", "school_enterprise", f"Trường Cao đẳng Cộng đồng {PROVINCE}"),
    ("enterprise", "school_enterprise", f"Công ty Điện lực {PROVINCE}"),
)

#: Thirty communes and wards: (kind, short name). "xã" is rural, "phường" urban.
COMMUNES = (
    ("xã", "An Phú"), ("xã", "Tân Lập"), ("phường", "Bắc Sơn"), ("xã", "Thanh Sơn"), ("xã", "Yên Thịnh"),
    ("xã", "Phú Lộc"), ("phường", "Nam Thành"), ("xã", "Đồng Tâm"), ("xã", "Xuân Hòa"), ("xã", "Minh Khai"),
    ("xã", "Tiên Phong"), ("phường", "Đông Hải"), ("xã", "Hồng Phong"), ("xã", "Nghĩa Trung"),
    ("xã", "Bình Minh"), ("xã", "Kim Sơn"), ("phường", "Quang Trung"), ("xã", "Nậm Cang"), ("xã", "Phìn Hồ"),
    ("xã", "Bản Lầm"), ("phường", "Lam Sơn"), ("xã", "Hòa Thắng"), ("xã", "Vĩnh Lợi"), ("xã", "Cẩm Bình"),
    ("phường", "Ngọc Trạo"), ("xã", "Quảng Tiến"), ("xã", "Trường Xuân"), ("phường", "Tây Lộc"),
    ("xã", "Sơn Thủy"), ("xã", "Đại Đồng"),
)

RURAL_HAMLETS = (
    "thôn Đông", "thôn Đoài", "thôn Trung", "thôn Thượng", "thôn Hạ", "thôn Tân Thành", "thôn Phú Mỹ",
    "thôn Đồng Bằm", "thôn Yên Thái", "thôn Cao Phong", "thôn Làng Mới", "thôn Bình An", "bản Nà Lạn",
    "bản Khe Vằn", "bản Nậm Tóng", "bản Co Muồng",
)
URBAN_HAMLETS = (
    "tổ dân phố số 1", "tổ dân phố số 3", "tổ dân phố số 5", "tổ dân phố số 7", "tổ dân phố số 9",
    "khu phố Hòa Lạc", "khu phố Tân Tiến", "khu phố Bình An", "khu phố Trung Hòa",
)


@dataclass(frozen=True)
class CommuneUnitTemplate:
    """A unit found in most communes: its kind, group, name pattern and where it occurs."""

    kind: str
    group: str
    pattern: str
    #: "all", "rural" (xã only), "urban" (phường only) or "even" (every other commune)
    where: str = "all"


#: Patterns take {commune} ("xã An Phú"), {short} ("An Phú"), {hamlet} and {other_hamlet} ("thôn Đông").
COMMUNE_UNITS = (
    CommuneUnitTemplate("party_cell", "party", "Chi bộ {hamlet}, {commune}"),
    CommuneUnitTemplate("government", "government", "Ủy ban nhân dân {commune}"),
    CommuneUnitTemplate("front", "front", "Ủy ban MTTQ Việt Nam {commune}"),
    CommuneUnitTemplate("women", "front", "Hội Liên hiệp Phụ nữ {commune}"),
    CommuneUnitTemplate("farmers", "front", "Hội Nông dân {commune}", "rural"),
    CommuneUnitTemplate("veterans", "front", "Hội Cựu chiến binh {commune}", "even"),
    CommuneUnitTemplate("youth", "front", "Đoàn Thanh niên {commune}"),
    CommuneUnitTemplate("military", "armed_forces", "Ban Chỉ huy Quân sự {commune}"),
    CommuneUnitTemplate("police", "armed_forces", "Công an {commune}", "even"),
    CommuneUnitTemplate("residential", "residential", "Khu dân cư {other_hamlet}, {commune}"),
    CommuneUnitTemplate("school", "school_enterprise", "Trường THCS {short}"),
    CommuneUnitTemplate("coop", "school_enterprise", "Hợp tác xã Nông nghiệp {short}", "rural"),
    CommuneUnitTemplate("coop", "school_enterprise", "Hợp tác xã Dịch vụ tổng hợp {short}", "urban"),
)

#: Fields of work: (code, name); the standard four and the common fifth.
FIELDS = (
    ("KT", "Kinh tế"),
    ("VHXH", "Văn hóa – xã hội"),
    ("QPAN", "Quốc phòng – an ninh"),
    ("XDHTCT", "Xây dựng hệ thống chính trị"),
    ("DVCQ", "Dân vận chính quyền"),
)

#: How an initiative reaches its state: the triggers fired in order, from a fresh draft.
#: New states (evaluated, recognized, ...) only need a new path here and a weight below.
STATUS_PATHS = {
    "draft": (),
    "registered": ("submit",),
    "returned": ("submit", "return_for_revision"),
    "resubmitted": ("submit", "return_for_revision", "resubmit"),
    "withdrawn_draft": ("withdraw",),
    "withdrawn_registered": ("submit", "withdraw"),
    "withdrawn_returned": ("submit", "return_for_revision", "withdraw"),
}
#: Who fires each trigger of the paths: the unit's own focal officer, or the steering board's staff.
TRIGGER_ACTORS = {"submit": ROLE_OFFICER, "resubmit": ROLE_OFFICER, "withdraw": ROLE_OFFICER,
                  "return_for_revision": ROLE_STAFF}
#: Relative weights of the paths in the open campaign and in last year's closed one.
CURRENT_WEIGHTS = {"draft": 16, "registered": 44, "returned": 16, "resubmitted": 12,
                   "withdrawn_draft": 3, "withdrawn_registered": 4, "withdrawn_returned": 2}
PREVIOUS_WEIGHTS = {"draft": 4, "registered": 66, "returned": 6, "resubmitted": 14,
                    "withdrawn_draft": 2, "withdrawn_registered": 6, "withdrawn_returned": 2}

RETURN_REASONS = (
    "Hồ sơ chưa nêu rõ chỉ tiêu đo lường kết quả; đề nghị bổ sung số liệu cụ thể.",
    "Phần nguồn lực chưa tách kinh phí ngân sách và phần nhân dân đóng góp; đề nghị làm rõ.",
    "Mục tiêu chưa gắn với nhiệm vụ chính trị của địa phương năm nay; đề nghị bổ sung.",
    "Thiếu xác nhận của cấp ủy; đề nghị bổ sung ý kiến của chi bộ và đính kèm minh chứng.",
    "Tên mô hình trùng với mô hình đã đăng ký năm trước; đề nghị đăng ký theo hình thức duy trì.",
)
WITHDRAW_REASONS = (
    "Đơn vị rút đăng ký để hoàn thiện thêm cách làm, sẽ đăng ký lại ở đợt sau.",
    "Địa bàn sáp nhập, đơn vị rút để đăng ký chung với đơn vị mới.",
    "Chưa bố trí được nguồn lực trong năm, đơn vị xin rút đăng ký.",
)
SUSTAINABILITY = (
    "Đưa nội dung vào quy ước, hương ước của thôn; tổ tự quản duy trì hằng năm, có thể nhân rộng ra các thôn lân cận.",
    "Giao chi hội, chi đoàn phụ trách theo dõi; sơ kết 6 tháng, tổng kết cuối năm để nhân rộng trong toàn xã.",
    "Kinh phí duy trì do nhân dân tự nguyện đóng góp, không phụ thuộc ngân sách; cách làm dễ áp dụng ở nơi khác.",
    "Gắn với tiêu chí thi đua hằng năm của đơn vị; đã có kế hoạch nhân rộng trong năm tiếp theo.",
)

SURNAMES = ("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Lường", "Hà", "Nông", "Triệu", "Vi", "Đinh")
MIDDLE = {"male": ("Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Ngọc", "Thanh", "Đình"),
          "female": ("Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Kim")}
GIVEN = {"male": ("An", "Bình", "Cường", "Dũng", "Hùng", "Hải", "Long", "Nam", "Phong", "Quân", "Sơn", "Thắng",
                  "Tuấn", "Việt", "Khoa", "Trung", "Thành", "Hiếu", "Lâm", "Tài"),
         "female": ("Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngọc",
                    "Nhung", "Phương", "Thảo", "Trang", "Vân", "Yến", "Huệ", "Loan")}
ETHNICITIES = ("Kinh",) * 8 + ("Tày", "Thái", "Mường", "Nùng", "Dao", "Mông")


@dataclass(frozen=True)
class Person:
    """A fictional person."""

    full_name: str
    gender: str
    birth_year: int
    ethnicity: str


def make_person(rng: random.Random, gender: str | None = None) -> Person:
    """Return a fictional person with a plausible Vietnamese full name."""
    gender = gender or rng.choice(("male", "female"))
    name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"
    return Person(name, gender, rng.randint(1962, 1998), rng.choice(ETHNICITIES))


def make_phone(rng: random.Random) -> str:
    """Return a plausible Vietnamese mobile number."""
    return rng.choice(("091", "094", "097", "098", "086", "088", "035", "036")) + f"{rng.randrange(10**7):07d}"


@dataclass(frozen=True)
class DemoAccount:
    """A login printed in the table: e-mail, name, role, function and which unit it is bound to."""

    email: str
    full_name: str
    role: str
    #: "chair", "secretary", "member" for council members, else the role itself
    function: str
    #: "root" for the province, or the kind of unit and the commune index for unit officers
    unit_kind: str = "root"
    commune_index: int = -1


#: The province's accounts, in the order of the login table.
PROVINCE_ACCOUNTS = (
    DemoAccount(ADMIN_EMAIL, "Phạm Quốc Khánh", ROLE_ADMIN, ROLE_ADMIN),
    DemoAccount(f"bandanvan@{DEMO_DOMAIN}", "Nguyễn Thị Thu Hà", ROLE_STAFF, ROLE_STAFF),
    DemoAccount(f"lanhdao@{DEMO_DOMAIN}", "Trần Văn Thắng", ROLE_VIEWER, ROLE_VIEWER),
    DemoAccount(f"chutich@{DEMO_DOMAIN}", "Lê Minh Đức", ROLE_COUNCIL, "chair"),
    DemoAccount(f"thuky@{DEMO_DOMAIN}", "Hoàng Thị Lan", ROLE_COUNCIL, "secretary"),
    DemoAccount(f"uyvien1@{DEMO_DOMAIN}", "Vũ Đình Long", ROLE_COUNCIL, "member"),
    DemoAccount(f"uyvien2@{DEMO_DOMAIN}", "Đặng Thị Hồng Nhung", ROLE_COUNCIL, "member"),
    DemoAccount(f"uyvien3@{DEMO_DOMAIN}", "Bùi Quang Huy", ROLE_COUNCIL, "member"),
    DemoAccount(f"uyvien4@{DEMO_DOMAIN}", "Lò Văn Pắng", ROLE_COUNCIL, "member"),
)
#: Five unit officers: different groups, different communes.
UNIT_ACCOUNTS = (
    DemoAccount(f"donvi1@{DEMO_DOMAIN}", "Nông Thị Duyên", ROLE_OFFICER, ROLE_OFFICER, "party_cell", 0),
    DemoAccount(f"donvi2@{DEMO_DOMAIN}", "Đỗ Văn Tùng", ROLE_OFFICER, ROLE_OFFICER, "government", 1),
    DemoAccount(f"donvi3@{DEMO_DOMAIN}", "Hà Thị Mai", ROLE_OFFICER, ROLE_OFFICER, "women", 2),
    DemoAccount(f"donvi4@{DEMO_DOMAIN}", "Triệu Văn Sơn", ROLE_OFFICER, ROLE_OFFICER, "military", 3),
    DemoAccount(f"donvi5@{DEMO_DOMAIN}", "Ngô Thị Phương", ROLE_OFFICER, ROLE_OFFICER, "school", 4),
)
#: The paths every login unit goes through, so each shows several states.
LOGIN_UNIT_PATHS = {
    "current": ("draft", "registered", "returned", "withdrawn_registered", "resubmitted"),
    "previous": ("registered", "withdrawn_draft"),
}
