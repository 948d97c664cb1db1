"""What waits for each person, per role, for the home page: a fixed number of queries, whatever the data.

Each section holds at most LIMIT items (the most urgent first) and the exact total, so the page stays short
and says how many there are; the items link to their own pages.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import ColumnElement, func, select

from registry.deadlines import Deadline, DeadlineBook, deadline_book
from registry.extensions import db
from registry.models import Campaign, Initiative, Unit, User
from registry.models.deadlines import DEADLINE_EVALUATION, DEADLINE_REGISTRATION
from registry.policy import subtree_of
from registry.roles import ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF
from workflows.councils.models import (
    LEADING_SEATS,
    ConflictDeclaration,
    Council,
    CouncilAssignment,
    CouncilMember,
)
from workflows.machine import (
    INITIAL_STATE,
    PAGE_FORM,
    TriggerSpec,
    sources_of,
    states_where,
    trigger_from,
    triggers_by,
    triggers_where,
)
from workflows.models import TransitionLog
from workflows.rules import EvaluationResult, has_conflict, quorum_needed
from workflows.scoring.models import (
    RECOMMEND_EXEMPLARY,
    RECOMMEND_RECOGNITION,
    SHEET_DRAFT,
    SHEET_SUBMITTED,
    ScoreSheet,
)
from workflows.scoring.queue import QueueRow, member_queue
from workflows.transitions import SEAT_ROLES

#: The most items a section lists; its total is always exact.
LIMIT = 10
#: States in which the unit must answer the council: editable again, but no longer a draft.
RETURNED_STATES = tuple(state for state in states_where(editable=True) if state != INITIAL_STATE)
#: States in which an initiative waits for its council's sheets.
EVALUATION_STATES = states_where(in_evaluation=True)
#: The council closes an evaluation from these states (the secretary or the chair).
CLOSING_STATES = sources_of(triggers_where(rule="has_quorum"))
#: The chair decides on recognition from these states, and selects exemplary models from those.
RECOGNITION_STATES = sources_of(triggers_where(rule="meets_recognition_rule"))
EXEMPLARY_STATES = sources_of(triggers_where(rule="meets_exemplary_rule"))
#: Staff commend models in these states.
COMMENDABLE_STATES = sources_of(triggers_by(ROLE_STAFF, needs_commendation=True))


@dataclass
class Section:
    """Some items of one kind of work, and how many there are in all."""

    items: list = field(default_factory=list)
    total: int = 0
    #: the initiatives list's query arguments that show them all (None: no list shows exactly these)
    list_args: dict | None = None


@dataclass
class ReturnedItem:
    """A dossier the council returned: the reason on top, and the trigger that sends it back."""

    initiative: Initiative
    reason: str
    returned_at: datetime | None
    returned_by: str
    resubmit: TriggerSpec | None


@dataclass
class DeadlineItem:
    """A registration deadline of an open campaign, as it holds for one of the officer's units."""

    campaign: Campaign
    unit: Unit
    deadline: Deadline


@dataclass
class SheetItem:
    """A sheet the member must still submit, with the evaluation deadline of its initiative."""

    row: QueueRow
    deadline: Deadline | None

    @property
    def draft_saved(self) -> bool:
        """Tell whether the member has saved a draft of the sheet."""
        return self.row.sheet_state == SHEET_DRAFT


@dataclass
class CouncilItem:
    """An initiative of a council the person leads, with where its evaluation stands."""

    initiative: Initiative
    council: Council
    result: EvaluationResult


@dataclass
class Worklist:
    """Every section of the person's home page; a section is None when the person has no such role."""

    drafts: Section | None = None
    returned: Section | None = None
    deadlines: list[DeadlineItem] | None = None
    sheets: Section | None = None
    to_close: Section | None = None
    to_decide: Section | None = None
    to_select: Section | None = None
    to_assign: Section | None = None
    to_commend: Section | None = None

    @property
    def has_sections(self) -> bool:
        """Tell whether any of the person's roles gives them a section of work."""
        return any(value is not None for value in vars(self).values())


def _status_args(states: tuple[str, ...]) -> dict | None:
    """Return the list's filter showing exactly `states`, when one status filter can."""
    return {"status": states[0]} if len(states) == 1 else None


def _section(where: ColumnElement[bool], order, list_args: dict | None = None) -> Section:
    """Return the first LIMIT initiatives narrowed by `where`, and their exact count."""
    items = list(db.session.scalars(select(Initiative).where(where).order_by(*order).limit(LIMIT)).unique())
    total = db.session.scalar(select(func.count(Initiative.id)).where(where)) or 0
    return Section(items, total, list_args)


