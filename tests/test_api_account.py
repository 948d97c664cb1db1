"""API tokens (issued, hashed, expiring, revoked), `me`, the profile page, problems and the rate limit."""

from datetime import timedelta

from flask_babel import refresh
from sqlalchemy import select

from api.models import ApiToken
from api.tokens import issue_token
from registry.extensions import db
from registry.models.base import utcnow
from registry.roles import ROLE_OFFICER

PROBLEM = "application/problem+json"


def test_a_token_is_issued_for_email_and_password_and_stored_hashed(api, make):
    user = make.user(ROLE_OFFICER, email="can.bo@example.vn")
    response = api.post("/tokens", json={"email": "Can.Bo@example.vn", "password": "password123"})
    assert response.status_code == 201
    secret = response.get_json()["token"]
    assert secret.startswith("dvk_") and response.get_json()["expires_at"]
    stored = db.session.scalar(select(ApiToken).where(ApiToken.user_id == user.id))
    assert secret not in (stored.token_hash, stored.prefix) and len(stored.token_hash) == 64
    me = api.client.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"})
    assert me.status_code == 200 and me.get_json()["email"] == "can.bo@example.vn"
    assert me.get_json()["roles"] == [{"role": ROLE_OFFICER, "unit_id": user.roles[0].unit_id}]


def test_wrong_password_or_deactivated_account_gets_no_token(api, make):
    make.user(ROLE_OFFICER, email="a@example.vn")
    make.user(ROLE_OFFICER, email="gone@example.vn", is_active_account=False)
    for email, password in (("a@example.vn", "wrong"), ("nobody@example.vn", "x"), ("gone@example.vn", "password123")):
        response = api.post("/tokens", json={"email": email, "password": password})
        assert response.status_code == 401 and response.mimetype == PROBLEM
    assert db.session.scalar(select(ApiToken)) is None


def test_requests_without_a_valid_token_are_refused_with_a_problem(api, make):
    user = make.user(ROLE_OFFICER)
    assert api.get("/me").status_code == 401
    for header in ("Bearer nonsense", "Bearer dvk_" + "x" * 43, "Basic abc", "Bearer " + "dvk_" * 100):
        response = api.client.get("/api/v1/me", headers={"Authorization": header})
        body = response.get_json()
        assert response.status_code == 401 and response.mimetype == PROBLEM
        assert body["status"] == 401 and body["title"] and body["detail"]
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert api.get("/me", user).status_code == 200


def test_expired_revoked_and_deactivated_tokens_stop_working(api, make):
    user = make.user(ROLE_OFFICER)
    expired_secret, expired = issue_token(user)
    expired.expires_at = utcnow() - timedelta(seconds=1)
    revoked_secret, _token = issue_token(user)
    db.session.commit()
    assert api.client.get("/api/v1/me", headers={"Authorization": f"Bearer {expired_secret}"}).status_code == 401
    headers = {"Authorization": f"Bearer {revoked_secret}"}
    assert api.client.get("/api/v1/me", headers=headers).status_code == 200
    assert api.client.delete("/api/v1/tokens/current", headers=headers).status_code == 204
    assert api.client.get("/api/v1/me", headers=headers).status_code == 401
    assert api.get("/me", user).status_code == 200
    user.is_active_account = False
    db.session.commit()
    assert api.get("/me", user).status_code == 401


def test_the_profile_page_creates_a_token_shown_once_and_revokes_it_after_confirmation(client, login, make, api):
    user = login(make.user(ROLE_OFFICER))
    page = client.get("/account/tokens/")
    assert page.status_code == 200
    refused = client.post("/account/tokens/", data={"name": "", "days": "30"})
    assert refused.status_code == 200 and db.session.scalar(select(ApiToken)) is None
    created = client.post("/account/tokens/", data={"name": "Cổng thông tin tỉnh", "days": "90"})
    html = created.get_data(as_text=True)
    token = db.session.scalar(select(ApiToken).where(ApiToken.user_id == user.id))
    secret = html.split('id="new-token"')[0].rsplit('value="', 1)[1].split('"')[0]
    assert secret.startswith(token.prefix) and "Cổng thông tin tỉnh" in html
    assert (token.expires_at.replace(tzinfo=None) - utcnow().replace(tzinfo=None)).days in (89, 90)
    assert secret not in client.get("/account/tokens/").get_data(as_text=True)  # shown once only
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    confirm = client.get(f"/account/tokens/{token.id}/revoke")
    assert confirm.status_code == 200 and token.prefix in confirm.get_data(as_text=True)
    assert client.get("/api/v1/me", headers=headers).status_code == 200  # the confirmation page changes nothing
    assert client.post(f"/account/tokens/{token.id}/revoke").status_code == 302
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_nobody_revokes_another_users_token(client, login, make):
    owner = make.user(ROLE_OFFICER, email="owner@example.vn")
    _secret, token = issue_token(owner)
    db.session.commit()
    login(make.user(ROLE_OFFICER, email="thief@example.vn"))
    assert client.post(f"/account/tokens/{token.id}/revoke").status_code == 404
    db.session.refresh(token)
    assert token.revoked_at is None


def test_unknown_addresses_and_methods_answer_problems(api, make):
    user = make.user(ROLE_OFFICER)
    missing = api.get("/no/such/thing", user)
    assert missing.status_code == 404 and missing.mimetype == PROBLEM
    wrong_method = api.call("PUT", "/me", user)
    assert wrong_method.status_code == 405 and wrong_method.mimetype == PROBLEM
    not_json = api.post("/tokens", data="email=a", content_type="application/x-www-form-urlencoded")
    assert not_json.status_code == 415 and not_json.mimetype == PROBLEM
    broken = api.post("/tokens", data="{", content_type="application/json")
    assert broken.status_code == 400
    wrong = api.post("/tokens", json={"email": 5, "password": "x", "extra": 1})
    pointers = {item["pointer"] for item in wrong.get_json()["errors"]}
    assert wrong.status_code == 422 and pointers == {"/email", "/extra"}


def test_errors_speak_the_users_language(api, make):
    user = make.user(ROLE_OFFICER, locale="vi")
    response = api.get("/initiatives/999999", user)
    assert response.status_code == 404 and "Không" in response.get_json()["detail"]
    refresh()  # the tests share one app context, where Flask-Babel keeps the locale it chose
    anonymous = api.get("/me", headers={"Accept-Language": "en"})
    assert anonymous.get_json()["detail"].startswith("Send a token")


def test_the_rate_limit_answers_429_with_retry_after(app, api, make, monkeypatch):
    user = make.user(ROLE_OFFICER)
    api.token(user)
    monkeypatch.setitem(app.config, "API_RATE_LIMIT", 3)
    monkeypatch.setitem(app.config, "API_ANON_RATE_LIMIT", 2)
    monkeypatch.setitem(app.config, "API_RATE_WINDOW_SECONDS", 3600)
    answers = [api.get("/me", user) for _ in range(4)]
    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
    assert answers[0].headers["RateLimit-Remaining"] == "2"
    limited = answers[-1]
    assert limited.mimetype == PROBLEM and 0 < int(limited.headers["Retry-After"]) <= 3600
    # Password guessing without a token is limited per address, apart from the token's count.
    guesses = [api.post("/tokens", json={"email": "x@example.vn", "password": "guess"}).status_code for _ in range(3)]
    assert guesses == [401, 401, 429]
