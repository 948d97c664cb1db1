"""Labels of what paperwork stores: the kinds of decision, shown in the interface's language."""

from flask_babel import lazy_gettext as _l

DECISION_KIND_LABELS = {
    "recognition": _l("Recognition"),
    "selection": _l("Selection of exemplary models"),
    "commendation": _l("Commendation"),
    "revocation": _l("Revocation"),
    "rejection": _l("Not recognised"),
}


def kind_label(kind: str) -> str:
    """Return the label of a kind of decision."""
    return str(DECISION_KIND_LABELS.get(kind, kind))
