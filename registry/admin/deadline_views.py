"""The campaign page's deadline extensions: the form that extends a deadline and the history of every extension."""

from flask import abort, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from registry.admin.blueprint import bp, load
from registry.admin.forms import ROOT_CHOICE, CampaignForm, DeadlineExtensionForm
from registry.deadlines import DEADLINE_LABELS, campaign_extensions, extend_deadline
from registry.extensions import db
from registry.i18n import format_date_vn
from registry.models import Campaign, Unit
from registry.policy import managed_units
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from web.guards import require_setting_right, role_required
from web.transaction import commit_then_redirect


def extension_form(formdata=None) -> DeadlineExtensionForm:
    """Return the extension form with its choices: the two deadlines, every unit or one the user manages."""
    form = DeadlineExtensionForm(formdata=formdata)
    form.kind.choices = [(kind, str(label)) for kind, label in DEADLINE_LABELS.items()]
    form.unit_id.choices = [(ROOT_CHOICE, _("Every unit of the campaign"))] + [
        (unit.id, "— " * unit.depth + unit.name) for unit in managed_units(current_user)]
    return form


def extensions_context(campaign: Campaign, form: DeadlineExtensionForm | None = None) -> dict:
    """Return what the campaign page shows of its deadlines: the extension form and every extension made."""
    return {"extension_form": form or extension_form(), "extensions": campaign_extensions(campaign),
            "DEADLINE_LABELS": DEADLINE_LABELS}


@bp.post("/campaigns/<int:campaign_id>/extensions")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def extend(campaign_id: int):
    """Extend the campaign's registration or evaluation deadline, for every unit or one subtree.

    :raise 404: when the campaign does not exist. :raise 403: when the user may not change it.
    """
    campaign = load(Campaign, campaign_id)
    if campaign is None:
        abort(404)
    require_setting_right(current_user, campaign.owner_unit)
    form = extension_form(request.form)
    if form.validate():
        unit = db.session.get(Unit, form.unit_id.data) if form.unit_id.data else None
        done = commit_then_redirect(
            lambda: extend_deadline(current_user, campaign, form.kind.data, unit, form.new_date.data,
                                    form.reason.data or ""), form,
            lambda extension: _("The deadline has been extended to %(date)s.", date=format_date_vn(extension.new_date)),
            lambda _extension: url_for("admin.campaign_edit", campaign_id=campaign.id) + "#extensions")
        if done:
            return done
    return render_template("admin/campaign_form.html", form=CampaignForm(obj=campaign, formdata=None),
                           campaign=campaign, **extensions_context(campaign, form)), 422
