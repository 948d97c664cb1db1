"""The one way to change an initiative's state: fire a trigger for an actor, or list what they may fire."""

from dataclasses import dataclass, field
from datetime import date, datetime

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import insert, select
from sqlalchemy.orm.exc import StaleDataError
from transitions import Machine

from registry.deadlines import registration_closed
from registry.dossier import missing_required_fields
from registry.extensions import db
from registry.models import Initiative, User
from registry.models.base import utcnow
from registry.policy import is_officer_of
from registry.refusals import Refused
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from workflows.councils.models import CouncilAssignment, CouncilMember
from workflows.decision_dates import DatedStep, decision_date_after_refusal, decision_date_refusal, step_day
from workflows.machine import (
    INITIAL_STATE,
    RECORDS_COMMENDATION,
    RECORDS_NEW_ROUND,
    RECORDS_RESUBMISSION,
    RECORDS_SUBMISSION,
    SEAT_CHAIR,
    SEAT_SECRETARY,
    STATES,
    TRIGGERS,
    TRIGGERS_BY_NAME,
    TriggerSpec,
    machine_transitions,
)
from workflows.models import Commendation, CommendationForm, TransitionLog
from workflows.outbox.queue import queue_transition_mail
from workflows.rule_refusals import rule_refusal, share_text  # noqa: F401 (share_text: the sessions pages)
from workflows.rules import EvaluationResult, evaluate

SEAT_ROLES = {SEAT_CHAIR: "chair", SEAT_SECRETARY: "secretary"}
#: `_data_refusal`'s default: read the latest dated step from the initiative's history.
_READ_HISTORY = object()


@dataclass
class TriggerData:
    """What the actor gives with a trigger: a comment, and a decision or commendation when asked."""

    comment: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    decision_issuer: str = ""
    form_id: int | None = None
    recipient_kind: str = "collective"
    recipient_name: str = ""
    #: filled by validation: the commendation form chosen
    form: CommendationForm | None = field(default=None, repr=False)


class _InitiativeStateAdapter:
    """A short-lived stand-in whose `state` reads and writes the row's status column.

    The machine is never attached to the ORM object: SQLAlchemy skips __init__ on load and
    add_model() would reset the state to `initial`.
    """

    def __init__(self, initiative: Initiative):
        self.initiative = initiative

    @property
    def state(self) -> str:
        return self.initiative.status

    @state.setter
    def state(self, value: str) -> None:
        if self.initiative.status != value:
            self.initiative.status = value


def council_seat(actor: User, initiative: Initiative) -> CouncilMember | None:
    """Return the actor's seat on the council the initiative is assigned to, if any."""
    return db.session.scalar(
        select(CouncilMember).join(CouncilAssignment, CouncilAssignment.council_id == CouncilMember.council_id)
        .where(CouncilAssignment.initiative_id == initiative.id, CouncilMember.user_id == actor.id)
    )


def _may_act(actor: User, spec: TriggerSpec, initiative: Initiative) -> bool:
    """Tell whether `actor` fills one of the trigger's actor roles for this initiative."""
    if actor.is_admin and not actor.has_role(ROLE_STAFF, ROLE_OFFICER):
        return False  # administrators run the installation; they do not act in the workflow
    if ROLE_OFFICER in spec.actors and is_officer_of(actor, initiative):
        return True
    if ROLE_STAFF in spec.actors and any(initiative.unit.is_within(unit) for unit in actor.units_for(ROLE_STAFF)):
        return True
    seats = {SEAT_ROLES[actor_role] for actor_role in spec.actors if actor_role in SEAT_ROLES}
    if seats:
        seat = council_seat(actor, initiative)
        return seat is not None and seat.role in seats
    return False


