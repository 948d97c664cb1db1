"""Issue #15 §6: no account enumeration, a password policy, forced change, "Quên mật khẩu", CR/LF `next`."""

import re

import pytest
from sqlalchemy import select

import registry.models.users as users_module
from registry.auth import reset
from registry.extensions import db
from registry.models import User
from registry.roles import ROLE_ADMIN, ROLE_OFFICER, ROLE_STAFF
from tests.outbox_smtp import mail_settings, smtp_server, smtp_settings
from workflows.outbox import worker
from workflows.outbox.models import OutboxMail

pytestmark = pytest.mark.usefixtures("fresh_login_per_request")

STRONG = "trăng rằm soi bến nước"


@pytest.fixture
def hash_checks(monkeypatch):
    """Count the password-hash checks made (real and dummy)."""
    calls = []
    real = users_module.check_password_hash

    def counting(stored, password):
        calls.append(stored)
        return real(stored, password)

    monkeypatch.setattr(users_module, "check_password_hash", counting)
    return calls


# --- enumeration -------------------------------------------------------------------------------------------

def test_an_unknown_email_checks_a_dummy_hash_and_gets_the_same_message(client, make, hash_checks):
    make.user(ROLE_OFFICER, email="known@example.vn")
    db.session.commit()
    known = client.post("/login", data={"email": "known@example.vn", "password": "wrong"}).get_data(as_text=True)
    unknown = client.post("/login", data={"email": "nobody@example.vn", "password": "wrong"}).get_data(as_text=True)
    assert len(hash_checks) == 2  # the unknown e-mail cost a hash check too
    assert hash_checks[1] != hash_checks[0] and hash_checks[1].startswith("pbkdf2:sha256:1000")  # same method
    message = "Sai e-mail hoặc mật khẩu"
    assert message in known and message in unknown


def test_the_api_checks_a_dummy_hash_for_an_unknown_email(api, make, hash_checks):
    make.user(ROLE_OFFICER, email="known@example.vn")
    known = api.post("/tokens", json={"email": "known@example.vn", "password": "wrong"})
    unknown = api.post("/tokens", json={"email": "nobody@example.vn", "password": "wrong"})
    assert len(hash_checks) == 2
    assert known.status_code == unknown.status_code == 401
    assert known.get_json()["detail"] == unknown.get_json()["detail"]


def test_a_deactivated_account_is_told_only_after_the_right_password(client, make):
    make.user(ROLE_OFFICER, email="gone@example.vn", is_active_account=False)
    db.session.commit()
    wrong = client.post("/login", data={"email": "gone@example.vn", "password": "wrong"}).get_data(as_text=True)
    assert "Sai e-mail hoặc mật khẩu" in wrong and "bị khóa" not in wrong
    right = client.post("/login", data={"email": "gone@example.vn", "password": "password123"})
    assert "Tài khoản này đã bị khóa" in right.get_data(as_text=True)


# --- the password policy ----------------------------------------------------------------------------------

WEAK = [("ngan", "Mật khẩu phải có từ 12 đến 128 ký tự"),
        ("password1234", "quá phổ biến hoặc quá dễ đoán"),
        ("123456789012", "quá phổ biến hoặc quá dễ đoán"),
        ("aaaaaaaaaaaaaaaa", "quá phổ biến hoặc quá dễ đoán"),
        ("nguyen.van.an2026", "quá phổ biến hoặc quá dễ đoán")]  # built from the person's own e-mail


@pytest.mark.parametrize(("password", "message"), WEAK)
def test_weak_passwords_are_refused_when_changing_ones_own(client, make, login, password, message):
    user = login(make.user(ROLE_OFFICER, email="nguyen.van.an@example.vn", full_name="Nguyễn Văn An"))
    response = client.post("/account/password", data={
        "current_password": "password123", "new_password": password, "confirm": password})
    assert message in response.get_data(as_text=True)
    db.session.refresh(user)
    assert user.check_password("password123")


