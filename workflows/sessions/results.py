"""A session's results as plain data: what the results page shows and the minutes and summary documents print.

`session_results(session)` reads everything in a fixed number of queries, however long the agenda.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import User
from registry.models.campaigns import EVALUATION_DELIBERATION
from workflows.councils.models import ConflictDeclaration, CouncilMember
from workflows.machine import STATES, T
from workflows.rules import EvaluationResult, has_conflict, sheet_result, vote_result
from workflows.scoring.models import SHEET_SUBMITTED, ScoreSheet
from workflows.sessions.models import VOTE_AGREE, VOTE_DISAGREE, VOTE_OTHER, CouncilSession, SessionVote

#: The outcome a session's result proposes for an initiative (stored nowhere: computed, then confirmed by the chair).
OUTCOME_RECOGNITION = "recognition"
#: recognised, and the rule for exemplary holds too
OUTCOME_RECOGNITION_EXEMPLARY = "recognition_exemplary"
OUTCOME_REJECTION = "rejection"
#: no quorum yet (members missing, votes or sheets not all in)
OUTCOME_PENDING = "pending"
#: The trigger each outcome proposes to the chair on the bulk decision page.
OUTCOME_TRIGGERS = {OUTCOME_RECOGNITION: T.recognize, OUTCOME_RECOGNITION_EXEMPLARY: T.recognize,
                    OUTCOME_REJECTION: T.reject}


@dataclass
class AttendanceLine:
    """One seat of the council at the session."""

    member_id: int
    name: str
    #: the seat on the council: chair, secretary or member
    seat: str
    present: bool
    chairs_session: bool = False
    takes_minutes: bool = False


@dataclass
class MemberVerdict:
    """One member's say on one initiative: a vote (deliberation) or a score sheet (scoring)."""

    member_id: int
    name: str
    present: bool
    #: a declared conflict or the member's own unit: they neither vote nor score
    conflict: bool
    #: the vote (VOTE_CHOICES), or None when not voted
    choice: str | None = None
    exemplary: bool = False
    #: the sheet's total, when scored and submitted
    total: Decimal | None = None
    #: the sheet's recommendation (workflows.scoring.models.RECOMMENDATIONS), "" when none
    recommendation: str = ""
    comment: str = ""


@dataclass
class InitiativeResult:
    """One initiative of the agenda with its average or votes and the outcome they lead to."""

    initiative_id: int
    code: str
    title: str
    unit_name: str
    field_name: str
    #: "collective" or "individual" (the initiative's subject type)
    subject_type: str
    status: str
    status_label: str
    result: EvaluationResult
    outcome: str
    average: Decimal | None = None
    agree: int = 0
    disagree: int = 0
    other: int = 0
    details: list[MemberVerdict] = field(default_factory=list)

    @property
    def proposed_trigger(self) -> str | None:
        """Return the decision the outcome proposes (recognise or not), None while pending."""
        return OUTCOME_TRIGGERS.get(self.outcome)


@dataclass
class SessionResults:
    """Everything about a session a document needs, as plain values."""

    session_id: int
    council_id: int
    council_name: str
    campaign_year: int
    campaign_name: str
    by_vote: bool
    held_on: date
    place: str
    note: str
    chair_name: str
    secretary_name: str
    attendance: list[AttendanceLine]
    items: list[InitiativeResult]

    @property
    def present_count(self) -> int:
        """Count the seats present."""
        return sum(1 for line in self.attendance if line.present)

    @property
    def absent_count(self) -> int:
        """Count the seats absent."""
        return len(self.attendance) - self.present_count

    def with_outcome(self, *outcomes: str) -> list[InitiativeResult]:
        """Return the items whose outcome is one of `outcomes`."""
        return [item for item in self.items if item.outcome in outcomes]


def _outcome(result: EvaluationResult) -> str:
    if not result.has_quorum:
        return OUTCOME_PENDING
    if result.meets_recognition_rule:
        return OUTCOME_RECOGNITION_EXEMPLARY if result.meets_exemplary_rule else OUTCOME_RECOGNITION
    return OUTCOME_REJECTION


