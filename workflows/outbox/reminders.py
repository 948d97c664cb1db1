"""Reminders and daily digests: queued at most once per person and day, so cron may run them again safely."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from registry.deadlines import deadline_book
from registry.extensions import db
from registry.models import Campaign, DeadlineExtension, Initiative, User
from registry.models.campaigns import EVALUATION_DELIBERATION
from registry.models.deadlines import DEADLINE_EVALUATION
from workflows.councils.models import Council, CouncilAssignment
from workflows.machine import states_where
from workflows.models import TransitionLog
from workflows.outbox.compose import initiative_url, link_for
from workflows.outbox.models import OutboxMail
from workflows.outbox.queue import dedupe_taken, queue_mail
from workflows.outbox.recipients import officers, scoring_seats
from workflows.scoring.models import ScoreSheet


@dataclass
class ReminderCounts:
    """How many mails one run queued."""

    scoring: int = 0
    resubmit: int = 0
    digests: int = 0


def local_today() -> date:
    """Return today's date in the installation's time zone."""
    return datetime.now(ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])).date()


def _queue_once(key: str, event: str, user: User, subject_values: dict, **context) -> OutboxMail | None:
    """Queue a once-only mail in a savepoint: a concurrent run that took the key first wins quietly."""
    if dedupe_taken(key):
        return None
    try:
        with db.session.begin_nested():
            row = queue_mail(event, user, subject_values, dedupe_key=key, **context)
            db.session.flush()
    except IntegrityError:
        return None
    return row


def queue_scoring_reminders(today: date) -> int:
    """Remind each member of their unscored assignments when the evaluation deadline is N days away or less."""
    horizon = today + timedelta(days=current_app.config["REMINDER_DAYS_BEFORE_DEADLINE"])
    # An extension only ever moves a deadline later: a campaign whose own deadline is past may still be due.
    extended = select(DeadlineExtension.campaign_id).where(DeadlineExtension.kind == DEADLINE_EVALUATION)
    rows = db.session.execute(
        select(Initiative, Council)
        .join(CouncilAssignment, CouncilAssignment.initiative_id == Initiative.id)
        .join(Council, Council.id == CouncilAssignment.council_id)
        .join(Campaign, Campaign.id == Initiative.campaign_id)
        .where(Initiative.status.in_(states_where(in_evaluation=True)),
               Campaign.evaluation_deadline.between(today, horizon) | Campaign.id.in_(extended),
               # A campaign that decides by vote has no score sheet to remind of.
               Campaign.evaluation_mode != EVALUATION_DELIBERATION)
        .order_by(Initiative.code)).all()
    book = deadline_book(initiative.campaign_id for initiative, _council in rows)
    waiting: dict[int, list] = defaultdict(list)
    users: dict[int, User] = {}
    for initiative, council in rows:
        # The deadline for the initiative's unit, extensions included: remind only while it is near and not past.
        due = book.deadline(initiative.campaign, DEADLINE_EVALUATION, initiative.unit)
        if due is None or not today <= due.day <= horizon:
            continue
        deadline = due.day
        submitted = set(db.session.scalars(select(ScoreSheet.member_id).where(
            ScoreSheet.initiative_id == initiative.id, ScoreSheet.round == initiative.evaluation_round,
            ScoreSheet.status == "submitted")))
        for seat in scoring_seats(council, initiative):
            if seat.id not in submitted and seat.user.is_active_account:
                users[seat.user_id] = seat.user
                waiting[seat.user_id].append({"code": initiative.code, "title": initiative.title,
                                              "link": link_for("reminder_scoring", initiative.id),
                                              "deadline": deadline})
    queued = 0
    for user_id, items in waiting.items():
        deadline = min(item["deadline"] for item in items)
        if _queue_once(f"reminder_scoring:{user_id}:{today.isoformat()}", "reminder_scoring", users[user_id],
                       {"count": len(items)}, items=items, deadline=deadline):
            queued += 1
    return queued


def queue_resubmit_reminders(today: date) -> int:
    """Remind the officers of units whose returned initiatives wait for resubmission for N days or more."""
    cutoff = datetime.combine(today, datetime.min.time(), tzinfo=UTC) - timedelta(
        days=current_app.config["REMINDER_RETURNED_AFTER_DAYS"] - 1)
    returned_at = (select(TransitionLog.initiative_id, func.max(TransitionLog.created_at).label("at"))
                   .where(TransitionLog.to_status.in_(states_where(reminds_officers=True))).group_by(TransitionLog.initiative_id).subquery())
    rows = db.session.execute(
        select(Initiative, returned_at.c.at).join(returned_at, returned_at.c.initiative_id == Initiative.id)
        .where(Initiative.status.in_(states_where(reminds_officers=True)), returned_at.c.at < cutoff)
        .order_by(Initiative.code)).all()
    waiting: dict[int, list] = defaultdict(list)
    users: dict[int, User] = {}
    for initiative, at in rows:
        for user in officers(initiative):
            users[user.id] = user
            waiting[user.id].append({"code": initiative.code, "title": initiative.title,
                                     "link": initiative_url(initiative.id), "returned_at": at})
    queued = 0
    for user_id, items in waiting.items():
        if _queue_once(f"reminder_resubmit:{user_id}:{today.isoformat()}", "reminder_resubmit", users[user_id],
                       {"count": len(items)}, items=items):
            queued += 1
    return queued


def queue_digests(today: date) -> int:
    """Gather each digest user's held mails into one digest mail, at most one per user and day."""
    user_ids = list(db.session.scalars(select(OutboxMail.recipient_id).where(
        OutboxMail.status == "held", OutboxMail.recipient_id.is_not(None)).distinct()))
    queued = 0
    for user_id in sorted(user_ids):
        user = db.session.get(User, user_id)
        held = list(db.session.scalars(select(OutboxMail).where(
            OutboxMail.status == "held", OutboxMail.recipient_id == user_id).order_by(OutboxMail.id)))
        digest = _queue_once(f"digest:{user_id}:{today.isoformat()}", "digest", user, {"count": len(held)},
                             items=held)
        if digest is None:
            continue
        for row in held:
            row.status = "digested"
            row.digest_id = digest.id
            row.sent_at = None
        queued += 1
    db.session.flush()
    return queued


def send_reminders(today: date | None = None) -> ReminderCounts:
    """Queue today's reminders, then the digests (which carry the reminders of digest users); never commits."""
    today = today or local_today()
    counts = ReminderCounts()
    counts.scoring = queue_scoring_reminders(today)
    counts.resubmit = queue_resubmit_reminders(today)
    counts.digests = queue_digests(today)
    return counts


def digest_due(now: datetime | None = None) -> bool:
    """Tell whether the worker's loop should queue digests now (from OUTBOX_DIGEST_HOUR, local time)."""
    now = now or datetime.now(ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"]))
    return now.hour >= current_app.config["OUTBOX_DIGEST_HOUR"]
