"""The one way to change an initiative's state: fire a trigger for an actor, or list what they may fire."""

from flask_babel import gettext as _
from transitions import Machine

from registry.access import is_officer_of
from registry.dossier import missing_required_fields
from registry.extensions import db
from registry.models import Initiative, User
from registry.models.base import utcnow
from registry.models.users import ROLE_OFFICER, ROLE_STAFF
from workflows.machine import STATES, TRIGGERS, TRIGGERS_BY_NAME, TriggerSpec, machine_transitions
from workflows.models import TransitionLog


class TransitionRefused(Exception):
    """A trigger was refused; `reason` is one of: state, right, rule, data, stale."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason
        self.message = message


class _InitiativeStateAdapter:
    """A short-lived stand-in whose `state` reads and writes the row's status column.

    The machine is never attached to the ORM object: SQLAlchemy skips __init__ on load and
    add_model() would reset the state to `initial`.
    """

    def __init__(self, initiative: Initiative):
        self.initiative = initiative

    @property
    def state(self) -> str:
        return self.initiative.status

    @state.setter
    def state(self, value: str) -> None:
        if self.initiative.status != value:
            self.initiative.status = value


def _holds_role_for(actor: User, spec: TriggerSpec, initiative: Initiative) -> bool:
    """Tell whether `actor` holds one of the trigger's roles over this initiative."""
    if actor.is_admin:
        return False  # administrators run the installation; they do not act in the workflow
    if ROLE_OFFICER in spec.roles and is_officer_of(actor, initiative):
        return True
    if ROLE_STAFF in spec.roles:
        return any(initiative.unit.is_within(unit) for unit in actor.units_for(ROLE_STAFF))
    return False


def _refusal(initiative: Initiative, spec: TriggerSpec | None, actor: User, comment: str,
             expected_version: int | None) -> TransitionRefused | None:
    """Return why `actor` may not fire `spec` now, or None when they may."""
    if spec is None:
        return TransitionRefused("state", _("This action does not exist."))
    if expected_version is not None and expected_version != initiative.version:
        return TransitionRefused("stale", _("Someone else has changed this initiative. Please reload the page."))
    if initiative.status not in spec.sources:
        return TransitionRefused("state", _("This action is not allowed while the initiative is “%(state)s”.",
                                            state=STATES[initiative.status]))
    if not _holds_role_for(actor, spec, initiative):
        return TransitionRefused("right", _("You do not have the right to do this."))
    if spec.needs_comment and not comment.strip():
        return TransitionRefused("data", _("Please give a reason."))
    if spec.needs_complete_dossier and missing_required_fields(initiative):
        return TransitionRefused("data", _("The dossier is not complete: please fill every required field."))
    return None


def allowed_triggers(initiative: Initiative, actor: User) -> list[TriggerSpec]:
    """List the triggers `actor` may fire on `initiative` now, without any comment yet."""
    allowed = []
    for spec in TRIGGERS:
        refusal = _refusal(initiative, spec, actor, "-", None)
        if refusal is None:
            allowed.append(spec)
    return allowed


def fire(initiative: Initiative, trigger: str, actor: User, comment: str = "",
         expected_version: int | None = None) -> TransitionLog:
    """Fire `trigger` on `initiative` for `actor`, write its history row and flush.

    :raise TransitionRefused: with the reason, leaving the initiative unchanged.
    """
    spec = TRIGGERS_BY_NAME.get(trigger)
    refusal = _refusal(initiative, spec, actor, comment, expected_version)
    if refusal is not None:
        raise refusal
    adapter = _InitiativeStateAdapter(initiative)
    Machine(model=adapter, states=list(STATES), transitions=machine_transitions(),
              initial=initiative.status, auto_transitions=False, send_event=True)
    from_status = initiative.status
    if not getattr(adapter, trigger)():
        raise TransitionRefused("rule", _("The rule for this action is not met."))
    if trigger in ("submit", "resubmit"):
        initiative.submitted_at = utcnow()
    log = TransitionLog(initiative=initiative, trigger=trigger, from_status=from_status,
                        to_status=initiative.status, actor_id=actor.id, comment=comment.strip())
    db.session.add(log)
    db.session.flush()
    return log