@pytest.mark.parametrize(("password", "message"), WEAK)
def test_weak_passwords_are_refused_when_an_administrator_creates_or_resets(client, make, login, password,
                                                                             message):
    admin = make.user(ROLE_ADMIN)
    officer = make.user(ROLE_OFFICER, email="nguyen.van.an@example.vn", full_name="Nguyễn Văn An")
    db.session.commit()
    login(admin)
    created = client.post("/admin/users/new", data={
        "email": "nguyen.van.an2@example.vn", "full_name": "Nguyễn Văn An", "locale": "vi", "password": password,
        "role": ROLE_OFFICER, "unit": str(officer.roles[0].unit_id)})
    assert message in created.get_data(as_text=True)
    assert db.session.scalar(select(User).where(User.email == "nguyen.van.an2@example.vn")) is None
    reset_page = client.post(f"/admin/users/{officer.id}/password", data={"password": password, "confirm": password})
    assert message in reset_page.get_data(as_text=True)


def test_create_admin_refuses_a_guessable_password(runner):
    result = runner.invoke(args=["create-admin", "chief@example.vn", "--name", "A", "--root-unit", "Tỉnh",
                                 "--password", "password1234"])
    assert result.exit_code != 0 and "quá phổ biến hoặc quá dễ đoán" in result.output
    assert db.session.scalar(select(User)) is None


def test_a_long_passphrase_is_accepted(client, make, login):
    user = login(make.user(ROLE_OFFICER))
    phrase = "chiều chiều ra đứng ngõ sau trông về quê mẹ ruột đau chín chiều"
    response = client.post("/account/password", data={
        "current_password": "password123", "new_password": phrase, "confirm": phrase})
    assert response.status_code == 302
    db.session.refresh(user)
    assert user.check_password(phrase)


# --- a password given by an administrator must be changed ---------------------------------------------------

def test_an_account_made_by_an_administrator_must_choose_a_new_password_first(app, client, make, login, api):
    staff = make.user(ROLE_STAFF)
    db.session.commit()
    login(staff)
    client.post("/admin/users/new", data={
        "email": "moi@example.vn", "full_name": "Người Mới", "locale": "vi", "password": STRONG,
        "role": ROLE_OFFICER, "unit": str(staff.roles[0].unit_id)})
    client.post("/logout")
    response = client.post("/login", data={"email": "moi@example.vn", "password": STRONG})
    assert response.headers["Location"] == "/account/password"
    for url in ("/", "/initiatives/", "/account/tokens/"):
        answer = client.get(url)
        assert answer.status_code == 302 and answer.headers["Location"] == "/account/password", url
    assert "Vui lòng đặt mật khẩu mới của riêng bạn" in client.get("/account/password").get_data(as_text=True)
    # The API refuses too, with the password the administrator knows.
    refused = api.post("/tokens", json={"email": "moi@example.vn", "password": STRONG})
    assert refused.status_code == 403
    # Choosing the same password again does not count.
    same = client.post("/account/password", data={"current_password": STRONG, "new_password": STRONG,
                                                  "confirm": STRONG})
    assert "khác với mật khẩu hiện tại" in same.get_data(as_text=True)
    mine = "cánh cò bay lả bay la"
    client.post("/account/password", data={"current_password": STRONG, "new_password": mine, "confirm": mine})
    assert client.get("/").status_code == 200
    assert api.post("/tokens", json={"email": "moi@example.vn", "password": mine}).status_code == 201


def test_a_reset_by_an_administrator_must_be_changed_and_its_tokens_are_refused(app, client, make, login, api):
    admin = make.user(ROLE_ADMIN)
    officer = make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    login(admin)
    client.post(f"/admin/users/{officer.id}/password", data={"password": STRONG, "confirm": STRONG})
    client.post("/logout")
    db.session.refresh(officer)
    assert officer.must_change_password
    response = client.post("/login", data={"email": "a@example.vn", "password": STRONG})
    assert response.headers["Location"] == "/account/password"
    # Even a token made before (say, directly) is refused until the password is changed.
    from api.tokens import issue_token

    secret, _token = issue_token(officer, "old")
    db.session.commit()
    assert api.client.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"}).status_code == 401


# --- "Quên mật khẩu" --------------------------------------------------------------------------------------

def _ask_reset(client, email):
    return client.post("/password/forgot", data={"email": email}, follow_redirects=True)


def _delivered_link(app) -> str:
    with smtp_server() as smtp, mail_settings(app, **smtp_settings(smtp.port)):
        worker.send_due()
    messages = smtp.messages()
    assert len(messages) == 1
    text = messages[0].get_body(("plain",)).get_content()
    return re.search(r"http://\S+/password/reset/\S+", text).group(0)


