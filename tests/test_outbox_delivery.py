"""The outbox against a real SMTP server (aiosmtpd): every event, outages, rejections, resends, two workers."""

import threading
from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select

from registry.extensions import db
from registry.models.base import utcnow
from tests.outbox_smtp import free_port, mail_settings, smtp_server, smtp_settings
from tests.workflow_world import TODAY_VN, build_council_world, score
from workflows.outbox import worker
from workflows.outbox.models import OutboxMail
from workflows.outbox.notifications import LINK_SHEET, NOTIFICATIONS_BY_EVENT
from workflows.transitions import fire

PREFIX = "[Dân vận khéo] "


def _rows(event=None):
    query = select(OutboxMail).order_by(OutboxMail.id)
    if event:
        query = query.where(OutboxMail.event == event)
    return list(db.session.scalars(query))


def _delivered(smtp) -> dict[str, set[str]]:
    """Map each event (X-DVK-Event header) to the set of addresses that received it."""
    by_event: dict[str, set[str]] = {}
    for message in smtp.messages():
        by_event.setdefault(message["X-DVK-Event"], set()).update(
            address.addr_spec for address in message["To"].addresses)
    return by_event


def _run_full_workflow(world):
    """Take the world's draft initiative through every step that sends mail."""
    people, initiative = world.people, world.initiative
    fire(initiative, "submit", people["officer"])
    fire(initiative, "return_for_revision", people["staff"], comment="Thiếu chỉ tiêu đăng ký cụ thể")
    fire(initiative, "resubmit", people["officer"])
    for seat in ("chair", "secretary", "member1", "member2", "member3"):
        score(world, seat, 90, "exemplary")
    fire(initiative, "complete_evaluation", people["secretary"])
    fire(initiative, "recognize", people["chair"], **world.inputs())
    fire(initiative, "select_exemplary", people["chair"], **world.inputs())
    fire(initiative, "commend", people["staff"], **world.inputs())
    fire(initiative, "revoke", people["staff"], **world.inputs())
    db.session.commit()


def test_every_workflow_event_delivers_the_right_mail_to_the_right_addresses(app, make):
    world = build_council_world(make, status="draft")
    _run_full_workflow(world)
    address = {name: user.email for name, user in world.people.items()}
    seats = {address[seat] for seat in ("chair", "secretary", "member1", "member2", "member3")}
    with smtp_server() as smtp, mail_settings(app, **smtp_settings(smtp.port)):
        result = worker.send_due()
    delivered = _delivered(smtp)
    assert delivered == {
        "assigned": seats,
        "submitted": {address["officer"], address["staff"], address["secretary"]},
        "returned": {address["officer"]},
        # the resubmission asks every scoring seat to score the new round
        "rescore": seats,
        "quorum_reached": {address["secretary"], address["chair"]},
        "recognized": {address["officer"]},
        "exemplary": {address["officer"]},
        "commended": {address["officer"]},
        "revoked": {address["officer"]},
    }
    assert address["outside_staff"] not in set().union(*delivered.values())
    assert result.failed == 0 and result.sent == len(smtp.envelopes) == len(_rows())
    # submit and resubmit each tell three people; the quorum notice goes once, not after every later sheet
    assert sum(m["X-DVK-Event"] == "submitted" for m in smtp.messages()) == 6
    assert sum(m["X-DVK-Event"] == "quorum_reached" for m in smtp.messages()) == 2


