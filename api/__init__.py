"""The JSON API under /api/v1: a thin layer over the services the pages use."""


def init_app(app) -> None:
    """Declare every operation on the API blueprint and mount it, with its token pages; revoke tokens on cue."""
    import api.imports  # noqa: F401
    from api import account, attachments, catalog, core, docs, initiatives, paperwork, stats, token_pages, workflow  # noqa: F401
    from api.tokens import revoke_all
    from registry.signals import access_ended

    access_ended.connect(revoke_all)

    app.register_blueprint(core.bp)
    token_pages.init_app(app)
