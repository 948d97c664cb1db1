"""Council sessions: hold one (date, place, chair, secretary, attendance), set its agenda, and cast votes."""

from dataclasses import dataclass, field
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import func, select

from registry.deadlines import evaluation_closed
from registry.extensions import db
from registry.models import Initiative, User
from registry.models.campaigns import EVALUATION_DELIBERATION
from registry.policy import can_manage_unit
from registry.refusals import Refused
from registry.roles import ROLE_STAFF
from workflows.councils.models import LEADING_SEATS, ConflictDeclaration, CouncilAssignment, CouncilMember
from workflows.machine import states_where
from workflows.models import MAX_COMMENT
from workflows.rules import has_conflict
from workflows.sessions.mail import queue_session_mail
from workflows.sessions.models import (
    VOTE_AGREE,
    VOTE_CHOICES,
    CouncilSession,
    SessionAgendaItem,
    SessionAttendance,
    SessionVote,
)

#: Only initiatives still waiting for their council can be put on an agenda or voted on.
OPEN_STATES = states_where(in_evaluation=True)
MAX_PLACE = 255


def may_prepare(actor: User, council) -> bool:
    """Tell whether `actor` prepares the council's sessions: staff over its unit, or its chair or secretary."""
    if (actor.has_role(ROLE_STAFF) or actor.is_admin) and can_manage_unit(actor, council.unit):
        return True
    return any(member.user_id == actor.id and member.role in LEADING_SEATS for member in council.members)


def may_download_session_documents(actor: User, session: CouncilSession) -> bool:
    """Tell whether `actor` may download a session's minutes and summary: whoever prepares the council's sessions,
    or the session's own chair or secretary."""
    return may_prepare(actor, session.council) or any(
        seat is not None and seat.user_id == actor.id for seat in (session.chair, session.secretary))


def _require_preparer(actor: User, council) -> None:
    if not may_prepare(actor, council):
        raise Refused(_("You do not have the right to do this."), "right")


@dataclass
class SessionInputs:
    """What the session form gives: date, place, the session's chair and secretary, who is present, a note."""

    held_on: date | None
    place: str
    chair_id: int | None
    secretary_id: int | None
    present_ids: set[int] = field(default_factory=set)
    note: str = ""


def _check(council, inputs: SessionInputs) -> dict[str, CouncilMember]:
    """Check the session's inputs against the council's seats; return the chair and secretary seats."""
    seats = {member.id: member for member in council.members}
    errors: dict[str, str] = {}
    if inputs.held_on is None:
        errors["held_on"] = _("Please enter the date of the session.")
    if not inputs.place.strip():
        errors["place"] = _("Please enter the place of the session.")
    elif len(inputs.place.strip()) > MAX_PLACE:
        errors["place"] = _("At most %(max)d characters.", max=MAX_PLACE)
    if inputs.chair_id not in seats:
        errors["chair_id"] = _("Please choose the chair of the session among the council's members.")
    if inputs.secretary_id not in seats:
        errors["secretary_id"] = _("Please choose the secretary of the session among the council's members.")
    elif inputs.secretary_id == inputs.chair_id:
        errors["secretary_id"] = _("The chair and the secretary of the session must be two different people.")
    if not inputs.present_ids <= set(seats):
        errors["present_ids"] = _("Please choose among the council's members.")
    elif not errors and not {inputs.chair_id, inputs.secretary_id} <= inputs.present_ids:
        errors["present_ids"] = _("The chair and the secretary of the session must be marked present.")
    if len(inputs.note) > MAX_COMMENT:
        errors["note"] = _("At most %(max)d characters.", max=MAX_COMMENT)
    if errors:
        raise Refused(" ".join(errors.values()), "data", errors)
    return {"chair": seats[inputs.chair_id], "secretary": seats[inputs.secretary_id]}


