"""Evaluation settings for staff: a campaign's decision rules and rubric, and the commendation forms."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from registry.extensions import db
from registry.models import Campaign
from registry.pagination import int_arg
from registry.policy import can_change_setting, default_owner_unit
from web.guards import require_setting_right
from web.transaction import commit_or_refuse
from workflows.councils import commendation_forms, service
from workflows.councils.blueprint import bp, staff_only
from workflows.councils.forms import MAX_CRITERIA, CommendationFormEditor, RubricForm, RulesForm
from workflows.models import CommendationForm
from workflows.scoring.service import replace_rubric, rubric, scoring_started
from workflows.sessions.forms import ModeForm, mode_form_for
from workflows.sessions.modes import evaluation_started


def _campaign_or_404(campaign_id: int, change: bool = False) -> Campaign:
    """Load a campaign, for changing its rubric or decision rules when `change`.

    :raise 404: when it does not exist.
    :raise 403: when `change` and the current user may only read its settings.
    """
    campaign = db.session.get(Campaign, campaign_id)
    if campaign is None:
        abort(404)
    if change:
        require_setting_right(current_user, campaign.owner_unit)
    return campaign


def _settings_page(campaign: Campaign, rules_form: RulesForm | None = None, rubric_form: RubricForm | None = None,
                   status: int = 200, mode_form: ModeForm | None = None):
    """Render the settings page; the form not being posted shows what is stored."""
    if rules_form is None:
        rules_form = RulesForm(formdata=None, obj=campaign)
    criteria = rubric(campaign)
    if rubric_form is None:
        rubric_form = RubricForm(formdata=None, data={"criteria": criteria})
    total = sum(row.form.max_points.data for row in rubric_form.criteria.entries
                if isinstance(row.form.max_points.data, int))
    return render_template("councils/settings.html", campaign=campaign, rules_form=rules_form,
                           rubric_form=rubric_form, criteria=criteria, frozen=scoring_started(campaign),
                           total=total, max_criteria=MAX_CRITERIA,
                           mode_form=mode_form or mode_form_for(campaign), mode_frozen=evaluation_started(campaign),
                           may_change=can_change_setting(current_user, campaign.owner_unit)), status


@bp.get("/campaigns/<int:campaign_id>/settings")
@staff_only
def campaign_settings(campaign_id: int):
    """Show a campaign's decision rules and its score sheet, editable until scoring starts."""
    return _settings_page(_campaign_or_404(campaign_id))


@bp.post("/campaigns/<int:campaign_id>/settings")
@staff_only
def save_rules(campaign_id: int):
    """Save the campaign's quorum and thresholds."""
    campaign = _campaign_or_404(campaign_id, change=True)
    form = RulesForm()
    if not form.validate():
        return _settings_page(campaign, rules_form=form, status=400)
    if not commit_or_refuse(lambda: service.save_decision_rules(
            current_user, campaign, form.quorum_numerator.data, form.quorum_denominator.data,
            form.recognition_min_average.data, form.exemplary_min_average.data))[0]:
        return _settings_page(_campaign_or_404(campaign_id), rules_form=form, status=400)
    flash(_("The decision rules of the campaign %(year)d have been saved.", year=campaign.year), "success")
    return redirect(url_for(".campaign_settings", campaign_id=campaign.id))


@bp.post("/campaigns/<int:campaign_id>/rubric")
@staff_only
def save_rubric(campaign_id: int):
    """Add or remove a rubric row (re-showing the editor), or save the rows as the campaign's criteria."""
    campaign = _campaign_or_404(campaign_id, change=True)
    form = RubricForm()
    if "add_row" in request.form:
        if len(form.criteria.entries) < MAX_CRITERIA:
            form.criteria.append_entry()
        return _settings_page(campaign, rubric_form=form)
    if "remove_row" in request.form:
        position = int_arg(request.form, "remove_row", None, minimum=0)
        if position is not None and position < len(form.criteria.entries):
            del form.criteria.entries[position]
        return _settings_page(campaign, rubric_form=form)
    if not form.validate():
        return _settings_page(campaign, rubric_form=form, status=400)
    rows = [(row.form.code.data, row.form.name.data, row.form.max_points.data) for row in form.criteria.entries]
    if not commit_or_refuse(lambda: replace_rubric(campaign, rows))[0]:
        return _settings_page(_campaign_or_404(campaign_id), rubric_form=form, status=400)
    flash(_("The score sheet of the campaign %(year)d has been saved.", year=campaign.year), "success")
    return redirect(url_for(".campaign_settings", campaign_id=campaign.id))


@bp.get("/commendation-forms")
@staff_only
def commendation_form_list():
    """List the commendation forms offered when staff record a commendation."""
    return render_template("councils/commendation_forms.html", forms=commendation_forms.list_forms(),
                           may_change=lambda form: can_change_setting(current_user, form.owner_unit))


def _commendation_form_page(form: CommendationFormEditor, existing: CommendationForm | None):
    """Create or change a commendation form from the posted `form`, or show it again with its errors."""
    if form.validate_on_submit():
        values = (form.name.data, form.default_issuer.data, form.position.data or 0, form.is_active.data)
        if existing is None:
            def action():
                return commendation_forms.create_form(*values, owner_unit=default_owner_unit(current_user))
        else:
            def action():
                return commendation_forms.update_form(existing, *values)
        done, saved = commit_or_refuse(action, form)
        if done:
            flash(_("The commendation form “%(name)s” has been saved.", name=saved.name), "success")
            return redirect(url_for(".commendation_form_list"))
    return render_template("councils/commendation_form.html", form=form, existing=existing)


@bp.route("/commendation-forms/new", methods=["GET", "POST"])
@staff_only
def commendation_form_new():
    """Add a commendation form."""
    return _commendation_form_page(CommendationFormEditor(), None)


def _commendation_form_or_404(form_id: int) -> CommendationForm:
    """Load a commendation form the current user may change.

    :raise 404: when it does not exist.
    :raise 403: when it belongs to a unit above the user's (they may only read it).
    """
    found = db.session.get(CommendationForm, form_id)
    if found is None:
        abort(404)
    require_setting_right(current_user, found.owner_unit)
    return found


@bp.route("/commendation-forms/<int:form_id>/edit", methods=["GET", "POST"])
@staff_only
def commendation_form_edit(form_id: int):
    """Change a commendation form."""
    existing = _commendation_form_or_404(form_id)
    return _commendation_form_page(CommendationFormEditor(obj=existing), existing)


@bp.post("/commendation-forms/<int:form_id>/status")
@staff_only
def commendation_form_status(form_id: int):
    """Offer a commendation form again, or stop offering it (recorded commendations keep it)."""
    existing = _commendation_form_or_404(form_id)
    wanted = request.form.get("active", "")
    if wanted not in ("1", "0"):
        abort(400)
    commit_or_refuse(lambda: commendation_forms.set_form_active(existing, wanted == "1"))
    flash(_("The commendation form “%(name)s” is offered again.", name=existing.name) if wanted == "1"
          else _("The commendation form “%(name)s” is no longer offered.", name=existing.name), "success")
    return redirect(url_for(".commendation_form_list"))
