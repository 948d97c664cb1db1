"""Administration for steering-board staff and administrators: units, users, fields and campaigns."""


def init_app(app) -> None:
    """Register the admin blueprint with all its pages."""
    from registry.admin import (  # noqa: F401  (importing attaches the routes)
        audit_views,
        catalog_views,
        reorganise_views,
        unit_views,
        user_views,
    )
    from registry.admin.blueprint import bp

    app.register_blueprint(bp)
