"""What the public verification page shows of a certificate: the model, the unit, the decision, its status now."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from paperwork.models import Certificate
from registry.extensions import db
from workflows.machine import STAGE_RECOGNISED, STAGE_STATES, T
from workflows.models import TransitionLog


@dataclass(frozen=True)
class Verification:
    """A certificate as anyone may check it; nothing personal beyond what the certificate prints."""

    title: str
    holder: str
    unit_name: str
    decision_number: str
    decision_date: date
    issuer_name: str
    is_recognised: bool
    #: the revocation's decision, when the recognition was revoked
    revoked_number: str | None = None
    revoked_date: date | None = None


def verification(code: str) -> Verification | None:
    """Return what /verify/<code> shows, or None for an unknown code."""
    if not code or len(code) > 32:
        return None
    certificate = db.session.scalar(select(Certificate).where(Certificate.code == code))
    if certificate is None:
        return None
    initiative, decision = certificate.initiative, certificate.decision
    holder = initiative.individual_name if initiative.subject_type == "individual" else ""
    revoked = None
    recognised = initiative.status in STAGE_STATES[STAGE_RECOGNISED]
    if not recognised:
        revoked = db.session.scalar(select(TransitionLog).where(
            TransitionLog.initiative_id == initiative.id, TransitionLog.trigger == T.revoke)
            .order_by(TransitionLog.id.desc()).limit(1))
    return Verification(title=initiative.title, holder=holder, unit_name=initiative.unit.name,
                        decision_number=decision.number_text, decision_date=decision.decision_date,
                        issuer_name=decision.issuer_name, is_recognised=recognised,
                        revoked_number=revoked.decision_number if revoked else None,
                        revoked_date=revoked.decision_date if revoked else None)