def _data_refusal(spec: TriggerSpec, initiative: Initiative, data: TriggerData,
                  last_step: DatedStep | None | object = _READ_HISTORY) -> Refused | None:
    """Check what the actor gave with the trigger; fill defaults; explain what is missing.

    `last_step` is the history's latest dated step when the caller knows it (a bulk import); by default
    it is read from the initiative's history.
    """
    errors: dict[str, str] = {}
    if spec.needs_comment and not data.comment.strip():
        errors["comment"] = _("Please give a reason.")
    if spec.needs_decision or spec.needs_commendation:
        if not data.decision_number.strip():
            errors["decision_number"] = _("Please enter the decision number.")
        elif len(data.decision_number.strip()) > 64:
            errors["decision_number"] = _("The decision number is too long.")
        if data.decision_date is None:
            errors["decision_date"] = _("Please enter the decision date.")
        elif (wrong_date := decision_date_refusal(initiative, data.decision_date) if last_step is _READ_HISTORY
              else decision_date_after_refusal(last_step, data.decision_date)) is not None:
            errors["decision_date"] = wrong_date
    if spec.needs_decision:
        data.decision_issuer = data.decision_issuer.strip() or current_app.config["STEERING_BODY_NAME"]
    if spec.needs_commendation:
        data.form = db.session.get(CommendationForm, data.form_id) if data.form_id else None
        if data.form is None or not data.form.is_active:
            errors["form_id"] = _("Please choose the form of commendation.")
        else:
            data.decision_issuer = data.decision_issuer.strip() or data.form.default_issuer
            if not data.decision_issuer:
                errors["decision_issuer"] = _("Please enter the issuer.")
        if data.recipient_kind not in ("collective", "individual"):
            errors["recipient_kind"] = _("Please choose who is commended.")
        elif data.recipient_kind == "individual":
            data.recipient_name = data.recipient_name.strip() or initiative.individual_name
            if not data.recipient_name:
                errors["recipient_name"] = _("Please enter the name of the person commended.")
    if errors:
        return Refused(" ".join(errors.values()), "data", errors)
    return None


def _refusal(initiative: Initiative, spec: TriggerSpec | None, actor: User, data: TriggerData | None,
             expected_version: int | None) -> tuple[Refused | None, EvaluationResult | None]:
    """Return why `actor` may not fire `spec` now (None when they may) and the evaluation used.

    With `data` None the request's own inputs are not checked: that is "may fire now" for menus.
    """
    if spec is None:
        return Refused(_("This action does not exist."), "state"), None
    if expected_version is not None and expected_version != initiative.version:
        return Refused(_("Someone else has changed this initiative. Please reload the page."), "stale"), None
    if initiative.status not in spec.sources:
        return Refused(_("This action is not allowed while the initiative is “%(state)s”.",
                                            state=STATES[initiative.status]), "state"), None
    if not _may_act(actor, spec, initiative):
        return Refused(_("You do not have the right to do this."), "right"), None
    # Registering (submitting a draft) closes with the campaign's registration deadline; resubmitting a dossier
    # the council returned does not (its spec does not ask for open registration): it follows the council.
    if spec.needs_open_registration and (closed := registration_closed(initiative.campaign, unit=initiative.unit)):
        return Refused(closed, "state"), None
    if spec.needs_complete_dossier and missing_required_fields(initiative):
        return Refused(_("The dossier is not complete: please fill every required field."), "data"), None
    result = evaluate(initiative) if spec.rule else None
    refusal = rule_refusal(spec, result) if result else None
    if refusal is None and data is not None:
        refusal = _data_refusal(spec, initiative, data)
    return refusal, result


def allowed_triggers(initiative: Initiative, actor: User) -> list[TriggerSpec]:
    """List the triggers `actor` may fire on `initiative` now (before giving any comment or decision)."""
    return [spec for spec in TRIGGERS if _refusal(initiative, spec, actor, None, None)[0] is None]


def refusal_reason(initiative: Initiative, trigger: str, actor: User) -> Refused | None:
    """Return why `actor` may not fire `trigger` now (before giving inputs), or None."""
    return _refusal(initiative, TRIGGERS_BY_NAME.get(trigger), actor, None, None)[0]


