"""The outbox's rules without SMTP: who gets what, rollback, language, digests, reminders, files, pages, docs."""

import email
import email.policy
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from registry.extensions import db
from registry.models.base import utcnow
from registry.refusals import Refused
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from tests.outbox_smtp import mail_settings
from tests.workflow_world import build_council_world, score
from workflows.councils.service import assign, create_council, seat_member
from workflows.models import TransitionLog
from workflows.outbox import worker
from workflows.outbox.models import OutboxMail
from workflows.outbox.notifications import NOTIFICATIONS, markdown_table
from workflows.outbox.reminders import queue_digests, send_reminders
from workflows.transitions import fire

DOCS = Path(__file__).resolve().parent.parent / "docs" / "notifications.md"


def _rows(**where):
    query = select(OutboxMail).order_by(OutboxMail.id)
    for name, value in where.items():
        query = query.where(getattr(OutboxMail, name) == value)
    return list(db.session.scalars(query))


@pytest.fixture
def file_mode(app, tmp_path):
    """Point the outbox at .eml files in a temporary directory."""
    with mail_settings(app, MAIL_BACKEND="file", MAIL_FILE_DIR=str(tmp_path / "mail")):
        yield tmp_path / "mail"


def test_the_docs_show_exactly_the_notification_table_of_the_code():
    text = DOCS.read_text(encoding="utf-8")
    start, end = "<!-- notifications-table:start -->\n", "<!-- notifications-table:end -->"
    assert text.split(start, 1)[1].split(end, 1)[0].strip() == markdown_table().strip()
    for notification in NOTIFICATIONS:
        assert Path(f"templates/email/{notification.event}.txt").exists()
        assert Path(f"templates/email/{notification.event}.html").exists()


def test_a_refused_transition_queues_no_mail(make):
    world = build_council_world(make, status="draft")
    db.session.commit()
    before = len(_rows())
    with pytest.raises(Refused):
        fire(world.initiative, "return_for_revision", world.people["staff"], comment="")
    db.session.rollback()
    assert len(_rows()) == before


def test_mail_rows_are_written_in_the_transaction_of_the_change(make):
    world = build_council_world(make, status="draft")
    db.session.commit()
    fire(world.initiative, "submit", world.people["officer"])
    assert len(_rows(event="submitted")) == 3
    db.session.rollback()  # the action failed later: its mails go with it
    assert _rows(event="submitted") == []


def test_an_english_speaking_recipient_gets_the_mail_in_english(make):
    world = build_council_world(make, status="draft")
    world.people["officer"].locale = "en"
    fire(world.initiative, "submit", world.people["officer"])
    mine = _rows(event="submitted", recipient_id=world.people["officer"].id)[0]
    staff = _rows(event="submitted", recipient_id=world.people["staff"].id)[0]
    assert mine.subject.startswith("[Dân vận khéo] Registration received: ")
    assert mine.body_text.startswith("Dear Trần Thị Bình,") and "was received on" in mine.body_text
    assert staff.subject.startswith("[Dân vận khéo] Đã nhận hồ sơ đăng ký: ")


def test_the_subject_prefix_and_base_url_come_from_the_settings(app, make):
    with mail_settings(app, MAIL_SUBJECT_PREFIX="[DVK Bắc Kạn]", BASE_URL="https://dvk.backan.gov.vn/app/"):
        world = build_council_world(make, status="draft")
        fire(world.initiative, "submit", world.people["officer"])
    row = _rows(event="submitted")[0]
    assert row.subject.startswith("[DVK Bắc Kạn] ")
    assert f"https://dvk.backan.gov.vn/app/initiatives/{world.initiative.id}" in row.body_html
    assert row.message_id.startswith("<outbox-") and row.message_id.endswith("@dvk.backan.gov.vn>")


def test_a_member_with_a_conflict_is_not_told_of_the_assignment(make):
    world = build_council_world(make, status="draft")
    db.session.execute(delete(OutboxMail))
    council = create_council(world.people["staff"], "Hội đồng 2", world.initiative.campaign, world.province, [])
    seat_member(world.people["staff"], council, world.people["member1"], "member", world.unit)
    seat_member(world.people["staff"], council, world.people["member2"], "member", None)
    world.initiative.status = "registered"
    assign(world.people["staff"], council, [world.initiative])
    assert {row.to_address for row in _rows(event="assigned")} == {world.people["member2"].email}
    assign(world.people["staff"], council, [world.initiative])  # same council again: nothing new
    assert len(_rows(event="assigned")) == 1


