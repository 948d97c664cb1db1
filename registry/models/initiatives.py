"""The initiative ("mô hình"): the registration dossier and its planned indicators."""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import DateTime, ForeignKey, Index, Integer, Numeric, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models.base import utcnow
from registry.models.campaigns import Campaign, Field
from registry.models.units import Unit
from registry.text import fold
from workflows.machine import INITIAL_STATE, states_where

SUBJECT_TYPES = ("collective", "individual")
REGISTRATION_KINDS = ("new", "renewal")
TARGET_LEVELS = ("commune", "province", "national")
GENDERS = ("male", "female", "other")
#: States in which the registering unit may still edit the dossier.
EDITABLE_STATES = states_where(editable=True)

#: The dossier's text fields that must be filled before the initiative can be submitted.
REQUIRED_DOSSIER_TEXT = (
    "political_task",
    "situation",
    "objectives",
    "content",
    "area_and_target",
    "forces",
    "resources_and_timeline",
    "outputs",
    "sustainability",
)


class Initiative(db.Model):
    """A model of skilful mass mobilisation registered by a unit for one campaign."""

    __tablename__ = "initiative"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: readable and unique, e.g. DVK-2026-000123
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    #: "collective" or "individual"
    subject_type: Mapped[str] = mapped_column(String(16), default="collective")
    individual_name: Mapped[str] = mapped_column(String(255), default="")
    individual_position: Mapped[str] = mapped_column(String(255), default="")
    individual_gender: Mapped[str] = mapped_column(String(16), default="")
    individual_birth_year: Mapped[int | None] = mapped_column(Integer)
    individual_ethnicity: Mapped[str] = mapped_column(String(64), default="")
    field_id: Mapped[int] = mapped_column(ForeignKey("field.id"), index=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    partner_units: Mapped[str] = mapped_column(Text, default="")
    political_task: Mapped[str] = mapped_column(Text, default="")
    situation: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    area_and_target: Mapped[str] = mapped_column(Text, default="")
    forces: Mapped[str] = mapped_column(Text, default="")
    resources_and_timeline: Mapped[str] = mapped_column(Text, default="")
    outputs: Mapped[str] = mapped_column(Text, default="")
    sustainability: Mapped[str] = mapped_column(Text, default="")
    #: "new" or "renewal"
    registration_kind: Mapped[str] = mapped_column(String(16), default="new")
    renewed_from_id: Mapped[int | None] = mapped_column(ForeignKey("initiative.id"), index=True)
    #: the level of recognition aimed at: one of TARGET_LEVELS
    target_level: Mapped[str] = mapped_column(String(16), default="commune")
    contact_name: Mapped[str] = mapped_column(String(255), default="")
    contact_phone: Mapped[str] = mapped_column(String(32), default="")
    #: a workflow state; only workflows.transitions changes it
    status: Mapped[str] = mapped_column(String(32), default=INITIAL_STATE)
    #: the evaluation round: a return for revision starts a new one, earlier sheets stay as the past
    evaluation_round: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    #: optimistic-locking counter: a stale write raises StaleDataError instead of overwriting
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: lower-case title and code with Vietnamese diacritics folded away, for accent-blind search
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: the latest resubmission after a return for revision (submitted_at stays the first submission)
    resubmitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    field: Mapped[Field] = relationship(lazy="joined")
    campaign: Mapped[Campaign] = relationship(lazy="joined")
    unit: Mapped[Unit] = relationship(lazy="joined")
    renewed_from: Mapped["Initiative | None"] = relationship(remote_side=[id])
    indicators: Mapped[list["Indicator"]] = relationship(
        back_populates="initiative", cascade="all, delete-orphan", order_by="Indicator.position"
    )

    attachments: Mapped[list["Attachment"]] = relationship(  # noqa: F821
        back_populates="initiative", cascade="all, delete-orphan", order_by="Attachment.id"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_initiative_campaign_status", "campaign_id", "status"),
        Index("ix_initiative_unit_status", "unit_id", "status"),
        Index("ix_initiative_status_id", "status", "id"),
    )

    @property
    def is_editable(self) -> bool:
        """Tell whether the dossier may still be changed by its unit."""
        return self.status in EDITABLE_STATES

    def __repr__(self) -> str:
        return f"<Initiative {self.code} {self.status}>"


class Indicator(db.Model):
    """A planned indicator of an initiative: name, unit of measure, target and actual value."""

    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(255))
    unit_of_measure: Mapped[str] = mapped_column(String(64), default="")
    target: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    actual: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))

    initiative: Mapped[Initiative] = relationship(back_populates="indicators")


class CodeSequence(db.Model):
    """The last initiative number handed out in a year, bumped atomically for readable codes."""

    __tablename__ = "code_sequence"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


@event.listens_for(Initiative, "before_insert")
@event.listens_for(Initiative, "before_update")
def _refresh_search_text(_mapper, _connection, initiative: Initiative) -> None:
    """Keep the accent-blind search column in step with the title and code."""
    initiative.search_text = fold(f"{initiative.code} {initiative.title}")
