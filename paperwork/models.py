"""Issuers, registers of numbers, decisions as records, their corrections, and certificates."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models import Initiative, Unit, User
from registry.models.base import utcnow

ISSUER_KINDS = ("party", "state", "front")
NUMBERING_PERIODS = ("year", "term")
#: What a decision decides; the trigger it records is mapped to one of these in paperwork.decisions.
DECISION_KINDS = ("recognition", "selection", "commendation", "revocation", "rejection")
#: The register of decisions (Quyết định) and the register of certificates (số vào sổ).
DOC_DECISION = "QĐ"
DOC_CERTIFICATE = "GCN"


class Issuer(db.Model):
    """A body that signs decisions, dated: a rename makes a new issuer, never rewrites this one."""

    __tablename__ = "issuer"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: the body's full name, e.g. "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    name: Mapped[str] = mapped_column(String(255))
    #: the body above it, printed over the name in party documents: "TỈNH ỦY LAM HỒNG"
    parent_body: Mapped[str] = mapped_column(String(255), default="")
    #: the code in numbers: "BTGDVTU" gives 123-QĐ/BTGDVTU, "UBND" gives 15/QĐ-UBND
    short_code: Mapped[str] = mapped_column(String(32))
    #: one of ISSUER_KINDS: decides the layout and the number format
    kind: Mapped[str] = mapped_column(String(8))
    #: the place of the date line: "Lam Hồng, ngày 05 tháng 01 năm 2026"
    place_name: Mapped[str] = mapped_column(String(128))
    #: one of NUMBERING_PERIODS: numbers restart each calendar year or each term
    numbering_period: Mapped[str] = mapped_column(String(8), default="year")
    term_start: Mapped[date | None] = mapped_column(Date)
    #: e.g. "TRƯỞNG BAN", with its prefix line "T/M BAN THƯỜNG VỤ" when any
    signer_prefix: Mapped[str] = mapped_column(String(128), default="")
    signer_title: Mapped[str] = mapped_column(String(128), default="")
    signer_name: Mapped[str] = mapped_column(String(128), default="")
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    #: the unit whose staff change it (None: the top of the tree); see registry.policy.can_change_setting
    owner_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    owner_unit: Mapped[Unit | None] = relationship()

    def is_valid_on(self, day: date) -> bool:
        """Tell whether the issuer existed under this name on `day`."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


class Register(db.Model):
    """A register (sổ đăng ký) of one issuer, for one document type and one numbering period."""

    __tablename__ = "document_register"
    __table_args__ = (UniqueConstraint("issuer_id", "doc_type", "period_key", name="uq_document_register_period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id"))
    #: DOC_DECISION or DOC_CERTIFICATE
    doc_type: Mapped[str] = mapped_column(String(8))
    #: "2026" for a year; "T2025-10-01" for the term that started that day
    period_key: Mapped[str] = mapped_column(String(16))
    #: the last number given; only paperwork.numbering changes it, by one atomic UPDATE
    last_number: Mapped[int] = mapped_column(Integer, default=0)

    issuer: Mapped[Issuer] = relationship()


class Decision(db.Model):
    """One decision document, covering the many initiatives it decided (their history rows point here)."""

    __tablename__ = "decision"
    __table_args__ = (UniqueConstraint("register_id", "number", name="uq_decision_register_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id"), index=True)
    #: one of DECISION_KINDS
    kind: Mapped[str] = mapped_column(String(16))
    register_id: Mapped[int | None] = mapped_column(ForeignKey("document_register.id"))
    number: Mapped[int | None] = mapped_column(Integer)
    #: the number as printed, "123-QĐ/BTGDVTU"; a correction changes it and keeps the old one in its row
    number_text: Mapped[str] = mapped_column(String(64))
    decision_date: Mapped[date] = mapped_column(Date)
    #: the name of the issuer as printed that day (the issuer row is dated, this is its copy)
    issuer_name: Mapped[str] = mapped_column(String(255))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: the signed, stamped scan (stored under UPLOAD_DIR like evidence files)
    scan_name: Mapped[str | None] = mapped_column(String(255))
    scan_stored_name: Mapped[str | None] = mapped_column(String(64), unique=True)
    scan_content_type: Mapped[str | None] = mapped_column(String(128))
    scan_uploaded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    issuer: Mapped[Issuer] = relationship(lazy="joined")
    register: Mapped[Register | None] = relationship()
    created_by: Mapped[User | None] = relationship()


class DecisionCorrection(db.Model):
    """A correction of a decision's number or date, with its reason; the old values stay here."""

    __tablename__ = "decision_correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"), index=True)
    old_number_text: Mapped[str] = mapped_column(String(64))
    new_number_text: Mapped[str] = mapped_column(String(64))
    old_date: Mapped[date] = mapped_column(Date)
    new_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    actor: Mapped[User | None] = relationship(lazy="joined")


class Certificate(db.Model):
    """A certificate (Giấy chứng nhận) of one recognised initiative, found by an unguessable code."""

    __tablename__ = "certificate"
    __table_args__ = (UniqueConstraint("initiative_id", "decision_id", name="uq_certificate_initiative_decision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: secrets.token_urlsafe: the public /verify/<code> address, never the id
    code: Mapped[str] = mapped_column(String(32), unique=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id"), index=True)
    register_id: Mapped[int] = mapped_column(ForeignKey("document_register.id"))
    #: the register number (số vào sổ)
    register_number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    initiative: Mapped[Initiative] = relationship()
    decision: Mapped[Decision] = relationship(lazy="joined")
    register: Mapped[Register] = relationship()


#: The documents whose layout an issuer's staff may replace with a Word template of their own.
TEMPLATE_KINDS = ("decision", "certificate")


class DocumentTemplate(db.Model):
    """A Word (.docx, docxtpl) template uploaded for one issuer and one kind of document; at most one is active."""

    __tablename__ = "document_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id", ondelete="CASCADE"), index=True)
    #: one of TEMPLATE_KINDS
    kind: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(200))
    #: the .docx itself: small (MAX_TEMPLATE_BYTES), and kept with its row so a rollback loses nothing
    content: Mapped[bytes] = mapped_column(LargeBinary)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: documents of this kind by this issuer use it; False once replaced or reverted (kept as history)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    issuer: Mapped[Issuer] = relationship()
    uploaded_by: Mapped[User | None] = relationship()
