"""API operations of the workflow: the actions allowed now, firing one, the history, the caller's score sheet."""

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from api.core import api_user, operation
from api.initiatives import initiative_answer
from api.problems import ApiProblem, from_refusal, pointer
from api.schemas.initiatives import InitiativeAnswer
from api.schemas.workflow import (
    AllowedTransitions,
    CriterionAnswer,
    History,
    HistoryEntry,
    ScoreSheetAnswer,
    ScoreSheetInput,
    TransitionInput,
    TriggerAnswer,
)
from paperwork.decisions import decide_one, fire_typed
from paperwork.issuers import find_issuer
from registry.dossier import missing_required_fields
from registry.refusals import Refused
from web.guards import get_initiative_or_404
from web.transaction import api_commit
from workflows.history import initiative_history
from workflows.machine import TRIGGERS_BY_NAME
from workflows.scoring.service import current_sheet, may_score, rubric, save_sheet
from workflows.transitions import allowed_triggers, council_seat

TAG = "workflow"


@operation("/initiatives/<int:initiative_id>/transitions", "GET", summary=_l("Actions allowed now"), tag=TAG,
           response=AllowedTransitions, errors=(404,),
           description=_l("The triggers the caller may fire on this initiative now, and what each asks for."))
def list_transitions(initiative_id: int):
    """List the triggers the caller may fire now."""
    user = api_user()
    initiative = get_initiative_or_404(initiative_id, user=user)
    specs = allowed_triggers(initiative, user)
    return AllowedTransitions(allowed=[spec.name for spec in specs], triggers=[
        TriggerAnswer(name=spec.name, label=str(spec.label), to_status=spec.dest, needs_comment=spec.needs_comment,
                      needs_decision=spec.needs_decision, needs_commendation=spec.needs_commendation)
        for spec in specs])


@operation("/initiatives/<int:initiative_id>/transitions", "POST", summary=_l("Fire an action"), tag=TAG,
           body=TransitionInput, response=InitiativeAnswer, errors=(403, 404, 409),
           description=_l("Moves the initiative through the workflow, exactly as the pages do. Send the `version` "
                          "you read to be refused (409) if someone changed it since; `reason` may be sent instead "
                          "of `comment`; `form` is the commendation form's id. A refusal says why in `reason`: "
                          "state or rule (409), right (403), data (422), stale (409)."))
def fire_transition(initiative_id: int, body: TransitionInput):
    """Fire one trigger with its comment and decision data; answer with the initiative."""
    user = api_user()
    initiative = get_initiative_or_404(initiative_id, user=user)
    def refused(refusal: Refused) -> ApiProblem:
        problem = from_refusal(_named_inputs(refusal))
        spec = TRIGGERS_BY_NAME.get(body.trigger)
        if refusal.reason == "data" and spec is not None and spec.needs_complete_dossier and not refusal.fields:
            problem.errors = {pointer("dossier", name): _("This field is required to submit the registration.")
                              for name in missing_required_fields(initiative)}
        return problem

    spec = TRIGGERS_BY_NAME.get(body.trigger)
    issuer = find_issuer(body.issuer_id) if spec is not None and (spec.needs_decision or spec.needs_commendation) \
        else None
    if body.issuer_id is not None and issuer is None and spec is not None and \
            (spec.needs_decision or spec.needs_commendation):
        raise ApiProblem(422, _("This issuer does not exist."), {"/issuer_id": _("This issuer does not exist.")})
    commendation = {"form_id": body.form, "recipient_kind": body.recipient_kind, "recipient_name": body.recipient_name}
    if issuer is not None:  # the issuer's register numbers it, and one decision record holds it
        api_commit(lambda: decide_one(initiative, body.trigger, user, body.comment or body.reason, body.version,
                                      issuer, body.decision_date, **commendation), refused)
    else:
        api_commit(lambda: fire_typed(initiative, body.trigger, user, body.comment or body.reason, body.version,
                                      decision_number=body.decision_number, decision_date=body.decision_date,
                                      decision_issuer=body.issuer, **commendation), refused)
    return initiative_answer(initiative)


