"""Two units of the same name under the same parent are refused: create, rename and move (#11 item 7)."""

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Unit
from registry.roles import ROLE_ADMIN, ROLE_STAFF

UNIT = {"group": "party", "level": "commune"}
TAKEN = "“Xã Hòa An” đã có đơn vị trực thuộc mang tên “Chi bộ thôn 5”."


def _names_under(parent) -> list[str]:
    db.session.expire_all()
    return sorted(db.session.scalars(select(Unit.name).where(Unit.parent_id == parent.id)))


@pytest.fixture
def tree(make, login):
    province = make.unit("Tỉnh ủy", level="province")
    commune = make.unit("Xã Hòa An", parent=province)
    other = make.unit("Xã Tân Phú", parent=province)
    existing = make.unit("Chi bộ thôn 5", parent=commune)
    login(make.user(ROLE_STAFF, unit=province))
    db.session.commit()
    return province, commune, other, existing


@pytest.mark.parametrize("name", ["Chi bộ thôn 5", "  chi bộ THÔN 5 ", "Chi bo thon 5", "Chi  bộ thôn 5"])
def test_a_second_unit_of_the_same_name_under_the_same_parent_is_refused_beside_the_name(client, tree, name):
    _province, commune, _other, _existing = tree
    response = client.post("/admin/units/new", data={**UNIT, "name": name, "parent": str(commune.id)})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert TAKEN in page
    assert 'class="form-control is-invalid" id="name"' in page or 'is-invalid" id="name"' in page
    assert _names_under(commune) == ["Chi bộ thôn 5"]


def test_the_same_name_under_another_parent_is_fine(client, tree):
    _province, _commune, other, _existing = tree
    assert client.post("/admin/units/new", data={**UNIT, "name": "Chi bộ thôn 5", "parent": str(other.id)}
                       ).status_code == 302
    assert _names_under(other) == ["Chi bộ thôn 5"]


def test_renaming_a_unit_to_a_siblings_name_is_refused_and_keeping_its_own_name_is_fine(client, make, tree):
    _province, commune, _other, existing = tree
    sibling = make.unit("Chi bộ thôn 6", parent=commune)
    db.session.commit()
    response = client.post(f"/admin/units/{sibling.id}/edit", data={**UNIT, "name": "CHI BO THON 5"})
    assert response.status_code == 200 and TAKEN in response.get_data(as_text=True)
    assert _names_under(commune) == ["Chi bộ thôn 5", "Chi bộ thôn 6"]
    assert client.post(f"/admin/units/{existing.id}/edit", data={**UNIT, "name": "Chi bộ thôn 5"}
                       ).status_code == 302, "a unit may keep its own name"


def test_moving_a_unit_beside_one_of_the_same_name_is_refused(client, make, tree):
    _province, commune, other, _existing = tree
    namesake = make.unit("Chi bo thon 5", parent=other)
    db.session.commit()
    response = client.post(f"/admin/units/{namesake.id}/move", data={"parent": str(commune.id)})
    assert response.status_code == 200
    assert "“Xã Hòa An” đã có đơn vị trực thuộc mang tên “Chi bộ thôn 5”." in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Unit, namesake.id).parent_id == other.id


def test_two_top_level_units_of_the_same_name_are_refused(client, make, login):
    make.unit("Tỉnh ủy mẫu", level="province")
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    before = db.session.scalar(select(func.count()).select_from(Unit))
    response = client.post("/admin/units/new", data={**UNIT, "name": "tinh uy mau", "parent": "0"})
    assert "Đã có đơn vị cấp cao nhất mang tên “Tỉnh ủy mẫu”." in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(Unit)) == before
