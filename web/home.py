"""The home page: what the signed-in user can do from here."""

from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user

bp = Blueprint("main", __name__)


@bp.get("/")
def home():
    """Send visitors to sign in; show signed-in users their starting points."""
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login"))
    return render_template("main/home.html")


@bp.get("/healthz")
def health():
    """Answer a load balancer's liveness probe."""
    return {"status": "ok"}


def init_app(app) -> None:
    """Register the blueprint."""
    app.register_blueprint(bp)