def _returned(unit_ids: list[int]) -> Section:
    """Return the officer's returned dossiers, each with the latest return's reason (three queries)."""
    where = Initiative.unit_id.in_(unit_ids) & Initiative.status.in_(RETURNED_STATES)
    latest = (select(TransitionLog.initiative_id, func.max(TransitionLog.id).label("log_id"))
              .where(TransitionLog.to_status.in_(RETURNED_STATES)).group_by(TransitionLog.initiative_id).subquery())
    rows = db.session.execute(
        select(Initiative, TransitionLog).outerjoin(latest, latest.c.initiative_id == Initiative.id)
        .outerjoin(TransitionLog, TransitionLog.id == latest.c.log_id)
        .where(where).order_by(TransitionLog.created_at.asc(), Initiative.id).limit(LIMIT)).unique().all()
    total = db.session.scalar(select(func.count(Initiative.id)).where(where)) or 0
    items = [ReturnedItem(initiative, log.comment if log else "", log.created_at if log else None,
                          log.actor.full_name if log and log.actor else "",
                          trigger_from(initiative.status, PAGE_FORM)) for initiative, log in rows]
    return Section(items, total, _status_args(RETURNED_STATES))


def _officer_deadlines(units: list[Unit], book_campaigns: list[Campaign], book: DeadlineBook) -> list[DeadlineItem]:
    """Return the registration deadline of each open campaign for each of the officer's units."""
    items = []
    for campaign in book_campaigns:
        for unit in units:
            deadline = book.deadline(campaign, DEADLINE_REGISTRATION, unit)
            if deadline is not None:
                items.append(DeadlineItem(campaign, unit, deadline))
    return items


def _officer_work(user: User, work: Worklist) -> None:
    """Fill the officer's sections: drafts, returned dossiers, registration deadlines."""
    units = [unit for unit in user.units_for(ROLE_OFFICER) if unit.is_active]
    unit_ids = [unit.id for unit in units] or [0]
    work.drafts = _section(Initiative.unit_id.in_(unit_ids) & (Initiative.status == INITIAL_STATE),
                           (Initiative.updated_at.desc(), Initiative.id.desc()), _status_args((INITIAL_STATE,)))
    work.returned = _returned(unit_ids)
    open_campaigns = list(db.session.scalars(select(Campaign).where(Campaign.is_open).order_by(Campaign.year.desc())))
    work.deadlines = _officer_deadlines(units, open_campaigns, deadline_book(c.id for c in open_campaigns))


def _member_work(user: User, work: Worklist) -> None:
    """Fill the member's sheets to score, the nearest evaluation deadline first."""
    rows = [row for queue in member_queue(user) for row in queue.rows if row.is_todo]
    book = deadline_book(row.initiative.campaign_id for row in rows)
    items = [SheetItem(row, book.deadline(row.initiative.campaign, DEADLINE_EVALUATION, row.initiative.unit))
             for row in rows]
    items.sort(key=lambda item: (item.deadline is None, item.deadline.day if item.deadline else None,
                                 item.row.initiative.code))
    work.sheets = Section(items[:LIMIT], len(items))


def results_of(pairs: list[tuple[Initiative, Council]]) -> dict[int, EvaluationResult]:
    """Evaluate many assigned initiatives at once, as workflows.rules.evaluate does one (four queries)."""
    if not pairs:
        return {}
    ids = [initiative.id for initiative, _council in pairs]
    council_ids = {council.id for _initiative, council in pairs}
    seats: dict[int, list[CouncilMember]] = defaultdict(list)
    for seat in db.session.scalars(select(CouncilMember).where(CouncilMember.council_id.in_(council_ids))):
        seats[seat.council_id].append(seat)
    declared: dict[int, set[int]] = defaultdict(set)
    for member_id, initiative_id in db.session.execute(select(
            ConflictDeclaration.member_id, ConflictDeclaration.initiative_id)
            .where(ConflictDeclaration.initiative_id.in_(ids))):
        declared[initiative_id].add(member_id)
    sheets: dict[int, list[tuple[int, Decimal, str]]] = defaultdict(list)
    for initiative_id, member_id, total, recommendation in db.session.execute(
            select(ScoreSheet.initiative_id, ScoreSheet.member_id, ScoreSheet.total, ScoreSheet.recommendation)
            .join(Initiative, Initiative.id == ScoreSheet.initiative_id)
            .where(ScoreSheet.initiative_id.in_(ids), ScoreSheet.status == SHEET_SUBMITTED,
                   ScoreSheet.round == Initiative.evaluation_round)):
        sheets[initiative_id].append((member_id, total, recommendation))
    results = {}
    for initiative, council in pairs:
        eligible = {seat.id for seat in seats[council.id]
                    if not has_conflict(seat, initiative, declared[initiative.id])}
        counted = [(total, recommendation) for member_id, total, recommendation in sheets[initiative.id]
                   if member_id in eligible]
        average = None
        if counted:
            average = (sum((Decimal(total) for total, _r in counted), Decimal(0)) / len(counted)).quantize(
                Decimal("0.01"), rounding=ROUND_HALF_UP)
        campaign = initiative.campaign
        results[initiative.id] = EvaluationResult(
            eligible=len(eligible), submitted=len(counted),
            quorum_needed=quorum_needed(len(eligible), campaign.quorum_numerator, campaign.quorum_denominator),
            average=average,
            recognize_votes=sum(1 for _t, recommendation in counted
                                if recommendation in (RECOMMEND_RECOGNITION, RECOMMEND_EXEMPLARY)),
            recognition_min_average=Decimal(campaign.recognition_min_average),
            exemplary_min_average=Decimal(campaign.exemplary_min_average))
    return results


