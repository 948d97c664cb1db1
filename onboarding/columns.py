"""The columns of each import's template: key, Vietnamese heading, whether required, and what it holds.

The headings are part of the file format, not of the interface: a file filled in by a Vietnamese office
must read the same whatever language the person uploading it has chosen, so they are fixed Vietnamese
text (what the columns mean is explained, translated, on the template's instructions sheet).
"""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from onboarding.models import KIND_INITIATIVES, KIND_UNITS, KIND_USERS


@dataclass(frozen=True)
class Column:
    """One column of an import sheet."""

    key: str
    header: str
    required: bool
    #: what to write in it, on the instructions sheet
    help: str
    #: the allowed-values list it is checked against (a key of onboarding.templates.allowed_values), if any
    choices: str = ""
    width: int = 24


UNIT_COLUMNS = [
    Column("name", "Tên đơn vị", True, _l("The unit's full name, e.g. “Đảng ủy xã Tân Lập”.")),
    Column("group", "Khối", True, _l("One of the groups on the sheet of allowed values."), "group", 30),
    Column("level", "Cấp", True, _l("One of the levels on the sheet of allowed values."), "level", 18),
    Column("parent_code", "Mã đơn vị cấp trên", False,
           _l("The code of the unit it belongs to: a unit already in the registry or one further up or down "
              "this sheet. Empty for a top-level unit (administrators only).")),
    Column("code", "Mã đơn vị", True,
           _l("The unit's own code, unique: capital letters, digits, “-”, “.” or “_”, e.g. LH-TX01. "
              "A second import matches rows by it.")),
    Column("admin_code", "Mã hành chính", False,
           _l("Optional: the official administrative code (Quyết định 19/2025/QĐ-TTg): 2 digits for a "
              "province, 5 for a commune or ward.")),
]

USER_COLUMNS = [
    Column("email", "Thư điện tử", True, _l("The person's e-mail: the sign-in name and where the invitation "
                                              "goes. Each e-mail once in the file."), width=32),
    Column("full_name", "Họ và tên", True, _l("The person's full name."), width=28),
    Column("role", "Vai trò", True, _l("One of the roles on the sheet of allowed values."), "role", 28),
    Column("unit_code", "Mã đơn vị", True, _l("The code of the unit over which the person holds the role.")),
]

#: The dossier's text columns: (attribute of Initiative, heading).
DOSSIER_COLUMNS = (
    ("political_task", "Nhiệm vụ chính trị gắn với mô hình"), ("situation", "Thực trạng, lý do"),
    ("objectives", "Mục tiêu, tiêu chí"), ("content", "Nội dung, cách làm"),
    ("area_and_target", "Địa bàn, đối tượng"), ("forces", "Lực lượng tham gia"),
    ("resources_and_timeline", "Nguồn lực, tiến độ"), ("outputs", "Kết quả, sản phẩm"),
    ("sustainability", "Khả năng duy trì, nhân rộng"), ("partner_units", "Đơn vị phối hợp"),
    ("contact_name", "Người liên hệ"), ("contact_phone", "Điện thoại liên hệ"),
)

INITIATIVE_COLUMNS = [
    Column("code", "Mã mô hình", True, _l("The initiative's code in its campaign, e.g. DVK-2024-000012; a second "
                                           "import matches rows by it.")),
    Column("title", "Tên mô hình", True, _l("The model's name."), width=40),
    Column("unit_code", "Mã đơn vị", True, _l("The code of the registering unit.")),
    Column("campaign_year", "Năm đợt", True, _l("The year of the campaign, e.g. 2024 (the campaign must exist).")),
    Column("field", "Lĩnh vực", True, _l("The field's code or name, as on the fields page.")),
    Column("status", "Trạng thái đạt được", True, _l("The last status the model reached: one of the statuses on "
                                                     "the sheet of allowed values."), "status", 26),
    Column("registered_on", "Ngày đăng ký", False, _l("dd/mm/yyyy: the day it was registered (required beyond a "
                                                       "draft).")),
    *[Column(key, header, False, _l("Text of the dossier."), width=30) for key, header in DOSSIER_COLUMNS],
    Column("indicator", "Chỉ tiêu", False, _l("One indicator of the model (optional).")),
    Column("indicator_unit", "Đơn vị tính", False, _l("The indicator's unit of measure.")),
    Column("indicator_target", "Giá trị mục tiêu", False, _l("A number written the Vietnamese way: 1.800 or 12,5.")),
    Column("indicator_actual", "Giá trị đạt được", False, _l("A number written the Vietnamese way: 1.800 or 12,5.")),
    Column("decision_1_number", "Số quyết định thứ nhất", False,
           _l("The first decision on the way to the status: recognition, or not (e.g. 12-QĐ/BDVTU).")),
    Column("decision_1_date", "Ngày quyết định thứ nhất", False, _l("dd/mm/yyyy.")),
    Column("decision_2_number", "Số quyết định thứ hai", False,
           _l("The second decision, when the status needs one: selection as exemplary, or revocation.")),
    Column("decision_2_date", "Ngày quyết định thứ hai", False, _l("dd/mm/yyyy.")),
    Column("reason", "Lý do", False, _l("The reason, for a status that needs one (not recognized, revoked).")),
    Column("commendation_form", "Hình thức khen thưởng", False,
           _l("For a commended model: the form of commendation, as on its settings page.")),
    Column("commendation_number", "Số quyết định khen thưởng", False, _l("For a commended model.")),
    Column("commendation_date", "Ngày quyết định khen thưởng", False, _l("dd/mm/yyyy.")),
    Column("commendation_issuer", "Cơ quan khen thưởng", False, _l("Optional: the form's issuer otherwise.")),
]

COLUMNS = {KIND_UNITS: UNIT_COLUMNS, KIND_USERS: USER_COLUMNS, KIND_INITIATIVES: INITIATIVE_COLUMNS}

#: The data sheet of each kind of import (its name is part of the format, as the headings are).
SHEET_NAMES = {KIND_UNITS: "Đơn vị", KIND_USERS: "Tài khoản", KIND_INITIATIVES: "Mô hình"}
