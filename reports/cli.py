"""`flask reports`: rebuild the report summaries from the initiatives, or check them against a fresh count."""

import click
from flask.cli import with_appcontext
from flask_babel import gettext as _

from registry.extensions import db
from reports import summary
from web.transaction import cli_commit


@click.group("reports")
def reports_cli() -> None:
    """Keep the report summaries exact."""


@reports_cli.command("rebuild-summary")
@with_appcontext
def rebuild_summary_command() -> None:
    """Recount the summary tables from the initiatives, in one transaction."""
    written = cli_commit(lambda: summary.rebuild(db.session.connection()))
    click.echo(_("The summary was rebuilt: %(count)s rows.", count=written))


@reports_cli.command("verify")
@with_appcontext
def verify_command() -> None:
    """Compare the summary tables with a fresh count; exit 1 when they differ."""
    found = summary.differences(db.session.connection())
    db.session.rollback()
    for table, key, stored, fresh in found[:50]:
        click.echo(f"{table} {key}: {stored} != {fresh}")
    if found:
        raise click.ClickException(_("%(count)s summary rows differ from a fresh count.", count=len(found)))
    click.echo(_("The summary agrees with a fresh count."))


def init_app(app) -> None:
    """Add the `flask reports` commands."""
    app.cli.add_command(reports_cli)
