"""Pages for decisions: one initiative's evaluation result and decisions, and decisions over a selection."""

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from paperwork.decisions import decide_many, decide_one, fire_many_typed, fire_typed
from paperwork.issuers import find_issuer, issuer_choices
from registry.deadlines import local_today
from registry.formfields import options
from registry.models import Initiative
from registry.pagination import int_arg, paginate
from registry.refusals import Refused
from registry.roles import ROLE_COUNCIL, ROLE_STAFF
from web.guards import get_initiative_or_404, role_required
from web.transaction import commit_or_refuse
from workflows import transitions
from workflows.decisions import queries
from workflows.decisions.forms import BulkDecisionForm, DecisionForm, optional_id
from workflows.history import initiative_history
from workflows.machine import (
    RECORDS_NEW_ROUND,
    SCOPE_STAFF,
    STATES,
    TRIGGERS,
    TRIGGERS_BY_NAME,
    TriggerSpec,
    states_where,
)
from workflows.rules import evaluate
from workflows.sessions.prefill import bulk_prefill

bp = Blueprint("decisions", __name__, url_prefix="/decisions")

PER_PAGE = 50
#: At most this many initiatives are decided in one bulk request.
MAX_BULK = 500
STALE = "stale"


def _load(initiative_id: int) -> Initiative:
    """Load an initiative whose decisions the current user takes.

    :raise 404: when they may not see it. :raise 403: when they see it but take no decision on it.
    """
    initiative = get_initiative_or_404(initiative_id)
    if not queries.may_open_decisions(current_user, initiative):
        abort(403)
    return initiative


def _form_choices(forms=None) -> list[tuple[int, str]]:
    """Return the active forms of commendation as select choices, each with its default issuer."""
    forms = queries.active_commendation_forms() if forms is None else forms
    return [(form.id, f"{form.name} — {form.default_issuer}" if form.default_issuer else form.name)
            for form in forms]


def _blank_form(initiative: Initiative, spec: TriggerSpec, choices, issuers) -> DecisionForm:
    """Build an empty decision form for `spec`, prefilled with the usual defaults."""
    form = DecisionForm(formdata=None, prefix=spec.name)
    form.prepare(spec, choices, issuers)
    form.version.data = str(initiative.version)
    if spec.needs_decision:
        form.decision_issuer.data = current_app.config["STEERING_BODY_NAME"]
    if spec.needs_commendation:
        form.recipient_kind.data = initiative.subject_type if initiative.subject_type == "individual" else "collective"
        form.recipient_name.data = initiative.individual_name
    return form


def _blocked_triggers(initiative: Initiative, allowed: list[TriggerSpec]) -> list[tuple[TriggerSpec, str]]:
    """Return the decisions the user could take but for the council's rule, each with the rule's message."""
    allowed_names = {spec.name for spec in allowed}
    blocked = []
    for spec in queries.ordered_specs(queries.DECISION_TRIGGERS):
        if spec.name in allowed_names:
            continue
        refusal = transitions.refusal_reason(initiative, spec.name, current_user)
        if refusal is not None and refusal.reason == "rule":
            blocked.append((spec, refusal.message))
    return blocked


def _decision_page(initiative: Initiative, posted: DecisionForm | None = None, posted_trigger: str = "",
                   status: int = 200):
    """Render the decision page; `posted` replaces the blank form of `posted_trigger`."""
    allowed = queries.ordered_specs({spec.name for spec in queries.decision_triggers(initiative, current_user)})
    commendation_forms = queries.active_commendation_forms()
    choices = _form_choices(commendation_forms)
    issuers = issuer_choices(local_today())
    forms = []
    for spec in allowed:
        form = posted if spec.name == posted_trigger and posted is not None else \
            _blank_form(initiative, spec, choices, issuers)
        forms.append((spec, form))
    return render_template(
        "decisions/initiative.html", initiative=initiative, result=evaluate(initiative),
        council=queries.assigned_council(initiative), forms=forms, blocked=_blocked_triggers(initiative, allowed),
        history=initiative_history(initiative, decisions_only=True), commendations=queries.commendations_of(initiative),
        has_forms=bool(choices), default_issuers={str(form.id): form.default_issuer for form in commendation_forms},
        trigger_labels={spec.name: spec.label for spec in TRIGGERS}, endpoints=current_app.view_functions,
        new_round=RECORDS_NEW_ROUND,
    ), status


@bp.get("/initiatives/<int:initiative_id>", endpoint="initiative")
@login_required
def initiative_page(initiative_id: int):
    """Show the evaluation result and the decisions the user may record now.

    :raise 404: when the user may not see the initiative. :raise 403: when they take no decision on it.
    """
    return _decision_page(_load(initiative_id))


