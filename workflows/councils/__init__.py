"""Evaluation councils (hội đồng thẩm định): members, assigned initiatives, conflicts of interest."""


def init_app(app) -> None:
    """Register the council pages."""
    from workflows.councils import assign_views, settings_views, views  # noqa: F401  (importing attaches the routes)
    from workflows.councils.blueprint import bp

    app.register_blueprint(bp)