def fire(initiative: Initiative, trigger: str, actor: User, comment: str = "",
         expected_version: int | None = None, **inputs) -> TransitionLog:
    """Fire `trigger` on `initiative` for `actor`, write its history row (and commendation) and flush.

    `inputs` are TriggerData's fields: decision_number, decision_date, decision_issuer, form_id,
    recipient_kind, recipient_name.

    :raise Refused: with the reason; the caller rolls the session back.
    """
    spec = TRIGGERS_BY_NAME.get(trigger)
    data = TriggerData(comment=comment or "", **inputs)
    refusal, result = _refusal(initiative, spec, actor, data, expected_version)
    if refusal is not None:
        raise refusal
    adapter = _InitiativeStateAdapter(initiative)
    Machine(model=adapter, states=list(STATES), transitions=machine_transitions(),
            initial=initiative.status, auto_transitions=False, send_event=True)
    from_status = initiative.status
    if not getattr(adapter, trigger)(result=result):
        raise Refused(_("The rule for this action is not met."), "rule")
    _apply_side_effects(spec, initiative, actor, data)
    records_decision = spec.needs_decision or spec.needs_commendation
    log = TransitionLog(initiative=initiative, trigger=trigger, from_status=from_status,
                        to_status=initiative.status, actor_id=actor.id, comment=data.comment.strip())
    if records_decision:
        log.decision_number = data.decision_number.strip()
        log.decision_date = data.decision_date
        log.decision_issuer = data.decision_issuer
    db.session.add(log)
    try:
        db.session.flush()
    except StaleDataError as error:  # another request moved it since we read it; the caller rolls back
        raise Refused(_("Someone else has changed this initiative. Please reload the page."), "stale") \
            from error
    queue_transition_mail(initiative, log)
    return log


def fire_imported(initiative: Initiative, trigger: str, actor: User | None, batch_id: int, at: datetime,
                  comment: str = "", **inputs) -> TransitionLog:
    """Write one step of an imported past campaign's history: the machine's move, its decision, its row.

    Past steps were decided elsewhere, so who may act, the council rules and the deadlines are not asked;
    the machine's table still decides where the trigger leads from where, and the decision's data is
    checked as for a live step. The row carries the import batch and the date `at`; no mail is queued.

    :raise Refused: when the trigger does not leave the initiative's state, or its decision data is wrong.
    """
    spec = TRIGGERS_BY_NAME.get(trigger)
    if spec is None or initiative.status not in spec.sources:
        raise Refused(_("This action is not allowed while the initiative is “%(state)s”.",
                        state=STATES[initiative.status]), "state")
    data = TriggerData(comment=comment or "", **inputs)
    if (refusal := _data_refusal(spec, initiative, data)) is not None:
        raise refusal
    from_status = initiative.status
    initiative.status = spec.dest
    if spec.records == RECORDS_SUBMISSION:
        initiative.submitted_at = at
    else:
        _apply_side_effects(spec, initiative, actor, data)
    log = TransitionLog(initiative=initiative, trigger=trigger, from_status=from_status, to_status=spec.dest,
                        actor_id=actor.id if actor else None, comment=data.comment.strip(), created_at=at,
                        import_batch_id=batch_id)
    if spec.needs_decision or spec.needs_commendation:
        log.decision_number = data.decision_number.strip()
        log.decision_date = data.decision_date
        log.decision_issuer = data.decision_issuer
    db.session.add(log)
    db.session.flush()
    return log


def _apply_side_effects(spec: TriggerSpec, initiative: Initiative, actor: User | None, data: TriggerData) -> None:
    """Record what a transition brings beside the new status."""
    if spec.records == RECORDS_SUBMISSION:
        initiative.submitted_at = utcnow()
    elif spec.records == RECORDS_RESUBMISSION:
        # The registration date stays the first submission's; the latest resubmission is dated beside it.
        initiative.resubmitted_at = utcnow()
    elif spec.records == RECORDS_NEW_ROUND:
        # A new round: sheets of the round just ended stay, read-only, as its record.
        initiative.evaluation_round += 1
    elif spec.records == RECORDS_COMMENDATION:
        db.session.add(Commendation(
            initiative=initiative, form=data.form, issuer=data.decision_issuer,
            decision_number=data.decision_number.strip(), decision_date=data.decision_date,
            recipient_kind=data.recipient_kind,
            recipient_name=data.recipient_name if data.recipient_kind == "individual" else "",
            recorded_by_id=actor.id if actor else None,
        ))


@dataclass
class BulkOutcome:
    """What a bulk action did: the initiatives moved and those refused, with their reasons."""

    done: list[Initiative] = field(default_factory=list)
    refused: list[tuple[Initiative, Refused]] = field(default_factory=list)


