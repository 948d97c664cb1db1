"""Importing accounts: the rules of the dry run, no password, one invitation mail each, the link works once."""

import re

import pytest
from flask_babel import force_locale
from sqlalchemy import func, select

from onboarding import service
from onboarding.models import KIND_USERS
from registry.auth import reset
from registry.extensions import db
from registry.models import User
from registry.refusals import Refused
from registry.roles import ROLE_ADMIN, ROLE_OFFICER, ROLE_STAFF
from tests.import_files import workbook_stream
from workflows.outbox.models import OutboxMail


@pytest.fixture(autouse=True)
def _english():
    """Compare the messages in English (the Vietnamese catalog is checked by the page tests)."""
    with force_locale("en"):
        yield


@pytest.fixture
def commune(make):
    root = make.unit("Tỉnh ủy Lam Hồng", level="province")
    root.code = "LH"
    unit = make.unit("Đảng ủy xã Tân Lập", parent=root)
    unit.code = "LH-X01"
    db.session.flush()
    return unit


def _messages(report):
    return [f"{error.row}:{error.message}" for error in report.errors]


def test_accounts_are_created_without_a_password_and_each_gets_an_invitation(make, commune):
    staff = make.user(ROLE_STAFF, commune.parent)
    rows = [["Hoa@Example.vn", "Nguyễn  Thị Hoa", "Cán bộ đầu mối đơn vị", "lh-x01"],
            ["binh@example.vn", "Trần Văn Bình", "unit_officer", "LH-X01"]]
    batch, report = service.run_import(KIND_USERS, workbook_stream(KIND_USERS, rows), "a.xlsx", staff, commit=True)
    assert report.errors == [] and report.new == 2
    hoa = db.session.scalar(select(User).where(User.email == "hoa@example.vn"))
    assert hoa.full_name == "Nguyễn Thị Hoa"
    assert [(a.role, a.unit_id) for a in hoa.roles] == [(ROLE_OFFICER, commune.id)]
    assert not hoa.check_password("") and not hoa.check_password("!invited")
    mails = list(db.session.scalars(select(OutboxMail).where(OutboxMail.event == "invitation")))
    assert sorted(mail.to_address for mail in mails) == ["binh@example.vn", "hoa@example.vn"]
    assert all(mail.status == "pending" for mail in mails)
    hoa_mail = next(mail for mail in mails if mail.to_address == "hoa@example.vn")
    assert "Nguyễn Thị Hoa" in hoa_mail.body_text and "hoa@example.vn" in hoa_mail.body_html
    assert "/invitation/" in hoa_mail.body_text and "dvkstandin" not in hoa_mail.body_text + hoa_mail.body_html


def test_a_name_is_escaped_in_the_html_invitation(make, commune):
    admin = make.user(ROLE_ADMIN, commune.parent)
    rows = [["x@example.vn", "Lê <b>Văn</b> X", "Cán bộ đầu mối đơn vị", "LH-X01"]]
    service.run_import(KIND_USERS, workbook_stream(KIND_USERS, rows), "a.xlsx", admin, commit=True)
    mail = db.session.scalar(select(OutboxMail))
    assert "Lê &lt;b&gt;Văn&lt;/b&gt; X" in mail.body_html and "Lê <b>Văn</b> X" in mail.body_text


def test_duplicate_emails_unknown_roles_and_units_are_reported(make, commune):
    staff = make.user(ROLE_STAFF, commune.parent)
    make.user(email="taken@example.vn")
    rows = [["a@example.vn", "A", "Cán bộ đầu mối đơn vị", "LH-X01"],
            ["A@example.vn", "A bis", "Cán bộ đầu mối đơn vị", "LH-X01"],
            ["taken@example.vn", "B", "Cán bộ đầu mối đơn vị", "LH-X01"],
            ["c@example.vn", "C", "Thủ quỹ", "LH-X01"],
            ["d@example.vn", "D", "Cán bộ đầu mối đơn vị", "NOPE"],
            ["not-an-email", "E", "Cán bộ đầu mối đơn vị", "LH-X01"],
            ["f@example.vn", "F", "Quản trị hệ thống", "LH-X01"],
            ["g@example.vn", "=A1", "Cán bộ đầu mối đơn vị", "LH-X01"]]
    _batch, report = service.dry_run(KIND_USERS, workbook_stream(KIND_USERS, rows), "a.xlsx", staff)
    messages = _messages(report)
    assert "3:This e-mail is already on row 2." in messages
    assert "4:An account with this e-mail already exists." in messages
    assert any(m.startswith("5:Unknown role") for m in messages)
    assert any(m.startswith("6:Unknown unit code NOPE") for m in messages)
    assert "7:This is not a valid e-mail address." in messages
    assert "8:Only an administrator may grant the administrator role." in messages
    assert any(m.startswith("9:A formula") for m in messages)
    assert report.new == 1


