"""Password reset links: signed, expiring after PASSWORD_RESET_MINUTES, and single-use.

The link carries the account id, the time it was made and a fingerprint of the current password
hash. Setting any new password changes the hash, so a link works once (and an older link dies too).
"""

import hashlib
import time

from flask import current_app
from itsdangerous import BadData, URLSafeSerializer

from registry.extensions import db
from registry.models import User
from registry.pagination import MAX_DB_ID

SALT = "password-reset"
#: Invitations (accounts made by an import, without a password) use the same links under their own salt.
INVITATION_SALT = "invitation"
MAX_LINK_TOKEN = 300


def now() -> float:
    """Return the current time in seconds (a function, so that tests can move the clock)."""
    return time.time()


def _serializer(salt: str = SALT) -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=salt)


def _fingerprint(user: User) -> str:
    return hashlib.sha256(f"{user.password_hash}:{user.session_secret}".encode()).hexdigest()[:24]


def make_token(user: User, salt: str = SALT) -> str:
    """Return the token of a new reset link for `user` (an invitation link with INVITATION_SALT)."""
    return _serializer(salt).dumps([user.id, int(now()), _fingerprint(user)])


def _lifetime_seconds(salt: str) -> int:
    if salt == INVITATION_SALT:
        return current_app.config["INVITATION_DAYS"] * 86400
    return current_app.config["PASSWORD_RESET_MINUTES"] * 60


def user_for_token(token: str, salt: str = SALT) -> User | None:
    """Return the active account a still valid, unused link token belongs to, or None."""
    if not token or len(token) > MAX_LINK_TOKEN:
        return None
    try:
        user_id, issued, fingerprint = _serializer(salt).loads(token)
    except (BadData, ValueError, TypeError):
        return None
    if not isinstance(user_id, int) or not 0 < user_id <= MAX_DB_ID or not isinstance(issued, int):
        return None
    if not 0 <= now() - issued <= _lifetime_seconds(salt):
        return None
    user = db.session.get(User, user_id)
    if user is None or not user.is_active or fingerprint != _fingerprint(user):
        return None
    return user
