"""Councils: set one up, seat its members, assign initiatives to it, record conflicts of interest."""

from dataclasses import dataclass, field
from decimal import Decimal

from flask_babel import gettext as _
from sqlalchemy import select

from registry.extensions import db
from registry.models import Campaign, Field, Initiative, Unit, User
from registry.policy import can_change_setting, can_manage_unit
from registry.refusals import Refused
from registry.roles import ROLE_COUNCIL, ROLE_STAFF
from workflows.councils.models import COUNCIL_ROLES, ConflictDeclaration, Council, CouncilAssignment, CouncilMember
from workflows.machine import EVALUATED_STAGE, STAGE_STATES, states_where
from workflows.outbox.queue import queue_assignment_mail
from workflows.rules import has_conflict

#: Only initiatives waiting for evaluation can be given to a council.
ASSIGNABLE_STATES = states_where(in_evaluation=True)




def _require_manager(actor: User, unit: Unit) -> None:
    if not (actor.has_role(ROLE_STAFF) or actor.is_admin) or not can_manage_unit(actor, unit):
        raise Refused(_("You do not have the right to do this."), "right")


def create_council(actor: User, name: str, campaign: Campaign, unit: Unit, fields: list[Field]) -> Council:
    """Set up a council for `campaign` at `unit`, covering `fields` (none: every field), and flush."""
    _require_manager(actor, unit)
    if not name.strip():
        raise Refused(_("Please enter the council's name."))
    council = Council(name=name.strip(), campaign=campaign, unit=unit, fields=list(fields))
    db.session.add(council)
    db.session.flush()
    return council


def seat_member(actor: User, council: Council, user: User, role: str, home_unit: Unit | None) -> CouncilMember:
    """Give `user` a seat on `council` (one chair and one secretary at most) and flush."""
    _require_manager(actor, council.unit)
    if user.id == actor.id:
        raise Refused(_("You cannot give yourself a seat on a council."))
    if not any(assignment.role == ROLE_COUNCIL and can_manage_unit(actor, assignment.unit)
               for assignment in user.roles):
        # Otherwise a staffer could seat anyone, and read through the seat what they score.
        raise Refused(_("Only a council member of a unit you manage can be given a seat."))
    if role not in COUNCIL_ROLES:
        raise Refused(_("Unknown council role."))
    if any(member.user_id == user.id for member in council.members):
        raise Refused(_("This person already sits on the council."))
    if role != "member" and any(member.role == role for member in council.members):
        raise Refused(_("The council already has a chair or secretary: remove them first."))
    member = CouncilMember(council=council, user=user, role=role, home_unit=home_unit)
    db.session.add(member)
    db.session.flush()
    return member


def remove_member(actor: User, member: CouncilMember) -> None:
    """Take a seat away, unless the member has already submitted score sheets, and flush."""
    from workflows.scoring.models import ScoreSheet
    from workflows.sessions.models import SessionVote

    _require_manager(actor, member.council.unit)
    if db.session.scalar(select(ScoreSheet.id).where(ScoreSheet.member_id == member.id).limit(1)):
        raise Refused(_("This member has score sheets: the seat stays for the record."))
    if db.session.scalar(select(SessionVote.id).where(SessionVote.member_id == member.id).limit(1)):
        raise Refused(_("This member has voted in a council session: the seat stays for the record."))
    db.session.delete(member)
    db.session.flush()


def assignment_refusal(council: Council, initiative: Initiative) -> str | None:
    """Return why `initiative` cannot go to `council`, or None when it can."""
    if initiative.campaign_id != council.campaign_id:
        return _("It belongs to another campaign.")
    if not initiative.unit.is_within(council.unit):
        return _("Its unit is outside the council's scope.")
    if council.fields and initiative.field_id not in {f.id for f in council.fields}:
        return _("Its field is not covered by the council.")
    if initiative.status not in ASSIGNABLE_STATES:
        return _("Only registered initiatives can be assigned.")
    return None