@pytest.mark.parametrize(("event", "subject_start"), [
    ("assigned", "Mô hình mới cần chấm điểm: "),
    ("submitted", "Đã nhận hồ sơ đăng ký: "),
    ("returned", "Yêu cầu bổ sung hồ sơ: "),
    ("rescore", "Đã gửi lại, đề nghị chấm lại: "),
    ("quorum_reached", "Đủ số phiếu tối thiểu: "),
    ("recognized", "Đã công nhận: "),
    ("exemplary", "Được chọn tiêu biểu: "),
    ("commended", "Đã khen thưởng: "),
    ("revoked", "Đã thu hồi công nhận: "),
])
def test_each_mail_has_its_vietnamese_subject_and_encoded_names(app, make, event, subject_start):
    world = build_council_world(make, status="draft")
    _run_full_workflow(world)
    with smtp_server() as smtp, mail_settings(app, **smtp_settings(smtp.port)):
        worker.send_due()
    message = next(m for m in smtp.messages() if m["X-DVK-Event"] == event)
    code = world.initiative.code
    assert message["Subject"] == f"{PREFIX}{subject_start}{code} “Đường hoa”"
    assert message["From"].addresses[0].display_name == "Ban Tuyên giáo và Dân vận"
    assert message["To"].addresses[0].display_name == "Trần Thị Bình"
    raw = next(e.content for e in smtp.envelopes if f"X-DVK-Event: {event}".encode() in e.content)
    header_block = raw.split(b"\r\n\r\n", 1)[0]
    assert header_block.isascii(), "headers must be RFC 2047-encoded, never raw UTF-8"
    assert message.get_body(("plain",)).get_content().startswith("Kính gửi đồng chí Trần Thị Bình,")
    # A member asked to score is taken to the score sheet; everyone else to the dossier.
    page = "scoring/initiatives" if NOTIFICATIONS_BY_EVENT[event].links_to == LINK_SHEET else "initiatives"
    assert f"http://127.0.0.1:5000/{page}/{world.initiative.id}" in message.get_body(("html",)).get_content()


def test_a_rejection_tells_the_officers_with_the_reason_and_the_decision(app, make):
    world = build_council_world(make, status="evaluated")
    fire(world.initiative, "reject", world.people["chair"], **{**world.inputs(), "comment": "Chưa có kết quả đo được"})
    db.session.commit()
    with smtp_server() as smtp, mail_settings(app, **smtp_settings(smtp.port)):
        worker.send_due()
    [message] = [m for m in smtp.messages() if m["X-DVK-Event"] == "not_recognized"]
    assert message["To"].addresses[0].addr_spec == world.people["officer"].email
    assert message["Subject"].startswith(PREFIX + "Không công nhận: ")
    text = message.get_body(("plain",)).get_content()
    assert "Lý do: Chưa có kết quả đo được" in text
    assert f"Quyết định số 12-QĐ/BDVTU ngày {TODAY_VN:%d/%m/%Y}" in text


def test_with_the_server_down_transitions_succeed_and_mails_arrive_exactly_once_when_it_returns(app, make):
    port = free_port()  # nobody listens here: connections are refused
    world = build_council_world(make, status="draft")
    db.session.execute(delete(OutboxMail))  # only the submit's mails matter here
    with mail_settings(app, **smtp_settings(port), OUTBOX_RETRY_SECONDS=60):
        fire(world.initiative, "submit", world.people["officer"])
        db.session.commit()
        assert world.initiative.status == "registered"
        first = worker.send_due()
        assert (first.sent, first.retrying, first.failed) == (0, 3, 0)
        rows = _rows()
        assert all(row.status == "pending" and row.attempts == 1 for row in rows)
        assert all(row.next_attempt_at.replace(tzinfo=None) >= (utcnow() + timedelta(seconds=50)).replace(tzinfo=None)
                   for row in rows)
        assert worker.send_due().handled == 0, "nothing is retried before its back-off has passed"
        message_ids = {row.message_id for row in rows}
        for row in rows:  # the back-off has passed
            row.next_attempt_at = utcnow() - timedelta(seconds=1)
        db.session.commit()
        with smtp_server(port) as smtp:
            assert worker.send_due().sent == 3
            assert worker.send_due().handled == 0
    assert len(smtp.envelopes) == 3
    assert {m["Message-ID"] for m in smtp.messages()} == message_ids
    assert all(row.status == "sent" and row.attempts == 2 for row in _rows())


