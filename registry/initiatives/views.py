"""Pages for initiatives: the list and its exports, the dossier form, the detail page, actions."""

from types import SimpleNamespace

from flask import Blueprint, abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from registry.deadlines import DEADLINE_REGISTRATION, deadline_book, initiative_deadlines
from registry.dossier import FIELD_LABELS, missing_required_fields
from registry.downloads import EXPORT_TYPES, download
from registry.extensions import db
from registry.i18n import format_time_vn
from registry.initiatives import exports, service
from registry.initiatives.forms import InitiativeForm, offer_choices
from registry.initiatives.listing import (
    NUMBERED_PAGES,
    ListFilters,
    basis_note,
    export_rows_query,
    list_page,
    stage_labels,
)
from registry.models import Campaign, Field, Initiative, Unit
from registry.models.base import utcnow
from registry.pagination import int_arg
from registry.policy import can_edit_initiative, units_user_may_register_for
from registry.refusals import Refused
from registry.roles import ROLE_OFFICER
from registry.unitpicker.queries import SCOPE_VISIBLE, filter_choices
from reports.list_totals import summary_total
from web.guards import get_initiative_or_404, role_required
from web.transaction import api_commit, commit_or_refuse
from web.urls import safe_next_url
from workflows.history import history_timeline, initiative_history
from workflows.machine import INITIAL_STATE, PAGE_DECISION, PAGE_FORM, STATES, TRIGGERS_BY_NAME, trigger_from
from workflows.models import MAX_COMMENT, TransitionLog
from workflows.transitions import allowed_triggers, fire
from workflows.worklist import RETURNED_STATES

bp = Blueprint("initiatives", __name__, url_prefix="/initiatives")


@bp.get("/")
@login_required
def index():
    """List the initiatives the user may read, filtered, searched, sorted and paginated."""
    filters = ListFilters.from_args(request.args)
    page = list_page(current_user, filters, summary_total(current_user, filters))
    unit_q = request.args.get("unit_q", "")[:255]  # the unit search of a browser without JavaScript
    unit_choices, few_units = filter_choices(current_user, SCOPE_VISIBLE, filters.unit_id, unit_q)
    return render_template("initiatives/index.html", page=page, filters=filters, numbered_pages=NUMBERED_PAGES,
                           deadlines=initiative_deadlines(page.items),
                           campaigns=db.session.scalars(select(Campaign).order_by(Campaign.year.desc())).all(),
                           fields=db.session.scalars(select(Field).order_by(Field.position, Field.name)).all(),
                           unit_choices=unit_choices, few_units=few_units, unit_q=unit_q, stage_labels=stage_labels(),
                           can_register=bool(units_user_may_register_for(current_user)),
                           basis_note=basis_note(filters, db.session.get(Unit, filters.unit_id)
                                                 if filters.rebased and filters.unit_id else None))


@bp.get("/export")
@login_required
def export():
    """Download the filtered list as CSV or XLSX (every page, in the list's order)."""
    kind = request.args.get("format", "xlsx")
    if kind not in EXPORT_TYPES:
        abort(400)
    filters = ListFilters.from_args(request.args)
    query = export_rows_query(current_user, filters)
    return download(kind, exports.file_name(filters, kind), lambda: exports.csv_chunks(query, filters),
                    lambda: exports.xlsx_file(query, filters))


def _prepare_form(form: InitiativeForm, initiative: Initiative | None) -> list:
    """Set the choices of unit, campaign and field for this user and dossier, and a new form's defaults.

    :return: the registration deadline of each campaign offered, for the unit registering (a draft or a new one).
    """
    units = offer_choices(form, current_user, initiative)
    if request.method == "GET" and initiative is None:
        current = service.current_campaign()
        form.campaign_id.data = current.id if current else None
        form.unit_id.data = units[0].id if len(units) == 1 else None
    if initiative is not None and initiative.status != INITIAL_STATE:
        return []  # a returned dossier follows the council's dates, not the registration deadline
    unit = initiative.unit if initiative else (units[0] if len(units) == 1 else None)
    offered = [choice.value for choice in form.campaign_id.choices if choice.value]
    campaigns = list(db.session.scalars(select(Campaign).where(Campaign.id.in_(offered))
                                        .order_by(Campaign.year.desc())))
    book = deadline_book(campaign.id for campaign in campaigns)
    return [(campaign, deadline) for campaign in campaigns
            if (deadline := book.deadline(campaign, DEADLINE_REGISTRATION, unit)) is not None]


