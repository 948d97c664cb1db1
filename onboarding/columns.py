"""The columns of each import's template: key, Vietnamese heading, whether required, and what it holds.

The headings are part of the file format, not of the interface: a file filled in by a Vietnamese office
must read the same whatever language the person uploading it has chosen, so they are fixed Vietnamese
text (what the columns mean is explained, translated, on the template's instructions sheet).
"""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from onboarding.models import KIND_UNITS, KIND_USERS


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

COLUMNS = {KIND_UNITS: UNIT_COLUMNS, KIND_USERS: USER_COLUMNS}

#: The data sheet of each kind of import (its name is part of the format, as the headings are).
SHEET_NAMES = {KIND_UNITS: "Đơn vị", KIND_USERS: "Tài khoản"}
