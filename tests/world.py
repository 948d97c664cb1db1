"""A small province with one user per role and one initiative per editable state, for route sweeps."""

from dataclasses import dataclass, field

from registry.extensions import db
from registry.models import Initiative, Unit, User
from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF, ROLE_VIEWER
from tests.factories import Factory

#: The personas of the route sweeps; "anonymous" is not signed in.
PERSONAS = ("anonymous", "officer", "other_officer", "council", "staff", "viewer", "admin")


@dataclass
class World:
    """What the sweeps need: units, one user per persona, initiatives and a campaign."""

    province: Unit
    commune: Unit
    unit: Unit
    other_unit: Unit
    users: dict[str, User] = field(default_factory=dict)
    draft: Initiative | None = None
    registered: Initiative | None = None


def build_world(make: Factory) -> World:
    """Create the world and commit it."""
    province = make.unit("Tỉnh ủy mẫu", group="party", level="province")
    commune = make.unit("Đảng ủy xã An Bình", parent=province)
    unit = make.unit("Hội Phụ nữ xã An Bình", parent=commune, group="front")
    other_unit = make.unit("Đoàn Thanh niên xã Tân Lập", parent=province, group="front")
    world = World(province, commune, unit, other_unit)
    roles = {"officer": (ROLE_OFFICER, unit), "other_officer": (ROLE_OFFICER, other_unit),
             "council": (ROLE_COUNCIL, province), "staff": (ROLE_STAFF, province),
             "viewer": (ROLE_VIEWER, province), "admin": (ROLE_ADMIN, province)}
    for persona, (role, scope) in roles.items():
        world.users[persona] = make.user(role, unit=scope, email=f"{persona}@example.vn")
    campaign = make.campaign(year=2026, is_open=True)
    field_ = make.field("Kinh tế", "KT")
    world.draft = make.initiative(unit=unit, campaign=campaign, field=field_, title="Đường hoa nông thôn mới")
    world.registered = make.initiative(unit=unit, campaign=campaign, field=field_, status="registered",
                                       title="Tổ tự quản an ninh")
    db.session.commit()
    return world