@dataclass
class AssignOutcome:
    """Initiatives assigned, and those skipped with the reason."""

    assigned: list[Initiative] = field(default_factory=list)
    skipped: list[tuple[Initiative, str]] = field(default_factory=list)


def move_refusal(actor: User, existing: CouncilAssignment) -> str | None:
    """Return why `actor` cannot take an initiative away from the council it is assigned to, or None."""
    if not can_manage_unit(actor, existing.council.unit):
        return _("It is assigned to a council you do not manage.")
    return unassignment_refusal(existing)


def assign(actor: User, council: Council, initiatives: list[Initiative]) -> AssignOutcome:
    """Give each initiative to `council` (moving it from another council if needed) and flush.

    An initiative outside the actor's scope is skipped, and so is one that would leave a council the
    actor does not manage or that has score sheets: a council of one commune cannot take over the
    evaluation of another council.
    """
    _require_manager(actor, council.unit)
    outcome = AssignOutcome()
    for initiative in initiatives:
        reason = assignment_refusal(council, initiative)
        if reason is None and not can_manage_unit(actor, initiative.unit):
            reason = _("Its unit is outside your scope.")
        existing = db.session.scalar(select(CouncilAssignment).where(CouncilAssignment.initiative_id == initiative.id))
        if reason is None and existing is not None and existing.council_id != council.id:
            reason = move_refusal(actor, existing)
        if reason:
            outcome.skipped.append((initiative, reason))
            continue
        if existing is None:
            db.session.add(CouncilAssignment(council=council, initiative=initiative, assigned_by_id=actor.id))
            queue_assignment_mail(initiative, council)
        elif existing.council_id != council.id:
            existing.council = council
            existing.assigned_by_id = actor.id
            queue_assignment_mail(initiative, council)
        outcome.assigned.append(initiative)
    db.session.flush()
    return outcome


def assignable_initiatives(council: Council, field_id: int | None = None, unit: Unit | None = None,
                           status: str | None = None) -> list[Initiative]:
    """Return the initiatives a bulk assignment by filter would take (unassigned ones first in code order)."""
    scope = unit if unit is not None and unit.is_within(council.unit) else council.unit
    query = (select(Initiative).join(Unit, Initiative.unit_id == Unit.id)
             .where(Initiative.campaign_id == council.campaign_id,
                    Unit.path.startswith(scope.path, autoescape=True),
                    Initiative.status.in_((status,) if status else ASSIGNABLE_STATES))
             .order_by(Initiative.code))
    if field_id is not None:
        query = query.where(Initiative.field_id == field_id)
    if council.fields:
        query = query.where(Initiative.field_id.in_([f.id for f in council.fields]))
    return list(db.session.scalars(query))


def declare_conflict(member: CouncilMember, initiative: Initiative, reason: str) -> ConflictDeclaration:
    """Record that `member` will not score `initiative`, and flush."""
    if not reason.strip():
        raise Refused(_("Please give a reason."))
    existing = db.session.scalar(select(ConflictDeclaration).where(
        ConflictDeclaration.member_id == member.id, ConflictDeclaration.initiative_id == initiative.id))
    if existing is not None:
        return existing
    declaration = ConflictDeclaration(member=member, initiative_id=initiative.id, reason=reason.strip())
    db.session.add(declaration)
    db.session.flush()
    return declaration


def member_assignments(user: User) -> list[tuple[CouncilMember, Initiative]]:
    """Return (seat, initiative) for every initiative assigned to a council `user` sits on, conflicts left out."""
    rows = db.session.execute(
        select(CouncilMember, Initiative)
        .join(CouncilAssignment, CouncilAssignment.council_id == CouncilMember.council_id)
        .join(Initiative, Initiative.id == CouncilAssignment.initiative_id)
        .where(CouncilMember.user_id == user.id)
        .order_by(Initiative.code)
    ).all()
    declared = set(db.session.execute(
        select(ConflictDeclaration.member_id, ConflictDeclaration.initiative_id)
        .join(CouncilMember, CouncilMember.id == ConflictDeclaration.member_id)
        .where(CouncilMember.user_id == user.id)).all())
    return [(seat, initiative) for seat, initiative in rows
            if not has_conflict(seat, initiative, {seat.id} if (seat.id, initiative.id) in declared else set())]


