"""What the score-sheet pages read: a member's queue of duties and where a seat stands on one initiative."""

from dataclasses import dataclass, field

from sqlalchemy import select

from registry.extensions import db
from registry.models import Initiative, User
from registry.models.campaigns import EVALUATION_DELIBERATION
from workflows.councils.models import LEADING_SEATS, ConflictDeclaration, Council, CouncilMember
from workflows.councils.service import member_assignments
from workflows.machine import states_where
from workflows.rules import scoring_members, works_in_unit_of
from workflows.scoring.models import SHEET_DRAFT, SHEET_SUBMITTED, ScoreSheet
from workflows.scoring.service import current_sheet, may_score

#: The only state in which sheets are written; in any other the sheet is closed and read-only.
OPEN_STATES = states_where(in_evaluation=True)
#: What "my sheet" can be in the queue.
SHEET_STATES = ("not_started", SHEET_DRAFT, SHEET_SUBMITTED)


@dataclass
class QueueRow:
    """One initiative a member must (or had to) score, with the state of their sheet."""

    seat: CouncilMember
    initiative: Initiative
    #: one of SHEET_STATES, for the initiative's current round
    sheet_state: str

    @property
    def is_open(self) -> bool:
        """Tell whether the sheet can still be written."""
        return self.initiative.status in OPEN_STATES

    @property
    def is_todo(self) -> bool:
        """Tell whether the member still has to submit a sheet for it."""
        return self.is_open and self.sheet_state != "submitted"


@dataclass
class CouncilQueue:
    """The rows of one council the member sits on, and their progress."""

    council: Council
    seat: CouncilMember
    rows: list[QueueRow] = field(default_factory=list)

    @property
    def due(self) -> int:
        """Count the initiatives the member must score now."""
        return sum(1 for row in self.rows if row.is_open)

    @property
    def done(self) -> int:
        """Count those of them whose sheet the member has submitted."""
        return sum(1 for row in self.rows if row.is_open and row.sheet_state == "submitted")


def member_queue(user: User) -> list[CouncilQueue]:
    """Return, per council `user` sits on, every initiative assigned to it that they score."""
    # A campaign that decides by vote has no score sheets: its models are voted on at a session instead.
    pairs = [(seat, initiative) for seat, initiative in member_assignments(user)
             if initiative.campaign.evaluation_mode != EVALUATION_DELIBERATION]
    seat_ids = {seat.id for seat, _initiative in pairs}
    states = {}
    if seat_ids:
        rows = db.session.execute(select(ScoreSheet.member_id, ScoreSheet.initiative_id, ScoreSheet.round,
                                         ScoreSheet.status).where(ScoreSheet.member_id.in_(seat_ids)))
        states = {(member_id, initiative_id, round_): status for member_id, initiative_id, round_, status in rows}
    queues: dict[int, CouncilQueue] = {}
    for seat, initiative in pairs:
        status = states.get((seat.id, initiative.id, initiative.evaluation_round))
        queue = queues.setdefault(seat.council_id, CouncilQueue(seat.council, seat))
        queue.rows.append(QueueRow(seat, initiative, status or "not_started"))
    return sorted(queues.values(), key=lambda queue: (queue.council.name.lower(), queue.council.id))


@dataclass
class SeatStanding:
    """Where one seat stands on one initiative: may it score, and if not, why."""

    seat: CouncilMember
    initiative: Initiative
    sheet: ScoreSheet | None
    scores_now: bool
    #: the member works in the initiative's unit (or above it): they never score it
    own_unit: bool
    declaration: ConflictDeclaration | None

    @property
    def is_closed(self) -> bool:
        """Tell whether the evaluation is no longer open."""
        return self.initiative.status not in OPEN_STATES

    @property
    def is_locked(self) -> bool:
        """Tell whether the member's sheet of this round is submitted."""
        return self.sheet is not None and self.sheet.status == "submitted"

    @property
    def may_edit(self) -> bool:
        """Tell whether the member may save or submit their sheet now."""
        return self.scores_now and not self.is_locked

    @property
    def may_declare_conflict(self) -> bool:
        """Tell whether the member may still declare a conflict of interest."""
        return self.may_edit


def seat_standing(initiative: Initiative, seat: CouncilMember) -> SeatStanding:
    """Work out what `seat` may do on `initiative` now."""
    declaration = db.session.scalar(select(ConflictDeclaration).where(
        ConflictDeclaration.member_id == seat.id, ConflictDeclaration.initiative_id == initiative.id))
    own_unit = works_in_unit_of(seat, initiative)
    return SeatStanding(seat=seat, initiative=initiative, sheet=current_sheet(initiative, seat),
                        scores_now=may_score(initiative, seat), own_unit=own_unit, declaration=declaration)


def counted_member_ids(initiative: Initiative) -> set[int]:
    """Return the seats whose sheets count for the initiative (no conflict of interest)."""
    return {member.id for member in scoring_members(initiative)}


def past_sheets(initiative: Initiative, seat: CouncilMember) -> list[ScoreSheet]:
    """Return the sheets of earlier rounds the seat may read, latest round first.

    The chair and secretary read them all; a member reads a past round's other sheets only where
    they had submitted their own in that round.
    """
    sheets = list(db.session.scalars(select(ScoreSheet).where(
        ScoreSheet.initiative_id == initiative.id, ScoreSheet.round < initiative.evaluation_round)
        .order_by(ScoreSheet.round.desc(), ScoreSheet.id)))
    if seat.role in LEADING_SEATS:
        return sheets
    submitted_rounds = {sheet.round for sheet in sheets if sheet.member_id == seat.id and sheet.status == "submitted"}
    return [sheet for sheet in sheets if sheet.member_id == seat.id or sheet.round in submitted_rounds]
