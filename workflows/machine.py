"""The initiative's state machine as the one table: its states, its triggers, and every group derived from them.

No other module names a state or a trigger: code asks this table (`states_where`, `STAGE_STATES`,
`triggers_where`, the constants below) so a new state or trigger shows up everywhere on its own.
"""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from registry.roles import ROLE_OFFICER, ROLE_STAFF

#: Seats on the initiative's own council that act in the workflow, beside the registry roles.
SEAT_CHAIR = "council_chair"
SEAT_SECRETARY = "council_secretary"

#: The report stages a state can count in (the dashboard's figures and the list's `stage` filter). Stage
#: names are URL values and figure keys; some equal a state's name, so code uses these constants.
STAGE_REGISTERED = "registered"
STAGE_RECOGNISED = "recognised"
STAGE_EXEMPLARY = "exemplary"
STAGE_COMMENDED = "commended"
REPORT_STAGES = (STAGE_REGISTERED, STAGE_RECOGNISED, STAGE_EXEMPLARY, STAGE_COMMENDED)
#: The stages compared year by year (the dashboard's trend chart).
TREND_STAGES = (STAGE_REGISTERED, STAGE_RECOGNISED, STAGE_EXEMPLARY)
#: A stage beside them: the council has finished evaluating the initiative.
EVALUATED_STAGE = "evaluated"

#: The pages a trigger is fired from.
PAGE_FORM = "form"  # the dossier form's submit button, and a direct button on the detail page
PAGE_DETAIL = "detail"  # a confirmation page reached from the detail page
PAGE_DECISION = "decision"  # the decision page (and, for the `bulk` ones, the bulk decision page)

#: What a trigger records beside the new status.
RECORDS_SUBMISSION = "submitted_at"
#: A resubmission keeps the first submission's date and records its own beside it.
RECORDS_RESUBMISSION = "resubmitted_at"
RECORDS_NEW_ROUND = "evaluation_round"
RECORDS_COMMENDATION = "commendation"

#: The scopes of the bulk decision page.
SCOPE_COUNCIL = "council"
SCOPE_STAFF = "staff"


@dataclass(frozen=True)
class StateSpec:
    """One state: its label and badge, and what the rest of the code groups states by."""

    name: str
    label: str
    #: Bootstrap colour of the state's badge
    badge: str
    #: the officer may still edit the dossier
    editable: bool = False
    #: the report stages (REPORT_STAGES, EVALUATED_STAGE) the state counts in
    stages: frozenset[str] = frozenset()
    #: the initiative waits for its council: it can be assigned and scored, and members are reminded
    in_evaluation: bool = False
    #: the officers are reminded when the initiative waits in this state for too long
    reminds_officers: bool = False
    #: drawn in the dashboard's "status by field" chart
    charted: bool = False
    #: shown on the workflow help page's main path
    main_path: bool = False
    #: the bulk decision page opens on this status for these seats or scopes ("chair", "secretary", "staff")
    bulk_default_for: tuple[str, ...] = ()
    #: the registration is still under way (no decision yet): a reorganisation moves it to the successor unit
    open_work: bool = False


def _stages(*names: str) -> frozenset[str]:
    return frozenset(names)


#: Every state, in the order lists and exports show them; the first is where an initiative starts.
STATE_SPECS = (
    StateSpec("draft", _l("Draft"), "secondary", editable=True, main_path=True, open_work=True),
    StateSpec("registered", _l("Registered"), "primary", stages=_stages("registered"), in_evaluation=True,
              charted=True, main_path=True, bulk_default_for=("secretary",), open_work=True),
    StateSpec("returned", _l("Returned for revision"), "warning", editable=True, stages=_stages("registered"),
              reminds_officers=True, charted=True, open_work=True),
    StateSpec("evaluated", _l("Evaluated"), "info", stages=_stages("registered", EVALUATED_STAGE), charted=True,
              main_path=True, bulk_default_for=("chair",), open_work=True),
    StateSpec("recognized", _l("Recognized"), "success", stages=_stages("registered", "recognised", EVALUATED_STAGE),
              charted=True, main_path=True),
    StateSpec("exemplary", _l("Exemplary"), "success",
              stages=_stages("registered", "recognised", "exemplary", EVALUATED_STAGE), charted=True,
              main_path=True, bulk_default_for=(SCOPE_STAFF,)),
    StateSpec("commended", _l("Commended"), "success",
              stages=_stages("registered", "recognised", "exemplary", "commended", EVALUATED_STAGE), charted=True,
              main_path=True),
    StateSpec("not_recognized", _l("Not recognized"), "danger", stages=_stages("registered", EVALUATED_STAGE),
              charted=True),
    StateSpec("withdrawn", _l("Withdrawn"), "dark"),
    StateSpec("revoked", _l("Recognition revoked"), "danger", stages=_stages("registered", EVALUATED_STAGE)),
)

