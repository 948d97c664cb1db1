"""The council's decision rules, computed from the score sheets of the current round."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from registry.extensions import db
from registry.models import Initiative
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from workflows.councils.models import ConflictDeclaration, CouncilAssignment, CouncilMember
from workflows.scoring.models import RECOMMEND_EXEMPLARY, RECOMMEND_RECOGNITION, ScoreSheet


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

    @property
    def has_quorum(self) -> bool:
        """Tell whether enough sheets are in to close the evaluation."""
        return self.eligible > 0 and self.submitted >= self.quorum_needed

    @property
    def meets_recognition_rule(self) -> bool:
        """Tell whether the average reaches the threshold and more than half the sheets recommend it."""
        return (self.has_quorum and self.average is not None and self.average >= self.recognition_min_average
                and self.recognize_votes * 2 > self.submitted)

    @property
    def meets_exemplary_rule(self) -> bool:
        """Tell whether the average reaches the exemplary threshold."""
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


def evaluate(initiative: Initiative) -> EvaluationResult:
    """Compute the evaluation of the initiative's current round."""
    campaign = initiative.campaign
    members = scoring_members(initiative)
    member_ids = {member.id for member in members}
    sheets = [sheet for sheet in db.session.scalars(
        select(ScoreSheet).where(ScoreSheet.initiative_id == initiative.id,
                                 ScoreSheet.round == initiative.evaluation_round,
                                 ScoreSheet.status == "submitted"))
        if sheet.member_id in member_ids]
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
