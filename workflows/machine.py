"""The initiative's state machine, declared as data: states, triggers, who may fire them."""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from registry.models.users import ROLE_OFFICER, ROLE_STAFF

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


@dataclass(frozen=True)
class TriggerSpec:
    """One trigger: where it starts, where it goes, who may fire it and what it asks for."""

    name: str
    sources: tuple[str, ...]
    dest: str
    #: roles that may fire it; "officer" roles act on their own unit, the others on their subtree
    roles: tuple[str, ...]
    label: str
    #: the actor must give a reason in the comment
    needs_comment: bool = False
    #: the dossier must be complete
    needs_complete_dossier: bool = False


#: The transitions in force. The council's triggers (complete_evaluation, recognize, reject,
#: select_exemplary, commend, revoke) arrive with the recognition workflow.
TRIGGERS = (
    TriggerSpec("submit", ("draft",), "registered", (ROLE_OFFICER,), _l("Submit registration"),
                needs_complete_dossier=True),
    TriggerSpec("resubmit", ("returned",), "registered", (ROLE_OFFICER,), _l("Resubmit"),
                needs_complete_dossier=True),
    TriggerSpec("withdraw", ("draft", "registered", "returned"), "withdrawn", (ROLE_OFFICER,),
                _l("Withdraw registration")),
    TriggerSpec("return_for_revision", ("registered",), "returned", (ROLE_STAFF,),
                _l("Return for revision"), needs_comment=True),
)

TRIGGERS_BY_NAME = {spec.name: spec for spec in TRIGGERS}


def machine_transitions() -> list[dict]:
    """Return TRIGGERS in the list-of-dicts form that `transitions.Machine` takes."""
    return [
        {"trigger": spec.name, "source": list(spec.sources), "dest": spec.dest} for spec in TRIGGERS
    ]
