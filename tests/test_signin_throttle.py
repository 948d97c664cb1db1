"""Issue #15 §4: failed sign-ins are throttled per account and per address, on the page and the API alike."""

import pytest
from sqlalchemy import func, select

from api.models import ApiRateWindow, ApiToken
from app import create_app
from registry.auth import throttle
from registry.extensions import db
from registry.models import AuditEvent, SignInFailure, Unit
from registry.roles import ROLE_OFFICER


@pytest.fixture
def clock(monkeypatch):
    """A clock the test moves by hand (throttle.now)."""
    moment = {"now": 1_800_000_000.0}
    monkeypatch.setattr(throttle, "now", lambda: moment["now"])
    return moment


def _login(client, email, password):
    return client.post("/login", data={"email": email, "password": password})


def test_sixty_wrong_passwords_then_the_right_one_is_throttled(client, make, clock):
    make.user(ROLE_OFFICER, email="victim@example.vn")
    db.session.commit()
    answers = [_login(client, "victim@example.vn", f"guess{n}").status_code for n in range(60)]
    assert answers[:5] == [200] * 5  # five honest mistakes are answered as usual
    assert set(answers[5:]) == {429}
    response = _login(client, "victim@example.vn", "password123")
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) == 60
    assert "Sai quá nhiều lần. Vui lòng chờ 1 phút rồi thử lại." in response.get_data(as_text=True)
    # Refused attempts are not counted: the wait does not grow while the attacker hammers.
    assert db.session.scalar(select(func.count(SignInFailure.id))
                             .where(SignInFailure.key == "account:victim@example.vn")) == 5


def test_the_wait_grows_after_each_further_failure_and_ends(client, make, clock):
    make.user(ROLE_OFFICER, email="victim@example.vn")
    db.session.commit()
    for n in range(5):
        _login(client, "victim@example.vn", f"guess{n}")
    clock["now"] += 61  # the first wait (60 s) is over: one more try is allowed…
    assert _login(client, "victim@example.vn", "guess6").status_code == 200
    refused = _login(client, "victim@example.vn", "password123")  # …and its failure doubles the wait
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) == 120
    assert "Vui lòng chờ 2 phút" in refused.get_data(as_text=True)
    clock["now"] += 121
    assert _login(client, "victim@example.vn", "password123").status_code == 302


def test_a_correct_sign_in_clears_the_accounts_count(client, make, clock):
    make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    for n in range(4):
        _login(client, "a@example.vn", f"guess{n}")
    assert _login(client, "a@example.vn", "password123").status_code == 302
    client.post("/logout")
    for n in range(4):
        assert _login(client, "a@example.vn", f"guess{n}").status_code == 200


def test_one_address_trying_many_accounts_is_throttled(client, make, clock, app):
    for n in range(21):
        make.user(ROLE_OFFICER, email=f"u{n}@example.vn")
    db.session.commit()
    answers = [_login(client, f"u{n}@example.vn", "wrong").status_code for n in range(21)]
    assert answers[:20] == [200] * 20 and answers[20] == 429
    # Another address is not held up by this one.
    other = app.test_client()
    response = other.post("/login", data={"email": "u0@example.vn", "password": "password123"},
                          environ_base={"REMOTE_ADDR": "10.9.9.9"})
    assert response.status_code == 302


def test_a_hundred_wrong_token_requests_with_another_users_bearer_get_429(api, make, clock):
    bystander = make.user(ROLE_OFFICER, email="bystander@example.vn")
    make.user(ROLE_OFFICER, email="victim@example.vn")
    bearer = {"Authorization": f"Bearer {api.token(bystander)}"}
    statuses = [api.client.post("/api/v1/tokens", json={"email": "victim@example.vn", "password": f"g{n}"},
                                headers=bearer).status_code for n in range(100)]
    assert statuses[:5] == [401] * 5 and set(statuses[5:]) == {429}
    response = api.client.post("/api/v1/tokens", json={"email": "victim@example.vn", "password": "password123"},
                               headers=bearer)
    assert response.status_code == 429 and int(response.headers["Retry-After"]) > 0
    assert response.mimetype == "application/problem+json"
    assert "Sai quá nhiều lần" in response.get_json()["detail"]
    # The attempts were counted by address, never in the bystander's token bucket.
    clients = set(db.session.scalars(select(ApiRateWindow.client)))
    assert not any(client.startswith("token:") for client in clients)


