"""Managing the unit tree: create under a parent, edit, move a subtree, deactivate, search and filter."""

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Unit
from registry.roles import ROLE_ADMIN, ROLE_STAFF

UNIT = {"name": "Chi bộ thôn 5", "group": "party", "level": "commune"}


def _count_units() -> int:
    return db.session.scalar(select(func.count()).select_from(Unit))


def test_creating_a_unit_under_a_parent_sets_its_path_and_depth(client, make, login):
    province = make.unit("Tỉnh ủy", level="province")
    commune = make.unit("Xã Hòa An", parent=province)
    login(make.user(ROLE_STAFF, unit=province))
    db.session.commit()
    response = client.post("/admin/units/new", data={**UNIT, "parent": str(commune.id)}, follow_redirects=True)
    assert response.status_code == 200
    assert "Đã tạo đơn vị “Chi bộ thôn 5”" in response.get_data(as_text=True)
    unit = db.session.scalar(select(Unit).where(Unit.name == "Chi bộ thôn 5"))
    assert unit.parent_id == commune.id
    assert unit.path == f"{commune.path}{unit.id}/"
    assert unit.depth == 2


def test_only_an_administrator_creates_a_top_level_unit(client, make, login):
    home = make.unit("Xã A")
    login(make.user(ROLE_STAFF, unit=home))
    db.session.commit()
    before = _count_units()
    response = client.post("/admin/units/new", data={**UNIT, "parent": "0"})
    assert response.status_code == 200
    assert "Vui lòng chọn một trong các lựa chọn" in response.get_data(as_text=True)
    assert _count_units() == before


def test_administrator_creates_a_root_unit(client, make, login):
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    assert client.post("/admin/units/new", data={**UNIT, "parent": "0"}).status_code == 302
    unit = db.session.scalar(select(Unit).where(Unit.name == "Chi bộ thôn 5"))
    assert unit.parent_id is None and unit.path == f"/{unit.id}/" and unit.depth == 0


@pytest.mark.parametrize("data, message", [
    ({**UNIT, "name": "  "}, "Vui lòng nhập tên đơn vị"),
    ({**UNIT, "name": "x" * 256}, "Tối đa 255 ký tự"),
    ({**UNIT, "group": "aliens"}, "Vui lòng chọn một trong các lựa chọn"),
    ({**UNIT, "level": "galaxy"}, "Vui lòng chọn một trong các lựa chọn"),
    ({**UNIT, "parent": "abc"}, "Vui lòng chọn một trong các lựa chọn"),
    ({**UNIT, "parent": "999999"}, "Vui lòng chọn một trong các lựa chọn"),
])
def test_invalid_unit_input_is_a_form_error(client, make, login, data, message):
    home = make.unit("Xã A")
    login(make.user(ROLE_STAFF, unit=home))
    db.session.commit()
    data.setdefault("parent", str(home.id))
    before = _count_units()
    response = client.post("/admin/units/new", data=data)
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert _count_units() == before


def test_staff_cannot_create_a_unit_under_a_parent_outside_their_subtree(client, make, login):
    province = make.unit("Tỉnh")
    home = make.unit("Xã A", parent=province)
    other = make.unit("Xã B", parent=province)
    login(make.user(ROLE_STAFF, unit=home))
    db.session.commit()
    response = client.post("/admin/units/new", data={**UNIT, "parent": str(other.id)})
    assert response.status_code == 200
    assert db.session.scalar(select(Unit).where(Unit.name == UNIT["name"])) is None


def test_editing_a_unit_changes_name_group_and_level(client, make, login):
    unit = make.unit("Cũ")
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    response = client.post(f"/admin/units/{unit.id}/edit",
                           data={"name": "Mới", "group": "residential", "level": "district",
                                 "valid_from": "01/01/2020"})
    assert response.status_code == 302
    db.session.refresh(unit)
    assert (unit.name, unit.group, unit.level) == ("Mới", "residential", "district")
    assert unit.valid_from.isoformat() == "2020-01-01"


def test_moving_a_unit_moves_its_whole_subtree(client, make, login):
    province = make.unit("Tỉnh")
    old_parent = make.unit("Huyện cũ", parent=province, level="district")
    new_parent = make.unit("Xã mới", parent=province)
    moved = make.unit("Xã A", parent=old_parent)
    hamlet = make.unit("Thôn 1", parent=moved)
    login(make.user(ROLE_STAFF, unit=province))
    db.session.commit()
    response = client.post(f"/admin/units/{moved.id}/move", data={"parent": str(new_parent.id)})
    assert response.status_code == 302
    db.session.expire_all()
    assert moved.parent_id == new_parent.id
    assert moved.path == f"{new_parent.path}{moved.id}/" and moved.depth == 2
    assert hamlet.path == f"{new_parent.path}{moved.id}/{hamlet.id}/" and hamlet.depth == 3