def test_staff_grant_roles_only_over_their_units(make, commune):
    elsewhere = make.unit("Tỉnh khác", level="province")
    elsewhere.code = "KH"
    staff = make.user(ROLE_STAFF, commune.parent)
    rows = [["a@example.vn", "A", "Cán bộ đầu mối đơn vị", "KH"]]
    _batch, report = service.dry_run(KIND_USERS, workbook_stream(KIND_USERS, rows), "a.xlsx", staff)
    assert _messages(report) == ["2:You may only grant roles over the units you manage."]


def test_the_same_accounts_file_twice_changes_nothing_and_sends_no_second_invitation(make, commune):
    admin = make.user(ROLE_ADMIN, commune.parent)
    rows = [["a@example.vn", "A", "Cán bộ đầu mối đơn vị", "LH-X01"]]
    service.run_import(KIND_USERS, workbook_stream(KIND_USERS, rows), "a.xlsx", admin, commit=True)
    _batch, report = service.run_import(KIND_USERS, workbook_stream(KIND_USERS, rows), "a.xlsx", admin, commit=True)
    assert report.errors == [] and report.unchanged == 1 and report.new == 0
    assert db.session.scalar(select(func.count()).select_from(OutboxMail)) == 1


def _invitation_path(mail: OutboxMail) -> str:
    return re.search(r"http://[^/\s]+(/invitation/[\w.\-]+)", mail.body_text).group(1)


def test_the_invitation_link_sets_a_password_once_and_the_person_signs_in(client, make, commune):
    admin = make.user(ROLE_ADMIN, commune.parent)
    rows = [["hoa@example.vn", "Nguyễn Thị Hoa", "Cán bộ đầu mối đơn vị", "LH-X01"]]
    service.run_import(KIND_USERS, workbook_stream(KIND_USERS, rows), "a.xlsx", admin, commit=True)
    db.session.commit()
    path = _invitation_path(db.session.scalar(select(OutboxMail)))
    assert client.post("/login", data={"email": "hoa@example.vn", "password": ""}).status_code != 302
    page = client.get(path)
    assert page.status_code == 200 and "hoa@example.vn" in page.get_data(as_text=True)
    weak = client.post(path, data={"new_password": "123", "confirm": "123"})
    assert weak.status_code == 200  # the password policy refuses it, the page stays
    done = client.post(path, data={"new_password": "Mật khẩu riêng 2026!", "confirm": "Mật khẩu riêng 2026!"})
    assert done.status_code == 302 and done.headers["Location"].endswith("/login")
    signed_in = client.post("/login", data={"email": "hoa@example.vn", "password": "Mật khẩu riêng 2026!"})
    assert signed_in.status_code == 302
    client.get("/logout")
    again = client.get(path)
    assert again.status_code == 302 and "/login" in again.headers["Location"]


def test_an_invitation_link_expires(app, client, make, commune, monkeypatch):
    admin = make.user(ROLE_ADMIN, commune.parent)
    rows = [["hoa@example.vn", "Nguyễn Thị Hoa", "Cán bộ đầu mối đơn vị", "LH-X01"]]
    service.run_import(KIND_USERS, workbook_stream(KIND_USERS, rows), "a.xlsx", admin, commit=True)
    db.session.commit()
    path = _invitation_path(db.session.scalar(select(OutboxMail)))
    start = reset.now()
    monkeypatch.setattr(reset, "now", lambda: start + app.config["INVITATION_DAYS"] * 86400 + 5)
    assert client.get(path).status_code == 302
    # and a password-reset token is no invitation token (their salts differ)
    user = db.session.scalar(select(User).where(User.email == "hoa@example.vn"))
    monkeypatch.setattr(reset, "now", lambda: start)
    assert client.get(f"/invitation/{reset.make_token(user)}").status_code == 302


def test_undo_of_accounts_withdraws_unsent_invitations_and_is_refused_once_one_is_accepted(make, commune):
    admin = make.user(ROLE_ADMIN, commune.parent)
    rows = [["a@example.vn", "A", "Cán bộ đầu mối đơn vị", "LH-X01"]]
    batch, _report = service.run_import(KIND_USERS, workbook_stream(KIND_USERS, rows), "a.xlsx", admin, commit=True)
    service.undo(batch, admin)
    assert db.session.scalar(select(User).where(User.email == "a@example.vn")) is None
    assert db.session.scalar(select(func.count()).select_from(OutboxMail)) == 0
    again, _report = service.run_import(KIND_USERS, workbook_stream(KIND_USERS, rows), "a.xlsx", admin, commit=True)
    user = db.session.scalar(select(User).where(User.email == "a@example.vn"))
    user.set_password("Mật khẩu riêng 2026!")
    with pytest.raises(Refused, match="can no longer be undone"):
        service.undo(again, admin)