#: The service's input names that the API calls differently.
_API_NAMES = {"decision_issuer": "issuer", "form_id": "form"}


def _named_inputs(refusal: Refused) -> Refused:
    """Rename the refused inputs to the names the API takes."""
    refusal.fields = {_API_NAMES.get(name, name): message for name, message in refusal.fields.items()}
    return refusal


@operation("/initiatives/<int:initiative_id>/history", "GET", summary=_l("History"), tag=TAG, response=History,
           errors=(404,))
def history(initiative_id: int):
    """List every step of the initiative, oldest first."""
    initiative = get_initiative_or_404(initiative_id, user=api_user())
    logs = initiative_history(initiative)
    return History(items=[HistoryEntry(
        id=log.id, trigger=log.trigger, from_status=log.from_status, to_status=log.to_status, actor_id=log.actor_id,
        actor_name=log.actor.full_name if log.actor else "", comment=log.comment, decision_number=log.decision_number,
        decision_date=log.decision_date, decision_issuer=log.decision_issuer, created_at=log.created_at)
        for log in logs])


def _seat(initiative_id: int):
    """Load the initiative and the caller's seat on its council.

    :raise ApiProblem: 403 when the caller does not sit on the council it is assigned to.
    """
    user = api_user()
    initiative = get_initiative_or_404(initiative_id, user=user)
    seat = council_seat(user, initiative)
    if seat is None:
        raise ApiProblem(403, _("You do not sit on the council this initiative is assigned to."), reason="right")
    return initiative, seat


def _sheet_answer(initiative, seat) -> ScoreSheetAnswer:
    """Describe the caller's sheet of the current round."""
    criteria = rubric(initiative.campaign)
    sheet = current_sheet(initiative, seat)
    scores = {score.criterion.code: float(score.points) for score in sheet.scores} if sheet else {}
    return ScoreSheetAnswer(
        initiative_id=initiative.id, round=initiative.evaluation_round, status=sheet.status if sheet else "new",
        may_score=may_score(initiative, seat), scores=scores, total=float(sheet.total) if sheet else 0.0,
        recommendation=sheet.recommendation if sheet else "", comment=sheet.comment if sheet else "",
        submitted_at=sheet.submitted_at if sheet else None,
        criteria=[CriterionAnswer.model_validate(criterion) for criterion in criteria])


@operation("/initiatives/<int:initiative_id>/score-sheet", "GET", summary=_l("Read my score sheet"), tag=TAG,
           response=ScoreSheetAnswer, errors=(403, 404))
def get_score_sheet(initiative_id: int):
    """Return the caller's score sheet of the current round, with the rubric."""
    initiative, seat = _seat(initiative_id)
    return _sheet_answer(initiative, seat)


@operation("/initiatives/<int:initiative_id>/score-sheet", "PUT", summary=_l("Save or submit my score sheet"),
           tag=TAG, body=ScoreSheetInput, response=ScoreSheetAnswer, errors=(403, 404, 409),
           description=_l("Points per criterion code (0 to the criterion's maximum). With `submit` true every "
                          "criterion and a recommendation are needed, and the sheet is locked."))
def put_score_sheet(initiative_id: int, body: ScoreSheetInput):
    """Save the caller's sheet, submitting it when asked."""
    initiative, seat = _seat(initiative_id)
    codes = {criterion.code for criterion in rubric(initiative.campaign)}
    unknown = {pointer("scores", code): _("There is no criterion with this code.") for code in body.scores
               if code not in codes}
    if unknown:
        raise ApiProblem(422, _("Please correct the marked values."), unknown)
    def refused(refusal: Refused) -> ApiProblem:
        if not refusal.fields:
            return ApiProblem(409, refusal.message, reason="state")
        return ApiProblem(422, refusal.message, {
            pointer("recommendation") if name == "recommendation" else pointer("scores", name): str(message)
            for name, message in refusal.fields.items()})

    api_commit(lambda: save_sheet(initiative, seat, dict(body.scores), body.recommendation, body.comment, body.submit),
               refused)
    return _sheet_answer(initiative, seat)