def test_the_token_endpoint_counts_by_address_even_with_a_valid_bearer(app, api, make):
    bystander = make.user(ROLE_OFFICER, email="bystander@example.vn")
    bearer = {"Authorization": f"Bearer {api.token(bystander)}"}
    app.config["API_ANON_RATE_LIMIT"] = 3
    try:
        statuses = [api.client.post("/api/v1/tokens", json={"email": f"x{n}@example.vn", "password": "x"},
                                    headers=bearer).status_code for n in range(4)]
    finally:
        app.config["API_ANON_RATE_LIMIT"] = 1_000_000
    assert statuses == [401, 401, 401, 429]


def test_the_page_and_the_api_share_one_count(client, make, clock):
    make.user(ROLE_OFFICER, email="victim@example.vn")
    db.session.commit()
    for n in range(5):
        _login(client, "victim@example.vn", f"guess{n}")
    response = client.post("/api/v1/tokens", json={"email": "victim@example.vn", "password": "password123"})
    assert response.status_code == 429


def test_a_failure_is_written_in_its_own_transaction(app, make):
    """The count survives the request's rollback, and recording it commits none of the request's work."""
    with app.test_request_context("/login", method="POST"):
        # (Not flushed: SQLite has one writer, and no sign-in path writes before it counts a failure.)
        db.session.add(Unit(name="Không được lưu", group="party", level="commune", path="/x/"))
        throttle.record_failure("victim@example.vn")
        db.session.rollback()
    assert db.session.scalar(select(func.count(SignInFailure.id))) == 2  # the account and the address
    assert db.session.scalar(select(Unit).where(Unit.name == "Không được lưu")) is None


def test_live_tokens_per_user_are_capped(app, api, make, client, login):
    user = make.user(ROLE_OFFICER, email="many@example.vn")
    db.session.commit()
    saved = app.config["API_MAX_TOKENS_PER_USER"]
    app.config["API_MAX_TOKENS_PER_USER"] = 2
    try:
        answers = [api.post("/tokens", json={"email": "many@example.vn", "password": "password123"}).status_code
                   for _n in range(3)]
        assert answers == [201, 201, 409]
        login(user)
        page = client.post("/account/tokens/", data={"name": "cổng tỉnh", "days": "30"}, follow_redirects=True)
        assert "Bạn đã có 2 mã truy cập còn hiệu lực" in page.get_data(as_text=True)
        assert db.session.scalar(select(func.count(ApiToken.id))) == 2
        # Revoking one makes room again.
        token = db.session.scalars(select(ApiToken)).first()
        client.post(f"/account/tokens/{token.id}/revoke")
        assert api.post("/tokens", json={"email": "many@example.vn", "password": "password123"}).status_code == 201
    finally:
        app.config["API_MAX_TOKENS_PER_USER"] = saved


def _proxied_app(app, hops):
    config = {key: app.config[key] for key in ("SQLALCHEMY_DATABASE_URI", "PASSWORD_HASH_METHOD", "UPLOAD_DIR")}
    return create_app({**config, "TESTING": True, "WTF_CSRF_ENABLED": False, "TRUSTED_PROXY_HOPS": hops})


@pytest.mark.parametrize(("hops", "expected"), [(0, "127.0.0.1"), (1, "203.0.113.7"), (2, "198.51.100.2")])
def test_x_forwarded_for_is_honoured_only_from_the_trusted_hops(app, make, hops, expected):
    make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    other = _proxied_app(app, hops)
    try:
        other.test_client().post("/login", data={"email": "a@example.vn", "password": "wrong"},
                                 headers={"X-Forwarded-For": "198.51.100.2, 203.0.113.7"})
    finally:
        with other.app_context():
            db.engine.dispose()
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.kind == "sign_in_failed"))
    assert event.client_address == expected
    assert db.session.scalar(select(SignInFailure.key).where(SignInFailure.key.startswith("address:"))) \
        == f"address:{expected}"