def fire_many(initiatives: list[Initiative], trigger: str, actor: User, comment: str = "",
              **inputs) -> BulkOutcome:
    """Fire `trigger` on each initiative; each one moves or is refused on its own (savepoints)."""
    outcome = BulkOutcome()
    for initiative in initiatives:
        try:
            with db.session.begin_nested():
                fire(initiative, trigger, actor, comment, **inputs)
            outcome.done.append(initiative)
        except Refused as refusal:
            outcome.refused.append((initiative, refusal))
    return outcome


@dataclass
class ImportedHistory:
    """An imported past, checked in memory: where the initiative stands, its history rows, its commendations."""

    status: str = INITIAL_STATE
    submitted_at: datetime | None = None
    resubmitted_at: datetime | None = None
    evaluation_round: int = 1
    logs: list[dict] = field(default_factory=list)
    commendations: list[dict] = field(default_factory=list)


def plan_imported_history(steps: list[tuple[str, datetime, dict]], actor: User | None) -> ImportedHistory:
    """Check a past campaign's steps (trigger, moment, inputs) as `fire_imported` does, reading and writing nothing.

    The machine's table decides where each trigger leads; each decision is checked against the step before
    it in this same history (a new initiative has no other), with the live form's rules and messages.

    :raise Refused: at the first step that does not leave the state reached, or whose decision data is wrong.
    """
    history, last_step, stand_in = ImportedHistory(), None, Initiative()
    for trigger, at, inputs in steps:
        spec = TRIGGERS_BY_NAME.get(trigger)
        if spec is None or history.status not in spec.sources:
            raise Refused(_("This action is not allowed while the initiative is “%(state)s”.",
                            state=STATES[history.status]), "state")
        data = TriggerData(**inputs)
        data.comment = data.comment or ""
        if (refusal := _data_refusal(spec, stand_in, data, last_step)) is not None:
            raise refusal
        decided = spec.needs_decision or spec.needs_commendation
        history.logs.append({
            "trigger": trigger, "from_status": history.status, "to_status": spec.dest,
            "actor_id": actor.id if actor else None, "comment": data.comment.strip(), "created_at": at,
            "decision_number": data.decision_number.strip() if decided else None,
            "decision_date": data.decision_date if decided else None,
            "decision_issuer": data.decision_issuer if decided else None})
        history.status = spec.dest
        if spec.records == RECORDS_SUBMISSION:
            history.submitted_at = at
        elif spec.records == RECORDS_RESUBMISSION:
            history.resubmitted_at = utcnow()
        elif spec.records == RECORDS_NEW_ROUND:
            history.evaluation_round += 1
        elif spec.records == RECORDS_COMMENDATION:
            history.commendations.append({
                "form_id": data.form.id, "issuer": data.decision_issuer,
                "decision_number": data.decision_number.strip(), "decision_date": data.decision_date,
                "recipient_kind": data.recipient_kind,
                "recipient_name": data.recipient_name if data.recipient_kind == "individual" else "",
                "recorded_by_id": actor.id if actor else None})
        if (day := step_day(trigger, data.decision_date if decided else None, at)) is not None:
            last_step = DatedStep(trigger, spec.dest, day)
    return history


def record_imported_history(initiatives: list[dict], histories: list[ImportedHistory],
                            batch_id: int | None) -> list[int]:
    """Insert new initiatives at the state their checked history reached, that history and its commendations.

    One INSERT … RETURNING for the initiatives (ids in the order given), one executemany each for the
    history rows (marked with the batch) and the commendations; no mail is queued for a past step.
    Returns the new ids; the caller keeps the report summaries (reports.summary.record_inserted).
    """
    for values, history in zip(initiatives, histories, strict=True):
        values.update(status=history.status, submitted_at=history.submitted_at,
                      resubmitted_at=history.resubmitted_at, evaluation_round=history.evaluation_round)
    table = Initiative.__table__
    ids = list(db.session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True),
                                  initiatives).scalars()) if initiatives else []
    logs = [{**log, "initiative_id": initiative_id, "import_batch_id": batch_id}
            for initiative_id, history in zip(ids, histories, strict=True) for log in history.logs]
    commendations = [{**commendation, "initiative_id": initiative_id}
                     for initiative_id, history in zip(ids, histories, strict=True)
                     for commendation in history.commendations]
    if logs:
        db.session.execute(insert(TransitionLog.__table__), logs)
    if commendations:
        db.session.execute(insert(Commendation.__table__), commendations)
    return ids
