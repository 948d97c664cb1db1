"""The record of each Excel import: what file, who, when, what it found, and the rows it created."""

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models import User
from registry.models.base import utcnow

#: What an import brings in.
KIND_UNITS = "units"
KIND_USERS = "users"
KIND_INITIATIVES = "initiatives"
IMPORT_KINDS = (KIND_UNITS, KIND_USERS, KIND_INITIATIVES)

#: A batch is checked (the dry run, nothing written), then applied, and perhaps undone as a whole.
BATCH_CHECKED = "checked"
BATCH_APPLIED = "applied"
BATCH_UNDONE = "undone"
BATCH_STATES = (BATCH_CHECKED, BATCH_APPLIED, BATCH_UNDONE)


class ImportBatch(db.Model):
    """One uploaded file and what became of it."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: one of IMPORT_KINDS
    kind: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    applied_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: one of BATCH_STATES
    state: Mapped[str] = mapped_column(String(16), default=BATCH_CHECKED)
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    rows_new: Mapped[int] = mapped_column(Integer, default=0)
    rows_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rows_failed: Mapped[int] = mapped_column(Integer, default=0)
    #: the dry run's errors, as JSON [[row, column, message], …] (the first MAX_STORED_ERRORS)
    errors_json: Mapped[str] = mapped_column(Text, default="[]")

    actor: Mapped[User | None] = relationship()


class ImportBatchItem(db.Model):
    """One row an applied batch created, so that the batch can be undone as a whole."""

    __tablename__ = "import_batch_item"
    __table_args__ = (Index("ix_import_batch_item_entity", "entity", "row_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"), index=True)
    #: "unit" or "user"
    entity: Mapped[str] = mapped_column(String(16))
    row_id: Mapped[int] = mapped_column(Integer)
