"""The workflow diagram (Mermaid), drawn by `transitions` from the same data as the machine."""

from flask_babel import force_locale
from flask_babel import gettext as _
from transitions.extensions import GraphMachine

from workflows.machine import ACTOR_LABELS, INITIAL_STATE, STATES, TRIGGERS, machine_transitions


class _DrawingModel:
    """A bare model for GraphMachine to hang its state on."""


def mermaid() -> str:
    """Return the state diagram as Mermaid text."""
    model = _DrawingModel()
    GraphMachine(model=model, states=list(STATES), transitions=machine_transitions(), initial=INITIAL_STATE,
                 auto_transitions=False, graph_engine="mermaid", show_conditions=True,
                 title="Dân vận khéo")
    return model.get_graph().draw(None)


def trigger_rows() -> list[dict]:
    """Return one row per trigger: labels, sources, destination, actors and what it asks for."""
    rows = []
    for spec in TRIGGERS:
        needs = [label for flag, label in (
            (spec.needs_comment, _("a reason")), (spec.needs_complete_dossier, _("a complete dossier")),
            (spec.needs_decision, _("a decision (number, date, issuer)")),
            (spec.needs_commendation, _("the commendation (form, issuer, decision)")),
            (spec.rule == "has_quorum", _("the quorum of score sheets")),
            (spec.rule == "meets_recognition_rule", _("the recognition rule")),
            (spec.rule == "meets_exemplary_rule", _("the exemplary rule"))) if flag]
        rows.append({"name": spec.name, "label": str(spec.label),
                     "sources": [str(STATES[s]) for s in spec.sources], "dest": str(STATES[spec.dest]),
                     "actors": [str(ACTOR_LABELS[a]) for a in spec.actors], "needs": needs})
    return rows


def markdown() -> str:
    """Return docs/workflow.md: the diagram and the table of triggers, in Vietnamese."""
    with force_locale("vi"):
        lines = ["# Quy trình công nhận mô hình “Dân vận khéo”", "",
                 "Sinh tự động từ `workflows/machine.py` bằng `flask workflow-diagram`; đừng sửa tay.", "",
                 "```mermaid", mermaid().strip(), "```", "",
                 "| trigger | " + " | ".join([_("Action"), _("From"), _("To"), _("Who"), _("Needs")]) + " |",
                 "| --- | --- | --- | --- | --- | --- |"]
        for row in trigger_rows():
            lines.append(f"| `{row['name']}` | {row['label']} | {', '.join(row['sources'])} | {row['dest']} | "
                         f"{', '.join(row['actors'])} | {', '.join(row['needs']) or '–'} |")
        lines += ["", "| " + _("State") + " | " + _("Label") + " |", "| --- | --- |"]
        lines += [f"| `{name}` | {label} |" for name, label in STATES.items()]
    return "\n".join(lines) + "\n"
