"""Evidence files attached to an initiative, stored outside static/ under random names."""

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models.base import utcnow
from registry.models.initiatives import Initiative


class Attachment(db.Model):
    """One uploaded evidence file (minh chứng)."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    #: the uploader's file name, cleaned; shown and used for the download, never for storage
    original_name: Mapped[str] = mapped_column(String(255))
    #: random name under UPLOAD_DIR
    stored_name: Mapped[str] = mapped_column(String(64), unique=True)
    #: the kind detected from the content: pdf, doc, docx, xls, xlsx, jpg, png
    kind: Mapped[str] = mapped_column(String(8))
    content_type: Mapped[str] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    initiative: Mapped[Initiative] = relationship(back_populates="attachments")
