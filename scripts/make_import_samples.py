"""Write the sample import files of docs/samples/ (run: .venv/bin/python scripts/make_import_samples.py).

A fictional province, Lam Hồng (the demo's), with fictional administrative codes in the official shape:
2 digits for the province, 5 for each commune or ward (Quyết định 19/2025/QĐ-TTg).
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import create_app  # noqa: E402
from onboarding.columns import COLUMNS  # noqa: E402
from onboarding.models import KIND_INITIATIVES, KIND_UNITS, KIND_USERS  # noqa: E402
from onboarding.templates import build_template  # noqa: E402

OUT = ROOT / "docs" / "samples"

COMMUNES = [("Tân Lập", "xã"), ("Hồng Phong", "xã"), ("Minh Khai", "phường"), ("Bình An", "xã"),
            ("Quang Trung", "phường"), ("Phú Mỹ", "xã")]

#: name, group, level, parent code, code, administrative code
UNITS = [["Tỉnh ủy Lam Hồng", "Đảng", "Tỉnh", "", "LH", "99"],
         ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lam Hồng", "Mặt trận và đoàn thể", "Tỉnh", "LH", "LH-MTTQ", ""]]
for number, (name, kind) in enumerate(COMMUNES, start=1):
    code = f"LH-{'P' if kind == 'phường' else 'X'}{number:02d}"
    UNITS.append([f"Đảng ủy {kind} {name}", "Đảng", "Xã/phường", "LH", code, f"99{number * 7:03d}"])
    UNITS.append([f"Ủy ban Mặt trận Tổ quốc Việt Nam {kind} {name}", "Mặt trận và đoàn thể", "Xã/phường",
                  code, f"{code}-MT", ""])
    UNITS.append([f"Khu dân cư số 1 {kind} {name}", "Khu dân cư", "Xã/phường", f"{code}-MT", f"{code}-KDC1", ""])
# A row whose parent comes later in the file: allowed.
UNITS.insert(2, ["Hội Liên hiệp Phụ nữ tỉnh Lam Hồng", "Mặt trận và đoàn thể", "Tỉnh", "LH-MTTQ", "LH-HPN", ""])

PEOPLE = ["Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Thị Mai", "Phạm Minh Đức", "Hoàng Thị Lan", "Vũ Quốc Huy"]
ACCOUNTS = [["canbo.tanlap@lamhong.example.vn", PEOPLE[0], "Cán bộ đầu mối đơn vị", "LH-X01"],
            ["canbo.hongphong@lamhong.example.vn", PEOPLE[1], "Cán bộ đầu mối đơn vị", "LH-X02"],
            ["canbo.minhkhai@lamhong.example.vn", PEOPLE[2], "Cán bộ đầu mối đơn vị", "LH-P03"],
            ["mattran.tanlap@lamhong.example.vn", PEOPLE[3], "Cán bộ đầu mối đơn vị", "LH-X01-MT"],
            ["kdc1.binhan@lamhong.example.vn", PEOPLE[4], "Cán bộ đầu mối đơn vị", "LH-X04-KDC1"],
            ["lanhdao.mttq@lamhong.example.vn", PEOPLE[5], "Lãnh đạo Ban", "LH-MTTQ"]]


#: Past models of the 2024 campaign (it and the fields KT and VHXH must exist; the demo has them).
INITIATIVES = [
    {"Mã mô hình": "DVK-2024-000101", "Tên mô hình": "“Tuyến đường hoa” thôn Đông", "Mã đơn vị": "LH-X01",
     "Năm đợt": "2024", "Lĩnh vực": "VHXH", "Trạng thái đạt được": "Đã khen thưởng", "Ngày đăng ký": "15/03/2024",
     "Thực trạng, lý do": "Đường thôn hẹp, nhiều rác thải.", "Mục tiêu, tiêu chí": "Trồng 2 km hoa hai bên đường.",
     "Chỉ tiêu": "Chiều dài tuyến hoa", "Đơn vị tính": "m", "Giá trị mục tiêu": "2.000", "Giá trị đạt được": "2.150",
     "Số quyết định thứ nhất": "12-QĐ/BDVTU", "Ngày quyết định thứ nhất": "20/06/2024",
     "Số quyết định thứ hai": "15-QĐ/BDVTU", "Ngày quyết định thứ hai": "01/07/2024",
     "Hình thức khen thưởng": "Giấy khen", "Số quyết định khen thưởng": "30-QĐ/BDVTU",
     "Ngày quyết định khen thưởng": "10/09/2024", "Người liên hệ": PEOPLE[0], "Điện thoại liên hệ": "0912345678"},
    {"Mã mô hình": "DVK-2024-000102", "Tên mô hình": "Tổ hòa giải “Gõ cửa từng nhà”", "Mã đơn vị": "LH-X01-MT",
     "Năm đợt": "2024", "Lĩnh vực": "VHXH", "Trạng thái đạt được": "Đã công nhận", "Ngày đăng ký": "02/04/2024",
     "Số quyết định thứ nhất": "13-QĐ/BDVTU", "Ngày quyết định thứ nhất": "20/06/2024"},
    {"Mã mô hình": "DVK-2024-000103", "Tên mô hình": "Vườn rau an toàn khu dân cư số 1", "Mã đơn vị": "LH-X04-KDC1",
     "Năm đợt": "2024", "Lĩnh vực": "KT", "Trạng thái đạt được": "Không công nhận", "Ngày đăng ký": "10/04/2024",
     "Số quyết định thứ nhất": "14-QĐ/BDVTU", "Ngày quyết định thứ nhất": "20/06/2024",
     "Lý do": "Chưa có kết quả đo đếm được."},
]


def main() -> None:
    """Write units.xlsx, accounts.xlsx and initiatives.xlsx, and the empty templates."""
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    OUT.mkdir(parents=True, exist_ok=True)
    with app.app_context():
        headers = [column.header for column in COLUMNS[KIND_INITIATIVES]]
        initiatives = [[row.get(header, "") for header in headers] for row in INITIATIVES]
        for kind, name, rows in ((KIND_UNITS, "units.xlsx", UNITS), (KIND_USERS, "accounts.xlsx", ACCOUNTS),
                                 (KIND_INITIATIVES, "initiatives.xlsx", initiatives)):
            (OUT / name).write_bytes(build_template(kind, rows).read())
            (OUT / f"template-{kind}.xlsx").write_bytes(build_template(kind).read())
            print(OUT / name)


if __name__ == "__main__":
    main()
