"""The initiative's state machine, declared as data: states, triggers, who may fire them, their rules."""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from registry.roles import ROLE_OFFICER, ROLE_STAFF

#: Seats on the initiative's own council that act in the workflow, beside the registry roles.
SEAT_CHAIR = "council_chair"
SEAT_SECRETARY = "council_secretary"

#: Every state an initiative can be in, with its Vietnamese-first label (through gettext).
STATES = {
    "draft": _l("Draft"),
    "registered": _l("Registered"),
    "returned": _l("Returned for revision"),
    "evaluated": _l("Evaluated"),
    "recognized": _l("Recognized"),
    "exemplary": _l("Exemplary"),
    "commended": _l("Commended"),
    "not_recognized": _l("Not recognized"),
    "withdrawn": _l("Withdrawn"),
    "revoked": _l("Recognition revoked"),
}

#: Bootstrap colour of each state's badge.
STATE_BADGES = {
    "draft": "secondary",
    "registered": "primary",
    "returned": "warning",
    "evaluated": "info",
    "recognized": "success",
    "exemplary": "success",
    "commended": "success",
    "not_recognized": "danger",
    "withdrawn": "dark",
    "revoked": "danger",
}

#: The labels of the actors, for the diagram and the help page.
ACTOR_LABELS = {
    ROLE_OFFICER: _l("Unit focal officer"),
    ROLE_STAFF: _l("Steering board staff"),
    SEAT_CHAIR: _l("Council chair"),
    SEAT_SECRETARY: _l("Council secretary"),
}


@dataclass(frozen=True)
class TriggerSpec:
    """One trigger: where it starts, where it goes, who may fire it and what it asks for."""

    name: str
    sources: tuple[str, ...]
    dest: str
    #: who may fire it: ROLE_OFFICER acts on its own unit, ROLE_STAFF on its subtree, the seats on
    #: initiatives assigned to their council
    actors: tuple[str, ...]
    label: str
    #: the actor must give a reason in the comment
    needs_comment: bool = False
    #: the dossier must be complete
    needs_complete_dossier: bool = False
    #: a decision number and date must be recorded
    needs_decision: bool = False
    #: a commendation (form, issuer, decision) must be recorded
    needs_commendation: bool = False
    #: the name of the EvaluationResult rule that must hold (workflows.rules)
    rule: str | None = None


TRIGGERS = (
    TriggerSpec("submit", ("draft",), "registered", (ROLE_OFFICER,), _l("Submit registration"),
                needs_complete_dossier=True),
    TriggerSpec("resubmit", ("returned",), "registered", (ROLE_OFFICER,), _l("Resubmit"),
                needs_complete_dossier=True),
    TriggerSpec("return_for_revision", ("registered",), "returned", (ROLE_STAFF, SEAT_SECRETARY),
                _l("Return for revision"), needs_comment=True),
    TriggerSpec("withdraw", ("draft", "registered", "returned"), "withdrawn", (ROLE_OFFICER,),
                _l("Withdraw registration")),
    TriggerSpec("complete_evaluation", ("registered",), "evaluated", (SEAT_SECRETARY, SEAT_CHAIR),
                _l("Complete evaluation"), rule="has_quorum"),
    TriggerSpec("recognize", ("evaluated",), "recognized", (SEAT_CHAIR,), _l("Recognize"),
                needs_decision=True, rule="meets_recognition_rule"),
    TriggerSpec("reject", ("evaluated",), "not_recognized", (SEAT_CHAIR,), _l("Do not recognize"),
                needs_comment=True, needs_decision=True),
    TriggerSpec("select_exemplary", ("recognized",), "exemplary", (SEAT_CHAIR,), _l("Select as exemplary"),
                needs_decision=True, rule="meets_exemplary_rule"),
    TriggerSpec("commend", ("exemplary",), "commended", (ROLE_STAFF,), _l("Commend"), needs_commendation=True),
    TriggerSpec("revoke", ("recognized", "exemplary", "commended"), "revoked", (ROLE_STAFF,),
                _l("Revoke recognition"), needs_comment=True, needs_decision=True),
)

TRIGGERS_BY_NAME = {spec.name: spec for spec in TRIGGERS}


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
