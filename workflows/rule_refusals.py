"""Why a council rule does not hold, in the words the actor reads (the transition service's refusals)."""

from dataclasses import asdict
from decimal import Decimal

from flask_babel import gettext as _

from registry.i18n import format_number
from registry.refusals import Refused
from workflows.machine import TriggerSpec
from workflows.rules import EvaluationResult


def rule_refusal(spec: TriggerSpec, result: EvaluationResult) -> Refused | None:
    """Explain why the trigger's council rule does not hold, or return None when it does."""
    if spec.rule is None or getattr(result, spec.rule):
        return None
    if result.by_vote:
        return vote_rule_refusal(spec, result)
    if not result.has_quorum:
        return Refused(_(
            "The quorum is not reached: %(submitted)d of %(needed)d score sheets are submitted.",
            submitted=result.submitted, needed=max(result.quorum_needed, 1)), "rule")
    # Averages and thresholds are Decimals: shown "72,5", not "72.50", in the message.
    values = {name: format_number(value) if isinstance(value, Decimal) else value
              for name, value in asdict(result).items()}
    return Refused(str(spec.rule_refusal) % values, "rule")


def share_text(result: EvaluationResult) -> str:
    """Say the share of the members present a deliberation needs, e.g. "more than 1/2"."""
    if result.share_strict:
        return _("more than %(numerator)d/%(denominator)d", numerator=result.share_numerator,
                 denominator=result.share_denominator)
    return _("at least %(numerator)d/%(denominator)d", numerator=result.share_numerator,
             denominator=result.share_denominator)


def vote_rule_refusal(spec: TriggerSpec, result: EvaluationResult) -> Refused:
    """Explain why a deliberation's rule does not hold: no session, no quorum present, votes missing, or the share."""
    if result.session_id is None:
        return Refused(_("The model is on no session's agenda: the council has not deliberated on it."), "rule")
    if result.eligible == 0 or result.present < max(result.quorum_needed, 1):
        return Refused(_("The quorum is not reached: %(present)d of the %(needed)d members needed were present at "
                         "the session.", present=result.present, needed=max(result.quorum_needed, 1)), "rule")
    if result.submitted < result.present:
        return Refused(_("The votes are not all in: %(voted)d of the %(present)d members present have voted.",
                         voted=result.submitted, present=result.present), "rule")
    return Refused(str(spec.vote_rule_refusal) % {**asdict(result), "share": share_text(result)}, "rule")
