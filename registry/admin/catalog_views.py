"""Admin pages for fields of work and yearly campaigns."""

from flask import abort, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from registry.admin.blueprint import bp, load, posted_state, switch_confirm_page
from registry.admin.catalog_services import (
    CAMPAIGN_COLUMNS,
    add_campaign,
    add_field,
    list_campaigns,
    list_fields,
    set_campaign_open,
    set_field_active,
    update_campaign,
    update_field,
)
from registry.admin.deadline_views import extensions_context
from registry.admin.forms import CampaignForm, FieldForm
from registry.models import Campaign, Field
from registry.pagination import int_arg
from registry.policy import can_change_setting, default_owner_unit
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from web.guards import require_setting_right, role_required
from web.transaction import commit_then_redirect


def _get_or_404(model, object_id: int, change: bool = False):
    """Load a field or campaign by id, for changing it when `change`.

    :raise 404: when it does not exist.
    :raise 403: when `change` and the current user may only read it (it belongs to a unit above theirs).
    """
    found = load(model, object_id)
    if found is None:
        abort(404)
    if change:
        require_setting_right(current_user, found.owner_unit)
    return found


def _may_change(setting) -> bool:
    """Tell the templates whether the current user may change `setting` (to show its buttons)."""
    return can_change_setting(current_user, setting.owner_unit)


@bp.get("/fields")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def fields():
    """List the fields of work in display order."""
    page = list_fields(int_arg(request.args, "page", 1, minimum=1))
    return render_template("admin/fields.html", page=page, may_change=_may_change)


@bp.route("/fields/new", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def field_new():
    """Create a field of work."""
    form = FieldForm()
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: add_field(form.name.data, form.code.data, form.position.data or 0,
                              default_owner_unit(current_user)),
            form, lambda field: _("The field “%(name)s” has been created.", name=field.name), _to_fields)):
        return done
    return render_template("admin/field_form.html", form=form, field=None)


@bp.route("/fields/<int:field_id>/edit", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def field_edit(field_id: int):
    """Change a field's name, code and display order."""
    field = _get_or_404(Field, field_id, change=True)
    form = FieldForm(obj=field)
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: update_field(field, form.name.data, form.code.data, form.position.data or 0),
            form, lambda _saved: _("The field “%(name)s” has been saved.", name=field.name), _to_fields)):
        return done
    return render_template("admin/field_form.html", form=form, field=field)


@bp.route("/fields/<int:field_id>/status", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def field_status(field_id: int):
    """Confirm (GET), then offer a field for new registrations again, or stop offering it (POST)."""
    field = _get_or_404(Field, field_id, change=True)
    if request.method == "GET":
        # Switching a field off changes every registration form at once: one click is too easy.
        return switch_confirm_page(field.is_active, url_for("admin.fields"), off=(
            _("Deactivate a field"),
            _("Stop offering the field “%(name)s” for new registrations? Its registered models are kept.",
              name=field.name), _("Deactivate")),
            on=(_("Activate a field"), _("Offer the field “%(name)s” again?", name=field.name), _("Activate")))
    active = posted_state()
    return commit_then_redirect(
        lambda: set_field_active(field, active), None,
        lambda _saved: _("The field “%(name)s” is offered again.", name=field.name) if active
        else _("The field “%(name)s” is no longer offered for new registrations.", name=field.name),
        _to_fields) or redirect(url_for("admin.fields"))


def _to_fields(_saved) -> str:
    return url_for("admin.fields")


def _to_campaigns(_saved) -> str:
    return url_for("admin.campaigns")


@bp.get("/campaigns")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def campaigns():
    """List the campaigns, newest year first."""
    page = list_campaigns(int_arg(request.args, "page", 1, minimum=1))
    return render_template("admin/campaigns.html", page=page, may_change=_may_change,
                           may_add=can_change_setting(current_user, None))


def _campaign_values(form: CampaignForm) -> dict:
    """Collect the campaign columns from a validated form."""
    return {key: getattr(form, key).data for key in CAMPAIGN_COLUMNS}


@bp.route("/campaigns/new", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def campaign_new():
    """Create a campaign (the round of the whole installation, so only its top may open one).

    :raise 403: for staff below the root: a year holds one campaign, and a commune's would block the province's.
    """
    require_setting_right(current_user, None)
    form = CampaignForm()
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: add_campaign(_campaign_values(form), default_owner_unit(current_user)), form,
            lambda campaign: _("The campaign %(year)d has been created.", year=campaign.year), _to_campaigns)):
        return done
    return render_template("admin/campaign_form.html", form=form, campaign=None)


@bp.route("/campaigns/<int:campaign_id>/edit", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def campaign_edit(campaign_id: int):
    """Change a campaign."""
    campaign = _get_or_404(Campaign, campaign_id, change=True)
    form = CampaignForm(obj=campaign)
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: update_campaign(campaign, _campaign_values(form)), form,
            lambda _saved: _("The campaign %(year)d has been saved.", year=campaign.year), _to_campaigns)):
        return done
    return render_template("admin/campaign_form.html", form=form, campaign=campaign, **extensions_context(campaign))


@bp.route("/campaigns/<int:campaign_id>/status", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def campaign_status(campaign_id: int):
    """Confirm (GET), then open a campaign for registration, or close it (POST)."""
    campaign = _get_or_404(Campaign, campaign_id, change=True)
    if request.method == "GET":
        # Closing stops every unit's registrations at once: one click is too easy.
        return switch_confirm_page(campaign.is_open, url_for("admin.campaigns"), off=(
            _("Close registration"),
            _("Close the registration of the campaign %(year)d? Units can no longer register models in it.",
              year=campaign.year), _("Close registration")),
            on=(_("Open registration"), _("Open the campaign %(year)d for registration again?", year=campaign.year),
                _("Open registration")))
    is_open = posted_state()
    return commit_then_redirect(
        lambda: set_campaign_open(campaign, is_open), None,
        lambda _saved: _("The campaign %(year)d is open for registration.", year=campaign.year) if is_open
        else _("The campaign %(year)d is closed.", year=campaign.year),
        _to_campaigns) or redirect(url_for("admin.campaigns"))