#: States an assigned initiative reaches once its council has finished evaluating it.
EVALUATED_STATES = STAGE_STATES[EVALUATED_STAGE]


def update_council(actor: User, council: Council, name: str, campaign: Campaign, unit: Unit,
                   fields: list[Field]) -> Council:
    """Change a council's name, campaign, unit and fields, keeping every assignment valid, and flush."""
    _require_manager(actor, council.unit)
    _require_manager(actor, unit)
    if not name.strip():
        raise Refused(_("Please enter the council's name."))
    field_ids = {f.id for f in fields}
    assigned = db.session.scalars(select(Initiative)
                                  .join(CouncilAssignment, CouncilAssignment.initiative_id == Initiative.id)
                                  .where(CouncilAssignment.council_id == council.id).order_by(Initiative.code))
    for initiative in assigned:
        if (initiative.campaign_id != campaign.id or not initiative.unit.is_within(unit)
                or (field_ids and initiative.field_id not in field_ids)):
            raise Refused(_("The assigned initiative %(code)s would fall outside the council's new campaign, "
                                 "scope or fields: remove it from the council first.", code=initiative.code))
    council.name = name.strip()
    council.campaign = campaign
    council.unit = unit
    council.fields = list(fields)
    db.session.flush()
    return council


def unassignment_refusal(assignment: CouncilAssignment) -> str | None:
    """Return why `assignment` cannot be taken back from its council, or None when it can."""
    from workflows.scoring.models import ScoreSheet

    if assignment.initiative.status not in ASSIGNABLE_STATES:
        return _("Only registered initiatives can be taken off a council.")
    if db.session.scalar(select(ScoreSheet.id).where(ScoreSheet.initiative_id == assignment.initiative_id).limit(1)):
        return _("Score sheets exist for this initiative: it stays with the council.")
    return None


def unassign(actor: User, assignment: CouncilAssignment) -> None:
    """Take an initiative back from its council while nobody has scored it yet, and flush."""
    _require_manager(actor, assignment.council.unit)
    reason = unassignment_refusal(assignment)
    if reason:
        raise Refused(reason)
    db.session.delete(assignment)
    db.session.flush()


def save_decision_rules(actor: User, campaign: Campaign, quorum_numerator: int, quorum_denominator: int,
                        recognition_min_average: Decimal, exemplary_min_average: Decimal) -> Campaign:
    """Set the campaign's quorum and thresholds (checked again here, whatever the caller did), and flush."""
    if not (actor.has_role(ROLE_STAFF) or actor.is_admin) or not can_change_setting(actor, campaign.owner_unit):
        raise Refused(_("You do not have the right to do this."), "right")
    if not 1 <= quorum_denominator <= 10 or not 1 <= quorum_numerator <= quorum_denominator:
        raise Refused(_("The quorum must be a fraction from 1/10 to 10/10, the numerator not above the "
                             "denominator."))
    if not (0 <= recognition_min_average <= 100 and 0 <= exemplary_min_average <= 100):
        raise Refused(_("Averages go from 0 to 100."))
    if exemplary_min_average < recognition_min_average:
        raise Refused(_("The exemplary threshold cannot be below the recognition threshold."))
    campaign.quorum_numerator = quorum_numerator
    campaign.quorum_denominator = quorum_denominator
    campaign.recognition_min_average = recognition_min_average
    campaign.exemplary_min_average = exemplary_min_average
    db.session.flush()
    return campaign
