"""Each campaign's evaluation mode (score sheets or deliberation) and the share of votes deliberation needs."""

from flask_babel import gettext as _
from sqlalchemy import exists, select

from registry.extensions import db
from registry.models import Campaign, Initiative, User
from registry.models.campaigns import EVALUATION_MODES
from registry.policy import can_change_setting
from registry.refusals import Refused
from registry.roles import ROLE_STAFF
from workflows.machine import EVALUATED_STAGE, STAGE_STATES
from workflows.scoring.models import ScoreSheet
from workflows.sessions.models import SessionVote


def evaluation_started(campaign: Campaign) -> bool:
    """Tell whether the campaign's evaluation has started: a score sheet, a vote, or a model evaluated."""
    of_campaign = (Initiative.campaign_id == campaign.id)
    return bool(db.session.scalar(select(
        exists().where(ScoreSheet.initiative_id == Initiative.id, of_campaign)
        | exists().where(SessionVote.initiative_id == Initiative.id, of_campaign)
        | exists().where(of_campaign, Initiative.status.in_(STAGE_STATES[EVALUATED_STAGE])))))


def save_evaluation_mode(actor: User, campaign: Campaign, mode: str, share_numerator: int, share_denominator: int,
                         share_strict: bool) -> Campaign:
    """Set how the campaign's councils decide and the share of votes deliberation needs, and flush.

    :raise Refused: changing the mode once the evaluation has started (sheets or votes would be left
        meaning nothing), or a share outside 1/10 … 10/10.
    """
    if not (actor.has_role(ROLE_STAFF) or actor.is_admin) or not can_change_setting(actor, campaign.owner_unit):
        raise Refused(_("You do not have the right to do this."), "right")
    if mode not in EVALUATION_MODES:
        raise Refused(_("Please choose how the councils decide."), "data", {"evaluation_mode": _(
            "Please choose how the councils decide.")})
    if mode != campaign.evaluation_mode and evaluation_started(campaign):
        message = _("The evaluation of this campaign has started (score sheets, votes or evaluated models): its "
                    "mode can no longer change.")
        raise Refused(message, "state", {"evaluation_mode": message})
    if not 1 <= share_denominator <= 10 or not 1 <= share_numerator <= share_denominator:
        message = _("The share must be a fraction from 1/10 to 10/10, the numerator not above the denominator.")
        raise Refused(message, "data", {"vote_share_numerator": message})
    if share_strict and share_numerator == share_denominator:
        message = _("More than all of those present cannot be reached: choose “at least” or a smaller share.")
        raise Refused(message, "data", {"vote_share_numerator": message})
    campaign.evaluation_mode = mode
    campaign.vote_share_numerator = share_numerator
    campaign.vote_share_denominator = share_denominator
    campaign.vote_share_strict = share_strict
    db.session.flush()
    return campaign
