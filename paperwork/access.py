"""Who may handle a decision record and who may download a certificate (pure predicates over the records)."""

from sqlalchemy import select

from paperwork.decisions import covered_initiatives
from paperwork.models import Certificate, Decision
from registry.extensions import db
from registry.models import Initiative, User
from registry.policy import can_view_initiative
from workflows.decisions.queries import may_open_decisions


def may_handle_decision(user: User, decision: Decision) -> bool:
    """Tell whether `user` takes decisions on one of the initiatives the decision covers (staff, chair, secretary)."""
    return any(may_open_decisions(user, initiative) for initiative in covered_initiatives(decision))


def may_download_certificate(user: User, certificate: Certificate) -> bool:
    """Tell whether `user` may download a certificate: whoever may read the initiative (its officer among them)."""
    return can_view_initiative(user, certificate.initiative)


def certificates_of(initiative: Initiative) -> list[Certificate]:
    """Return the certificates of an initiative, newest decision first."""
    return list(db.session.scalars(select(Certificate).where(Certificate.initiative_id == initiative.id)
                                   .order_by(Certificate.id.desc())))