STATE_SPECS_BY_NAME = {spec.name: spec for spec in STATE_SPECS}
#: Each state's label (through gettext), in the table's order.
STATES = {spec.name: spec.label for spec in STATE_SPECS}
#: Bootstrap colour of each state's badge.
STATE_BADGES = {spec.name: spec.badge for spec in STATE_SPECS}
#: Where a new initiative starts.
INITIAL_STATE = STATE_SPECS[0].name


def states_where(**facts) -> tuple[str, ...]:
    """Return the names of the states whose StateSpec fields equal `facts`, e.g. `states_where(editable=True)`."""
    return tuple(spec.name for spec in STATE_SPECS
                 if all(getattr(spec, fact) == value for fact, value in facts.items()))


def states_in_stage(stage: str) -> tuple[str, ...]:
    """Return the states that count in report stage `stage`, in the table's order."""
    return tuple(spec.name for spec in STATE_SPECS if stage in spec.stages)


#: The states counted in each stage: "registered" (submitted at least once, not withdrawn; drafts never
#: count), "recognised" (holding a recognition now; a revoked one no longer counts), "exemplary" (a commended
#: model was selected as exemplary first), "commended", and "evaluated" (the council has finished).
STAGE_STATES = {stage: states_in_stage(stage) for stage in (*REPORT_STAGES, EVALUATED_STAGE)}

#: The labels of the actors, for the diagram and the help page.
ACTOR_LABELS = {
    ROLE_OFFICER: _l("Unit focal officer"),
    ROLE_STAFF: _l("Steering board staff"),
    SEAT_CHAIR: _l("Council chair"),
    SEAT_SECRETARY: _l("Council secretary"),
}


@dataclass(frozen=True)
class TriggerSpec:
    """One trigger: where it starts, where it goes, who may fire it, what it asks for, records and sends."""

    name: str
    sources: tuple[str, ...]
    dest: str
    #: who may fire it: ROLE_OFFICER acts on its own unit, ROLE_STAFF on its subtree, the seats on
    #: initiatives assigned to their council
    actors: tuple[str, ...]
    label: str
    #: the page it is fired from (PAGE_FORM, PAGE_DETAIL, PAGE_DECISION)
    page: str = PAGE_DECISION
    #: it may also be fired on many initiatives at once, from the bulk decision page
    bulk: bool = False
    #: the notification event it sends (a row of workflows/outbox/notifications.py), or None
    event: str | None = None
    #: further events it sends beside `event`, each a row of the notifications table
    also_sends: tuple[str, ...] = ()
    #: what it records beside the status (RECORDS_SUBMISSION, RECORDS_RESUBMISSION, RECORDS_NEW_ROUND,
    #: RECORDS_COMMENDATION)
    records: str | None = None
    #: the actor must give a reason in the comment
    needs_comment: bool = False
    #: the dossier must be complete
    needs_complete_dossier: bool = False
    #: refused after the campaign's registration deadline
    needs_open_registration: bool = False
    #: a decision number and date must be recorded
    needs_decision: bool = False
    #: a commendation (form, issuer, decision) must be recorded
    needs_commendation: bool = False
    #: the name of the EvaluationResult rule that must hold (workflows.rules)
    rule: str | None = None
    #: why the rule does not hold (once the quorum is reached), formatted with the EvaluationResult's fields
    rule_refusal: str | None = None
    #: the same when the campaign decides by the votes of a session (deliberation), formatted likewise
    #: (with `share`, the share needed in words)
    vote_rule_refusal: str | None = None
    #: its buttons are red: it ends or sets back the initiative's path
    danger: bool = False
    #: shown as a warning on its confirmation page
    confirm_warning: str | None = None
    #: shown as an explanation on its confirmation page
    confirm_hint: str | None = None

    @property
    def events(self) -> tuple[str, ...]:
        """Return every notification event the trigger sends: `event` first, then `also_sends`."""
        return ((self.event,) if self.event else ()) + self.also_sends


