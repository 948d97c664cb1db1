"""The demo's old tree: its 2024 campaign under three districts and the communes that merged on 1/7/2025.

Before the two-tier reform the province had districts, and more, smaller communes. The 2024 models were
registered by those old units; on 1 July 2025 pairs of old communes merged into today's communes (one
recorded event each) and the districts ended, folded into the province. Counted as recorded, 2024 sits
under the districts and old communes; re-based, under today's communes: the two counts differ visibly.

History rows are written as the bulk seeder writes them (the status equals the last row's), so the
integrity check holds; the counts are kept by the summary's listener like any other change.
"""

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from demo.bulk import _steps
from demo.data import (
    DECISION_NUMBERS,
    PREVIOUS_WEIGHTS,
    PROVINCE,
    RENEWABLE_PATHS,
    STATUS_PATHS,
    make_person,
    make_phone,
)
from demo.themes import THEMES, dossier
from registry.codes import format_code, reserve_codes
from registry.extensions import db
from registry.models import Campaign, Field, Indicator, Initiative, Unit, User
from registry.reorganisation import record_reorganisation
from registry.roles import ROLE_OFFICER
from registry.text import fold
from registry.unit_tree import create_unit
from workflows.machine import INITIAL_STATE, T
from workflows.models import TransitionLog

OLD_YEAR = 2024
#: The three districts, and for each the old communes (short names) and the index in demo.data.COMMUNES of
#: today's commune each pair merged into.
DISTRICTS = (
    ("Huyện Đông Lam", ((("xã", "An Phú"), ("xã", "Phú Thượng"), 0), (("xã", "Tân Lập"), ("xã", "Tân Hòa"), 1),
                        (("phường", "Bắc Sơn"), ("xã", "Sơn Hà"), 2))),
    ("Huyện Hồng Sơn", ((("xã", "Thanh Sơn"), ("xã", "Thanh Hà"), 3), (("xã", "Yên Thịnh"), ("xã", "Yên Lạc"), 4),
                        (("xã", "Phú Lộc"), ("xã", "Lộc Hòa"), 5))),
    ("Thị xã Nam Hồng", ((("phường", "Nam Thành"), ("phường", "Thành Công"), 6),
                         (("xã", "Đồng Tâm"), ("xã", "Đồng Lợi"), 7), (("xã", "Xuân Hòa"), ("xã", "Xuân Lai"), 8))),
)
#: The act listing the province's new communes (fictional, as the province is) and the law ending districts.
COMMUNES_ACT = "Nghị quyết 1699/NQ-UBTVQH15 (minh họa)"
DISTRICTS_ACT = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
ACT_DATE, EFFECTIVE = date(2025, 6, 16), date(2025, 7, 1)
#: Models each old commune and each district registered in 2024.
PER_COMMUNE, PER_DISTRICT = 2, 2
#: Before the merger of the boards (3/2/2025), decisions were the Ban Dân vận's.
OLD_ISSUER, OLD_SUFFIX = f"Ban Dân vận Tỉnh ủy {PROVINCE}", "QĐ/BDVTU"


