"""Score sheets: the campaign's rubric, a member's sheet (saved, then submitted and locked), who sees what."""

from decimal import Decimal, InvalidOperation

from flask_babel import gettext as _
from sqlalchemy import exists, select

from registry.deadlines import evaluation_closed
from registry.extensions import db
from registry.i18n import NumberNotUnderstood, parse_number
from registry.models import Campaign, Initiative, User
from registry.models.base import utcnow
from registry.models.campaigns import EVALUATION_DELIBERATION
from registry.refusals import Refused
from workflows.councils.models import LEADING_SEATS, CouncilMember
from workflows.machine import states_where
from workflows.outbox.queue import queue_quorum_mail
from workflows.rules import scoring_members
from workflows.scoring.models import RECOMMENDATIONS, RubricCriterion, Score, ScoreSheet

#: The default score sheet of domain.md: a proposal each campaign may change before scoring starts.
DEFAULT_RUBRIC = (
    ("political_task", "Gắn với nhiệm vụ chính trị, có sự lãnh đạo của cấp ủy", 15),
    ("method", "Tính mới, sự khéo léo của phương pháp vận động", 15),
    ("participation", "Lực lượng tham gia, sự hưởng ứng của Nhân dân", 20),
    ("results", "Kết quả đo được so với chỉ tiêu đăng ký", 25),
    ("sustainability", "Tính bền vững (số năm duy trì)", 15),
    ("replicability", "Khả năng lan tỏa, nhân rộng", 10),
)




def _stored_rubric(campaign: Campaign) -> list[RubricCriterion]:
    """Return the campaign's stored criteria in order (none until it is set or first scored)."""
    return list(db.session.scalars(select(RubricCriterion).where(RubricCriterion.campaign_id == campaign.id)
                                   .order_by(RubricCriterion.position)))


def rubric(campaign: Campaign) -> list[RubricCriterion]:
    """Return the campaign's criteria in order, or the default ones unsaved: reading never writes."""
    return _stored_rubric(campaign) or [
        RubricCriterion(campaign_id=campaign.id, code=code, name=name, max_points=points, position=position)
        for position, (code, name, points) in enumerate(DEFAULT_RUBRIC, start=1)]


def ensure_rubric(campaign: Campaign) -> list[RubricCriterion]:
    """Return the campaign's stored criteria, storing the default ones first if it has none; flush."""
    criteria = _stored_rubric(campaign)
    if not criteria:
        criteria = rubric(campaign)
        db.session.add_all(criteria)
        db.session.flush()
    return criteria


def scoring_started(campaign: Campaign) -> bool:
    """Tell whether any sheet of the campaign exists (the rubric is frozen from then on)."""
    return bool(db.session.scalar(select(exists().where(
        ScoreSheet.initiative_id == Initiative.id, Initiative.campaign_id == campaign.id))))


def replace_rubric(campaign: Campaign, criteria: list[tuple[str, str, int]]) -> list[RubricCriterion]:
    """Replace the campaign's criteria by (code, name, max points) rows, before scoring starts, and flush."""
    if scoring_started(campaign):
        raise Refused(_("Scoring has started: the criteria can no longer change."))
    codes = [code for code, _name, _points in criteria]
    if not criteria or len(set(codes)) != len(codes):
        raise Refused(_("Give at least one criterion, each with its own code."))
    if any(not name.strip() or not 1 <= points <= 100 for _code, name, points in criteria):
        raise Refused(_("Each criterion needs a name and from 1 to 100 points."))
    for old in _stored_rubric(campaign):
        db.session.delete(old)
    db.session.flush()
    new = [RubricCriterion(campaign_id=campaign.id, code=code, name=name.strip(), max_points=points, position=i)
           for i, (code, name, points) in enumerate(criteria, start=1)]
    db.session.add_all(new)
    db.session.flush()
    return new


def current_sheet(initiative: Initiative, member: CouncilMember) -> ScoreSheet | None:
    """Return the member's sheet of the initiative's current round, if started."""
    return db.session.scalar(select(ScoreSheet).where(
        ScoreSheet.initiative_id == initiative.id, ScoreSheet.member_id == member.id,
        ScoreSheet.round == initiative.evaluation_round))


