"""Issue #15 §5: sessions end — on logout, password change, reset, deactivation and "sign out everywhere"."""

import re

import pytest
from sqlalchemy import select

from api.models import ApiToken
from app import create_app
from registry.extensions import db
from registry.roles import ROLE_ADMIN, ROLE_OFFICER

pytestmark = pytest.mark.usefixtures("fresh_login_per_request")


def _copy_cookies(source, target) -> None:
    """Give `target` the cookies `source` holds, as a thief with a copy of them would."""
    for name in ("session", "remember_token"):
        cookie = source.get_cookie(name)
        if cookie is not None:
            target.set_cookie(name, cookie.value)


def _signed_in(client) -> bool:
    # The profile page opens even for an account that must choose a new password first.
    return client.get("/account/password").status_code == 200


def _sign_in(client, email, password="password123", remember=False):
    data = {"email": email, "password": password}
    if remember:
        data["remember"] = "y"
    response = client.post("/login", data=data)
    assert response.status_code == 302
    return response


@pytest.fixture
def thief(app):
    """A second browser."""
    return app.test_client()


def test_a_copied_session_cookie_stops_working_after_logout(client, thief, make):
    make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    _sign_in(client, "a@example.vn", remember=True)
    _copy_cookies(client, thief)
    assert _signed_in(thief)
    client.post("/logout")
    assert not _signed_in(thief)
    # The remember cookie alone does not bring the session back either.
    fresh = thief.application.test_client()
    fresh.set_cookie("remember_token", client.get_cookie("remember_token").value
                     if client.get_cookie("remember_token") else "x")
    assert not _signed_in(fresh)


def test_a_copied_remember_cookie_stops_working_after_logout(app, client, make):
    make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    _sign_in(client, "a@example.vn", remember=True)
    remember = client.get_cookie("remember_token").value
    other = app.test_client()
    other.set_cookie("remember_token", remember)
    assert _signed_in(other)  # a remember cookie alone signs in (that is its job)…
    client.post("/logout")
    later = app.test_client()
    later.set_cookie("remember_token", remember)
    assert not _signed_in(later)  # …until the user signs out


def test_the_remember_cookie_differs_at_every_sign_in_and_lasts_14_days(app, make):
    make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    values = []
    for _n in range(2):
        browser = app.test_client()
        response = _sign_in(browser, "a@example.vn", remember=True)
        header = next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("remember_token="))
        values.append(browser.get_cookie("remember_token").value)
        assert "HttpOnly" in header and "Secure" not in header
        assert re.search(r"Max-Age=1209600\b", header) or "Expires=" in header
    assert values[0] != values[1]


def test_the_remember_cookie_is_secure_when_the_session_cookie_is(app, make):
    config = {key: app.config[key] for key in ("SQLALCHEMY_DATABASE_URI", "PASSWORD_HASH_METHOD", "UPLOAD_DIR")}
    secure = create_app({**config, "TESTING": True, "WTF_CSRF_ENABLED": False, "SESSION_COOKIE_SECURE": True})
    try:
        assert secure.config["REMEMBER_COOKIE_SECURE"] is True
        make.user(ROLE_OFFICER, email="a@example.vn")
        db.session.commit()
        response = secure.test_client().post("/login", base_url="https://localhost",
                                             data={"email": "a@example.vn", "password": "password123",
                                                   "remember": "y"})
        header = next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("remember_token="))
        assert "Secure" in header
    finally:
        with secure.app_context():
            db.engine.dispose()


def test_a_password_change_ends_the_other_sessions_but_not_this_one(client, thief, make):
    make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    _sign_in(client, "a@example.vn")
    _copy_cookies(client, thief)
    response = client.post("/account/password", data={
        "current_password": "password123", "new_password": "núi Ba Vì mây trắng", "confirm": "núi Ba Vì mây trắng"})
    assert response.status_code == 302
    assert _signed_in(client)
    assert not _signed_in(thief)


def test_an_administrators_reset_ends_sessions_and_revokes_tokens(app, client, thief, make, api):
    admin = make.user(ROLE_ADMIN, email="admin@example.vn")
    officer = make.user(ROLE_OFFICER, email="a@example.vn")
    secret = api.token(officer)
    db.session.commit()
    _sign_in(thief, "a@example.vn")
    admin_browser = app.test_client()
    _sign_in(admin_browser, admin.email)
    response = admin_browser.post(f"/admin/users/{officer.id}/password",
                                  data={"password": "đồi chè Tân Cương", "confirm": "đồi chè Tân Cương"})
    assert response.status_code == 302
    assert not _signed_in(thief)
    assert api.client.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"}).status_code == 401
    assert db.session.scalar(select(ApiToken.revoked_at).where(ApiToken.user_id == officer.id)) is not None


def test_deactivation_ends_sessions_and_tokens_and_reactivation_revives_none(app, thief, make, api):
    admin = make.user(ROLE_ADMIN, email="admin@example.vn")
    officer = make.user(ROLE_OFFICER, email="a@example.vn")
    secret = api.token(officer)
    db.session.commit()
    _sign_in(thief, "a@example.vn", remember=True)
    admin_browser = app.test_client()
    _sign_in(admin_browser, admin.email)
    admin_browser.post(f"/admin/users/{officer.id}/status", data={"active": "0"})
    admin_browser.post(f"/admin/users/{officer.id}/status", data={"active": "1"})
    assert not _signed_in(thief)
    assert api.client.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"}).status_code == 401


def test_sign_out_everywhere_ends_every_session(client, thief, make):
    make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    _sign_in(client, "a@example.vn")
    _sign_in(thief, "a@example.vn", remember=True)
    page = client.get("/account/password").get_data(as_text=True)
    assert "Đăng xuất khỏi mọi thiết bị" in page
    confirm = client.get("/account/sign-out-everywhere")
    assert confirm.status_code == 200 and "kể cả máy này" in confirm.get_data(as_text=True)
    assert _signed_in(thief)  # the confirmation page changes nothing
    response = client.post("/account/sign-out-everywhere", follow_redirects=True)
    assert "Bạn đã được đăng xuất khỏi mọi thiết bị." in response.get_data(as_text=True)
    assert not _signed_in(client)
    assert not _signed_in(thief)


def test_an_idle_session_is_signed_out_with_a_message(app, client, make, monkeypatch):
    make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    _sign_in(client, "a@example.vn", remember=True)
    assert _signed_in(client)
    with client.session_transaction() as session:
        session["last_seen"] -= 2 * 3600 + 1
    response = client.get("/", follow_redirects=True)
    assert "Bạn đã được đăng xuất sau 120 phút không hoạt động" in response.get_data(as_text=True)
    assert not _signed_in(client)


def test_an_active_session_is_kept(client, make):
    make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    _sign_in(client, "a@example.vn")
    with client.session_transaction() as session:
        session["last_seen"] -= 2 * 3600 - 120
    assert _signed_in(client)
    with client.session_transaction() as session:
        session["last_seen"] -= 2 * 3600 - 120  # refreshed by the last request: still not idle
    assert _signed_in(client)


def test_the_csrf_token_changes_at_sign_in_and_sign_out(client, make):
    make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    with client.session_transaction() as session:
        session["csrf_token"] = "planted-by-an-attacker"
    _sign_in(client, "a@example.vn")
    with client.session_transaction() as session:
        assert session.get("csrf_token") != "planted-by-an-attacker"
        session["csrf_token"] = "seen-while-signed-in"
    client.post("/logout")
    with client.session_transaction() as session:
        assert session.get("csrf_token") != "seen-while-signed-in"
