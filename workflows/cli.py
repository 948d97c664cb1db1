"""Workflow commands: `flask check-integrity` and `flask workflow-diagram`."""

from pathlib import Path

import click
from flask import Flask, current_app
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Initiative
from workflows.diagram import markdown
from workflows.machine import INITIAL_STATE
from workflows.models import TransitionLog


def status_mismatches(limit: int = 50) -> list[tuple[str, str, str]]:
    """Return (code, status, last history target) for initiatives whose status disagrees with history."""
    last_log = (select(TransitionLog.initiative_id, func.max(TransitionLog.id).label("last_id"))
                .group_by(TransitionLog.initiative_id).subquery())
    query = (select(Initiative.code, Initiative.status, func.coalesce(TransitionLog.to_status, INITIAL_STATE))
             .outerjoin(last_log, last_log.c.initiative_id == Initiative.id)
             .outerjoin(TransitionLog, TransitionLog.id == last_log.c.last_id)
             .where(Initiative.status != func.coalesce(TransitionLog.to_status, INITIAL_STATE))
             .order_by(Initiative.id).limit(limit))
    return [tuple(row) for row in db.session.execute(query)]


@click.command("check-integrity")
def check_integrity() -> None:
    """Check that every initiative's status equals the target of its last history row."""
    mismatches = status_mismatches()
    for code, status, expected in mismatches:
        click.echo(f"{code}: status {status}, history says {expected}")
    if mismatches:
        raise click.ClickException(f"{len(mismatches)} initiative(s) disagree with their history")
    click.echo("ok: every status matches its history")


@click.command("workflow-diagram")
def workflow_diagram() -> None:
    """Write docs/workflow.md from the machine's definition."""
    target = Path(current_app.root_path) / "docs" / "workflow.md"
    target.write_text(markdown(), encoding="utf-8")
    click.echo(f"wrote {target}")


def init_app(app: Flask) -> None:
    """Add the commands to `flask`."""
    app.cli.add_command(check_integrity)
    app.cli.add_command(workflow_diagram)