def test_the_forgotten_password_flow_end_to_end(app, client, make):
    user = make.user(ROLE_OFFICER, email="quen@example.vn", full_name="Trần Thị Quên")
    db.session.commit()
    other_browser = app.test_client()
    other_browser.post("/login", data={"email": "quen@example.vn", "password": "password123"})
    login_page = client.get("/login").get_data(as_text=True)
    assert 'href="/password/forgot"' in login_page and "Quên mật khẩu?" in login_page
    known = _ask_reset(client, "Quen@Example.vn").get_data(as_text=True)
    unknown = _ask_reset(client, "khong-co@example.vn").get_data(as_text=True)
    answer = "Nếu có tài khoản dùng e-mail này"
    assert answer in known and answer in unknown
    rows = list(db.session.scalars(select(OutboxMail)))
    assert [(row.event, row.to_address) for row in rows] == [("password_reset", "quen@example.vn")]
    link = _delivered_link(app)
    path = link.split("http://127.0.0.1:5000", 1)[1]
    assert "Cho tài khoản quen@example.vn." in client.get(path).get_data(as_text=True)
    weak = client.post(path, data={"new_password": "password1234", "confirm": "password1234"})
    assert "quá phổ biến hoặc quá dễ đoán" in weak.get_data(as_text=True)
    done = client.post(path, data={"new_password": STRONG, "confirm": STRONG}, follow_redirects=True)
    assert "Đã lưu mật khẩu mới" in done.get_data(as_text=True)
    db.session.refresh(user)
    assert user.check_password(STRONG) and not user.must_change_password
    # The session signed in before the reset has ended.
    assert other_browser.get("/").status_code == 302
    # The link works once.
    again = client.post(path, data={"new_password": "một mật khẩu khác hẳn", "confirm": "một mật khẩu khác hẳn"},
                        follow_redirects=True)
    assert "Liên kết không hợp lệ" in again.get_data(as_text=True)
    db.session.refresh(user)
    assert user.check_password(STRONG)
    assert client.post("/login", data={"email": "quen@example.vn", "password": STRONG}).status_code == 302


def test_a_reset_link_expires(app, client, make, monkeypatch):
    make.user(ROLE_OFFICER, email="quen@example.vn")
    db.session.commit()
    _ask_reset(client, "quen@example.vn")
    path = _delivered_link(app).split("http://127.0.0.1:5000", 1)[1]
    issued = reset.now()
    monkeypatch.setattr(reset, "now", lambda: issued + 59 * 60)
    assert client.get(path).status_code == 200
    monkeypatch.setattr(reset, "now", lambda: issued + 61 * 60)
    expired = client.get(path, follow_redirects=True)
    assert "Liên kết không hợp lệ" in expired.get_data(as_text=True)


@pytest.mark.parametrize("token", ["garbage", "x" * 5000, "WzEsMiwiYSJd.forged", "%00%0d%0a"])
def test_a_forged_or_garbled_reset_link_is_refused(client, token):
    response = client.get(f"/password/reset/{token}")
    assert response.status_code == 302 and "/password/forgot" in response.headers["Location"]


def test_no_mail_for_a_deactivated_account_and_the_same_answer(client, make):
    make.user(ROLE_OFFICER, email="gone@example.vn", is_active_account=False)
    db.session.commit()
    assert "Nếu có tài khoản dùng e-mail này" in _ask_reset(client, "gone@example.vn").get_data(as_text=True)
    assert db.session.scalar(select(OutboxMail)) is None


def test_the_forgot_form_is_throttled(client, make):
    make.user(ROLE_OFFICER, email="quen@example.vn")
    db.session.commit()
    statuses = [client.post("/password/forgot", data={"email": "quen@example.vn"}).status_code for _n in range(8)]
    assert statuses[:5] == [302] * 5 and set(statuses[5:]) == {429}
    assert len(list(db.session.scalars(select(OutboxMail)))) == 5


# --- a `next` with control characters ---------------------------------------------------------------------

@pytest.mark.parametrize("target", ["/initiatives/\r\nSet-Cookie: x=1", "/a\nb", "/\x00", "/x\tz", "/\x7f"])
def test_a_next_with_control_characters_goes_home_after_sign_in(client, make, target):
    make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    response = client.post("/login", query_string={"next": target},
                           data={"email": "a@example.vn", "password": "password123"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"