def may_score(initiative: Initiative, member: CouncilMember) -> bool:
    """Tell whether `member` scores `initiative` now (assigned, no conflict, evaluation open)."""
    return (initiative.status in states_where(in_evaluation=True)
            and member.id in {m.id for m in scoring_members(initiative)})


def save_sheet(initiative: Initiative, member: CouncilMember, scores: dict[str, object], recommendation: str,
               comment: str, submit: bool) -> ScoreSheet:
    """Save the member's sheet (points 0..max per criterion), submitting and locking it when asked; flush.

    :raise Refused: when the member may not score, the sheet is locked, or inputs are bad.
    """
    if initiative.campaign.evaluation_mode == EVALUATION_DELIBERATION:
        raise Refused(_("This campaign evaluates by the vote of a council session, not by score sheets."), "state")
    if not may_score(initiative, member):
        raise Refused(_("You cannot score this initiative now."))
    sheet = current_sheet(initiative, member)
    if sheet is not None and sheet.status == "submitted":
        raise Refused(_("This score sheet has been submitted and is locked."))
    if submit and (closed := evaluation_closed(initiative.campaign, initiative.unit)):
        raise Refused(closed, "state")
    criteria = ensure_rubric(initiative.campaign)
    points, errors = _parse_points(criteria, scores, require_all=submit)
    if recommendation and recommendation not in RECOMMENDATIONS:
        errors["recommendation"] = _("Please choose a recommendation.")
    if submit and not recommendation:
        errors["recommendation"] = _("Please choose a recommendation.")
    if errors:
        raise Refused(_("Please correct the score sheet."), "data", errors)
    if sheet is None:
        sheet = ScoreSheet(initiative=initiative, member=member, round=initiative.evaluation_round)
        db.session.add(sheet)
    by_criterion = {score.criterion_id: score for score in sheet.scores}
    for criterion in criteria:
        value = points.get(criterion.code)
        if value is None:
            if criterion.id in by_criterion:
                sheet.scores.remove(by_criterion[criterion.id])
        elif criterion.id in by_criterion:
            by_criterion[criterion.id].points = value
        else:
            sheet.scores.append(Score(criterion=criterion, points=value))
    sheet.total = sum(points.values(), Decimal(0))
    sheet.recommendation = recommendation or ""
    sheet.comment = (comment or "").strip()
    if submit:
        sheet.status = "submitted"
        sheet.submitted_at = utcnow()
    db.session.flush()
    if submit:
        queue_quorum_mail(initiative)
    return sheet


def _parse_points(criteria: list[RubricCriterion], scores: dict[str, object],
                  require_all: bool) -> tuple[dict[str, Decimal], dict[str, str]]:
    """Turn submitted points into Decimals within 0..max; collect a message per bad criterion."""
    points: dict[str, Decimal] = {}
    errors: dict[str, str] = {}
    for criterion in criteria:
        raw = scores.get(criterion.code)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if require_all:
                errors[criterion.code] = _("Please give points for this criterion.")
            continue
        # A page sends what the member typed, read the Vietnamese way ("12,5"); the API sends JSON numbers.
        try:
            value = parse_number(raw) if isinstance(raw, str) else Decimal(str(raw))
        except NumberNotUnderstood as refusal:
            errors[criterion.code] = str(refusal)
            continue
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite() or not 0 <= value <= criterion.max_points \
                or value != value.quantize(Decimal("0.01")):
            errors[criterion.code] = _("Give from 0 to %(maximum)d points.", maximum=criterion.max_points)
            continue
        points[criterion.code] = value
    return points, errors


def visible_sheets(initiative: Initiative, viewer: User, viewer_seat: CouncilMember | None) -> list[ScoreSheet]:
    """Return the current round's sheets the viewer may read.

    The chair and secretary see every sheet; a member sees the others only once their own is
    submitted; anyone else sees none.
    """
    sheets = list(db.session.scalars(select(ScoreSheet).where(
        ScoreSheet.initiative_id == initiative.id, ScoreSheet.round == initiative.evaluation_round)
        .order_by(ScoreSheet.id)))
    if viewer_seat is None:
        return []
    if viewer_seat.role in LEADING_SEATS:
        return sheets
    own = next((sheet for sheet in sheets if sheet.member_id == viewer_seat.id), None)
    if own is not None and own.status == "submitted":
        return sheets
    return [own] if own is not None else []
