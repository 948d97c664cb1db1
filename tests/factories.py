"""Small factories for tests: they build through the same services the app uses, then flush."""

from itertools import count

from registry.codes import next_code
from registry.extensions import db
from registry.models import Campaign, Field, Initiative, RoleAssignment, Unit, User
from registry.unit_tree import create_unit

_sequence = count(1)

#: Every text field of the dossier, filled, so that the initiative can be submitted.
COMPLETE_DOSSIER = {
    "political_task": "Xây dựng nông thôn mới",
    "situation": "Đường thôn hẹp, lầy lội vào mùa mưa.",
    "objectives": "Bê tông hóa 2 km đường thôn.",
    "content": "Vận động nhân dân hiến đất, góp công.",
    "area_and_target": "Thôn 3, 120 hộ dân.",
    "forces": "Chi bộ, Mặt trận, các đoàn thể.",
    "resources_and_timeline": "500 triệu đồng, 6 tháng.",
    "outputs": "2 km đường bê tông.",
    "sustainability": "Tổ tự quản duy tu hằng năm.",
    "contact_name": "Nguyễn Văn An",
    "contact_phone": "0912345678",
}


class Factory:
    """Builds rows with sensible Vietnamese defaults; every method flushes."""

    def unit(self, name=None, parent=None, group="party", level="commune", is_active=True) -> Unit:
        """Create a unit (a root unless `parent` is given)."""
        return create_unit(name or f"Đơn vị {next(_sequence)}", group, level, parent, is_active)

    def user(self, role=None, unit=None, email=None, password="password123", **fields) -> User:
        """Create a user, with `role` over `unit` when given."""
        user = User(email=email or f"user{next(_sequence)}@example.vn",
                    full_name=fields.pop("full_name", "Trần Thị Bình"), **fields)
        user.set_password(password)
        if role:
            user.roles.append(RoleAssignment(role=role, unit=unit or self.unit()))
        db.session.add(user)
        db.session.flush()
        return user

    def field(self, name=None, code=None) -> Field:
        """Create a field of work."""
        n = next(_sequence)
        field = Field(name=name or f"Lĩnh vực {n}", code=code or f"F{n}", position=n)
        db.session.add(field)
        db.session.flush()
        return field

    def campaign(self, year=2026, **fields) -> Campaign:
        """Create a campaign for `year`."""
        campaign = Campaign(name=fields.pop("name", f"Đợt {year}"), year=year,
                            phase=fields.pop("phase", "2026–2030"), **fields)
        db.session.add(campaign)
        db.session.flush()
        return campaign

    def initiative(self, unit=None, campaign=None, field=None, status="draft", complete=True,
                   **fields) -> Initiative:
        """Create an initiative in `status` (set directly: for arranging tests, not for acting)."""
        campaign = campaign or self.campaign(year=2000 + next(_sequence))
        values = dict(COMPLETE_DOSSIER) if complete else {}
        values.update(fields)
        initiative = Initiative(
            code=next_code(campaign.year), title=values.pop("title", "Mô hình “Dân vận khéo” thử"),
            unit=unit or self.unit(), campaign=campaign, field=field or self.field(),
            status=status, **values,
        )
        db.session.add(initiative)
        db.session.flush()
        return initiative
