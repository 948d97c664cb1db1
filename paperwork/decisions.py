"""Decisions as records: one numbered decision for the many initiatives decided together, and its certificates.

The workflow still records each step through `workflows.transitions` (fire / fire_many) with the decision's
text; this module reserves the number from the issuer's register first, then links the history rows and
commendations it covers to the one `Decision` row.
"""

import secrets
from datetime import date

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import func, select, update

from paperwork.models import DOC_CERTIFICATE, DOC_DECISION, Certificate, Decision, DecisionCorrection, Issuer
from paperwork.numbering import number_text, reserve_number, reserve_numbers
from registry.extensions import db
from registry.i18n import format_date_vn
from registry.models import Initiative, User
from registry.refusals import Refused
from workflows import transitions
from workflows.machine import TRIGGERS_BY_NAME, T
from workflows.models import Commendation, CommendationForm, TransitionLog

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


def _same_text(text: str | None) -> str:
    """Return `text` as compared for numbers and issuers: without spaces, case-folded."""
    return "".join((text or "").split()).casefold()


def number_taken(number: str, issuer_text: str | None, day: date | None,
                 other_than: Decision | None = None) -> Decision | None:
    """Return the decision of the issuer named `issuer_text` that has `number` in the year of `day`, if any.

    Numbers and names are compared without spaces and case, so "1-QĐ/BTGDVTU" and "1 - qđ/btgdvtu" are one.
    """
    if day is None or not (number or "").strip():
        return None
    query = select(Decision).where(Decision.decision_date >= date(day.year, 1, 1),
                                   Decision.decision_date <= date(day.year, 12, 31))
    if other_than is not None:
        query = query.where(Decision.id != other_than.id)
    wanted, issuer = _same_text(number), _same_text(issuer_text)
    return next((decision for decision in db.session.scalars(query.order_by(Decision.id))
                 if _same_text(decision.number_text) == wanted and _same_text(decision.issuer_name) == issuer), None)


def _typed_issuer(trigger: str, inputs: dict) -> str:
    """Return the issuer a hand-typed step will record: the one typed, else the default the workflow fills in.

    The same defaults as `workflows.transitions` (the steering body; for a commendation its form's issuer),
    read before firing: on SQLite a refusal after a released savepoint would not undo the steps.
    """
    typed = (inputs.get("decision_issuer") or "").strip()
    spec = TRIGGERS_BY_NAME.get(trigger)
    if typed or spec is None:
        return typed
    if spec.needs_commendation:
        form = db.session.get(CommendationForm, inputs["form_id"]) if inputs.get("form_id") else None
        return form.default_issuer if form is not None else ""
    return current_app.config["STEERING_BODY_NAME"] if spec.needs_decision else ""


def refuse_registered_number(trigger: str, inputs: dict) -> None:
    """Refuse a hand-typed decision number that the register of the same issuer gave in the same year.

    :raise Refused: naming the decision that has the number, beside the number's field.
    """
    number, day = (inputs.get("decision_number") or "").strip(), inputs.get("decision_date")
    if not number or not isinstance(day, date):
        return
    taken = number_taken(number, _typed_issuer(trigger, inputs), day)
    if taken is not None:
        message = _("The number %(number)s was already given by the register of %(issuer)s to the decision dated "
                    "%(date)s: choose that issuer's register, or type the number of this decision.",
                    number=taken.number_text, issuer=taken.issuer_name, date=format_date_vn(taken.decision_date))
        raise Refused(message, "data", {"decision_number": message})


def fire_typed(initiative: Initiative, trigger: str, actor: User, comment: str, expected_version: int | None,
               **inputs) -> TransitionLog:
    """Fire `trigger` with a hand-typed decision (no issuer's register chosen).

    :raise Refused: as `workflows.transitions.fire` does, or when the number belongs to a register's decision.
    """
    refuse_registered_number(trigger, inputs)
    return transitions.fire(initiative, trigger, actor, comment, expected_version=expected_version, **inputs)


def fire_many_typed(initiatives: list[Initiative], trigger: str, actor: User, comment: str,
                    **inputs) -> transitions.BulkOutcome:
    """Fire `trigger` on each initiative with one hand-typed decision (no issuer's register chosen).

    The number is the same for all, so a number a register gave refuses them all, before any moves.
    :raise Refused: when the number belongs to a register's decision of the same issuer and year.
    """
    refuse_registered_number(trigger, inputs)
    return transitions.fire_many(initiatives, trigger, actor, comment, **inputs)
