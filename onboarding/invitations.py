"""Invitations: an imported account has no password; a single-use, expiring link lets its owner choose one.

The link is a password-reset link (registry.auth.reset) under its own salt and lifetime (INVITATION_DAYS):
choosing a password changes the hash the link is tied to, so it works once.
"""

from flask import current_app

from registry import audit
from registry.auth import reset
from registry.extensions import db
from registry.models import User
from workflows.outbox.compose import absolute_url
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
