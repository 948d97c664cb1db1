"""The board's headline counts for the home page: the dashboard's own figures, for the default selection."""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from registry.models import Campaign, User
from reports import queries
from reports.dashboard import campaigns, selection_from_args
from workflows.machine import STAGE_COMMENDED, STAGE_EXEMPLARY, STAGE_RECOGNISED, STAGE_REGISTERED

#: The stages the home page counts, with their labels, in the dashboard's order.
HEADLINE_STAGES = ((STAGE_REGISTERED, _l("Registered")), (STAGE_RECOGNISED, _l("Recognised")),
                   (STAGE_EXEMPLARY, _l("Exemplary")), (STAGE_COMMENDED, _l("Commended")))


@dataclass
class Headline:
    """The campaign the dashboard opens on, each stage's count, and the list arguments of the selection."""

    campaign: Campaign | None
    #: (stage, label, count) in HEADLINE_STAGES' order
    counts: list[tuple[str, str, int]]
    list_args: dict


def headline(user: User) -> Headline | None:
    """Return the headline figures of the selection the dashboard opens on for `user`, or None."""
    found = selection_from_args({}, user, campaigns())
    if found is None:
        return None
    selection, _chain = found
    figures = queries.figures(queries.by(queries.grouped(selection, ("status",)), 0))
    return Headline(selection.campaign, [(stage, str(label), figures[stage]) for stage, label in HEADLINE_STAGES],
                    {key: value for key, value in selection.initiatives_args().items() if value is not None})
