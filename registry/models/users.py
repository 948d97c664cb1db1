"""Users and their role assignments, each scoped to a unit's subtree."""

from datetime import datetime

from flask import current_app
from flask_login import UserMixin
from sqlalchemy import Boolean, DateTime, ForeignKey, String, UniqueConstraint, func, select
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from registry.extensions import db
from registry.models.base import utcnow
from registry.models.units import Unit

ROLE_OFFICER = "unit_officer"
ROLE_COUNCIL = "council_member"
ROLE_STAFF = "staff"
ROLE_VIEWER = "report_viewer"
ROLE_ADMIN = "admin"
ROLES = (ROLE_OFFICER, ROLE_COUNCIL, ROLE_STAFF, ROLE_VIEWER, ROLE_ADMIN)


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

    roles: Mapped[list["RoleAssignment"]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def is_active(self) -> bool:
        """Tell Flask-Login whether this account may sign in."""
        return self.is_active_account

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
