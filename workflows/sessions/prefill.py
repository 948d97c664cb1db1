"""What the bulk decision page is prefilled with from a session: the models, the decision, the comment."""

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import select

from registry.extensions import db
from registry.models import User
from workflows.machine import TRIGGERS_BY_NAME, T
from workflows.sessions.models import CouncilSession, SessionAgendaItem
from workflows.sessions.results import OUTCOME_TRIGGERS, SessionResults, session_results
from workflows.sessions.service import voter_seat


@dataclass
class DecisionLink:
    """A prefilled bulk decision the results page offers: the trigger, how many models, the page's arguments."""

    trigger: str
    label: str
    count: int
    args: dict
    #: the decision ends the model's path (its button is red)
    danger: bool = False


def decision_links(data: SessionResults) -> list[DecisionLink]:
    """Return the bulk decisions the session's outcomes propose: recognise those that passed, reject the others,
    and select as exemplary those whose exemplary rule holds (once recognised)."""
    wanted: dict[str, list] = {}
    for item in data.items:
        trigger = item.proposed_trigger
        spec = TRIGGERS_BY_NAME[trigger] if trigger else None
        if spec is not None and item.status in spec.sources:
            wanted.setdefault(trigger, []).append(item)
        exemplary = TRIGGERS_BY_NAME[T.select_exemplary]
        if item.result.meets_exemplary_rule and item.status in exemplary.sources:
            wanted.setdefault(exemplary.name, []).append(item)
    links = []
    for trigger, items in wanted.items():
        spec = TRIGGERS_BY_NAME[trigger]
        links.append(DecisionLink(trigger, str(spec.label), len(items), {
            "scope": "council", "council": data.council_id, "status": spec.sources[0],
            "session": data.session_id, "action": trigger}, spec.danger))
    return links


@dataclass
class BulkPrefill:
    """The bulk page's prefill: the agenda's initiative ids (the list's filter), those ticked, the action, comment."""

    agenda_ids: set[int]
    selected: set[int]
    action: str
    comment: str


def bulk_prefill(user: User, session_id: int | None, action: str) -> BulkPrefill | None:
    """Return the prefill for `session_id` when `user` sits on its council, else None (the page ignores it)."""
    session = db.session.get(CouncilSession, session_id) if session_id else None
    if session is None or voter_seat(user, session) is None:
        return None
    data = session_results(session)
    spec = TRIGGERS_BY_NAME.get(action)
    selected = set()
    if spec is not None:
        for item in data.items:
            proposes = (item.result.meets_exemplary_rule if spec.name == T.select_exemplary
                        else OUTCOME_TRIGGERS.get(item.outcome) == spec.name)
            if proposes and item.status in spec.sources:
                selected.add(item.initiative_id)
    agenda_ids = set(db.session.scalars(select(SessionAgendaItem.initiative_id)
                                        .where(SessionAgendaItem.session_id == session.id)))
    comment = _("By the council's session of %(date)s at %(place)s.", date=session.held_on.strftime("%d/%m/%Y"),
                place=session.place)
    return BulkPrefill(agenda_ids, selected, spec.name if spec else "", comment)
