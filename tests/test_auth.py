"""Signing in and out, safe redirects, password change, session cookie flags."""

import pytest

from registry.extensions import db
from registry.roles import ROLE_OFFICER


def test_login_page_is_vietnamese_by_default(client):
    page = client.get("/login").get_data(as_text=True)
    assert "Đăng nhập" in page
    assert 'lang="vi"' in page


def test_anonymous_home_redirects_to_login(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_user_signs_in_and_sees_their_email(client, make):
    user = make.user(ROLE_OFFICER, email="canbo@example.vn")
    db.session.commit()
    response = client.post("/login", data={"email": "CanBo@Example.vn ", "password": "password123"},
                           follow_redirects=True)
    assert response.status_code == 200
    assert user.email in response.get_data(as_text=True)


def test_wrong_password_is_refused_in_vietnamese(client, make):
    make.user(ROLE_OFFICER, email="canbo@example.vn")
    db.session.commit()
    response = client.post("/login", data={"email": "canbo@example.vn", "password": "nope"})
    assert response.status_code == 200
    assert "Sai e-mail hoặc mật khẩu" in response.get_data(as_text=True)


def test_deactivated_account_cannot_sign_in(client, make):
    make.user(ROLE_OFFICER, email="old@example.vn", is_active_account=False)
    db.session.commit()
    response = client.post("/login", data={"email": "old@example.vn", "password": "password123"})
    assert response.status_code == 200
    assert "/logout" not in response.get_data(as_text=True)


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil.example",
                                    "javascript:alert(1)", "http:/evil.example"])
def test_next_never_leaves_the_site(client, make, target):
    make.user(ROLE_OFFICER, email="canbo@example.vn")
    db.session.commit()
    response = client.post(f"/login?next={target}",
                           data={"email": "canbo@example.vn", "password": "password123"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_next_inside_the_site_is_followed(client, make):
    make.user(ROLE_OFFICER, email="canbo@example.vn")
    db.session.commit()
    response = client.post("/login?next=/account/password",
                           data={"email": "canbo@example.vn", "password": "password123"})
    assert response.headers["Location"] == "/account/password"


def test_session_cookie_is_httponly_and_samesite(client, make):
    make.user(ROLE_OFFICER, email="canbo@example.vn")
    db.session.commit()
    response = client.post("/login", data={"email": "canbo@example.vn", "password": "password123"})
    cookie = response.headers.get("Set-Cookie")
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_change_password_checks_the_current_one(client, make, login):
    user = login(make.user(ROLE_OFFICER))
    db.session.commit()
    response = client.post("/account/password", data={
        "current_password": "wrong", "new_password": "sông Hương chiều thu", "confirm": "sông Hương chiều thu"})
    assert "Mật khẩu hiện tại không đúng" in response.get_data(as_text=True)
    response = client.post("/account/password", data={
        "current_password": "password123", "new_password": "sông Hương chiều thu", "confirm": "sông Hương chiều thu"})
    assert response.status_code == 302
    db.session.refresh(user)
    assert user.check_password("sông Hương chiều thu")


def test_logout_needs_post_and_signs_out(client, make, login):
    login(make.user(ROLE_OFFICER))
    assert client.get("/logout").status_code == 405
    assert client.post("/logout").status_code == 302
    assert client.get("/").status_code == 302


def test_language_switch_to_english(client):
    client.post("/language/en", data={"next": "/login"})
    assert "Sign in" in client.get("/login").get_data(as_text=True)


def test_a_deactivated_user_is_signed_out_on_the_next_request(client, make, login):
    user = login(make.user(ROLE_OFFICER))
    assert client.get("/").status_code == 200
    user.is_active_account = False
    db.session.commit()
    response = client.get("/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_login_form_posts_to_itself_and_keeps_next(client):
    page = client.get("/login?next=/initiatives/").get_data(as_text=True)
    assert 'action="/login?next=/initiatives/"' in page
