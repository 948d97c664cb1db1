"""`flask import units|users FILE [--commit]`, `flask import undo BATCH`, `flask import template KIND OUT`."""

from contextlib import suppress
from pathlib import Path

import click
from flask import Flask
from flask.cli import AppGroup
from flask_babel import gettext as _

from onboarding import service
from onboarding.batches import Report
from onboarding.models import IMPORT_KINDS, ImportBatch
from onboarding.templates import build_template
from registry.extensions import db
from registry.refusals import Refused
from web.transaction import cli_commit

import_cli = AppGroup("import", help="Import units or accounts from Excel (a dry run unless --commit).")
#: Errors printed by a run; the rest are counted.
PRINTED_ERRORS = 50


def echo_report(report: Report) -> None:
    """Print a report's counts and its first errors."""
    click.echo(_("%(total)d row(s) read: %(new)d new, %(unchanged)d already there, %(failed)d with errors.",
                 total=report.total, new=report.new, unchanged=report.unchanged, failed=report.failed_rows))
    for error in report.errors[:PRINTED_ERRORS]:
        click.echo(_("Row %(row)d", row=error.row) + (f" · {error.column}" if error.column else "")
                   + f": {error.message}")
    if len(report.errors) > PRINTED_ERRORS:
        click.echo(_("… and %(count)d more error(s).", count=len(report.errors) - PRINTED_ERRORS))


def _run(kind: str, path: str, commit: bool) -> None:
    with Path(path).open("rb") as stream:
        if not commit:
            try:
                _batch, report = service.run_import(kind, stream, Path(path).name, None, commit=False)
            except Refused as refusal:
                raise click.ClickException(refusal.message) from None
            finally:
                db.session.rollback()  # a dry run writes nothing, not even its batch record
            echo_report(report)
            click.echo(_("Dry run: nothing was written. Add --commit to import."))
            if not report.ok:
                raise SystemExit(1)
            return
        holder = {}

        def run():
            holder["batch"], holder["report"] = service.run_import(kind, stream, Path(path).name, None, commit=True)

        try:
            cli_commit(run)
        finally:
            if "report" not in holder:
                # A refused commit: say which rows, from a fresh dry run (rolled back).
                stream.seek(0)
                with suppress(Refused):
                    echo_report(service.run_import(kind, stream, Path(path).name, None, commit=False)[1])
                db.session.rollback()
        echo_report(holder["report"])
        click.echo(_("Imported as batch #%(id)d.", id=holder["batch"].id))


for _kind in IMPORT_KINDS:
    def _command(file: str, commit: bool, _kind=_kind) -> None:
        _run(_kind, file, commit)

    _command.__doc__ = f"Import {_kind} from an .xlsx file (a dry run unless --commit)."
    import_cli.command(_kind)(click.option("--commit", is_flag=True, help="Write the rows (all or nothing).")(
        click.argument("file", type=click.Path(exists=True, dir_okay=False))(_command)))


@import_cli.command("undo")
@click.argument("batch_id", type=int)
def undo_command(batch_id: int) -> None:
    """Undo a whole import batch, while nothing has been built on it."""
    batch = db.session.get(ImportBatch, batch_id)
    if batch is None:
        raise click.ClickException(_("No import batch #%(id)d.", id=batch_id))
    cli_commit(lambda: service.undo(batch, None))
    click.echo(_("Import batch #%(id)d has been undone.", id=batch_id))


@import_cli.command("template")
@click.argument("kind", type=click.Choice(IMPORT_KINDS))
@click.argument("out", type=click.Path(dir_okay=False))
def template_command(kind: str, out: str) -> None:
    """Write the empty template of an import."""
    Path(out).write_bytes(build_template(kind).read())
    click.echo(out)


def init_app(app: Flask) -> None:
    """Add the command group to `flask`."""
    app.cli.add_command(import_cli)
