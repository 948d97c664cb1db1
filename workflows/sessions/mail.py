"""The mail summoning the council's members to a session (through the outbox)."""

from registry.i18n import format_date_vn
from workflows.outbox.compose import absolute_url
from workflows.outbox.models import OutboxMail
from workflows.outbox.queue import queue_mail
from workflows.sessions.models import CouncilSession

EVENT = "session_summoned"


def queue_session_mail(session: CouncilSession) -> list[OutboxMail]:
    """Queue the summons to each member of the session's council, once per member and session; never commits."""
    link = absolute_url("sessions.detail", f"/councils/sessions/{session.id}", session_id=session.id)
    subject = {"date": format_date_vn(session.held_on), "council": session.council.name}
    rows = []
    for member in session.council.members:
        row = queue_mail(EVENT, member.user, subject, dedupe_key=f"{EVENT}:{session.id}:{member.user_id}",
                         session=session, member=member, link=link)
        if row is not None:
            rows.append(row)
    return rows