# The order is the decision page's order of forms (and the order of every menu).
TRIGGERS = (
    TriggerSpec("submit", ("draft",), "registered", (ROLE_OFFICER,), _l("Submit registration"), page=PAGE_FORM,
                event="submitted", records=RECORDS_SUBMISSION, needs_complete_dossier=True,
                # Submitting a draft is registering: not after the campaign's registration deadline.
                needs_open_registration=True),
    # Resubmitting a dossier the council returned is not registering: it follows the council's process,
    # so the registration deadline does not apply.
    # The return set the council's sheets aside (a new round): its scoring members are asked to score again.
    TriggerSpec("resubmit", ("returned",), "registered", (ROLE_OFFICER,), _l("Resubmit"), page=PAGE_FORM,
                event="submitted", also_sends=("rescore",), records=RECORDS_RESUBMISSION,
                needs_complete_dossier=True),
    TriggerSpec("withdraw", ("draft", "registered", "returned"), "withdrawn", (ROLE_OFFICER,),
                _l("Withdraw registration"), page=PAGE_DETAIL, danger=True,
                confirm_warning=_l("A withdrawn registration cannot be submitted again. Are you sure?")),
    TriggerSpec("complete_evaluation", ("registered",), "evaluated", (SEAT_SECRETARY, SEAT_CHAIR),
                _l("Complete evaluation"), bulk=True, rule="has_quorum"),
    TriggerSpec("recognize", ("evaluated",), "recognized", (SEAT_CHAIR,), _l("Recognize"), bulk=True,
                event="recognized", needs_decision=True, rule="meets_recognition_rule",
                rule_refusal=_l("The recognition rule is not met: the average is %(average)s (at least "
                                "%(recognition_min_average)s is needed) and %(recognize_votes)d of %(submitted)d "
                                "sheets recommend recognition (more than half is needed)."),
                vote_rule_refusal=_l("The recognition rule is not met: %(agree_votes)d of the %(present)d members "
                                     "present agree (%(share)s is needed).")),
    TriggerSpec("select_exemplary", ("recognized",), "exemplary", (SEAT_CHAIR,), _l("Select as exemplary"),
                bulk=True, event="exemplary", needs_decision=True, rule="meets_exemplary_rule",
                rule_refusal=_l("The exemplary rule is not met: the average is %(average)s, at least "
                                "%(exemplary_min_average)s is needed."),
                vote_rule_refusal=_l("The exemplary rule is not met: %(exemplary_votes)d of the %(present)d members "
                                     "present propose it as exemplary (%(share)s is needed).")),
    TriggerSpec("reject", ("evaluated",), "not_recognized", (SEAT_CHAIR,), _l("Do not recognize"), bulk=True,
                event="not_recognized", needs_comment=True, needs_decision=True, danger=True),
    TriggerSpec("commend", ("exemplary",), "commended", (ROLE_STAFF,), _l("Commend"), bulk=True,
                event="commended", records=RECORDS_COMMENDATION, needs_commendation=True),
    TriggerSpec("revoke", ("recognized", "exemplary", "commended"), "revoked", (ROLE_STAFF,),
                _l("Revoke recognition"), bulk=True, event="revoked", needs_comment=True, needs_decision=True,
                danger=True),
    TriggerSpec("return_for_revision", ("registered",), "returned", (ROLE_STAFF, SEAT_SECRETARY),
                _l("Return for revision"), event="returned", records=RECORDS_NEW_ROUND, needs_comment=True,
                danger=True,
                confirm_hint=_l("The unit will be asked to complete the dossier and submit it again. Explain what "
                                "must be added or corrected.")),
)

TRIGGERS_BY_NAME = {spec.name: spec for spec in TRIGGERS}


def triggers_where(**facts) -> tuple[TriggerSpec, ...]:
    """Return the triggers whose TriggerSpec fields equal `facts`, in the table's order."""
    return tuple(spec for spec in TRIGGERS if all(getattr(spec, fact) == value for fact, value in facts.items()))


def triggers_by(actor: str, **facts) -> tuple[TriggerSpec, ...]:
    """Return the triggers `actor` (a role or a seat) may fire that match `facts`, in the table's order."""
    return tuple(spec for spec in triggers_where(**facts) if actor in spec.actors)


def sources_of(specs) -> tuple[str, ...]:
    """Return the states any of `specs` starts from, in the states' order."""
    sources = {state for spec in specs for state in spec.sources}
    return tuple(state for state in STATES if state in sources)


def trigger_from(state: str, page: str) -> TriggerSpec | None:
    """Return the trigger fired from `page` on an initiative in `state` (e.g. submit or resubmit), if any."""
    return next((spec for spec in triggers_where(page=page) if state in spec.sources), None)


def machine_transitions() -> list[dict]:
    """Return TRIGGERS in the list-of-dicts form that `transitions.Machine` takes, rules as conditions."""
    return [
        {"trigger": spec.name, "source": list(spec.sources), "dest": spec.dest,
         "conditions": [_rule_condition(spec.rule)] if spec.rule else []}
        for spec in TRIGGERS
    ]


def _rule_condition(rule: str):
    """Return a guard that reads the named rule from the EvaluationResult passed with the event."""

    def condition(event) -> bool:
        result = event.kwargs.get("result")
        return bool(result is not None and getattr(result, rule))

    condition.__name__ = rule
    return condition


class _Names:
    """Attribute access to the table's names, for code that scripts one path through the machine (the demo)."""

    def __init__(self, names):
        self.__dict__.update({name: name for name in names})


#: `S.returned`, `T.submit`: a name the table does not hold fails at import, not silently later.
S = _Names(STATES)
T = _Names(TRIGGERS_BY_NAME)

# The table must be whole: every trigger goes between known states.
assert all(state in STATES for spec in TRIGGERS for state in (*spec.sources, spec.dest))
