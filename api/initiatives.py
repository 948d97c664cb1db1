"""API operations on initiatives: the list with the page's filters, register a draft, read, edit."""

from flask import url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from api.core import api_user, json_response, operation
from api.dossier import validated_values
from api.problems import ApiProblem
from api.schemas import DossierInput, DossierPatch, InitiativeAnswer, InitiativePage, InitiativeQuery, InitiativeSummary
from registry.access import get_initiative_or_404, is_officer_of, units_user_may_register_for
from registry.extensions import db
from registry.initiatives import service
from registry.initiatives.listing import ListFilters, initiatives_query, summary_total
from registry.pagination import paginate
from workflows.transitions import TransitionRefused

TAG = "initiatives"
#: HTTP statuses of the workflow's refusal reasons (see workflows.transitions.TransitionRefused).
REFUSAL_STATUS = {"state": 409, "stale": 409, "rule": 409, "right": 403, "data": 422}


def refusal_problem(refusal: TransitionRefused) -> ApiProblem:
    """Turn a service's refusal into a problem: 409 state/rule/stale, 403 right, 422 data."""
    return ApiProblem(REFUSAL_STATUS.get(refusal.reason, 409), refusal.message,
                      {f"/{name}": str(message) for name, message in refusal.fields.items()}, reason=refusal.reason)


def initiative_answer(initiative) -> InitiativeAnswer:
    """Describe an initiative in full."""
    return InitiativeAnswer.model_validate(initiative)


@operation("/initiatives", "GET", summary=_l("List initiatives"), tag=TAG, query=InitiativeQuery,
           response=InitiativePage,
           description=_l("The initiatives the caller may read, newest change first, with the list page's filters: "
                          "`unit_id` takes the unit and every unit under it; `q` searches the code, name and unit, "
                          "accents ignored."))
def list_initiatives(query: InitiativeQuery):
    """List the initiatives the caller may read, filtered and paginated."""
    user = api_user()
    filters = ListFilters(campaign_id=query.campaign_id, field_id=query.field_id, status=query.status or "",
                          unit_id=query.unit_id, subject_type=query.subject_type or "", q=(query.q or "").strip())
    page = paginate(initiatives_query(user, filters), query.page, query.per_page,
                    total=summary_total(user, filters), clamp=False)
    return InitiativePage(items=[InitiativeSummary.model_validate(item) for item in page.items], total=page.total,
                          page=page.page, per_page=page.per_page)


@operation("/initiatives", "POST", summary=_l("Register a draft"), tag=TAG, body=DossierInput,
           response=InitiativeAnswer, status=201, errors=(403, 409),
           description=_l("Creates a draft for one of the caller's units (focal officers). Submit it with the "
                          "`submit` transition."))
def create_initiative(body: DossierInput):
    """Create a draft initiative from the dossier's values."""
    user = api_user()
    if not units_user_may_register_for(user):
        raise ApiProblem(403, _("You are not the focal officer of any active unit."), reason="right")
    values = validated_values(user, body)
    try:
        initiative = service.create_draft(user, values)
    except TransitionRefused as refusal:
        raise refusal_problem(refusal) from None
    db.session.commit()
    response = json_response(initiative_answer(initiative), 201)
    response.headers["Location"] = url_for("api.get_initiative", initiative_id=initiative.id)
    return response


@operation("/initiatives/<int:initiative_id>", "GET", summary=_l("Read an initiative"), tag=TAG,
           response=InitiativeAnswer, errors=(404,))
def get_initiative(initiative_id: int):
    """Return the whole dossier of an initiative the caller may read."""
    return initiative_answer(get_initiative_or_404(initiative_id, user=api_user()))


@operation("/initiatives/<int:initiative_id>", "PATCH", summary=_l("Change a draft or returned dossier"),
           tag=TAG, body=DossierPatch, response=InitiativeAnswer, errors=(403, 404, 409),
           description=_l("Only the values given change. Send the `version` you read: if someone saved since, the "
                          "answer is 409 and nothing changes."))
def patch_initiative(initiative_id: int, body: DossierPatch):
    """Change some values of an editable dossier of the caller's unit."""
    user = api_user()
    initiative = get_initiative_or_404(initiative_id, user=user)
    if body.version != initiative.version:
        raise ApiProblem(409, _("Someone else has changed this initiative. Please reload the page."),
                         reason="stale")
    if not is_officer_of(user, initiative):
        raise ApiProblem(403, _("You do not have the right to do this."), reason="right")
    if not initiative.is_editable:
        raise ApiProblem(409, _("This dossier can no longer be changed."), reason="state")
    values = validated_values(user, body, initiative)
    try:
        service.update_draft(initiative, user, values, body.version)
    except TransitionRefused as refusal:
        raise refusal_problem(refusal) from None
    db.session.commit()
    return initiative_answer(initiative)