@bp.post("/initiatives/<int:initiative_id>", endpoint="fire")
@login_required
def fire_decision(initiative_id: int):
    """Record the posted decision through the workflow service; a refusal is shown beside the form.

    :raise 404: when the user may not see the initiative. :raise 403: when they may not take this decision.
    """
    initiative = _load(initiative_id)
    page = url_for(".initiative", initiative_id=initiative.id)
    trigger = request.form.get("trigger", "")
    if trigger not in queries.DECISION_TRIGGERS:
        flash(_("This action does not exist."), "danger")
        return redirect(page)
    refusal = transitions.refusal_reason(initiative, trigger, current_user)
    if refusal is not None and refusal.reason == "right":
        abort(403)
    if refusal is not None and refusal.reason == "state":
        flash(refusal.message, "warning")
        return redirect(page)
    spec = TRIGGERS_BY_NAME[trigger]
    form = DecisionForm(request.form, prefix=trigger)
    form.prepare(spec, _form_choices(), issuer_choices(local_today()))
    if not form.validate():
        flash(_("Please correct the marked fields. Nothing was recorded."), "danger")
        return _decision_page(initiative, form, trigger)
    version = optional_id(form.version.data)
    issuer = find_issuer(form.issuer_id.data) if spec.needs_decision or spec.needs_commendation else None

    def action():
        if version is None:
            raise Refused(_("Someone else has changed this initiative. Please reload the page."), STALE)
        if issuer is not None:  # the issuer's register gives the number, and one decision record holds it
            inputs = form.numbered_inputs(spec)
            decide_one(initiative, trigger, current_user, form.comment.data or "", version, issuer,
                       inputs.pop("decision_date", None), **inputs)
            return
        fire_typed(initiative, trigger, current_user, form.comment.data or "", version, **form.service_inputs(spec))

    refusals: list[Refused] = []
    if not commit_or_refuse(action, on_refusal=refusals.append)[0]:
        form.show_refusal(refusals[0].fields)
        return _decision_page(initiative, form, trigger, 409 if refusals[0].reason == STALE else 200)
    flash(_("Recorded: %(code)s is now “%(state)s”.", code=initiative.code, state=STATES[initiative.status]),
          "success")
    return redirect(page)


def _bulk_filters(params, seats) -> queries.BulkFilters:
    """Read the bulk page's filters from `params`, choosing the user's first scope and a sensible status."""
    scopes = _scopes(seats)
    scope = params.get("scope", "") if params.get("scope", "") in scopes else (scopes[0] if scopes else "council")
    status = params.get("status")
    if status is None:
        if scope == "staff":
            status = states_where(bulk_default_for=(SCOPE_STAFF,))[0]
        else:
            role = "chair" if any(seat.role == "chair" for seat in seats) else "secretary"
            status = states_where(bulk_default_for=(role,))[0]
    statuses = queries.COUNCIL_STATUSES if scope == "council" else queries.STAFF_STATUSES
    return queries.BulkFilters(scope=scope, council_id=int_arg(params, "council", None, minimum=1),
                               status=status if status in statuses else "",
                               page=int_arg(params, "page", 1, minimum=1) or 1,
                               session_id=int_arg(params, "session", None, minimum=1))


def _scopes(seats) -> list[str]:
    """Return the bulk scopes open to the current user: their councils, and their staff subtree."""
    scopes = ["council"] if seats else []
    if current_user.has_role(ROLE_STAFF):
        scopes.append("staff")
    return scopes


def _actions(filters: queries.BulkFilters, seats) -> tuple[str, ...]:
    """Return the bulk actions of the scope."""
    if filters.scope == "staff":
        return queries.STAFF_ACTIONS if current_user.has_role(ROLE_STAFF) else ()
    return queries.council_actions(seats) if seats else ()


