"""Vietnamese names of the demo province: places, units, people, accounts, fields and state spreads."""

import random
from dataclasses import dataclass

from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF, ROLE_VIEWER
from workflows.machine import INITIAL_STATE, TRIGGERS, TRIGGERS_BY_NAME, S, T
from workflows.scoring.models import RECOMMEND_EXEMPLARY, RECOMMEND_RECOGNITION, RECOMMEND_REJECTION

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

#: How an initiative reaches its state: the steps taken in order, from a fresh draft. A step is a workflow
#: trigger, "assign" (staff give it to the council) or a sheet step of SHEET_STEPS (members score it).
#: A state without a scripted path gets one derived from the machine (see _with_derived_paths).
_SCRIPTED_PATHS = {
    S.draft: (),
    S.registered: (T.submit,),
    "assigned": (T.submit, "assign"),
    "scoring_draft": (T.submit, "assign", "draft_sheets"),
    "scoring_some": (T.submit, "assign", "some_sheets"),
    "scoring_quorum": (T.submit, "assign", "quorum_sheets"),
    S.returned: (T.submit, T.return_for_revision),
    "resubmitted": (T.submit, T.return_for_revision, T.resubmit),
    S.evaluated: (T.submit, "assign", "pass_sheets", T.complete_evaluation),
    S.recognized: (T.submit, "assign", "pass_sheets", T.complete_evaluation, T.recognize),
    S.exemplary: (T.submit, "assign", "top_sheets", T.complete_evaluation, T.recognize, T.select_exemplary),
    S.commended: (T.submit, "assign", "top_sheets", T.complete_evaluation, T.recognize, T.select_exemplary,
                  T.commend),
    S.not_recognized: (T.submit, "assign", "fail_sheets", T.complete_evaluation, T.reject),
    S.revoked: (T.submit, "assign", "pass_sheets", T.complete_evaluation, T.recognize, T.revoke),
    "withdrawn_draft": (T.withdraw,),
    "withdrawn_registered": (T.submit, T.withdraw),
    "withdrawn_returned": (T.submit, T.return_for_revision, T.withdraw),
}


def _end_state(steps: tuple[str, ...]) -> str:
    """Return the state a path's triggers lead to (its other steps keep the state)."""
    return next((TRIGGERS_BY_NAME[step].dest for step in reversed(steps) if step in TRIGGERS_BY_NAME), INITIAL_STATE)


def _with_derived_paths(paths: dict) -> dict:
    """Add a path to each state the scripted paths miss: a path to a source of a trigger into it, then that trigger."""
    paths = dict(paths)
    for spec in TRIGGERS:
        ends = {_end_state(steps): name for name, steps in paths.items()}
        source = next((ends[state] for state in spec.sources if state in ends), None)
        if spec.dest not in ends and source is not None:
            paths[spec.dest] = (*paths[source], spec.name)
    return paths


STATUS_PATHS = _with_derived_paths(_SCRIPTED_PATHS)
#: The paths derived from the machine; each is seeded in last year's campaign.
DERIVED_PATHS = tuple(path for path in STATUS_PATHS if path not in _SCRIPTED_PATHS)
#: Who takes each step: the first actor the machine names (the unit's focal officer, the board's staff or
#: a council seat); the board's staff assign initiatives to councils.
TRIGGER_ACTORS = {"assign": ROLE_STAFF, **{spec.name: spec.actors[0] for spec in TRIGGERS}}


@dataclass(frozen=True)
class SheetStep:
    """Members write score sheets: how many are submitted, how many left as drafts, and how they score."""

    #: "none", "some" (below the quorum), "quorum" (exactly the quorum) or "closing" (the quorum or more)
    submitted: str
    drafts: int
    #: a key of SCORE_PROFILES, or "mixed" (one drawn per initiative)
    profile: str


SHEET_STEPS = {
    "draft_sheets": SheetStep("none", 2, "mixed"),
    "some_sheets": SheetStep("some", 1, "mixed"),
    "quorum_sheets": SheetStep("quorum", 1, "mixed"),
    "pass_sheets": SheetStep("closing", 0, "pass"),
    "top_sheets": SheetStep("closing", 0, "top"),
    "fail_sheets": SheetStep("closing", 0, "fail"),
}


@dataclass(frozen=True)
class ScoreProfile:
    """How a council judged a model: the totals (of 100) and recommendations of most sheets, and of a dissent."""

    totals: tuple[int, int]
    recommendations: tuple[str, ...]
    dissent_totals: tuple[int, int]
    dissent_recommendation: str
    dissent_chance: float


#: Chosen so the council's rules really hold: a recognised model averages at least 50 with most sheets
#: recommending it, an exemplary one at least 80, a rejected one below 50 with most sheets against.
SCORE_PROFILES = {
    "pass": ScoreProfile((58, 79), (RECOMMEND_RECOGNITION,) * 5 + (RECOMMEND_EXEMPLARY,), (40, 52),
                         RECOMMEND_REJECTION, 0.3),
    "top": ScoreProfile((82, 96), (RECOMMEND_EXEMPLARY,) * 3 + (RECOMMEND_RECOGNITION,), (80, 84),
                        RECOMMEND_RECOGNITION, 0.2),
    "fail": ScoreProfile((24, 45), (RECOMMEND_REJECTION,), (50, 56), RECOMMEND_RECOGNITION, 0.3),
}
MIXED_PROFILE_WEIGHTS = {"pass": 6, "top": 2, "fail": 2}

