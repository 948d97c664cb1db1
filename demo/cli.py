"""`flask seed-demo`: seed the demo province, print its logins, and add bulk initiatives for load tests."""

import click
from flask import Flask
from flask.cli import with_appcontext
from flask_babel import gettext as _
from sqlalchemy import text

from demo.bulk import BulkGenerator
from demo.data import DEMO_DOMAIN, DEMO_PASSWORD
from demo.logins import demo_logins, home_unit_seats, officer_count, open_council, unit_label
from demo.seed import ABSENT, FOREIGN, demo_status, seed_demo
from registry.extensions import db
from web.transaction import cli_commit


@click.command("seed-demo")
@click.option("--if-empty", is_flag=True,
              help="Seed only an empty database; on a database with other data print a note and exit 0.")
@click.option("--initiatives", "count", type=click.IntRange(min=1), metavar="COUNT",
              help="Add COUNT generated initiatives (with history, without indicators, for speed) to the demo, "
                   "seeding the demo first if needed.")
@click.option("--batch-size", type=click.IntRange(min=100, max=100_000), default=10_000, show_default=True,
              help="Rows written and committed per batch with --initiatives.")
@with_appcontext
def seed_demo_command(if_empty: bool, count: int | None, batch_size: int) -> None:
    """Create the demo province "Lam Hồng": accounts, councils, score sheets, initiatives (password demo1234)."""
    status = demo_status()
    if status == FOREIGN:
        if if_empty:
            click.echo(_("The database already holds data that is not the demo's: the demo was not seeded."))
            return
        raise click.ClickException(_("Refused: the database holds data that is not the demo's "
                                     "(users, units or initiatives). Nothing was written."))
    if status == ABSENT:
        _seed()
    elif not count:
        click.echo(_("The demo province is already there: nothing was changed."))
    if count:
        _bulk(count, batch_size)
    _print_logins()


def _seed() -> None:
    """Seed the demo in one transaction: all of it or nothing."""
    cli_commit(seed_demo)
    click.echo(_("The demo province has been created."))


def _bulk(count: int, batch_size: int) -> None:
    """Add `count` generated initiatives, committing each batch."""
    generator = cli_commit(lambda: BulkGenerator(count, batch_size))  # the reserved codes
    try:
        with click.progressbar(length=count, label=_("Generating initiatives")) as bar:
            for inserted in generator.batches():
                # Committing batch by batch is the point here: a million rows are never one transaction.
                db.session.commit()
                bar.update(inserted)
    except Exception:
        db.session.rollback()
        raise
    if db.engine.dialect.name == "postgresql":
        # Fresh statistics: right after a bulk load the planner guesses badly (a 2 ms query took 4 s).
        cli_commit(lambda: db.session.execute(text("ANALYZE")))
    click.echo(_("%(count)s initiatives added.", count=f"{count:,}".replace(",", ".")))


def _print_logins() -> None:
    """Print the table of demo logins and their shared password."""
    rows = demo_logins()
    header = (_("E-mail"), _("Role"), _("Unit"))
    table = [header] + [(row.email, row.function, row.unit) for row in rows]
    widths = [max(len(line[column]) for line in table) for column in range(2)]
    click.echo("")
    for email, role, unit in table:
        click.echo(f"{email.ljust(widths[0])}  {role.ljust(widths[1])}  {unit}")
    click.echo("")
    council = open_council()
    if council is not None:
        click.echo(_("Council of the open campaign: %(name)s.", name=council.name))
    for seat in home_unit_seats():
        click.echo(_("%(email)s works in %(unit)s: that unit's models are never given to them to score.",
                     email=seat.user.email, unit=unit_label(seat.home_unit)))
    click.echo(_("Password of every demo account: %(password)s", password=DEMO_PASSWORD))
    officers = officer_count()
    if officers:
        click.echo(_("%(count)s more unit focal officers sign in as canbo.<commune>@%(domain)s "
                     "(for example canbo.xa-an-phu@%(domain)s).", count=officers, domain=DEMO_DOMAIN))


def init_app(app: Flask) -> None:
    """Add `flask seed-demo`."""
    app.cli.add_command(seed_demo_command)