def test_digest_users_get_their_mails_held_and_one_digest_a_day(app, make, file_mode):
    world = build_council_world(make, status="draft")
    officer = world.people["officer"]
    officer.mail_mode = "daily_digest"
    fire(world.initiative, "submit", officer)
    fire(world.initiative, "return_for_revision", world.people["staff"], comment="Bổ sung minh chứng")
    db.session.commit()
    held = _rows(recipient_id=officer.id)
    assert [row.status for row in held] == ["held", "held"]
    worker.send_due()
    assert all(row.status == "held" for row in _rows(recipient_id=officer.id))
    today = date(2026, 11, 20)
    assert queue_digests(today) == 1
    assert queue_digests(today) == 0, "one digest per user and day"
    db.session.commit()
    [digest] = _rows(event="digest")
    assert digest.recipient_id == officer.id and digest.status == "pending"
    assert digest.subject == "[Dân vận khéo] Thư tổng hợp hằng ngày: 2 thông báo"
    assert "Bổ sung minh chứng" in digest.body_text
    assert {row.status for row in held} == {"digested"} and {row.digest_id for row in held} == {digest.id}
    fire(world.initiative, "resubmit", officer)
    db.session.commit()
    assert queue_digests(today) == 0, "the day's digest is gone: new mails wait for tomorrow"
    assert queue_digests(today + timedelta(days=1)) == 1


def test_preferences_page_saves_the_mode_and_refuses_garbage(client, make, login):
    world = build_council_world(make)
    db.session.commit()
    login(world.people["member1"])
    page = client.get("/account/notifications")
    assert page.status_code == 200 and "Một thư tổng hợp mỗi ngày" in page.get_data(as_text=True)
    assert client.post("/account/notifications", data={"mail_mode": "daily_digest"}).status_code == 302
    db.session.expire_all()
    assert world.people["member1"].mail_mode == "daily_digest"
    bad = client.post("/account/notifications", data={"mail_mode": "hourly"})
    assert bad.status_code == 400 and "Vui lòng chọn cách nhận thư." in bad.get_data(as_text=True)


def _deadline_world(make, days_ahead: int):
    world = build_council_world(make)
    # The sheet was submitted "on 20/11/2026", before the deadline: it is scored before the deadline is set,
    # since the service checks the deadline against the real today.
    score(world, "member1", 70)
    world.initiative.campaign.evaluation_deadline = date(2026, 11, 20) + timedelta(days=days_ahead)
    db.session.commit()
    return world


def test_scoring_reminders_go_to_members_with_unscored_assignments_once_a_day(make):
    world = _deadline_world(make, days_ahead=2)
    counts = send_reminders(date(2026, 11, 20))
    again = send_reminders(date(2026, 11, 20))
    reminded = {row.to_address for row in _rows(event="reminder_scoring")}
    expected = {world.people[seat].email for seat in ("chair", "secretary", "member2", "member3")}
    assert counts.scoring == 4 and again.scoring == 0 and reminded == expected
    row = _rows(event="reminder_scoring")[0]
    assert "Hạn thẩm định là ngày 22/11/2026" in row.body_text and world.initiative.code in row.body_text
    assert send_reminders(date(2026, 11, 21)).scoring == 4, "the next day reminds again"


def test_no_scoring_reminder_while_the_deadline_is_far(make):
    _deadline_world(make, days_ahead=10)
    assert send_reminders(date(2026, 11, 20)).scoring == 0


def test_resubmission_reminders_tell_officers_of_initiatives_waiting_since_n_days(app, make):
    world = build_council_world(make, status="registered")
    fire(world.initiative, "return_for_revision", world.people["staff"], comment="Thiếu số liệu")
    log = db.session.scalar(select(TransitionLog).where(TransitionLog.to_status == "returned"))
    log.created_at = utcnow() - timedelta(days=10)
    db.session.commit()
    today = utcnow().date()
    with mail_settings(app, REMINDER_RETURNED_AFTER_DAYS=7):
        assert send_reminders(today).resubmit == 1
        assert send_reminders(today).resubmit == 0
    [row] = _rows(event="reminder_resubmit")
    assert row.to_address == world.people["officer"].email and world.initiative.code in row.body_text
    with mail_settings(app, REMINDER_RETURNED_AFTER_DAYS=30):
        assert send_reminders(today + timedelta(days=1)).resubmit == 0


def test_reminders_command_is_idempotent_per_day(runner, make):
    _deadline_world(make, days_ahead=1)
    first = runner.invoke(args=["reminders", "send", "--date", "2026-11-20"])
    second = runner.invoke(args=["reminders", "send", "--date", "2026-11-20"])
    assert first.exit_code == 0 and "scoring reminders 4" in first.output
    assert second.exit_code == 0 and "scoring reminders 0" in second.output
    assert len(_rows(event="reminder_scoring")) == 4


