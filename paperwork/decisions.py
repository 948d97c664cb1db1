"""Decisions as records: one numbered decision for the many initiatives decided together, and its certificates.

The workflow still records each step through `workflows.transitions` (fire / fire_many) with the decision's
text; this module reserves the number from the issuer's register first, then links the history rows and
commendations it covers to the one `Decision` row.
"""

import secrets
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import func, select, update

from paperwork.models import DOC_CERTIFICATE, DOC_DECISION, Certificate, Decision, DecisionCorrection, Issuer
from paperwork.numbering import number_text, reserve_number, reserve_numbers
from registry.extensions import db
from registry.models import Initiative, User
from registry.refusals import Refused
from workflows import transitions
from workflows.machine import T
from workflows.models import Commendation, TransitionLog

#: What a decision decides, by the trigger it records.
KIND_BY_TRIGGER = {T.recognize: "recognition", T.select_exemplary: "selection", T.commend: "commendation",
                   T.revoke: "revocation", T.reject: "rejection"}
#: The decisions that give each model a certificate.
CERTIFIED_KINDS = ("recognition",)
CODE_BYTES = 16


def _check_issuer(issuer: Issuer | None, decision_date: date | None) -> None:
    """Refuse a decision without a date, or by an issuer that did not exist under its name that day."""
    if decision_date is None:
        message = _("Please enter the decision date.")
        raise Refused(message, "data", {"decision_date": message})
    if issuer is None or not issuer.is_valid_on(decision_date):
        message = _("This issuer did not exist under this name on the decision date: choose the issuer of that day.")
        raise Refused(message, "data", {"issuer_id": message})


def _new_decision(issuer: Issuer, trigger: str, decision_date: date, actor: User) -> Decision:
    """Reserve the register's next number and add the decision row (not yet linked)."""
    register, number = reserve_number(issuer, decision_date, DOC_DECISION)
    decision = Decision(issuer=issuer, kind=KIND_BY_TRIGGER[trigger], register=register, number=number,
                        number_text=number_text(issuer, number), decision_date=decision_date,
                        issuer_name=issuer.name, created_by_id=actor.id)
    db.session.add(decision)
    db.session.flush()
    return decision


def _high_water() -> tuple[int, int]:
    """Return the last history row id and commendation id, so that only rows written after them are linked."""
    return (db.session.scalar(select(func.max(TransitionLog.id))) or 0,
            db.session.scalar(select(func.max(Commendation.id))) or 0)


def _link(decision: Decision, initiative_ids: list[int], since: tuple[int, int]) -> None:
    """Point the history rows (and commendations) written since `since` for `initiative_ids` at `decision`.

    Only rows written by this decision: an older row typed by hand with the same text stays unlinked.
    """
    for model, after in ((TransitionLog, since[0]), (Commendation, since[1])):
        db.session.execute(update(model).where(
            model.initiative_id.in_(initiative_ids), model.id > after, model.decision_id.is_(None))
            .values(decision_id=decision.id), execution_options={"synchronize_session": False})
    if decision.kind in CERTIFIED_KINDS:
        issue_certificates(decision, initiative_ids)


def decide_many(initiatives: list[Initiative], trigger: str, actor: User, comment: str, issuer: Issuer | None,
                decision_date: date | None, **inputs) -> tuple[transitions.BulkOutcome, Decision | None]:
    """Fire `trigger` on each initiative under one numbered decision of `issuer`; return the outcome and decision.

    When no initiative moves, the reserved number is given back (its savepoint rolls back): no decision
    without a model. :raise Refused: for a missing date or an issuer not valid on it.
    """
    _check_issuer(issuer, decision_date)
    since = _high_water()
    savepoint = db.session.begin_nested()
    decision = _new_decision(issuer, trigger, decision_date, actor)
    outcome = transitions.fire_many(initiatives, trigger, actor, comment, decision_number=decision.number_text,
                                    decision_date=decision_date, decision_issuer=issuer.name, **inputs)
    if not outcome.done:
        savepoint.rollback()
        return outcome, None
    savepoint.commit()
    _link(decision, [initiative.id for initiative in outcome.done], since)
    return outcome, decision


def decide_one(initiative: Initiative, trigger: str, actor: User, comment: str, expected_version: int | None,
               issuer: Issuer | None, decision_date: date | None, **inputs) -> Decision:
    """Fire `trigger` on one initiative under a new numbered decision of `issuer`.

    :raise Refused: as `workflows.transitions.fire` does, or for the issuer and date.
    """
    _check_issuer(issuer, decision_date)
    since = _high_water()
    decision = _new_decision(issuer, trigger, decision_date, actor)
    transitions.fire(initiative, trigger, actor, comment, expected_version=expected_version,
                     decision_number=decision.number_text, decision_date=decision_date,
                     decision_issuer=issuer.name, **inputs)
    _link(decision, [initiative.id], since)
    return decision


def issue_certificates(decision: Decision, initiative_ids: list[int]) -> list[Certificate]:
    """Give each initiative of `decision` without one a certificate, numbered in the issuer's certificate register."""
    have = set(db.session.scalars(select(Certificate.initiative_id).where(Certificate.decision_id == decision.id)))
    missing = [initiative_id for initiative_id in initiative_ids if initiative_id not in have]
    if not missing:
        return []
    register, numbers = reserve_numbers(decision.issuer, decision.decision_date, len(missing), DOC_CERTIFICATE)
    certificates = [Certificate(code=secrets.token_urlsafe(CODE_BYTES)[:22], initiative_id=initiative_id,
                                decision=decision, register=register, register_number=number)
                    for initiative_id, number in zip(sorted(missing), numbers, strict=True)]
    db.session.add_all(certificates)
    db.session.flush()
    return certificates


def covered_initiatives(decision: Decision) -> list[Initiative]:
    """Return the initiatives a decision covers, in the order of their codes."""
    return list(db.session.scalars(
        select(Initiative).where(Initiative.id.in_(
            select(TransitionLog.initiative_id).where(TransitionLog.decision_id == decision.id)))
        .order_by(Initiative.code)))


def decision_commendations(decision: Decision) -> dict[int, Commendation]:
    """Return the commendations a decision gave, by initiative id."""
    return {row.initiative_id: row for row in db.session.scalars(
        select(Commendation).where(Commendation.decision_id == decision.id))}


def decisions_of(initiative: Initiative) -> list[Decision]:
    """Return the decision records of an initiative's history, oldest first."""
    return list(db.session.scalars(select(Decision).where(Decision.id.in_(
        select(TransitionLog.decision_id).where(TransitionLog.initiative_id == initiative.id)))
        .order_by(Decision.decision_date, Decision.id)))


def corrections_by_decision(decision_ids: list[int]) -> dict[int, list[DecisionCorrection]]:
    """Return the corrections of the given decisions, oldest first, by decision id."""
    found: dict[int, list[DecisionCorrection]] = {}
    if decision_ids:
        for row in db.session.scalars(select(DecisionCorrection).where(DecisionCorrection.decision_id.in_(decision_ids))
                                      .order_by(DecisionCorrection.id)):
            found.setdefault(row.decision_id, []).append(row)
    return found