def _save_dossier(form: InitiativeForm, initiative: Initiative | None) -> Initiative | None:
    """Validate and save the posted dossier; return the saved initiative, or None to show the form again."""
    submitting = request.form.get("action") == "submit"
    valid = form.validate()
    values = form.dossier_values()
    # The completeness check runs even when the form has errors, so every missing field is marked in one answer.
    missing = missing_required_fields(SimpleNamespace(**values)) if submitting else []
    form.mark_missing(missing)
    if not valid:
        flash(_("Please correct the marked fields."), "danger")
        return None
    if missing:
        flash(_("The dossier is not complete: please fill every field marked below. Nothing was submitted."),
              "danger")
        return None
    if submitting:
        reply = request.form.get("reply", "").strip()

        def action():
            if len(reply) > MAX_COMMENT:
                raise Refused(_("The comment is too long (at most %(max)d characters).", max=MAX_COMMENT), "data")
            return service.save_and_submit(initiative, current_user, values, form.expected_version(), fire, reply)
    elif initiative is None:
        def action():
            return service.create_draft(current_user, values)
    else:
        def action():
            return service.update_draft(initiative, current_user, values, form.expected_version())
    done, saved = commit_or_refuse(action, on_refusal=lambda refusal: setattr(form, "refusal", refusal.reason))
    if not done:
        return None
    if submitting:
        flash(_("The registration of %(code)s has been submitted.", code=saved.code), "success")
    else:
        flash(_("The draft %(code)s has been saved.", code=saved.code), "success")
    return saved


def _dossier_page(initiative: Initiative | None):
    """Show the dossier form and handle its two buttons (save a draft, submit)."""
    form = InitiativeForm(obj=initiative) if request.method == "GET" else InitiativeForm()
    form.refusal = None
    deadlines = _prepare_form(form, initiative)
    if request.method == "POST":
        saved = _save_dossier(form, initiative)
        if saved is not None:
            return redirect(url_for(".detail", initiative_id=saved.id))
    form.offer_blank_indicator_rows()
    if initiative is not None and request.method == "GET":
        form.version.data = str(initiative.version)
    status = 409 if form.refusal == "stale" else 200
    return render_template("initiatives/form.html", form=form, initiative=initiative,
                           return_log=_latest_return(initiative), max_comment=MAX_COMMENT,
                           reply=request.form.get("reply", "") if request.method == "POST" else "",
                           autosave_seconds=current_app.config["AUTOSAVE_SECONDS"],
                           submit_trigger=trigger_from(initiative.status if initiative else INITIAL_STATE, PAGE_FORM),
                           single_unit=len(form.unit_id.choices) == 1, deadlines=deadlines), status


def _latest_return(initiative: Initiative | None) -> TransitionLog | None:
    """Return the council's latest return of a dossier still waiting for its answer, or None."""
    if initiative is None or initiative.status not in RETURNED_STATES:
        return None
    return db.session.scalar(select(TransitionLog).where(
        TransitionLog.initiative_id == initiative.id, TransitionLog.to_status.in_(RETURNED_STATES))
        .order_by(TransitionLog.id.desc()).limit(1))


@bp.route("/new", methods=["GET", "POST"])
@role_required(ROLE_OFFICER)
def new():
    """Register a new model for one of the officer's units."""
    if not units_user_may_register_for(current_user):
        flash(_("You are not the focal officer of any active unit."), "warning")
        return redirect(url_for(".index"))
    if not service.open_campaigns():
        flash(_("No campaign is open for registration."), "warning")
        return redirect(url_for(".index"))
    return _dossier_page(None)


@bp.route("/<int:initiative_id>/edit", methods=["GET", "POST"])
@login_required
def edit(initiative_id: int):
    """Edit a draft or returned dossier of the officer's unit.

    :raise 404: when the user may not see it. :raise 403: when they may not edit it now.
    """
    return _dossier_page(get_initiative_or_404(initiative_id, need="edit"))


def _autosave(initiative: Initiative | None):
    """Save the posted dossier form as a draft (never a submission) and answer JSON for static/js/autosave.js.

    The answer carries the draft's id, its new version and the time; a value that could not be read is not
    saved and is named in `skipped`. A refusal is a problem document: 409 for a stale version (someone saved
    since), 422 for a new draft without its name, unit, campaign or field, 403 when the user may not edit it.
    """
    form = InitiativeForm()
    offer_choices(form, current_user, initiative)
    form.validate()
    values, skipped = form.autosave_values(creating=initiative is None)

    def action():
        if initiative is not None:
            return service.update_draft(initiative, current_user, values, form.expected_version())
        if blockers := form.draft_blockers():
            raise Refused(_("Not saved automatically yet: the draft needs its name, unit, campaign and field."),
                          "data", blockers)
        return service.create_draft(current_user, values)

    saved = api_commit(action)
    when = format_time_vn(utcnow())
    return jsonify(id=saved.id, code=saved.code, version=saved.version, saved_at=when,
                   status=str(STATES[saved.status]), message=_("Autosaved at %(time)s", time=when),
                   edit_url=url_for(".edit", initiative_id=saved.id),
                   autosave_url=url_for(".autosave_edit", initiative_id=saved.id),
                   skipped=[{"field": name, "detail": message} for name, message in skipped.items()])


@bp.post("/autosave")
@role_required(ROLE_OFFICER)
def autosave_new():
    """Autosave a new registration: its first autosave creates the draft (the page then carries its id)."""
    return _autosave(None)


@bp.post("/<int:initiative_id>/autosave")
@login_required
def autosave_edit(initiative_id: int):
    """Autosave an editable dossier; a stale version is refused with a conflict, never overwritten.

    :raise 404: when the user may not see it.
    """
    return _autosave(get_initiative_or_404(initiative_id))


