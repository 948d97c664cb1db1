"""Who reaches the admin pages: administrators and staff, nobody else; staff only within their subtree."""

import pytest

from registry.extensions import db
from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF, ROLE_VIEWER

LIST_PAGES = ["/admin/units", "/admin/users", "/admin/fields", "/admin/campaigns"]
NEW_PAGES = ["/admin/units/new", "/admin/users/new", "/admin/fields/new", "/admin/campaigns/new"]


@pytest.mark.parametrize("role", [ROLE_ADMIN, ROLE_STAFF])
@pytest.mark.parametrize("url", LIST_PAGES + NEW_PAGES)
def test_admin_and_staff_reach_every_admin_page(client, make, login, role, url):
    login(make.user(role))
    db.session.commit()
    response = client.get(url)
    assert response.status_code == 200
    assert 'class="nav nav-tabs' in response.get_data(as_text=True)


@pytest.mark.parametrize("role", [ROLE_OFFICER, ROLE_VIEWER, ROLE_COUNCIL])
@pytest.mark.parametrize("url", LIST_PAGES + NEW_PAGES)
def test_other_roles_are_refused_every_admin_page(client, make, login, role, url):
    login(make.user(role))
    db.session.commit()
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("role", [ROLE_OFFICER, ROLE_VIEWER, ROLE_COUNCIL])
def test_other_roles_cannot_post_admin_actions(client, make, login, role):
    login(make.user(role))
    field = make.field()
    db.session.commit()
    assert client.post("/admin/fields/new", data={"name": "X", "code": "X"}).status_code == 403
    assert client.post(f"/admin/fields/{field.id}/status", data={"active": "0"}).status_code == 403
    db.session.refresh(field)
    assert field.is_active


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/admin/units")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_staff_menu_shows_the_admin_entries(client, make, login):
    login(make.user(ROLE_STAFF))
    db.session.commit()
    page = client.get("/").get_data(as_text=True)
    for url in LIST_PAGES:
        assert f'href="{url}"' in page


def _staff_and_outsiders(make):
    """Return (staff over `home`, a unit in home's subtree, a unit in a sibling tree, users of each)."""
    province = make.unit("Tỉnh ủy Bắc Kạn", level="province")
    home = make.unit("Xã A", parent=province)
    inside = make.unit("Thôn 1", parent=home)
    outside = make.unit("Xã B", parent=province)
    staff = make.user(ROLE_STAFF, unit=home)
    insider = make.user(ROLE_OFFICER, unit=inside)
    outsider = make.user(ROLE_OFFICER, unit=outside)
    db.session.commit()
    return staff, inside, outside, insider, outsider


@pytest.mark.parametrize("path", ["edit", "move", "status"])
def test_staff_get_404_for_units_outside_their_subtree(client, make, login, path):
    staff, inside, outside, _insider, _outsider = _staff_and_outsiders(make)
    login(staff)
    assert client.get(f"/admin/units/{inside.id}/{path}").status_code == 200
    assert client.get(f"/admin/units/{outside.id}/{path}").status_code == 404
    assert client.post(f"/admin/units/{outside.id}/{path}", data={"name": "Bị đổi", "group": "party",
                                                                    "level": "commune", "active": "0",
                                                                    "parent": str(inside.id)}).status_code == 404
    db.session.refresh(outside)
    assert outside.name == "Xã B" and outside.is_active


@pytest.mark.parametrize("path", ["", "/edit", "/password", "/status"])
def test_staff_get_404_for_users_outside_their_subtree(client, make, login, path):
    staff, _inside, _outside, insider, outsider = _staff_and_outsiders(make)
    login(staff)
    assert client.get(f"/admin/users/{insider.id}{path}").status_code == 200
    assert client.get(f"/admin/users/{outsider.id}{path}").status_code == 404


