"""The demo's old tree: its 2024 campaign under three districts and the communes that merged on 1/7/2025.

Before the two-tier reform the province had districts, and more, smaller communes. The 2024 models were
registered by those old units, each through the workflow like every demo model (their own officers, the
2024 council, its score sheets); on 1 July 2025 pairs of old communes merged into today's communes (one
recorded event each) and the districts ended, folded into the province. Counted as recorded, 2024 sits
under the districts and old communes; re-based, under today's communes: the two counts differ visibly.
The 2024 campaign is over: its models all reached a decision (no open work to move), and the old units'
officers keep their roles on the closed units (today's communes have officers of their own).
"""

from datetime import date

from demo.data import DEMO_DOMAIN, PREVIOUS_WEIGHTS, RURAL_HAMLETS, STATUS_PATHS, URBAN_HAMLETS, _end_state, make_person
from demo.plans import Plan, Registrant
from registry.extensions import db
from registry.models import Campaign, Unit, User
from registry.reorganisation import OPEN_WORK_STATES, record_reorganisation
from registry.roles import ROLE_OFFICER
from registry.text import fold
from registry.unit_tree import create_unit

OLD_YEAR = 2024
#: The three districts, and for each its old communes in pairs, with the index in demo.data.COMMUNES of
#: today's commune each pair merged into.
DISTRICTS = (
    ("huyện Đông Lam", ((("xã", "An Phú"), ("xã", "Phú Thượng"), 0), (("xã", "Tân Lập"), ("xã", "Tân Hòa"), 1),
                        (("phường", "Bắc Sơn"), ("xã", "Sơn Hà"), 2))),
    ("huyện Hồng Sơn", ((("xã", "Thanh Sơn"), ("xã", "Thanh Hà"), 3), (("xã", "Yên Thịnh"), ("xã", "Yên Lạc"), 4),
                        (("xã", "Phú Lộc"), ("xã", "Lộc Hòa"), 5))),
    ("thị xã Nam Hồng", ((("phường", "Nam Thành"), ("phường", "Thành Công"), 6),
                         (("xã", "Đồng Tâm"), ("xã", "Đồng Lợi"), 7), (("xã", "Xuân Hòa"), ("xã", "Xuân Lai"), 8))),
)
#: The act listing the province's new communes (fictional, as the province is) and the law ending districts.
COMMUNES_ACT = "Nghị quyết 1699/NQ-UBTVQH15 (minh họa)"
DISTRICTS_ACT = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
ACT_DATE, EFFECTIVE = date(2025, 6, 16), date(2025, 7, 1)
#: Models each old commune and each district registered in 2024.
PER_UNIT = 2
#: The status paths of a campaign that is over: every one ends in a decision (or a withdrawal).
DECIDED_PATHS = {name: weight for name, weight in PREVIOUS_WEIGHTS.items()
                 if weight and _end_state(STATUS_PATHS[name]) not in OPEN_WORK_STATES}


class OldTree:
    """The old districts and communes of the demo province, their officers, their 2024 plans and their end."""

    def __init__(self, builder, root: Unit):
        """Create the old units (valid from 2010) under `root`, each with a focal officer."""
        self.builder, self.root = builder, root
        self.registrants: list[Registrant] = []
        self.districts: list[Unit] = []
        self.merges: list[tuple[list[Unit], int]] = []
        for district_name, pairs in DISTRICTS:
            district = self._unit(f"Đảng ủy {district_name}", "district", root, district_name, district_name)
            self.districts.append(district)
            for first, second, today_index in pairs:
                olds = [self._unit(f"Đảng ủy {kind} {short}", "commune", district, f"{kind} {short}", short)
                        for kind, short in (first, second)]
                self.merges.append((olds, today_index))
        self.campaign: Campaign | None = None

    def _unit(self, name: str, level: str, parent: Unit, commune: str, short: str) -> Unit:
        unit = create_unit(name, "party", level, parent)
        unit.valid_from = date(2010, 1, 1)
        hamlet = self.builder.rng.choice(URBAN_HAMLETS if commune.startswith("phường") else RURAL_HAMLETS)
        place = {"commune": commune, "short": short, "hamlet": f"{hamlet}, {commune}", "unit": name}
        registrant = Registrant(unit, "party", place, [f"Ủy ban nhân dân {commune}", f"Ủy ban MTTQ Việt Nam {commune}"])
        registrant.officer = self.builder._account(f"canbo.cu.{fold(commune).replace(' ', '-')}@{DEMO_DOMAIN}",
                                                   make_person(self.builder.rng).full_name, ROLE_OFFICER, [unit])
        self.registrants.append(registrant)
        return unit

    def add_campaign(self) -> Campaign:
        """Create the closed 2024 campaign."""
        self.campaign = Campaign(year=OLD_YEAR, name=f"Phong trào thi đua “Dân vận khéo” năm {OLD_YEAR}",
                                 phase="2021–2025", is_open=False, registration_deadline=date(OLD_YEAR, 5, 31),
                                 evaluation_deadline=date(OLD_YEAR, 11, 30),
                                 description=f"Đăng ký, đánh giá, công nhận mô hình “Dân vận khéo” năm {OLD_YEAR} "
                                             "(trước khi sắp xếp đơn vị hành chính ngày 01/07/2025).")
        db.session.add(self.campaign)
        db.session.flush()
        return self.campaign

    def plans(self) -> list[Plan]:
        """Plan the old units' 2024 models: every decided path once, then by weight."""
        rng, paths = self.builder.rng, list(DECIDED_PATHS)
        plans = []
        for index, registrant in enumerate(registrant for registrant in self.registrants for _ in range(PER_UNIT)):
            path = paths[index] if index < len(paths) else \
                rng.choices(paths, weights=list(DECIDED_PATHS.values()))[0]
            plans.append(self.builder._plan(registrant, self.campaign, path))
        return plans

    def reorganise(self, admin: User, today_communes: list[Unit]) -> None:
        """Record the 1/7/2025 reorganisation: each pair into today's commune, the districts into the province."""
        for olds, today_index in self.merges:
            record_reorganisation(admin, "merge", COMMUNES_ACT, ACT_DATE, EFFECTIVE, olds,
                                  [today_communes[today_index]], move_officers=False,
                                  note="Sắp xếp đơn vị hành chính cấp xã (dữ liệu minh họa).")
        record_reorganisation(admin, "merge", DISTRICTS_ACT, ACT_DATE, EFFECTIVE, self.districts, [self.root],
                              move_officers=False,
                              note="Kết thúc hoạt động của đơn vị hành chính cấp huyện từ ngày 01/07/2025.")