def test_moving_a_unit_under_its_own_descendant_is_refused(client, make, login):
    top = make.unit("Tỉnh")
    child = make.unit("Xã", parent=top)
    grandchild = make.unit("Thôn", parent=child)
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    for target in (grandchild, child):
        response = client.post(f"/admin/units/{child.id}/move", data={"parent": str(target.id)})
        assert response.status_code == 200
        assert "Không thể chuyển một đơn vị vào chính nó" in response.get_data(as_text=True)
    db.session.expire_all()
    assert child.parent_id == top.id and grandchild.path == f"{top.path}{child.id}/{grandchild.id}/"


def test_staff_cannot_move_a_unit_outside_their_subtree(client, make, login):
    province = make.unit("Tỉnh")
    home = make.unit("Xã A", parent=province)
    inside = make.unit("Thôn 1", parent=home)
    other = make.unit("Xã B", parent=province)
    login(make.user(ROLE_STAFF, unit=home))
    db.session.commit()
    for target, message in ((str(other.id), "Vui lòng chọn một đơn vị thuộc phạm vi bạn quản lý"),
                            ("99999999999", "Vui lòng chọn một trong các lựa chọn"),
                            ("999999", "Vui lòng chọn một đơn vị thuộc phạm vi bạn quản lý"),
                            ("abc", "Vui lòng chọn một trong các lựa chọn"),
                            ("0", "Chỉ quản trị hệ thống mới được chuyển một đơn vị lên cấp cao nhất")):
        response = client.post(f"/admin/units/{inside.id}/move", data={"parent": target})
        assert response.status_code == 200
        assert message in response.get_data(as_text=True)
    db.session.refresh(inside)
    assert inside.parent_id == home.id


def test_administrator_makes_a_unit_top_level(client, make, login):
    top = make.unit("Tỉnh")
    child = make.unit("Xã", parent=top)
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    assert client.post(f"/admin/units/{child.id}/move", data={"parent": "0"}).status_code == 302
    db.session.refresh(child)
    assert child.parent_id is None and child.path == f"/{child.id}/" and child.depth == 0


def test_deactivation_asks_for_confirmation_then_keeps_the_unit(client, make, login):
    unit = make.unit("Xã A")
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    page = client.get(f"/admin/units/{unit.id}/status").get_data(as_text=True)
    assert "Ngừng hoạt động" in page and 'name="active" value="0"' in page
    db.session.refresh(unit)
    assert unit.is_active  # GET changes nothing
    response = client.post(f"/admin/units/{unit.id}/status", data={"active": "0"}, follow_redirects=True)
    assert "đã ngừng hoạt động" in response.get_data(as_text=True)
    db.session.refresh(unit)
    assert not unit.is_active
    client.post(f"/admin/units/{unit.id}/status", data={"active": "1"})
    db.session.refresh(unit)
    assert unit.is_active


def test_status_post_without_a_valid_state_is_a_400(client, make, login):
    unit = make.unit("Xã A")
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    assert client.post(f"/admin/units/{unit.id}/status", data={"active": "maybe"}).status_code == 400


def test_unit_list_is_in_tree_order_with_child_counts(client, make, login):
    top = make.unit("Tỉnh Z")
    first = make.unit("Xã B", parent=top)
    make.unit("Thôn B1", parent=first)
    make.unit("Xã A", parent=top)
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    page = client.get("/admin/units").get_data(as_text=True)
    assert page.index("Tỉnh Z") < page.index("Xã B") < page.index("Thôn B1") < page.index("Xã A")


def test_unit_search_ignores_accents_and_filters_combine(client, make, login):
    make.unit("Xã Đông Hòa", group="government")
    make.unit("Xã Tây Hòa", group="party")
    make.unit("Thôn Đông", group="government", is_active=False)
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    page = client.get("/admin/units?q=dong").get_data(as_text=True)
    assert "Xã Đông Hòa" in page and "Thôn Đông" in page and "Xã Tây Hòa" not in page
    page = client.get("/admin/units?q=DONG&active=1&group=government").get_data(as_text=True)
    assert "Xã Đông Hòa" in page and "Thôn Đông" not in page


def test_unit_list_paginates(client, make, login):
    top = make.unit("Gốc")
    for n in range(55):
        make.unit(f"Đơn vị con {n:02d}", parent=top)
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    first = client.get("/admin/units").get_data(as_text=True)
    second = client.get("/admin/units?page=2").get_data(as_text=True)
    assert "Trang 1/2" in first and "Trang 2/2" in second
    assert client.get("/admin/units?page=999").status_code == 200
