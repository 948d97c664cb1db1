"""Managing accounts: create, edit, deactivate, reset passwords, grant and remove roles, within scope."""

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import RoleAssignment, User
from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF


def _count_users() -> int:
    return db.session.scalar(select(func.count()).select_from(User))


def _new_user(home, **overrides):
    data = {"email": "Moi.Nguoi@Example.vn", "full_name": "Lê Văn Mới", "locale": "vi",
            "password": "khởi đầu mới mùa xuân", "role": ROLE_OFFICER, "unit": str(home.id)}
    data.update(overrides)
    return data


@pytest.fixture
def scope(make):
    """A province with two communes, and a staff member over commune A."""
    province = make.unit("Tỉnh ủy Bắc Kạn", level="province")
    home = make.unit("Xã A", parent=province)
    other = make.unit("Xã B", parent=province)
    staff = make.user(ROLE_STAFF, unit=home, email="staff@example.vn")
    db.session.commit()
    return province, home, other, staff


def test_staff_create_a_user_with_a_first_role_in_their_subtree(client, login, scope):
    _province, home, _other, staff = scope
    login(staff)
    response = client.post("/admin/users/new", data=_new_user(home), follow_redirects=True)
    assert "Đã tạo tài khoản moi.nguoi@example.vn" in response.get_data(as_text=True)
    user = db.session.scalar(select(User).where(User.email == "moi.nguoi@example.vn"))
    assert user.full_name == "Lê Văn Mới" and user.check_password("khởi đầu mới mùa xuân")
    assert [(a.role, a.unit_id) for a in user.roles] == [(ROLE_OFFICER, home.id)]


def test_new_user_can_sign_in_with_the_initial_password(client, login, scope):
    _province, home, _other, staff = scope
    login(staff)
    client.post("/admin/users/new", data=_new_user(home))
    client.post("/logout")
    response = client.post("/login", data={"email": "moi.nguoi@example.vn", "password": "khởi đầu mới mùa xuân"})
    assert response.status_code == 302


def test_duplicate_email_is_a_form_error_whatever_the_case(client, make, login, scope):
    _province, home, _other, staff = scope
    make.user(ROLE_OFFICER, unit=home, email="trung@example.vn")
    db.session.commit()
    login(staff)
    before = _count_users()
    response = client.post("/admin/users/new", data=_new_user(home, email="TRUNG@example.vn"))
    assert response.status_code == 200
    assert "Đã có tài khoản dùng e-mail này" in response.get_data(as_text=True)
    assert _count_users() == before


@pytest.mark.parametrize("overrides, message", [
    ({"email": "not-an-email"}, "Địa chỉ e-mail không hợp lệ"),
    ({"email": ""}, "Vui lòng nhập e-mail"),
    ({"full_name": " "}, "Vui lòng nhập họ và tên"),
    ({"password": "short"}, "Mật khẩu phải có từ 12 đến 128 ký tự"),
    ({"role": ""}, "Vui lòng chọn một trong các lựa chọn"),
    ({"role": "emperor"}, "Vui lòng chọn một trong các lựa chọn"),
    ({"unit": "999999"}, "Vui lòng chọn một trong các lựa chọn"),
    ({"unit": "abc"}, "Vui lòng chọn một trong các lựa chọn"),
    ({"locale": "fr"}, "Vui lòng chọn một trong các lựa chọn"),
])
def test_invalid_new_user_input_is_a_form_error(client, login, scope, overrides, message):
    _province, home, _other, staff = scope
    login(staff)
    before = _count_users()
    response = client.post("/admin/users/new", data=_new_user(home, **overrides))
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert _count_users() == before


def test_staff_cannot_create_a_user_over_a_unit_outside_their_subtree(client, login, scope):
    _province, _home, other, staff = scope
    login(staff)
    before = _count_users()
    assert client.post("/admin/users/new", data=_new_user(other)).status_code == 200
    assert _count_users() == before


def test_staff_cannot_grant_the_admin_role(client, make, login, scope):
    _province, home, _other, staff = scope
    officer = make.user(ROLE_OFFICER, unit=home)
    db.session.commit()
    login(staff)
    assert 'value="admin"' not in client.get(f"/admin/users/{officer.id}").get_data(as_text=True)
    response = client.post(f"/admin/users/{officer.id}/roles", data={"role": ROLE_ADMIN, "unit": str(home.id)})
    assert response.status_code == 200
    response = client.post("/admin/users/new", data=_new_user(home, role=ROLE_ADMIN))
    assert response.status_code == 200
    assert not db.session.scalar(select(func.count()).select_from(RoleAssignment)
                                 .where(RoleAssignment.role == ROLE_ADMIN))


