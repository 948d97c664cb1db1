"""Invitations: an imported account has no password; a single-use, expiring link lets its owner choose one.

The link is a password-reset link (registry.auth.reset) under its own salt and lifetime (INVITATION_DAYS):
choosing a password changes the hash the link is tied to, so it works once.
"""

from dataclasses import dataclass

from flask import current_app
from markupsafe import escape
from sqlalchemy import insert

from registry import audit
from registry.auth import reset
from registry.extensions import db
from registry.models import User
from workflows.outbox.compose import absolute_url, new_message_id, recipient_locale, render
from workflows.outbox.models import OutboxMail
from workflows.outbox.queue import queue_mail

#: The stored hash of an account nobody has chosen a password for: no password ever matches it.
UNUSABLE_PASSWORD = "!invited"  # noqa: S105  (not a password: no hash has this form)


def is_invited(user: User) -> bool:
    """Tell whether the account still waits for its owner to choose a password."""
    return user.password_hash == UNUSABLE_PASSWORD


def invitation_link(user: User) -> str:
    """Return a fresh invitation link for `user`."""
    return absolute_url("onboarding.invitation", token=reset.make_token(user, reset.INVITATION_SALT))


def queue_invitation(user: User) -> None:
    """Queue the invitation mail of `user` in the outbox (committed with the account); never commits."""
    queue_mail("invitation", user, {}, link=invitation_link(user), days=current_app.config["INVITATION_DAYS"])


#: Stand-ins rendered once per language, then replaced by each recipient's own values (letters only, so
#: that neither HTML escaping nor a URL changes them).
_EMAIL, _NAME, _TOKEN = "dvkstandinemail", "dvkstandinname", "dvkstandintoken"
#: Mails inserted per statement.
CHUNK = 1000


@dataclass
class Invitee:
    """What an invitation needs of a new account (which bulk imports insert without ORM objects)."""

    id: int
    email: str
    full_name: str
    locale: str
    password_hash: str
    session_secret: str
    is_active: bool = True


def queue_invitations(invitees: list[Invitee]) -> int:
    """Queue one invitation mail per new account, in one INSERT; return how many. Never commits.

    The mail is rendered once per language and each person's name, address and link are filled in:
    rendering 20,000 mails one by one would take minutes.
    """
    days = current_app.config["INVITATION_DAYS"]
    link = absolute_url("onboarding.invitation", token=_TOKEN)
    rendered: dict[str, object] = {}
    rows, queued = [], 0
    for invitee in invitees:
        locale = recipient_locale(invitee)
        if locale not in rendered:
            stand_in = Invitee(0, _EMAIL, _NAME, locale, "", "")
            rendered[locale] = render("invitation", stand_in, {}, link=link, days=days)
        mail = rendered[locale]
        token = reset.make_token(invitee, reset.INVITATION_SALT)

        def fill(text: str, html: bool, invitee=invitee, token=token) -> str:
            for stand_in, value in ((_EMAIL, invitee.email), (_NAME, invitee.full_name), (_TOKEN, token)):
                text = text.replace(stand_in, str(escape(value)) if html else value)
            return text

        rows.append({"message_id": new_message_id(), "event": "invitation", "recipient_id": invitee.id,
                     "to_address": invitee.email, "to_name": invitee.full_name, "locale": mail.locale,
                     "subject": fill(mail.subject, False), "body_text": fill(mail.text, False),
                     "body_html": fill(mail.html, True), "status": "pending", "attempts": 0,
                     "last_error": "", "file_name": ""})
        if len(rows) >= CHUNK:  # rendered bodies are the bulk of the memory: insert them as they come
            db.session.execute(insert(OutboxMail), rows)
            queued, rows = queued + len(rows), []
    if rows:
        db.session.execute(insert(OutboxMail), rows)
    return queued + len(rows)


def invited_user_for_token(token: str) -> User | None:
    """Return the account a valid, unused invitation link belongs to, or None."""
    return reset.user_for_token(token, reset.INVITATION_SALT)


def accept_invitation(user: User, password: str) -> None:
    """Set the first password of an invited account (the form checked the policy); the link dies. Flushes."""
    user.set_password(password)
    user.must_change_password = False
    user.rotate_session_secret()
    audit.record("invitation_accepted", actor=user, target=user)
    db.session.flush()
