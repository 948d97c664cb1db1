"""Who reaches the decision pages, and the rows those pages read (history, commendations, selections)."""

from dataclasses import dataclass

from sqlalchemy import Select, select

from registry.extensions import db
from registry.models import Initiative, Unit, User
from registry.policy import subtree_of, visible_initiatives_filter
from registry.roles import ROLE_STAFF
from workflows.councils.models import LEADING_SEATS, Council, CouncilAssignment, CouncilMember
from workflows.machine import (
    PAGE_DECISION,
    SEAT_CHAIR,
    SEAT_SECRETARY,
    TRIGGERS_BY_NAME,
    TriggerSpec,
    sources_of,
    triggers_by,
    triggers_where,
)
from workflows.models import Commendation, CommendationForm
from workflows.transitions import allowed_triggers, council_seat

#: The triggers recorded on the decision page, in the order their forms are shown.
DECISION_TRIGGERS = tuple(spec.name for spec in triggers_where(page=PAGE_DECISION))
#: Bulk actions by scope: the council's chair (or secretary), and the steering board's staff.
CHAIR_ACTIONS = tuple(spec.name for spec in triggers_by(SEAT_CHAIR, bulk=True))
SECRETARY_ACTIONS = tuple(spec.name for spec in triggers_by(SEAT_SECRETARY, bulk=True))
STAFF_ACTIONS = tuple(spec.name for spec in triggers_by(ROLE_STAFF, bulk=True))
#: The statuses offered in the bulk filter, by scope ("" means every status of the scope): where its actions start.
COUNCIL_STATUSES = sources_of(TRIGGERS_BY_NAME[name] for name in (*CHAIR_ACTIONS, *SECRETARY_ACTIONS))
STAFF_STATUSES = sources_of(TRIGGERS_BY_NAME[name] for name in STAFF_ACTIONS)
#: The trigger whose commendation inputs the bulk form carries.
BULK_COMMENDATION = next(spec for spec in triggers_where(bulk=True) if spec.needs_commendation)


def is_staff_over(user: User, initiative: Initiative) -> bool:
    """Tell whether `user` is steering-board staff over the initiative's unit."""
    return any(initiative.unit.is_within(unit) for unit in user.units_for(ROLE_STAFF))


def may_open_decisions(user: User, initiative: Initiative) -> bool:
    """Tell whether `user` takes decisions on `initiative`: staff over it, or its council's chair or secretary."""
    if is_staff_over(user, initiative):
        return True
    seat = council_seat(user, initiative)
    return seat is not None and seat.role in LEADING_SEATS


def decision_triggers(initiative: Initiative, user: User) -> list[TriggerSpec]:
    """Return the decision triggers `user` may fire on `initiative` now."""
    return [spec for spec in allowed_triggers(initiative, user) if spec.name in DECISION_TRIGGERS]


def ordered_specs(names) -> list[TriggerSpec]:
    """Return the specs of `names` in the decision page's order."""
    return [TRIGGERS_BY_NAME[name] for name in DECISION_TRIGGERS if name in names]


def commendations_of(initiative: Initiative) -> list[Commendation]:
    """Return the commendations recorded for the initiative, oldest first."""
    return list(db.session.scalars(
        select(Commendation).where(Commendation.initiative_id == initiative.id)
        .order_by(Commendation.decision_date, Commendation.id)))


def active_commendation_forms() -> list[CommendationForm]:
    """Return the forms of commendation staff may choose, in their configured order."""
    return list(db.session.scalars(
        select(CommendationForm).where(CommendationForm.is_active).order_by(CommendationForm.position,
                                                                            CommendationForm.name)))


def assigned_council(initiative: Initiative) -> Council | None:
    """Return the council the initiative is assigned to, if any."""
    return db.session.scalar(select(Council).join(CouncilAssignment, CouncilAssignment.council_id == Council.id)
                             .where(CouncilAssignment.initiative_id == initiative.id))


def deciding_seats(user: User) -> list[CouncilMember]:
    """Return the user's chair and secretary seats on active councils."""
    return list(db.session.scalars(
        select(CouncilMember).join(Council, Council.id == CouncilMember.council_id)
        .where(CouncilMember.user_id == user.id, CouncilMember.role.in_(LEADING_SEATS), Council.is_active)
        .order_by(Council.name, Council.id)))


@dataclass
class BulkFilters:
    """The bulk page's choices: whose list (council or staff), which council, which status, which page."""

    scope: str
    council_id: int | None
    status: str
    page: int
    #: prefilled from a council session: its id, and the initiatives of its agenda the list is limited to
    session_id: int | None = None
    agenda_ids: set[int] | None = None


def council_actions(seats: list[CouncilMember]) -> tuple[str, ...]:
    """Return the bulk actions a holder of `seats` may choose."""
    return CHAIR_ACTIONS if any(seat.role == "chair" for seat in seats) else SECRETARY_ACTIONS


def bulk_query(user: User, filters: BulkFilters, seats: list[CouncilMember]) -> Select:
    """Return the initiatives listed on the bulk page for `filters`, visible to `user`."""
    query = select(Initiative).join(Unit, Unit.id == Initiative.unit_id).where(visible_initiatives_filter(user))
    if filters.scope == "council":
        council_ids = {seat.council_id for seat in seats}
        if filters.council_id in council_ids:
            council_ids = {filters.council_id}
        query = query.join(CouncilAssignment, CouncilAssignment.initiative_id == Initiative.id).where(
            CouncilAssignment.council_id.in_(council_ids or {-1}))
        statuses = COUNCIL_STATUSES
    else:
        query = query.where(subtree_of(user.units_for(ROLE_STAFF)))
        statuses = STAFF_STATUSES
    if filters.agenda_ids is not None:
        query = query.where(Initiative.id.in_(filters.agenda_ids or {-1}))
    if filters.status in statuses:
        query = query.where(Initiative.status == filters.status)
    elif filters.scope == "staff":
        query = query.where(Initiative.status.in_(STAFF_STATUSES))
    return query.order_by(Initiative.code)


def selected_initiatives(user: User, ids: list[int]) -> list[Initiative]:
    """Load the initiatives among `ids` that `user` may see, in the order given; unseen ids are dropped."""
    if not ids:
        return []
    found = {initiative.id: initiative for initiative in db.session.scalars(
        select(Initiative).join(Unit, Unit.id == Initiative.unit_id)
        .where(Initiative.id.in_(ids), visible_initiatives_filter(user)))}
    return [found[id_] for id_ in ids if id_ in found]