#: Relative weights of the paths in the open campaign (mid-evaluation) and in last year's closed one.
CURRENT_WEIGHTS = {S.draft: 12, S.registered: 22, "assigned": 7, "scoring_draft": 6, "scoring_some": 8,
                   "scoring_quorum": 6, S.returned: 12, "resubmitted": 9, S.evaluated: 4, S.recognized: 5,
                   S.not_recognized: 2, "withdrawn_draft": 2, "withdrawn_registered": 3, "withdrawn_returned": 2}
PREVIOUS_WEIGHTS = {S.draft: 1, S.registered: 3, S.returned: 3, S.recognized: 46, S.exemplary: 9,
                    S.commended: 7, S.not_recognized: 12, S.revoked: 3, "withdrawn_draft": 2,
                    "withdrawn_registered": 4, "withdrawn_returned": 2, **dict.fromkeys(DERIVED_PATHS, 2)}
#: Paths whose initiatives may be renewed the next year: the recognised ones.
RENEWABLE_PATHS = (S.recognized, S.exemplary, S.commended)

#: When the council's work happens in a campaign year, as (month, day); later steps wait for these days.
STEP_DAYS = {"assign": (6, 10), T.complete_evaluation: (9, 18), T.recognize: (9, 28), T.reject: (9, 28),
             T.select_exemplary: (10, 6), T.commend: (10, 15), T.revoke: (12, 12)}
#: The board's decision numbers in Party style ("212-QĐ/BTGDVTU"), one decision per kind and year.
DECISION_NUMBERS = {T.recognize: 212, T.reject: 213, T.select_exemplary: 226, T.revoke: 301}
DECISION_SUFFIX = "QĐ/BTGDVTU"

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
    "current": (S.draft, S.registered, "scoring_some", S.returned, "withdrawn_registered", "resubmitted"),
    "previous": (S.recognized, S.not_recognized, "withdrawn_draft"),
}

#: The council of each campaign; {year} is the campaign's year.
COUNCIL_NAME = "Hội đồng thẩm định mô hình “Dân vận khéo” tỉnh năm {year}"
#: The council member who works in a commune (by index in COMMUNES): that commune's models are never
#: given to them to score (the own-unit conflict rule). Commune 2 is donvi3's.
MEMBER_HOME_COMMUNE = (f"uyvien4@{DEMO_DOMAIN}", 2)
#: The member who declares a conflict of interest on one model, and why.
CONFLICT = (f"uyvien3@{DEMO_DOMAIN}",
            "Tôi là thành viên Ban Chủ nhiệm câu lạc bộ thực hiện mô hình này, xin không tham gia chấm điểm.")
#: The standard forms of commendation, (name, default issuer), created when the table is empty.
STANDARD_COMMENDATION_FORMS = (
    ("Biểu dương", ""),
    ("Giấy khen", "Chủ tịch UBND cấp xã"),
    ("Bằng khen của Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh"),
    ("Bằng khen của Ban Tuyên giáo và Dân vận Trung ương", "Ban Tuyên giáo và Dân vận Trung ương"),
    ("Bằng khen của Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
)
#: How exemplary models are commended: (form name, weight, decision number, issuer when the form has none).
COMMENDATIONS = (
    ("Biểu dương", 5, "231-QĐ/BTGDVTU", f"Ban Tuyên giáo và Dân vận Tỉnh ủy {PROVINCE}"),
    ("Giấy khen", 2, "187/QĐ-UBND", ""),
    ("Bằng khen của Chủ tịch UBND tỉnh", 3, "2154/QĐ-UBND", ""),
    ("Bằng khen của Ban Tuyên giáo và Dân vận Trung ương", 1, "1047-QĐ/BTGDVTW", ""),
)

SHEET_COMMENTS = {
    RECOMMEND_RECOGNITION: (
        "Mô hình gắn với nhiệm vụ chính trị của địa phương, được Nhân dân đồng tình hưởng ứng; đề nghị công nhận.",
        "Cách làm cụ thể, có số liệu minh chứng; kết quả đạt phần lớn chỉ tiêu đăng ký.",
        "Phát huy được vai trò của cấp ủy và các đoàn thể; cần tiếp tục duy trì, đánh giá kết quả rõ hơn.",
    ),
    RECOMMEND_EXEMPLARY: (
        "Mô hình tiêu biểu: vượt các chỉ tiêu đăng ký, lan tỏa rộng, có khả năng nhân rộng ra toàn tỉnh.",
        "Cách làm sáng tạo, huy động được nhiều nguồn lực xã hội hóa; đề nghị chọn tiêu biểu và khen thưởng.",
    ),
    RECOMMEND_REJECTION: (
        "Kết quả chưa rõ nét, thiếu số liệu minh chứng so với chỉ tiêu đăng ký; chưa đề nghị công nhận.",
        "Nội dung còn chung chung, chưa thể hiện cách làm khéo của công tác dân vận.",
    ),
}
REJECT_REASONS = (
    "Hội đồng đánh giá kết quả chưa đạt yêu cầu: điểm bình quân dưới 50, đa số thành viên không đề nghị công nhận.",
    "Mô hình chưa có kết quả đo lường được so với chỉ tiêu đăng ký; đề nghị tiếp tục thực hiện, đăng ký lại năm sau.",
)
REVOKE_REASONS = (
    "Qua rà soát hằng năm, mô hình không còn duy trì hoạt động; thu hồi quyết định công nhận.",
    "Số liệu báo cáo kết quả không đúng thực tế qua kiểm tra; thu hồi quyết định công nhận theo quy định.",
)
