"""Access tokens: issue one (the secret is returned once), recognise a presented one, revoke.

Never commits the request's work; a token's last use is written in a transaction of its own.
"""

import hashlib
import secrets
from datetime import timedelta

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import func, select, update
from sqlalchemy.orm.attributes import set_committed_value

from api.models import ApiToken
from registry import audit
from registry.extensions import db
from registry.models import User
from registry.models.base import as_utc, utcnow
from registry.models.users import check_credentials
from registry.refusals import CONFLICT, Refused

#: Every secret starts with this, so that a leaked one is easy to recognise in logs and scanners.
TOKEN_PREFIX = "dvk_"  # noqa: S105  (a marker, not a secret)
#: Lifetimes a user may choose on the profile page, in days.
LIFETIME_CHOICES = (7, 30, 90, 180, 365)
MAX_TOKEN_LENGTH = 200
#: last_used_at is written at most this often per token: a script's every request need not write a row.
LAST_USED_PRECISION = timedelta(minutes=5)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def live_token_count(user: User) -> int:
    """Count the user's tokens that still work."""
    return db.session.scalar(select(func.count(ApiToken.id)).where(
        ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None), ApiToken.expires_at > utcnow())) or 0


def issue_token(user: User, name: str = "", days: int | None = None) -> tuple[str, ApiToken]:
    """Create a token for `user` expiring in `days` (API_TOKEN_DAYS by default); return its secret once.

    :raise Refused: "conflict" when the user already holds the most live tokens allowed.
    """
    if (most := current_app.config["API_MAX_TOKENS_PER_USER"]) <= live_token_count(user):
        raise Refused(_("You already have %(count)d tokens that work: revoke one before creating another.",
                        count=most), CONFLICT)
    days = days or current_app.config["API_TOKEN_DAYS"]
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user=user, name=name.strip()[:100], token_hash=_digest(secret), prefix=secret[:10],
                     expires_at=utcnow() + timedelta(days=days))
    db.session.add(token)
    db.session.flush()
    audit.record("token_created", actor=user, target=user, details=token.name)
    return secret, token


def find_user(email: str, password: str) -> User | None:
    """Return the active user with this e-mail and password, or None (an unknown e-mail costs the same)."""
    user, password_ok = check_credentials(email, password)
    if not password_ok or not user.is_active:
        return None
    return user


def token_for(secret: str) -> ApiToken | None:
    """Return the live token whose secret this is (not expired, not revoked, its user active), or None.

    Its last use is noted in a transaction of its own, so it stays even when the request rolls back.
    """
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > MAX_TOKEN_LENGTH:
        return None
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(secret)))
    if token is None or not is_live(token) or not token.user.is_active or token.user.must_change_password:
        return None
    now = utcnow()
    if token.last_used_at is None or now - as_utc(token.last_used_at) > LAST_USED_PRECISION:
        with db.engine.begin() as connection:
            connection.execute(update(ApiToken).where(ApiToken.id == token.id).values(last_used_at=now))
        set_committed_value(token, "last_used_at", now)  # already stored: the session has nothing to write
    return token


def is_live(token: ApiToken) -> bool:
    """Tell whether the token may still be used: not revoked and not expired."""
    return token.revoked_at is None and as_utc(token.expires_at) > utcnow()


def revoke(token: ApiToken) -> None:
    """Revoke the token at once; it stays listed as revoked."""
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        audit.record("token_revoked", actor=token.user_id, target=token.user_id, details=token.name)
    db.session.flush()


def revoke_all(user: User) -> None:
    """Revoke every token of `user` (a password reset, a deactivation): reactivating revives none."""
    db.session.execute(update(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
                       .values(revoked_at=utcnow()))
    db.session.flush()


def tokens_of(user: User) -> list[ApiToken]:
    """Return the user's tokens, newest first."""
    return list(db.session.scalars(select(ApiToken).where(ApiToken.user_id == user.id)
                                   .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())))