@bp.get("/<int:initiative_id>")
@login_required
def detail(initiative_id: int):
    """Show the whole dossier, its indicators, evidence, history and the actions the user may take."""
    initiative = get_initiative_or_404(initiative_id)
    history = initiative_history(initiative)
    campaign = service.current_campaign()
    may_renew = service.renewal_refusal(initiative, current_user, campaign) is None
    triggers = [spec for spec in allowed_triggers(initiative, current_user) if spec.page != PAGE_DECISION]
    # A returned dossier shows the council's reason on top, and is sent back with an answer beside it.
    returned = [log for log in history if log.to_status in RETURNED_STATES] \
        if initiative.status in RETURNED_STATES else []
    reply_trigger = next((spec for spec in triggers if spec.page == PAGE_FORM), None) if returned else None
    return render_template("initiatives/detail.html", initiative=initiative, history=history,
                           timeline=history_timeline(initiative, history),
                           # the form's triggers are fired straight from here; the others ask for confirmation
                           # first; decisions have their own page, linked from the detail page
                           triggers=[spec for spec in triggers if spec is not reply_trigger],
                           return_log=returned[-1] if returned else None, reply_trigger=reply_trigger,
                           max_comment=MAX_COMMENT,
                           PAGE_FORM=PAGE_FORM,
                           renewal_campaign=campaign if may_renew else None, FIELD_LABELS=FIELD_LABELS,
                           may_edit=can_edit_initiative(current_user, initiative),
                           may_delete=service.may_delete_draft(initiative, current_user))


@bp.route("/<int:initiative_id>/transition", methods=["GET", "POST"])
@login_required
def transition(initiative_id: int):
    """Ask to confirm an action (GET), then fire it (POST); a refusal is a message, never an error page."""
    initiative = get_initiative_or_404(initiative_id)
    if request.method == "GET":
        return _confirmation_page(initiative, request.args.get("trigger", ""))
    trigger = request.form.get("trigger", "")
    comment = request.form.get("comment", "")
    version = int_arg(request.form, "version", None, minimum=0)
    def action():
        if len(comment) > MAX_COMMENT:
            raise Refused(_("The comment is too long (at most %(max)d characters).", max=MAX_COMMENT), "data")
        if version is None:
            raise Refused(_("Someone else has changed this initiative. Please reload the page."), "stale")
        fire(initiative, trigger, current_user, comment, expected_version=version)

    # The home page answers a returned dossier in place: it asks to come back there.
    back = safe_next_url(request.form.get("next")) or url_for(".detail", initiative_id=initiative_id)
    refusals: list[Refused] = []
    if not commit_or_refuse(action, on_refusal=refusals.append)[0]:
        spec = TRIGGERS_BY_NAME.get(trigger)
        if refusals[0].reason == "data" and spec is not None and spec.needs_comment:
            return redirect(url_for(".transition", initiative_id=initiative_id, trigger=trigger))
        return redirect(back)
    flash(_("Done: the model is now “%(state)s”.", state=STATES.get(initiative.status, initiative.status)), "success")
    return redirect(back)


def _confirmation_page(initiative: Initiative, trigger: str):
    """Show the confirmation (and reason) page of `trigger`, or go back when it is not available."""
    spec = TRIGGERS_BY_NAME.get(trigger)
    if spec is None or spec not in allowed_triggers(initiative, current_user):
        flash(_("This action is not available for this model now."), "warning")
        return redirect(url_for(".detail", initiative_id=initiative.id))
    return render_template("initiatives/confirm.html", initiative=initiative, spec=spec, max_comment=MAX_COMMENT)


@bp.post("/<int:initiative_id>/renew")
@login_required
def renew(initiative_id: int):
    """Register a renewal of an earlier model for the current campaign, then open it for editing."""
    source = get_initiative_or_404(initiative_id)
    done, copy = commit_or_refuse(lambda: service.renew(source, current_user, service.current_campaign()))
    if not done:
        return redirect(url_for(".detail", initiative_id=initiative_id))
    flash(_("The renewal %(code)s has been created as a draft: please update it and submit it.", code=copy.code),
          "success")
    return redirect(url_for(".edit", initiative_id=copy.id))


@bp.route("/<int:initiative_id>/delete", methods=["GET", "POST"])
@role_required(ROLE_OFFICER)
def delete(initiative_id: int):
    """Ask to confirm (GET), then delete a draft with its indicators and evidence files (POST)."""
    initiative = get_initiative_or_404(initiative_id)
    if request.method == "GET":
        if not service.may_delete_draft(initiative, current_user):
            flash(_("This action is not available for this model now."), "warning")
            return redirect(url_for(".detail", initiative_id=initiative_id))
        return render_template("initiatives/delete.html", initiative=initiative)
    done, code = commit_or_refuse(lambda: service.delete_draft(initiative, current_user))
    if not done:
        return redirect(url_for(".detail", initiative_id=initiative_id))
    flash(_("The draft %(code)s has been deleted.", code=code), "success")
    return redirect(url_for(".index"))


def init_app(app) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)
