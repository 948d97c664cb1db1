"""The home page: what waits for the signed-in user in each of their roles, each item one click from its page."""

from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user

from registry.roles import ROLE_VIEWER
from reports.headline import headline
from workflows.models import MAX_COMMENT
from workflows.worklist import worklist

bp = Blueprint("main", __name__)


@bp.get("/")
def home():
    """Send visitors to sign in; show signed-in users their work, role by role."""
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login"))
    board = headline(current_user) if current_user.has_role(ROLE_VIEWER) else None
    return render_template("main/home.html", work=worklist(current_user), board=board, max_comment=MAX_COMMENT)


@bp.get("/healthz")
def health():
    """Answer a load balancer's liveness probe."""
    return {"status": "ok"}


def init_app(app) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)