def seed_old_tree(root: Unit, new_communes: list[Unit], admin: User, staff: User, rng: random.Random) -> Campaign:
    """Build the 2024 campaign under the old tree, then record the 1/7/2025 reorganisation."""
    campaign = Campaign(year=OLD_YEAR, name=f"Phong trào thi đua “Dân vận khéo” năm {OLD_YEAR}",
                        phase="2021–2025", is_open=False, registration_deadline=date(OLD_YEAR, 5, 31),
                        evaluation_deadline=date(OLD_YEAR, 11, 30),
                        description=f"Đăng ký, đánh giá, công nhận mô hình “Dân vận khéo” năm {OLD_YEAR} trên "
                                    f"địa bàn tỉnh {PROVINCE} (trước khi sắp xếp đơn vị hành chính).")
    db.session.add(campaign)
    fields = dict(db.session.execute(select(Field.code, Field.id)).all())
    districts, merges, registrants = [], [], []
    for district_name, pairs in DISTRICTS:
        district = create_unit(f"Đảng ủy {district_name}", "party", "district", root)
        district.valid_from = date(2010, 1, 1)
        districts.append(district)
        registrants += [(district, {"commune": district_name.lower(), "short": district_name})] * PER_DISTRICT
        for first, second, today_index in pairs:
            olds = []
            for kind, short in (first, second):
                unit = create_unit(f"Đảng ủy {kind} {short}", "party", "commune", district)
                unit.valid_from = date(2010, 1, 1)
                olds.append(unit)
                place = {"commune": f"{kind} {short}", "short": short}
                registrants += [(unit, place)] * PER_COMMUNE
            merges.append((olds, new_communes[today_index]))
    db.session.flush()
    _initiatives(campaign, registrants, fields, staff, rng)
    for olds, successor in merges:
        record_reorganisation(admin, "merge", COMMUNES_ACT, ACT_DATE, EFFECTIVE, olds, [successor],
                              note="Sắp xếp đơn vị hành chính cấp xã (dữ liệu minh họa).")
    record_reorganisation(admin, "merge", DISTRICTS_ACT, date(2025, 6, 16), EFFECTIVE, districts, [root],
                          note="Kết thúc hoạt động của đơn vị hành chính cấp huyện từ ngày 01/07/2025.")
    return campaign


def _initiatives(campaign: Campaign, registrants: list, fields: dict, staff: User, rng: random.Random) -> None:
    """Write the 2024 models of the old units with their history (each status path at least once)."""
    paths = [name for name, weight in PREVIOUS_WEIGHTS.items() if weight]
    first = reserve_codes(OLD_YEAR, len(registrants))
    officer_ids = {}
    for number, (unit, place) in enumerate(registrants, start=first):
        path = paths[number - first] if number - first < len(paths) else \
            rng.choices(list(PREVIOUS_WEIGHTS), weights=list(PREVIOUS_WEIGHTS.values()))[0]
        theme = rng.choice([theme for theme in THEMES if "party" in theme.kinds] or THEMES)
        hamlet = rng.choice(("thôn Đông", "thôn Đoài", "thôn Trung", "tổ dân phố số 2"))
        texts, indicators = dossier(theme, {**place, "hamlet": f"{hamlet}, {place['commune']}", "unit": unit.name,
                                             "year": OLD_YEAR}, rng)
        code = format_code(OLD_YEAR, number)
        steps = _steps(STATUS_PATHS[path])
        moment = datetime(OLD_YEAR, 3, 1, 8, tzinfo=UTC) + timedelta(days=rng.randint(0, 60))
        initiative = Initiative(code=code, field_id=fields.get(theme.field) or next(iter(fields.values())),
                                campaign_id=campaign.id, unit_id=unit.id, status=steps[-1][2] if steps else
                                INITIAL_STATE, contact_name=make_person(rng).full_name, contact_phone=make_phone(rng),
                                created_by_id=staff.id, created_at=moment, search_text=fold(texts["title"]), **texts)
        done = path in RENEWABLE_PATHS  # recognised or beyond: the results are in
        initiative.indicators = [Indicator(position=position, name=name, unit_of_measure=measure, target=target,
                                           actual=target if done else None)
                                 for position, (name, measure, target) in enumerate(indicators)]
        db.session.add(initiative)
        db.session.flush()
        for trigger, from_status, to_status, actor_role in steps:
            moment += timedelta(days=rng.randint(5, 30))
            if trigger == T.submit:
                initiative.submitted_at = moment
            decided = trigger in DECISION_NUMBERS
            db.session.add(TransitionLog(
                initiative_id=initiative.id, trigger=trigger, from_status=from_status, to_status=to_status,
                actor_id=officer_ids.get(unit.id) if actor_role == ROLE_OFFICER else staff.id,
                comment="", created_at=moment,
                decision_number=f"{DECISION_NUMBERS[trigger]}-{OLD_SUFFIX}" if decided else None,
                decision_date=moment.date() if decided else None, decision_issuer=OLD_ISSUER if decided else None))
    db.session.flush()
