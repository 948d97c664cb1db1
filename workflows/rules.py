"""The council's decision rules, computed from the score sheets of the current round, or from the votes of the
members present at the deciding session when the campaign evaluates by deliberation.

By deliberation (biểu quyết) the rules are:
- quorum: the members present who may vote (seats with no conflict of interest) reach the campaign's quorum
  fraction of the seats who may vote, and every one of them has voted;
- recognition: the "agree" votes reach the campaign's share of those voting members present (default: more
  than half);
- exemplary: the same share of them answered "exemplary" too (a second question beside an "agree" vote).
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from registry.extensions import db
from registry.models import Campaign, Initiative
from registry.models.campaigns import EVALUATION_DELIBERATION
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from workflows.councils.models import ConflictDeclaration, CouncilAssignment, CouncilMember
from workflows.scoring.models import RECOMMEND_EXEMPLARY, RECOMMEND_RECOGNITION, SHEET_SUBMITTED, ScoreSheet
from workflows.sessions.models import VOTE_AGREE, SessionVote
from workflows.sessions.tally import deciding_session, present_member_ids, round_votes


@dataclass(frozen=True)
class EvaluationResult:
    """Where an initiative's evaluation stands against its campaign's rules."""

    #: council seats that score this initiative (no conflict of interest)
    eligible: int
    submitted: int
    quorum_needed: int
    #: the average total of the submitted sheets, rounded to 2 decimals; None with no sheet
    average: Decimal | None
    #: sheets recommending recognition (an "exemplary" recommendation counts as one too)
    recognize_votes: int
    recognition_min_average: Decimal
    exemplary_min_average: Decimal
    #: decided by the votes of a session (deliberation), not by score sheets; then `submitted` counts the
    #: votes cast by the voting members present, `quorum_needed` the members who must be present
    by_vote: bool = False
    #: the session whose votes decide, when by vote
    session_id: int | None = None
    #: seats with no conflict present at the session
    present: int = 0
    agree_votes: int = 0
    exemplary_votes: int = 0
    share_numerator: int = 1
    share_denominator: int = 2
    #: "more than" the share (True) or "at least" it (False)
    share_strict: bool = True

    @property
    def has_quorum(self) -> bool:
        """Tell whether enough sheets are in (or, by vote, enough members present and all their votes in)."""
        if self.by_vote:
            return (self.eligible > 0 and self.present >= max(self.quorum_needed, 1)
                    and self.submitted >= self.present)
        return self.eligible > 0 and self.submitted >= self.quorum_needed

    def share_reached(self, votes: int) -> bool:
        """Tell whether `votes` reach the campaign's share of the voting members present."""
        wanted = self.present * self.share_numerator
        return votes * self.share_denominator > wanted if self.share_strict \
            else votes * self.share_denominator >= wanted

    @property
    def meets_recognition_rule(self) -> bool:
        """Tell whether the average reaches the threshold and more than half the sheets recommend it.

        By vote: whether the "agree" votes reach the share of the members present.
        """
        if self.by_vote:
            return self.has_quorum and self.share_reached(self.agree_votes)
        return (self.has_quorum and self.average is not None and self.average >= self.recognition_min_average
                and self.recognize_votes * 2 > self.submitted)

    @property
    def meets_exemplary_rule(self) -> bool:
        """Tell whether the average reaches the exemplary threshold (by vote: the share answered "exemplary")."""
        if self.by_vote:
            return self.has_quorum and self.share_reached(self.exemplary_votes)
        return self.has_quorum and self.average is not None and self.average >= self.exemplary_min_average


