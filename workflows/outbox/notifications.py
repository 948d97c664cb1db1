"""The one table of notifications: each event's audiences, subject, label, templates and cause.

A workflow trigger names the event it sends (`TriggerSpec.event` in workflows/machine.py); the cause of
those events is read from the machine, so the trigger → event map lives in one place only.
"""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from workflows.machine import TRIGGERS

#: Where a mail's button leads: the initiative's page, or the member's score sheet of it.
LINK_DOSSIER = "dossier"
LINK_SHEET = "sheet"

#: The people a notification can go to, as they are named in docs/notifications.md.
AUDIENCES = {
    "officers": "the unit's focal officers",
    "staff": "staff over the unit (its subtree scopes)",
    "secretary": "the council secretary, when assigned",
    "chair": "the council chair",
    "scoring_members": "each council member who scores it (no conflict of interest)",
    "member": "the council member with unscored assignments",
    "digest_user": "the user who chose the daily digest",
    "account_owner": "the account's owner (only when the e-mail typed belongs to an active account)",
    "session_members": "each member of the council holding the session",
}


@dataclass(frozen=True)
class Notification:
    """One kind of mail: its event name (also its templates' name), who receives it, its subject and label.

    `cause` says what sends it; for an event a workflow trigger sends, it only adds a note to the triggers
    read from the machine.
    """

    event: str
    audiences: tuple[str, ...]
    #: the mail's subject (after the configured prefix), formatted with the event's subject values
    subject: str
    #: the event's name on the staff's outbox page
    label: str
    cause: str = ""
    #: where the mail's link leads (LINK_DOSSIER or LINK_SHEET: a member asked to score opens the sheet)
    links_to: str = LINK_DOSSIER
    #: the subject in a campaign that decides by the vote of a council session (None: the same subject)
    vote_subject: str | None = None

    @property
    def templates(self) -> tuple[str, str]:
        """Return the plain-text and HTML templates of the mail."""
        return f"email/{self.event}.txt", f"email/{self.event}.html"

    @property
    def triggers(self) -> tuple[str, ...]:
        """Return the names of the workflow triggers that send this event."""
        return tuple(spec.name for spec in TRIGGERS if self.event in spec.events)

    def described_cause(self) -> str:
        """Return what causes the mail, as docs/notifications.md words it."""
        if not self.triggers:
            return self.cause
        fired = "trigger " + " or ".join(f"`{name}`" for name in self.triggers)
        return f"{fired} {self.cause}" if self.cause else fired


#: The single table of who gets what; docs/notifications.md shows exactly this (a test checks). Events
#: a trigger sends are named after the state the initiative reaches.
NOTIFICATIONS = (
    Notification("submitted", ("officers", "staff", "secretary"),
                 _l("Registration received: %(code)s “%(title)s”"), _l("Registration submitted")),
    Notification("returned", ("officers",), _l("Returned for revision: %(code)s “%(title)s”"),
                 _l("Returned for revision"), "(the mail carries the reason)"),
    Notification("assigned", ("scoring_members",), _l("New initiative to score: %(code)s “%(title)s”"),
                 _l("Assigned to a council"), "an initiative is newly assigned to a council", LINK_SHEET,
                 _l("New initiative for the council's vote: %(code)s “%(title)s”")),
    Notification("rescore", ("scoring_members",), _l("Resubmitted, please score again: %(code)s “%(title)s”"),
                 _l("Score again after resubmission"), "(the sheets of the round before are set aside)",
                 LINK_SHEET, _l("Resubmitted, to be voted on again: %(code)s “%(title)s”")),
    Notification("quorum_reached", ("secretary", "chair"), _l("Quorum reached: %(code)s “%(title)s”"),
                 _l("Quorum reached"), "a submitted score sheet reaches the quorum (once per round)"),
    Notification("session_summoned", ("session_members",), _l("Council session on %(date)s: %(council)s"),
                 _l("Summoned to a council session"), "a council session is recorded (once per member and session)"),
    Notification("recognized", ("officers",), _l("Recognized: %(code)s “%(title)s”"), _l("Recognized")),
    Notification("not_recognized", ("officers",), _l("Not recognized: %(code)s “%(title)s”"),
                 _l("Not recognized"), "(with the reason)"),
    Notification("exemplary", ("officers",), _l("Selected as exemplary: %(code)s “%(title)s”"), _l("Exemplary")),
    Notification("commended", ("officers",), _l("Commended: %(code)s “%(title)s”"), _l("Commended")),
    Notification("revoked", ("officers",), _l("Recognition revoked: %(code)s “%(title)s”"),
                 _l("Recognition revoked"), "(with the reason)"),
    Notification("reminder_scoring", ("member",), _l("Reminder: %(count)d initiatives wait for your score sheet"),
                 _l("Scoring reminder"), "`flask reminders send`: unscored assignments, N days before the "
                 "evaluation deadline (once a day)", LINK_SHEET),
    Notification("reminder_resubmit", ("officers",),
                 _l("Reminder: %(count)d returned initiatives wait for resubmission"), _l("Resubmission reminder"),
                 "`flask reminders send`: returned initiatives waiting for resubmission (once a day)"),
    Notification("digest", ("digest_user",), _l("Your daily summary: %(count)d notifications"), _l("Daily digest"),
                 "`flask reminders send` or `flask outbox run`: the day's held mails (once a day)"),
    Notification("password_reset", ("account_owner",), _l("Choose a new password"), _l("Password reset link"),
                 "the \"Quên mật khẩu\" form: a single-use link to choose a new password (never held for a digest)"),
    Notification("invitation", ("account_owner",), _l("You are invited to the “Dân vận khéo” registry"),
                 _l("Invitation to choose a password"),
                 "an Excel import of accounts: a single-use link to choose a first password (never held for a digest)"),
)

NOTIFICATIONS_BY_EVENT = {notification.event: notification for notification in NOTIFICATIONS}
#: The events' labels, in the table's order (the outbox page's filter).
EVENT_LABELS = {notification.event: notification.label for notification in NOTIFICATIONS}

# Every event a trigger sends must be a row here: a missing one would fail on the first transition.
assert {event for spec in TRIGGERS for event in spec.events} <= set(NOTIFICATIONS_BY_EVENT)


def markdown_table() -> str:
    """Return the notification table as Markdown (what docs/notifications.md must contain)."""
    lines = ["| event | caused by | recipients |", "| --- | --- | --- |"]
    for notification in NOTIFICATIONS:
        people = "; ".join(AUDIENCES[audience] for audience in notification.audiences)
        lines.append(f"| `{notification.event}` | {notification.described_cause()} | {people} |")
    return "\n".join(lines) + "\n"
