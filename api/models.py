"""Tables of the API: access tokens (stored hashed) and the rate limiter's counting windows."""

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models import User
from registry.models.base import utcnow


class ApiToken(db.Model):
    """A bearer token of one user: only its SHA-256 is kept, the secret is shown once."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    #: what the user called it ("Cổng thông tin tỉnh"), to recognise it on the profile page
    name: Mapped[str] = mapped_column(String(100), default="")
    #: hex SHA-256 of the secret; a random 256-bit secret needs no slow hash
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: the first characters of the secret, shown so that the user can tell tokens apart
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[User] = relationship()


class ApiRateWindow(db.Model):
    """How many requests one client (a token, or an address for sign-in) made in one fixed window."""

    __tablename__ = "api_rate_window"

    #: "token:<id>" or "ip:<address>"
    client: Mapped[str] = mapped_column(String(80), primary_key=True)
    #: the window's start, in whole seconds since the epoch
    window_start: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_api_rate_window_window_start", "window_start"),)
