"""Every mail subject fits in 130 characters: a long title is shortened with "…" at a word boundary (#11)."""

import pytest
from flask_babel import force_locale
from sqlalchemy import select

from registry.extensions import db
from tests.outbox_smtp import mail_settings
from tests.workflow_world import build_council_world
from workflows.outbox.compose import MAX_SUBJECT, shorten, subject_for
from workflows.outbox.models import OutboxMail
from workflows.outbox.notifications import NOTIFICATIONS
from workflows.transitions import fire

#: 500 characters of words (the longest title the form accepts), accented as real titles are.
LONG_TITLE = ("Mô hình dân vận khéo xây dựng đường giao thông nông thôn kiểu mẫu " * 8)[:500]
#: What the other subjects name: a session's date and a council (a long name too).
VALUES = {"code": "DVK-2026-00123", "title": LONG_TITLE, "count": 12, "date": "15/10/2026",
          "council": "Hội đồng thẩm định mô hình “Dân vận khéo” cấp tỉnh " * 4}


def test_shorten_cuts_at_a_word_boundary_and_marks_the_cut():
    assert shorten("Đường hoa xã An Bình", 100) == "Đường hoa xã An Bình"
    assert shorten("Đường hoa xã An Bình", 12) == "Đường hoa…"
    assert shorten("Mộtchữrấtdàikhôngcódấucách", 10) == "Mộtchữrất…"


@pytest.mark.parametrize("locale", ["vi", "en"])
@pytest.mark.parametrize("notification", NOTIFICATIONS, ids=lambda notification: notification.event)
def test_every_notification_subject_fits_with_a_500_character_title(app, notification, locale):
    with app.test_request_context(), force_locale(locale):
        subject = subject_for(notification.event, **VALUES)
    assert len(subject) <= MAX_SUBJECT
    assert subject.startswith("[Dân vận khéo] ")
    if "%(title)s" in str(notification.subject):
        assert "…" in subject and "DVK-2026-00123" in subject
        shortened = subject.split("“", 1)[1].split("…", 1)[0]
        assert LONG_TITLE.startswith(shortened) and LONG_TITLE[len(shortened)] == " ", "cut inside a word"
        assert subject.endswith("…”"), "the closing quote of the template stays"


def test_a_short_title_is_left_whole(app):
    with app.test_request_context(), force_locale("vi"):
        subject = subject_for("recognized", code="DVK-2026-00001", title="Đường hoa")
    assert "…" not in subject and subject.endswith("“Đường hoa”")


def test_a_very_long_prefix_still_gives_a_short_subject(app):
    prefix = "[" + "Ban Tuyên giáo và Dân vận Tỉnh ủy " * 5 + "]"
    with mail_settings(app, MAIL_SUBJECT_PREFIX=prefix), app.test_request_context(), force_locale("vi"):
        subject = subject_for("submitted", **VALUES)
    assert len(subject) <= MAX_SUBJECT and subject.endswith("…")


def test_the_mails_queued_for_a_long_title_have_short_subjects(make):
    world = build_council_world(make, status="draft")
    world.initiative.title = LONG_TITLE
    fire(world.initiative, "submit", world.people["officer"])
    subjects = list(db.session.scalars(select(OutboxMail.subject).where(OutboxMail.event == "submitted")))
    assert len(subjects) == 3
    assert all(len(subject) <= MAX_SUBJECT and "…" in subject for subject in subjects)