def test_staff_cannot_change_users_outside_their_subtree(client, make, login):
    staff, inside, _outside, _insider, outsider = _staff_and_outsiders(make)
    login(staff)
    uid = outsider.id
    assert client.post(f"/admin/users/{uid}/edit", data={"full_name": "X", "locale": "en"}).status_code == 404
    assert client.post(f"/admin/users/{uid}/password",
                       data={"password": "hacked-pass", "confirm": "hacked-pass"}).status_code == 404
    assert client.post(f"/admin/users/{uid}/status", data={"active": "0"}).status_code == 404
    assert client.post(f"/admin/users/{uid}/roles",
                       data={"role": ROLE_OFFICER, "unit": str(inside.id)}).status_code == 404
    db.session.refresh(outsider)
    assert outsider.is_active_account and outsider.full_name != "X" and len(outsider.roles) == 1
    assert outsider.check_password("password123")


def test_staff_list_only_their_own_units_and_users(client, make, login):
    staff, _inside, _outside, insider, outsider = _staff_and_outsiders(make)
    login(staff)
    units = client.get("/admin/units").get_data(as_text=True)
    assert "Thôn 1" in units and "Xã B" not in units and "Tỉnh ủy Bắc Kạn" not in units
    users = client.get("/admin/users").get_data(as_text=True)
    assert insider.email in users and outsider.email not in users


@pytest.mark.parametrize("url", ["/admin/units/999999/edit", "/admin/users/999999", "/admin/fields/999999/edit",
                                 "/admin/campaigns/999999/edit", "/admin/users/999999/roles/1/remove",
                                 "/admin/units/99999999999/edit", "/admin/users/99999999999",
                                 "/admin/fields/99999999999/edit", "/admin/campaigns/99999999999/edit"])
def test_unknown_ids_give_404(client, make, login, url):
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("url", ["/admin/units", "/admin/users", "/admin/fields", "/admin/campaigns"])
@pytest.mark.parametrize("query", ["?page=abc", "?page=-3", "?page=99999999999999999999", "?active=maybe",
                                   "?unit=abc&role=nobody&group=x&level=y", "?unit=99999999999999999999",
                                   "?unit=99999999999", "?unit=²",
                                   "?q=%00%FF"])
def test_malformed_query_strings_never_fail(client, make, login, url, query):
    login(make.user(ROLE_ADMIN))
    db.session.commit()
    assert client.get(url + query).status_code == 200


@pytest.fixture
def csrf_on(app):
    """Turn CSRF protection on for one test."""
    app.config["WTF_CSRF_ENABLED"] = True
    yield
    app.config["WTF_CSRF_ENABLED"] = False


def _token(page: str) -> str:
    marker = 'name="csrf_token" type="hidden" value="'
    if marker not in page:
        marker = 'name="csrf_token" value="'
    start = page.index(marker) + len(marker)
    return page[start:page.index('"', start)]


@pytest.mark.parametrize("url, data", [
    ("/admin/fields/new", {"name": "Kinh tế", "code": "KT", "position": "1"}),
    ("/admin/campaigns/new", {"name": "Đợt 2027", "year": "2027"}),
])
def test_admin_forms_carry_and_need_a_csrf_token(client, make, csrf_on, url, data):
    make.user(ROLE_ADMIN, email="admin@example.vn")
    db.session.commit()
    login_page = client.get("/login").get_data(as_text=True)
    client.post("/login", data={"email": "admin@example.vn", "password": "password123",
                                "csrf_token": _token(login_page)})
    assert client.post(url, data=data).status_code == 400
    token = _token(client.get(url).get_data(as_text=True))
    assert client.post(url, data={**data, "csrf_token": token}).status_code == 302


def test_confirmation_pages_carry_a_csrf_token(client, make, csrf_on):
    unit = make.unit("Xã A")
    make.user(ROLE_ADMIN, email="admin@example.vn")
    db.session.commit()
    login_page = client.get("/login").get_data(as_text=True)
    client.post("/login", data={"email": "admin@example.vn", "password": "password123",
                                "csrf_token": _token(login_page)})
    page = client.get(f"/admin/units/{unit.id}/status").get_data(as_text=True)
    response = client.post(f"/admin/units/{unit.id}/status", data={"active": "0", "csrf_token": _token(page)})
    assert response.status_code == 302
    db.session.refresh(unit)
    assert not unit.is_active