def session_results(session: CouncilSession) -> SessionResults:
    """Return the session, its attendance and each agenda initiative's votes or average, outcome and detail."""
    council = session.council
    campaign = council.campaign
    by_vote = campaign.evaluation_mode == EVALUATION_DELIBERATION
    # The seats with their users' roles at once: the conflict check reads each member's own units.
    members = list(db.session.scalars(select(CouncilMember).where(CouncilMember.council_id == council.id)
                                      .options(selectinload(CouncilMember.user).selectinload(User.roles))
                                      .order_by(CouncilMember.id)))
    present_ids = {row.member_id for row in session.attendance if row.present}
    initiatives = [item.initiative for item in session.agenda]
    ids = [initiative.id for initiative in initiatives]
    declared: dict[int, set[int]] = {}
    votes: dict[int, list[SessionVote]] = {}
    sheets: dict[int, list] = {}
    if ids:
        for member_id, initiative_id in db.session.execute(select(
                ConflictDeclaration.member_id, ConflictDeclaration.initiative_id)
                .where(ConflictDeclaration.initiative_id.in_(ids))):
            declared.setdefault(initiative_id, set()).add(member_id)
        for vote in db.session.scalars(select(SessionVote).where(SessionVote.session_id == session.id)):
            votes.setdefault(vote.initiative_id, []).append(vote)
        for sheet in db.session.execute(select(ScoreSheet.initiative_id, ScoreSheet.member_id, ScoreSheet.round,
                                               ScoreSheet.total, ScoreSheet.recommendation, ScoreSheet.comment)
                                        .where(ScoreSheet.initiative_id.in_(ids),
                                               ScoreSheet.status == SHEET_SUBMITTED)):
            sheets.setdefault(sheet.initiative_id, []).append(sheet)
    items = []
    for initiative in initiatives:
        conflicted = {member.id for member in members
                      if has_conflict(member, initiative, declared.get(initiative.id, set()))}
        voters = [member for member in members if member.id not in conflicted]
        round_votes = [vote for vote in votes.get(initiative.id, []) if vote.round == initiative.evaluation_round]
        round_sheets = [sheet for sheet in sheets.get(initiative.id, []) if sheet.round == initiative.evaluation_round]
        result = (vote_result(campaign, voters, session.id, present_ids, round_votes) if by_vote
                  else sheet_result(campaign, voters, round_sheets))
        by_member_vote = {vote.member_id: vote for vote in round_votes}
        by_member_sheet = {sheet.member_id: sheet for sheet in round_sheets}
        details = []
        for member in members:
            vote, sheet = by_member_vote.get(member.id), by_member_sheet.get(member.id)
            details.append(MemberVerdict(
                member_id=member.id, name=member.user.full_name, present=member.id in present_ids,
                conflict=member.id in conflicted, choice=vote.choice if vote else None,
                exemplary=bool(vote and vote.exemplary), total=sheet.total if sheet else None,
                recommendation=sheet.recommendation if sheet else "",
                comment=(vote.comment if vote else sheet.comment if sheet else "")))
        counted = [detail for detail in details if detail.present and not detail.conflict]
        items.append(InitiativeResult(
            initiative_id=initiative.id, code=initiative.code, title=initiative.title,
            unit_name=initiative.unit.name, field_name=initiative.field.name, subject_type=initiative.subject_type,
            status=initiative.status, status_label=str(STATES[initiative.status]), result=result,
            outcome=_outcome(result), average=result.average,
            agree=sum(1 for detail in counted if detail.choice == VOTE_AGREE),
            disagree=sum(1 for detail in counted if detail.choice == VOTE_DISAGREE),
            other=sum(1 for detail in counted if detail.choice == VOTE_OTHER),
            details=details))
    seats = {member.id: member for member in members}
    return SessionResults(
        session_id=session.id, council_id=council.id, council_name=council.name, campaign_year=campaign.year,
        campaign_name=campaign.name, by_vote=by_vote, held_on=session.held_on, place=session.place,
        note=session.note,
        chair_name=session.chair.user.full_name if session.chair else "",
        secretary_name=session.secretary.user.full_name if session.secretary else "",
        attendance=[AttendanceLine(member_id=member.id, name=member.user.full_name, seat=member.role,
                                   present=member.id in present_ids,
                                   chairs_session=member.id == session.chair_member_id,
                                   takes_minutes=member.id == session.secretary_member_id)
                    for member in seats.values()],
        items=items)