def _bulk_page(params, form: BulkDecisionForm | None = None, selected: set[int] | frozenset = frozenset()):
    """Render the bulk page for the filters in `params` (the query string, or the posted form)."""
    seats = queries.deciding_seats(current_user)
    filters = _bulk_filters(params, seats)
    actions = _actions(filters, seats)
    # A session's results page links here: the list is its agenda, the proposed models ticked, the decision chosen.
    prefill = bulk_prefill(current_user, filters.session_id, params.get("action", "")) if filters.session_id else None
    if prefill is not None:
        filters.agenda_ids = prefill.agenda_ids
    page = paginate(queries.bulk_query(current_user, filters, seats), filters.page, PER_PAGE)
    rows = [(initiative, evaluate(initiative)) for initiative in page.items]
    if form is None:
        form = BulkDecisionForm(formdata=None)
        form.decision_issuer.data = current_app.config["STEERING_BODY_NAME"] if filters.scope == "council" else ""
        if prefill is not None and prefill.action in actions:
            form.action.data, form.comment.data, selected = prefill.action, prefill.comment, prefill.selected
    form.scope.data = filters.scope
    form.prepare(queries.BULK_COMMENDATION, _form_choices(), issuer_choices(local_today()))
    form.comment.label.text = _("Reason or comment")
    form.action.choices = options([("", _("— choose —")), *((name, TRIGGERS_BY_NAME[name].label) for name in actions)])
    councils = {seat.council_id: seat.council for seat in seats}
    return render_template("decisions/bulk.html", filters=filters, scopes=_scopes(seats), page=page, rows=rows,
                           form=form, actions=actions, councils=list(councils.values()), selected=selected,
                           statuses=queries.COUNCIL_STATUSES if filters.scope == "council" else queries.STAFF_STATUSES)


@bp.get("/bulk", endpoint="bulk")
@role_required(ROLE_COUNCIL, ROLE_STAFF)
def bulk_page():
    """List the initiatives the user decides on, with checkboxes and one decision form for the selection."""
    return _bulk_page(request.args)


def _posted_ids() -> list[int]:
    """Read the selected initiative ids, dropping junk and duplicates, at most MAX_BULK of them."""
    ids: list[int] = []
    for raw in request.form.getlist("initiative_ids")[:MAX_BULK]:
        value = optional_id(raw)
        if value is not None and value not in ids:
            ids.append(value)
    return ids


@bp.post("/bulk", endpoint="bulk_fire")
@role_required(ROLE_COUNCIL, ROLE_STAFF)
def bulk_fire():
    """Apply one decision to every selected initiative; each moves or is refused on its own."""
    seats = queries.deciding_seats(current_user)
    filters = _bulk_filters(request.form, seats)
    form = BulkDecisionForm(request.form)
    ids = _posted_ids()
    action = form.action.data or ""
    valid = form.validate()
    problems = []
    if action not in _actions(filters, seats):
        form.action.errors = [_("Please choose an action.")]
        problems.append(_("Please choose an action."))
    if not ids:
        problems.append(_("Please select at least one model."))
    if not valid or problems:
        flash(" ".join(problems) or _("Please correct the marked fields. Nothing was recorded."), "danger")
        return _bulk_page(request.form, form, set(ids))
    spec = TRIGGERS_BY_NAME[action]
    initiatives = queries.selected_initiatives(current_user, ids)
    issuer = find_issuer(form.issuer_id.data) if spec.needs_decision or spec.needs_commendation else None
    recorded = []

    def fire_all():
        if issuer is not None:  # one numbered decision record for every model that moves
            inputs = form.numbered_inputs(spec)
            outcome, decision = decide_many(initiatives, action, current_user, form.comment.data or "", issuer,
                                            inputs.pop("decision_date", None), **inputs)
            recorded.append(decision)
        else:
            outcome = fire_many_typed(initiatives, action, current_user, form.comment.data or "",
                                      **form.service_inputs(spec))
        data_refusals = [refused for _initiative, refused in outcome.refused if refused.reason == "data"]
        if not outcome.done and data_refusals:
            raise data_refusals[0]  # the inputs are wrong for every one: ask again
        return outcome

    done, outcome = commit_or_refuse(fire_all, on_refusal=lambda refusal: form.show_refusal(refusal.fields))
    if not done:
        return _bulk_page(request.form, form, set(ids))
    if outcome.done:
        flash(_("%(count)d models are now “%(state)s”.", count=len(outcome.done), state=STATES[spec.dest]),
              "success")
    if outcome.refused or len(initiatives) < len(ids):
        flash(_("Some of the selected models were not changed: see the reasons below."), "warning")
    back = url_for(".bulk", scope=filters.scope, council=filters.council_id or "", status=filters.status,
                   session=filters.session_id or None)
    return render_template("decisions/bulk_result.html", spec=spec, outcome=outcome,
                           not_found=len(ids) - len(initiatives), back=back,
                           decision=recorded[0] if recorded else None)


def _template_helpers() -> dict:
    """Expose `decision_triggers(initiative)` to every template (the decision link uses it)."""

    def decision_triggers(initiative: Initiative) -> list[TriggerSpec]:
        if not current_user.is_authenticated or initiative is None:
            return []
        return queries.decision_triggers(initiative, current_user)

    return {"decision_triggers": decision_triggers}


bp.app_context_processor(_template_helpers)


def init_app(app) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)
