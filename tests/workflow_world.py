"""A council with its five seats and an initiative assigned to it, for workflow tests."""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from itertools import count
from zoneinfo import ZoneInfo

from registry.extensions import db
from registry.models import Initiative, Unit, User
from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF, ROLE_VIEWER
from tests.factories import Factory
from workflows.councils.models import Council, CouncilMember
from workflows.councils.service import assign, create_council, seat_member
from workflows.models import CommendationForm
from workflows.scoring.service import ensure_rubric, rubric, save_sheet

_worlds = count(1)

#: Today in Vietnam: a decision may be dated neither in the future nor before the submission it follows.
TODAY_VN = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()
#: The inputs every trigger accepts, enough for any of them.
FULL_INPUTS = {"comment": "Lý do", "decision_number": "12-QĐ/BDVTU", "decision_date": TODAY_VN,
               "decision_issuer": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "recipient_kind": "collective"}


@dataclass
class CouncilWorld:
    """Units, people and a council around one initiative."""

    province: Unit
    commune: Unit
    unit: Unit
    council: Council
    initiative: Initiative
    people: dict[str, User] = field(default_factory=dict)
    seats: dict[str, CouncilMember] = field(default_factory=dict)
    form: CommendationForm | None = None

    def inputs(self) -> dict:
        """Return FULL_INPUTS with this world's commendation form."""
        return {**FULL_INPUTS, "form_id": self.form.id}


def build_council_world(make: Factory, status: str = "registered", members: int = 3) -> CouncilWorld:
    """Create a province, a council of chair + secretary + `members` members, one assigned initiative."""
    tag = next(_worlds)
    province = make.unit("Tỉnh ủy mẫu", level="province")
    commune = make.unit("Đảng ủy xã An Bình", parent=province)
    unit = make.unit("Hội Nông dân xã An Bình", parent=commune, group="front")
    other_commune = make.unit("Đảng ủy xã Tân Lập", parent=province)
    people = {
        "officer": make.user(ROLE_OFFICER, unit=unit, email=f"officer{tag}@example.vn"),
        "other_officer": make.user(ROLE_OFFICER, unit=other_commune, email=f"other{tag}@example.vn"),
        "staff": make.user(ROLE_STAFF, unit=province, email=f"staff{tag}@example.vn"),
        "outside_staff": make.user(ROLE_STAFF, unit=other_commune, email=f"outside{tag}@example.vn"),
        "viewer": make.user(ROLE_VIEWER, unit=province, email=f"viewer{tag}@example.vn"),
        "admin": make.user(ROLE_ADMIN, unit=province, email=f"admin{tag}@example.vn"),
    }
    campaign = make.campaign(year=2026)
    initiative = make.initiative(unit=unit, campaign=campaign, status="registered", title="Đường hoa")
    council = create_council(people["staff"], "Hội đồng thẩm định tỉnh", campaign, province, [])
    seats = {}
    for seat, role in [("chair", "chair"), ("secretary", "secretary")] + [
            (f"member{i}", "member") for i in range(1, members + 1)]:
        people[seat] = make.user(ROLE_COUNCIL, unit=province, email=f"{seat}{tag}@example.vn")
        seats[seat] = seat_member(people["staff"], council, people[seat], role, None)
    assign(people["staff"], council, [initiative])
    initiative.status = status
    form = CommendationForm(name=f"Bằng khen của Chủ tịch UBND tỉnh ({tag})", default_issuer="Chủ tịch UBND tỉnh")
    db.session.add(form)
    db.session.flush()
    return CouncilWorld(province, commune, unit, council, initiative, people, seats, form)


def council_world_with_rubric(make: Factory) -> CouncilWorld:
    """A council world whose campaign's rubric is stored, committed: sheets can be saved through the pages."""
    world = build_council_world(make)
    ensure_rubric(world.initiative.campaign)
    db.session.commit()
    return world


def score(world: CouncilWorld, seat: str, total: int, recommendation: str = "recognize", submit: bool = True,
          initiative: Initiative | None = None):
    """Submit a sheet of `total` points (spread over the criteria in order) for `seat`."""
    initiative = initiative or world.initiative
    remaining = Decimal(total)
    points = {}
    for criterion in rubric(initiative.campaign):
        given = min(remaining, Decimal(criterion.max_points))
        points[criterion.code] = given
        remaining -= given
    return save_sheet(initiative, world.seats[seat], points, recommendation, "", submit)
