"""The campaign setting of how its councils decide: score sheets or deliberation, and the share of votes."""

from flask import flash, redirect, url_for
from flask_babel import gettext as _
from flask_login import current_user

from web.transaction import commit_or_refuse
from workflows.councils.blueprint import staff_only
from workflows.councils.settings_views import _campaign_or_404, _settings_page
from workflows.sessions.blueprint import bp
from workflows.sessions.forms import SHARE_MORE, ModeForm
from workflows.sessions.modes import save_evaluation_mode


@bp.post("/campaigns/<int:campaign_id>/evaluation-mode")
@staff_only
def save_mode(campaign_id: int):
    """Save the campaign's evaluation mode and vote share; refused once its evaluation has started."""
    campaign = _campaign_or_404(campaign_id, change=True)
    form = ModeForm()
    if not form.validate():
        return _settings_page(campaign, mode_form=form, status=400)
    saved = commit_or_refuse(lambda: save_evaluation_mode(
        current_user, campaign, form.evaluation_mode.data, form.vote_share_numerator.data,
        form.vote_share_denominator.data, form.vote_share_strict.data == SHARE_MORE), form)[0]
    if not saved:
        return _settings_page(_campaign_or_404(campaign_id), mode_form=form, status=400)
    flash(_("How the councils of the campaign %(year)d decide has been saved.", year=campaign.year), "success")
    return redirect(url_for("councils.campaign_settings", campaign_id=campaign.id))
