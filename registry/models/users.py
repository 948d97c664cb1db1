"""Users and their role assignments, each scoped to a unit's subtree."""

import secrets
from datetime import datetime

from flask import current_app
from flask_login import UserMixin
from sqlalchemy import Boolean, DateTime, ForeignKey, String, UniqueConstraint, func, select
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from registry.extensions import db
from registry.models.base import utcnow
from registry.models.units import Unit
from registry.roles import ROLE_ADMIN


class User(UserMixin, db.Model):
    """A person who signs in."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: stored lower-case; the sign-in name
    email: Mapped[str] = mapped_column(String(255), unique=True)
    full_name: Mapped[str] = mapped_column(String(255))
    password_hash: Mapped[str] = mapped_column(String(255))
    is_active_account: Mapped[bool] = mapped_column(Boolean, default=True)
    locale: Mapped[str] = mapped_column(String(8), default="vi")
    #: "immediate" or "daily_digest": how the user receives notification mails (workflows.outbox)
    mail_mode: Mapped[str] = mapped_column(String(16), default="immediate", server_default="immediate")
    #: True for accounts made by `flask seed-demo`; the seeder refuses to touch other data
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: part of the signed-in identity (session and remember cookie); a new value signs out every session
    session_secret: Mapped[str] = mapped_column(String(64), default=lambda: secrets.token_hex(16))
    #: set when an administrator creates or resets the account: the user must choose a password first
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    roles: Mapped[list["RoleAssignment"]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def is_active(self) -> bool:
        """Tell Flask-Login whether this account may sign in."""
        return self.is_active_account

    def get_id(self) -> str:
        """Return the login identity: the id, the session secret and a nonce, so every sign-in differs."""
        return f"{self.id}:{self.session_secret}:{secrets.token_hex(8)}"

    def rotate_session_secret(self) -> None:
        """Choose a new session secret: every session and remember cookie of this user stops working."""
        self.session_secret = secrets.token_hex(16)

    def set_password(self, password: str) -> None:
        """Store a salted hash of `password` (scrypt unless PASSWORD_HASH_METHOD says otherwise)."""
        method = current_app.config.get("PASSWORD_HASH_METHOD", "scrypt")
        self.password_hash = generate_password_hash(password, method=method)

    def check_password(self, password: str) -> bool:
        """Tell whether `password` matches the stored hash."""
        return check_password_hash(self.password_hash, password)

    def has_role(self, *roles: str) -> bool:
        """Tell whether the user holds any of `roles` anywhere."""
        return any(assignment.role in roles for assignment in self.roles)

    def units_for(self, *roles: str) -> list[Unit]:
        """Return the units at which the user holds any of `roles`."""
        return [assignment.unit for assignment in self.roles if assignment.role in roles]

    @property
    def is_admin(self) -> bool:
        """Tell whether the user administers the whole installation."""
        return self.has_role(ROLE_ADMIN)


def user_by_email(email: str) -> User | None:
    """Return the account with this e-mail, whatever its case and surrounding spaces, or None."""
    return db.session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))


#: A hash of a random password per hashing method, checked when the e-mail is unknown (see check_credentials).
_DUMMY_HASHES: dict[str, str] = {}


def _dummy_hash() -> str:
    """Return a hash made with the configured method, so that checking it costs what a real check costs."""
    method = current_app.config.get("PASSWORD_HASH_METHOD", "scrypt")
    if method not in _DUMMY_HASHES:
        _DUMMY_HASHES[method] = generate_password_hash(secrets.token_hex(16), method=method)
    return _DUMMY_HASHES[method]


def check_credentials(email: str, password: str) -> tuple[User | None, bool]:
    """Return the account with this e-mail (or None) and whether `password` is its password.

    An unknown e-mail checks a dummy hash of the same cost, so that the answer's timing does not tell
    which e-mails have an account.
    """
    user = user_by_email(email)
    if user is None:
        check_password_hash(_dummy_hash(), password)
        return None, False
    return user, user.check_password(password)


class RoleAssignment(db.Model):
    """One role a user holds over one unit and everything under it."""

    __tablename__ = "role_assignment"
    __table_args__ = (UniqueConstraint("user_id", "role", "unit_id", name="uq_role_assignment_user_role_unit"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    #: one of ROLES
    role: Mapped[str] = mapped_column(String(32))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)

    user: Mapped[User] = relationship(back_populates="roles")
    unit: Mapped[Unit] = relationship(lazy="joined")
