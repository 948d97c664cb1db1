"""The initiatives service and form on their own, plus the arrangements the other initiatives tests share."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.initiatives import service
from registry.models import Campaign, Field, Indicator, Initiative, Unit, User
from registry.refusals import Refused
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from tests.factories import COMPLETE_DOSSIER

THIS_YEAR = date.today().year


@dataclass
class World:
    """A province with two communes, a field, this year's campaign and their people."""

    province: Unit
    commune: Unit
    other_commune: Unit
    field: Field
    campaign: Campaign
    officer: User
    other_officer: User
    staff: User


def arrange(make) -> World:
    """Build the World and commit it, ready for HTTP requests."""
    province = make.unit("Tỉnh Bắc Kạn", level="province")
    commune = make.unit("Xã Dân Tiến", parent=province)
    other_commune = make.unit("Xã Hòa Bình", parent=province)
    world = World(
        province=province, commune=commune, other_commune=other_commune,
        field=make.field("Kinh tế", code="KT"), campaign=make.campaign(year=THIS_YEAR, name=f"Đợt {THIS_YEAR}"),
        officer=make.user(ROLE_OFFICER, unit=commune, full_name="Nguyễn Văn An"),
        other_officer=make.user(ROLE_OFFICER, unit=other_commune),
        staff=make.user(ROLE_STAFF, unit=province, full_name="Lê Thị Chuyên"),
    )
    db.session.commit()
    return world


def dossier_form(world: World, action: str = "save", **overrides) -> dict:
    """Return a complete dossier as the form posts it."""
    data = {
        "title": "Mô hình “Dân vận khéo” làm đường giao thông nông thôn",
        "subject_type": "collective", "unit_id": world.commune.id, "campaign_id": world.campaign.id,
        "field_id": world.field.id, "registration_kind": "new", "target_level": "commune", "partner_units": "",
        **COMPLETE_DOSSIER,
        "indicators-0-name": "Đường bê tông", "indicators-0-unit_of_measure": "km",
        "indicators-0-target": "2,5", "indicators-0-actual": "",
        "indicators-1-name": "", "indicators-1-unit_of_measure": "", "indicators-1-target": "",
        "indicators-1-actual": "",
        "action": action,
    }
    data.update(overrides)
    return data


def values(world: World, **overrides) -> dict:
    """Return a complete dossier as the service takes it."""
    data = {key: value for key, value in dossier_form(world).items() if "-" not in key and key != "action"}
    data.update({"individual_name": "", "individual_position": "", "individual_gender": "",
                 "individual_birth_year": None, "individual_ethnicity": "",
                 "indicators": [{"name": "Hộ tham gia", "unit_of_measure": "hộ", "target": Decimal("120"),
                                 "actual": Decimal("100")}]})
    data.update(overrides)
    return data


def count(model) -> int:
    """Count the rows of `model`, reading through a fresh query."""
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(model))


def test_create_draft_numbers_the_initiative_in_its_campaign_year(make):
    world = arrange(make)
    initiative = service.create_draft(world.officer, values(world))
    assert initiative.code == f"DVK-{THIS_YEAR}-000001"
    assert initiative.status == "draft"
    assert initiative.created_by_id == world.officer.id
    assert [row.name for row in initiative.indicators] == ["Hộ tham gia"]


def test_create_draft_for_a_unit_the_officer_does_not_serve_is_refused(make):
    world = arrange(make)
    with pytest.raises(Refused) as refused:
        service.create_draft(world.officer, values(world, unit_id=world.other_commune.id))
    assert refused.value.reason == "right"


def test_update_draft_replaces_the_indicators_and_bumps_the_version(make):
    world = arrange(make)
    initiative = service.create_draft(world.officer, values(world))
    version = initiative.version
    service.update_draft(initiative, world.officer, values(world, indicators=[]), version)
    assert initiative.version == version + 1
    assert count(Indicator) == 0


def test_update_draft_with_an_old_version_is_stale(make):
    world = arrange(make)
    initiative = service.create_draft(world.officer, values(world))
    with pytest.raises(Refused) as refused:
        service.update_draft(initiative, world.officer, values(world, title="Khác"), initiative.version - 1)
    assert refused.value.reason == "stale"
    assert initiative.title != "Khác"


def test_collective_subject_clears_the_individuals_details(make):
    world = arrange(make)
    initiative = service.create_draft(world.officer, values(world, individual_name="Nguyễn Thị Hoa",
                                                            individual_birth_year=1980))
    assert (initiative.individual_name, initiative.individual_birth_year) == ("", None)


def test_current_campaign_prefers_this_year_then_the_latest_open(make):
    make.campaign(year=THIS_YEAR + 1)
    assert service.current_campaign().year == THIS_YEAR + 1
    make.campaign(year=THIS_YEAR)
    assert service.current_campaign().year == THIS_YEAR
    assert service.current_campaign() is not None and count(Initiative) == 0
