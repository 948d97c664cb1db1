"""Council sessions (phiên họp): attendance, agenda, deliberation votes and the session's results."""


def init_app(app) -> None:
    """Register the session pages."""
    from workflows.sessions import agenda_views, mode_views, views, vote_views  # noqa: F401  (attach the routes)
    from workflows.sessions.blueprint import bp

    app.register_blueprint(bp)