def _write(session: CouncilSession, inputs: SessionInputs, leaders: dict[str, CouncilMember]) -> None:
    """Store the inputs on the session and mark every seat of the council present or absent."""
    session.held_on = inputs.held_on
    session.place = inputs.place.strip()
    session.chair = leaders["chair"]
    session.secretary = leaders["secretary"]
    session.note = inputs.note.strip()
    marked = {row.member_id: row for row in session.attendance}
    for member in session.council.members:
        row = marked.get(member.id)
        if row is None:
            session.attendance.append(SessionAttendance(member=member, present=member.id in inputs.present_ids))
        else:
            row.present = member.id in inputs.present_ids


def create_session(actor: User, council, inputs: SessionInputs) -> CouncilSession:
    """Hold a new session of `council` with its attendance, and flush."""
    _require_preparer(actor, council)
    leaders = _check(council, inputs)
    session = CouncilSession(council=council, created_by_id=actor.id)
    db.session.add(session)
    _write(session, inputs, leaders)
    db.session.flush()
    queue_session_mail(session)
    return session


def update_session(actor: User, session: CouncilSession, inputs: SessionInputs) -> CouncilSession:
    """Change a session's date, place, chair, secretary, attendance or note, and flush.

    A member marked absent after voting keeps the vote on record, but it no longer counts.
    """
    _require_preparer(actor, session.council)
    leaders = _check(session.council, inputs)
    _write(session, inputs, leaders)
    db.session.flush()
    return session


def _has_votes(session: CouncilSession, initiative_id: int | None = None) -> bool:
    query = select(func.count()).select_from(SessionVote).where(SessionVote.session_id == session.id)
    if initiative_id is not None:
        query = query.where(SessionVote.initiative_id == initiative_id)
    return bool(db.session.scalar(query))


def delete_session(actor: User, session: CouncilSession) -> None:
    """Delete a session nobody has voted in yet, and flush."""
    _require_preparer(actor, session.council)
    if _has_votes(session):
        raise Refused(_("Votes have been cast in this session: it stays for the record."), "state")
    db.session.delete(session)
    db.session.flush()


def agenda_refusal(session: CouncilSession, initiative: Initiative, assigned_ids: set[int]) -> str | None:
    """Return why `initiative` cannot go on the session's agenda, or None when it can."""
    if initiative.id not in assigned_ids:
        return _("It is not assigned to this council.")
    if initiative.status not in OPEN_STATES:
        return _("Only models waiting for the council's evaluation can be put on the agenda.")
    if any(item.initiative_id == initiative.id for item in session.agenda):
        return _("It is already on the agenda.")
    return None


@dataclass
class AgendaOutcome:
    """Initiatives put on the agenda, and those skipped with the reason."""

    added: list[Initiative] = field(default_factory=list)
    skipped: list[tuple[Initiative, str]] = field(default_factory=list)


def add_to_agenda(actor: User, session: CouncilSession, initiatives: list[Initiative]) -> AgendaOutcome:
    """Put each initiative on the session's agenda (each one is added or skipped with its reason), and flush."""
    _require_preparer(actor, session.council)
    ids = [initiative.id for initiative in initiatives]
    assigned = set(db.session.scalars(select(CouncilAssignment.initiative_id).where(
        CouncilAssignment.council_id == session.council_id,
        CouncilAssignment.initiative_id.in_(ids)))) if ids else set()
    outcome = AgendaOutcome()
    position = max((item.position for item in session.agenda), default=0)
    for initiative in initiatives:
        reason = agenda_refusal(session, initiative, assigned)
        if reason:
            outcome.skipped.append((initiative, reason))
            continue
        position += 1
        session.agenda.append(SessionAgendaItem(initiative=initiative, position=position))
        outcome.added.append(initiative)
    db.session.flush()
    return outcome


def remove_from_agenda(actor: User, session: CouncilSession, item: SessionAgendaItem) -> None:
    """Take an initiative off the agenda while nobody has voted on it in this session, and flush."""
    _require_preparer(actor, session.council)
    if item.initiative.status not in OPEN_STATES:
        raise Refused(_("The evaluation of this model is closed: it stays on the agenda for the record."), "state")
    if _has_votes(session, item.initiative_id):
        raise Refused(_("Votes have been cast on this model in this session: it stays on the agenda."), "state")
    session.agenda.remove(item)
    db.session.flush()


