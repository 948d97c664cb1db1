"""Issue #15 §6: security events are kept in audit_event, and administrators read and filter them."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from registry.extensions import db
from registry.models import AuditEvent
from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF

pytestmark = pytest.mark.usefixtures("fresh_login_per_request")

STRONG = "trăng rằm soi bến nước"


def _kinds(target=None) -> list[str]:
    query = select(AuditEvent.kind).order_by(AuditEvent.id)
    if target is not None:
        query = query.where(AuditEvent.target_id == target.id)
    return list(db.session.scalars(query))


def test_sign_in_events_are_recorded_with_the_address_and_request_id(client, make):
    user = make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    for n in range(5):
        client.post("/login", data={"email": "a@example.vn", "password": f"wrong{n}"},
                    headers={"X-Request-ID": "req-42"})
    client.post("/login", data={"email": "nobody@example.vn", "password": "x"})
    assert _kinds(user) == ["sign_in_failed"] * 5 + ["sign_in_locked"]
    failure = db.session.scalar(select(AuditEvent).where(AuditEvent.kind == "sign_in_failed"))
    assert failure.client_address == "127.0.0.1" and failure.request_id == "req-42"
    assert failure.details == "a@example.vn" and failure.actor_id is None
    unknown = db.session.scalars(select(AuditEvent).where(AuditEvent.target_id.is_(None))).all()
    assert [(event.kind, event.details) for event in unknown] == [("sign_in_failed", "nobody@example.vn")]


def test_account_events_are_recorded(app, client, make, api):
    admin = make.user(ROLE_ADMIN, email="admin@example.vn")
    officer = make.user(ROLE_OFFICER, email="a@example.vn")
    db.session.commit()
    client.post("/login", data={"email": "admin@example.vn", "password": "password123"})
    unit_id = officer.roles[0].unit_id
    client.post(f"/admin/users/{officer.id}/roles", data={"role": ROLE_COUNCIL, "unit": str(unit_id)})
    assignment = next(a for a in officer.roles if a.role == ROLE_COUNCIL)
    client.post(f"/admin/users/{officer.id}/roles/{assignment.id}/remove")
    client.post(f"/admin/users/{officer.id}/password", data={"password": STRONG, "confirm": STRONG})
    client.post(f"/admin/users/{officer.id}/status", data={"active": "0"})
    client.post(f"/admin/users/{officer.id}/status", data={"active": "1"})
    client.post("/admin/users/new", data={"email": "moi@example.vn", "full_name": "Mới", "locale": "vi",
                                          "password": STRONG, "role": ROLE_OFFICER, "unit": str(unit_id)})
    client.post("/logout")
    assert _kinds(officer) == ["role_granted", "role_revoked", "password_reset", "user_deactivated",
                               "user_reactivated"]
    assert all(event.actor_id == admin.id for event in db.session.scalars(
        select(AuditEvent).where(AuditEvent.target_id == officer.id)))
    assert _kinds(admin) == ["sign_in", "sign_out"]
    assert "user_created" in _kinds()

    browser = app.test_client()
    browser.post("/login", data={"email": "a@example.vn", "password": STRONG})
    mine = "cánh cò bay lả bay la"
    browser.post("/account/password", data={"current_password": STRONG, "new_password": mine, "confirm": mine})
    browser.post("/account/tokens/", data={"name": "cổng tỉnh", "days": "30"})
    token_id = db.session.scalar(select(AuditEvent.id).where(AuditEvent.kind == "token_created"))
    assert token_id is not None
    from api.models import ApiToken

    token = db.session.scalar(select(ApiToken))
    browser.post(f"/account/tokens/{token.id}/revoke")
    browser.post("/account/sign-out-everywhere")
    browser.post("/password/forgot", data={"email": "a@example.vn"})
    assert _kinds(officer)[5:] == ["sign_in", "password_changed", "token_created", "token_revoked",
                                   "sign_out_everywhere", "password_reset_requested"]


def _event(kind, when, target=None, details=""):
    event = AuditEvent(kind=kind, created_at=when, target_id=target.id if target else None, details=details,
                       client_address="10.0.0.1", request_id="")
    db.session.add(event)
    return event


def test_only_administrators_read_the_audit_page(client, make, login):
    staff = make.user(ROLE_STAFF)
    db.session.commit()
    assert client.get("/admin/audit").status_code == 302  # anonymous: to the sign-in page
    login(staff)
    assert client.get("/admin/audit").status_code == 403
    assert client.get("/admin/audit.csv").status_code == 403


def test_the_audit_page_lists_newest_first_with_filters_pages_and_csv(client, make, login):
    admin = make.user(ROLE_ADMIN, email="admin@example.vn")
    victim = make.user(ROLE_OFFICER, email="victim@example.vn")
    start = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)
    for n in range(60):
        _event("sign_in_failed", start + timedelta(hours=n), victim, details=f"attempt-{n:02d}")
    _event("token_created", start + timedelta(days=20), admin, details="=1+1")
    db.session.commit()
    login(admin)
    page = client.get("/admin/audit").get_data(as_text=True)
    assert "Nhật ký bảo mật" in page and "62 sự kiện" in page  # the administrator's sign-in is one too
    first = client.get("/admin/audit?kind=sign_in_failed").get_data(as_text=True)
    assert "60 sự kiện" in first
    assert first.index("attempt-59") < first.index("attempt-50")  # newest first
    assert "attempt-09" not in first  # page 1 holds 50
    second = client.get("/admin/audit?kind=sign_in_failed&page=2").get_data(as_text=True)
    assert "attempt-09" in second and "attempt-59" not in second
    by_user = client.get("/admin/audit?user=admin@").get_data(as_text=True)
    assert "attempt-" not in by_user and "=1+1" in by_user
    # 2 November, local time (UTC+7): 01/11 17:00 UTC to 02/11 17:00 UTC.
    by_date = client.get("/admin/audit?kind=sign_in_failed&since=2026-11-02&until=2026-11-02").get_data(as_text=True)
    assert "24 sự kiện" in by_date
    # Unknown filters are dropped, never an error.
    garbled = client.get("/admin/audit?kind=nonsense&since=garbage&until=31/02/2026&page=abc")
    assert garbled.status_code == 200 and "62 sự kiện" in garbled.get_data(as_text=True)
    for needle in ("\\", "%", "_", "a\x00b"):  # typed literally, never a LIKE pattern or a database error
        answer = client.get("/admin/audit", query_string={"user": needle})
        assert answer.status_code == 200 and ">0 sự kiện<" in answer.get_data(as_text=True), needle
    export = client.get("/admin/audit.csv?user=admin@")
    assert export.status_code == 200 and export.mimetype == "text/csv"
    text = export.get_data(as_text=True)
    assert "Tạo mã truy cập API" in text and "attempt-" not in text
    # The project's CSV helper keeps a formula from running: no cell starts with "=".
    assert "=1+1" in text and not re.search(r'(^|[;,])"?=1\+1', text, re.M)