def quorum_needed(eligible: int, numerator: int, denominator: int) -> int:
    """Return the smallest number of sheets that is at least numerator/denominator of `eligible`."""
    return -(-eligible * numerator // denominator)  # ceiling division on integers: no float rounding


def works_in_unit_of(member: CouncilMember, initiative: Initiative) -> bool:
    """Tell whether the member works in the initiative's unit or above it.

    The seat's home unit is only what was typed when seating; the member's own officer and staff
    roles count too, so leaving the home unit empty never lets a unit judge its own initiative.
    """
    homes = [member.home_unit] if member.home_unit is not None else []
    homes += member.user.units_for(ROLE_OFFICER, ROLE_STAFF)
    return any(initiative.unit.is_within(home) for home in homes)


def has_conflict(member: CouncilMember, initiative: Initiative, declared_member_ids: set[int]) -> bool:
    """Tell whether `member` may not score `initiative`: their own unit, or a declared conflict."""
    if member.id in declared_member_ids:
        return True
    return works_in_unit_of(member, initiative)


def scoring_members(initiative: Initiative) -> list[CouncilMember]:
    """Return the seats of the initiative's council that score it (none when unassigned)."""
    assignment = db.session.scalar(select(CouncilAssignment).where(CouncilAssignment.initiative_id == initiative.id))
    if assignment is None:
        return []
    declared = set(db.session.scalars(select(ConflictDeclaration.member_id)
                                      .where(ConflictDeclaration.initiative_id == initiative.id)))
    return [member for member in assignment.council.members if not has_conflict(member, initiative, declared)]


def vote_result(campaign: Campaign, members: list[CouncilMember], session_id: int | None, present_ids: set[int],
                votes: list[SessionVote]) -> EvaluationResult:
    """Compute a deliberation's result from the voting seats, who was present and the votes of the round."""
    voting = {member.id for member in members}
    present = voting & present_ids
    counted = [vote for vote in votes if vote.member_id in present]
    agree = [vote for vote in counted if vote.choice == VOTE_AGREE]
    return EvaluationResult(
        eligible=len(voting), submitted=len(counted),
        quorum_needed=quorum_needed(len(voting), campaign.quorum_numerator, campaign.quorum_denominator),
        average=None, recognize_votes=len(agree),
        recognition_min_average=Decimal(campaign.recognition_min_average),
        exemplary_min_average=Decimal(campaign.exemplary_min_average),
        by_vote=True, session_id=session_id, present=len(present), agree_votes=len(agree),
        exemplary_votes=sum(1 for vote in agree if vote.exemplary),
        share_numerator=campaign.vote_share_numerator, share_denominator=campaign.vote_share_denominator,
        share_strict=campaign.vote_share_strict,
    )


def evaluate(initiative: Initiative) -> EvaluationResult:
    """Compute the evaluation of the initiative's current round, by its campaign's mode."""
    campaign = initiative.campaign
    members = scoring_members(initiative)
    if campaign.evaluation_mode == EVALUATION_DELIBERATION:
        session = deciding_session(initiative)
        if session is None:
            return vote_result(campaign, members, None, set(), [])
        return vote_result(campaign, members, session.id, present_member_ids(session.id),
                           round_votes(session.id, initiative))
    sheets = db.session.scalars(select(ScoreSheet).where(ScoreSheet.initiative_id == initiative.id,
                                                         ScoreSheet.round == initiative.evaluation_round,
                                                         ScoreSheet.status == SHEET_SUBMITTED))
    return sheet_result(campaign, members, list(sheets))


def sheet_result(campaign: Campaign, members: list[CouncilMember], sheets) -> EvaluationResult:
    """Compute a scoring's result from the scoring seats and the submitted sheets of the round.

    `sheets` are rows with `member_id`, `total` and `recommendation`; those of other seats do not count.
    """
    member_ids = {member.id for member in members}
    sheets = [sheet for sheet in sheets if sheet.member_id in member_ids]
    average = None
    if sheets:
        average = (sum((sheet.total for sheet in sheets), Decimal(0)) / len(sheets)).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP)
    return EvaluationResult(
        eligible=len(members),
        submitted=len(sheets),
        quorum_needed=quorum_needed(len(members), campaign.quorum_numerator, campaign.quorum_denominator),
        average=average,
        recognize_votes=sum(1 for sheet in sheets
                            if sheet.recommendation in (RECOMMEND_RECOGNITION, RECOMMEND_EXEMPLARY)),
        recognition_min_average=Decimal(campaign.recognition_min_average),
        exemplary_min_average=Decimal(campaign.exemplary_min_average),
    )