def voter_seat(actor: User, session: CouncilSession) -> CouncilMember | None:
    """Return the actor's seat on the session's council, if any."""
    return next((member for member in session.council.members if member.user_id == actor.id), None)


def is_present(session: CouncilSession, member: CouncilMember) -> bool:
    """Tell whether the seat was marked present at the session."""
    return any(row.member_id == member.id and row.present for row in session.attendance)


def declared_conflicts(member: CouncilMember, initiative_ids: list[int]) -> set[int]:
    """Return the initiatives among `initiative_ids` the member declared a conflict of interest on."""
    if not initiative_ids:
        return set()
    return set(db.session.scalars(select(ConflictDeclaration.initiative_id).where(
        ConflictDeclaration.member_id == member.id, ConflictDeclaration.initiative_id.in_(initiative_ids))))


@dataclass
class Ballot:
    """A member's vote on one initiative, as the vote form gives it."""

    initiative_id: int
    choice: str
    exemplary: bool = False
    comment: str = ""


def vote_refusal(session: CouncilSession, member: CouncilMember | None, initiative: Initiative,
                 declared: set[int]) -> str | None:
    """Return why `member` may not vote on `initiative` at this session now, or None when they may.

    `declared` holds the initiatives the member declared a conflict of interest on (`declared_conflicts`).
    """
    if member is None:
        return _("Only the council's members vote.")
    if initiative.campaign.evaluation_mode != EVALUATION_DELIBERATION:
        return _("This campaign evaluates by score sheets, not by vote.")
    if not is_present(session, member):
        return _("Only the members present at the session vote.")
    if has_conflict(member, initiative, {member.id} if initiative.id in declared else set()):
        return _("You declared a conflict of interest on this model (or it belongs to your unit): you do not vote "
                 "on it.")
    if initiative.status not in OPEN_STATES:
        return _("The evaluation of this model is closed: its votes can no longer change.")
    return evaluation_closed(initiative.campaign, initiative.unit)


def cast_votes(actor: User, session: CouncilSession, ballots: list[Ballot]) -> list[SessionVote]:
    """Record (or change, until the evaluation is closed) the actor's votes on the session's agenda, and flush.

    :raise Refused: naming the first model the actor may not vote on; nothing is recorded then.
    """
    member = voter_seat(actor, session)
    items = {item.initiative_id: item.initiative for item in session.agenda}
    declared = declared_conflicts(member, list(items)) if member is not None else set()
    existing = {(vote.initiative_id, vote.round): vote for vote in db.session.scalars(
        select(SessionVote).where(SessionVote.session_id == session.id,
                                  SessionVote.member_id == (member.id if member else -1)))}
    saved = []
    for ballot in ballots:
        initiative = items.get(ballot.initiative_id)
        if initiative is None:
            raise Refused(_("This model is not on the session's agenda."), "data")
        reason = vote_refusal(session, member, initiative, declared)
        if reason:
            raise Refused(f"{initiative.code}: {reason}", "right" if member is None else "state")
        if ballot.choice not in VOTE_CHOICES:
            raise Refused(_("%(code)s: please choose agree, disagree or another opinion.", code=initiative.code),
                          "data")
        if len(ballot.comment) > MAX_COMMENT:
            raise Refused(_("%(code)s: the comment is too long.", code=initiative.code), "data")
        vote = existing.get((initiative.id, initiative.evaluation_round))
        if vote is None:
            vote = SessionVote(session_id=session.id, initiative_id=initiative.id, member=member,
                               round=initiative.evaluation_round)
            db.session.add(vote)
        vote.choice = ballot.choice
        # "Exemplary" is a second question beside an "agree" vote: without agreeing it means nothing.
        vote.exemplary = ballot.exemplary and ballot.choice == VOTE_AGREE
        vote.comment = ballot.comment.strip()
        saved.append(vote)
    db.session.flush()
    return saved
