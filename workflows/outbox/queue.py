"""Queue notification mails: rows added to the caller's session, committed with the change behind them."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select

from registry.deadlines import deadline_for
from registry.extensions import db
from registry.models import Initiative, User
from registry.models.campaigns import EVALUATION_DELIBERATION
from registry.models.deadlines import DEADLINE_EVALUATION
from workflows.councils.models import Council
from workflows.machine import TRIGGERS_BY_NAME
from workflows.models import TransitionLog
from workflows.outbox.compose import initiative_url, link_for, new_message_id, render
from workflows.outbox.models import MAIL_MODES, OutboxMail
from workflows.outbox.recipients import council_of, recipients

#: Mails that always go at once, whatever the recipient's preference (a digest is never held itself, and a
#: reset link expires within the hour).
NEVER_HELD = ("digest", "password_reset", "invitation")


def _muted() -> bool:
    return bool(db.session.info.get("outbox_muted"))


@contextmanager
def mail_muted() -> Iterator[None]:
    """Queue no notification in this session while inside (a replay of old history, e.g. the demo)."""
    db.session.info["outbox_muted"] = True
    try:
        yield
    finally:
        db.session.info.pop("outbox_muted", None)


def dedupe_taken(key: str) -> bool:
    """Tell whether a mail with this once-only key was already queued."""
    return db.session.scalar(select(OutboxMail.id).where(OutboxMail.dedupe_key == key)) is not None


def queue_mail(event: str, user: User, subject_values: dict, initiative: Initiative | None = None,
               dedupe_key: str | None = None, **context) -> OutboxMail | None:
    """Render `event` for `user` and add it to the outbox (held for a digest user); never commits.

    Returns None when the user has no usable address or the `dedupe_key` was used already.
    """
    if _muted():
        return None
    if not user.is_active_account or not user.email or (dedupe_key and dedupe_taken(dedupe_key)):
        return None
    mail = render(event, user, subject_values, initiative=initiative, **context)
    held = user.mail_mode == "daily_digest" and event not in NEVER_HELD
    row = OutboxMail(message_id=new_message_id(), event=event, initiative=initiative, recipient=user,
                     to_address=user.email, to_name=user.full_name or "", locale=mail.locale,
                     subject=mail.subject, body_text=mail.text, body_html=mail.html,
                     status="held" if held else "pending", attempts=0, last_error="", file_name="",
                     dedupe_key=dedupe_key)
    db.session.add(row)
    return row


def decides_by_vote(initiative: Initiative) -> bool:
    """Tell whether the initiative's campaign decides by the vote of a council session (no score sheets)."""
    return initiative.campaign.evaluation_mode == EVALUATION_DELIBERATION


def _initiative_subject(initiative: Initiative) -> dict:
    return {"code": initiative.code, "title": initiative.title}


def queue_transition_mail(initiative: Initiative, log: TransitionLog) -> list[OutboxMail]:
    """Queue the mails of a transition (its trigger's event, by the notification table); never commits."""
    if _muted():  # skip finding recipients too: a replay queues nothing
        return []
    events = TRIGGERS_BY_NAME[log.trigger].events
    if not events:
        return []
    council = council_of(initiative)
    rows = []
    for event in events:
        for user, audience in recipients(event, initiative, council):
            row = queue_mail(event, user, _initiative_subject(initiative), initiative=initiative,
                             audience=audience, log=log, council=council,
                             link=link_for(event, initiative.id, decides_by_vote(initiative)))
            if row is not None:
                rows.append(row)
    return rows


def queue_assignment_mail(initiative: Initiative, council: Council) -> list[OutboxMail]:
    """Queue a mail to each member who scores `initiative`, newly assigned to `council`; never commits."""
    if _muted():  # skip finding recipients too: a replay queues nothing
        return []
    rows = []
    # The deadline as it holds for the initiative's unit (extensions included), said as passed when it has.
    deadline = deadline_for(initiative.campaign, DEADLINE_EVALUATION, initiative.unit)
    for user, audience in recipients("assigned", initiative, council):
        row = queue_mail("assigned", user, _initiative_subject(initiative), initiative=initiative,
                         audience=audience, council=council,
                         link=link_for("assigned", initiative.id, decides_by_vote(initiative)),
                         deadline=deadline)
        if row is not None:
            rows.append(row)
    return rows


def queue_quorum_mail(initiative: Initiative) -> list[OutboxMail]:
    """Queue the quorum notice to the secretary and chair once the quorum holds, once per round; never commits."""
    if _muted():  # skip finding recipients too: a replay queues nothing
        return []
    from workflows.rules import evaluate

    result = evaluate(initiative)
    if not result.has_quorum:
        return []
    council = council_of(initiative)
    rows = []
    for user, audience in recipients("quorum_reached", initiative, council):
        key = f"quorum:{initiative.id}:{initiative.evaluation_round}:{user.id}"
        row = queue_mail("quorum_reached", user, _initiative_subject(initiative), initiative=initiative,
                         dedupe_key=key, audience=audience, council=council, result=result,
                         link=initiative_url(initiative.id))
        if row is not None:
            rows.append(row)
    return rows


def set_mail_mode(user: User, mode: str) -> None:
    """Set how `user` receives mails; mails already held stay for the next digest. Flushes."""
    if mode not in MAIL_MODES:
        raise ValueError(f"unknown mail mode {mode!r}")
    user.mail_mode = mode
    db.session.flush()