def test_administrator_grants_the_admin_role(client, make, login, scope):
    province, _home, _other, _staff = scope
    admin = make.user(ROLE_ADMIN, unit=province)
    officer = make.user(ROLE_OFFICER, unit=province)
    db.session.commit()
    login(admin)
    response = client.post(f"/admin/users/{officer.id}/roles", data={"role": ROLE_ADMIN, "unit": str(province.id)},
                           follow_redirects=True)
    assert "Đã giao vai trò" in response.get_data(as_text=True)
    db.session.refresh(officer)
    assert officer.is_admin


def test_a_duplicate_role_is_a_form_error(client, make, login, scope):
    _province, home, _other, staff = scope
    officer = make.user(ROLE_OFFICER, unit=home)
    db.session.commit()
    login(staff)
    response = client.post(f"/admin/users/{officer.id}/roles", data={"role": ROLE_OFFICER, "unit": str(home.id)})
    assert response.status_code == 200
    assert "Người dùng đã có vai trò này tại đơn vị này" in response.get_data(as_text=True)
    db.session.refresh(officer)
    assert len(officer.roles) == 1


def test_staff_remove_a_role_in_scope_after_confirmation(client, make, login, scope):
    _province, home, _other, staff = scope
    officer = make.user(ROLE_OFFICER, unit=home)
    officer.roles.append(RoleAssignment(role=ROLE_COUNCIL, unit=home))
    db.session.commit()
    assignment = next(a for a in officer.roles if a.role == ROLE_COUNCIL)
    login(staff)
    url = f"/admin/users/{officer.id}/roles/{assignment.id}/remove"
    assert "Gỡ bỏ vai trò" in client.get(url).get_data(as_text=True)
    response = client.post(url, follow_redirects=True)
    assert "Đã gỡ bỏ vai trò" in response.get_data(as_text=True)
    db.session.refresh(officer)
    assert [a.role for a in officer.roles] == [ROLE_OFFICER]


def test_staff_cannot_remove_a_role_outside_their_scope(client, make, login, scope):
    _province, home, other, staff = scope
    officer = make.user(ROLE_OFFICER, unit=home)
    officer.roles.append(RoleAssignment(role=ROLE_COUNCIL, unit=other))
    db.session.commit()
    outside = next(a for a in officer.roles if a.unit_id == other.id)
    login(staff)
    assert client.post(f"/admin/users/{officer.id}/roles/{outside.id}/remove").status_code == 404
    db.session.refresh(officer)
    assert len(officer.roles) == 2


def test_nobody_removes_their_own_last_admin_role(client, make, login):
    admin = make.user(ROLE_ADMIN)
    db.session.commit()
    login(admin)
    assignment = admin.roles[0]
    response = client.post(f"/admin/users/{admin.id}/roles/{assignment.id}/remove", follow_redirects=True)
    assert "Bạn không thể tự gỡ vai trò quản trị hệ thống cuối cùng" in response.get_data(as_text=True)
    db.session.refresh(admin)
    assert admin.is_admin


def test_reset_password_lets_the_user_sign_in_with_the_new_one(client, make, login, scope):
    _province, home, _other, staff = scope
    officer = make.user(ROLE_OFFICER, unit=home, email="canbo@example.vn")
    db.session.commit()
    login(staff)
    url = f"/admin/users/{officer.id}/password"
    response = client.post(url, data={"password": "mật khẩu mới tinh", "confirm": "khac-nhau"})
    assert "Hai mật khẩu không khớp nhau" in response.get_data(as_text=True)
    response = client.post(url, data={"password": "ngan", "confirm": "ngan"})
    assert "Mật khẩu phải có từ 12" in response.get_data(as_text=True)
    response = client.post(url, data={"password": "mật khẩu mới tinh", "confirm": "mật khẩu mới tinh"},
                           follow_redirects=True)
    assert "Đã đặt lại mật khẩu của canbo@example.vn" in response.get_data(as_text=True)
    client.post("/logout")
    assert client.post("/login", data={"email": "canbo@example.vn", "password": "password123"}).status_code == 200
    assert client.post("/login", data={"email": "canbo@example.vn", "password": "mật khẩu mới tinh"}).status_code == 302