def _council_items(pairs, results, states, keep) -> Section:
    """Return the items of `pairs` in `states` whose result passes `keep`, with their exact count."""
    items = [CouncilItem(initiative, council, results[initiative.id]) for initiative, council in pairs
             if initiative.status in states and keep(results[initiative.id])]
    return Section(items[:LIMIT], len(items))


def _leading_work(user: User, work: Worklist) -> None:
    """Fill what waits for a council's secretary or chair: evaluations to close, decisions to take."""
    seats = list(db.session.scalars(select(CouncilMember).where(CouncilMember.user_id == user.id,
                                                                CouncilMember.role.in_(LEADING_SEATS))))
    if not seats:
        return
    role_by_council = {seat.council_id: seat.role for seat in seats}
    states = CLOSING_STATES + RECOGNITION_STATES + EXEMPLARY_STATES
    pairs = list(db.session.execute(
        select(Initiative, Council).join(CouncilAssignment, CouncilAssignment.initiative_id == Initiative.id)
        .join(Council, Council.id == CouncilAssignment.council_id)
        .where(Council.id.in_(role_by_council), Initiative.status.in_(states))
        .order_by(Initiative.code)).unique().tuples())
    results = results_of(pairs)
    closers = {SEAT_ROLES[actor] for spec in triggers_where(rule="has_quorum") for actor in spec.actors
               if actor in SEAT_ROLES}
    deciders = {SEAT_ROLES[actor] for spec in triggers_where(rule="meets_recognition_rule") for actor in spec.actors
                if actor in SEAT_ROLES}
    closing = [(i, c) for i, c in pairs if role_by_council[c.id] in closers]
    deciding = [(i, c) for i, c in pairs if role_by_council[c.id] in deciders]
    work.to_close = _council_items(closing, results, CLOSING_STATES, lambda result: result.has_quorum)
    if deciding:
        work.to_decide = _council_items(deciding, results, RECOGNITION_STATES, lambda result: True)
        work.to_select = _council_items(deciding, results, EXEMPLARY_STATES,
                                        lambda result: result.meets_exemplary_rule)


def _staff_work(user: User, work: Worklist) -> None:
    """Fill what waits for staff: registered models to check and assign, exemplary ones to commend."""
    in_scope = Initiative.unit_id.in_(select(Unit.id).where(subtree_of(user.units_for(ROLE_STAFF))))
    unassigned = ~Initiative.id.in_(select(CouncilAssignment.initiative_id))
    oldest_first = (Initiative.submitted_at.asc(), Initiative.id)
    work.to_assign = _section(in_scope & Initiative.status.in_(EVALUATION_STATES) & unassigned, oldest_first,
                              {"unassigned": "1"})
    work.to_commend = _section(in_scope & Initiative.status.in_(COMMENDABLE_STATES), oldest_first,
                               _status_args(COMMENDABLE_STATES))


def worklist(user: User) -> Worklist:
    """Return what waits for `user` in each of their roles (sections of roles they lack stay None)."""
    work = Worklist()
    if user.has_role(ROLE_OFFICER):
        _officer_work(user, work)
    if user.has_role(ROLE_COUNCIL):
        _member_work(user, work)
        _leading_work(user, work)
    if user.has_role(ROLE_STAFF):
        _staff_work(user, work)
    return work


def next_unscored(user: User, initiative: Initiative) -> Initiative | None:
    """Return the sheet the member should score after `initiative`'s: the next unsubmitted one in queue order."""
    rows = [row for queue in member_queue(user) for row in queue.rows if row.is_todo]
    ids = [row.initiative.id for row in rows]
    if not rows or ids == [initiative.id]:
        return None
    after = ids.index(initiative.id) + 1 if initiative.id in ids else 0
    ordered = rows[after:] + rows[:after]
    return next((row.initiative for row in ordered if row.initiative.id != initiative.id), None)