def test_file_mode_writes_eml_files_that_the_staff_page_lists(app, client, login, make, file_mode, runner):
    world = build_council_world(make, members=1)
    db.session.commit()
    result = runner.invoke(args=["outbox", "run", "--once"])
    assert result.exit_code == 0 and "sent 3" in result.output
    files = sorted(file_mode.glob("*.eml"))
    assert len(files) == 3
    message = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    assert message["Subject"].startswith("[Dân vận khéo] Mô hình mới cần chấm điểm")
    login(world.people["staff"])
    page = client.get("/outbox/?status=sent")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Thư đã gửi" in html and html.count("/outbox/") >= 3
    row = _rows()[0]
    assert client.get(f"/outbox/{row.id}").status_code == 200
    download = client.get(f"/outbox/{row.id}/eml")
    body = download.get_data()
    download.close()
    assert download.status_code == 200 and body == (file_mode / row.file_name).read_bytes()


def test_staff_page_filters_and_never_fails_on_bad_parameters(client, login, make):
    world = build_council_world(make)
    db.session.commit()
    login(world.people["staff"])
    for query in ("?page=abc", "?status=nope&event=%00", "?q=" + "x" * 5000, "?page=99999", "?q=%25_"):
        assert client.get("/outbox/" + query).status_code == 200
    filtered = client.get("/outbox/?event=submitted").get_data(as_text=True)
    assert "Không có thư nào phù hợp." in filtered
    assert client.get("/outbox/?q=member1").get_data(as_text=True).count("member1") >= 1
    assert client.get("/outbox/999999").status_code == 404
    assert client.post("/outbox/999999/resend").status_code == 404


def test_only_staff_over_the_unit_see_its_mails(client, login, make):
    world = build_council_world(make)
    db.session.commit()
    row = _rows()[0]
    login(world.people["outside_staff"])
    assert client.get(f"/outbox/{row.id}").status_code == 404
    assert "Không có thư nào phù hợp." in client.get("/outbox/").get_data(as_text=True)
    client.post("/logout")
    login(world.people["officer"])
    assert client.get("/outbox/").status_code == 403


def test_resending_a_mail_that_did_not_fail_is_refused(client, login, make):
    world = build_council_world(make)
    db.session.commit()
    row = _rows()[0]
    login(world.people["staff"])
    response = client.post(f"/outbox/{row.id}/resend", follow_redirects=True)
    assert "Chỉ có thể gửi lại thư đã gửi không thành công." in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(OutboxMail, row.id).attempts == 0


def test_switched_off_accounts_receive_nothing(make):
    world = build_council_world(make, status="draft")
    world.people["officer"].is_active_account = False
    fire(world.initiative, "submit", world.people["officer"])
    assert world.people["officer"].email not in {row.to_address for row in _rows(event="submitted")}


def test_staff_over_a_higher_unit_are_told_of_a_submission(make):
    world = build_council_world(make, status="draft")
    commune_staff = make.user(ROLE_STAFF, unit=world.commune, email="commune-staff@example.vn")
    make.user(ROLE_OFFICER, unit=world.commune, email="commune-officer@example.vn")
    fire(world.initiative, "submit", world.people["officer"])
    addresses = {row.to_address for row in _rows(event="submitted")}
    assert commune_staff.email in addresses and "commune-officer@example.vn" not in addresses


def test_mail_muted_queues_nothing_inside_and_mails_again_after(make):
    from workflows.outbox.queue import mail_muted
    from workflows.transitions import fire

    world = build_council_world(make, members=1)
    db.session.execute(delete(OutboxMail))
    with mail_muted():
        fire(world.initiative, "return_for_revision", world.people["staff"], comment="Bổ sung")
    assert db.session.scalars(select(OutboxMail)).all() == []
    fire(world.initiative, "resubmit", world.people["officer"])
    assert db.session.scalars(select(OutboxMail)).all() != []


def test_the_assignment_mail_leads_to_the_score_sheet_not_the_dossier(make):
    world = build_council_world(make, status="draft")
    db.session.execute(delete(OutboxMail))
    council = create_council(world.people["staff"], "Hội đồng 2", world.initiative.campaign, world.province, [])
    seat_member(world.people["staff"], council, world.people["member2"], "member", None)
    world.initiative.status = "registered"
    assign(world.people["staff"], council, [world.initiative])
    (row,) = _rows(event="assigned")
    sheet = f"/scoring/initiatives/{world.initiative.id}"
    assert sheet in row.body_text and sheet in row.body_html
    assert f"/initiatives/{world.initiative.id}\n" not in row.body_text.replace(sheet, "")