@pytest.mark.parametrize("stage", ["rcpt", "data"])
def test_a_permanent_5xx_rejection_marks_the_row_failed_without_retrying(app, make, stage):
    build_council_world(make)
    db.session.commit()
    with smtp_server() as smtp, mail_settings(app, **smtp_settings(smtp.port)):
        setattr(smtp, f"{stage}_answer", "550 5.1.1 Mailbox unavailable")
        result = worker.send_due()
        assert result.failed == len(_rows()) == 5 and result.sent == 0
        assert worker.send_due().handled == 0
    rows = _rows()
    assert all(row.status == "failed" and row.attempts == 1 and "550" in row.last_error for row in rows)
    assert smtp.envelopes == []


def test_temporary_4xx_answers_back_off_then_give_up_after_the_configured_attempts(app, make):
    world = build_council_world(make, members=1)
    db.session.commit()
    with smtp_server() as smtp, mail_settings(app, **smtp_settings(smtp.port), OUTBOX_MAX_ATTEMPTS=3,
                                              OUTBOX_RETRY_SECONDS=10):
        smtp.rcpt_answer = "451 4.3.0 Try again later"
        waits = []
        for _attempt in range(3):
            worker.send_due()
            rows = _rows()
            waits.append(rows[0].next_attempt_at)
            for row in rows:
                row.next_attempt_at = utcnow() - timedelta(seconds=1)
            db.session.commit()
        assert worker.send_due().handled == 0
    assert all(row.status == "failed" and row.attempts == 3 for row in _rows())
    assert world.initiative.status == "registered"


def test_back_off_doubles_after_each_failure(app):
    with mail_settings(app, OUTBOX_RETRY_SECONDS=60):
        assert [worker.backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [60, 120, 240, 480]
        assert worker.backoff(40) == worker.MAX_BACKOFF


def test_staff_resend_delivers_a_failed_mail_again_with_the_same_message_id(app, make, client, login):
    world = build_council_world(make, members=1)
    db.session.commit()
    with smtp_server() as smtp, mail_settings(app, **smtp_settings(smtp.port)):
        smtp.data_answer = "554 5.7.1 Rejected"
        worker.send_due()
        failed = _rows()[0]
        assert failed.status == "failed"
        login(world.people["staff"])
        response = client.post(f"/outbox/{failed.id}/resend")
        assert response.status_code == 302
        smtp.data_answer = None
        assert worker.send_due().sent == 1
    db.session.expire_all()
    assert db.session.get(OutboxMail, failed.id).status == "sent"
    [message] = smtp.messages()
    assert message["Message-ID"] == failed.message_id


def _queue_many(world, count: int) -> None:
    template = _rows()[0]
    for n in range(count):
        db.session.add(OutboxMail(message_id=f"<outbox-two-workers-{n}@example.vn>", event="assigned",
                                  to_address=f"m{n}@example.vn", to_name="Lê Văn Cường", subject=template.subject,
                                  body_text=template.body_text, body_html=template.body_html, status="pending",
                                  attempts=0, last_error="", file_name=""))
    db.session.commit()


def test_two_workers_deliver_each_row_exactly_once(app, make):
    world = build_council_world(make, members=1)
    db.session.commit()
    if not worker.several_workers_supported():
        # SQLite has no row locks: the rule is one worker, and a second one is refused.
        with worker.worker_lock(), pytest.raises(worker.WorkerBusy), worker.worker_lock():
            pass
        return
    _queue_many(world, 200)
    total = db.session.scalar(select(func.count()).select_from(OutboxMail))

    def run_worker():
        with app.app_context():
            while worker.send_batch(batch_size=7).handled:
                pass
            db.session.remove()

    with smtp_server() as smtp, mail_settings(app, **smtp_settings(smtp.port)):
        threads = [threading.Thread(target=run_worker) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    ids = [m["Message-ID"] for m in smtp.messages()]
    assert len(ids) == total == len(set(ids))
    db.session.expire_all()
    assert {row.status for row in _rows()} == {"sent"}
    assert all(row.attempts == 1 for row in _rows())
