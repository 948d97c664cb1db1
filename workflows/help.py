"""The help page about the workflow: states, actions, who may take them, drawn from the machine."""

from flask import Blueprint, render_template
from flask_login import login_required

from workflows.diagram import trigger_rows
from workflows.machine import STATE_BADGES, STATES, states_where

bp = Blueprint("help", __name__, url_prefix="/help")


@bp.get("/workflow")
@login_required
def workflow():
    """Show how an initiative moves from registration to commendation, and who moves it.

    The page is for officials: labels only; the Mermaid text with the code names is in docs/workflow.md.
    """
    return render_template("help/workflow.html", rows=trigger_rows(), states=STATES, badges=STATE_BADGES,
                           main_path=states_where(main_path=True))


def init_app(app) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)