def test_deactivated_user_cannot_sign_in(client, make, login, scope):
    _province, home, _other, staff = scope
    officer = make.user(ROLE_OFFICER, unit=home, email="canbo@example.vn")
    db.session.commit()
    login(staff)
    assert "Khóa tài khoản" in client.get(f"/admin/users/{officer.id}/status").get_data(as_text=True)
    response = client.post(f"/admin/users/{officer.id}/status", data={"active": "0"}, follow_redirects=True)
    assert "Đã khóa tài khoản canbo@example.vn" in response.get_data(as_text=True)
    client.post("/logout")
    response = client.post("/login", data={"email": "canbo@example.vn", "password": "password123"})
    assert response.status_code == 200
    assert "Tài khoản này đã bị khóa" in response.get_data(as_text=True)


def test_nobody_deactivates_themselves(client, make, login):
    admin = make.user(ROLE_ADMIN)
    db.session.commit()
    login(admin)
    response = client.post(f"/admin/users/{admin.id}/status", data={"active": "0"}, follow_redirects=True)
    assert "Bạn không thể tự khóa tài khoản của mình" in response.get_data(as_text=True)
    db.session.refresh(admin)
    assert admin.is_active_account


def test_staff_cannot_touch_an_administrator(client, make, login, scope):
    _province, home, _other, staff = scope
    admin = make.user(ROLE_ADMIN, unit=home, full_name="Quản Trị")
    db.session.commit()
    login(staff)
    assert client.get(f"/admin/users/{admin.id}").status_code == 200
    assert client.post(f"/admin/users/{admin.id}/status", data={"active": "0"}).status_code == 403
    assert client.post(f"/admin/users/{admin.id}/password",
                       data={"password": "takeover1", "confirm": "takeover1"}).status_code == 403
    assert client.post(f"/admin/users/{admin.id}/edit", data={"full_name": "X", "locale": "vi"}).status_code == 403
    assert client.post(f"/admin/users/{admin.id}/roles/{admin.roles[0].id}/remove").status_code == 404
    db.session.refresh(admin)
    assert admin.is_active_account and admin.is_admin and admin.check_password("password123")


def test_staff_cannot_change_an_account_that_also_works_elsewhere(client, make, login, scope):
    _province, home, other, staff = scope
    shared = make.user(ROLE_OFFICER, unit=home)
    shared.roles.append(RoleAssignment(role=ROLE_STAFF, unit=other))
    db.session.commit()
    login(staff)
    page = client.get(f"/admin/users/{shared.id}").get_data(as_text=True)
    assert "Xã B" not in page
    assert client.post(f"/admin/users/{shared.id}/password",
                       data={"password": "takeover1", "confirm": "takeover1"}).status_code == 403


def test_editing_a_user_changes_name_and_locale(client, make, login, scope):
    _province, home, _other, staff = scope
    officer = make.user(ROLE_OFFICER, unit=home)
    db.session.commit()
    login(staff)
    response = client.post(f"/admin/users/{officer.id}/edit", data={"full_name": "Phạm Thị Hoa", "locale": "en"})
    assert response.status_code == 302
    db.session.refresh(officer)
    assert (officer.full_name, officer.locale) == ("Phạm Thị Hoa", "en")


def test_user_list_searches_accent_blind_and_filters(client, make, login, scope):
    province, home, other, _staff = scope
    admin = make.user(ROLE_ADMIN, unit=province)
    make.user(ROLE_OFFICER, unit=home, full_name="Nguyễn Thị Đào", email="dao@example.vn")
    make.user(ROLE_COUNCIL, unit=other, full_name="Trần Văn Bình", email="binh@example.vn")
    make.user(ROLE_OFFICER, unit=other, full_name="Lò Văn Khóa", email="khoa@example.vn", is_active_account=False)
    db.session.commit()
    login(admin)
    page = client.get("/admin/users?q=dao").get_data(as_text=True)
    assert "dao@example.vn" in page and "binh@example.vn" not in page
    page = client.get(f"/admin/users?role={ROLE_OFFICER}&unit={other.id}").get_data(as_text=True)
    assert "khoa@example.vn" in page and "dao@example.vn" not in page and "binh@example.vn" not in page
    page = client.get("/admin/users?active=1&q=van").get_data(as_text=True)
    assert "binh@example.vn" in page and "khoa@example.vn" not in page
